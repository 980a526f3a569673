/**
 * full-marks-shortfall: full 得分 on an indicator whose numeric actual falls short of its target
 * (positive ≥ targets: actual below; reverse ≤ targets, and bare 成本 caps: actual above), and a
 * partial 得分 above what the shortfall allows: for a positive target more than 分值 × actual/target
 * (plus the scheme's score tolerance); for a reverse target more than the more lenient of the two
 * reverse formulas gives, since deployments differ on which one they use. A qualitative actual that
 * says the target was only partly met ("部分达成") or not met ("未达成") is held to the scheme's tiers
 * (qualitativeTiers: 部分达成 at most full·分值, 未达成 at most partial·分值; the bound itself is allowed).
 * A deadline target ("2024年6月底前") whose dated actual lies after it ("2024年9月") scores in full: the
 * deadline was missed (checklist 10) — unless the deadline lies before the budget year: then the target
 * itself is void (stale-date reports it) and the year's work is not late against it.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { expectedIndicatorScore, fmt, fullScore, isFullMarks, isNum, round2, shortfall } from "../../src/engine/services/scoring.js";
import { writtenDecimals } from "../../src/engine/services/project.js";

/** an actual saying the target was partly met, or not met: the whole cell, with at most a 目标/指标 tail */
const TAIL = "(年度)?(目标|指标|预期目标|预期指标|指标值)?";
const PARTLY_MET = new RegExp(`^部分(达成|完成|实现|达到)${TAIL}$`, "u");
const NOT_MET = new RegExp(`^(未|没有)(达成|完成|实现|达到)${TAIL}$`, "u");
/** a tier bound of a two-decimal score (15 × 80% = 12; 13 × 60% = 7.8) may be written rounded by a cent */
const TIER_ROUNDING = 0.01;

/**
 * How far a partial score may stand above 分值 × actual/target and still be that proportion: a unit of its
 * last written decimal (rounded up or cut), never more than the scheme's tolerance, which stays the bound
 * for a score written in whole points. "4.80" for 5 × 36/40 = 4.50 claims hundredths; it is 0.3 too many.
 */
function proportionalTolerance(text: string | null | undefined, schemeTol: number): number {
  if (!text || !/[.．]\d/u.test(text)) return schemeTol;
  return Math.min(schemeTol, 10 ** -writtenDecimals(text) + 1e-9);
}

type DateOf = { year?: number; month?: number; day?: number; bound?: string };
/** a date as a number that orders dates: its last day when it names only a month or a year */
function lastDay(d: DateOf): number | null {
  if (!d.year) return null;
  return d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}
/** a deadline target ("2024年6月底前", "2024年10月31日前") and a dated actual that lies after it ("2024年9月"
 *  against "2023年6月底前"): the deadline was missed, whatever else the row says */
function lateDate(ind: Indicator, budgetYear: number | null): { target: string; actual: string } | null {
  const t = ind.adjustedTarget?.kind === "date" ? ind.adjustedTarget : ind.target;
  const a = ind.actual;
  if (!t || !a || t.kind !== "date" || a.kind !== "date" || !t.date || !a.date) return null;
  // a deadline before the budget year is void (copied from an earlier form: stale-date's finding); the
  // year's work is not late against it
  if (budgetYear !== null && (t.date as DateOf).year! < budgetYear) return null;
  // a deadline: "…前", "…底", "…以内"; the actual's own first day must lie after the deadline's last
  const bound = (t.date as DateOf).bound;
  if (!bound || bound === "at" || bound === "start" || a.dateEnd) return null;
  const end = lastDay(t.date as DateOf);
  const ad = a.date as DateOf;
  const start = ad.year ? ad.year * 10000 + (ad.month ?? 1) * 100 + (ad.day ?? 1) : null;
  return end !== null && start !== null && start > end ? { target: t.raw.trim(), actual: a.raw.trim() } : null;
}

