/**
 * budget-score-mismatch: the budget line's 得分 must be min(执行率, 100%) × its 分值 (scheme.capBudgetScore
 * decides the cap); tolerance is a rule option (0.2 by default: the form rounds to one decimal).
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { writtenDecimals } from "../../src/engine/services/project.js";
import { budgetWeight, computedRate, expectedBudgetScore, fmt, isNum, round2, statedRate } from "../../src/engine/services/scoring.js";


/**
 * How far a written score may stand from the computed one: the option's tolerance covers a score
 * rounded to one decimal or to whole points, but a score the form writes to more decimals claims
 * that precision — one unit of its last decimal (rounding or truncation), plus what rounding the
 * written 执行率 can move it (98.00% → 9.80 written "10.00" is wrong, "9.8" for 98.3% is not).
 */
function writtenTolerance(form: Form, tol: number, weight: number): number {
  const written = form.funds.raw?.score?.text;
  if (!written || !/\d/.test(written)) return tol;
  const rateText = form.funds.raw?.rate?.text;
  const rateSlack = rateText && /\d/.test(rateText) ? (weight * 0.5 * 10 ** -writtenDecimals(rateText)) / 100 : 0;
  return Math.min(tol, 10 ** -writtenDecimals(written) + rateSlack);
}

export default defineRule<{ tolerance: number }>({
  meta: {
    id: "budget-score-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "预算执行率得分算错", en: "Budget-execution score is miscalculated" },
    description: {
      zh: "预算执行率一行的得分应为 执行率 × 分值（执行率超过 100% 按 100% 计，即最多得满分）。得分与执行率对不上，说明预算执行得分被高估或随意填写。",
      en: "The budget-execution score must be min(rate, 100%) × its weight.",
    },
    messages: {
      mismatch: {
        zh: "预算执行率 {{rate}}%、分值 {{weight}}，得分应为 {{expected}}，表中填 {{score}}。",
        en: "With a {{rate}}% execution rate and weight {{weight}} the score should be {{expected}}, not {{score}}.",
      },
    },
    options: z.object({ tolerance: z.number().nonnegative() }).strict(),
    defaultOptions: { tolerance: 0.2 },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    const tol = ctx.options.tolerance ?? 0.2;
    return {
      form(form) {
        // a form without a 执行率 cell: the rate its funds give
        const rate = statedRate(form) ?? computedRate(form);
        const score = form.funds.score;
        if (!isNum(rate) || !isNum(score)) return;
        const w = budgetWeight(form, scheme);
        const expected = round2(expectedBudgetScore(rate, w, scheme));
        if (Math.abs(expected - score) <= writtenTolerance(form, tol, w) + 1e-9) return;
        ctx.report({
          messageId: "mismatch",
          data: { rate: fmt(rate), weight: fmt(w), expected: fmt(expected), score: fmt(score) },
          form,
          field: "funds",
          evidence: form.funds.raw?.score?.text ?? fmt(score),
          expected: fmt(expected),
        });
      },
    };
  },
});
