/**
 * List-style tables printed as `pdftotext -layout` prints them (one header 单位名称 / 项目名称 / 预算数 /
 * 年度目标 / 一级指标 / 二级指标 / 三级指标 / 指标值, then one block of rows per project, every cell wrapped
 * in its narrow column). A project's cells (unit, name, budget, goal, the budget's fund sources) span
 * its indicator rows, so their wrapped lines stand beside the project's indicator lines: read as rows,
 * each such line opened a project of its own ("技术推广中", "与化肥减量示").
 *
 * Each line is read by where its pieces start: a piece belongs to the header column it starts in (two
 * columns of slack, as -layout keeps two spaces between columns). Pieces in the project's columns go to
 * the project's block. A block opens on a line with an amount in the budget column (the budget is short
 * and never wraps), or with a piece in the 项目名称 column where the line above had none; a name piece
 * under another goes on with it even when the line above was short (an early wrap at a Latin word),
 * except in a table without a budget column, where only a full line above says so. Everything a
 * block's lines hold in a project column is that cell, joined in order until the next block opens. The
 * pieces in the indicator columns make the line's record, cells by column, for the table's usual repairs.
 */
import type { Cell, Row } from "../read/grid.js";
import { cellList, cellWith, rowWith } from "../read/grid.js";
import { isSpaceAligned, lineOfPieces, pieceStarts, printedWidth } from "./layout.js";
import { joinWrappedText, type TableRecord } from "./index.js";

/** the roles whose cells are a project's, not an indicator's */
const PROJECT_ROLES = new Set(["project", "department", "budget", "goal"]);

export interface ListLayout<R extends string> {
  /** printed start of every header column */
  starts: number[];
  keys: R[];
  /** the columns that hold the project's cells */
  project: Set<number>;
  projectCol: number;
  unitCol: number;
  budgetCol: number;
  /** the indicator columns: a header line of their own (each at its printed start) and their keys */
  indicators: { header: Row; keys: R[] };
}

/**
 * The columns of a space-aligned list-style header, or null when the table is not one: `headerRow`
 * is the line whose pieces start the columns (one per key), `roles[k]` the role of column k. The
 * project's columns are those of a project role and the unexplained ones left of the first indicator
 * column (fund sources under the budget: "财政拨款", "其他资金").
 */
export function listLayoutOf<R extends string>(headerRow: Row | undefined, keys: R[], roles: (string | null)[]): ListLayout<R> | null {
  if (!headerRow || !isSpaceAligned(headerRow)) return null;
  const head = pieceStarts(headerRow);
  if (!head || head.length !== keys.length) return null;
  const projectCol = roles.indexOf("project");
  if (projectCol < 0) return null;
  const firstIndicator = roles.findIndex((r) => r !== null && !PROJECT_ROLES.has(r));
  if (firstIndicator < 0 || firstIndicator < projectCol) return null;
  const project = new Set<number>();
  roles.forEach((r, k) => {
    if ((r !== null && PROJECT_ROLES.has(r)) || (r === null && k < firstIndicator)) project.add(k);
  });
  // the indicator columns alone, as a header line of their own: the layout repairs measure a table's
  // lines against its header (layout.ts), and a list's lines hold its indicator pieces only
  const rest = head.map((h, k) => ({ ...h, k })).filter((h) => !project.has(h.k));
  const text = lineOfPieces(rest.map((h) => ({ text: h.cell.text.trim(), start: h.start })));
  const indicatorHeader: Row = rowWith(headerRow, cellList(rest.length, (i) => rest[i].cell), text);
  return {
    starts: head.map((h) => h.start),
    keys,
    project,
    projectCol,
    unitCol: roles.indexOf("department"),
    budgetCol: roles.indexOf("budget"),
    indicators: { header: indicatorHeader, keys: rest.map((h) => keys[h.k]) },
  };
}

/** an amount as a budget cell holds it: "320.00", "1,200", "86.5" */
const AMOUNT = /^\d[\d,，]*(\.\d+)?$/u;

interface Block<R extends string> {
  /** index in the records of the block's first record (records.length when none yet) */
  at: number;
  /** the block's first line (for a block whose lines hold no indicator) */
  row: Row;
  cells: Map<R, Cell>;
}

/**
 * Reads the lines of one list-style table: `take(row)` returns the line's record (its indicator
 * pieces by column), or null when the line holds only project pieces; `finish(records)` puts each
 * block's joined project cells on its first record and returns where each block starts.
 */
export class ListLayoutReader<R extends string> {
  private blocks: Block<R>[] = [];
  /** lines that held only project pieces: folded into their blocks (the table's merged rows) */
  consumed = 0;
  /** the project pieces of the last line read, by column: text and printed start */
  private above = new Map<number, { text: string; start: number }>();

