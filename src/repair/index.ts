/**
 * The repair stage: between reading (any format → Grid) and recognising (Grid → forms).
 *
 * Extraction damages tables in a handful of recurring ways; each function here undoes one of them,
 * measured from the rows at hand (never from line numbers or one file's column widths):
 *   - page furniture ("第 3 页", "- 3 -", "共 5 页") and header rows repeated at the top of a page
 *     → dropped (`dropPageFurniture`, `dropRepeatedHeaders`);
 *   - cells wrapped over several lines (narrow columns of a borderless PDF printed from a workbook:
 *     "参训教师人" / "数") → joined into the row they belong to, above or below as the table's own
 *     layout shows (`joinWrapped`);
 *   - labels cut or split over rows ("产出指" + "标", "效" / "益" / "指" / "标") → rejoined, and a
 *     point annotation left on its own row ("（50分）") → attached to the label above it
 *     (`rejoinSplitLabels`).
 * The functions work on records: a table row whose cells have already been assigned to column roles
 * (src/recognise aligns each row to its header first), so a shifted cell is repaired in the column it
 * belongs to, not the one it was printed in.
 */
import type { Cell, Row } from "../read/grid.js";
import { cellWith, copyCell, copyLoc, filledCells, isBlankRow } from "../read/grid.js";

/** one table row with its cells by role */
export interface TableRecord<R extends string = string> {
  row: Row;
  cells: Partial<Record<R, Cell>>;
  /** source rows folded into this record by a repair */
  merged?: Row[];
}

