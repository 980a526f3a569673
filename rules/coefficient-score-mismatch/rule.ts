/**
 * coefficient-score-mismatch (checklist item 9, forms scored as 得分 = 得分系数 × 权重): a 得分系数
 * is a share of the row's 权重, between 0 and 1 —
 *  - a coefficient above 1 (or below 0) gives more than the row's 权重 (or less than nothing);
 *  - a stated 得分 that is not 得分系数 × 权重, beyond what rounding the coefficient allows.
 * The same for the budget line (权重 | 得分系数 | 得分 on the funds row). A 得分 above its 权重 is
 * score-exceeds-weight's (or budget-score-mismatch's) finding and is not reported again here.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { coefficientScore, fmt, isCoefficientShare, isNum } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "coefficient-score-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "得分系数与得分不符", en: "Score coefficient and score disagree" },
    description: {
      zh: "按“得分 = 得分系数 × 权重”评分的自评表（多见于部门整体支出绩效自评表），得分系数是该项权重中得到的比例，只能在 0 到 1 之间；得分应等于得分系数乘以权重。系数大于 1，或得分与系数乘权重对不上，说明有一栏填错，自评结果不可信。",
      en: "In a self-assessment scored as score = coefficient × weight, the coefficient lies between 0 and 1 and the score must equal coefficient × weight.",
    },
    messages: {
      coefficientRange: {
        zh: "“{{name}}”的得分系数为 {{coefficient}}，得分系数只能在 0 到 1 之间（得分 = 得分系数 × 权重，不能超过权重 {{weight}}）。",
        en: "\"{{name}}\": coefficient {{coefficient}} is outside 0–1 (score = coefficient × weight, at most the weight {{weight}}).",
      },
      product: {
        zh: "“{{name}}”得分系数 {{coefficient}} × 权重 {{weight}} = {{expected}}，表中得分填 {{score}}。",
        en: "\"{{name}}\": coefficient {{coefficient}} × weight {{weight}} = {{expected}}, but the score is {{score}}.",
      },
    },
  },
  create(ctx) {
    const budgetName = "预算执行率";
    /** one scored line: an indicator row, or the budget line (indicator null) */
    const check = (form: Form, ind: Indicator | null, line: { coefficient?: number | null; weight?: number | null; score?: number | null; stated: boolean }) => {
      const { coefficient, weight, score } = line;
      if (!isNum(coefficient) || !isNum(weight)) return;
      // a 得分 above its 权重 is reported by the rules of 得分 ≤ 分值
      if (isNum(score) && score > weight + 1e-9) return;
      const name = ind ? ind.name.trim() : budgetName;
      const at = ind ? { indicator: ind, field: "score" as const } : { field: "funds" as const };
      if (!isCoefficientShare(coefficient)) {
        ctx.report({ messageId: "coefficientRange", data: { name, coefficient: fmt(coefficient), weight: fmt(weight) }, form, ...at, evidence: fmt(coefficient), expected: "0–1" });
        return;
      }
      if (!line.stated || !isNum(score)) return;
      const c = coefficientScore(coefficient, weight);
      if (Math.abs(score - c.score) <= c.tolerance) return;
      ctx.report({ messageId: "product", data: { name, coefficient: fmt(coefficient), weight: fmt(weight), expected: fmt(c.score), score: fmt(score) }, form, ...at, evidence: fmt(score), expected: fmt(c.score) });
    };
    return {
      form(form) {
        const f = form.funds;
        check(form, null, { coefficient: f.coefficient, weight: f.weight, score: f.score, stated: !!f.raw?.score });
        for (const ind of form.indicators) check(form, ind, { coefficient: ind.coefficient, weight: ind.weight, score: ind.score, stated: !!ind.scoreRaw });
      },
    };
  },
});
