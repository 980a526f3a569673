/**
 * score-exceeds-weight: an indicator's 得分 above its 分值, or the budget line's 得分 above its 分值.
 */
import { defineRule } from "../../src/engine/types.js";
import { budgetWeight, fmt, isNum } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "score-exceeds-weight",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "得分超过分值", en: "Score exceeds weight" },
    description: {
      zh: "自评表中某项指标（或预算执行率一行）的得分高于它的分值。得分最多等于分值，超出部分会虚增总分。",
      en: "An indicator (or the budget-execution line) scores more than its weight; a score can at most equal the weight.",
    },
    messages: {
      indicator: {
        zh: "指标“{{name}}”得分 {{score}} 超过分值 {{weight}}，得分最多为 {{weight}}。",
        en: "Indicator \"{{name}}\" scores {{score}}, above its weight {{weight}}.",
      },
      budget: {
        zh: "预算执行率得分 {{score}} 超过分值 {{weight}}，得分最多为 {{weight}}。",
        en: "The budget-execution score {{score}} exceeds its weight {{weight}}.",
      },
    },
  },
  create(ctx) {
    return {
      form(form) {
        for (const ind of form.indicators) {
          if (!isNum(ind.weight) || !isNum(ind.score) || ind.score <= ind.weight + 1e-9) continue;
          ctx.report({
            messageId: "indicator",
            data: { name: ind.name, score: fmt(ind.score), weight: fmt(ind.weight) },
            form,
            indicator: ind,
            field: "score",
            evidence: ind.scoreRaw ?? fmt(ind.score),
            expected: `≤ ${fmt(ind.weight)}`,
          });
        }
        const s = form.funds.score;
        if (isNum(s)) {
          const w = budgetWeight(form, ctx.knowledge.scheme);
          if (s > w + 1e-9) {
            ctx.report({
              messageId: "budget",
              data: { score: fmt(s), weight: fmt(w) },
              form,
              field: "funds",
              evidence: form.funds.raw?.score?.text ?? fmt(s),
              expected: `≤ ${fmt(w)}`,
            });
          }
        }
      },
    };
  },
});
