/**
 * department-project-sum (checklist item 7, forms of one submission contradicting each other): a
 * department-level form (部门整体支出绩效目标表 / 自评表) states its 项目支出; the project forms of the
 * same department that follow it in the same document are part of that money. Column by column —
 * a target form's amount against the projects' 年度资金总额, a self-assessment's 年初预算数 / 全年预算数 /
 * 全年执行数 against the projects' same columns —
 *  - the projects adding up to MORE than the department's 项目支出 is always wrong (error): the
 *    department cannot spend on its projects more than its project budget;
 *  - adding up to LESS is reported as info only: a submission may publish the forms of its major
 *    projects and not of every one, so a shortfall proves nothing about the numbers — unless the
 *    department form's goals count its projects ("实施…3个项目") and that many forms are attached:
 *    nothing is missing, the amounts contradict each other (error).
 * A project form belongs to the department form when it names the same 主管部门, or when its 实施单位 is
 * the unit the department form is about (its 部门名称).
 *    When the department form names its projects under 项目支出 and the shortfall is exactly the
 *    projects it names without a form (the others agreeing with their lines), nothing is reported;
 *    nor when the department's project forms printed before it make up the difference exactly.
 * Amounts are compared in one unit (元/万元 as each form states it). One finding per department form,
 * at its 项目支出 row.
 * A department form's own table of projects (decision 90) is checked within the form, column by column
 * (全年预算数, 执行数, 年初预算数): its 合计 row against the sum of the lines, and — when both are
 * stated — against the form's 项目支出 line (error; one finding per form for each, at the 合计 cell).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, KpiDocument } from "../../src/model/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";
import { departmentKey, fundsColumns, MONEY_SCALE, type FundsColumn } from "../../src/engine/services/project.js";

/** the column reported first when several disagree: the full-year budget, then the spending, then the initial budget */
const PREFERENCE: FundsColumn["key"][] = ["budget", "adjusted", "executed", "planned"];