export default defineRule({
  meta: {
    id: "full-marks-shortfall",
    category: "score-arithmetic",
    severity: "error",
    scope: "indicator",
    appliesTo: ["self-assessment"],
    title: { zh: "未达目标却得满分", en: "Full marks although the target was missed" },
    description: {
      zh: "实际完成值没有达到指标值（正向指标低于目标、反向指标超过上限），却给了满分。按评分规则，定量指标未达标应按完成比例扣分。",
      en: "An indicator whose numeric actual misses its target still gets full marks; quantitative shortfalls lose points in proportion.",
    },
    messages: {
      positive: {
        zh: "指标“{{name}}”目标 {{target}}，实际只完成 {{actual}}，却得满分 {{weight}}；按完成比例应得约 {{expected}} 分。",
        en: "\"{{name}}\": target {{target}}, actual {{actual}}, yet full marks {{weight}}; about {{expected}} expected.",
      },
      reverse: {
        zh: "指标“{{name}}”上限 {{target}}，实际 {{actual}} 超出上限，却得满分 {{weight}}；应扣分（约 {{expected}} 分）。",
        en: "\"{{name}}\": cap {{target}}, actual {{actual}} exceeds it, yet full marks {{weight}}; about {{expected}} expected.",
      },
      late: {
        zh: "指标“{{name}}”的完成时限是“{{target}}”，实际“{{actual}}”才完成，已超过时限，却得满分 {{weight}}；应按逾期扣分。",
        en: "\"{{name}}\": deadline \"{{target}}\", done only \"{{actual}}\", past the deadline, yet full marks {{weight}}; points should be lost.",
      },
      qualitativeTier: {
        zh: "指标“{{name}}”实际完成情况写“{{actual}}”，按评分方案的定性分档最多得 {{expected}} 分（分值 {{weight}} 的 {{share}}），表中得分 {{score}}。",
        en: "\"{{name}}\": the actual says \"{{actual}}\", which the scheme's tiers score at most {{expected}} ({{share}} of {{weight}}), yet scored {{score}}.",
      },
      overProportional: {
        zh: "指标“{{name}}”目标 {{target}}，实际完成 {{actual}}，按完成比例最多得 {{expected}} 分（分值 {{weight}}），表中得分 {{score}}，扣分不足。",
        en: "\"{{name}}\": target {{target}}, actual {{actual}}: at most {{expected}} of {{weight}} by the completion ratio, yet scored {{score}}.",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    /** a qualitative actual's tier: the share of 分值 it must stay below, or null */
    function tierCeiling(ind: Indicator): number | null {
      const raw = (ind.actual?.raw ?? "").replace(/\s+/gu, "");
      if (PARTLY_MET.test(raw)) return scheme.qualitativeTiers.full;
      if (NOT_MET.test(raw)) return scheme.qualitativeTiers.partial;
      return null;
    }
    /** a qualitative score above its tier: true when reported */
    function aboveTier(ind: Indicator, form: Form): boolean {
      const share = tierCeiling(ind);
      const w = fullScore(ind);
      if (share === null || w === null || !isNum(ind.score) || ind.score > w) return false;
      const ceiling = round2(w * share);
      // the tier's bound itself is allowed: local schemes write "部分达成的得分不超过权重的80%", and the
      // half-open band of the provincial system ([60%, 80%)) is not one a reviewer would return a form over
      if (ind.score <= ceiling + TIER_ROUNDING) return false;
      ctx.report({
        messageId: "qualitativeTier",
        data: { name: ind.name, actual: (ind.actual?.raw ?? "").trim(), weight: fmt(w), expected: fmt(ceiling), share: `${fmt(share * 100)}%`, score: fmt(ind.score) },
        form,
        indicator: ind,
        field: "score",
        evidence: ind.scoreRaw ?? fmt(ind.score),
        expected: `≤${fmt(ceiling)}`,
      });
      return true;
    }
    /** a partial score above the most the shortfall allows */
    function overProportional(ind: Indicator, form: Form): void {
      const s = shortfall(ind);
      const w = fullScore(ind);
      if (!s || w === null || !isNum(ind.score) || ind.score > w) return; // above 分值: score-exceeds-weight's finding
      let most: number;
      if (s.dir === "positive") most = s.t > 0 ? round2((w * s.a) / s.t) : 0;
      else if (s.t <= 0) return; // a target of 0 missed: schemes differ (0 points, or tiers), no bound to hold
      else most = Math.max(round2((w * s.t) / s.a), round2(Math.max(0, w * (1 - (s.a - s.t) / s.t))));
      if (ind.score <= most + proportionalTolerance(ind.scoreRaw, scheme.tolerance.score)) return;
      ctx.report({
        messageId: "overProportional",
        data: { name: ind.name, target: s.target.raw.trim(), actual: s.actual.raw.trim(), weight: fmt(w), expected: fmt(most), score: fmt(ind.score) },
        form,
        indicator: ind,
        field: "score",
        evidence: ind.scoreRaw ?? fmt(ind.score),
        expected: `≤${fmt(most)}`,
      });
    }
    return {
      indicator(ind, form) {
        if (aboveTier(ind, form)) return;
        if (!isFullMarks(ind)) {
          overProportional(ind, form);
          return;
        }
        const late = lateDate(ind, form.year ?? null);
        if (late) {
          ctx.report({
            messageId: "late",
            data: { name: ind.name, target: late.target, actual: late.actual, weight: fmt(fullScore(ind)) },
            form,
            indicator: ind,
            field: "score",
            evidence: late.actual,
          });
          return;
        }
        const s = shortfall(ind);
        if (!s) return;
        const expected = expectedIndicatorScore(ind, ctx.knowledge.scheme);
        ctx.report({
          messageId: s.dir === "positive" ? "positive" : "reverse",
          data: { name: ind.name, target: s.target.raw.trim(), actual: s.actual.raw.trim(), weight: fmt(fullScore(ind)), expected: fmt(expected) },
          form,
          indicator: ind,
          field: "score",
          evidence: s.actual.raw,
          expected: fmt(expected),
        });
      },
    };
  },
});
