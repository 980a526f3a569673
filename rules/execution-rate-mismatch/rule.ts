/**
 * execution-rate-mismatch: 执行率 ≠ 全年执行数 / 全年预算数 (年初预算数 when the form states no 全年预算数;
 * tolerance: one unit of the rate's last written decimal plus the rounding of the two amounts, never
 * more than scheme.tolerance.rate, in points — see rateTolerance); the same for each project line of a
 * department form's table of projects, held to the same tolerance as a form's funds line.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { computedRate, fmt, isNum, rateBase, rateTolerance, statedRate } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "execution-rate-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "执行率与执行数、预算数不符", en: "Execution rate does not match the funds" },
    description: {
      zh: "执行率应等于全年执行数除以全年预算数。表中执行率与这两个数算出来的不一致，预算执行率得分和总分也就不可信。",
      en: "The execution rate must equal 全年执行数 / 全年预算数.",
    },
    messages: {
      mismatch: {
        zh: "执行率填 {{rate}}%，但全年执行数 {{executed}} ÷ {{base}} {{adjusted}} = {{expected}}%。",
        en: "Execution rate is {{rate}}%, but executed {{executed}} / {{baseEn}} {{adjusted}} = {{expected}}%.",
      },
      projectLine: {
        zh: "项目“{{name}}”执行率填 {{rate}}%，但全年执行数 {{executed}} ÷ {{base}} {{adjusted}} = {{expected}}%。",
        en: "Project \"{{name}}\": execution rate {{rate}}%, but executed {{executed}} / {{baseEn}} {{adjusted}} = {{expected}}%.",
      },
    },
  },
  create(ctx) {
    const schemeTol = ctx.knowledge.scheme.tolerance.rate;
    /** a department form's project lines, each read as the funds line of a form of its own */
    function checkProjectLines(form: Form): void {
      for (const line of form.funds.projectLines ?? []) {
        const at = line.raw?.rate;
        if (!at) continue;
        const funds = { unit: form.funds.unit, sources: [], planned: line.planned, adjusted: line.adjusted, executed: line.executed, rate: line.rate, raw: line.raw };
        const one = { ...form, funds };
        const rate = statedRate(one);
        const c = computedRate(one);
        const base = rateBase(one);
        if (!isNum(rate) || c === null || Math.abs(rate - c) <= rateTolerance(one, schemeTol)) continue;
        ctx.report({
          messageId: "projectLine",
          data: { name: line.name, rate: fmt(rate), executed: fmt(line.executed), adjusted: fmt(base?.value), base: base?.zh ?? "全年预算数", baseEn: base?.en ?? "budget", expected: fmt(Math.round(c * 100) / 100) },
          form,
          field: "funds",
          loc: at.loc,
          evidence: at.text,
          expected: `${fmt(Math.round(c * 100) / 100)}%`,
        });
      }
    }
    return {
      form(form) {
        checkProjectLines(form);
        const tol = rateTolerance(form, schemeTol);
        const rate = statedRate(form);
        const c = computedRate(form);
        const base = rateBase(form);
        if (!isNum(rate) || c === null) return;
        if (Math.abs(rate - c) <= tol) return;
        ctx.report({
          messageId: "mismatch",
          data: { rate: fmt(rate), executed: fmt(form.funds.executed), adjusted: fmt(base?.value), base: base?.zh ?? "全年预算数", baseEn: base?.en ?? "budget", expected: fmt(Math.round(c * 100) / 100) },
          form,
          field: "funds",
          evidence: form.funds.raw?.rate?.text ?? fmt(rate),
          expected: `${fmt(Math.round(c * 100) / 100)}%`,
        });
      },
    };
  },
});
