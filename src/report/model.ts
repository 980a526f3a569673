/**
 * The neutral report model (Great Expectations' two stages: results → document model → views).
 *
 *   const b = new ReportBuilder();
 *   for (const doc of docs) b.addDocument(doc);   // streaming: keeps a compact copy of each form
 *   const model = b.finish(checkResult, rulesMeta);
 *
 * Views (html.ts, xlsx.ts, tables.ts) render only from this model. Everything is sorted and
 * free of timestamps and machine paths beyond the sources as given, so the same input gives the
 * same bytes.
 */
import { documentProblem, type FileProblem } from "./files.js";
import type { Form, FormKind, FundSource, Indicator, KpiDocument, SpendingKind, Value } from "../model/types.js";
import type { CheckResult, Field, Finding, Related, RuleMeta, Severity } from "../engine/types.js";
import { formatLoc } from "../model/loc.js";
import { compareFindings, findingKey } from "../engine/run.js";
import { Records, SpillDir, type ListLike } from "./spill.js";

export const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
export const SEVERITIES: Severity[] = ["error", "warning", "info"];
export const CATEGORY_ZH: Record<string, string> = {
  placeholder: "占位与模板残留",
  truncation: "文字截断",
  "impossible-target": "不可能或无意义的目标",
  boilerplate: "套话与复制",
  "score-arithmetic": "自评计分不符",
  inconsistency: "前后不一致",
  misclassification: "指标归类错误",
  "vague-value": "指标值模糊",
  "stale-date": "时间不当",
  "target-drift": "目标变动",
};
export const KIND_ZH: Record<FormKind, string> = { target: "绩效目标表", "self-assessment": "绩效自评表" };
export const UNKNOWN_DEPARTMENT = "（未识别部门）";

/** a column of a form's indicator table, keyed by the model field it shows */
export interface Column {
  key: IndicatorColumn;
  label: string;
}
export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "description"
  | "target"
  | "annualName"
  | "annualTarget"
  | "adjustedTarget"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "basis";

export interface FindingView {
  /** 1-based position in the run's sorted findings (stable for a given input) */
  id: number;
  ruleId: string;
  ruleTitle: string;
  category: string;
  categoryZh: string;
  severity: Severity;
  severityZh: string;
  message: string;
  messageEn: string;
  evidence: string;
  expected: string | null;
  field: Field | null;
  /** the column as the form names it ("实施期指标值、年度指标值" when one defect stands in both) */
  column: string | null;
  /** further fields of the row where the same defect stands (highlighted too) */
  also: Field[];
  /** "l.598", "p.3 l.12", "Sheet1!C12" */
  location: string;
  line: number | null;
  page: number | null;
  sheet: string | null;
  cell: string | null;
  related: Related[];
  /** ids of the form and indicator row it belongs to (null: document- or form-level) */
  formId: string | null;
  indicatorId: string | null;
  source: string;
  department: string;
  project: string | null;
  indicator: string | null;
  level1: string | null;
  level2: string | null;
  kind: FormKind | null;
  layout: string | null;
}

export interface ValueCell {
  raw: string;
  kind: Value["kind"] | null;
  op: string | null;
  value: number | null;
  unit: string | null;
}

export interface IndicatorRow {
  id: string;
  index: number;
  line: number;
  location: string;
  level1: string | null;
  level2: string | null;
  /** the level labels as printed (points, cuts and all), beside the normalised ones */
  level1Raw: string | null;
  level2Raw: string | null;
  /** the year column's own 二级指标 when it differs (dual-column target forms), and the year column's
   *  label as printed when it is written otherwise than the period column's */
  annualLevel2: string | null;
  annualLevel2Raw: string | null;
  name: string;
  description: string | null;
  basis: string | null;
  annualName: string | null;
  target: ValueCell | null;
  annualTarget: ValueCell | null;
  adjustedTarget: ValueCell | null;
  actual: ValueCell | null;
  weight: number | null;
  weightRaw: string | null;
  score: number | null;
  scoreRaw: string | null;
  deviation: string | null;
  /** fields of the header engine's templates (src/recognise); null when the form has no such column */
  block: "period" | "annual" | null;
  valueKind: "quantitative" | "qualitative" | null;
  direction: "positive" | "negative" | null;
  weightShare: number | null;
  convertedScore: number | null;
  /** 得分系数 (得分 = 得分系数 × 权重) */
  coefficient: number | null;
  level1Points: number | null;
  scoringMethod: string | null;
  explanation: string | null;
  standard: string | null;
  status: string | null;
  remark: string | null;
  /** columns no role explains, by header text */
  extra: Record<string, string> | null;
  /** the displayed text per column */
  cells: Partial<Record<IndicatorColumn, string>>;
  /** columns a finding points at, with the worst severity there */
  flagged: Partial<Record<IndicatorColumn, Severity>>;
  findings: FindingView[];
}

/** one spending line's amounts: `period` is the 实施期 or only amount of a target form, `annual` its 年度
 *  amount; a self-assessment fills planned / adjusted / executed */
