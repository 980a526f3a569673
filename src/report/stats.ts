/**
 * Corpus statistics for researchers (`kpi-audit stats`): forms and indicators by layout, kind and
 * level 2; share of quantitative targets; placeholder/truncation/boilerplate rates (findings per
 * form); score and grade distributions; per-department tables.
 *
 * Streaming: `addDocument` keeps counters and one small record per form, never the document;
 * `addFindings` counts findings as they stream out of the checker, never keeping them.
 * Views: JSON (the model itself), CSV (one tidy long table: table,key,metric,value), text.
 */
import type { KpiDocument, Value } from "../model/types.js";
import type { CheckResult, Finding } from "../engine/types.js";
import { compareFindings } from "../engine/run.js";
import { CATEGORY_ZH, departmentKey, sortRecord } from "./model.js";
import { csvField } from "./tables.js";
import { documentProblem, type FileProblem } from "./files.js";
import { visible } from "./text.js";

export interface GroupCount {
  key: string;
  forms: number;
  indicators: number;
  /** indicators whose target is numeric (comparator + number + unit) */
  quantitative: number;
  quantitativeShare: number | null;
}

export interface CategoryRate {
  category: string;
  findings: number;
  /** findings per form checked */
  perForm: number | null;
  /** forms with at least one finding of the category */
  formsAffected: number;
  formsAffectedShare: number | null;
}

export interface DepartmentStats {
  department: string;
  documents: number;
  forms: number;
  targetForms: number;
  selfAssessments: number;
  indicators: number;
  quantitativeShare: number | null;
  findings: number;
  findingsPerForm: number | null;
  placeholderPerForm: number | null;
  truncationPerForm: number | null;
  boilerplatePerForm: number | null;
  meanTotal: number | null;
  total100Share: number | null;
  fullMarkShare: number | null;
}

export interface CorpusStats {
  schemaVersion: 1;
  /** input files that gave nothing to count: unreadable, or no form recognised (with the reason) */
  files: { unreadable: number; noForms: number; problems: FileProblem[] };
  totals: {
    documents: number;
    forms: number;
    indicators: number;
    quantitative: number;
    quantitativeShare: number | null;
    findings: number;
    findingsPerForm: number | null;
  };
  byLayout: GroupCount[];
  byKind: GroupCount[];
  byLevel2: GroupCount[];
  targetKinds: Record<string, number>;
  rates: CategoryRate[];
  scores: {
    selfAssessments: number;
    withTotal: number;
    mean: number | null;
    median: number | null;
    min: number | null;
    max: number | null;
    total100: number;
    total100Share: number | null;
    /** "100", "95–<100", "90–<95", "80–<90", "60–<80", "<60" */
    totalBands: Record<string, number>;
    grades: Record<string, number>;
    scoredIndicators: number;
    fullMarkIndicators: number;
    fullMarkShare: number | null;
  };
  byDepartment: DepartmentStats[];
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;
const share = (a: number, b: number) => (b ? r4(a / b) : null);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const RATE_CATEGORIES = ["placeholder", "truncation", "boilerplate"] as const;
const BANDS = ["100", "95–<100", "90–<95", "80–<90", "60–<80", "<60"];

function band(t: number): string {
  if (t >= 100) return "100";
  if (t >= 95) return "95–<100";
  if (t >= 90) return "90–<95";
  if (t >= 80) return "80–<90";
  if (t >= 60) return "60–<80";
  return "<60";
}

/** the value a researcher calls "the target": 指标值 / 年初指标值, else 调整后 or 年度 */
export function mainTarget(ind: { target: Value | null; adjustedTarget: Value | null; annualTarget: Value | null }): Value | null {
  const t = ind.target;
  if (t && t.kind !== "empty") return t;
  return ind.adjustedTarget ?? ind.annualTarget ?? t;
}

interface G {
  forms: number;
  indicators: number;
  quantitative: number;
}
interface FormRec {
  department: string;
  source: string;
}
interface DeptAcc extends G {
  docs: Set<string>;
  targetForms: number;
  selfAssessments: number;
  withTotal: number;
  totalSum: number;
  total100: number;
  scored: number;
  full: number;
  findings: number;
  cat: Record<string, number>;
}

export class StatsBuilder {
  private docs = 0;
  private problems: FileProblem[] = [];
  private layout = new Map<string, G>();
  private kind = new Map<string, G>();
  private level2 = new Map<string, G>();
  private targetKinds: Record<string, number> = {};
  private forms = new Map<string, FormRec>();
  private dept = new Map<string, DeptAcc>();
  private totals: number[] = [];
  private grades: Record<string, number> = {};
  private selfAssessments = 0;
  private scored = 0;
  private full = 0;
  private indicators = 0;
  private quantitative = 0;
  private formCount = 0;

