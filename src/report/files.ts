/**
 * Which input files gave nothing to check, and why: a file that could not be read (a read/* error:
 * empty, binary, encrypted, too large, timed out, not a regular file, a folder that cannot be
 * opened …) or a file read but with no form recognised in it. Every view shows these first
 * (report.html, findings.xlsx, files.csv/jsonl, `check`'s text, `stats`), so that an encrypted or
 * scanned submission never looks like a clean one.
 */
import { NO_FORMS } from "../model/types.js";

export { NO_FORMS };

export interface FileProblem {
  source: string;
  status: "unreadable" | "no-forms";
  /** the diagnostic code of the reason */
  code: string;
  reason: string;
}

interface DiagLike {
  source?: string;
  code: string;
  severity: string;
  message: string;
}

function problemOf(source: string, diags: readonly DiagLike[], forms: number | null): FileProblem | null {
  const read = diags.find((d) => d.code.startsWith("read/") && d.severity === "error");
  if (read) return { source, status: "unreadable", code: read.code, reason: read.message };
  const none = diags.find((d) => d.code === NO_FORMS);
  if (!none && forms !== 0) return null;
  // the most specific reason: a diagnostic of the recogniser (a form with no indicator table …)
  const why = diags.find((d) => d.code !== NO_FORMS && d.severity !== "info") ?? none;
  return { source, status: "no-forms", code: why?.code ?? NO_FORMS, reason: why?.message ?? "未识别出绩效目标表或自评表" };
}

/** the problem of one document (its diagnostics and form count), or null when it has forms */
export function documentProblem(doc: { source: string; diagnostics: readonly DiagLike[]; forms: readonly unknown[] }): FileProblem | null {
  return problemOf(doc.source, doc.diagnostics, doc.forms.length);
}

/** the problem files of a run, from the run's diagnostics (in first-seen order) */
export function fileProblems(diagnostics: readonly DiagLike[]): FileProblem[] {
  const bySource = new Map<string, DiagLike[]>();
  for (const d of diagnostics) {
    if (d.source === undefined || d.source === "") continue;
    const l = bySource.get(d.source) ?? [];
    l.push(d);
    bySource.set(d.source, l);
  }
  const out: FileProblem[] = [];
  for (const [source, ds] of bySource) {
    const p = problemOf(source, ds, null);
    if (p) out.push(p);
  }
  return out;
}