export interface SpendingAmounts {
  period: number | null;
  annual: number | null;
  planned: number | null;
  adjusted: number | null;
  executed: number | null;
}

export interface FormSection {
  id: string;
  /** 0-based position of the form in its document */
  index: number;
  source: string;
  kind: FormKind;
  kindZh: string;
  layout: string;
  /** "project" or "department" (部门整体支出绩效表) */
  subject: "project" | "department";
  /** self-assessment with no 分值/得分 columns */
  unscored: boolean;
  line: number;
  startLine: number;
  endLine: number;
  location: string;
  year: number | null;
  project: string;
  projectCode: string | null;
  /** as written on the form (may carry a code: "027-兴县公安局") */
  departmentRaw: string | null;
  /** grouping key: the department name without codes */
  department: string;
  implementer: string | null;
  attribute: string | null;
  goalPeriod: string | null;
  goalAnnual: string | null;
  goalActual: string | null;
  funds: {
    unit: string | null;
    periodTotal: number | null;
    annualTotal: number | null;
    planned: number | null;
    adjusted: number | null;
    executed: number | null;
    rate: number | null;
    weight: number | null;
    score: number | null;
    /** 得分系数 of the budget-execution line */
    coefficient: number | null;
    /** 权重占比 (percent) and 折算得分 of the budget-execution line, in forms scored by weight shares */
    weightShare: number | null;
    convertedScore: number | null;
    /** department-level forms: 基本支出 / 项目支出 / 人员经费 / 公用经费, as written (no location) */
    spending: Partial<Record<SpendingKind, SpendingAmounts>>;
  };
  /** 指标得分小计 (分值, 得分) × 权重占比 (percent) = 折算得分, as written; null when the form has no such rows */
  conversion: { weight: number | null; score: number | null; share: number | null; converted: number | null } | null;
  total: number | null;
  grade: string | null;
  confidence: number;
  columns: Column[];
  rows: IndicatorRow[];
  /** 表级问题: header, funds, goals, narrative, totals, and indicator findings not matched to a row */
  formFindings: FindingView[];
  counts: Record<Severity, number>;
  findings: number;
}

export interface DocumentSection {
  id: string;
  source: string;
  format: string;
  sha256: string | null;
  bytes: number | null;
  department: string;
  year: number | null;
  forms: FormSection[];
  /** findings that name the document but no form */
  findings: FindingView[];
  diagnostics: { code: string; severity: string; message: string; line: number | null }[];
}

export interface OverviewStats {
  documents: number;
  forms: number;
  targetForms: number;
  selfAssessments: number;
  formsWithFindings: number;
  indicators: number;
  findings: number;
  bySeverity: Record<string, number>;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
  /** 优/良/中/差/（无） over self-assessments */
  grades: Record<string, number>;
  /** self-assessments with a stated total, and how many of them claim exactly 100 */
  withTotal: number;
  total100: number;
  total100Share: number | null;
  /** indicators with both 分值 and 得分, and those scored full marks (得分 = 分值) */
  scoredIndicators: number;
  fullMarkIndicators: number;
  fullMarkShare: number | null;
  meanTotal: number | null;
}

export interface OverviewRow extends OverviewStats {
  key: string;
}

export interface RuleInfo {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  description: string;
}

/**
 * What the views render: the run's summaries in memory, its documents and findings as lists that
 * may be read back from a spill folder one at a time (a large run's `report`, decision 99).
 */
export interface ReportData {
  schemaVersion: 1;
  meta: {
    tool: string;
    version: string;
    scheme: string;
    configHash: string;
    rules: RuleInfo[];
  };
  overview: {
    totals: OverviewStats;
    byDocument: OverviewRow[];
    byDepartment: OverviewRow[];
  };
  /** the documents in the run's order, their findings in place */
  documents: ListLike<DocumentSection>;
  /** files that gave nothing to check (unreadable, or no form recognised), with the reason; shown
   *  first in every view (src/report/files.ts) */
  failedFiles: FileProblem[];
  /** findings no document of the run claims (cross-document rules with an empty source) */
  orphanFindings: FindingView[];
  /** all findings in the run's order, for flat views */
  findings: ListLike<FindingView>;
  /** the spill folder (views may put their own scratch files there); null or absent: all in memory */
  spill?: SpillDir | null;
  /** remove the spill folder (after the views are written) */
  dispose?(): void;
}

/** the report model with its documents and findings in memory (diff, serve, tests) */
export interface ReportModel extends ReportData {
  documents: DocumentSection[];
  findings: FindingView[];
}

// ---------------------------------------------------------------------------------------------

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRecord(m: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => cmp(a, b)));
}

/** "027-兴县公安局" → "兴县公安局"; "平罗县公安局 019001" → "平罗县公安局" */
export function departmentKey(raw: string | null | undefined, fallback?: string | null): string {
  const clean = (s: string | null | undefined) =>
    (s ?? "")
      .replace(/^[\s\d]+[-－—_:：\s]*/, "")
      .replace(/[\s(（]*[\d]+[)）]?\s*$/, "")
      .trim();
  return clean(raw) || clean(fallback) || UNKNOWN_DEPARTMENT;
}

