/**
 * full-marks-shortfall: full 得分 on an indicator whose numeric actual falls short of its target
 * (positive ≥ targets: actual below; reverse ≤ targets, and bare 成本 caps: actual above), and a
 * partial 得分 above what the shortfall allows: for a positive target more than 分值 × actual/target
 * (plus the scheme's score tolerance); for a reverse target more than the more lenient of the two
 * reverse formulas gives, since deployments differ on which one they use.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { expectedIndicatorScore, fmt, fullScore, isFullMarks, isNum, round2, shortfall } from "../../src/engine/services/scoring.js";

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
      overProportional: {
        zh: "指标“{{name}}”目标 {{target}}，实际完成 {{actual}}，按完成比例最多得 {{expected}} 分（分值 {{weight}}），表中得分 {{score}}，扣分不足。",
        en: "\"{{name}}\": target {{target}}, actual {{actual}}: at most {{expected}} of {{weight}} by the completion ratio, yet scored {{score}}.",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    /** a partial score above the most the shortfall allows */
    function overProportional(ind: Indicator, form: Form): void {
      const s = shortfall(ind);
      const w = fullScore(ind);
      if (!s || w === null || !isNum(ind.score) || ind.score > w) return; // above 分值: score-exceeds-weight's finding
      let most: number;
      if (s.dir === "positive") most = s.t > 0 ? round2((w * s.a) / s.t) : 0;
      else if (s.t <= 0) return; // a target of 0 missed: schemes differ (0 points, or tiers), no bound to hold
      else most = Math.max(round2((w * s.t) / s.a), round2(Math.max(0, w * (1 - (s.a - s.t) / s.t))));
      if (ind.score <= most + scheme.tolerance.score) return;
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
        if (!isFullMarks(ind)) {
          overProportional(ind, form);
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
