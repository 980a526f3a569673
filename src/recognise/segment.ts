/**
 * Cut a Grid into form regions. A form starts at an anchor row holding 项目名称 (or 项目编码)
 * among its first cells; its region runs from the title lines just above the anchor to the
 * row before the next region. Regions with no indicator table are reported, not dropped.
 */
import type { Cell, Grid, Row } from "../read/grid.js";
import { filledCells, isBlankRow, joinRowTexts } from "../read/grid.js";
import { bareListProjectAt, isProjectTableWord, loadTemplates } from "./templates.js";

export interface RawRegion {
  /** index in grid.rows of the first row (title lines included) */
  start: number;
  /** index of the anchor row */
  anchor: number;
  /** index one past the last row */
  end: number;
}

export const ANCHOR = /^(项目名称|项目编码|项目编号|专项名称|专项资金名称|项目支出名称|二级项目名称|一级项目名称)/;
/** labels that name the project itself (a second one within two rows opens another form) */
const NAMES_PROJECT = /(?<!一级)(项目名称|专项(资金)?名称|项目支出名称)/;
/** department-level forms (部门整体支出绩效目标表) are anchored on the department's label */
export const DEPARTMENT_ANCHOR = /^(部门名称|单位名称|预算单位|填报单位|部门[（(]单位[)）]名?|单位[（(]部门[)）]名?)/;
const DEPARTMENT_TITLE = /整体(支出)?绩效|部门整体|单位整体/;
/**
 * A character every anchor word holds (项 for ANCHOR's, 单 or 部 for DEPARTMENT_ANCHOR's): a cell
 * without it anchors nothing, which one search tells for the many cells of a file before their
 * spaces are squeezed out (a test holds these against the two expressions)
 */
export const ANCHOR_MARK = /项/;
export const DEPARTMENT_MARK = /[单部]/;

export function isAnchorRow(row: Row, all = filledCells(row)): boolean {
  const cells = all.slice(0, 3);
  return cells.some(({ cell }, k) => ANCHOR_MARK.test(cell.text) && ANCHOR.test(cell.text.replace(/\s+/g, "")) && !isProjectListHeader(all.slice(all.indexOf(cells[k])))) || isWideListHeader(all);
}

/** how far into a list header its 项目名称 may stand (序号 | 单位编码 | 单位名称 | 项目编码 | 项目名称 …) */
const LIST_ANCHOR_REACH = 6;

/** the index of a list-style header's 项目名称 among its filled cells (an indicator column after it), or -1;
 *  or of its project column saying only 项目, with the list's own columns beside it (bareListProjectAt) */
function listAnchorAt(cells: string[]): number {
  const generic = loadTemplates()[0];
  const at = cells.slice(0, LIST_ANCHOR_REACH).findIndex((t) => ANCHOR.test(t));
  if (at < 0) {
    const bare = bareListProjectAt(generic, cells);
    return bare >= 0 && bare < LIST_ANCHOR_REACH ? bare : -1;
  }
  return cells.slice(at + 1).some((t) => isProjectTableWord(generic, "indicator", t)) ? at : -1;
}

/** a list-style header whose 项目名称 stands after three columns of the unit's or more ("序号 | 单位编码 |
 *  单位名称 | 项目名称 | … | 一级指标"), or whose project column says only 项目 ("单位名称 | 项目 | 预算数 |
 *  年度目标 | 一级指标 …"): it anchors as one with 项目名称 among its first cells does */
function isWideListHeader(all: ReturnType<typeof filledCells>): boolean {
  if (all.length < 5) return false;
  const cells = all.map((c) => c.cell.text.replace(/\s+/g, ""));
  const at = listAnchorAt(cells);
  return at >= 3 || (at >= 0 && !ANCHOR.test(cells[at]));
}

/**
 * "项目名称 | 全年预算数 | 全年执行数 | …" and no indicator column: the cell after 项目名称 names an amount column, so the row
 * heads a table of projects (a department form lists its projects so), not a form of one project,
 * whose 项目名称 is followed by the name itself.
 */
function isProjectListHeader(fromName: ReturnType<typeof filledCells>): boolean {
  if (fromName.length < 3) return false;
  // regions are cut before a template is chosen: the generic template's words (projectTable)
  const generic = loadTemplates()[0];
  const text = (k: number) => fromName[k].cell.text.replace(/\s+/g, "");
  // a list-style form's header ("项目名称 | 预算数 | 年度目标 | 一级指标 …") carries its indicators: it anchors
  return isProjectTableWord(generic, "amount", text(1)) && !fromName.some((_, k) => isProjectTableWord(generic, "indicator", text(k)));
}

/** a row's filled texts without spaces, joined by "|" */
function squashed(row: Row): string {
  return filledCells(row)
    .map((c) => c.cell.text.replace(/\s+/g, ""))
    .join("|");
}

/**
 * Two headers of one table, the second printed again on a later page: the same cells, or the same but
 * for one column more or less (a 序号 or 指标值确定依据 column the repeat leaves out). Texts as squashed.
 */