function valueCell(v: Value | null | undefined): ValueCell | null {
  if (!v) return null;
  return { raw: v.raw, kind: v.kind ?? null, op: v.op ?? null, value: v.value ?? null, unit: v.unit ?? null };
}

const COLUMN_LABELS: Record<IndicatorColumn, string> = {
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  description: "指标描述",
  target: "指标值",
  annualName: "年度三级指标",
  annualTarget: "年度指标值",
  adjustedTarget: "调整后指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  deviation: "偏差原因",
  basis: "指标值确定依据",
};

function columnsFor(kind: FormKind, rows: IndicatorRow[]): Column[] {
  const has = (k: IndicatorColumn) => rows.some((r) => (r.cells[k] ?? "") !== "");
  const order: IndicatorColumn[] =
    kind === "self-assessment"
      ? ["level1", "level2", "name", "target", "adjustedTarget", "actual", "weight", "score", "deviation"]
      : ["level1", "level2", "name", "description", "target", "annualName", "annualTarget", "basis"];
  const always = new Set<IndicatorColumn>(["level1", "level2", "name", "target"]);
  if (kind === "self-assessment") ["actual", "weight", "score"].forEach((k) => always.add(k as IndicatorColumn));
  return order
    .filter((k) => always.has(k) || has(k))
    .map((key) => ({ key, label: kind === "self-assessment" && key === "target" ? "年初指标值" : key === "target" && rows.some((r) => r.annualTarget) ? "实施期指标值" : COLUMN_LABELS[key] }));
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : String(n);
}

function compactRow(ind: Indicator, id: string, index: number): IndicatorRow {
  const cells: IndicatorRow["cells"] = {
    level1: ind.level1Raw ?? ind.level1 ?? "",
    level2: ind.level2Raw ?? ind.level2 ?? "",
    name: ind.name,
    description: ind.description ?? "",
    target: ind.target?.raw ?? "",
    annualName: ind.annualName ?? "",
    annualTarget: ind.annualTarget?.raw ?? "",
    adjustedTarget: ind.adjustedTarget?.raw ?? "",
    actual: ind.actual?.raw ?? "",
    weight: ind.weightRaw ?? num(ind.weight),
    score: ind.scoreRaw ?? num(ind.score),
    deviation: ind.deviation ?? "",
    basis: ind.basis ?? "",
  };
  return {
    id,
    index,
    line: ind.line,
    location: formatLoc(ind.loc) || `l.${ind.line}`,
    level1: ind.level1,
    level2: ind.level2,
    level1Raw: ind.level1Raw ?? null,
    level2Raw: ind.level2Raw ?? null,
    annualLevel2: ind.annualLevel2 ?? null,
    annualLevel2Raw: ind.annualLevel2Raw ?? null,
    name: ind.name,
    description: ind.description ?? null,
    basis: ind.basis ?? null,
    annualName: ind.annualName ?? null,
    target: valueCell(ind.target),
    annualTarget: valueCell(ind.annualTarget),
    adjustedTarget: valueCell(ind.adjustedTarget),
    actual: valueCell(ind.actual),
    weight: ind.weight,
    weightRaw: ind.weightRaw ?? null,
    score: ind.score,
    scoreRaw: ind.scoreRaw ?? null,
    deviation: ind.deviation ?? null,
    block: ind.block ?? null,
    valueKind: ind.valueKind ?? null,
    direction: ind.direction ?? null,
    weightShare: ind.weightShare ?? null,
    convertedScore: ind.convertedScore ?? null,
    coefficient: ind.coefficient ?? null,
    level1Points: ind.level1Points ?? null,
    scoringMethod: ind.scoringMethod ?? null,
    explanation: ind.explanation ?? null,
    standard: ind.standard ?? null,
    status: ind.status ?? null,
    remark: ind.remark ?? null,
    extra: ind.extra ?? null,
    cells,
    flagged: {},
    findings: [],
  };
}

export const SPENDING_ORDER: SpendingKind[] = ["basic", "personnel", "operating", "project"];

function spendingAmounts(spending: Partial<Record<SpendingKind, FundSource>> | undefined): Partial<Record<SpendingKind, SpendingAmounts>> {
  const out: Partial<Record<SpendingKind, SpendingAmounts>> = {};
  for (const kind of SPENDING_ORDER) {
    const s = spending?.[kind];
    if (s) out[kind] = { period: s.period ?? null, annual: s.annual ?? null, planned: s.planned ?? null, adjusted: s.adjusted ?? null, executed: s.executed ?? null };
  }
  return out;
}

/** the lines a row's cells come from, to place a finding on the right one of two same-named rows */
interface RowLines {
  row: IndicatorRow;
  lines: Set<number>;
}

