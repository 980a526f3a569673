/**
 * The one seam between readers and layout recognisers.
 *
 * Every reader (text, PDF, XLSX, DOCX, HTML) turns a file into a Grid: an ordered list of rows,
 * each row an ordered list of cells, each cell with its text and its location. Readers hold no
 * layout knowledge; the recognisers (src/recognise) never look at the file format.
 *
 * Conventions:
 * - `rows` are in reading order; blank source lines are kept as rows with no cells so that
 *   line numbers stay meaningful for text input.
 * - `cells` keep empty strings where the source has an empty cell (a TAB-separated line "a\t\tb"
 *   gives ["a", "", "b"]); recognisers decide how much to trust column positions.
 * - `text` is the row as one string (the source line for text input; cells joined by a TAB for
 *   other formats) for recognisers that need to work on the raw line (space-separated layouts).
 * - A merged cell in a workbook or a row/col span in Word/HTML is expanded: every covered
 *   position repeats the text, with `merged: true` on all copies but the top-left one.
 */
import type { Loc } from "../model/loc.js";

export type SourceFormat = "text" | "pdf" | "xlsx" | "xls" | "docx" | "html";

export interface Cell {
  text: string;
  loc: Loc;
  /** true on the copies a merged range leaves in the positions it covers (not on the anchor). */
  merged?: boolean;
  /**
   * a text cell the source wrote over several lines (a quoted multi-line cell of a TAB file, a wrapped
   * cell of a "|" table): where each further line's text starts in `text`, and that line's number, so
   * that a sentence inside the cell can be placed on its own line (docs/labelling.md)
   */
  lines?: { offset: number; line: number }[];
}

export interface Row {
  cells: Cell[];
  /** the whole row as one string (source line for text input). */
  text: string;
  loc: Loc;
  /** reader-specific hints, e.g. separator used to split a text line */
  sep?: "tab" | "space" | "none";
}

export interface Grid {
  /** path as given by the user */
  source: string;
  format: SourceFormat;
  /** the encoding a text file was decoded from, e.g. "utf-8" or "gb18030" */
  encoding?: string;
  rows: Row[];
  /** problems the reader met (a page with no text layer, a sheet it skipped …) */
  diagnostics: import("../model/types.js").Diagnostic[];
}

/** The non-empty cells of a row, in order, with their original index. */
export function filledCells(row: Row): { cell: Cell; index: number }[] {
  // a plain loop: asked several times for every row of every region (no callback per cell)
  const out: { cell: Cell; index: number }[] = [];
  const cells = row.cells;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    // (a hole in a sparse list is skipped, as forEach did)
    if (cell !== undefined && !cell.merged && cell.text.trim() !== "") out.push({ cell, index });
  }
  return out;
}

export function isBlankRow(row: Row): boolean {
  for (const c of row.cells) if (c !== undefined && c.text.trim() !== "") return false;
  return true;
}
