/**
 * Header fields of a form ("项目名称 ⇥ ⇥ xxx", "主管部门及代码 ⇥ 027-兴县公安局 ⇥ 实施单位 ⇥ 兴县公安局"):
 * a label cell followed by its value in the next non-empty cell that is not itself a label.
 */
import type { Cell, Row } from "../../read/grid.js";
import { filledCells } from "../../read/grid.js";
import type { Text } from "../../model/loc.js";

/** canonical header labels; a cell is a label if, with spaces and colons removed, it matches */
export const HEADER_LABELS: [RegExp, string][] = [
  [/^项目名称$/, "项目名称"],
  [/^项目编[码号]$/, "项目编码"],
  [/^主管部门(及代码)?$/, "主管部门"],
  [/^(实施单位|预算单位|项目实施单位|执行单位)$/, "实施单位"],
  [/^项目属性$/, "项目属性"],
  [/^项目期(限)?$/, "项目期"],
  [/^项目概况$/, "项目概况"],
  [/^立项依据$/, "立项依据"],
  [/^项目设立必要性$/, "项目设立必要性"],
  [/^保证项目实施的制度、?措施$/, "保证项目实施的制度、措施"],
  [/^项目实施计划$/, "项目实施计划"],
  [/^项目类别$/, "项目类别"],
  [/^资金用途$/, "资金用途"],
];

export function headerLabel(text: string): string | null {
  const t = text.replace(/[\s:：]+/g, "");
  for (const [re, canon] of HEADER_LABELS) if (re.test(t)) return canon;
  return null;
}

/**
 * Find header fields in `rows`: returns canonical label → {text, loc} for the first occurrence.
 * The value is the next non-empty cell after the label on the same row that is not a label.
 */
export function headerFields(rows: Row[]): Record<string, Text> {
  const out: Record<string, Text> = {};
  for (const row of rows) {
    const cells = filledCells(row);
    for (let k = 0; k < cells.length; k++) {
      const label = headerLabel(cells[k].cell.text);
      if (!label || out[label]) continue;
      const next: Cell | undefined = cells[k + 1]?.cell;
      if (next && !headerLabel(next.text)) out[label] = { text: next.text.trim(), loc: { ...next.loc } };
    }
  }
  return out;
}

/** "027-兴县公安局" → {code:"027", name:"兴县公安局"}; "平罗县公安局 019001" → {code:"019001", …} */
export function splitCodeName(s: string): { code: string | null; name: string } {
  const t = s.trim();
  let m = /^(\d{2,})\s*[-－—]\s*(.+)$/.exec(t);
  if (m) return { code: m[1], name: m[2].trim() };
  m = /^(.+?)\s*(\d{3,})$/.exec(t);
  if (m) return { code: m[2], name: m[1].trim() };
  return { code: null, name: t };
}

/** parse an amount cell: "50,000", "316 万元", "114.463", "" → null */
export function parseAmount(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = s
    .replace(/\s+/g, "")
    .replace(/，/g, ",")
    .replace(/(万元|元|万)$/, "");
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ""));
}