function compactForm(form: Form, doc: KpiDocument, docIdx: number, index: number): { section: FormSection; lines: RowLines[] } {
  const id = `d${docIdx + 1}f${index + 1}`;
  const lines: RowLines[] = [];
  const rows = form.indicators.map((ind, i) => {
    const row = compactRow(ind, `${id}i${i + 1}`, i);
    const set = new Set<number>([ind.line]);
    for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) if (v?.loc?.line !== undefined) set.add(v.loc.line);
    if (ind.nameLoc?.line !== undefined) set.add(ind.nameLoc.line);
    lines.push({ row, lines: set });
    return row;
  });
  const f = form.funds;
  const section: FormSection = {
    id,
    index,
    source: doc.source,
    kind: form.kind,
    kindZh: KIND_ZH[form.kind] ?? form.kind,
    layout: form.layout,
    subject: form.subject ?? "project",
    unscored: form.unscored ?? false,
    line: form.line,
    startLine: form.startLine,
    endLine: form.endLine,
    location: formatLoc(form.loc) || `l.${form.line}`,
    year: form.year ?? null,
    project: form.project.name,
    projectCode: form.project.code,
    departmentRaw: form.project.department,
    department: departmentKey(form.project.department, doc.department),
    implementer: form.project.implementer,
    attribute: form.project.attribute ?? null,
    goalPeriod: form.goals.period?.text ?? null,
    goalAnnual: form.goals.annual?.text ?? null,
    goalActual: form.goals.actual?.text ?? null,
    funds: {
      unit: f.unit,
      periodTotal: f.periodTotal ?? null,
      annualTotal: f.annualTotal ?? null,
      planned: f.planned ?? null,
      adjusted: f.adjusted ?? null,
      executed: f.executed ?? null,
      rate: f.rate ?? null,
      weight: f.weight ?? null,
      score: f.score ?? null,
      coefficient: f.coefficient ?? null,
      weightShare: f.weightShare ?? null,
      convertedScore: f.convertedScore ?? null,
      spending: spendingAmounts(f.spending),
    },
    conversion: form.conversion ? { ...form.conversion } : null,
    total: form.total,
    grade: form.grade,
    confidence: form.parse.confidence,
    columns: columnsFor(form.kind, rows),
    rows,
    formFindings: [],
    counts: { error: 0, warning: 0, info: 0 },
    findings: 0,
  };
  return { section, lines };
}

const FIELD_COLUMN: Partial<Record<Field, IndicatorColumn>> = {
  name: "name",
  level1: "level1",
  level2: "level2",
  target: "target",
  annualTarget: "annualTarget",
  annualName: "annualName",
  adjustedTarget: "adjustedTarget",
  actual: "actual",
  weight: "weight",
  score: "score",
  deviation: "deviation",
  description: "description",
};

