/**
 * Cut a Grid into form regions. A form starts at an anchor row holding 项目名称 (or 项目编码)
 * among its first cells; its region runs from the title lines just above the anchor to the
 * row before the next region. Regions with no indicator table are reported, not dropped.
 */
import type { Grid, Row } from "../read/grid.js";
import { filledCells, isBlankRow } from "../read/grid.js";

export interface RawRegion {
  /** index in grid.rows of the first row (title lines included) */
  start: number;
  /** index of the anchor row */
  anchor: number;
  /** index one past the last row */
  end: number;
}

const ANCHOR = /^(项目名称|项目编码|项目编号)/;

export function isAnchorRow(row: Row): boolean {
  const cells = filledCells(row).slice(0, 3);
  return cells.some(({ cell }) => ANCHOR.test(cell.text.replace(/\s+/g, "")));
}

const TITLE_LIKE =
  /绩效目标表|绩效自评表|自评表|目标表|绩效$|^[(（]?\s*20\d{2}\s*年度?\s*[)）]?$|^单位[:：]|^附件\s*\d*$|^\d+\s*[、.]\s*\S*(经费|项目|费)|号$|^项目支出绩效/;

export function isTitleLike(row: Row): boolean {
  const cells = filledCells(row);
  if (cells.length === 0 || cells.length > 3) return false;
  const text = cells.map((c) => c.cell.text).join("").replace(/\s+/g, "");
  if (text.length > 80) return false;
  return TITLE_LIKE.test(text);
}

export function segment(grid: Grid): RawRegion[] {
  const anchors: number[] = [];
  grid.rows.forEach((row, i) => {
    if (isAnchorRow(row)) anchors.push(i);
  });
  // 项目编码 and 项目名称 on two consecutive rows belong to one form
  const merged: number[] = [];
  for (const a of anchors) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && a - prev <= 2 && !/项目名称/.test(grid.rows[prev].text.replace(/\s+/g, ""))) continue;
    if (prev !== undefined && a - prev <= 2 && /项目名称/.test(grid.rows[prev].text) && !/项目名称/.test(grid.rows[a].text)) continue;
    merged.push(a);
  }
  const regions: RawRegion[] = [];
  merged.forEach((anchor, k) => {
    const floor = k === 0 ? 0 : merged[k - 1] + 1;
    let start = anchor;
    for (let i = anchor - 1; i >= floor && anchor - i <= 8; i--) {
      const row = grid.rows[i];
      if (isBlankRow(row)) continue;
      if (isTitleLike(row)) start = i;
      else break;
    }
    regions.push({ start, anchor, end: grid.rows.length });
  });
  for (let k = 0; k < regions.length - 1; k++) regions[k].end = regions[k + 1].start;
  return regions;
}
