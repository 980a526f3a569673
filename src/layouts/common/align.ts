/**
 * The header roles of the corpus self-assessment layouts (mapHeader). Rows are aligned to headers
 * by src/recognise/align.ts.
 */
import type { Row } from "../../read/grid.js";

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