function sameDepartment(a: string, b: string): boolean {
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

/** the project forms of a department form: those after it (up to the next department form) of its kind and department */
function projectsOf(doc: KpiDocument, k: number): Form[] {
  const dept = doc.forms[k];
  const key = departmentKey(dept.project.department ?? dept.project.name);
  const single = doc.forms.filter((f) => f.subject === "department").length === 1;
  // the unit the department form is about (its 部门名称): a project form it implements belongs to it too,
  // whichever 主管部门 the project form names above it
  const unit = departmentKey(dept.project.name);
  const out: Form[] = [];
  for (const f of doc.forms.slice(k + 1)) {
    if (f.subject === "department") break;
    if (f.kind !== dept.kind) continue;
    const own = departmentKey(f.project.department);
    const implementer = departmentKey(f.project.implementer);
    if (own ? sameDepartment(own, key) || (!!implementer && (sameDepartment(implementer, key) || sameDepartment(implementer, unit))) : single) out.push(f);
  }
  return out;
}

const ZH_DIGITS = "一二三四五六七八九";
/** how many projects the department form's goals say it carries ("实施…3个项目", "三个项目均按计划实施"):
 *  null unless every such count agrees */
function statedProjectCount(dept: Form): number | null {
  const text = [dept.goals.annual?.text, dept.goals.actual?.text, dept.goals.period?.text].filter(Boolean).join("；");
  const ns = [...text.matchAll(/(\d{1,2}|[一二三四五六七八九十])\s*个(?:项目|专项)/gu)].map((m) => (/\d/u.test(m[1]) ? +m[1] : m[1] === "十" ? 10 : ZH_DIGITS.indexOf(m[1]) + 1));
  return ns.length && ns.every((n) => n === ns[0]) ? ns[0] : null;
}

/** the project forms of a department form printed before it (after the department form before, if any), of its kind and department */
function projectsBefore(doc: KpiDocument, k: number): Form[] {
  const dept = doc.forms[k];
  const key = departmentKey(dept.project.department ?? dept.project.name);
  const out: Form[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const f = doc.forms[j];
    if (f.subject === "department") break;
    if (f.kind !== dept.kind) continue;
    const own = departmentKey(f.project.department);
    if (own && sameDepartment(own, key)) out.push(f);
  }
  return out;
}

/**
 * A shortfall the department form explains itself: it lists its projects by name under 项目支出, the
 * list adds up to 项目支出, every attached project form is one of them with the same amount, and the
 * projects listed without a form make up the difference — the submission left those forms out, which
 * the form's own list says; nothing disagrees.
 */
function accountedFor(dept: Form, r: { col: FundsColumn; amount: number; parts: { form: Form; v: number }[] }, slack: (x: number) => number): boolean {
  const lines = dept.funds.projectLines ?? [];
  const amounts = lines.map((l) => r.col.line(l));
  if (!lines.length || amounts.some((a) => !isNum(a))) return false;
  const close = (a: number, b: number) => Math.abs(a - b) <= slack(Math.max(Math.abs(a), Math.abs(b)));
  if (!close(amounts.reduce((a: number, b) => a + (b as number), 0), r.amount)) return false;
  const key = (s: string | null | undefined) => (s ?? "").replace(/[\s\u3000]/gu, "");
  const used = new Set<number>();
  for (const p of r.parts) {
    const k = lines.findIndex((l, j) => !used.has(j) && key(l.name) === key(p.form.project.name));
    if (k < 0 || !close(amounts[k] as number, p.v)) return false;
    used.add(k);
  }
  return true;
}

export default defineRule({
  meta: {
    id: "department-project-sum",
    category: "inconsistency",
    severity: "error",
    scope: "document",
    title: { zh: "部门整体表的项目支出与所附项目表合计不符", en: "Department's project spending vs its project forms" },
    description: {
      zh: "同一份材料里，部门整体绩效表列出的项目支出，应能容纳其后所附本部门各项目表的资金：各项目的预算数（或全年预算数、全年执行数）合计超过部门的项目支出，一定有一处填错；合计少于项目支出，可能只附了部分项目的表，只作提示。",
      en: "Within one submission, the project forms of a department cannot add up to more than the project spending its department-level form states; less is noted only, as a submission may omit projects.",
    },
    messages: {
      exceeds: {
        zh: "部门整体表的项目支出{{column}}为 {{amount}}{{unit}}，其后所附本部门 {{count}} 张项目表的{{column}}合计 {{sum}}{{unit}}（{{list}}），超出 {{diff}}{{unit}}，项目资金不可能超过部门的项目支出。",
        en: "The department's project spending ({{columnEn}}) is {{amount}} {{unitEn}}, but its {{count}} project forms in this submission add up to {{sum}} ({{diff}} more).",
      },
      linesTotal: {
        zh: "部门整体表的项目表合计行{{column}}填 {{total}}{{unit}}，但各项目{{column}}之和为 {{sum}}{{unit}}（{{list}}）。",
        en: "The projects table's total row states {{total}} {{unitEn}} ({{columnEn}}), but the project lines add up to {{sum}}.",
      },
      totalVsSpending: {
        zh: "部门整体表的项目表合计行{{column}}为 {{total}}{{unit}}，而同一张表的项目支出{{column}}为 {{amount}}{{unit}}，两处应当一致。",
        en: "The projects table's total ({{columnEn}}) is {{total}} {{unitEn}}, but the form's project spending line states {{amount}}: they should agree.",
      },
      shortAll: {
        zh: "部门整体表的项目支出{{column}}为 {{amount}}{{unit}}，表中写明共 {{count}} 个项目，其后所附的 {{count}} 张项目表{{column}}合计却只有 {{sum}}{{unit}}（{{list}}），少 {{diff}}{{unit}}，两处必有一处填错。",
        en: "The department's project spending ({{columnEn}}) is {{amount}} {{unitEn}}; the form says it carries {{count}} projects, and the {{count}} project forms attached add up to {{sum}} ({{diff}} less): one of them is wrong.",
      },
      short: {
        zh: "部门整体表的项目支出{{column}}为 {{amount}}{{unit}}，其后所附本部门 {{count}} 张项目表的{{column}}合计 {{sum}}{{unit}}，少 {{diff}}{{unit}}；如材料应附全部项目的绩效表，请核对是否漏附。",
        en: "The department's project spending ({{columnEn}}) is {{amount}} {{unitEn}}; its {{count}} project forms in this submission add up to {{sum}} ({{diff}} less): check whether forms are missing.",
      },
    },
  },
  create(ctx) {
    const tol = ctx.knowledge.scheme.tolerance.money;
    const slack = (x: number) => Math.max(tol, Math.abs(x) * 1e-4);
    /**
     * a department form's own table of projects: its 合计 row's amounts against the lines' sum (every
     * line must state the column), then against the 项目支出 line where both are written; the first
     * column that disagrees (in PREFERENCE order) is reported, at the 合计 row's cell
     */
    function checkProjectTable(doc: KpiDocument, dept: Form): void {
      const lines = dept.funds.projectLines ?? [];
      const total = dept.funds.projectLinesTotal;
      if (dept.subject !== "department" || !total || lines.length < 2) return;
      const unit = dept.funds.unit ?? "";
      const cols = [...fundsColumns(dept.kind)].sort((a, b) => PREFERENCE.indexOf(a.key) - PREFERENCE.indexOf(b.key));
      const at = (col: FundsColumn) => total.raw?.[col.key] ?? { text: fmt(col.line(total) as number), loc: total.loc };
      const base = { unit, unitEn: unit };
      for (const col of cols) {
        const t = col.line(total);
        const parts = lines.map((l) => col.line(l));
        if (!isNum(t) || !parts.every(isNum)) continue;
        const sum = parts.reduce((a: number, b) => a + (b as number), 0);
        if (Math.abs(sum - t) <= slack(Math.max(Math.abs(sum), Math.abs(t)))) continue;
        const cell = at(col);
        ctx.report({
          messageId: "linesTotal",
          data: { ...base, column: col.zh, columnEn: col.en, total: fmt(t), sum: fmt(sum), list: lines.map((l, j) => `${l.name} ${fmt(parts[j] as number)}`).join(" + ") },
          form: dept,
          field: "funds",
          loc: { ...cell.loc },
          evidence: cell.text,
          expected: fmt(sum),
          related: lines.map((l, j) => ({ source: doc.source, line: l.loc.line ?? null, loc: l.loc, project: l.name, text: fmt(parts[j] as number) })),
        });
        break;
      }
      const spending = dept.funds.spending?.project;
      if (!spending) return;
      for (const col of cols) {
        const t = col.line(total);
        const amount = col.line(spending);
        if (!isNum(t) || !isNum(amount)) continue;
        if (Math.abs(amount - t) <= slack(Math.max(Math.abs(amount), Math.abs(t)))) continue;
        const cell = at(col);
        ctx.report({
          messageId: "totalVsSpending",
          data: { ...base, column: col.zh, columnEn: col.en, total: fmt(t), amount: fmt(amount) },
          form: dept,
          field: "funds",
          loc: { ...cell.loc },
          evidence: cell.text,
          expected: fmt(amount),
          related: [{ source: doc.source, line: spending.loc.line ?? null, loc: spending.loc, text: fmt(amount) }],
        });
        break;
      }
    }
    return {
      document(doc) {
        for (const dept of doc.forms) checkProjectTable(doc, dept);
        doc.forms.forEach((dept, k) => {
          const line = dept.subject === "department" ? dept.funds.spending?.project : undefined;
          if (!line) return;
          const projects = projectsOf(doc, k);
          if (!projects.length) return;
          const unit = dept.funds.unit ?? projects.find((p) => p.funds.unit)?.funds.unit ?? null;
          const inDeptUnit = (v: number, u: string | null) => (v * (MONEY_SCALE[u ?? unit ?? ""] ?? 1)) / (MONEY_SCALE[unit ?? ""] ?? 1);
          const rows: { col: FundsColumn; amount: number; sum: number; parts: { form: Form; v: number }[] }[] = [];
          const cols = [...fundsColumns(dept.kind)].sort((a, b) => PREFERENCE.indexOf(a.key) - PREFERENCE.indexOf(b.key));
          for (const col of cols) {
            const amount = col.line(line);
            if (!isNum(amount)) continue;
            const parts = projects.flatMap((form) => {
              const v = col.total(form);
              return isNum(v) ? [{ form, v: inDeptUnit(v, form.funds.unit) }] : [];
            });
            // every project form must state the column, or the sum says nothing
            if (parts.length !== projects.length) continue;
            rows.push({ col, amount, sum: parts.reduce((a, p) => a + p.v, 0), parts });
          }
          const over = rows.find((r) => r.sum - r.amount > slack(r.amount));
          // a shortfall made up exactly by the department's project forms printed before it (a 部门预算 may
          // print its projects' forms first): the submission holds them all, nothing is missing
          const before = projectsBefore(doc, k);
          const madeUp = (r: (typeof rows)[number]) => {
            const vs = before.map((form) => r.col.total(form));
            if (!before.length || !vs.every(isNum)) return false;
            const all = r.sum + before.reduce((a, form, j) => a + inDeptUnit(vs[j] as number, form.funds.unit), 0);
            return Math.abs(all - r.amount) <= slack(r.amount);
          };
          const short = over ? undefined : rows.find((r) => r.amount - r.sum > slack(r.amount) && !accountedFor(dept, r, slack) && !madeUp(r));
          const r = over ?? short;
          if (!r) return;
          const data = {
            column: r.col.zh,
            columnEn: r.col.en,
            amount: fmt(r.amount),
            sum: fmt(r.sum),
            diff: fmt(Math.abs(r.sum - r.amount)),
            count: r.parts.length,
            list: r.parts.map((p) => `${p.form.project.name} ${fmt(p.v)}`).join(" + "),
            unit: unit ?? "",
            unitEn: unit ?? "",
          };
          // a shortfall with every project the department form counts attached: nothing is missing, the
          // amounts contradict each other
          const complete = !over && statedProjectCount(dept) === r.parts.length;
          ctx.report({
            messageId: over ? "exceeds" : complete ? "shortAll" : "short",
            data,
            form: dept,
            field: "funds",
            loc: { ...line.loc },
            evidence: fmt(r.amount),
            expected: over ? `≥ ${fmt(r.sum)}` : undefined,
            related: r.parts.map((p) => ({ source: doc.source, line: p.form.line, loc: p.form.loc, project: p.form.project.name, text: fmt(p.v) })),
            ...(over || complete ? {} : { severity: "info" as const }),
          });
        });
      },
    };
  },
});
