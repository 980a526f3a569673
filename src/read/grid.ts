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

/*
 * Copies of cells, rows and locations made by the recognisers and repairs. A copy written as an object
 * spread (`{ ...c, text }`) gets a hidden class of its own in V8, not the class of the reader's literal
 * it copies: the readers' hot functions, optimised on the reader's cells and rows, were deoptimised
 * ("wrong map") and compiled again when the first copy reached them, once per function and copy site —
 * about half of a run's optimising-compiler time (docs/decisions.md, 114). These helpers copy with
 * literals in the readers' key order, so a copy has the class of the cell, row or location it copies;
 * the keys, their order and their values are those the spread gave.
 */

/** a cell to make the lists below of V8's packed-object kind before they hold a cell (never in a row) */
const SEED: Cell = { text: "", loc: {} };

/**
 * A row's list of cells, `make(i)` for i < n, of one array kind for every row (V8's packed objects).
 * An empty literal `[]` has the small-integer kind and a `.map` result is holey once its caller is
 * optimised: the text reader's rows held four kinds of cell list, and each deoptimised the functions
 * optimised on the others (decision 114).
 */
export function cellList(n: number, make: (i: number) => Cell): Cell[] {
  const out = emptyCells();
  for (let i = 0; i < n; i++) out.push(make(i));
  return out;
}

/** an empty list of cells of that kind */
export function emptyCells(): Cell[] {
  const out: Cell[] = [SEED];
  out.pop();
  return out;
}

/** `cells.map(fn)` as a cellList: a hole stays a hole (as `.map` leaves it) */
export function mapCells(cells: readonly Cell[], fn: (c: Cell) => Cell): Cell[] {
  const out = emptyCells();
  for (let i = 0; i < cells.length; i++) {
    if (i in cells) out.push(fn(cells[i]));
    else out.length = i + 1;
  }
  return out;
}

/** `c` with another text (and location): the same keys, in the readers' order (text, loc, merged, lines) */
export function cellWith(c: Cell, text: string, loc: Loc = c.loc): Cell {
  if (c.merged === undefined && !("merged" in c)) return c.lines === undefined && !("lines" in c) ? { text, loc } : { text, loc, lines: c.lines };
  return c.lines === undefined && !("lines" in c) ? { text, loc, merged: c.merged } : { text, loc, merged: c.merged, lines: c.lines };
}

/** a copy of `c` (as `{ ...c }`) */
export function copyCell(c: Cell): Cell {
  return cellWith(c, c.text, c.loc);
}

/** `row` with other cells (and text): the same keys in the same order as the row copied */
export function rowWith(row: Row, cells: Cell[], text: string = row.text): Row {
  const keys = Object.keys(row);
  // the text reader's rows, and rows without a separator
  if (keys.length === 4 && keys[0] === "text" && keys[1] === "sep" && keys[2] === "loc" && keys[3] === "cells") return { text, sep: row.sep, loc: row.loc, cells };
  // the geometry builder's rows (PDF, workbooks, Word, HTML)
  if (keys.length === 4 && keys[0] === "cells" && keys[1] === "text" && keys[2] === "loc" && keys[3] === "sep") return { cells, text, loc: row.loc, sep: row.sep };
  return { ...row, text, cells };
}

/** a copy of a location (as `{ ...loc }`, with `col` set when given): the text reader's two shapes as literals */
export function copyLoc(loc: Loc, col?: number): Loc {
  const keys = Object.keys(loc);
  if (keys.length === 2 && keys[0] === "line" && keys[1] === "col") return { line: loc.line, col: col ?? loc.col };
  if (keys.length === 1 && keys[0] === "line") return col === undefined ? { line: loc.line } : { line: loc.line, col };
  return col === undefined ? { ...loc } : { ...loc, col };
}

/**
 * The texts of rows[from..to) joined by `sep` — `rows.slice(from, to).map((r) => r.text).join(sep)`
 * without the two lists: asked of every region's first rows (title, template cues, year), where
 * the lists' array kinds (an empty slice maps to another kind) deoptimised the callers (decision 114).
 */
export function joinRowTexts(rows: readonly Row[], from: number, to: number, sep: string): string {
  const n = rows.length;
  const a = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
  const b = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
  let out = "";
  for (let i = a; i < b; i++) out = i === a ? rows[i].text : out + sep + rows[i].text;
  return out;
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

/** The k-th non-empty cell of a row (`filledCells(row)[k]?.cell`), found without building the list. */
export function filledCellAt(row: Row, k: number): Cell | undefined {
  const cells = row.cells;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (cell !== undefined && !cell.merged && cell.text.trim() !== "" && k-- === 0) return cell;
  }
  return undefined;
}

export function isBlankRow(row: Row): boolean {
  for (const c of row.cells) if (c !== undefined && c.text.trim() !== "") return false;
  return true;
}
