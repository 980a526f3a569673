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

/** confidence from how many non-blank table rows became indicators */
export function confidence(indicators: number, tableRows: number): number {
  if (tableRows <= 0) return indicators > 0 ? 1 : 0;
  return Math.max(0, Math.min(1, indicators / tableRows));
}