  private g(m: Map<string, G>, k: string): G {
    let x = m.get(k);
    if (!x) m.set(k, (x = { forms: 0, indicators: 0, quantitative: 0 }));
    return x;
  }
  private d(k: string): DeptAcc {
    let x = this.dept.get(k);
    if (!x)
      this.dept.set(
        k,
        (x = { forms: 0, indicators: 0, quantitative: 0, docs: new Set(), targetForms: 0, selfAssessments: 0, withTotal: 0, totalSum: 0, total100: 0, scored: 0, full: 0, findings: 0, cat: {} }),
      );
    return x;
  }

  addDocument(doc: KpiDocument): void {
    this.docs++;
    const problem = documentProblem(doc);
    if (problem) this.problems.push(problem);
    for (const form of doc.forms) {
      const dept = departmentKey(form.project.department, doc.department);
      this.forms.set(`${doc.source}\u0000${form.line}`, { department: dept, source: doc.source });
      this.formCount++;
      const da = this.d(dept);
      da.docs.add(doc.source);
      const gl = this.g(this.layout, form.layout);
      const gk = this.g(this.kind, form.kind);
      for (const x of [gl, gk, da]) x.forms++;
      if (form.kind === "target") da.targetForms++;
      else {
        da.selfAssessments++;
        this.selfAssessments++;
        const grade = form.grade ?? "（无）";
        this.grades[grade] = (this.grades[grade] ?? 0) + 1;
        if (form.total !== null) {
          this.totals.push(form.total);
          da.withTotal++;
          da.totalSum += form.total;
          if (form.total === 100) da.total100++;
        }
      }
      for (const ind of form.indicators) {
        const t = mainTarget(ind);
        const q = t?.kind === "numeric" ? 1 : 0;
        const tk = t?.kind ?? "empty";
        this.targetKinds[tk] = (this.targetKinds[tk] ?? 0) + 1;
        const gl2 = this.g(this.level2, ind.level2 ?? "（无）");
        for (const x of [gl, gk, gl2, da]) {
          x.indicators++;
          x.quantitative += q;
        }
        this.indicators++;
        this.quantitative += q;
        if (form.kind === "self-assessment" && ind.weight !== null && ind.score !== null && ind.weight > 0) {
          this.scored++;
          da.scored++;
          if (ind.score >= ind.weight) {
            this.full++;
            da.full++;
          }
        }
      }
    }
  }

  // findings, counted as they stream by (check's onFindings) or all at once in finish()
  private findingCount = 0;
  private catCount = new Map<string, number>();
  private catForms = new Map<string, Set<string>>();
  /** per category, its first finding in the order of a whole run's sorted list (orders the rates) */
  private catFirst = new Map<string, Finding>();
  /** findings per (form, finding's own department) and category, given to departments in finish() */
  private formCats = new Map<string, { key: string; department: string | null; cats: Map<string, number> }>();

  /** count findings; streamed chunks may come before the document they belong to */
  addFindings(findings: readonly Finding[]): void {
    for (const f of findings) {
      this.findingCount++;
      this.catCount.set(f.category, (this.catCount.get(f.category) ?? 0) + 1);
      const key = `${f.source}\u0000${f.formLine}`;
      let forms = this.catForms.get(f.category);
      if (!forms) this.catForms.set(f.category, (forms = new Set()));
      forms.add(key);
      const first = this.catFirst.get(f.category);
      if (!first || compareFindings(f, first) < 0) this.catFirst.set(f.category, f);
      const fk = `${key}\u0000${f.department ?? ""}\u0000${f.department === null ? 0 : 1}`;
      let rec = this.formCats.get(fk);
      if (!rec) this.formCats.set(fk, (rec = { key, department: f.department, cats: new Map() }));
      rec.cats.set(f.category, (rec.cats.get(f.category) ?? 0) + 1);
    }
  }