const PAGE_FURNITURE =
  /^(第\s*\d+\s*页(\s*[,，、/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页(\s*[,，、/]?\s*第\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+|page\s*\d+(\s*of\s*\d+)?)$/i;

const DIGIT = /\d/;

/** true for a row that only holds a page number or a running page header */
export function isPageFurniture(row: Row): boolean {
  // every page-number form holds a digit: a row of one to three filled cells with none is not one
  // (asked of every row several times; answered here without building the row's cell list)
  // (the up to three filled cells kept as they are met: no cell list built)
  let filled = 0;
  let digit = false;
  let a: Cell | null = null;
  let b: Cell | null = null;
  let c3: Cell | null = null;
  for (const c of row.cells) {
    if (c.merged || c.text.trim() === "") continue;
    if (++filled > 3) return false;
    if (filled === 1) a = c;
    else if (filled === 2) b = c;
    else c3 = c;
    if (!digit && DIGIT.test(c.text)) digit = true;
  }
  if (!digit || a === null) return false;
  // "— 1 —" printed with spaces may be read as three cells ("—", "1", "—")
  const t = (b === null ? a.text : c3 === null ? a.text + " " + b.text : a.text + " " + b.text + " " + c3.text).trim();
  return PAGE_FURNITURE.test(t);
}

/** a bare page number: "41" */
const BARE_PAGE = /^\d{1,4}$/;

/**
 * A line holding one bare number ("41") that ends a page: the next line opens the next page with a
 * form feed, or the line is the document's last of a paginated text — a page number without its
 * "第…页" (`pdftotext -layout` prints the page's footer so). A bare number elsewhere is kept.
 */
function isBarePageNumber(row: Row, ends: Set<Row> | null): boolean {
  // asked of every row of every region: the page's last rows first (none in a text without form feeds)
  if (ends === null || !ends.has(row)) return false;
  const cells = filledCells(row);
  return cells.length === 1 && BARE_PAGE.test(cells[0].cell.text.trim());
}

/** per document: the last non-blank row before each form feed, and the last row of a paginated text
 *  (null when the text has no form feed); found once, as regions ask about their rows */
const PAGE_ENDS = new WeakMap<Row[], Set<Row> | null>();
function pageEnds(all: Row[]): Set<Row> | null {
  if (PAGE_ENDS.has(all)) return PAGE_ENDS.get(all)!;
  // most documents (workbooks, TAB text) have no form feed: told without a blank test per row
  let paged = false;
  for (const r of all) if (r.text.startsWith("\f")) { paged = true; break; }
  if (!paged) {
    PAGE_ENDS.set(all, null);
    return null;
  }
  let ends: Set<Row> | null = null;
  let last: Row | null = null;
  for (const r of all) {
    if (r.text.startsWith("\f")) {
      ends ??= new Set();
      if (last) ends.add(last);
    }
    if (!isBlankRow(r)) last = r;
  }
  if (ends && last) ends.add(last);
  PAGE_ENDS.set(all, ends);
  return ends;
}

function rowText(row: Row): string {
  return filledCells(row)
    .map((c) => c.cell.text)
    .join("")
    .replace(/[\s\u3000]+/g, "");
}

/** a form title: "项目支出绩效目标表", "部门整体支出绩效自评表（2024年度）" */
const FORM_TITLE = /(绩效|表([（(][^）)]*[)）])?$)/u;

/**
 * A running header's line holds one or two texts ("某某局2025年部门预算公开", "…决算公开   第五部分 附件");
 * split on its single spaces by the line reader, up to three cells.
 */
const HEADER_CELLS = 3;

/** how often each text of a row of up to HEADER_CELLS cells occurs in a document (cached per document) */
const shortRowCache = new WeakMap<Row[], Map<string, number>>();
function shortRowCounts(all: Row[]): Map<string, number> {
  let counts = shortRowCache.get(all);
  if (counts) return counts;
  counts = new Map();
  for (const r of all) {
    const t = filledCells(r).length <= HEADER_CELLS ? rowText(r) : "";
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  shortRowCache.set(all, counts);
  return counts;
}

/**
 * A running page header: a line of one to three cells directly below a page number (blank lines
 * aside) whose text is printed again elsewhere in the document ("某某局2025年部门预算公开" at the top
 * of every page). `all` is the whole document's rows, where the repeat is looked for. The page
 * numbers met on the way are added to `pages` (a blank row is never one).
 */
function runningHeaders(rows: Row[], all: Row[], pages: Set<Row>): Set<Row> {
  const out = new Set<Row>();
  let afterPageNumber = false;
  let counts: Map<string, number> | null = null;
  // the last content row above the page number
  let above: Row | null = null;
  const ends = pageEnds(all);
  rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    if (isPageFurniture(row) || isBarePageNumber(row, ends)) {
      pages.add(row);
      afterPageNumber = true;
      return;
    }
    if (afterPageNumber && filledCells(row).length <= HEADER_CELLS) {
      counts ??= shortRowCounts(all);
      const t = rowText(row);
      // a form's own title ("项目支出绩效目标表") repeats too when each form starts a page: it is kept,
      // unless it stands inside an indicator table (a report title containing 绩效 printed atop each page)
      let below: Row | undefined;
      for (let j = i + 1; j < rows.length && below === undefined; j++) if (!isBlankRow(rows[j])) below = rows[j];
      if (t.length >= 6 && (counts.get(t) ?? 0) >= 2 && (!FORM_TITLE.test(t) || insideIndicatorTable(above, below))) out.add(row);
      // printed once (the document's last page break), a one-cell title between a page number and an
      // indicator table going on below it ("某某局2025年部门预算公开" / the header repeated) is the page's too
      else if (t.length >= 6 && filledCells(row).length === 1 && !FORM_TITLE.test(t) && (insideIndicatorTable(above, below) || (isTableRow(above) && isListHeader(below))) && /指标/.test(rowText(below!))) out.add(row);
    }
    afterPageNumber = false;
    above = row;
  });
  return out;
}

/** a page number at the end of a line's text ("…部门预算 第14页", "…  — 3 —") */
const PAGE_TAIL = /(第\d+页(共\d+页)?|共\d+页第\d+页|[-—–]\d+[-—–])$/u;

/** the text a line prints beside its page number ("某学院2025年部门预算" of "某学院2025年部门预算  第14页") */
function footerText(row: Row): string | null {
  // asked of every row of every region: counted and told by its last character before any text is
  // built (the row's text ends where its last filled cell's trimmed text ends)
  let n = 0;
  let last: Cell | null = null;
  for (const c of row.cells) {
    if (c === undefined || c.merged || c.text.trim() === "") continue;
    if (++n > 4) return null;
    last = c;
  }
  if (n < 2 || last === null) return null;
  const end = last.text.trim();
  const ch = end[end.length - 1];
  if (ch !== "页" && ch !== "-" && ch !== "—" && ch !== "–") return null;
  const t = rowText(row);
  const m = PAGE_TAIL.exec(t);
  if (!m) return null;
  const rest = t.slice(0, m.index);
  // a form's own title printed with its page number ("项目支出绩效自评表 第1页") may open a form: kept
  return rest.length >= 6 && !/\d$/.test(rest) && !FORM_TITLE.test(rest) ? rest : null;
}

/**
 * A running page footer: a page number printed on one line with a text ("某学院2025年部门预算 第14页")
 * that the document prints again — on another such line or alone as its title. Without the repeat a
 * line ending on a page number is kept (a sentence may end "见第3页").
 */
function runningFooters(rows: Row[], all: Row[]): Set<Row> {
  const out = new Set<Row>();
  // asked of every region: no pair made per row, the counts only once a row ends on a page number
  let counts: Map<string, number> | null = null;
  let footers: Map<string, number> | null = null;
  for (const r of rows) {
    const t = footerText(r);
    if (t === null) continue;
    counts ??= shortRowCounts(all);
    footers ??= footerCounts(all);
    if ((footers.get(t) ?? 0) + (counts.get(t) ?? 0) >= 2) out.add(r);
  }
  return out;
}

/** how often each footer text occurs in a document (cached per document: regions ask once each) */
const footerCache = new WeakMap<Row[], Map<string, number>>();
function footerCounts(all: Row[]): Map<string, number> {
  let footers = footerCache.get(all);
  if (footers) return footers;
  footers = new Map();
  for (const r of all) {
    const t = footerText(r);
    if (t) footers.set(t, (footers.get(t) ?? 0) + 1);
  }
  footerCache.set(all, footers);
  return footers;
}

/** a list-style table's header ("单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …"): 项目名称 and an indicator column */
function isListHeader(row: Row | undefined): boolean {
  if (!row) return false;
  const cells = filledCells(row).map((c) => c.cell.text.replace(/[\s\u3000]+/g, ""));
  return cells.length >= 4 && cells.slice(0, 3).some((c) => /^项目名称/.test(c)) && cells.some((c) => /指标/.test(c));
}

/** a table row (three cells or more) that is no field or signature line ("项目名称", "填报人：") */
function isTableRow(row: Row | null | undefined): row is Row {
  if (!row) return false;
  const cells = filledCells(row).map((c) => c.cell.text);
  return cells.length >= 3 && !cells.some((c) => /项目名称|单位|部门|填报|审核|负责人/.test(c));
}

/**
 * A line between two rows of an indicator table (the one above the page number, the one below the
 * line), one of them naming an indicator level ("一级指标", "产出指标"): no form starts there.
 */
function insideIndicatorTable(above: Row | null, below: Row | undefined): boolean {
  return isTableRow(above) && isTableRow(below) && [above, below].some((r) => /指标/.test(rowText(r)));
}

/** rows without page numbers and running headers; `all` is the whole document (where a running header repeats) */
export function dropPageFurniture(rows: Row[], all: Row[] = rows): Row[] {
  // a list this function returned has no page number left, so no running header below one either:
  // dropping again (recognise drops per region, the engine again for callers that did not) keeps it
  if (DROPPED.has(rows)) {
    const copy = rows.slice();
    DROPPED.add(copy);
    return copy;
  }
  // each row is asked once whether it is a page number (runningHeaders asks every row anyway)
  const pages = new Set<Row>();
  const headers = runningHeaders(rows, all, pages);
  const footers = runningFooters(rows, all);
  const out = rows.filter((r) => !pages.has(r) && !headers.has(r) && !footers.has(r));
  DROPPED.add(out);
  return out;
}

/** the lists dropPageFurniture returned (callers only read them) */
const DROPPED = new WeakSet<Row[]>();

/** a subtotal label ("小计", "其中小计", "（产出指标小计）"): its row states a group's points, it is no indicator */
const SUBTOTAL = /^[（(]?(其中[:：]?)?[\u4e00-\u9fa5]{0,10}小计[)）]?[:：]?$/u;

/** true for a cell text that names a subtotal row */
export function isSubtotalLabel(text: string): boolean {
  // asked of every record's label and name cells: a text without 计 is no subtotal (no copy made)
  if (!text.includes("计")) return false;
  return SUBTOTAL.test(text.replace(/[\s\u3000]+/g, ""));
}

function signature(row: Row): string {
  return filledCells(row)
    .map((c) => c.cell.text.replace(/\s+/g, ""))
    .join("|");
}

/**
 * Drop rows that repeat the header row `headerIndex` (a table continued on the next page repeats its
 * header). A repeated header directly below a block title ("年度绩效指标") opens a new block and is
 * kept: `isBlockTitle` says which rows are titles.
 */
export function dropRepeatedHeaders(rows: Row[], headerIndex: number, isBlockTitle: (row: Row) => boolean = () => false): Row[] {
  const sig = signature(rows[headerIndex]);
  if (!sig) return rows;
  const out: Row[] = [];
  let prev: Row | null = null;
  rows.forEach((row, i) => {
    if (i > headerIndex && signature(row) === sig && !(prev && isBlockTitle(prev))) return;
    out.push(row);
    if (!isBlankRow(row)) prev = row;
  });
  return out;
}

/** how wrapped lines sit around the line that carries a row's values */
export type WrapDirection = "up" | "down" | "centre";

/**
 * Measure where the continuation lines of wrapped cells sit, from the table itself: fragments before
 * the first value row mean cells are bottom-aligned (the fragment belongs to the row below); fragments
 * after the last value row mean top-aligned (to the row above); both mean vertically centred.
 */
export function measureWrapDirection(isFragment: boolean[]): WrapDirection {
  const first = isFragment.indexOf(false);
  if (first < 0) return "up";
  let last = isFragment.length - 1;
  while (last >= 0 && isFragment[last]) last--;
  const leading = first;
  const trailing = isFragment.length - 1 - last;
  if (leading > 0 && trailing > 0) return "centre";
  if (leading > 0) return "down";
  return "up";
}

/** `numbersApart`: see joinWrappedText (false where the column's width cut a number: "2025年1" / "0月底前") */
export function joinCell(target: Partial<Record<string, Cell>>, role: string, frag: Cell, before: boolean, numbersApart = true): void {
  const cur = target[role];
  if (!cur || cur.text.trim() === "") {
    target[role] = copyCell(frag);
    return;
  }
  const a = before ? frag.text.trim() : cur.text.trim();
  const b = before ? cur.text.trim() : frag.text.trim();
  target[role] = cellWith(cur, joinWrappedText(a, b, numbersApart), before ? copyLoc(frag.loc) : cur.loc);
}

/**
 * A cell's text and its next wrapped piece: Chinese wraps without a space, Latin words keep one. Numbers
 * keep one where a record's fragment is joined (`numbersApart`: separate figures), and go on without one
 * in a -layout print's narrow column, where the width cut the number ("技术300" / "0亩").
 */
export function joinWrappedText(a: string, b: string, numbersApart = false): string {
  const edge = numbersApart ? /[A-Za-z0-9]/ : /[A-Za-z]/;
  return edge.test(a.slice(-1)) && edge.test(b.slice(0, 1)) ? a + " " + b : a + b;
}

/**
 * Join wrapped continuation lines into the records they belong to. `isFragment(record)` says whether
 * a record holds only continuation text (no value, no label of its own). The direction is measured
 * from the table (see measureWrapDirection) unless given. Returns the records that remain, each with
 * the rows folded into it in `merged`.
 */
export function joinWrapped<R extends string>(
  records: TableRecord<R>[],
  isFragment: (r: TableRecord<R>) => boolean,
  direction?: WrapDirection,
): TableRecord<R>[] {
  const frag = records.map(isFragment);
  const dir = direction ?? measureWrapDirection(frag);
  const out: TableRecord<R>[] = records.map((r) => ({ ...r, cells: { ...r.cells }, merged: [...(r.merged ?? [])] }));
  // runs of fragments between anchors
  const keep = new Array<boolean>(out.length).fill(true);
  let i = 0;
  while (i < out.length) {
    if (!frag[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && frag[j]) j++;
    const above = i - 1 >= 0 ? i - 1 : -1;
    const below = j < out.length ? j : -1;
    const run = j - i;
    // how many of the run go up: all (top-aligned), none (bottom-aligned), the first half (centred)
    let up = dir === "up" ? run : dir === "down" ? 0 : Math.ceil(run / 2);
    if (above < 0) up = 0;
    if (below < 0) up = run;
    if (above < 0 && below < 0) break;
    for (let k = i; k < j; k++) {
      const goesUp = k - i < up;
      const target = goesUp ? out[above] : out[below];
      // fragments going down are prepended, nearest last: walk them bottom-up
      keep[k] = false;
      target.merged!.push(out[k].row);
      if (goesUp) for (const [role, cell] of Object.entries(out[k].cells) as [string, Cell][]) joinCell(target.cells as Record<string, Cell>, role, cell, false);
    }
    for (let k = j - 1; k >= i + up; k--) {
      for (const [role, cell] of Object.entries(out[k].cells) as [string, Cell][]) joinCell(out[below].cells as Record<string, Cell>, role, cell, true);
    }
    i = j;
  }
  return out.filter((_, k) => keep[k]);
}

/** points with 分: "50分", "0-20分" (groups 1 and 2: the bound or the range) */
const SCORED = String.raw`(\d+(?:\.\d+)?)(?:\s*[-－~～至]\s*(\d+(?:\.\d+)?))?\s*分`;
/** points without 分, as some forms print a level 1's: a whole number 1–100 and nothing else (group 3) */
const BARE = String.raw`(100|[1-9]\d?)`;
const bracket = (body: string) => String.raw`[（(]\s*(?:${body})\s*[)）]`;
const POINTS_ONLY = new RegExp(`^${bracket(SCORED)}$`);
const POINTS_SUFFIX = new RegExp(String.raw`${bracket(SCORED)}\s*$`);
const LEVEL1_POINTS_ONLY = new RegExp(`^${bracket(`${SCORED}|${BARE}`)}$`);
const LEVEL1_POINTS_SUFFIX = new RegExp(String.raw`${bracket(`${SCORED}|${BARE}`)}\s*$`);

/**
 * Which points a label may carry. A level 1's bracket may hold its points without 分 ("产出指标（50）",
 * a lone "（50）" under a level 1 printed one character a line): `{ bare: true }` reads those too, as
 * long as the number is whole and 1–100 ("（2024）" is a year, "（50个）" a count, "（0.5）" no points).
 * Without it only "（50分）" is points (a level 2's bracket, whose bare numbers nothing vouches for).
 */
export interface PointsOptions {
  bare?: boolean;
}

const suffixRe = (o?: PointsOptions) => (o?.bare ? LEVEL1_POINTS_SUFFIX : POINTS_SUFFIX);

/** a label's points standing alone, cut from their label: "（40分）" (and "（40）" with `bare`) */
export function isPointsPiece(text: string, o?: PointsOptions): boolean {
  return (o?.bare ? LEVEL1_POINTS_ONLY : POINTS_ONLY).test(text.replace(/\s+/g, ""));
}

/** "产出指标（50分）" → 50; "成本指标（0-20分）" → 20 (the upper bound); "产出指标（50）" → 50 with `bare`; null without points */
export function labelPoints(text: string, o?: PointsOptions): number | null {
  const m = suffixRe(o).exec(text.replace(/\s+/g, ""));
  if (!m) return null;
  return Number(m[2] ?? m[1] ?? m[3]);
}

/** "产出指标（50分）" → "产出指标" (and "产出指标（50）" with `bare`) */
export function stripPoints(text: string, o?: PointsOptions): string {
  return text.replace(/\s+/g, "").replace(suffixRe(o), "");
}

export interface RejoinOptions extends PointsOptions {
  /**
   * a label that is complete without its 指标 ("产出", "满意度") is completed by the characters printed
   * one a line under it ("指" / "标"), as a level 1 printed vertically is when a wrapped cell beside it
   * folded its second line into the first row
   */
  shortLabels?: boolean;
}

/** a label cut short: an open bracket never closed, or a trailing "指" waiting for its "标" */
function isCut(t: string): boolean {
  return /[（(][^）)]*$/.test(t) || /指$/.test(t);
}

/**
 * Rejoin a label column's pieces: fragments on consecutive records ("效" / "益" / "指" / "标",
 * "产出指" + "标") become one label on the first record of the run, and a point annotation left alone
 * ("（50分）") is attached to the label above it. `isLabel` says whether a text is a complete label;
 * a run is joined only when the joined text is one (or a cut prefix the caller accepts), so two
 * different short labels on consecutive rows stay apart. `o` says which points the column's labels
 * carry (`bare` for a level 1, see PointsOptions) and whether a label complete without its 指标 is
 * still completed by the characters under it (`shortLabels`).
 */
export function rejoinSplitLabels<R extends string>(records: TableRecord<R>[], role: R, isLabel: (s: string) => boolean, o?: RejoinOptions): void {
  const strip = (s: string) => stripPoints(s, o);
  /** the longest run of short pieces from record i that makes a label: its last record and text */
  const longestRun = (i: number, t: string): [number, string] => {
    let joined = t;
    let best: [number, string] = [-1, ""];
    for (let k = i + 1; k < records.length && k - i <= 6; k++) {
      const n = records[k].cells[role]?.text.replace(/\s+/g, "") ?? "";
      if (!n) continue;
      if (strip(n).length > 4 || isLabel(strip(n))) break;
      joined += n;
      if (isLabel(strip(joined))) best = [k, joined];
    }
    return best;
  };
  const joinRun = (i: number, [last, text]: [number, string]) => {
    records[i].cells[role] = { ...records[i].cells[role]!, text };
    for (let k = i + 1; k <= last; k++) delete records[k].cells[role];
  };
  let i = 0;
  while (i < records.length) {
    const c = records[i].cells[role];
    const t = c?.text.replace(/\s+/g, "") ?? "";
    if (!t) {
      i++;
      continue;
    }
    if (isPointsPiece(t, o)) {
      // "（50分）" (a level 1's "（50）") alone: belongs to the nearest label above
      for (let k = i - 1; k >= 0; k--) {
        const above = records[k].cells[role];
        if (above && above.text.trim()) {
          records[k].cells[role] = { ...above, text: above.text.trim() + t };
          delete records[i].cells[role];
          break;
        }
      }
      i++;
      continue;
    }
    if (isLabel(strip(t))) {
      // a label cut at the end of its cell ("产出指", "数量指标（必填硬性指") completed by a short piece
      // on the next record that is no label itself ("标", "标)")
      let k = i + 1;
      while (k < records.length && k - i <= 2 && !(records[k].cells[role]?.text.trim())) k++;
      const n = k < records.length ? (records[k].cells[role]?.text.replace(/\s+/g, "") ?? "") : "";
      // the piece may carry the label's points ("效益指" / "标（25分）"): its length is the label's part
      if (n && strip(n).length <= 4 && !isLabel(strip(n)) && !isPointsPiece(n, o) && isLabel(strip(t + n)) && (isCut(t) || /^[^（(]*[)）]$/.test(n))) {
        records[i].cells[role] = cellWith(c!, t + n);
        delete records[k].cells[role];
        i = k + 1;
        continue;
      }
      // a label short of its 指标 ("产出", its "出" line folded into the row above by a wrapped
      // reason) whose last characters stand on the next lines ("指" / "标", maybe "（60）" under them):
      // one label, the same one
      const run = o?.shortLabels && t === strip(t) && !/指标$/.test(t) ? longestRun(i, t) : ([-1, ""] as [number, string]);
      if (run[0] > i && /指标$/.test(strip(run[1]))) {
        joinRun(i, run);
        i = run[0] + 1;
        continue;
      }
      i++;
      continue;
    }
    // try the longest run of short pieces starting here that makes a label
    const run = longestRun(i, t);
    if (run[0] > i) {
      joinRun(i, run);
      i = run[0] + 1;
    } else i++;
  }
}
