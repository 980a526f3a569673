/** Building blocks every recogniser uses to assemble a Form. */
import type { Form, FormKind } from "../model/types.js";
import { type Region, lineOf } from "./region.js";

/** an empty Form for a region, to be filled in by a recogniser */
export function emptyForm(region: Region, kind: FormKind, layout: string): Form {
  const anchorRow = region.rows[region.anchor];
  const title = region.rows
    .slice(0, region.anchor)
    .map((r) => r.text.replace(/\t+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
  return {
    kind,
    layout,
    line: lineOf(anchorRow),
    startLine: lineOf(region.rows[0]),
    endLine: lineOf(region.rows[region.rows.length - 1]),
    loc: { ...anchorRow.loc },
    title: title || null,
    year: region.year ?? null,
    project: { name: "", code: null, department: null, implementer: null },
    fields: {},
    funds: { unit: null, sources: [] },
    goals: {},
    indicators: [],
    total: null,
    grade: null,
    narrative: [],
    parse: { confidence: 0, rows: 0, rowsMerged: 0, warnings: [] },
  };
}

/**
 * A deep copy of plain data (objects, arrays, primitives), as structuredClone gives for it but
 * several times cheaper on the small records a form copies (structuredClone serialises).
 */
export function clonePlain<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = clonePlain((v as Record<string, unknown>)[k]);
  return out as T;
}

/** confidence from how many non-blank table rows became indicators */
export function confidence(indicators: number, tableRows: number): number {
  if (tableRows <= 0) return indicators > 0 ? 1 : 0;
  return Math.max(0, Math.min(1, indicators / tableRows));
}
