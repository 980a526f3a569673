/**
 * Indicator-table headers: each header cell mapped to a role by the template's synonyms, over one
 * row or two (a second row splitting 指标值 into 符号 / 值 / 单位, or naming the columns under
 * 实施期 / 年度 groups). Side-by-side groups and repeated roles become `annual` columns.
 */
import type { Grid, Row } from "../read/grid.js";
import { filledCells } from "../read/grid.js";
import { lineOfPieces, printedWidth } from "../repair/layout.js";
import { normalizeLevel1, normalizeLevel2 } from "./labels.js";
import { bareListProjectAt, hittingChars, holdsAny, literalWords, loadTemplates, matchRole, memoPerTemplate, squashHeader, type ColumnRole, type Template } from "./templates.js";
import { splitValueColumns } from "./split-value.js";
import { detach } from "../model/strings.js";

export interface HeaderColumn {
  /** a role, or null for a column no role explains (kept as an extra field) */
  role: ColumnRole | null;
  /** the 年度 group of a dual 实施期/年度 header */
  annual: boolean;
  /** header text as written (both rows joined with "/" for a two-row header) */
  header: string;
  /** expected cell index in data rows */
  index: number;
  /** a data cell printed on the header line (a level label such as "产出 指标"), not a column name */
  fused?: boolean;
}

export interface Header {
  /** index in rows of the (last) header row */
  index: number;
  /** index of the first header row (index − 1 for two-row headers) */
  first: number;
  columns: HeaderColumn[];
  /** true when data cells sit at the header's cell indexes (workbooks, Word, HTML) */
  positional: boolean;
  /**
   * a space-aligned header over two lines whose columns start on both (sub-columns under a group on the
   * second): a line made of the columns' headers, each where its column starts, for the readers that
   * measure columns on a header line (src/repair/layout.ts)
   */
  layout?: Row;
}

const GROUP = /^(实施期|年度|长期|中期|本年度|当年)(绩效)?(指标|目标)?(值)?$/;
const ANNUAL_GROUP = /^(年度|本年度|当年)/;
const PERIOD_GROUP = /^(实施期|长期|中期|项目期)/;

/** a row whose every cell only names a column group ("实施期指标 | 年度指标"): a header's top line */
export function isColumnGroupRow(cells: { cell: { text: string } }[]): boolean {
  return cells.length > 0 && cells.every((c) => GROUP.test(squashHeader(c.cell.text)));
}
const VALUE_ROLES: ColumnRole[] = ["target", "actual", "number", "comparator", "adjusted", "score"];

export function isPositional(grid: Grid): boolean {
  return grid.format === "xlsx" || grid.format === "docx" || grid.format === "html";
}

type HeaderCell = { text: string; index: number; merged: boolean };

/** cellsOf per row object: every template's header search reads the same rows (callers only read
 *  the list and its cells, and grid rows are not changed once read); with it, the row's header-start
 *  mask (see startMask) */
const CELLS_OF = new WeakMap<Row, { positional?: readonly HeaderCell[]; text?: readonly HeaderCell[]; pMask?: number; tMask?: number }>();

/** roles one of which a header's first row must hold (readHeader) */
const START_ROLES = new Set<ColumnRole | null>(["name", "level2", "level1"]);

/** the loaded templates' bit numbers (loadTemplates order); a template loaded otherwise has none */
let bitOf: Map<Template, number> | null = null;

function templateBit(tpl: Template): number {
  if (!bitOf) bitOf = new Map(loadTemplates().slice(0, 30).map((t, j) => [t, j]));
  return bitOf.get(tpl) ?? -1;
}

/** per cell text: the loaded templates under which it names a header's first-row role, as bits */
const TEXT_MASK = new Map<string, number>();

/**
 * Every loaded template's name and level synonyms as one alternation: a text none of them matches
 * (squashed, also without a level's points) has a first-row role under no template, which one regex
 * tells for the many data-cell texts instead of a role lookup per template. Null when a synonym has
 * flags other than u or a backreference (its meaning would change inside the union).
 */
let startUnion: RegExp | null | undefined;

