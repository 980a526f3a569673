/**
 * The resubmission check: two report models (the submission a reviewer sent back, and the corrected
 * one) → per form, the findings fixed, still open and new, and the values that changed.
 *
 * Forms are matched by department and fuzzy project name (edit-distance ratio on the normalised
 * name), best pairs first, so a renamed "2024年禁毒经费" still meets "2024年禁毒工作经费". Findings are
 * matched by what they say, not where: rule, message, indicator and field (line numbers move when a
 * department rewrites a form). Indicator rows are matched by normalised name within a form pair.
 */
import { distance } from "fastest-levenshtein";
import type { FindingView, FormSection, IndicatorRow, ReportModel } from "../report/model.js";
import type { Severity } from "../engine/types.js";
import { normalizeForCompare } from "../engine/services.js";

export interface DiffOptions {
  /** minimum name similarity (1 − distance / longer length) for two forms to be the same project */
  nameSimilarity?: number;
}

export interface FormRefView {
  source: string;
  location: string;
  line: number;
  department: string;
  project: string;
  kind: FormSection["kind"];
  kindZh: string;
}

export interface ValueChange {
  indicator: string;
  /** "target" | "annualTarget" | "adjustedTarget" | "actual" | "weight" | "score" | "row" */
  field: string;
  old: string | null;
  new: string | null;
}

export interface FormDiff {
  old: FormRefView | null;
  new: FormRefView | null;
  /** how the pair was made: exact name, fuzzy name (with the similarity), or no counterpart */
  match: "exact" | "fuzzy" | "only-old" | "only-new";
  similarity: number | null;
  fixed: FindingView[];
  open: FindingView[];
  added: FindingView[];
  changes: ValueChange[];
}

export interface DiffSummary {
  formsOld: number;
  formsNew: number;
  matched: number;
  onlyOld: number;
  onlyNew: number;
  fixed: number;
  open: number;
  added: number;
  /** error-severity findings still open or new: the resubmission is not acceptable while > 0 */
  errorsOpen: number;
  bySeverity: Record<"fixed" | "open" | "added", Record<Severity, number>>;
}

export interface DiffResult {
  schemaVersion: 1;
  old: { sources: string[]; unreadable: string[] };
  new: { sources: string[]; unreadable: string[] };
  summary: DiffSummary;
  forms: FormDiff[];
}

const normName = (s: string): string => normalizeForCompare(s.replace(/^\s*\d+\s*[.、．]\s*/, ""));

export function nameSimilarity(a: string, b: string): number {
  const x = normName(a);
  const y = normName(b);
  if (!x && !y) return 1;
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : 1 - distance(x, y) / longer;
}

function refOf(f: FormSection): FormRefView {
  return { source: f.source, location: f.location, line: f.line, department: f.department, project: f.project, kind: f.kind, kindZh: f.kindZh };
}

/** every finding of a form, row findings and form-level ones, in the model's order */
function formFindings(f: FormSection): FindingView[] {
  return [...f.rows.flatMap((r) => r.findings), ...f.formFindings].sort((a, b) => a.id - b.id);
}

/** what a finding says, independent of where the form put it */
function findingKey(x: FindingView): string {
  return [x.ruleId, normalizeForCompare(x.indicator ?? ""), x.field ?? ""].join("\u0000");
}

function compareFindings(oldF: FindingView[], newF: FindingView[]): Pick<FormDiff, "fixed" | "open" | "added"> {
  const pool = new Map<string, FindingView[]>();
  for (const x of oldF) {
    const k = findingKey(x);
    const list = pool.get(k) ?? [];
    list.push(x);
    pool.set(k, list);
  }
  const open: FindingView[] = [];
  const added: FindingView[] = [];
  for (const x of newF) {
    const list = pool.get(findingKey(x));
    if (list && list.length) {
      list.shift();
      open.push(x);
    } else added.push(x);
  }
  const fixed = [...pool.values()].flat().sort((a, b) => a.id - b.id);
  return { fixed, open, added };
}

const VALUE_FIELDS = ["target", "annualTarget", "adjustedTarget", "actual"] as const;

function rowValue(r: IndicatorRow, field: (typeof VALUE_FIELDS)[number] | "weight" | "score"): string | null {
  if (field === "weight") return r.weightRaw ?? (r.weight === null ? null : String(r.weight));
  if (field === "score") return r.scoreRaw ?? (r.score === null ? null : String(r.score));
  return r[field]?.raw ?? null;
}

const same = (a: string | null, b: string | null) => (a ?? "").replace(/\s+/g, "") === (b ?? "").replace(/\s+/g, "");

