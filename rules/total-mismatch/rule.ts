/**
 * total-mismatch: 总分 must equal Σ indicator 得分 + the budget line's 得分 (tolerance: scheme.tolerance.score) —
 * in a form converting its indicator part by one share (指标得分小计 × 权重占比 = 折算得分), the 折算得分 +
 * the budget line's 得分 —
 * and can never exceed the scheme's full marks (100): a 总分 of 105 that is the true sum still says the
 * points were given wrongly somewhere (checklist item 9). A total written with decimals is held to the
 * precision it claims (writtenTolerance), a total in whole points to the scheme's tolerance.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { writtenDecimals } from "../../src/engine/services/project.js";
import { budgetWeight, fmt, indicatorShare, isNum, round2, scored, totalLoc } from "../../src/engine/services/scoring.js";

/** the most rounding can lift a total above full marks (two-decimal scores) */
const CEILING_ROUNDING = 0.01;

/** what rounding a written score to its decimals may have moved it: nothing for full marks (exact), else half a unit of its last decimal */
function scoreSlack(score: number, weight: number | null | undefined, text: string | null | undefined): number {
  if (isNum(weight) && Math.abs(score - weight) < 1e-9) return 0;
  if (!text || !/\d/u.test(text)) return 0.5;
  return 0.5 * 10 ** -writtenDecimals(text);
}

/**
 * How far a written 总分 may lie from the sum of the written scores and still be that sum: one unit of
 * the total's last written decimal (rounded or cut), plus what the rounding of each partial score as
 * written can add up to — never more than the scheme's tolerance, which stays the bound for a total
 * written in whole points. A total written "99.87" claims hundredths: beside scores summing to 99.78,
 * written to hundredths or in full marks, it is another figure, not their rounding.
 */
function writtenTolerance(form: Form, inds: Indicator[], schemeTol: number, budgetPoints: number): number {
  const text = form.totalRaw;
  if (!text || !/[.．]\d/u.test(text)) return schemeTol;
  let slack = 10 ** -writtenDecimals(text);
  for (const i of inds) slack += scoreSlack(i.score as number, i.weight, i.scoreRaw);
  // the budget line's full marks are its points as the form states them, or as the scheme gives them
  if (isNum(form.funds.score)) slack += scoreSlack(form.funds.score, budgetPoints, form.funds.raw?.score?.text);
  return Math.min(schemeTol, slack + 1e-9);
}

export default defineRule({
  meta: {
    id: "total-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "总分不等于各项得分之和", en: "Total is not the sum of the scores" },
    description: {
      zh: "总分应等于各项绩效指标得分与预算执行率得分之和。两者不符，说明总分是估填的，或漏算、多算了某一项。",
      en: "The total must equal the sum of the indicator scores plus the budget-execution score.",
    },
    messages: {
      overFull: {
        zh: "总分 {{total}} 超过满分 {{full}}，评分方案的总分最高为 {{full}} 分，分值或得分填写有误。",
        en: "The total {{total}} exceeds the full marks {{full}}; some weight or score is wrong.",
      },
      mismatch: {
        zh: "总分填 {{total}}，但各指标得分合计 {{indicators}}，加预算执行率得分 {{budget}}，应为 {{expected}}。",
        en: "Total is {{total}}, but the indicator scores add up to {{indicators}} plus {{budget}} for budget execution = {{expected}}.",
      },
      convertedMismatch: {
        zh: "总分填 {{total}}，但指标折算得分 {{indicators}}（按权重占比 {{share}}% 折算），加预算执行率得分 {{budget}}，应为 {{expected}}。",
        en: "Total is {{total}}, but the converted indicator score {{indicators}} (share {{share}}%) plus {{budget}} for budget execution = {{expected}}.",
      },
    },
  },
  create(ctx) {
    const tol = ctx.knowledge.scheme.tolerance.score;
    return {
      form(form) {
        const total = form.total;
        const inds = scored(form);
        if (!isNum(total) || inds.length === 0) return;
        if (inds.some((i) => !isNum(i.score))) return; // an unread score: do not guess
        // a form converting its indicator part by one share adds the converted score (as written: a wrong
        // conversion is converted-score-mismatch's finding), or Σ得分 × share when no 折算得分 is written
        const share = indicatorShare(form);
        const sum = inds.reduce((s, i) => s + (i.score as number), 0);
        const converted = form.conversion?.converted;
        const indicators = share === null ? sum : isNum(converted) ? converted : round2((sum * share) / 100);
        // the budget line's score unread (a layout without a funds block we know): it may be
        // anything from 0 to its weight, so only a total outside that range is wrong
        if (!isNum(form.funds.score)) {
          const maxBudget = budgetWeight(form, ctx.knowledge.scheme);
          if (total >= indicators - tol && total <= indicators + maxBudget + tol) return;
        }
        const budget = isNum(form.funds.score) ? form.funds.score : 0;
        const expected = Math.round((indicators + budget) * 100) / 100;
        // a converted indicator part (折算) carries the conversion's own rounding: the scheme's tolerance
        const within = share === null ? writtenTolerance(form, inds, tol, budgetWeight(form, ctx.knowledge.scheme)) : tol;
        if (Math.abs(expected - total) <= within) {
          const scheme = ctx.knowledge.scheme;
          const full = scheme.indicatorWeight + scheme.budgetWeight;
          // a form scored by weight shares (得分 out of 100 per row) has no such ceiling on the raw sum.
          // The ceiling takes no rounding tolerance beyond a cent: scores at most their 分值 cannot add
          // up to more than 100, so 100.4 is an uncapped score somewhere, not rounding
          if (total > full + CEILING_ROUNDING && !inds.some((i) => isNum(i.weightShare))) {
            ctx.report({ messageId: "overFull", data: { total: fmt(total), full: fmt(full) }, form, field: "total", loc: totalLoc(form), evidence: form.totalRaw ?? fmt(total), expected: `≤${fmt(full)}` });
          }
          return;
        }
        ctx.report({
          messageId: share === null ? "mismatch" : "convertedMismatch",
          data: { total: fmt(total), indicators: fmt(indicators), budget: fmt(budget), expected: fmt(expected), share: fmt(share) },
          form,
          field: "total",
          loc: totalLoc(form),
          evidence: form.totalRaw ?? fmt(total),
          expected: fmt(expected),
        });
      },
    };
  },
});
