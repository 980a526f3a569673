/**
 * total-mismatch: 总分 must equal Σ indicator 得分 + the budget line's 得分 (tolerance: scheme.tolerance.score) —
 * in a form converting its indicator part by one share (指标得分小计 × 权重占比 = 折算得分), the 折算得分 +
 * the budget line's 得分 —
 * and can never exceed the scheme's full marks (100): a 总分 of 105 that is the true sum still says the
 * points were given wrongly somewhere (checklist item 9).
 */
import { defineRule } from "../../src/engine/types.js";
import { budgetWeight, fmt, indicatorShare, isNum, round2, scored, totalLoc } from "../../src/engine/services/scoring.js";

/** the most rounding can lift a total above full marks (two-decimal scores) */
const CEILING_ROUNDING = 0.01;

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
        if (Math.abs(expected - total) <= tol) {
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