  finish(result: CheckResult): CorpusStats {
    if (result.findings.length) this.addFindings(result.findings);
    for (const { key, department, cats } of this.formCats.values()) {
      const rec = this.forms.get(key);
      const da = rec ? this.dept.get(rec.department) : this.dept.get(departmentKey(department));
      if (!da) continue;
      for (const [c, n] of cats) {
        da.findings += n;
        da.cat[c] = (da.cat[c] ?? 0) + n;
      }
    }
    // categories in the order they first appear in a whole run's sorted findings
    const seen = [...this.catFirst.entries()].sort(([, a], [, b]) => compareFindings(a, b)).map(([c]) => c);
    const catCount: Record<string, number> = Object.fromEntries(seen.map((c) => [c, this.catCount.get(c) ?? 0]));
    const catForms: Record<string, Set<string>> = Object.fromEntries(seen.map((c) => [c, this.catForms.get(c)!]));
    const groups = (m: Map<string, G>): GroupCount[] =>
      [...m.entries()].sort(([a], [b]) => cmp(a, b)).map(([key, g]) => ({ key, forms: g.forms, indicators: g.indicators, quantitative: g.quantitative, quantitativeShare: share(g.quantitative, g.indicators) }));
    const cats = [...new Set<string>([...RATE_CATEGORIES, ...Object.keys(catCount)])];
    const rates: CategoryRate[] = cats.map((c) => ({
      category: c,
      findings: catCount[c] ?? 0,
      perForm: share(catCount[c] ?? 0, this.formCount),
      formsAffected: catForms[c]?.size ?? 0,
      formsAffectedShare: share(catForms[c]?.size ?? 0, this.formCount),
    }));
    const sorted = [...this.totals].sort((a, b) => a - b);
    const median = sorted.length ? (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2) : null;
    const bands: Record<string, number> = Object.fromEntries(BANDS.map((b) => [b, 0]));
    for (const t of sorted) bands[band(t)]++;
    const total100 = sorted.filter((t) => t === 100).length;
    const per = (n: number | undefined, forms: number) => share(n ?? 0, forms);
    return {
      schemaVersion: 1,
      files: { unreadable: this.problems.filter((p) => p.status === "unreadable").length, noForms: this.problems.filter((p) => p.status === "no-forms").length, problems: this.problems },
      totals: {
        documents: this.docs,
        forms: this.formCount,
        indicators: this.indicators,
        quantitative: this.quantitative,
        quantitativeShare: share(this.quantitative, this.indicators),
        findings: this.findingCount,
        findingsPerForm: share(this.findingCount, this.formCount),
      },
      byLayout: groups(this.layout),
      byKind: groups(this.kind),
      byLevel2: groups(this.level2).map(({ key, indicators, quantitative, quantitativeShare }) => ({ key, forms: 0, indicators, quantitative, quantitativeShare })),
      targetKinds: sortRecord(this.targetKinds),
      rates,
      scores: {
        selfAssessments: this.selfAssessments,
        withTotal: sorted.length,
        mean: sorted.length ? Math.round((sorted.reduce((a, b) => a + b, 0) / sorted.length) * 100) / 100 : null,
        median,
        min: sorted.length ? sorted[0] : null,
        max: sorted.length ? sorted[sorted.length - 1] : null,
        total100,
        total100Share: share(total100, sorted.length),
        totalBands: bands,
        grades: sortRecord(this.grades),
        scoredIndicators: this.scored,
        fullMarkIndicators: this.full,
        fullMarkShare: share(this.full, this.scored),
      },
      byDepartment: [...this.dept.entries()]
        .sort(([a], [b]) => cmp(a, b))
        .map(([department, a]) => ({
          department,
          documents: a.docs.size,
          forms: a.forms,
          targetForms: a.targetForms,
          selfAssessments: a.selfAssessments,
          indicators: a.indicators,
          quantitativeShare: share(a.quantitative, a.indicators),
          findings: a.findings,
          findingsPerForm: per(a.findings, a.forms),
          placeholderPerForm: per(a.cat.placeholder, a.forms),
          truncationPerForm: per(a.cat.truncation, a.forms),
          boilerplatePerForm: per(a.cat.boilerplate, a.forms),
          meanTotal: a.withTotal ? Math.round((a.totalSum / a.withTotal) * 100) / 100 : null,
          total100Share: share(a.total100, a.withTotal),
          fullMarkShare: share(a.full, a.scored),
        })),
    };
  }
}

// --- views -----------------------------------------------------------------------------------

export function statsToCsv(s: CorpusStats): string {
  const rows: [string, string, string, string | number | null][] = [];
  const push = (table: string, key: string, obj: object) => {
    for (const [m, v] of Object.entries(obj)) if (m !== "key" && m !== "department" && m !== "category" && (typeof v === "number" || v === null)) rows.push([table, key, m, v]);
  };
  push("totals", "all", s.totals);
  rows.push(["files", "unreadable", "files", s.files.unreadable], ["files", "no-forms", "files", s.files.noForms]);
  for (const p of s.files.problems) rows.push([p.status === "unreadable" ? "unreadable_file" : "no_forms_file", p.source, p.code, p.reason]);
  for (const g of s.byLayout) push("layout", g.key, g);
  for (const g of s.byKind) push("kind", g.key, g);
  for (const g of s.byLevel2) push("level2", g.key, { indicators: g.indicators, quantitative: g.quantitative, quantitativeShare: g.quantitativeShare });
  for (const [k, v] of Object.entries(s.targetKinds)) rows.push(["target_kind", k, "indicators", v]);
  for (const r of s.rates) push("category_rate", r.category, r);
  const { totalBands, grades, ...scalar } = s.scores;
  push("scores", "all", scalar);
  for (const [k, v] of Object.entries(totalBands)) rows.push(["total_band", k, "forms", v]);
  for (const [k, v] of Object.entries(grades)) rows.push(["grade", k, "forms", v]);
  for (const d of s.byDepartment) push("department", d.department, d);
  return "\uFEFF" + ["table,key,metric,value", ...rows.map((r) => r.map((x) => csvField(x)).join(","))].join("\r\n") + "\r\n";
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? "—" : String(Math.round(x * 100) / 100));

/** display width: CJK characters count double */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ""))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c + " ".repeat(w[i] - width(c)) : " ".repeat(w[i] - width(c)) + c)).join("  ");
  return [line(head), w.map((x) => "-".repeat(x)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function statsToText(s: CorpusStats): string {
  const gt = (rows: GroupCount[], label: string, withForms = true) =>
    table(withForms ? [label, "表", "指标", "定量指标", "定量占比"] : [label, "指标", "定量指标", "定量占比"], rows.map((g) => (withForms ? [g.key, g.forms, g.indicators, g.quantitative, pct(g.quantitativeShare)] : [g.key, g.indicators, g.quantitative, pct(g.quantitativeShare)])));
  const t = s.totals;
  const sc = s.scores;
  const f = s.files;
  const problems = (status: FileProblem["status"]) => f.problems.filter((p) => p.status === status).map((p) => `  ${visible(p.source)}: ${visible(p.reason)}`);
  return [
    ...(f.unreadable ? [`【未能读取的文件】${f.unreadable} 个，未计入以下统计：`, ...problems("unreadable"), ""] : []),
    ...(f.noForms ? [`【未识别出绩效表的文件】${f.noForms} 个：`, ...problems("no-forms"), ""] : []),
    `共 ${t.documents} 个文件${f.unreadable || f.noForms ? `（其中 ${f.unreadable} 个未能读取、${f.noForms} 个未识别出表）` : ""}、${t.forms} 张表、${t.indicators} 个三级指标；定量指标（指标值为数值）${t.quantitative} 个，占 ${pct(t.quantitativeShare)}；问题 ${t.findings} 条，每表 ${num(t.findingsPerForm)} 条。`,
    "",
    "【按版式】",
    gt(s.byLayout, "版式"),
    "",
    "【按表的种类】",
    gt(s.byKind, "种类"),
    "",
    "【按二级指标】",
    gt(s.byLevel2, "二级指标", false),
    "",
    "【指标值类型】",
    table(["类型", "指标"], Object.entries(s.targetKinds)),
    "",
    "【问题率（每表条数）】",
    table(["类别", "问题", "每表", "涉及的表", "涉及占比"], s.rates.map((r) => [`${CATEGORY_ZH[r.category] ?? r.category}（${r.category}）`, r.findings, num(r.perForm), r.formsAffected, pct(r.formsAffectedShare)])),
    "",
    "【自评得分】",
    `自评表 ${sc.selfAssessments} 张，填了总分的 ${sc.withTotal} 张：平均 ${num(sc.mean)}，中位数 ${num(sc.median)}，最低 ${num(sc.min)}，最高 ${num(sc.max)}；总分为 100 的 ${sc.total100} 张（${pct(sc.total100Share)}）；满分指标 ${sc.fullMarkIndicators}/${sc.scoredIndicators}（${pct(sc.fullMarkShare)}）。`,
    table(["总分区间", "表"], Object.entries(sc.totalBands)),
    "",
    table(["等级", "表"], Object.entries(sc.grades)),
    "",
    "【按部门】",
    table(
      ["部门", "文件", "表", "目标表", "自评表", "指标", "定量占比", "问题", "每表问题", "占位/表", "截断/表", "套话/表", "平均总分", "总分100占比", "满分指标占比"],
      s.byDepartment.map((d) => [d.department, d.documents, d.forms, d.targetForms, d.selfAssessments, d.indicators, pct(d.quantitativeShare), d.findings, num(d.findingsPerForm), num(d.placeholderPerForm), num(d.truncationPerForm), num(d.boilerplatePerForm), num(d.meanTotal), pct(d.total100Share), pct(d.fullMarkShare)]),
    ),
    "",
  ].join("\n");
}