const SEV_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function emptyStats(): OverviewStats {
  return {
    documents: 0,
    forms: 0,
    targetForms: 0,
    selfAssessments: 0,
    formsWithFindings: 0,
    indicators: 0,
    findings: 0,
    bySeverity: {},
    byCategory: {},
    byRule: {},
    grades: {},
    withTotal: 0,
    total100: 0,
    total100Share: null,
    scoredIndicators: 0,
    fullMarkIndicators: 0,
    fullMarkShare: null,
    meanTotal: null,
  };
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

interface Acc {
  stats: OverviewStats;
  docs: Set<string>;
  totalSum: number;
}

function addForm(acc: Acc, s: FormSection): void {
  const st = acc.stats;
  acc.docs.add(s.source);
  st.forms++;
  if (s.kind === "target") st.targetForms++;
  else {
    st.selfAssessments++;
    const g = s.grade ?? "（无）";
    st.grades[g] = (st.grades[g] ?? 0) + 1;
    if (s.total !== null) {
      st.withTotal++;
      acc.totalSum += s.total;
      if (s.total === 100) st.total100++;
    }
    for (const r of s.rows) {
      if (r.weight !== null && r.score !== null && r.weight > 0) {
        st.scoredIndicators++;
        if (r.score >= r.weight) st.fullMarkIndicators++;
      }
    }
  }
  st.indicators += s.rows.length;
  if (s.findings > 0) st.formsWithFindings++;
}

function addFinding(acc: Acc, f: FindingView): void {
  const st = acc.stats;
  st.findings++;
  st.bySeverity[f.severity] = (st.bySeverity[f.severity] ?? 0) + 1;
  st.byCategory[f.category] = (st.byCategory[f.category] ?? 0) + 1;
  st.byRule[f.ruleId] = (st.byRule[f.ruleId] ?? 0) + 1;
}

function closeAcc(acc: Acc): OverviewStats {
  const st = acc.stats;
  st.documents = acc.docs.size;
  st.total100Share = st.withTotal ? round4(st.total100 / st.withTotal) : null;
  st.fullMarkShare = st.scoredIndicators ? round4(st.fullMarkIndicators / st.scoredIndicators) : null;
  st.meanTotal = st.withTotal ? Math.round((acc.totalSum / st.withTotal) * 100) / 100 : null;
  st.bySeverity = sortRecord(st.bySeverity);
  st.byCategory = sortRecord(st.byCategory);
  st.byRule = sortRecord(st.byRule);
  st.grades = sortRecord(st.grades);
  return st;
}

/** what the builder keeps of a document until the end of the run: its section, and per form and
 *  row the lines its cells come from (to place a finding on the right one of two same-named rows) */
interface DocRecord {
  section: DocumentSection;
  lines: Set<number>[][];
}

export interface ReportBuilderOptions {
  /**
   * Spill to disk once the documents held describe more than this many forms (0: from the first
   * document): the documents' sections, the findings and their views go to files in a temporary
   * folder of their own and are read back one at a time (decision 99). Unset: all in memory.
   */
  spillAfterForms?: number;
  /** where the temporary folder is made (the system's temporary folder by default) */
  spillParent?: string;
}

export class ReportBuilder {
  private docs = new Records<DocRecord>("documents");
  /** the source of each document, by number */
  private docSources: string[] = [];
  private failed: FileProblem[] = [];
  /** the findings as the checker hands them over, a run of one source's findings per record */
  private parts = new Records<Finding[]>("findings");
  /** per source: its records in `parts` (in arrival order), how many findings they hold, and a
   *  32-bit hash of each one's dedupe key (`findingKey`), to know without reading them back whether
   *  two of a source's records can hold one defect twice */
  private partsBySource = new Map<string, { parts: number[]; count: number; keys: number[] }>();
  private heldForms = 0;
  private spillDir: SpillDir | null = null;

  constructor(private readonly opts: ReportBuilderOptions = {}) {}

  /** whether the builder keeps its records on disk (the run passed `spillAfterForms`) */
  get spilled(): boolean {
    return this.spillDir !== null;
  }

  /** keep a compact copy of the document's forms; the document itself can then be dropped */
  addDocument(doc: KpiDocument): void {
    const docIdx = this.docSources.length;
    const section: DocumentSection = {
      id: `d${docIdx + 1}`,
      source: doc.source,
      format: doc.format,
      sha256: doc.sha256 ?? null,
      bytes: doc.bytes ?? null,
      department: departmentKey(doc.department, doc.forms[0]?.project.department),
      year: doc.year ?? null,
      forms: [],
      findings: [],
      diagnostics: doc.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.line ?? null })),
    };
    const lines: Set<number>[][] = [];
    doc.forms.forEach((form, i) => {
      const c = compactForm(form, doc, docIdx, i);
      section.forms.push(c.section);
      lines.push(c.lines.map((r) => r.lines));
    });
    const problem = documentProblem(section);
    if (problem) this.failed.push(problem);
    this.docSources.push(doc.source);
    this.docs.push({ section, lines });
    this.heldForms += doc.forms.length;
    this.maybeSpill();
  }

  /**
   * Findings as the checker streams them (`onFindings`): each chunk post-processed and sorted, one
   * document's, or the corpus rules' findings of one source. Kept per source until finish().
   */
  addFindings(chunk: readonly Finding[]): void {
    for (let i = 0; i < chunk.length; ) {
      const source = chunk[i].source;
      let j = i + 1;
      while (j < chunk.length && chunk[j].source === source) j++;
      const run = chunk.slice(i, j);
      let entry = this.partsBySource.get(source);
      if (!entry) this.partsBySource.set(source, (entry = { parts: [], count: 0, keys: [] }));
      entry.parts.push(this.parts.push(run));
      entry.count += run.length;
      for (const f of run) entry.keys.push(hash32(findingKey(f)));
      i = j;
    }
  }

  /** one source's findings from its records, sorted as the run's one sort: one stable sort of the
   *  records' findings in arrival order (each record is sorted already) */
  private mergedParts(parts: readonly number[]): Finding[] {
    if (parts.length === 1) return this.parts.at(parts[0])!;
    return parts.flatMap((p) => this.parts.at(p)!).sort(compareFindings);
  }

  private maybeSpill(): void {
    const after = this.opts.spillAfterForms;
    if (this.spillDir || after === undefined || this.heldForms <= after) return;
    this.spillDir = new SpillDir(this.opts.spillParent);
    this.docs.spill(this.spillDir);
    this.parts.spill(this.spillDir);
  }

  /**
   * The report model, all in memory (diff, serve, tests). `release`: the caller hands over the
   * result's findings — each is dropped from `result.findings` once the builder holds it.
   */
  finish(result: CheckResult, rules: RuleMeta[] = [], opts: { release?: boolean } = {}): ReportModel {
    if (this.opts.spillAfterForms !== undefined) throw new Error("ReportBuilder.finish: a spilling builder is finished with finishData()");
    const { schemaVersion, meta, overview, documents, failedFiles, orphanFindings, findings } = this.finishData(result, rules, opts);
    return { schemaVersion, meta, overview, documents: [...documents], failedFiles, orphanFindings, findings: [...findings] };
  }

  /**
   * The report's data for the views, spilled when the run was large: documents and findings are
   * lists read back one at a time. `dispose()` removes the spill folder once the views are written.
   */
  finishData(result: CheckResult, rules: RuleMeta[] = [], opts: { release?: boolean } = {}): ReportData {
    // findings kept by the checker (a run without onFindings): one postProcess over the run, so
    // already in the run's order, source by source
    const list = result.findings;
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && list[j].source === list[i].source) j++;
      this.addFindings(list.slice(i, j));
      if (opts.release) for (let k = i; k < j; k++) (list as (Finding | undefined)[])[k] = undefined;
      i = j;
    }

    const ruleInfo = new Map<string, RuleInfo>();
    for (const m of rules) {
      ruleInfo.set(m.id, { id: m.id, title: m.title.zh, category: m.category, severity: result.meta.rules[m.id] ?? m.severity, description: m.description.zh });
    }
    // The run's order of findings (one sort by source, form, line, rule …: compareFindings) puts
    // each source's findings together: a source's ids are a range that follows from the counts of
    // the sources before it. Within a source, the document's chunk and the corpus rules' chunk are
    // each sorted; one stable sort of the two in arrival order is what the one sort of the run gave.
    const sources = [...this.partsBySource.keys()].sort(cmp);
    for (const s of sources) {
      const entry = this.partsBySource.get(s)!;
      if (entry.parts.length === 1) continue;
      // a source of several records (the document's findings and the corpus rules', or a file named
      // twice, post-processed apart): the run's one post-processing kept the first of a defect
      // reported twice. When no two of its findings share a key hash, none is dropped: its records
      // are merged where its views are made (`mergedParts`), read once. Else they are merged here,
      // duplicates dropped, into one record.
      const sorted = Int32Array.from(entry.keys).sort();
      let twice = false;
      for (let k = 1; k < sorted.length && !twice; k++) twice = sorted[k] === sorted[k - 1];
      if (!twice) continue;
      const seen = new Set<string>();
      const all = entry.parts.flatMap((p) => this.parts.at(p)!).filter((f) => !seen.has(findingKey(f)) && !!seen.add(findingKey(f)));
      entry.parts = [this.parts.push(all.sort(compareFindings))];
      entry.count = all.length;
    }
    const firstId = new Map<string, number>();
    let total = 0;
    for (const s of sources) {
      firstId.set(s, total + 1);
      total += this.partsBySource.get(s)!.count;
    }
    const docsBySource = new Map<string, number[]>();
    this.docSources.forEach((s, i) => {
      const l = docsBySource.get(s);
      if (l) l.push(i);
      else docsBySource.set(s, [i]);
    });

    const spilled = this.spillDir !== null;
    // in memory, the finished sections; spilled, the run's document records are kept and each
    // section is finished again when read back (PlacedDocuments): written to disk once, not twice
    const outDocs = new Records<DocumentSection>("sections");
    const views = new Records<FindingView[]>("views");
    if (this.spillDir) views.spill(this.spillDir);
    const viewsOf = new Map<string, number>();
    const orphans: FindingView[] = [];
    const firstOfRule = new Map<string, { id: number; category: string }>();

    const mk = (): Acc => ({ stats: emptyStats(), docs: new Set(), totalSum: 0 });
    const totals = mk();
    const byDoc = new Map<string, Acc>();
    const byDept = new Map<string, Acc>();
    const get = (m: Map<string, Acc>, k: string) => {
      let a = m.get(k);
      if (!a) m.set(k, (a = mk()));
      return a;
    };

    /** make the views of one source's findings (each names its form and row) and put them in its
     *  documents' sections; the views are kept as one record of `views` */
    const place = (source: string, recs: DocRecord[]) => {
      const entry = this.partsBySource.get(source);
      if (!entry) return;
      const found = this.mergedParts(entry.parts);
      const formByLine = new Map<number, { form: FormSection; lines: Set<number>[] }>();
      for (const r of recs) r.section.forms.forEach((form, k) => formByLine.has(form.line) || formByLine.set(form.line, { form, lines: r.lines[k] }));
      const doc = recs[0]?.section;
      const made: FindingView[] = [];
      let id = firstId.get(source)!;
      for (const f of found) {
        const at = f.formLine !== null ? formByLine.get(f.formLine) : undefined;
        const form = at?.form;
        const view = findingView(f, id++, ruleInfo, form, doc);
        made.push(view);
        const first = firstOfRule.get(view.ruleId);
        if (!first || first.id > view.id) firstOfRule.set(view.ruleId, { id: view.id, category: view.category });
        addFinding(totals, view);
        if (doc) addFinding(get(byDoc, view.source), view);
        addFinding(get(byDept, view.department), view);
        const row = at && form && f.indicator !== null ? matchRow(form, at.lines, f) : null;
        if (row) view.indicatorId = row.id;
      }
      viewsOf.set(source, views.push(made));
      // spilled, the sections are read back and the views placed again as the views read them
      // (placeViews): here only the forms' counts the overview needs, no order
      placeViews(made, recs, orphans, !spilled);
    };

    // documents in the run's order: each gets its source's findings (with every other document of
    // the same source, when a file was named twice), then counts in the overview
    const ready = new Map<number, DocumentSection>();
    for (let i = 0; i < this.docSources.length; i++) {
      let d = ready.get(i);
      if (d) ready.delete(i);
      else {
        const group = docsBySource.get(this.docSources[i])!;
        const recs = group.map((j) => this.docs.at(j)!);
        place(this.docSources[i], recs);
        group.forEach((j, k) => j !== i && ready.set(j, recs[k].section));
        d = recs[0].section;
      }
      totals.docs.add(d.source);
      get(byDoc, d.source).docs.add(d.source);
      for (const fs of d.forms) {
        addForm(totals, fs);
        addForm(get(byDoc, d.source), fs);
        addForm(get(byDept, fs.department), fs);
      }
      if (d.forms.length === 0) get(byDept, d.department).docs.add(d.source);
      if (!spilled) outDocs.push(d);
    }
    // findings whose source is no document of the run (cross-document rules with an empty source)
    for (const s of sources) if (!docsBySource.has(s)) place(s, []);
    orphans.sort(bySev);
    // what the views need is now in `views` and the sections (`outDocs`, or the document records
    // read back with their views placed): the findings as handed over go
    const docRecords = this.docs;
    const documents: ListLike<DocumentSection> = spilled ? new PlacedDocuments(docRecords, this.docSources, docsBySource, viewsOf, views) : outDocs;
    if (!spilled) docRecords.discard();
    this.docs = new Records<DocRecord>("documents");
    this.parts.discard();
    this.partsBySource.clear();

    const rows = (m: Map<string, Acc>): OverviewRow[] =>
      [...m.entries()].sort(([a], [b]) => cmp(a, b)).map(([key, acc]) => ({ key, ...closeAcc(acc) }));
    const usedRules = new Set(firstOfRule.keys());
    for (const id of Object.keys(result.meta.rules)) usedRules.add(id);
    const findingList = new SourceOrder(sources.filter((s) => viewsOf.has(s)).map((s) => viewsOf.get(s)!), views, total);
    const spill = this.spillDir;
    this.spillDir = null;
    return {
      schemaVersion: 1,
      meta: {
        tool: result.meta.tool,
        version: result.meta.version,
        scheme: result.meta.scheme,
        configHash: result.meta.configHash,
        rules: [...usedRules]
          .sort(cmp)
          .map((id) => ruleInfo.get(id) ?? { id, title: id, category: firstOfRule.get(id)?.category ?? "", severity: result.meta.rules[id] ?? "warning", description: "" }),
      },
      overview: { totals: closeAcc(totals), byDocument: rows(byDoc), byDepartment: rows(byDept) },
      documents,
      failedFiles: this.failed,
      orphanFindings: orphans,
      findings: findingList,
      spill: spilled ? spill : null,
      dispose() {
        outDocs.close();
        docRecords.close();
        views.close();
        spill?.dispose();
      },
    };
  }
}