function mayStart(text: string): boolean {
  if (startUnion === undefined) {
    const res = [...bitOf!.keys()].flatMap((t) => t.columnRes.filter(([, role]) => START_ROLES.has(role)).map(([re]) => re));
    startUnion = null;
    if (res.length && res.every((re) => re.flags === "u" && !/\\(?:[1-9]|k<)/.test(re.source))) {
      try {
        startUnion = new RegExp(res.map((re) => `(?:${re.source})`).join("|"), "u");
      } catch {
        startUnion = null;
      }
    }
  }
  if (!startUnion) return true;
  if (startUnion.test(squashHeader(text))) return true;
  return LEVEL_POINTS.test(text) && startUnion.test(squashHeader(text.replace(LEVEL_POINTS, "")));
}

/**
 * Characters one of which every text naming a first-row role holds, when every such synonym of the loaded
 * templates is a literal word ("一级指标", "指标名称" … all hold 指): the squashing and the points a level's
 * header may carry only take characters away, so a text holding none of them has a first-row role under no
 * template — told by a scan of its characters, without a look-up in the memo of every cell text (most texts
 * asked are data cells). Null when a synonym is an expression (then every text is looked up).
 */
let startChars: string[] | null | undefined;

function startCharsOf(): string[] | null {
  const words: string[][] = [];
  for (const t of bitOf!.keys()) {
    for (const [re, role] of t.columnRes) {
      if (!START_ROLES.has(role)) continue;
      const lit = literalWords(re);
      if (!lit) return null;
      for (const w of lit) words.push(Array.from(w));
    }
  }
  return hittingChars(words);
}

function textMask(text: string): number {
  if (startChars === undefined) startChars = startCharsOf();
  if (startChars && !holdsAny(text, startChars)) return 0;
  let m = TEXT_MASK.get(text);
  if (m === undefined) {
    m = 0;
    if (mayStart(text)) for (const [tpl, j] of bitOf!) if (START_ROLES.has(roleOf(tpl, text))) m |= 1 << j;
    if (TEXT_MASK.size >= 20_000) TEXT_MASK.clear();
    TEXT_MASK.set(detach(text), m);
  }
  return m;
}

/**
 * The templates under which a header can start on this row, found once for all of them (each
 * template's search otherwise asks every row's cells for their roles again): bit j is set when a
 * cell of the row has a name or level role under loaded template j. Rows are classified once; a
 * template's search skips the rows its bit rules out.
 */
function startMask(row: Row, positional: boolean): number {
  let memo = CELLS_OF.get(row);
  if (!memo) CELLS_OF.set(row, (memo = {}));
  let m = positional ? memo.pMask : memo.tMask;
  if (m === undefined) {
    m = 0;
    // the texts cellsOf would list (merged copies only in positional grids), without building the list:
    // most rows asked are data rows, which no template's header starts on
    for (const c of row.cells) {
      if (c.merged && !positional) continue;
      const t = c.text.trim();
      if (t) m |= textMask(t);
    }
    if (positional) memo.pMask = m;
    else memo.tMask = m;
  }
  return m;
}

function cellsOf(row: Row, positional: boolean): readonly HeaderCell[] {
  let memo = CELLS_OF.get(row);
  if (!memo) CELLS_OF.set(row, (memo = {}));
  if (positional) return (memo.positional ??= cellsOfUncached(row, true));
  return (memo.text ??= cellsOfUncached(row, false));
}

function cellsOfUncached(row: Row, positional: boolean): HeaderCell[] {
  if (positional) return row.cells.map((c, index) => ({ text: c.text.trim(), index, merged: !!c.merged })).filter((c) => c.text);
  return filledCells(row).map(({ cell, index }) => ({ text: cell.text.trim(), index, merged: false }));
}

/** the column group noted after a header: "三级指标（实施期）", "指标值(年度)" */
const GROUP_NOTE = /[（(]\s*(实施期|年度|长期|中期|本年度|当年)\s*[)）]\s*$/u;

