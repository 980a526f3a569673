/**
 * balance-mismatch: 资金结(转)余 must be 全年预算数 − 全年执行数 (tolerance: scheme.tolerance.money); a form
 * that spent more than its budget may write 0 (nothing is left over).
 */
import { defineRule } from "../../src/engine/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "balance-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "资金结余不等于预算数减执行数", en: "Balance is not budget minus spending" },
    description: {
      zh: "资金结(转)余应等于全年预算数减全年执行数。结余填错，往往掩盖了资金没有花出去的事实。",
      en: "The balance must equal the full-year budget minus the amount spent.",
    },
    messages: {
      mismatch: {
        zh: "资金结余填 {{balance}}，但全年预算数 {{adjusted}} − 全年执行数 {{executed}} = {{expected}}。",
        en: "Balance is {{balance}}, but budget {{adjusted}} − spent {{executed}} = {{expected}}.",
      },
    },
  },
  create(ctx) {
    const tol = ctx.knowledge.scheme.tolerance.money;
    return {
      form(form) {
        const { adjusted, executed, balance } = form.funds;
        if (!isNum(adjusted) || !isNum(executed) || !isNum(balance)) return;
        const expected = Math.round((adjusted - executed) * 10000) / 10000;
        if (Math.abs(expected - balance) <= tol + 1e-9) return;
        // overspent (the unit paid the rest): nothing is left over, so 0 is as right as the negative difference
        if (expected < 0 && Math.abs(balance) <= tol + 1e-9) return;
        ctx.report({
          messageId: "mismatch",
          data: { balance: fmt(balance), adjusted: fmt(adjusted), executed: fmt(executed), expected: fmt(expected) },
          form,
          field: "funds",
          evidence: form.funds.raw?.balance?.text ?? fmt(balance),
          expected: fmt(expected),
        });
      },
    };
  },
});