/**
 * Put one source's views (made by finishData: each names its form and row, or neither) into the
 * sections of its documents: a view without a form goes to the first document's findings (or, with
 * no document, to `orphans`), one with a form but no row to the form's findings, else to the row's.
 * `sort`: every list a reviewer reads puts errors first, then warnings, then info (stable within a
 * severity).
 */
function placeViews(views: readonly FindingView[], recs: readonly DocRecord[], orphans: FindingView[] | null, sort: boolean): void {
  const doc = recs[0]?.section;
  const forms = new Map<string, FormSection>();
  const rows = new Map<string, IndicatorRow>();
  if (views.length) {
    for (const r of recs)
      for (const form of r.section.forms) {
        forms.set(form.id, form);
        for (const row of form.rows) rows.set(row.id, row);
      }
  }
  for (const view of views) {
    const form = view.formId !== null ? forms.get(view.formId) : undefined;
    if (!form) {
      if (doc) doc.findings.push(view);
      else orphans?.push(view);
      continue;
    }
    form.findings++;
    form.counts[view.severity]++;
    const row = view.indicatorId !== null ? rows.get(view.indicatorId) : undefined;
    if (!row) {
      form.formFindings.push(view);
      continue;
    }
    row.findings.push(view);
    for (const field of [view.field, ...view.also]) {
      const col = field ? FIELD_COLUMN[field] : undefined;
      if (!col) continue;
      const prev = row.flagged[col];
      if (!prev || SEV_RANK[view.severity] > SEV_RANK[prev]) row.flagged[col] = view.severity;
    }
  }
  if (!sort) return;
  for (const r of recs) {
    r.section.findings.sort(bySev);
    for (const fs of r.section.forms) {
      fs.formFindings.sort(bySev);
      for (const row of fs.rows) row.findings.sort(bySev);
    }
  }
}

