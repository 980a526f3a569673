/**
 * The corpus self-assessment layout's table helpers: its header row (align.ts mapHeader) and the
 * rows that end a table. (Tables themselves are read by src/recognise/table.ts.)
 */
import type { Row } from "../../read/grid.js";
import { mapHeader, type Column } from "./align.js";
import { CLOSING_ROW } from "../../recognise/blocks.js";

export const DEFAULT_STOP = new RegExp(
  /^(总分|合计|负责人|填报人|备注|项目绩效分析|说明|注[:：]|单位负责人|联系电话|审核人|附件|第.部分)/.source + "|" + CLOSING_ROW.source,
);

/** index of the first header row in rows[from..], or -1 */
export function findHeader(rows: Row[], from = 0): { index: number; columns: Column[] } | null {
  for (let i = from; i < rows.length; i++) {
    const cols = mapHeader(rows[i]);
    if (cols) return { index: i, columns: cols };
  }
  return null;
}
