/**
 * TAB continuation lines that drop their empty leading cells. A wrapped cell's second line is often
 * written without the TABs of the empty cells before it ("⇥…下一步推" / "广电子借阅"), so by TAB count
 * it lands one column or more to the left and is joined to the wrong cell. Such a line is aligned by
 * what it continues: its n cells go under the last n filled cells of the line above when those cells
 * are open text (no sentence end) and the line above itself starts with empty cells.
 */
import type { Cell, Row } from "../read/grid.js";
import { cellList, cellWith, copyLoc, isBlankRow, rowWith } from "../read/grid.js";

/** a cell text that a next line may continue: words, no sentence end, no bare value */
function isOpen(t: string): boolean {
  const s = t.trim();
  return s.length >= 4 && /[\u4e00-\u9fa5]/u.test(s) && !/[。！？!?：:）)]$/u.test(s) && !/^[\d.,%≥≤<>=＞＜～~\-—/]+$/.test(s);
}

/** a text that starts a row of its own: a label ("产出指标", "其中：", "合计", "填报人：") */
function startsRow(t: string): boolean {
  const s = t.replace(/[\s\u3000]+/g, "");
  return !s || /指标$|目标$|情况$|表$|分[）)]$|^其中|合计|小计|[：:]$|^[（(]/u.test(s);
}

/** a short text of words only, as field labels are written ("项目名称") */
function isLabel(t: string): boolean {
  return /^[\u4e00-\u9fa5]{2,6}$/u.test(t.trim());
}

/** the row's cells moved right by `shift` (empty cells in front) */
function shifted(row: Row, shift: number): Row {
  // a TAB cell's column is its position, as the reader numbers it
  const pad: Cell[] = Array.from({ length: shift }, () => ({ text: "", loc: copyLoc(row.loc) }));
  const all = [...pad, ...row.cells];
  return rowWith(row, cellList(all.length, (j) => cellWith(all[j], all[j].text, copyLoc(all[j].loc, j + 1))));
}

/** the indexes of a row's cells that hold text */
function filledIndexes(row: Row): number[] {
  const out: number[] = [];
  const cells = row.cells;
  for (let j = 0; j < cells.length; j++) if (cells[j].text.trim()) out.push(j);
  return out;
}

/** TAB rows with continuation lines realigned under the cells they continue */
export function realignTabContinuations(rows: Row[]): Row[] {
  const out: Row[] = [];
  let above: Row | null = null;
  // the filled cells' indexes of the row above, kept from its own turn (every line of a TAB file
  // is asked, and most lines above start with a filled cell: then nothing else is computed)
  let aboveFilled: number[] | null = null;
  for (const row of rows) {
    if (isBlankRow(row)) {
      out.push(row);
      above = null;
      aboveFilled = null;
      continue;
    }
    let next = row;
    let filled: number[] | null = null;
    if (above && row.sep === "tab") {
      aboveFilled ??= filledIndexes(above);
      // the line's cells are consecutive from the first column, fewer than the line above's, which starts with empty cells
      if (aboveFilled.length > 0 && aboveFilled[0] > 0) {
        filled = filledIndexes(row);
        const n = filled.length;
        const consecutive = n > 0 && filled[0] === 0 && filled[n - 1] === n - 1;
        if (consecutive && n <= aboveFilled.length) {
          const targets = aboveFilled.slice(-n);
          const shift = targets[0];
          const contiguous = targets.every((j, k) => j === shift + k);
          if (shift > 0 && contiguous && targets.every((j) => isOpen(above!.cells[j].text)) && !startsRow(row.cells[0].text) && !(n > 1 && isLabel(row.cells[0].text))) next = shifted(row, shift);
        }
      }
    }
    out.push(next);
    above = next;
    aboveFilled = next === row ? filled : null;
  }
  return out;
}