/** a points annotation after a level header: "一级指标（80分）" */
export const LEVEL_POINTS = /[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;

/** a header cell's role: the template's column synonyms, a level column's points set aside (per
 *  template and text, memoised: the same texts are asked about for every form) */
const roleOf = memoPerTemplate((tpl, text): ColumnRole | null => {
  const role = matchRole(tpl.columnRes, text);
  if (!role && GROUP_NOTE.test(text)) {
    // the group a column belongs to, noted after its header ("三级指标（实施期）", "三级指标（年度）"): the
    // column's role is its header's (yearAndPeriodByName tells the two groups apart by the note)
    const bare = matchRole(tpl.columnRes, text.replace(GROUP_NOTE, ""));
    if (bare) return bare;
  }
  if (role || !LEVEL_POINTS.test(text)) return role;
  // the points a level column's header states do not change what the column holds (only the
  // level roles: the header text itself is kept, so layouts that read the annotation still see it)
  const bare = matchRole(tpl.columnRes, text.replace(LEVEL_POINTS, ""));
  return bare === "level1" || bare === "level2" ? bare : null;
});

/** how many of a row's cells are header words (roles or group names) */
function headerWords(tpl: Template, row: Row): { roles: number; cells: number } {
  const cells = filledCells(row);
  let roles = 0;
  for (const { cell } of cells) if (roleOf(tpl, cell.text) || GROUP.test(squashHeader(cell.text))) roles++;
  return { roles, cells: cells.length };
}

function isSubHeader(tpl: Template, row: Row | undefined): boolean {
  if (!row) return false;
  const { roles, cells } = headerWords(tpl, row);
  return cells >= 2 && roles >= Math.max(2, Math.ceil(cells * 0.6));
}

/** assign annual groups: explicit group cells, else the second occurrence of a role; then the
 *  number column of a split value (split-value.ts) */
function finish(tpl: Template, cols: HeaderColumn[]): HeaderColumn[] {
  bareListProject(tpl, cols);
  splitValueColumns(cols);
  level1WeightColumn(cols);
  yearAndPeriodByName(cols);
  const seen = new Set<string>();
  for (const c of cols) {
    if (!c.role) continue;
    if (!c.annual && seen.has(c.role) && ["level2", "name", "target", "number", "comparator", "unit"].includes(c.role)) c.annual = true;
    seen.add(c.role + (c.annual ? "@annual" : ""));
  }
  return cols;
}

/**
 * A list-style header whose project column says only 项目 ("序号 | 单位名称 | 项目 | 预算数 | 年度目标 |
 * 一级指标 …"): that column is the project's, as 项目名称 would be (bareListProjectAt says when).
 */
function bareListProject(tpl: Template, cols: HeaderColumn[]): void {
  // each column by its own header (a sub-column's under its group's: "绩效指标/一级指标") and its role
  const at = bareListProjectAt(
    tpl,
    cols.map((c) => c.header.split("/").pop() ?? c.header),
    cols.map((c) => c.role),
  );
  if (at >= 0 && !cols[at].role) cols[at].role = "project";
}

/**
 * A role printed twice in one header row whose headers say which is the year's and which the
 * period's ("年度指标值 | 实施期指标值", in either order): the 年度 one is the annual column, whatever
 * its place. Without such words the second occurrence is the annual one (finish).
 */
function yearAndPeriodByName(cols: HeaderColumn[]): void {
  for (const role of ["target", "name", "level2"]) {
    const same = cols.filter((c) => c.role === role);
    if (same.length !== 2 || same.some((c) => c.annual)) continue;
    // the group named first ("年度指标值") or noted after the header ("三级指标（年度）")
    const heads = same.map((c) => {
      const h = squashHeader(c.header);
      const note = GROUP_NOTE.exec(h);
      return note ? note[1] : h;
    });
    const year = heads.findIndex((h) => ANNUAL_GROUP.test(h));
    const period = heads.findIndex((h) => PERIOD_GROUP.test(h));
    if (year >= 0 && period >= 0 && year !== period) same[year].annual = true;
  }
}

/**
 * "一级指标 | 权重 | 二级指标 …" with a 分值/权重 column further right: the first weight column holds
 * the level 1's points (产出指标 50), not an indicator's.
 */
function level1WeightColumn(cols: HeaderColumn[]): void {
  const k = cols.findIndex((c) => c.role === "weight");
  if (k < 1 || cols[k - 1].role !== "level1") return;
  if (cols.slice(k + 1).some((c) => c.role === "weight" || c.role === "weightShare")) cols[k].role = "level1Weight";
}

function valid(cols: HeaderColumn[]): boolean {
  const roles = new Set(cols.map((c) => c.role));
  const hasName = roles.has("name") || roles.has("level2");
  const hasValue = VALUE_ROLES.some((r) => roles.has(r));
  return hasName && hasValue;
}

/** Read the header starting at rows[i]; null when rows[i] is not an indicator header. */
export function readHeader(tpl: Template, rows: Row[], i: number, positional: boolean): Header | null {
  const bit = templateBit(tpl);
  if (bit >= 0 && !(startMask(rows[i], positional) & (1 << bit))) return null;
  const top = cellsOf(rows[i], positional);
  if (top.length < 2) return null;
  const topRoles = top.map((c) => roleOf(tpl, c.text));
  // a header needs at least a name/level column on its first row
  if (!topRoles.some((r) => r === "name" || r === "level2" || r === "level1")) return null;
  const next = rows[i + 1];
  // the next row's unmerged cells and whether it is a sub-header: each found once for the tests below
  const sub = next ? cellsOf(next, positional).filter((c) => !c.merged) : [];
  const nextIsSub = isSubHeader(tpl, next);
  // a list-style table's header printed by -layout over two lines ("一级指" / "标"; 预算数 over 合计 / 财政拨款)
  const listed = !positional && next ? layoutListHeader(tpl, rows[i], next, top, topRoles) : null;
  if (listed) return { index: i + 1, first: i, columns: finish(tpl, listed.columns), positional, layout: listed.layout };
  const wrapped = next ? wrappedHeader(tpl, top, topRoles, sub, positional ? null : charSpans(rows[i], top), positional ? null : charSpans(next, sub)) : null;
  if (wrapped) {
    const cols = oneRow(wrapped.top, wrapped.roles);
    if (valid(cols)) return { index: i + 1, first: i, columns: finish(tpl, cols), positional };
  }
  if (nextIsSub && !valid(oneRow(top, topRoles))) {
    const two = twoRows(tpl, top, topRoles, sub, positional);
    if (valid(two)) return { index: i + 1, first: i, columns: finish(tpl, two), positional };
  }
  if (nextIsSub && top.some((c) => GROUP.test(squashHeader(c.text)))) {
    const two = twoRows(tpl, top, topRoles, sub, positional);
    if (valid(two)) return { index: i + 1, first: i, columns: finish(tpl, two), positional };
  }
  if (!nextIsSub && isListBudgetSub(tpl, top, topRoles, sub)) {
    const two = twoRows(tpl, top, topRoles, sub, positional);
    if (valid(two)) return { index: i + 1, first: i, columns: finish(tpl, two), positional };
  }
  const one = oneRow(top, topRoles);
  if (!valid(one)) return null;
  // a second header row that only splits a value column (符号 / 值 / 单位)
  if (nextIsSub) {
    const two = twoRows(tpl, top, topRoles, sub, positional);
    if (valid(two) && two.length > one.length) return { index: i + 1, first: i, columns: finish(tpl, two), positional };
  }
  return { index: i, first: i, columns: finish(tpl, one), positional };
}

/**
 * A header whose cells wrapped onto the next line ("年初目标" / "值(A)", "单项指标" / "得分"): each
 * piece of the second row completes, in order, a cell of the first that no role explains, and the
 * joined text must take a role. Null when the second row is not such a continuation.
 */
function wrappedHeader(
  tpl: Template,
  top: readonly HeaderCell[],
  topRoles: (ColumnRole | null)[],
  sub: { text: string; index: number }[],
  topSpans: Span[] | null = null,
  subSpans: Span[] | null = null,
): { top: { text: string; index: number; merged: boolean }[]; roles: (ColumnRole | null)[] } | null {
  if (!sub.length || sub.length > top.length) return null;
  if (sub.some((c) => c.text.length > 8)) return null;
  const texts = top.map((c) => ({ ...c }));
  const roles = [...topRoles];
  let from = 0;
  for (const [p, piece] of sub.entries()) {
    let k = from;
    // a piece printed under a cell of the first line (a space-aligned print keeps its columns) completes
    // that cell when the joined text names a column: "指标" over "性质" is 指标性质, even though "指标"
    // alone reads as a row label (only when exactly one cell above takes it so)
    const fits = underCells(topSpans, subSpans, p).filter((k) => k >= from && roleOf(tpl, texts[k].text + piece.text) !== null);
    const under = fits.length === 1 ? fits[0] : -1;
    if (under >= 0) {
      texts[under].text += piece.text;
      roles[under] = roleOf(tpl, texts[under].text);
      from = under + 1;
      continue;
    }
    // a piece completes a cell no role explains, or a cell whose role changes when completed
    // ("实际完成" is already a role; "实际完成指标值(B)" is the same role)
    const completes = (k: number) => {
      const joined = roleOf(tpl, texts[k].text + piece.text);
      return joined !== null && (roles[k] === null || roles[k] === joined);
    };
    while (k < texts.length && !completes(k)) k++;
    if (k >= texts.length) return null;
    texts[k].text += piece.text;
    roles[k] = roleOf(tpl, texts[k].text);
    from = k + 1;
  }
  return { top: texts, roles };
}

/** the total of a budget split by source: the group's own role ("预算数" over "合计 | 财政拨款 | 其他资金") */
const GROUP_TOTAL = /^(合计|小计|总计|总额|金额)$/u;

/**
 * A list-style header (项目名称 and 预算数 columns) whose second row holds only 预算数's sub-columns
 * ("合计 | 财政拨款 | 其他资金" under it, the other header cells merged down over both rows): each sub cell
 * a total word or a fund source, standing under 预算数's span (from its cell to the next header cell).
 */
function isListBudgetSub(tpl: Template, top: readonly HeaderCell[], topRoles: (ColumnRole | null)[], sub: readonly HeaderCell[]): boolean {
  if (sub.length < 2 || !topRoles.includes("project")) return false;
  const b = topRoles.indexOf("budget");
  if (b < 0) return false;
  const from = top[b].index;
  const to = top[b + 1]?.index ?? Infinity;
  return sub.every((c) => c.index >= from && c.index < to && (GROUP_TOTAL.test(squashHeader(c.text)) || matchRole(tpl.fieldRes, squashHeader(c.text)) === "fundsSource"));
}

/** a list-style table's 预算数 over "合计 | 财政拨款 | 其他资金" in a two-row header whose cells keep their
 *  columns (a workbook, TAB-separated text): the 合计 column is the 预算数 */
function groupTotalRole(groupRole: ColumnRole | null, sub: string): ColumnRole | null {
  return groupRole === "budget" && GROUP_TOTAL.test(squashHeader(sub)) ? "budget" : null;
}

/**
 * A list-style header (a 项目名称 column) printed by `pdftotext -layout` over two lines: each piece of
 * the second line stands under one cell of the first. Under a cell with two pieces or more the pieces
 * are sub-columns of a group ("预算数（万元）" over "合计 | 财政拨款 | 其他资金": the total takes the
 * group's role, a source its own header); one piece alone under a cell completes its wrapped label
 * ("一级指" / "标"). Null unless every piece stands under one cell and the reading explains more
 * columns than the first line alone.
 */
function layoutListHeader(
  tpl: Template,
  row: Row,
  next: Row,
  top: readonly HeaderCell[],
  topRoles: (ColumnRole | null)[],
): { columns: HeaderColumn[]; layout: Row } | null {
  if (row.sep !== "space" || next.sep !== "space" || !topRoles.includes("project")) return null;
  const sub = filledCells(next).map(({ cell }) => ({ text: cell.text.trim() }));
  const topSpans = charSpans(row, top);
  const subSpans = charSpans(next, sub);
  if (!topSpans || !subSpans || sub.length === 0) return null;
  const under: number[][] = top.map(() => []);
  for (let p = 0; p < sub.length; p++) {
    // the cell it stands under, or else the one it follows up to the next cell's start (a group's label
    // narrower than its sub-columns)
    const cells = underCells(topSpans, subSpans, p);
    let k = cells.length === 1 ? cells[0] : -1;
    if (cells.length === 0) for (let j = 0; j < topSpans.length; j++) if (topSpans[j][0] <= subSpans[p][0]) k = j;
    if (k < 0) return null;
    under[k].push(p);
  }
  const columns: HeaderColumn[] = [];
  const starts: { text: string; start: number }[] = [];
  top.forEach((c, k) => {
    const pieces = under[k];
    if (pieces.length >= 2) {
      for (const p of pieces) {
        const t = sub[p].text;
        const role = roleOf(tpl, t) ?? (GROUP_TOTAL.test(squashHeader(t)) ? topRoles[k] : null);
        columns.push({ role, annual: false, header: `${c.text}/${t}`, index: columns.length });
        starts.push({ text: t, start: subSpans[p][0] });
      }
      return;
    }
    const text = pieces.length ? c.text + sub[pieces[0]].text : c.text;
    columns.push({ role: roleOf(tpl, text) ?? topRoles[k], annual: false, header: text, index: columns.length });
    // its first line's piece keeps its place (the joined label may be wider than the column)
    starts.push({ text: c.text, start: topSpans[k][0] });
  });
  const explained = (cols: { role: ColumnRole | null }[]) => cols.filter((c) => c.role).length;
  if (!valid(columns) || explained(columns) <= explained(topRoles.map((role) => ({ role })))) return null;
  // the line of the columns' headers, each at its column's start (two spaces at least between them)
  const layout: Row = { text: lineOfPieces(starts), sep: "space", loc: { ...row.loc }, cells: starts.map(({ text: t }) => ({ text: t, loc: { ...row.loc } })) };
  return { columns, layout };
}

/** a cell's place on its line: its first and last display column (a wide character takes two, as
 *  pdftotext -layout prints CJK text; counting characters instead misplaced pieces of other headers) */
type Span = [number, number];


/**
 * Where each of a space-separated text row's cells stands on its line, found in order; null for
 * other rows (TAB-separated, workbooks) or when a cell is not found.
 */
function charSpans(row: Row, cells: readonly { text: string }[]): Span[] | null {
  if (row.sep !== "space") return null;
  const out: Span[] = [];
  let at = 0;
  for (const c of cells) {
    const k = row.text.indexOf(c.text, at);
    if (k < 0) return null;
    const col = printedWidth(row.text.slice(0, k));
    out.push([col, col + printedWidth(c.text)]);
    at = k + c.text.length;
  }
  return out;
}

/** the cells of the line above that a piece of the next line stands under (empty when positions are unknown) */
function underCells(top: Span[] | null, sub: Span[] | null, p: number): number[] {
  if (!top || !sub) return [];
  const [a, b] = sub[p];
  return top.flatMap(([x, y], k) => (a < y && b > x ? [k] : []));
}

function oneRow(top: readonly HeaderCell[], roles: (ColumnRole | null)[]): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  top.forEach((c, k) => {
    if (c.merged) return;
    const fused = !roles[k] && (normalizeLevel1(c.text) !== null || normalizeLevel2(c.text) !== null);
    out.push({ role: roles[k], annual: false, header: c.text, index: c.index, ...(fused ? { fused } : {}) });
  });
  return out;
}

