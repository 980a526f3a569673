/**
 * The corpus layouts' header roles (mapHeader) and how well a cell text fits one (defaultCompat).
 * Rows are aligned to headers by src/recognise/align.ts.
 */
import type { Row } from "../../read/grid.js";
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

/** headerRole's answers per text: every row of every form is asked whether it is a header */
const HEADER_ROLE_MEMO = new Map<string, Role | null>();

export function headerRole(text: string): Role | null {
  const hit = HEADER_ROLE_MEMO.get(text);
  if (hit !== undefined) return hit;
  const t = text.replace(/\s+/g, "");
  let out: Role | null = null;
  for (const [re, role] of HEADER_ROLES) {
    if (re.test(t)) {
      out = role;
      break;
    }
  }
  if (HEADER_ROLE_MEMO.size >= 20_000) HEADER_ROLE_MEMO.clear();
  HEADER_ROLE_MEMO.set(text, out);
  return out;
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
/** whether a (trimmed) text reads as a level-1 / level-2 label; cached per distinct text, as the
 *  same labels recur on every row of every form (bounded: the cache is dropped when full) */
const LABEL_CLASS = new Map<string, { l1: boolean; l2: boolean }>();
function labelClass(t: string): { l1: boolean; l2: boolean } {
  let c = LABEL_CLASS.get(t);
  if (!c) {
    if (LABEL_CLASS.size >= 20000) LABEL_CLASS.clear();
    c = { l1: normalizeLevel1(t) !== null || (isLabelFragment(t) && t.length <= 2), l2: normalizeLevel2(t) !== null };
    LABEL_CLASS.set(t, c);
  }
  return c;
}

/** default compatibility of a cell text with a role; layouts may pass their own */
export function defaultCompat(text: string, role: Role): number {
  const t = text.trim();
  const { l1, l2 } = labelClass(t);
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

