/**
 * cost-actual-exceeds-spending: a 成本指标 actual in money that is above what was actually spent —
 * any positive cost when 全年执行数 is 0, or a cost at (or above) the whole budget while less than
 * half of it was spent (errors); any other cost actual more than 5% above 全年执行数 (warning; unit
 * costs — 单价, 人均, 元/人 — excepted).
 */
import { defineRule } from "../../src/engine/types.js";
import { fmt, fundsTotalLeftBlank, isNum, moneyInFundsUnit } from "../../src/engine/services/scoring.js";

/** a per-unit cost is not compared with the whole spending */
const UNIT_COST = /单价|人均|单位|标准|每|平均/u;

export default defineRule({
  meta: {
    id: "cost-actual-exceeds-spending",
    category: "score-arithmetic",
    severity: "error",
    scope: "indicator",
    appliesTo: ["self-assessment"],
    title: { zh: "成本实际值超过实际支出", en: "Cost actual above what was spent" },
    description: {
      zh: "成本指标的实际完成值应是实际发生的支出。全年执行数为 0（或远低于预算），成本实际值却填成全部预算，说明实际完成值是照抄目标，而非如实填报。",
      en: "A cost indicator's actual equals the whole budget although nothing (or much less) was spent: the actual was copied from the target.",
    },
    messages: {
      zero: {
        zh: "成本指标“{{name}}”实际完成值 {{actual}}，但全年执行数为 0，实际并未发生支出。",
        en: "Cost indicator \"{{name}}\" reports {{actual}} although nothing was spent.",
      },
      aboveSpent: {
        zh: "成本指标“{{name}}”实际完成值 {{actual}}（约 {{cost}}{{unit}}），超过全年执行数 {{executed}}{{unit}}：实际花的钱没有这么多，实际完成值应按实际支出填写。",
        en: "Cost indicator \"{{name}}\" reports {{actual}} (≈ {{cost}} {{unit}}), more than the {{executed}} {{unit}} actually spent.",
      },
      above: {
        zh: "成本指标“{{name}}”实际完成值 {{actual}}（约 {{cost}}{{unit}}）达到全年预算 {{budget}}{{unit}}，但全年执行数只有 {{executed}}{{unit}}。",
        en: "Cost indicator \"{{name}}\" reports {{actual}} (≈ {{cost}} {{unit}}), the whole budget {{budget}}, but only {{executed}} was spent.",
      },
    },
  },
  create(ctx) {
    return {
      indicator(ind, form) {
        if (!(ind.level2 ?? "").includes("成本")) return;
        const a = ind.actual;
        if (!a || a.kind !== "numeric" || !isNum(a.value) || a.value <= 0 || a.unit === "%" || a.dimension === "percent") return;
        if (a.dimension && a.dimension !== "money") return;
        const { executed, adjusted, planned } = form.funds;
        if (!isNum(executed) || fundsTotalLeftBlank(form)) return;
        const unit = form.funds.unit ?? "万元";
        if (executed === 0) {
          ctx.report({ messageId: "zero", data: { name: ind.name, actual: a.raw.trim() }, form, indicator: ind, field: "actual", evidence: a.raw, expected: "0" });
          return;
        }
        const budget = isNum(adjusted) && adjusted > 0 ? adjusted : isNum(planned) ? planned : null;
        const cost = moneyInFundsUnit(a, form.funds.unit);
        if (budget === null || cost === null || a.unit === null) return; // a bare number's unit is unknown
        if (!(executed < 0.5 * budget && cost >= 0.99 * budget)) {
          // any cost actual above what was spent (a unit cost excepted): the spending behind it did not happen
          if (cost > executed * 1.05 && !UNIT_COST.test(ind.name) && !(a.unit ?? "").includes("/")) {
            ctx.report({
              messageId: "aboveSpent",
              severity: "warning",
              data: { name: ind.name, actual: a.raw.trim(), cost: fmt(cost), executed: fmt(executed), unit },
              form,
              indicator: ind,
              field: "actual",
              evidence: a.raw,
              expected: `≤ ${fmt(executed)}${unit}`,
            });
          }
        } else {
          ctx.report({
            messageId: "above",
            data: { name: ind.name, actual: a.raw.trim(), cost: fmt(cost), budget: fmt(budget), executed: fmt(executed), unit },
            form,
            indicator: ind,
            field: "actual",
            evidence: a.raw,
            expected: `≤ ${fmt(executed)}${unit}`,
          });
        }
      },
    };
  },
});
