/**
 * A form region of a grid, and helpers to look at it: its text, a row's line, the title's year, the
 * cover's department.
 */
import type { Grid, Row } from "../read/grid.js";
import { joinRowTexts } from "../read/grid.js";

/** A form region of a Grid: what the segmenter hands to the header engine (engine.ts). */
export interface Region {
  grid: Grid;
  /** rows of the region, in order: from the title lines above 项目名称 to the row before the next form */
  rows: Row[];
  /** index in grid.rows of rows[0] */
  start: number;
  /** index in rows of the anchor row (the one holding 项目名称 / 项目编码) */
  anchor: number;
  /** the document's budget year if known (from its title), for date checks */
  year?: number | null;
}

/** all the region's text without spaces, for cheap keyword matching */
export function regionText(region: Region, maxRows = 60): string {
  return joinRowTexts(region.rows, 0, maxRows, "\n").replace(/[ \t\u3000]+/g, "");
}

/** the first source line number of a row (1-based), falling back to its grid row number */
export function lineOf(row: Row): number {
  return row.loc.line ?? row.loc.row ?? 0;
}

/** "(2024年度)" / "2024年" in the title lines → 2024 */
export function yearFromTitle(text: string): number | null {
  // "(2024年度)" names the budget year; a bare "2019-2023年" in a project name does not
  const fiscal = /(20\d{2})\s*年度/.exec(text);
  if (fiscal) return Number(fiscal[1]);
  const m = /(20\d{2})\s*年(?!\s*[-—至~])/.exec(text.replace(/20\d{2}\s*[-—至~]\s*(?=20\d{2})/g, ""));
  return m ? Number(m[1]) : null;
}

/**
 * The department named in the document's first lines (a budget book's cover: "312 平乡县公安局"),
 * matched within one line.
 */
export function documentDepartment(rows: Row[]): string | null {
  const head = joinRowTexts(rows, 0, 40, "\n");
  const m = /([\u4e00-\u9fa5]{2,20}?(公安局|财政局|教育局|卫生健康委员会|委员会|局|办公室|中心|医院|学校|政府))/.exec(head.replace(/[ \t\u3000]+/g, ""));
  return m ? m[1] : null;
}