export function sameTableHeader(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return a.every((t, k) => t === b[k]);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3) return false;
  for (let skip = 0; skip < long.length; skip++) if (short.every((t, k) => t === long[k < skip ? k : k + 1])) return true;
  return false;
}

/** a list-style form's header: 项目名称 among its first cells and an indicator column ("一级指标") after it */
function isListHeader(row: Row): boolean {
  return listAnchorAt(filledCells(row).map((c) => c.cell.text.replace(/\s+/g, ""))) >= 0;
}

const TITLE_LIKE =
  /绩效目标表|绩效自评表|自评表|目标表|绩效$|^[(（]?\s*20\d{2}\s*年度?\s*[)）]?$|^单位[:：]|^附件\s*\d*$|^\d+\s*[、.]\s*\S*(经费|项目|费)|号$|^项目支出绩效/;

/** a title marked as continuing the table of the page before ("…绩效目标表（续）", "续表", "续表1") */
const CONTINUED_TITLE = /[（(]续(表|上表|前表)?[)）]$|^续表\d*$|^续表[:：]/u;

/** a row holding only a title marked as continued (one cell) */
export function isContinuedTitle(row: Row, cells = filledCells(row)): boolean {
  if (cells.length !== 1) return false;
  const t = cells[0].cell.text.replace(/\s+/g, "");
  return t.length <= 80 && CONTINUED_TITLE.test(t);
}

export function isTitleLike(row: Row): boolean {
  const cells = filledCells(row);
  if (cells.length === 0 || cells.length > 3) return false;
  const text = cells.map((c) => c.cell.text).join("").replace(/\s+/g, "");
  if (text.length > 80) return false;
  return TITLE_LIKE.test(text);
}

export function segment(grid: Grid): RawRegion[] {
  const anchors: number[] = [];
  // one pass over the rows and one list of filled cells per row for both kinds of anchor; a
  // department's label is tested against the form anchors of the whole grid, so it is kept for after
  const departments: number[] = [];
  const rows = grid.rows;
  for (let i = 0; i < rows.length; i++) {
    // the row's first filled cells, looked at in place: an anchor is among them (the first three; a
    // list header's 项目名称 up to LIST_ANCHOR_REACH), and holds the mark; the row's list of filled cells
    // is made only for a row that may anchor
    let first: Cell | null = null;
    let seen = 0;
    let marked = false;
    for (const c of rows[i].cells) {
      if (c === undefined || c.merged || c.text.trim() === "") continue;
      first ??= c;
      if (ANCHOR_MARK.test(c.text)) marked = true;
      if (++seen === LIST_ANCHOR_REACH) break;
    }
    if (!first) continue;
    if (marked && isAnchorRow(rows[i])) anchors.push(i);
    if (DEPARTMENT_MARK.test(first.text) && DEPARTMENT_ANCHOR.test(first.text.replace(/\s+/g, ""))) departments.push(i);
  }
  // a department-level form: its department label under a title saying 整体
  for (const i of departments) {
    const above = joinRowTexts(rows, Math.max(0, i - 4), i, "");
    if (DEPARTMENT_TITLE.test(above.replace(/\s+/g, "")) && !anchors.some((a) => Math.abs(a - i) <= 3)) anchors.push(i);
  }
  anchors.sort((a, b) => a - b);
  // 项目编码 and 项目名称 on two consecutive rows belong to one form
  const merged: number[] = [];
  for (const a of anchors) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && a - prev <= 2 && !NAMES_PROJECT.test(grid.rows[prev].text.replace(/\s+/g, ""))) continue;
    if (prev !== undefined && a - prev <= 2 && NAMES_PROJECT.test(grid.rows[prev].text) && !NAMES_PROJECT.test(grid.rows[a].text)) continue;
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
    // a list-style table's header printed again on the next page, with no title of its own above it:
    // the table goes on (its lines may continue the project above), no new form starts
    const prev = regions[regions.length - 1];
    // — nor when the only line above it is the table's title marked as continued ("…目标表（续）", "续表")
    const continued = start === anchor || rows.slice(start, anchor).every((r) => isBlankRow(r) || isContinuedTitle(r));
    // under such a title the repeat may leave out a column or add one (sameTableHeader); without one, it
    // must be the same header
    const titled = start !== anchor && rows.slice(start, anchor).some((r) => isContinuedTitle(r));
    const cellsOf = (r: Row) => squashed(r).split("|");
    const same = squashed(rows[anchor]) === squashed(rows[prev?.anchor ?? anchor]) || (titled && !!prev && sameTableHeader(cellsOf(rows[anchor]), cellsOf(rows[prev.anchor])));
    if (prev && continued && isListHeader(rows[anchor]) && same) return;
    regions.push({ start, anchor, end: grid.rows.length });
  });
  for (let k = 0; k < regions.length - 1; k++) regions[k].end = regions[k + 1].start;
  return regions;
}