function twoRows(
  tpl: Template,
  top: readonly HeaderCell[],
  topRoles: (ColumnRole | null)[],
  sub: { text: string; index: number }[],
  positional: boolean,
): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  {
    // cells sit at their columns (workbooks; text that keeps its empty cells): each column's header
    // is its sub cell under the top cell spanning it (printed once, at the span's left)
    const topBy = new Map<number, { text: string; merged: boolean; k: number }>();
    top.forEach((c, k) => topBy.set(c.index, { text: c.text, merged: c.merged, k }));
    const subBy = new Map<number, string>();
    for (const c of sub) subBy.set(c.index, c.text);
    const topIdx = [...topBy.keys()].sort((a, b) => a - b);
    const spanOf = (j: number) => {
      let g: number | null = null;
      for (const t of topIdx) if (t <= j) g = t;
      return g;
    };
    const indexes = [...new Set([...topBy.keys(), ...subBy.keys()])].sort((a, b) => a - b);
    for (const j of indexes) {
      const s = subBy.get(j);
      const g = spanOf(j);
      const t = g !== null ? topBy.get(g)!.text : "";
      if (s !== undefined && s !== t) {
        const group = squashHeader(t);
        // "实际完成" over "指标值(B)" is one wrapped name; "指标值" over "计算符号" a group and its part
        const role = (t ? roleOf(tpl, t + s) : null) ?? roleOf(tpl, s) ?? groupTotalRole(topRoles[topBy.get(g!)?.k ?? -1] ?? null, s);
        out.push({ role, annual: ANNUAL_GROUP.test(group), header: t ? `${t}/${s}` : s, index: j });
      } else if (topBy.has(j)) {
        const tc = topBy.get(j)!;
        if (tc.merged && s === undefined) continue;
        // a group whose span holds sub cells is not a column of its own
        const next = topIdx.find((x) => x > j) ?? Infinity;
        if (s === undefined && [...subBy.keys()].some((x) => x >= j && x < next)) continue;
        out.push({ role: topRoles[tc.k] ?? roleOf(tpl, tc.text), annual: false, header: tc.text, index: j });
      }
    }
  }
  if (positional || valid(out)) return dedupe(out);
  out.length = 0;
  // text: the sub cells replace the top cells that group them (those a role does not explain on
  // their own, or a value column split into parts), shared equally among the groups
  const groups = top.map((c, k) => ({ c, k })).filter(({ c, k }) => !topRoles[k] || GROUP.test(squashHeader(c.text)) || topRoles[k] === "target");
  const per = groups.length ? Math.floor(sub.length / groups.length) : 0;
  let s = 0;
  let pos = 0;
  top.forEach((c, k) => {
    const g = groups.findIndex((x) => x.k === k);
    if (g >= 0 && per > 0) {
      const take = g === groups.length - 1 ? sub.length - s : per;
      for (let q = 0; q < take; q++, s++) {
        const st = sub[s].text;
        out.push({ role: roleOf(tpl, st) ?? roleOf(tpl, c.text + st), annual: ANNUAL_GROUP.test(squashHeader(c.text)), header: `${c.text}/${st}`, index: pos++ });
      }
    } else out.push({ role: topRoles[k], annual: false, header: c.text, index: pos++ });
  });
  return out;
}

