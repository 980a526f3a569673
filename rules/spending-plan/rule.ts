/**
 * spending-plan: 资金支出计划（%） by 3/6/10/12 月底 is a cumulative percentage that should climb to 100.
 * Flags plans holding amounts instead of percentages (the figures add up to, or equal, the budget),
 * plans that go down, plans that never reach 100, and plans that stop before 12 月底.
 * One finding per form, at the line holding the figures.
 */
import { defineRule } from "../../src/engine/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 0.005);

export default defineRule({
  meta: {
    id: "spending-plan",
    category: "inconsistency",
    severity: "error",
    scope: "form",
    appliesTo: ["target"],
    title: { zh: "资金支出计划不成立", en: "Spending plan is not a cumulative percentage" },
    description: {
      zh: "资金支出计划（%）应填截至 3、6、10、12 月底累计支出占预算的百分比，逐期不减、到 12 月底达到 100。填成金额、逐期下降、只填一期或到年底仍不足 100，都无法据此监控执行进度。",
      en: "The spending plan must give cumulative percentages at the end of months 3, 6, 10 and 12, never decreasing and reaching 100.",
    },
    messages: {
      amounts: {
        zh: "资金支出计划填的是“{{plan}}”，{{why}}，是金额而不是累计百分比；应填各时点累计支出占预算的百分比，12 月底为 100。",
        en: "The spending plan \"{{plan}}\" holds amounts ({{whyEn}}), not cumulative percentages reaching 100.",
      },
      decreasing: {
        zh: "资金支出计划“{{plan}}”在 {{month}} 月底从 {{prev}} 降到 {{value}}，累计百分比不应下降。",
        en: "The spending plan \"{{plan}}\" falls from {{prev}} to {{value}} at the end of month {{month}}; a cumulative share cannot fall.",
      },
      short: {
        zh: "资金支出计划“{{plan}}”最高只到 {{max}}%，到 12 月底应累计达到 100%。",
        en: "The spending plan \"{{plan}}\" peaks at {{max}}%; it must reach 100% by the end of month 12.",
      },
      incomplete: {
        zh: "资金支出计划只填到 {{month}} 月底（“{{plan}}”），3、6、10、12 月底各期都应填写累计百分比。",
        en: "The spending plan stops at month {{month}} (\"{{plan}}\"); all four points should be filled.",
      },
    },
  },
  create(ctx) {
    return {
      form(form) {
        const plan = form.funds.spendingPlan;
        if (!plan || !plan.length) return;
        if (plan.some((p) => !isNum(p.value) && p.raw.trim())) return; // "**" and the like: placeholder's business
        const pts = plan.filter((p) => isNum(p.value)).sort((a, b) => a.month - b.month) as { month: number; value: number; raw: string }[];
        if (!pts.length) return;
        const text = pts.map((p) => p.raw.trim()).join(" ");
        const planLoc = form.funds.raw?.["spendingPlan"]?.loc;
        const base = { form, field: "funds.spendingPlan" as const, ...(planLoc ? { loc: planLoc } : {}), evidence: text, expected: "累计百分比，逐期不减，12 月底为 100" };
        const total = isNum(form.funds.annualTotal) ? form.funds.annualTotal : isNum(form.funds.periodTotal) ? form.funds.periodTotal : null;
        const values = pts.map((p) => p.value);
        const sum = values.reduce((s, v) => s + v, 0);
        const max = Math.max(...values);
        const last = values[values.length - 1];
        let why: [string, string] | null = null;
        if (max > 100 + 1e-9) why = [`最大值 ${fmt(max)} 超过 100`, `${fmt(max)} exceeds 100`];
        else if (total !== null && total > 0) {
          if (values.length > 1 && near(sum, total) && !near(last, 100)) why = [`各期相加 ${fmt(sum)} 正好等于预算数 ${fmt(total)}`, `they add up to the budget ${fmt(total)}`];
          else if (near(last, total) && (!near(total, 100) || values.length === 1))
            why = [`${values.length === 1 ? "只填一个数" : "最后一期"} ${fmt(last)} 与预算数 ${fmt(total)} 相同`, `the ${values.length === 1 ? "only" : "last"} figure equals the budget ${fmt(total)}`];
        }
        if (why) {
          ctx.report({ ...base, messageId: "amounts", data: { plan: text, why: why[0], whyEn: why[1] } });
          return;
        }
        for (let i = 1; i < pts.length; i++) {
          if (pts[i].value < pts[i - 1].value - 1e-9) {
            ctx.report({ ...base, messageId: "decreasing", data: { plan: text, month: pts[i].month, prev: fmt(pts[i - 1].value), value: fmt(pts[i].value) } });
            return;
          }
        }
        if (max < 100 - 1e-9) {
          ctx.report({ ...base, messageId: "short", data: { plan: text, max: fmt(max) } });
          return;
        }
        const lastMonth = pts[pts.length - 1].month;
        if (lastMonth < 12 && pts.length < 4 && last < 100 - 1e-9) {
          ctx.report({ ...base, messageId: "incomplete", data: { plan: text, month: lastMonth } });
        }
      },
    };
  },
});
