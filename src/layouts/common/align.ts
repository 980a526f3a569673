/**
 * Tolerant alignment of a row's cells to the roles of an indicator-table header.
 *
 * Extracted text shifts cells left or right, drops empty cells and sometimes adds some, so a
 * cell's column index is only a hint. We align the row's non-empty cells, in order, to the
 * header's roles, in order (a monotone assignment), maximising
 *     Σ compat(cell, role)  −  POSITION_WEIGHT · |cellIndex − shift − headerIndex|
 * over every assignment and every small row shift. `compat` says how well the text fits the
 * role (a level-2 label in the 二级指标 column, a bare number in 分值/得分 …).
 */
import type { Cell, Row } from "../../read/grid.js";
import { normalizeLevel1, normalizeLevel2, isLabelFragment } from "./labels.js";

export type Role =
  | "rowLabel" // "绩效指标" / "名称" in the first column
  | "level1"
  | "level1Weight"
  | "level2"
  | "name"
  | "description"
  | "target"
  | "annualLevel2"
  | "annualName"
  | "annualTarget"
  | "adjusted"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "basis";

export interface Column {
  role: Role;
  /** the header text as written */
  header: string;
  /** index of the header cell in its row */
  index: number;
}

/** header text → role; the first match wins. Second occurrences are handled in mapHeader. */
const HEADER_ROLES: [RegExp, Role][] = [
  [/^(绩效指标|名称|指标)$/, "rowLabel"],
  [/^一级指标$/, "level1"],
  [/^权重$/, "level1Weight"],
  [/^二级指标$/, "level2"],
  [/^三级指标$/, "name"],
  [/^(绩效)?指标(内容|名称|描述)?描述$|^绩效指标描述$|^指标解释$/, "description"],
  [/^指标值确定依据$|^确定依据$|^依据$/, "basis"],
  [/^调整后指标值$|^调整后目标值$/, "adjusted"],
  [/^实际完成值$|^实际值$|^完成值$|^实际完成情况$/, "actual"],
  [/^(年初|年度|预期|计划)?(指标|目标)值$|^预期目标$/, "target"],
  [/^分值$|^满分$/, "weight"],
  [/^得分$|^自评得分$|^评分$/, "score"],
  [/^偏差原因|^未完成原因|^原因分析/, "deviation"],
];

export function headerRole(text: string): Role | null {
  const t = text.replace(/\s+/g, "");
  for (const [re, role] of HEADER_ROLES) if (re.test(t)) return role;
  return null;
}

/**
 * Recognise an indicator-table header row. Returns its columns, or null when the row is not a
 * header (it needs 三级指标 or 二级指标, and a value column).
 * A second 二级指标 / 三级指标 / 指标值 (dual period/year target forms) becomes annualLevel2 /
 * annualName / annualTarget.
 */
export function mapHeader(row: Row): Column[] | null {
  const cols: Column[] = [];
  const seen = new Set<Role>();
  row.cells.forEach((cell, index) => {
    if (cell.merged) return;
    let role = headerRole(cell.text);
    if (!role) return;
    if (seen.has(role)) {
      if (role === "level2") role = "annualLevel2";
      else if (role === "name") role = "annualName";
      else if (role === "target") role = "annualTarget";
      else return;
    }
    seen.add(role);
    cols.push({ role, header: cell.text, index });
  });
  const hasName = seen.has("name") || seen.has("level2");
  const hasValue = seen.has("target") || seen.has("actual");
  return hasName && hasValue ? cols : null;
}

/** A bare number such as a 分值 or 得分: "20", "9.8", "0.00" */
export const BARE_NUMBER = /^\d{1,3}(\.\d+)?$/;

/** default compatibility of a cell text with a role; layouts may pass their own */
export function defaultCompat(text: string, role: Role): number {
  const t = text.trim();
  const l1 = normalizeLevel1(t) !== null || (isLabelFragment(t) && t.length <= 2);
  const l2 = normalizeLevel2(t) !== null;
  switch (role) {
    case "rowLabel":
      return /^(绩效指标|名称)$/.test(t) ? 6 : -20;
    case "level1":
      return l1 && !l2 ? 6 : -20;
    case "level2":
    case "annualLevel2":
      return l2 ? 6 : -20;
    case "level1Weight":
    case "weight":
    case "score":
      return BARE_NUMBER.test(t) || t === "—" ? 3 : -20;
    case "name":
    case "annualName":
      return l1 || l2 ? -8 : BARE_NUMBER.test(t) ? -2 : 2;
    case "description":
    case "basis":
    case "deviation":
      return l1 || l2 ? -8 : 0.5;
    case "target":
    case "annualTarget":
    case "adjusted":
    case "actual":
      return l1 || l2 ? -8 : 1;
  }
}

export const POSITION_WEIGHT = 0.6;

export interface Alignment<R extends string = Role> {
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
export function alignRow<R extends string = Role>(
  row: Row,
  columns: { role: R; index: number }[],
  opts: {
    compat?: (text: string, role: R) => number;
    shifts?: number[];
    allowSkip?: boolean;
    skipCost?: number;
  } = {},
): Alignment<R> {
  const compat = opts.compat ?? (defaultCompat as unknown as (text: string, role: R) => number);
  const shifts = opts.shifts ?? [0, -1, 1, -2, 2, -3, 3];
  const skipCost = opts.skipCost ?? 10;
  const cells = row.cells
    .map((cell, index) => ({ cell, index }))
    .filter((c) => c.cell.text.trim() !== "" && !c.cell.merged);
  let best: Alignment<R> = { byRole: {}, score: -Infinity, shift: 0 };
  const n = cells.length;
  const m = columns.length;
  if (n === 0) return { byRole: {}, score: 0, shift: 0 };
  for (const shift of shifts) {
    // dp[i][j]: best score aligning first i cells using first j columns
    const dp: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(-Infinity));
    const from: (0 | 1 | 2)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let j = 0; j <= m; j++) dp[0][j] = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        // skip column j (role left empty)
        if (j > 0 && dp[i][j - 1] > dp[i][j]) {
          dp[i][j] = dp[i][j - 1];
          from[i][j] = 1;
        }
        // assign cell i-1 to column j-1
        if (j > 0 && dp[i - 1][j - 1] > -Infinity) {
          const c = cells[i - 1];
          const col = columns[j - 1];
          const s =
            dp[i - 1][j - 1] + compat(c.cell.text, col.role) - POSITION_WEIGHT * Math.abs(c.index - shift - col.index);
          if (s > dp[i][j]) {
            dp[i][j] = s;
            from[i][j] = 2;
          }
        }
        // drop the cell (only when allowed)
        if (opts.allowSkip && dp[i - 1][j] - skipCost > dp[i][j]) {
          dp[i][j] = dp[i - 1][j] - skipCost;
          from[i][j] = 0;
        }
      }
    }
    const score = dp[n][m] - 0.01 * Math.abs(shift);
    if (score > best.score) {
      const byRole: Partial<Record<R, Cell>> = {};
      let i = n;
      let j = m;
      while (i > 0) {
        const f = from[i][j];
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