/** in a merged two-row header the same role may appear on both rows of one column */
function dedupe(cols: HeaderColumn[]): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (const c of cols) if (!out.some((o) => o.index === c.index)) out.push(c);
  return out;
}

/**
 * The first header starting in rows[from..to) (to: the end by default); null if none. `masks` holds the
 * rows' start masks by index as they are found: a caller searching the same rows with several templates
 * passes one list to every search, so a row's mask is looked up once, not once per template.
 */
export function findHeader(tpl: Template, rows: Row[], from: number, positional: boolean, to = rows.length, masks: (number | undefined)[] = []): Header | null {
  const bit = templateBit(tpl);
  for (let i = from; i < Math.min(to, rows.length); i++) {
    if (bit >= 0) {
      let m = masks[i];
      if (m === undefined) masks[i] = m = startMask(rows[i], positional);
      if (!(m & (1 << bit))) continue;
    }
    const h = readHeader(tpl, rows, i, positional);
    if (h) return withSuperHeader(tpl, rows, h, positional);
  }
  return null;
}

/**
 * A row of group names above a header ("绩效指标 | 指标性质 | 指标值 | 指标方向性" over
 * "一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位") holds columns of its own: read both
 * rows as one two-row header when that explains more columns.
 */
function withSuperHeader(tpl: Template, rows: Row[], h: Header, positional: boolean): Header {
  if (h.first !== h.index || h.index === 0) return h;
  const above = rows[h.index - 1];
  if (!isSubHeader(tpl, above)) return h;
  const top = cellsOf(above, positional);
  if (top.some((c) => normalizeLevel1(c.text) !== null || /\d/.test(c.text))) return h;
  const two = twoRows(tpl, top, top.map((c) => roleOf(tpl, c.text)), cellsOf(rows[h.index], positional).filter((c) => !c.merged), positional);
  const explained = (cols: HeaderColumn[]) => cols.filter((c) => c.role && c.role !== "rowLabel").length;
  if (valid(two) && explained(two) > explained(h.columns)) return { ...h, first: h.index - 1, columns: finish(tpl, two) };
  return h;
}
