/**
 * fund-split-sum: the fund sources (中央/省级/市县/自筹/其他, 财政拨款/上年结转/其他) must add up to the
 * total, column by column; and a one-year project's 实施期 and 年度 totals must be equal.
 * A department-level form splits its money by kind of spending instead: 基本支出 + 项目支出 must make
 * the total, and 人员经费 + 公用经费 the 基本支出, column by column (a target form's one amount, a
 * self-assessment's 年初预算数 / 全年预算数 / 全年执行数).
 * One finding per form per problem, at the funds total row.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, FundSource } from "../../src/model/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";
import { fundsColumns, isOneYear as oneYearProject, writtenFundsColumns } from "../../src/engine/services/project.js";

/** "1年", "一年", "2024年", "一年期项目", a 项目期 inside one calendar year ("2025年1月至2025年12月"), an attribute
 *  saying one year (一次性项目) */
export function isOneYear(form: Form): boolean {
  const p = `${form.project.period ?? ""} ${form.project.attribute ?? ""}`;
  return /(^|[^\d])1\s*年(?!\d)|一年/.test(p) || oneYearProject(form);
}

export default defineRule({
  meta: {
    id: "fund-split-sum",
    category: "inconsistency",
    severity: "error",
    scope: "form",
    title: { zh: "资金来源合计与总额不符", en: "Fund sources do not add up" },
    description: {
      zh: "项目资金按来源（中央、省级、市县财政、单位自筹、其他，或当年财政拨款、上年结转、其他）分列时，各来源之和应等于资金总额；一年期项目的实施期资金与年度资金应相同。对不上，说明有一栏填错，资金规模无法确认。",
      en: "Fund sources must add up to the total, and a one-year project's period and annual totals must be equal.",
    },
    messages: {
      sources: {
        zh: "资金来源合计与总额不符：{{detail}}。",
        en: "Fund sources do not add up: {{detailEn}}.",
      },
      spending: {
        zh: "部门资金按支出性质分列不符：{{detail}}。",
        en: "The department's spending lines do not add up: {{detailEn}}.",
      },
      periodAnnual: {
        zh: "一年期项目（项目期“{{period}}”）的实施期资金总额 {{periodTotal}} 与年度资金总额 {{annualTotal}} 不同，一年期项目两者应相同。",
        en: "One-year project: period total {{periodTotal}} differs from annual total {{annualTotal}}.",
      },
    },
  },
  create(ctx) {
    const tol = ctx.knowledge.scheme.tolerance.money;
    return {
      form(form) {
        const sources = form.funds.sources ?? [];
        const bad: { zh: string; en: string; total: number; sum: number }[] = [];
        for (const c of writtenFundsColumns()) {
          const total = c.total(form);
          if (!isNum(total)) continue;
          const filled = sources.filter((s: FundSource) => isNum(c.line(s)));
          if (!filled.length) continue;
          const sum = filled.reduce((a, s) => a + (c.line(s) as number), 0);
          if (Math.abs(sum - total) <= Math.max(tol, Math.abs(total) * 1e-6)) continue;
          if (sum === 0) continue; // the split was left unfilled
          bad.push({
            zh: `${c.zh}各来源合计 ${fmt(sum)}（${filled.map((s) => `${s.name} ${fmt(c.line(s))}`).join(" + ")}），与资金总额 ${fmt(total)} 不符`,
            en: `${c.en}: sources ${fmt(sum)} vs total ${fmt(total)}`,
            total,
            sum,
          });
        }
        if (bad.length) {
          ctx.report({
            messageId: "sources",
            data: { detail: bad.map((b) => b.zh).join("；"), detailEn: bad.map((b) => b.en).join("; ") },
            form,
            field: "funds",
            evidence: fmt(bad[0].total),
            expected: bad.map((b) => fmt(b.sum)).join(" / "),
          });
        }
        const split = spendingSplit(form, tol);
        if (split.length) {
          ctx.report({
            messageId: "spending",
            data: { detail: split.map((b) => b.zh).join("；"), detailEn: split.map((b) => b.en).join("; ") },
            form,
            field: "funds",
            evidence: fmt(split[0].total),
            expected: split.map((b) => fmt(b.sum)).join(" / "),
          });
        }
        const { periodTotal, annualTotal } = form.funds;
        if (isNum(periodTotal) && isNum(annualTotal) && periodTotal > 0 && annualTotal > 0 && isOneYear(form) && Math.abs(periodTotal - annualTotal) > tol) {
          ctx.report({
            messageId: "periodAnnual",
            data: { period: form.project.period ?? form.project.attribute ?? "", periodTotal: fmt(periodTotal), annualTotal: fmt(annualTotal) },
            form,
            field: "funds",
            evidence: fmt(annualTotal),
            expected: fmt(periodTotal),
          });
        }
      },
    };
  },
});

/** a department form's spending lines that do not add up (基本支出 + 项目支出 = total, 人员经费 + 公用经费 = 基本支出) */
function spendingSplit(form: Form, tol: number): { zh: string; en: string; total: number; sum: number }[] {
  const sp = form.funds.spending;
  if (!sp) return [];
  const out: { zh: string; en: string; total: number; sum: number }[] = [];
  for (const c of fundsColumns(form.kind)) {
    const pairs: [string, string, number | null | undefined, [string, FundSource | undefined][]][] = [
      ["资金总额", "total", c.total(form), [["基本支出", sp.basic], ["项目支出", sp.project]]],
      ["基本支出", "basic spending", c.line(sp.basic), [["人员经费", sp.personnel], ["公用经费", sp.operating]]],
    ];
    for (const [name, nameEn, total, parts] of pairs) {
      const xs = parts.map(([n, s]) => [n, c.line(s)] as const);
      if (!isNum(total) || !xs.every(([, v]) => isNum(v))) continue;
      const sum = xs.reduce((a, [, v]) => a + (v as number), 0);
      if (Math.abs(sum - total) <= Math.max(tol, Math.abs(total) * 1e-6)) continue;
      out.push({
        zh: `${c.zh}${xs.map(([n, v]) => `${n} ${fmt(v)}`).join(" + ")} = ${fmt(sum)}，与${name} ${fmt(total)} 不符`,
        en: `${c.en}: ${xs.map(([, v]) => fmt(v)).join(" + ")} = ${fmt(sum)} vs ${nameEn} ${fmt(total)}`,
        total,
        sum,
      });
    }
  }
  return out;
}