/**
 * A spilled run's documents: each read back from the run's document records (with every other
 * document of its source, when a file was named twice) and given its source's views, so a finished
 * section is never written to disk.
 */
class PlacedDocuments implements ListLike<DocumentSection> {
  constructor(
    private readonly docs: Records<DocRecord>,
    private readonly sources: readonly string[],
    private readonly docsBySource: ReadonlyMap<string, readonly number[]>,
    private readonly viewsOf: ReadonlyMap<string, number>,
    private readonly views: Records<FindingView[]>,
  ) {}

  get length(): number {
    return this.sources.length;
  }

  /** the sections of document i's source, in input order, their views placed */
  private group(i: number): { indices: readonly number[]; sections: DocumentSection[] } {
    const source = this.sources[i];
    const indices = this.docsBySource.get(source)!;
    const recs = indices.map((j) => this.docs.at(j)!);
    const v = this.viewsOf.get(source);
    placeViews(v !== undefined ? this.views.at(v)! : [], recs, null, true);
    return { indices, sections: recs.map((r) => r.section) };
  }

  at(index: number): DocumentSection | undefined {
    if (index < 0 || index >= this.sources.length) return undefined;
    const { indices, sections } = this.group(index);
    return sections[indices.indexOf(index)];
  }

  *[Symbol.iterator](): Iterator<DocumentSection> {
    const ready = new Map<number, DocumentSection>();
    for (let i = 0; i < this.sources.length; i++) {
      const d = ready.get(i);
      if (d) {
        ready.delete(i);
        yield d;
        continue;
      }
      const { indices, sections } = this.group(i);
      indices.forEach((j, k) => j !== i && ready.set(j, sections[k]));
      yield sections[indices.indexOf(i)];
    }
  }
}

