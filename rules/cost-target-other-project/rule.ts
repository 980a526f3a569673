/**
 * cost-target-other-project: a 成本指标 target that differs from the project's own funds but equals,
 * to the cent, the funds of another project in the same document — the indicator set was copied
 * from that project and the cost never adapted. Conservative: own funds must be known, and the
 * matched amount must be specific (not a round integer below 100).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { fmt, isNum, moneyInFundsUnit } from "../../src/engine/services/scoring.js";

function budgets(form: Form): number[] {
  const f = form.funds;
  return [f.planned, f.adjusted, f.declared, f.annualTotal, f.periodTotal].filter(isNum).filter((v) => v > 0);
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

export default defineRule({
  meta: {
    id: "cost-target-other-project",
    category: "inconsistency",
    severity: "warning",
    scope: "document",
    title: { zh: "成本指标金额是别的项目的资金", en: "Cost target is another project's budget" },
    description: {
      zh: "成本指标的指标值与本项目资金对不上，却恰好等于同一文件中另一个项目的资金数。这通常是把别的项目的指标整套复制过来、没有改金额，成本目标因此失去意义。",
      en: "A cost target differs from the project's own funds but equals another project's funds in the same document: the indicators were copied.",
    },
    messages: {
      other: {
        zh: "成本指标“{{name}}”指标值 {{target}}，与本项目资金 {{own}}{{unit}} 不符，却正好等于“{{other}}”的项目资金 {{amount}}{{unit}}，疑为照抄该项目。",
        en: "Cost target \"{{name}}\" = {{target}} differs from this project's funds {{own}} but equals the funds of \"{{other}}\" ({{amount}}).",
      },
    },
  },
  create(ctx) {
    return {
      document(doc) {
        const all = doc.forms.map((f) => ({ form: f, budgets: budgets(f) }));
        for (const { form, budgets: own } of all) {
          if (!own.length) continue;
          for (const ind of form.indicators) {
            if (!(ind.level2 ?? "").includes("成本")) continue;
            const v = ind.adjustedTarget?.kind === "numeric" ? ind.adjustedTarget : ind.target;
            if (!v || v.kind !== "numeric" || !isNum(v.value) || v.broken) continue;
            // a cap ("<20万元", "≤8000元/平方米·月") is not the project's total
            if (v.op && v.op !== "=") continue;
            if (v.unit && v.unit !== "元" && v.unit !== "万元") continue;
            const amount = moneyInFundsUnit(v, form.funds.unit);
            if (amount === null || amount <= 0) continue;
            if (own.some((b) => same(b, amount))) continue;
            if (Number.isInteger(amount) && amount < 100) continue;
            const other = all.find((o) => o.form !== form && (o.form.funds.unit ?? "万元") === (form.funds.unit ?? "万元") && o.budgets.some((b) => same(b, amount)));
            if (!other) continue;
            ctx.report({
              messageId: "other",
              data: { name: ind.name, target: v.raw.trim(), own: fmt(own[0]), unit: form.funds.unit ?? "万元", other: other.form.project.name, amount: fmt(amount) },
              form,
              indicator: ind,
              field: v === ind.target ? "target" : "adjustedTarget",
              evidence: v.raw,
              expected: `与本项目资金 ${fmt(own[0])}${form.funds.unit ?? "万元"} 相符的成本目标`,
              related: [{ source: doc.source, line: other.form.line, loc: other.form.loc, project: other.form.project.name, text: fmt(amount), note: "该项目资金" }],
            });
          }
        }
      },
    };
  },
});