  constructor(private readonly layout: ListLayout<R>) {}

  private columnOf(start: number): number {
    const s = this.layout.starts;
    let k = -1;
    for (let j = 0; j < s.length; j++) if (s[j] <= start + 2) k = j;
    return k;
  }

  /** the room of column k for a piece starting at `from`: up to two spaces before the next column */
  private room(k: number, from: number): number {
    const s = this.layout.starts;
    return k + 1 < s.length ? s[k + 1] - Math.max(s[k], from) - 2 : Infinity;
  }

  /** does the piece on this line continue the cell above in its column? (the piece above was full) */
  private continues(k: number, text: string): boolean {
    const above = this.above.get(k);
    if (!above) return false;
    return printedWidth(above.text) + printedWidth([...text][0] ?? "") > this.room(k, above.start);
  }

  /** a page break: the repeated header ends what the lines above said of their columns */
  reset(): void {
    this.above.clear();
  }

  take(row: Row, recordCount: number): TableRecord<R> | null | undefined {
    if (row.sep !== "space") return undefined;
    const pieces = pieceStarts(row);
    if (!pieces || pieces.length === 0) return undefined;
    const { project, keys, projectCol, unitCol, budgetCol } = this.layout;
    const placed = pieces.map((p) => ({ ...p, col: this.columnOf(p.start), text: p.cell.text.trim() }));
    if (placed.some((p) => p.col < 0)) return undefined;
    const mine = placed.filter((p) => project.has(p.col));
    if (mine.length) {
      const at = (k: number) => mine.find((p) => p.col === k);
      const budget = budgetCol >= 0 ? at(budgetCol) : undefined;
      const name = at(projectCol);
      const unit = unitCol >= 0 ? at(unitCol) : undefined;
      // the budget is short and never wraps: an amount there starts a project's row. Without one, a name
      // (or unit) piece starts a row where none stood above it; under another one it goes on with that
      // cell (an early wrap, at a Latin word or a bracket, leaves the line above short) — unless the table
      // has no budget column, where only a full line above says the cell goes on
      const starts = (k: number, text: string) => !this.above.has(k) || (budgetCol < 0 && !this.continues(k, text));
      const opens =
        this.blocks.length === 0 ||
        (!!budget && AMOUNT.test(budget.text) && (!!name || !!unit)) ||
        (!!name && starts(projectCol, name.text));
      if (opens) this.blocks.push({ at: recordCount, row, cells: new Map() });
      const block = this.blocks[this.blocks.length - 1];
      for (const p of mine) {
        const key = keys[p.col];
        const cur = block.cells.get(key);
        block.cells.set(key, cur ? cellWith(cur, joinWrappedText(cur.text, p.text)) : cellWith(p.cell, p.text));
      }
    }
    this.above = new Map(mine.map((p) => [p.col, { text: p.text, start: p.start }]));
    const rest = placed.filter((p) => !project.has(p.col));
    if (!rest.length) {
      this.consumed++;
      return null;
    }
    // the line without its project pieces: blanked, so that every other piece keeps its printed place
    let text = row.text;
    for (const p of mine) {
      const k = text.indexOf(p.text);
      if (k >= 0) text = text.slice(0, k) + " ".repeat(printedWidth(p.text)) + text.slice(k + p.text.length);
    }
    const cells: Partial<Record<R, Cell>> = {};
    for (const p of rest) cells[keys[p.col]] = p.cell;
    const stripped = rest.length === placed.length ? row : rowWith(row, cellList(rest.length, (i) => rest[i].cell), text);
    return { row: stripped, cells };
  }

  /**
   * Put each block's project cells on its first record (a block without a record of its own gets one
   * holding its project cells only, at its place). Returns the records and the index where each block
   * starts, in order.
   */
  finish(records: TableRecord<R>[]): { records: TableRecord<R>[]; starts: number[] } {
    const out: TableRecord<R>[] = [];
    const starts: number[] = [];
    let b = 0;
    for (let i = 0; i <= records.length; i++) {
      let consumed = false;
      while (b < this.blocks.length && this.blocks[b].at === i) {
        const block = this.blocks[b++];
        // blocks opened on lines without an indicator share the next record: only the last takes it
        const own = i < records.length && !(b < this.blocks.length && this.blocks[b].at === i);
        const rec: TableRecord<R> = own ? { ...records[i], cells: { ...records[i].cells } } : { row: block.row, cells: {} };
        for (const [k, c] of block.cells) rec.cells[k] = c;
        starts.push(out.length);
        out.push(rec);
        consumed = own;
      }
      if (i < records.length && !consumed) out.push(records[i]);
    }
    return { records: out, starts };
  }
}
