/**
 * Aligning a data row's cells to the roles of its indicator-table header.
 *
 * Extracted text shifts cells left or right, drops empty cells and sometimes adds some, so a
 * cell's column index is only a hint. alignRow aligns the row's non-empty cells, in order, to the
 * header's roles, in order (a monotone assignment), maximising
 *     Σ compat(cell, role)  −  POSITION_WEIGHT · |cellIndex − shift − headerIndex|
 * over every assignment and every small row shift. `compat` says how well the text fits the
 * role (a level-2 label in the 二级指标 column, a bare number in 分值/得分 …).
 *
 * Workbooks, Word and HTML tables keep their columns, so there a cell is read in the column it
 * stands in — unless the row was typed shifted or merged across columns (a level-1 label in the
 * 绩效指标 column, a row moved one cell left, as the same forms are in text): when the tolerant
 * alignment explains the row clearly better than its columns do, placing every cell, it wins
 * (alignCells). The choice is made per row, for every template, from what the cells say.
 */
import type { Cell, Row } from "../read/grid.js";

/** how much better (in compat points) the tolerant alignment must be before it overrules the columns */
export const REALIGN_MARGIN = 6;

/**
 * The cells of one data row by role: by column when `positional` and the row fits its columns,
 * else by tolerant alignment. Merged copies are left out (callers carry labels merged down).
 */
export function alignCells<R extends string>(
  row: Row,
  columns: { role: R; index: number }[],
  compat: (text: string, role: R) => number,
  positional: boolean,
): Partial<Record<R, Cell>> {
  if (!positional) return alignRow(row, columns, { compat, allowSkip: true }).byRole;
  const byColumn: Partial<Record<R, Cell>> = {};
  let fit = 0;
  let strays = 0;
  for (const col of columns) {
    const c = row.cells[col.index];
    if (c && !c.merged && c.text.trim()) {
      byColumn[col.role] = c;
      fit += compat(c.text, col.role);
    }
  }
  const at = new Set(columns.map((c) => c.index));
  row.cells.forEach((c, i) => {
    if (!c.merged && c.text.trim() && !at.has(i)) strays++;
  });
  // a row whose every cell reads well where it stands is read by column (the common case)
  if (!strays && Object.entries(byColumn).every(([k, c]) => compat((c as Cell).text, k as R) > -5)) return byColumn;
  // realigning may move cells but never drop one the columns keep (an unknown label stays put)
  const tolerant = alignRow(row, columns, { compat, allowSkip: false });
  return tolerant.score > fit - 10 * strays + REALIGN_MARGIN ? tolerant.byRole : byColumn;
}

export const POSITION_WEIGHT = 0.6;

export interface Alignment<R extends string = string> {
  /** role → cell (only roles that received a cell) */
  byRole: Partial<Record<R, Cell>>;
  /** total score; higher is better */
  score: number;
  /** the row shift that fitted best */
  shift: number;
}

/**
 * Align the non-empty cells of `row` to `columns`. Every non-empty cell must get a role
 * (unassignable cells make the alignment score −Infinity unless `allowSkip`).
 */
export function alignRow<R extends string>(
  row: Row,
  columns: { role: R; index: number }[],
  opts: {
    compat: (text: string, role: R) => number;
    shifts?: number[];
    allowSkip?: boolean;
    skipCost?: number;
  },
): Alignment<R> {
  const compat = opts.compat;
  const shifts = opts.shifts ?? [0, -1, 1, -2, 2, -3, 3];
  const skipCost = opts.skipCost ?? 10;
  const cells = row.cells
    .map((cell, index) => ({ cell, index }))
    .filter((c) => c.cell.text.trim() !== "" && !c.cell.merged);
  let best: Alignment<R> = { byRole: {}, score: -Infinity, shift: 0 };
  const n = cells.length;
  const m = columns.length;
  if (n === 0) return { byRole: {}, score: 0, shift: 0 };
  // compat does not depend on the shift: score each cell–column pair once (lazily, so the calls
  // made are those a shift needs), then run the DP per shift over the cached scores
  const fit = new Float64Array(n * m).fill(NaN);
  const fitOf = (i: number, j: number): number => {
    let v = fit[i * m + j];
    if (Number.isNaN(v)) fit[i * m + j] = v = compat(cells[i].cell.text, columns[j].role);
    return v;
  };
  // dp[i][j] (flat, row i at i·(m+1)): best score aligning the first i cells to the first j
  // columns; from[·] how it was reached (0 cell dropped, 1 column skipped, 2 assigned). Both are
  // typed arrays reused across shifts; the loop compares and adds exactly as before.
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  const from = new Uint8Array((n + 1) * w);
  const cellAt = new Float64Array(n);
  for (let i = 0; i < n; i++) cellAt[i] = cells[i].index;
  const colAt = new Float64Array(m);
  for (let j = 0; j < m; j++) colAt[j] = columns[j].index;
  const allowSkip = !!opts.allowSkip;
  for (const shift of shifts) {
    dp.fill(0, 0, w);
    dp.fill(-Infinity, w);
    from.fill(0);
    for (let i = 1; i <= n; i++) {
      const at = i * w;
      const up = at - w;
      const pos = cellAt[i - 1] - shift;
      for (let j = 0; j <= m; j++) {
        let v = dp[at + j];
        let how = from[at + j];
        // skip column j (role left empty)
        if (j > 0 && dp[at + j - 1] > v) {
          v = dp[at + j - 1];
          how = 1;
        }
        // assign cell i-1 to column j-1
        if (j > 0 && dp[up + j - 1] > -Infinity) {
          const s = dp[up + j - 1] + fitOf(i - 1, j - 1) - POSITION_WEIGHT * Math.abs(pos - colAt[j - 1]);
          if (s > v) {
            v = s;
            how = 2;
          }
        }
        // drop the cell (only when allowed)
        if (allowSkip && dp[up + j] - skipCost > v) {
          v = dp[up + j] - skipCost;
          how = 0;
        }
        dp[at + j] = v;
        from[at + j] = how;
      }
    }
    const score = dp[n * w + m] - 0.01 * Math.abs(shift);
    if (score > best.score) {
      const byRole: Partial<Record<R, Cell>> = {};
      let i = n;
      let j = m;
      while (i > 0) {
        const f = from[i * w + j];
        if (f === 2) {
          byRole[columns[j - 1].role] = cells[i - 1].cell;
          i--;
          j--;
        } else if (f === 1) j--;
        else i--;
        if (j < 0) break;
      }
      best = { byRole, score, shift };
    }
  }
  return best;
}
