/**
 * Shared by the non-text readers: collects rows into a Grid with the project's location
 * convention (1-based everywhere):
 * - every Row and Cell gets `loc.line` = the row's running index in the grid, so `line`
 *   is a number for every format, plus the reader's own fields (page/col, sheet/cell/row/col,
 *   table/row/col);
 * - `row.text` = the cells joined with TABs, where the copies a merged range leaves behind count
 *   as empty (so `text` looks like the pdftotext lines the text recognisers know); `sep = "tab"`;
 * - `blank()` inserts one empty row (never two in a row, never at the start) so that layouts see
 *   a break between tables, sheets and blocks.
 */
import type { Loc } from "../../model/loc.js";
import type { Cell, Grid, Row, SourceFormat } from "../grid.js";
import type { Diagnostic } from "../../model/types.js";
import { ReadError } from "../errors.js";

export interface CellIn {
  text: string;
  loc: Loc;
  merged?: boolean;
}

export class GridBuilder {
  readonly rows: Row[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private cells = 0;

  /** @param maxCells cells (and rows) the grid may keep: beyond it the file is refused as too large */
  constructor(private readonly maxCells = Infinity) {}

  /** Add a row. Trailing empty cells are dropped; a row with no text at all becomes a blank row. */
  add(cells: CellIn[], rowLoc: Loc): Row {
    const line = this.rows.length + 1;
    let last = cells.length;
    while (last > 0 && cells[last - 1].text.trim() === "") last--;
    this.spend(last + 1);
    const out: Cell[] = cells.slice(0, last).map((c) => {
      const cell: Cell = { text: cleanCellText(c.text), loc: { ...c.loc, line } };
      if (c.merged) cell.merged = true;
      return cell;
    });
    const row: Row = {
      cells: out,
      text: out.map((c) => (c.merged ? "" : c.text)).join("\t"),
      loc: { ...rowLoc, line },
      sep: "tab",
    };
    this.rows.push(row);
    return row;
  }

  /** count cells against the budget before they are kept (every row counts one more) */
  private spend(n: number): void {
    this.cells += n;
    if (this.cells > this.maxCells) throw tooManyCells(this.maxCells);
  }

  /** a single-cell row (a paragraph, a title line) */
  addText(text: string, rowLoc: Loc, cellLoc: Loc = rowLoc): Row | null {
    const t = cleanCellText(text);
    if (t === "") return null;
    return this.add([{ text: t, loc: { ...cellLoc, col: cellLoc.col ?? 1 } }], rowLoc);
  }

  /** an empty row as a break, unless the grid is empty or already ends with one */
  blank(loc: Loc = {}): void {
    const last = this.rows[this.rows.length - 1];
    if (!last || last.cells.length === 0) return;
    this.add([], loc);
  }

  build(source: string, format: SourceFormat, extra: Partial<Grid> = {}): Grid {
    while (this.rows.length && this.rows[this.rows.length - 1].cells.length === 0) this.rows.pop();
    return { source, format, ...extra, rows: this.rows, diagnostics: [...this.diagnostics, ...(extra.diagnostics ?? [])] };
  }
}

export function tooManyCells(max: number): ReadError {
  return new ReadError(
    "read/too-large",
    `表格展开后超过 ${max.toLocaleString("en-US")} 个单元格的上限（行列数或合并范围过大），未读取；确需读取可用 --max-file-size 调高上限`,
    `the tables expand to more than ${max.toLocaleString("en-US")} cells (too many rows/columns or too large a merged range); not read (raise the limit with --max-file-size)`,
  );
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Join the pieces of one cell that the source wrapped over several lines: no space between
 * pieces when either side is CJK (or the first ends in a hyphen/slash), one space otherwise.
 */
export function joinWrapped(parts: string[]): string {
  let out = "";
  for (const raw of parts) {
    const p = raw.trim();
    if (p === "") continue;
    if (out === "") {
      out = p;
      continue;
    }
    const a = out[out.length - 1];
    const b = p[0];
    const glue = CJK.test(a) || CJK.test(b) || /[-/、，,（(]$/.test(a) || /^[)）%，,、。]/.test(b) ? "" : " ";
    out += glue + p;
  }
  return out;
}

/** Cell text as one line: line breaks inside a cell joined like wrapped text, spaces trimmed. */
export function cleanCellText(text: string): string {
  const t = text.replace(/\u00a0/g, " ").replace(/\r\n?/g, "\n");
  if (!t.includes("\n")) return t.replace(/\t/g, " ").trim();
  return joinWrapped(t.split("\n").map((s) => s.replace(/\t/g, " ")));
}

/** 1 → "A", 27 → "AA" */
export function columnName(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
