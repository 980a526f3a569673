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

/** "1年", "一年", "一年期项目", an attribute saying one year (一次性项目), or a 项目期 whose start and end lie in
 *  one year ("2025年1月至2025年12月"; a year alone, "2025", may be a range the reader cut, so it says nothing) */
export function isOneYear(form: Form): boolean {
  const p = `${form.project.period ?? ""} ${form.project.attribute ?? ""}`;
  return /(^|[^\d])1\s*年(?!\d)|一年/.test(p) || oneYearProject(form, false);
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
        for (const c of columnsOf(form)) {
          const total = c.total(form);
          if (!isNum(total)) continue;
          const filled = sources.filter((s: FundSource) => isNum(c.line(s)));
          if (!filled.length) continue;
          const sum = filled.reduce((a, s) => a + (c.line(s) as number), 0);
          if (Math.abs(sum - total) <= Math.max(tol, Math.abs(total) * 1e-6)) continue;
          if (sum === 0) continue; // the split was left unfilled
          if (c.key === "budget" && (!wholeSplit(filled.map((s) => c.line(s) as number), total, tol) || !readWithout(form, filled))) continue;
          if (skipsALine(form, filled)) continue;
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

/**
 * The columns a form's sources are compared in. A target form that states one total and no 实施期 total
 * beside it ("资金总额 | 一般公共预算 | 政府性基金预算 | 其他资金" over one row of amounts) lists its sources
 * under that total, whatever the total's label: the reader files such a total as the year's and the
 * sources as written, so the two are compared as the form's one column (预算数).
 */
function columnsOf(form: Form) {
  const all = writtenFundsColumns();
  // only where the 年度 column has nothing to compare: sources read with 年度 amounts are compared there,
  // as before, without the one-column guards (a 30 + 5 split of a total of 30 is wrong, not nested)
  if (form.kind === "target" && !isNum(form.funds.periodTotal) && isNum(form.funds.annualTotal) && !(form.funds.sources ?? []).some((s) => isNum(s.annual))) {
    return [...fundsColumns("target"), ...all.filter((c) => c.key !== "period" && c.key !== "annual")];
  }
  return all;
}

/**
 * Does a one-column split read as a whole split (columnsOf's 预算数)? Two sources at least — one source
 * beside a total says the reader missed the others — and no part of them makes the total on its own: a
 * 财政拨款 printed beside its own parts ("财政拨款 280 | 其中：上级补助 200 | 本级安排 80") adds up twice, which
 * is a nesting the row does not show, not a wrong sum.
 */
function wholeSplit(amounts: number[], total: number, tol: number): boolean {
  if (amounts.length < 2 || amounts.length > 12) return false;
  const n = amounts.length;
  for (let mask = 1; mask < (1 << n) - 1; mask++) {
    let sum = 0;
    for (let k = 0; k < n; k++) if (mask & (1 << k)) sum += amounts[k];
    if (Math.abs(sum - total) <= Math.max(tol, Math.abs(total) * 1e-6)) return false;
  }
  return true;
}

/** where a source's amount was read (its own raw cell, else the source's row) */
const sourceLoc = (form: Form, s: FundSource) => form.funds.raw?.[`sources.${s.name}`]?.loc ?? s.loc;

/**
 * Sources stacked one a line under the total ("年度资金总额 180 / 其中：中央资金 100 / 省级资金 50 / 县级资金
 * 30") whose lines skip one: the line between them was not read as a source, so the split the rule sees
 * is not the one the form writes, and a sum short of the total says nothing. Any column; only when every
 * source stands on a line of its own below the total's.
 */
function skipsALine(form: Form, sources: FundSource[]): boolean {
  const at = form.funds.raw?.annualTotal?.loc ?? form.funds.raw?.periodTotal?.loc;
  if (at?.line === undefined) return false;
  const lines = sources.map((s) => sourceLoc(form, s)?.line);
  if (lines.some((l) => l === undefined || l <= at.line!)) return false;
  const sorted = [...new Set(lines as number[])].sort((a, b) => a - b);
  if (sorted.length !== lines.length || sorted[0] !== at.line + 1) return false;
  return sorted.some((l, k) => k > 0 && l !== sorted[k - 1] + 1);
}

/**
 * Were the one-column sources read with nothing between them and the total? Beside it on its line, in
 * the cells right after it, or below it, one a line on the lines right after it. A cell between them that
 * was not read as a source ("资金总额：24.00 其中：财政资金：20.00 其他资金：4.00" with 财政资金 unread) means
 * the split the rule sees is not the one the form writes.
 */
function readWithout(form: Form, sources: FundSource[]): boolean {
  const at = form.funds.raw?.annualTotal?.loc;
  if (!at || at.col === undefined) return false;
  const locs = sources.map((s) => sourceLoc(form, s));
  if (locs.some((l) => !l)) return false;
  const run = (xs: number[], from: number) => [...xs].sort((a, b) => a - b).every((x, k) => x === from + 1 + k);
  if (locs.every((l) => l!.line === at.line && l!.col !== undefined)) return run(locs.map((l) => l!.col!), at.col);
  return at.line !== undefined && locs.every((l) => l!.line !== undefined) && run(locs.map((l) => l!.line as number), at.line);
}

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