/** the findings in the run's order: each source's views (one record), sources in sorted order */
class SourceOrder implements ListLike<FindingView> {
  constructor(
    private readonly order: number[],
    private readonly views: Records<FindingView[]>,
    readonly length: number,
  ) {}

  at(index: number): FindingView | undefined {
    let k = index;
    for (const i of this.order) {
      const part = this.views.at(i)!;
      if (k < part.length) return part[k];
      k -= part.length;
    }
    return undefined;
  }

  *[Symbol.iterator](): Iterator<FindingView> {
    for (const i of this.order) yield* this.views.at(i)!;
  }
}

/** FNV-1a over a string's UTF-16 code units */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const bySev = (a: FindingView, b: FindingView) => SEV_RANK[b.severity] - SEV_RANK[a.severity] || a.id - b.id;

function findingView(f: Finding, id: number, ruleInfo: Map<string, RuleInfo>, form: FormSection | undefined, doc: DocumentSection | undefined): FindingView {
  return {
    id,
    ruleId: f.ruleId,
    ruleTitle: ruleInfo.get(f.ruleId)?.title ?? f.ruleId,
    category: f.category,
    categoryZh: CATEGORY_ZH[f.category] ?? f.category,
    severity: f.severity,
    severityZh: SEVERITY_ZH[f.severity] ?? f.severity,
    message: f.messageZh,
    messageEn: f.messageEn,
    evidence: f.evidence,
    expected: f.expected ?? null,
    field: f.field,
    column: f.column ?? null,
    also: f.also ?? [],
    location: formatLoc({ line: f.line ?? undefined, page: f.page, sheet: f.sheet, cell: f.cell, table: f.table, row: f.table !== undefined ? f.row : undefined }),
    line: f.line,
    page: f.page ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    related: f.related ?? [],
    formId: form?.id ?? null,
    indicatorId: null,
    source: f.source,
    department: form?.department ?? doc?.department ?? departmentKey(f.department),
    project: f.project,
    indicator: f.indicator,
    level1: f.level1,
    level2: f.level2,
    kind: f.kind,
    layout: f.layout,
  };
}

function matchRow(form: FormSection, lines: Set<number>[], f: Finding): IndicatorRow | null {
  const same = form.rows.map((row, i) => ({ row, lines: lines[i] })).filter((r) => r.row.name === f.indicator);
  if (same.length === 0) return null;
  if (same.length === 1) return same[0].row;
  const narrowed = same.filter((r) => (f.level2 === null || r.row.level2 === f.level2) && (f.level1 === null || r.row.level1 === f.level1));
  const pool = narrowed.length ? narrowed : same;
  if (f.line !== null) {
    const exact = pool.find((r) => r.lines.has(f.line!));
    if (exact) return exact.row;
    let best = pool[0];
    for (const r of pool) if (Math.abs(r.row.line - f.line) < Math.abs(best.row.line - f.line)) best = r;
    return best.row;
  }
  return pool[0].row;
}

/** convenience for tests and small runs */
export function buildReportModel(docs: KpiDocument[], result: CheckResult, rules: RuleMeta[] = []): ReportModel {
  const b = new ReportBuilder();
  for (const d of docs) b.addDocument(d);
  return b.finish(result, rules);
}