function compareRows(oldRows: IndicatorRow[], newRows: IndicatorRow[]): ValueChange[] {
  const changes: ValueChange[] = [];
  const byName = new Map<string, IndicatorRow[]>();
  for (const r of oldRows) {
    const k = normName(r.name);
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  for (const r of newRows) {
    const k = normName(r.name);
    const o = byName.get(k)?.shift();
    if (!o) {
      changes.push({ indicator: r.name, field: "row", old: null, new: r.name });
      continue;
    }
    for (const f of [...VALUE_FIELDS, "weight", "score"] as const) {
      const a = rowValue(o, f);
      const b = rowValue(r, f);
      if (!same(a, b)) changes.push({ indicator: r.name, field: f, old: a, new: b });
    }
  }
  for (const rest of byName.values()) for (const o of rest) changes.push({ indicator: o.name, field: "row", old: o.name, new: null });
  return changes;
}

function allForms(m: ReportModel): FormSection[] {
  return m.documents.flatMap((d) => d.forms);
}

/**
 * Pair forms: same department (when both are known) and kind, then by name similarity, best first;
 * ties broken by reading order so the result is deterministic.
 */
function pairForms(oldForms: FormSection[], newForms: FormSection[], threshold: number): [FormSection | null, FormSection | null, number | null][] {
  const candidates: { i: number; j: number; s: number }[] = [];
  oldForms.forEach((a, i) =>
    newForms.forEach((b, j) => {
      if (a.kind !== b.kind) return;
      if (a.department !== b.department && !a.department.startsWith("（") && !b.department.startsWith("（")) return;
      const s = nameSimilarity(a.project, b.project);
      if (s >= threshold) candidates.push({ i, j, s });
    }),
  );
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: [FormSection | null, FormSection | null, number | null][] = [];
  const pairOfNew = new Map<number, [number, number]>();
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    pairOfNew.set(c.j, [c.i, c.s]);
  }
  // in the new submission's order, then old forms that have no counterpart
  newForms.forEach((b, j) => {
    const p = pairOfNew.get(j);
    pairs.push(p ? [oldForms[p[0]], b, p[1]] : [null, b, null]);
  });
  oldForms.forEach((a, i) => {
    if (!usedOld.has(i)) pairs.push([a, null, null]);
  });
  return pairs;
}

const emptyCounts = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

export function diffReports(oldModel: ReportModel, newModel: ReportModel, opts: DiffOptions = {}): DiffResult {
  const threshold = opts.nameSimilarity ?? 0.6;
  const forms: FormDiff[] = [];
  for (const [a, b, s] of pairForms(allForms(oldModel), allForms(newModel), threshold)) {
    const { fixed, open, added } = compareFindings(a ? formFindings(a) : [], b ? formFindings(b) : []);
    forms.push({
      old: a ? refOf(a) : null,
      new: b ? refOf(b) : null,
      match: !a ? "only-new" : !b ? "only-old" : s === 1 ? "exact" : "fuzzy",
      similarity: s,
      fixed,
      open,
      added,
      changes: a && b ? compareRows(a.rows, b.rows) : [],
    });
  }
  const summary: DiffSummary = {
    formsOld: allForms(oldModel).length,
    formsNew: allForms(newModel).length,
    matched: forms.filter((f) => f.old && f.new).length,
    onlyOld: forms.filter((f) => !f.new).length,
    onlyNew: forms.filter((f) => !f.old).length,
    fixed: 0,
    open: 0,
    added: 0,
    errorsOpen: 0,
    bySeverity: { fixed: emptyCounts(), open: emptyCounts(), added: emptyCounts() },
  };
  for (const f of forms) {
    // a withdrawn form's findings are neither fixed nor open: the form is gone
    if (f.new) for (const x of f.fixed) summary.bySeverity.fixed[x.severity]++;
    for (const x of f.open) summary.bySeverity.open[x.severity]++;
    for (const x of f.added) summary.bySeverity.added[x.severity]++;
    if (f.new) summary.fixed += f.fixed.length;
    summary.open += f.open.length;
    summary.added += f.added.length;
    summary.errorsOpen += [...f.open, ...f.added].filter((x) => x.severity === "error").length;
  }
  const unreadable = (m: ReportModel) => m.documents.filter((d) => d.diagnostics.some((x) => x.code.startsWith("read/") && x.severity === "error")).map((d) => d.source);
  return {
    schemaVersion: 1,
    old: { sources: oldModel.documents.map((d) => d.source), unreadable: unreadable(oldModel) },
    new: { sources: newModel.documents.map((d) => d.source), unreadable: unreadable(newModel) },
    summary,
    forms,
  };
}
