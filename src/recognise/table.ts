/**
 * The indicator table: each data row aligned to its header's roles, repaired (src/repair: wrapped
 * lines joined, split labels rejoined), then turned into Indicators with level 1 / level 2 carried
 * down, split values joined into one Value, and every column no role explains kept as an extra field.
 * Several blocks one after the other (长期 then 年度), each with its own header, are read in turn; in a
 * list-style table a row naming a project opens that project's block.
 */
import type { Cell, Row } from "../read/grid.js";
import { cellWith, filledCellAt, filledCells, isBlankRow, rowWith } from "../read/grid.js";
import type { Indicator, Value } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { parseValue } from "../normalize/value.js";
import { alignCells } from "./align.js";
import { normalizeLevel1, normalizeLevel2, isLabelFragment, cleanLabel, level1Of, LEVEL1, LEVEL2 } from "./labels.js";
import { lineOf } from "./region.js";
import { glueLayoutNumbers, isSpaceAligned, joinLayoutContinuations, pieceStarts, printedWidth } from "../repair/layout.js";
import { isUnitToken } from "../repair/spaced.js";
import { ListLayoutReader, listLayoutOf } from "../repair/list-layout.js";
import { joinWrapped, rejoinSplitLabels, labelPoints, stripPoints, isPointsPiece, isSubtotalLabel, type PointsOptions, type TableRecord } from "../repair/index.js";
import { matchRole, memoPerTemplate, squashHeader, type ColumnRole, type Template } from "./templates.js";
import { isColumnGroupRow, readHeader, type Header, type HeaderColumn } from "./header.js";
import { splitCompat } from "./split-value.js";
import { BARE_NUMBER, templateItem, joinCjk, isEmptyName, isDash, coefficientValue } from "./cells.js";
import { CLOSING_ROW, conversionRowOf } from "./blocks.js";
import { isContinuedTitle, sameTableHeader } from "./segment.js";
import { detach } from "../model/strings.js";

/** a column's key in a record: its role, "<role>@annual" for the 年度 group, "extra:<header>" */
export type Key = string;

export function keyOf(c: HeaderColumn): Key {
  if (!c.role) return `extra:${squashHeader(c.header) || `列${c.index + 1}`}`;
  return c.annual ? `${c.role}@annual` : c.role;
}

export const STOP =
  /^(总分|合计|总计|负责人|填报人|备注[:：]|项目绩效分析|说明[:：]|注[:：]|单位负责人|联系电话|审核人|附件|第.部分|填表人|财务负责人|自评结果|自评结论|保障(绩效)?(目标)?(实现)?(的)?措施|(主管部门|财政部门|部门|单位)?审核意见)/;

/** a row that ends the table: a signature, notes or narrative row (STOP), a total or grade row or a row
 *  converting the indicator part by one share (blocks.ts) */
export function endsTable(tpl: Template, first: string): boolean {
  return STOP.test(first) || CLOSING_ROW.test(first) || conversionRowOf(tpl, first) !== null;
}

/** a list-style table's total row ("合计 | | 52.50"): the sum of its projects */
const LIST_TOTAL = /^(合计|总计)$/u;

/** a list's subtotal or total row between its projects ("小计 | | 63.00", "合计 | | 65.00") */
const LIST_SUBTOTAL = /^(合计|总计|小计)[:：]?$/u;

/** does the next filled row of a list-style table (cells that keep their columns) name a project in its
 *  project column? Then a 合计 / 小计 row before it is a subtotal between projects */
function projectFollows(rows: Row[], from: number, h: Header): boolean {
  const col = h.columns.find((c) => c.role === "project");
  if (!col) return false;
  let j = from;
  while (j < rows.length && isBlankRow(rows[j])) j++;
  const next = rows[j];
  if (!next || next.sep === "space") return false;
  const t = next.cells[col.index]?.text.replace(/\s+/g, "") ?? "";
  return t !== "" && !LIST_SUBTOTAL.test(t) && !STOP.test(t) && !BARE_NUMBER.test(t);
}

/** a table number: "表7", "附表3", "表2-1" */
const TABLE_NUMBER = /^附?表\s*[\d一二三四五六七八九十]+(?:[-—－.]\d+)?[:：]?$/u;
/** a form's title: "项目支出绩效目标表", "2024年度项目支出绩效自评表" (not a continued one: "…（续）") */
const FORM_TITLE = /绩效(?:目标|自评)表$/u;
/** a row holding a table number and a form's title, nothing else: the title of the next form */
function isNextFormTitle(filled: ReturnType<typeof filledCells>): boolean {
  if (filled.length !== 2) return false;
  const [a, b] = filled.map((c) => c.cell.text.replace(/\s+/g, ""));
  return TABLE_NUMBER.test(a) && FORM_TITLE.test(b);
}
/** the year line under a form's title: "（2025年度）" */
function isYearLine(filled: ReturnType<typeof filledCells>): boolean {
  return filled.length === 1 && /^[(（]?\s*20\d{2}\s*年度?\s*[)）]?$/u.test(filled[0].cell.text.replace(/\s+/g, ""));
}

const COMPARATOR = /^(≥|≤|=|>|<|＞|＜|＝|≧|≦|>=|<=|＞=|＜=|定性|定量|大于等于|小于等于|大于|小于|等于|不低于|不高于|不超过|不少于)$/;
/** the tail of a cut annotation: "标)" ends "数量指标（必填硬性指" */
const CLOSING_PIECE = /^[^（(\s]{0,3}[)）]$/;
/** the head of a level 1's points cut by its line, printed under the label one character a line ("（40" over
 *  "分）"): whole points 1–100, an open bracket never closed */
const OPEN_POINTS = /^[（(](100|[1-9]\d?)分?$/;
const VALUE_KEYS = ["target", "number", "comparator", "adjusted", "actual", "weight", "score", "weightShare", "convertedScore", "coefficient", "unit", "valueKind", "direction", "status"];

export interface Level {
  level1: string | null;
  level2: string | null;
}

/** the label cells a subtotal's "小计" may be printed in */
const SUBTOTAL_KEYS = ["level1", "level2", "name", "rowLabel"];

/** a level 1's points may be printed without 分 ("产出指标（50）"): see PointsOptions */
const L1: PointsOptions = { bare: true };

export const normLevel1 = memoPerTemplate((tpl, s) => {
  const t = cleanLabel(stripPoints(s, L1));
  if (!t) return null;
  return tpl.level1[t] ?? normalizeLevel1(t);
});

export const normLevel2 = memoPerTemplate((tpl, s) => {
  const t = cleanLabel(stripPoints(s));
  if (!t) return null;
  if (tpl.level2[t]) return t;
  return normalizeLevel2(t);
});

function isLevelText(tpl: Template, t: string): boolean {
  return normLevel1(tpl, t) !== null || normLevel2(tpl, t) !== null;
}

/** 1 when a text starts a longer level label the template knows (canonical or as printed) */
const startsLevelLabel = memoPerTemplate((tpl, s) => {
  const labels = [...Object.keys(tpl.level1), ...Object.values(tpl.level1), ...Object.keys(tpl.level2), ...Object.values(tpl.level2), ...CANONICAL_LABELS];
  return labels.some((l) => !!l && l.length > s.length && l.startsWith(s)) ? 1 : 0;
});
/** the canonical level-1 and level-2 labels (labels.ts) */
const CANONICAL_LABELS: readonly string[] = [...LEVEL1, ...Object.keys(LEVEL2)];

/**
 * Does `piece`, on the line below, continue the level label `above` of a space-aligned table? Only
 * when `above` does not end on 指标 yet and the two make one, or the start of one ("满意" + "度指" → "满意度指…").
 */
function continuesLevelLabel(tpl: Template, key: string, above: string, piece: string): boolean {
  const role = key.replace(/@annual$/, "");
  if (role !== "level1" && role !== "level2") return false;
  const a = stripPoints(above, role === "level1" ? L1 : undefined);
  // a level 1's points printed on the line below its label ("产出指标" / "（50分）", "（50）") are the label's
  if (role === "level1" && a && a === above.replace(/\s+/g, "") && isPointsPiece(piece, L1)) return true;
  // "时效" is read as 时效指标 on its own, but printed without its 指标 it is not complete yet
  if (!a || /指标$/.test(a)) return false;
  const joined = a + piece.replace(/\s+/g, "");
  if (isLevelText(tpl, joined)) return true;
  return joined.length >= 3 && startsLevelLabel(tpl, joined) === 1;
}

/** how much a text looks like a value: 3 a number with a unit, 2 a date, period or placeholder, 1 a bare number */
function valueStrength(text: string): 0 | 1 | 2 | 3 {
  const v = parseValue(text);
  if (v.kind === "numeric") return v.dimension && v.dimension !== "other" ? 3 : 1;
  if (v.kind === "date" || v.kind === "period" || v.kind === "placeholder") return 2;
  return 0;
}
const NAME_PENALTY = [0, 0, 3, 6] as const;

/** how well a cell text fits a role (text input, where cell positions are only a hint) */
/** a text written as a sentence (a reason, an explanation): no value, sentence punctuation */
const PROSE = /[，；。]/;

/** a short text of words only, as level labels are written */
const UNKNOWN_LABEL = /^[\u4e00-\u9fa5]{4,10}$/u;

/** compat per template, memoised: the same cell texts are scored against the same roles on every
 *  row of every form (a pure function of template, key and text; bounded: dropped when full) */
const COMPAT = new WeakMap<Template, (text: string, key: Key) => number>();

function compatFor(tpl: Template): (text: string, key: Key) => number {
  let fn = COMPAT.get(tpl);
  if (fn) return fn;
  const score = compatUncached(tpl);
  // one map per key, by text: no key string is built per call (the cell text keeps its hash)
  const memo = new Map<Key, Map<string, number>>();
  let size = 0;
  fn = (text, key) => {
    let byText = memo.get(key);
    if (!byText) memo.set(key, (byText = new Map()));
    let v = byText.get(text);
    if (v === undefined) {
      if (size >= 50_000) {
        for (const m of memo.values()) m.clear();
        size = 0;
      }
      byText.set(detach(text), (v = score(text, key)));
      size++;
    }
    return v;
  };
  COMPAT.set(tpl, fn);
  return fn;
}

function compatUncached(tpl: Template) {
  return (text: string, key: Key): number => {
    const t = text.trim();
    // a column no role explains takes whatever stands there; its content decides later
    if (key.startsWith("extra:")) return 0;
    const role = key.replace(/@annual$/, "");
    // a level label's points left on a line of their own ("（40分）") belong to the label column; a
    // bare "（40）" only to the level-1 column, the one whose points may be printed so
    if (isPointsPiece(t) && role !== "level1" && role !== "level2") return -20;
    if ((isPointsPiece(t, L1) || OPEN_POINTS.test(t)) && role !== "level1") return -20;
    const level = isLevelText(tpl, t) || (isLabelFragment(t) && t.length <= 2);
    // a template's numbered item ("指标 1:", "指标 2: 航测面积") is a name, whatever follows its prefix
    if (templateItem(t)) return role === "name" ? 6 : -20;
    const bare = BARE_NUMBER.test(t) || /^\d+(\.\d+)?%$/.test(t);
    switch (role) {
      case "rowLabel":
        return /^(绩效指标|名称|年度绩效指标)$/.test(t) ? 6 : -20;
      case "level1":
        return normLevel1(tpl, t) !== null || (isLabelFragment(t) && t.length <= 2) || isPointsPiece(t, L1) || OPEN_POINTS.test(t) || CLOSING_PIECE.test(t) ? 6 : -20;
      case "level2":
        if (normLevel2(tpl, t) !== null || (isLabelFragment(t) && t.length <= 2) || CLOSING_PIECE.test(t)) return 6;
        // a level-2 label no list knows ("重点工作履行情况" under 履职效能): short words, no value
        return UNKNOWN_LABEL.test(t) ? -1 : -20;
      case "weight":
      case "score":
      case "weightShare":
      case "convertedScore":
      case "coefficient":
      case "level1Weight":
        return bare || t === "—" || t === "/" ? 3 : -20;
      case "number":
      case "unit":
        return splitCompat(role, t, level);
      case "comparator":
        // a dash where the comparator goes says the row has none (a 定性 row: "定性 | — | 满意 | — | —")
        return COMPARATOR.test(t) ? 5 : isDash(t) ? 1 : -20;
      case "valueKind":
        // 指标性质 holding "=" / "≥" is the comparator of a split value (see asComparator)
        return /^(定量|定性)/.test(t) ? 5 : COMPARATOR.test(t) ? 4 : -20;
      case "direction":
        return /^(正向|反向)/.test(t) ? 5 : isDash(t) ? 1 : -20;
      case "status":
        return /^(已?完成|未完成|部分完成|是|否)$/.test(t) ? 4 : -5;
      case "name":
        // a cell that reads as a value ("≥10台", "2022年前") is rarely a name
        if (level) return -8;
        if (!tpl.alignByValue) return bare ? -2 : 2;
        return (bare ? -2 : 2) - NAME_PENALTY[valueStrength(t)] + (t.replace(/\s+/g, "").length > 6 ? 0.5 : 0);
      case "target":
        if (level) return -8;
        return tpl.alignByValue ? 1 + valueStrength(t) - (t.replace(/\s+/g, "").length > 12 ? 1 : 0) : 1;
      case "adjusted":
      case "actual":
        return level ? -8 : 1;
      case "reasons":
        // a reason is words: a bare number there is the score column's, shifted
        return level ? -8 : bare ? -1 : 0.5;
      default:
        return level ? -8 : 0.5;
    }
  };
}

/**
 * alignCells per kind of row, memoised per template. The alignment is a function of the columns,
 * the positional flag and, per cell, its merged flag, whether it is blank and how well its text fits
 * each of the columns' roles (compat) — not of the text itself. So cell texts are sorted into classes
 * by their compat scores over the header's roles (a text's class is found once per set of roles),
 * and rows into kinds by their cells' classes: rows whose texts differ only where no score differs
 * ("≥1200人" / "≥1500人") share one alignment. The memo keeps role → cell index in the order
 * alignCells returned them; each call gets a fresh object holding this row's own cells (bounded:
 * everything dropped when full).
 */
interface AlignMemo {
  /** per set of roles: cell text → class (0 blank) */
  classes: Map<string, Map<string, number>>;
  /** a class's compat scores as text → its number */
  scores: Map<string, number>;
  /** kind of row → role → cell index: per header columns, a path of one number per cell (its class
   *  and merged flag), so that a row's kind is found without building a key string per row */
  rows: Map<string, RowKind>;
  /** the kinds stored (the bound) */
  kinds: number;
}

/** a node of the row-kind tree: the kinds continuing with one more cell, and the kind ending here */
interface RowKind {
  next?: Map<number, RowKind>;
  entries?: [Key, number][];
}

const ALIGNED = new WeakMap<Template, AlignMemo>();

interface HeaderCols {
  roles: (ColumnRole | null)[];
  annual: boolean[];
  cols: { role: Key; index: number }[];
  /** the columns' part of a row kind */
  key: string;
  /** the distinct roles compat scores (an extra column scores 0 for every text; 年度 as its role) */
  scored: Key[];
  scoredKey: string;
}

/** a header's columns as alignCells takes them, and their part of the memo key, once per header
 *  (made again when a role was inferred since: inferLevelColumns changes roles in place) */
const HEADER_COLS = new WeakMap<Header, HeaderCols>();

function headerCols(header: Header): HeaderCols {
  const got = HEADER_COLS.get(header);
  if (got && sameRoles(got, header.columns)) return got;
  const cols = header.columns.map((c) => ({ role: keyOf(c), index: c.index }));
  let key = header.positional ? "p" : "t";
  // every text is preceded by its length: the key is unambiguous whatever the texts hold
  for (const c of cols) key += "|" + c.index + ":" + c.role.length + ":" + c.role;
  const scored = [...new Set(cols.filter((c) => !c.role.startsWith("extra:")).map((c) => c.role.replace(/@annual$/, "")))];
  const made = { roles: header.columns.map((c) => c.role), annual: header.columns.map((c) => c.annual), cols, key: key + "#", scored, scoredKey: scored.join("|") };
  HEADER_COLS.set(header, made);
  return made;
}

function sameRoles(got: HeaderCols, columns: HeaderColumn[]): boolean {
  if (got.roles.length !== columns.length) return false;
  for (let k = 0; k < columns.length; k++) if (columns[k].role !== got.roles[k] || columns[k].annual !== got.annual[k]) return false;
  return true;
}

/** a cell text's class under a set of roles: 0 when blank (alignCells skips it), else its scores' number */
function cellClass(memo: AlignMemo, byText: Map<string, number>, h: HeaderCols, compat: (text: string, key: Key) => number, text: string): number {
  let id = byText.get(text);
  if (id === undefined) {
    id = 0;
    if (text.trim() !== "") {
      let sig = h.scoredKey + "#";
      for (const role of h.scored) sig += compat(text, role) + ",";
      id = memo.scores.get(sig);
      if (id === undefined) memo.scores.set(sig, (id = memo.scores.size + 1));
    }
    if (byText.size >= 50_000) byText.clear();
    byText.set(detach(text), id);
  }
  return id;
}

function alignCellsMemo(tpl: Template, row: Row, header: Header): Partial<Record<Key, Cell>> {
  const h = headerCols(header);
  const cols = h.cols;
  let memo = ALIGNED.get(tpl);
  if (!memo) ALIGNED.set(tpl, (memo = { classes: new Map(), scores: new Map(), rows: new Map(), kinds: 0 }));
  const compat = compatFor(tpl);
  const n = row.cells.length;
  const codes = new Array<number>(n);
  // the classes of this set of roles, found once per row (not per cell)
  let byText = memo.classes.get(h.scoredKey);
  if (!byText) memo.classes.set(h.scoredKey, (byText = new Map()));
  for (let k = 0; k < n; k++) {
    const c = row.cells[k];
    codes[k] = cellClass(memo, byText, h, compat, c.text) * 2 + (c.merged ? 1 : 0);
  }
  let node: RowKind | undefined = memo.rows.get(h.key);
  for (let k = 0; k < n && node; k++) node = node.next?.get(codes[k]);
  const hit = node?.entries;
  const cells: Partial<Record<Key, Cell>> = {};
  if (hit) {
    for (const [k, i] of hit) cells[k] = row.cells[i];
    return cells;
  }
  const got = alignCells<Key>(row, cols, compat, header.positional);
  const entries: [Key, number][] = [];
  for (const [k, c] of Object.entries(got)) {
    const i = row.cells.indexOf(c as Cell);
    if (i < 0) return got; // not one of the row's cells: not memoisable
    entries.push([k, i]);
    cells[k] = c as Cell;
  }
  if (memo.kinds >= 20_000 || memo.scores.size >= 50_000) {
    // classes are numbered by scores: all three go together
    memo.classes.clear();
    memo.scores.clear();
    memo.rows.clear();
    memo.kinds = 0;
  } else {
    let at = memo.rows.get(h.key);
    if (!at) memo.rows.set(h.key, (at = {}));
    for (let k = 0; k < n; k++) {
      const next: Map<number, RowKind> = (at.next ??= new Map());
      let to = next.get(codes[k]);
      if (!to) next.set(codes[k], (to = {}));
      at = to;
    }
    at.entries = entries;
    memo.kinds++;
  }
  return cells;
}

/** align a row to the header's roles (align.ts: by column in workbooks unless the row is shifted) */
export function alignRecord(tpl: Template, header: Header, row: Row): TableRecord<Key> {
  const cells = alignCellsMemo(tpl, row, header);
  if (tpl.valuesRight && !header.positional) fillValuesRight(header, row, cells);
  if (header.positional) {
    // a label cell merged over several rows governs them: its copies carry the label
    for (const col of header.columns) {
      const c = row.cells[col.index];
      if (c && c.merged && c.text.trim() && (col.role === "level1" || col.role === "level2" || col.role === "project" || col.role === "department")) {
        if (!cells[keyOf(col)]) cells[`carried:${keyOf(col)}`] = c;
      }
    }
  }
  return { row, cells };
}

/**
 * A wrapped cell's continuation printed alone on its line of a space-aligned table ("2025年1月举办"
 * under 未完成原因) says by its indent which column it belongs to: when it starts exactly where a
 * header cell starts, it goes to that column, whatever its text looks like.
 */
function placeByIndent(header: Header, headerRow: Row | undefined, rec: TableRecord<Key>, filled: RowView["filled"]): TableRecord<Key> {
  const row = rec.row;
  if (header.positional || row.sep !== "space" || headerRow?.sep !== "space") return rec;
  if (filled.length !== 1) return rec;
  const at = printedWidth(row.text.slice(0, row.text.length - row.text.trimStart().length));
  if (at === 0) return rec;
  const pieces = pieceStarts(headerRow);
  if (!pieces) return rec;
  const starts = new Map(pieces.map((p) => [headerRow.cells.indexOf(p.cell), p.start]));
  const col = header.columns.find((c) => c.role && !c.annual && starts.get(c.index) === at);
  if (!col) return rec;
  const key = keyOf(col);
  if (rec.cells[key] === filled[0].cell) return rec;
  return { row, cells: { [key]: filled[0].cell } };
}

/** the value columns a -layout row may leave empty and the order alignment would then fill with the next value */
const SPAN_ROLES: ReadonlySet<string> = new Set(["target", "adjusted", "actual"]);

/** where each filled cell of a space-separated row starts, counting characters (`wide` false) or printed columns (a full-width character two) */
function startsBy(row: Row, wide: boolean): Map<Cell, number> | null {
  const out = new Map<Cell, number>();
  let from = 0;
  for (const { cell } of filledCells(row)) {
    const t = cell.text.trim();
    const k = row.text.indexOf(t, from);
    if (k < 0) return null;
    out.set(cell, wide ? printedWidth(row.text.slice(0, k)) : k);
    from = k + t.length;
  }
  return out;
}

/** the header row's starts, computed once per header row and way of counting (every row of its table asks) */
const headerStartsMemo = new WeakMap<Row, [Map<Cell, number> | null | undefined, Map<Cell, number> | null | undefined]>();
function headerStarts(row: Row, wide: boolean): Map<Cell, number> | null {
  let m = headerStartsMemo.get(row);
  if (!m) headerStartsMemo.set(row, (m = [undefined, undefined]));
  const k = wide ? 0 : 1;
  if (m[k] === undefined) m[k] = startsBy(row, wide);
  return m[k] ?? null;
}

/**
 * A -layout row that leaves a value column empty (调整后指标值 blank, "≥500户 ⋯ 450户" with 450户 under
 * 实际完成值): the order alignment puts the next value there. Where each cell starts says which header
 * cell's span it stands in — by characters or by printed width (a Chinese character two columns wide, as
 * some converters place text), whichever measure puts more of the row's cells in the columns they were
 * read in. A target, adjusted or actual value standing wholly in another of those columns, empty in the
 * record, goes there. Tolerant by the spans (two columns of slack), never by one file's widths.
 */
function placeBySpans(header: Header, headerRow: Row | undefined, rec: TableRecord<Key>): TableRecord<Key> {
  if (header.positional || rec.row.sep !== "space" || !headerRow || !isSpaceAligned(headerRow)) return rec;
  const cols = header.columns.filter((c) => c.role && !c.fused && headerRow.cells[c.index]?.text.trim());
  let best: { agree: number; spanOf: (cell: Cell) => HeaderColumn | undefined } | null = null;
  for (const wide of [true, false]) {
    const head = headerStarts(headerRow, wide);
    const here = startsBy(rec.row, wide);
    if (!head || !here) continue;
    const spans = cols.map((c) => ({ c, start: head.get(headerRow.cells[c.index]) })).filter((x): x is { c: HeaderColumn; start: number } => x.start !== undefined).sort((a, b) => a.start - b.start);
    const spanOf = (cell: Cell): HeaderColumn | undefined => {
      const at = here.get(cell);
      if (at === undefined) return undefined;
      let found: HeaderColumn | undefined;
      for (const x of spans) if (x.start <= at + 2) found = x.c;
      return found;
    };
    let agree = 0;
    for (const [key, cell] of Object.entries(rec.cells)) if (cell && spanOf(cell) && keyOf(spanOf(cell)!) === key) agree++;
    if (!best || agree > best.agree) best = { agree, spanOf };
  }
  if (!best) return rec;
  let cells: TableRecord<Key>["cells"] | null = null;
  for (const [key, cell] of Object.entries(rec.cells)) {
    if (!cell || !SPAN_ROLES.has(key)) continue;
    const col = best.spanOf(cell);
    if (!col || !SPAN_ROLES.has(keyOf(col)) || keyOf(col) === key) continue;
    const to = keyOf(col);
    if ((cells ?? rec.cells)[to]) continue;
    cells ??= { ...rec.cells };
    delete cells[key];
    cells[to] = cell;
  }
  return cells ? { ...rec, cells } : rec;
}

/**
 * A level-1 label printed one character a line ("产" / "出" / "指" / "标") leaves most rows with one
 * short piece in the level-1 column and none in the level-2 column; aligned by their cells alone,
 * such a piece is taken for the level 2. In a space-aligned table the piece says by where it stands
 * which column it is in: one standing where the level-1 column starts (two columns of slack, as the
 * layout repair measures) and that is no level-2 label goes to the level 1 when the row has none.
 */
function levelByColumn(tpl: Template, header: Header, headerRow: Row | undefined, rec: TableRecord<Key>): TableRecord<Key> {
  const l2 = rec.cells.level2;
  if (!l2 || rec.cells.level1 || header.positional || rec.row.sep !== "space" || !isSpaceAligned(headerRow)) return rec;
  const l1col = header.columns.find((c) => c.role === "level1" && !c.annual);
  const l2col = header.columns.find((c) => c.role === "level2" && !c.annual);
  const head = pieceStarts(headerRow!);
  const pieces = pieceStarts(rec.row);
  if (!l1col || !l2col || !head || !pieces) return rec;
  const startOf = (cells: typeof head, cell: Cell | undefined) => cells.find((p) => p.cell === cell)?.start;
  const at = startOf(pieces, l2);
  const s1 = startOf(head, headerRow!.cells[l1col.index]);
  const s2 = startOf(head, headerRow!.cells[l2col.index]);
  if (at === undefined || s1 === undefined || s2 === undefined || !(s1 < s2) || Math.abs(at - s1) > 2 || at + 2 >= s2) return rec;
  // a level-2 label printed left of its header ("            质量指标" under "二级指标") stays the level 2
  if (normLevel2(tpl, l2.text.replace(/\s+/g, "")) !== null) return rec;
  const cells: TableRecord<Key>["cells"] = { ...rec.cells, level1: l2 };
  delete cells.level2;
  return { ...rec, cells };
}

const NUMBER_PIECE = /^[≥≤<>=＜＞≧≦＝]?\d+(\.\d+)?$/u;

/**
 * A row of a table printed without borders and extracted with single spaces between cells (not a
 * -layout print, whose columns keep their places): the extraction also puts a space between a
 * number and the Chinese after it, so a value "≥1.8万平方米" or "2025年12月底前" comes in pieces
 * ("≥1.8 | 万平方米", "2025 | 年 | 12 | 月底前"). A number followed by a unit or a date word is one
 * cell again — unless the header splits values into a number column and a unit column.
 */
function glueValuePieces(header: Header, headerRow: Row | undefined, row: Row): Row {
  if (row.sep !== "space" || header.positional || isSpaceAligned(headerRow)) return row;
  if (header.columns.some((c) => c.role === "unit" || c.role === "number")) return row;
  const cells = row.cells.filter((c) => c.text.trim() !== "");
  const out: Cell[] = [];
  let text = row.text;
  let glued = false;
  for (let k = 0; k < cells.length; k++) {
    let cur = cells[k];
    const start = NUMBER_PIECE.test(cur.text.trim());
    while (start && cells[k + 1]) {
      const t = cur.text.trim();
      const next = cells[k + 1].text.trim();
      const after = cells[k + 2]?.text.trim() ?? "";
      const unit = /\d$/u.test(t) && (isUnitToken(next) || /^[年月日](底前?|前|内|末|初|中|份)?$/u.test(next));
      const dateNumber = /[年月]$/u.test(t) && /^\d{1,2}$/u.test(next) && /^[月日]/u.test(after);
      if (!(unit || dateNumber) || !text.includes(`${t} ${next}`)) break;
      text = text.replace(`${t} ${next}`, `${t}${next}`);
      cur = cellWith(cur, t + next);
      glued = true;
      k++;
    }
    out.push(cur);
  }
  return glued ? rowWith(row, out, text) : row;
}

/** the value columns a row fills from the right when it lost its empty cells (Template.valuesRight) */
const RIGHT_FILLED = ["target", "adjusted", "actual"];

function fillValuesRight(header: Header, row: Row, cells: Partial<Record<Key, Cell>>): void {
  const filled = row.cells.map((c) => !c.merged && c.text.trim() !== "");
  const first = filled.indexOf(true);
  const last = filled.lastIndexOf(true);
  // a row that kept an empty cell between its first and last cell keeps its columns
  if (first < 0 || filled.slice(first, last + 1).includes(false)) return;
  const keys = header.columns.filter((c) => !c.annual && c.role && RIGHT_FILLED.includes(c.role)).map((c) => keyOf(c));
  const got = keys.map((k) => cells[k]).filter((c): c is Cell => !!c);
  if (got.length === 0 || got.length >= keys.length) return;
  for (const k of keys) delete cells[k];
  got.forEach((c, i) => (cells[keys[keys.length - got.length + i]] = c));
}

function text(c: Cell | undefined): string {
  return c ? c.text.trim() : "";
}

function num(s: string): number | null {
  const t = s.replace(/\s+/g, "").replace(/%$/, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

// hasValue and onlyDashes are asked of every record of every table: plain loops over the record's
// keys (in Object.keys order), no key list, entry pairs or stripped key strings made per record
function hasValue(r: TableRecord<Key>): boolean {
  for (const k in r.cells) if (VALUE_KEYS.includes(k.endsWith("@annual") ? k.slice(0, -"@annual".length) : k)) return true;
  return false;
}

/** "..." / "…": a template's row left blank */
const ELLIPSIS = /^\s*(\.{2,}|…+)\s*$/;

/** a row of dashes only ("—"): the template's empty slot, whichever column its dash fell in */
function onlyDashes(r: TableRecord<Key>): boolean {
  let any = false;
  for (const k in r.cells) {
    const c = r.cells[k];
    if (k.startsWith("carried:") || !c || !text(c)) continue;
    if (!isDash(text(c))) return false;
    any = true;
  }
  return any;
}

/** a record holding only continuation text: no value, no complete label, no project */
function isFragment(tpl: Template, r: TableRecord<Key>): boolean {
  const keys = Object.keys(r.cells).filter((k) => !k.startsWith("carried:"));
  if (!keys.length) return false;
  if (hasValue(r)) return false;
  // a template item ("指标 2:"), an ellipsis or a dash row ("—": the template's empty slot) is a row
  // of its own, never a wrapped piece
  const name = text(r.cells.name);
  if (name && (templateItem(name) || ELLIPSIS.test(name))) return false;
  if (onlyDashes(r)) return false;
  for (const k of keys) {
    const role = k.replace(/@annual$/, "");
    const t = text(r.cells[k]);
    if ((role === "level1" || role === "level2") && (isLevelText(tpl, stripPoints(t, role === "level1" ? L1 : undefined)) || /^[（(]/.test(t))) return false;
    if (role === "project" || role === "department" || role === "budget" || role === "rowLabel") return false;
  }
  return true;
}

/**
 * A wrapped label's last piece ("服务对象满意度" / "指标") can land in the level-1 column when the
 * level-2 text starts left of its header, and the join then doubles the suffix ("满意度指标指标").
 * A level-1 cell that is a complete label followed by such a suffix gives the suffix back: to the
 * level-2 cell when that completes it, otherwise it is dropped.
 */
function returnLabelSuffix(tpl: Template, r: TableRecord<Key>): void {
  const c1 = r.cells.level1;
  if (!c1) return;
  const t = c1.text.replace(/\s+/g, "");
  const m = /^(.+?)((?:指)?标)$/.exec(t);
  if (!m || normLevel1(tpl, m[1]) === null || !/指标$/.test(m[1])) return;
  r.cells.level1 = { ...c1, text: m[1] };
  const c2 = r.cells.level2;
  const t2 = c2?.text.replace(/\s+/g, "") ?? "";
  if (c2 && t2 && !t2.endsWith(m[2]) && normLevel2(tpl, t2 + m[2]) !== null) r.cells.level2 = { ...c2, text: t2 + m[2] };
}

/**
 * Some templates head the comparator column 指标性质 (= / ≥ / ≤ under it, then 指标值 and 度量单位),
 * where others mean 定量 / 定性 by it: a 指标性质 cell that holds a comparator is read as one, so
 * the value is comparator + number + unit and not a bare "=".
 */
function asComparator(c: TableRecord<Key>["cells"]): void {
  const kind = c.valueKind?.text.replace(/\s+/g, "") ?? "";
  if (!c.valueKind || c.comparator || !COMPARATOR.test(kind) || /^(定性|定量)$/.test(kind)) return;
  c.comparator = c.valueKind;
  delete c.valueKind;
}

/** one value from a target cell or from comparator / number / unit cells */
/** the value columns' keys of the period ("") and the year ("@annual") group, made once (not per row) */
const VALUE_COLUMN_KEYS = new Map(
  ["", "@annual"].map((suffix) => [suffix, { target: `target${suffix}` as Key, cmp: `comparator${suffix}` as Key, number: `number${suffix}` as Key, unit: `unit${suffix}` as Key }]),
);

function valueOf(r: TableRecord<Key>, suffix: "" | "@annual", context: "target" | "actual" = "target"): Value | null {
  const keys = VALUE_COLUMN_KEYS.get(suffix)!;
  const target = r.cells[keys.target];
  let cmp = r.cells[keys.cmp];
  const number = r.cells[keys.number];
  const unit = r.cells[keys.unit];
  if (!cmp && !number && !unit) return target ? parseValue(target.text, target.loc, context) : null;
  const main = target ?? number;
  if (!main && !cmp) return null;
  const parts: (Text & { role: string })[] = [];
  // a dash in the comparator column is no comparator: neither part of the value nor of its cells
  if (cmp && main && isDash(cmp.text.trim())) cmp = undefined;
  if (cmp) parts.push({ role: "comparator", text: cmp.text.trim(), loc: { ...cmp.loc } });
  if (main) parts.push({ role: "number", text: main.text.trim(), loc: { ...main.loc } });
  if (unit) parts.push({ role: "unit", text: unit.text.trim(), loc: { ...unit.loc } });
  const op = cmp && !/^(定性|定量)$/.test(cmp.text.trim()) ? cmp.text.trim() : "";
  // a dash in the unit column ("—" beside a deadline or a qualitative value) says the value has no unit, it is not part of it
  const noUnit = !unit || isDash(unit.text.trim()) || /^[―/／]+$/.test(unit.text.trim());
  const unitText = !noUnit && main && !main.text.trim().endsWith(unit.text.trim()) ? unit.text.trim() : "";
  const raw = `${op}${main?.text.trim() ?? ""}${unitText}`;
  const v = parseValue(raw, { ...(main ?? cmp)!.loc }, context);
  v.cells = parts;
  return v;
}

export interface BlockResult {
  indicators: Indicator[];
  /** project rows of a list-style table: the record that opened each project, by indicator index */
  projects: { at: number; record: TableRecord<Key>; goal?: Text }[];
  /** index one past the table's last row */
  end: number;
  rowsMerged: number;
  /** header texts no role explains */
  extras: string[];
  headers: Header[];
  /** rows inside the table that belong to the form's header (goals of a second block) */
  interludes: number[];
  /** what a reviewer of the parse should know, per row (contradicting labels, a cut 年度 group …) */
  warnings: string[];
  /** rows holding only a level-1 label: no indicator of their own */
  rowsSkipped: number;
}

const BLOCK_TITLE = /^(长期|中期|年度|实施期|本年度|当年)(绩效)?(指标|目标)?(表)?[:：]?$/;

/** "长期" / "中期" / "实施期" → "period"; "年度" / "本年度" / "当年" → "annual" */
function blockKind(t: string): "period" | "annual" {
  return /^(长期|中期|实施期)/.test(t) ? "period" : "annual";
}

/** a row holding only a block title ("长期绩效目标", "年度绩效指标") */
export function isBlockTitle(row: Row, cells?: { cell: Cell }[]): boolean {
  // asked of rows near every header and of every table row: one filled cell, found without its list
  const only = cells ? (cells.length === 1 ? cells[0].cell : undefined) : filledCellAt(row, 1) === undefined ? filledCellAt(row, 0) : undefined;
  return only !== undefined && BLOCK_TITLE.test(only.text.replace(/\s+/g, ""));
}

/** the block a header opens: a block title within the few rows above it (goal rows between) */
function blockTitle(rows: Row[], headerFirst: number, floor: number): "period" | "annual" | null {
  for (let k = headerFirst - 1; k >= Math.max(floor, headerFirst - 4); k--) {
    if (isBlockTitle(rows[k])) return blockKind(filledCells(rows[k])[0].cell.text.replace(/\s+/g, ""));
  }
  return null;
}

/** the block a header names in its own first cell, a column no data role reads ("实施期绩效指标 | 一级指标 | …"
 *  over the 实施期 rows, "年度绩效指标 | 一级指标 | …" over the 年度 rows) */
function headerBlock(h: Header): "period" | "annual" | null {
  const col = h.columns[0];
  if (!col || (col.role !== null && col.role !== "rowLabel")) return null;
  const t = col.header.replace(/\s+/g, "");
  return BLOCK_TITLE.test(t) ? blockKind(t) : null;
}

/** a table row's filled cells and its first filled cell's text without spaces, found once for every
 *  test the table reader makes of the row (stop rows, block titles, interludes, indents) */
export interface RowView {
  filled: { cell: Cell; index: number }[];
  first: string;
}

/** Read the indicator table(s) starting with `header`: consecutive blocks until a stop row. */
export function readTable(
  tpl: Template,
  rows: Row[],
  header: Header,
  stopAt: (row: Row, i: number, view: RowView) => boolean,
  isInterlude: (row: Row, view: RowView) => boolean = () => false,
): BlockResult {
  const indicators: Indicator[] = [];
  const projects: BlockResult["projects"] = [];
  const extras = new Set<string>();
  const headers: Header[] = [header];
  let rowsMerged = 0;
  let h = header;
  let block = blockTitle(rows, h.first, 0) ?? headerBlock(h);
  /** the blocks this table opened, and whether each was named only by its header's first cell */
  const opened: { block: "period" | "annual" | null; byHeader: boolean }[] = [{ block, byHeader: !blockTitle(rows, h.first, 0) && block !== null }];
  const interludes: number[] = [];
  const warnings: string[] = [];
  const skipped: { n: number; merged?: number } = { n: 0 };
  let i = h.index + 1;
  let end = rows.length;
  /** the row of a header under a title marked as continued, a column more or less than the table's */
  let continuedAt = -1;
  /** the header at hand goes on with the table above it (not a block of its own) */
  let goesOn = false;
  for (;;) {
    let recs: TableRecord<Key>[] = [];
    let next: Header | null = null;
    // a list-style table printed by -layout: its lines read by where their pieces start (repair/list-layout.ts)
    const listLayout = h.positional ? null : listLayoutOf(h.layout ?? rows[h.first], h.columns.map(keyOf), h.columns.map((c) => c.role));
    const list = listLayout ? new ListLayoutReader(listLayout) : null;
    for (; i < rows.length; i++) {
      const row = rows[i];
      if (isBlankRow(row)) continue;
      const filled = filledCells(row);
      const view: RowView = { filled, first: filled[0]?.cell.text.replace(/\s+/g, "") ?? "" };
      // a list's 合计 row printed first, right under its header: the whole list's total, the projects below
      if (!recs.length && !indicators.length && LIST_TOTAL.test(view.first) && h.columns.some((c) => c.role === "project")) continue;
      // a 合计 / 小计 row between two projects of a list (a unit's subtotal, a group's total): the sum of the
      // projects above, not the table's end — the list goes on when a project's cell follows it
      if (LIST_SUBTOTAL.test(view.first) && projectFollows(rows, i + 1, h)) continue;
      if (endsTable(tpl, view.first) || stopAt(row, i, view)) {
        end = i;
        break;
      }
      const again = readHeader(tpl, rows, i, h.positional);
      if (again) {
        // a repeated header (a table continued on the next page) is dropped; another opens a block
        const same = again.columns.map((c) => c.header).join("|") === h.columns.map((c) => c.header).join("|");
        const title = blockTitle(rows, again.first, h.index + 1);
        if (same && !title) {
          i = again.index;
          list?.reset();
          continue;
        }
        // under a title marked as continued, a repeat with a column more or less is the same table going
        // on: its rows are read by the repeat's columns, in the same block, the project above going on
        if (continuedAt === i && !title) {
          next = again;
          goesOn = true;
          break;
        }
        next = again;
        break;
      }
      // the next form's title right under the last indicator row, with its table number ("表7 | 项目支出绩效
      // 目标表"): it ends the table — unless the same header follows it (the table continued on a new page)
      if (isNextFormTitle(filled)) {
        let j = i + 1;
        while (j < rows.length && (isBlankRow(rows[j]) || isYearLine(filledCells(rows[j])))) j++;
        const again = j < rows.length ? readHeader(tpl, rows, j, h.positional) : null;
        if (again && again.columns.map((c) => c.header).join("|") === h.columns.map((c) => c.header).join("|")) continue;
        end = i;
        break;
      }
      // the table's title marked as continued ("…目标表（续）", "续表") over the same header on the next
      // page, in a list or in one project's form: not the rest of the indicator name above (decision 136)
      if (isContinuedTitle(row, filled)) {
        let j = i + 1;
        while (j < rows.length && isBlankRow(rows[j])) j++;
        const again = j < rows.length ? readHeader(tpl, rows, j, h.positional) : null;
        if (again && again.columns.map((c) => c.header).join("|") === h.columns.map((c) => c.header).join("|")) continue;
        // the repeat leaves out a column or adds one ("指标值确定依据", "序号" not printed again)
        if (again && sameTableHeader(again.columns.map((c) => squashHeader(c.header)), h.columns.map((c) => squashHeader(c.header)))) {
          continuedAt = j;
          continue;
        }
      }
      // the table's title printed again over its header on the next page ("绩效指标" over "一级指标 …",
      // as over the first header) is part of that header, not the rest of the row above
      if (filled.length === 1 && view.first === titleOver(rows, h.first)) {
        let j = i + 1;
        while (j < rows.length && isBlankRow(rows[j])) j++;
        const again = j < rows.length ? readHeader(tpl, rows, j, h.positional) : null;
        if (again && again.columns.map((c) => c.header).join("|") === h.columns.map((c) => c.header).join("|")) continue;
      }
      // the column-group line over a header repeated on the next page ("实施期指标 … 年度指标") is part
      // of that header, not an indicator row
      if (isColumnGroupRow(filled)) {
        let j = i + 1;
        while (j < rows.length && isBlankRow(rows[j])) j++;
        if (j < rows.length && readHeader(tpl, rows, j, h.positional)) continue;
      }
      // a block title ("年度绩效目标") or a goal row between two blocks: read with the header fields
      if (isBlockTitle(row, filled) || isInterlude(row, view)) {
        interludes.push(i);
        continue;
      }
      // a goal's text wrapped onto the next row (one cell) after a goal row
      if (filled.length === 1 && interludes.length > 0 && interludes[interludes.length - 1] === prevFilled(rows, i)) {
        interludes.push(i);
        continue;
      }
      if (list) {
        const got = list.take(glueLayoutNumbers(h.layout ?? rows[h.first], row), recs.length);
        if (got === null) continue;
        if (got) {
          recs.push(got);
          continue;
        }
      }
      // a list-style table's project row holding only the project's cells (its indicators below): read by column
      const own = listProjectRow(tpl, h, row, filled);
      if (own) {
        recs.push(own);
        continue;
      }
      const glued = glueLayoutNumbers(h.layout ?? rows[h.first], glueValuePieces(h, rows[h.index], row));
      recs.push(levelByColumn(tpl, h, rows[h.index], placeBySpans(h, rows[h.index], placeByIndent(h, rows[h.index], alignRecord(tpl, h, glued), glued === row ? filled : filledCells(glued)))));
    }
    // each project block's cells on its first record; the blocks' lines are joined block by block
    let blockStarts = [0];
    if (list) {
      const done = list.finish(recs);
      recs = done.records;
      blockStarts = [...new Set([0, ...done.starts])];
    }
    inferLevelColumns(tpl, h, recs, rows[h.index]);
    for (const c of h.columns) if (!c.role && !c.fused) extras.add(c.header);
    // a space-aligned (-layout) table: lines continuing the cells above, measured by position
    const unwrapped = blockStarts.flatMap((from, k) =>
      joinLayoutContinuations(recs.slice(from, blockStarts[k + 1] ?? recs.length), listLayout?.indicators.header ?? h.layout ?? rows[h.first], listLayout?.indicators.keys ?? h.columns.map((c) => keyOf(c)), (t) => /指标$/.test(stripPoints(t, L1)) && isLevelText(tpl, stripPoints(t, L1)), (k2, above, t) => continuesLevelLabel(tpl, k2, above, t)),
    );
    rejoinSplitLabels(unwrapped, "level1", (s) => normLevel1(tpl, s) !== null, { ...L1, shortLabels: true });
    rejoinSplitLabels(unwrapped, "level2", (s) => normLevel2(tpl, s) !== null);
    const reasoned = joinOpenReasons(tpl, unwrapped);
    const joined = joinWrapped(reasoned, (r) => isFragment(tpl, r), tpl.wrap === "auto" ? undefined : tpl.wrap);
    for (const r of joined) returnLabelSuffix(tpl, r);
    rowsMerged += recs.length - joined.length + (list?.consumed ?? 0);
    const built = indicators.length;
    buildIndicators(tpl, joined, block, indicators, projects, warnings, skipped, h.columns.some((c) => c.annual && (c.role === "target" || c.role === "name")));
    // a 偏差原因 column left empty on a row is an empty reason, not a form without the column
    if (h.columns.some((c) => c.role === "reasons")) for (const ind of indicators.slice(built)) ind.deviation ??= "";
    if (!next) {
      if (i >= rows.length) end = rows.length;
      break;
    }
    h = next;
    headers.push(h);
    if (!goesOn) {
      block = blockTitle(rows, h.first, 0) ?? headerBlock(h);
      opened.push({ block, byHeader: !blockTitle(rows, h.first, 0) && block !== null });
    }
    goesOn = false;
    i = h.index + 1;
  }
  // a header cell naming the only block of its table ("年度绩效指标 | 一级指标 …" over a one-block form) is the
  // template's row label: the form is not written in blocks, so its indicators carry none
  if (opened.every((o) => o.byHeader) && new Set(opened.map((o) => o.block)).size === 1) for (const ind of indicators) delete ind.block;
  return { indicators, projects, end, rowsMerged: rowsMerged + (skipped.merged ?? 0), extras: [...extras], headers, interludes, warnings, rowsSkipped: skipped.n };
}

/** a list's project record without a 单位名称 of its own carries the last one above (merged over its projects) */
function withListDepartment(r: TableRecord<Key>, unit: Cell | undefined): TableRecord<Key> {
  if (!unit || r.cells.department || r.cells["carried:department"]) return r;
  return { ...r, cells: { ...r.cells, "carried:department": unit } };
}

/** the roles of a list-style table's project cells (the rest are the indicators') */
const LIST_PROJECT_ROLES: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(["project", "department", "budget", "goal", null]);

/**
 * A list-style table saved as TAB-separated text (a 项目名称 column; the line keeps its empty cells)
 * whose row fills only the project's own columns (单位名称 / 项目名称 / 预算数 / 年度目标, and the columns
 * no role explains beside them: 序号, 单位编码, 财政拨款 …) and none of the indicator columns: the row
 * that opens a project, its indicator rows below. Read by the columns its cells stand in — the
 * tolerant alignment would move those cells into the indicator columns, which score better for
 * any text. Null for any other row: a row with a cell in an indicator column, or none in 项目名称,
 * or a 项目名称 cell that reads as a level label or a bare number.
 */
function listProjectRow(tpl: Template, h: Header, row: Row, filled: RowView["filled"]): TableRecord<Key> | null {
  if (h.positional || row.sep !== "tab") return null;
  const project = h.columns.find((c) => c.role === "project" && !c.annual);
  if (!project) return null;
  // the project's cell opens it; a 单位名称 cell with no project heads the unit's projects below (its
  // 序号 "一" and its subtotal beside it are the unit's, not a project's)
  const department = h.columns.find((c) => c.role === "department" && !c.annual);
  const unitHead = !row.cells[project.index]?.text.trim() && !!department;
  const opener = unitHead ? department : project;
  const pc = row.cells[opener.index];
  const pt = pc?.text.trim() ?? "";
  if (!pt || pc.merged || BARE_NUMBER.test(pt) || isLevelText(tpl, pt)) return null;
  if (unitHead && (isSubtotalLabel(pt) || LIST_TOTAL.test(pt.replace(/\s+/g, "")))) return null;
  const cells: TableRecord<Key>["cells"] = {};
  for (const { cell, index } of filled) {
    const col = h.columns.find((c) => c.index === index);
    if (!col || col.annual || !LIST_PROJECT_ROLES.has(col.role) || cell.merged) return null;
    cells[keyOf(col)] = cell;
  }
  return unitHead ? { row, cells: { [keyOf(opener)]: pc } } : { row, cells };
}

/**
 * A column whose header no role explains ("指标类型", "类别") but whose cells are level labels is the
 * level-2 (or level-1) column: read by what its cells say.
 */
function inferLevelColumns(tpl: Template, h: Header, recs: TableRecord<Key>[], headerRow: Row): void {
  const has = new Set(h.columns.map((c) => c.role));
  // a header cell overwritten by the first row's merged label ("产出 指标" where 一级指标 stood): the
  // label names its column and opens the table's first group
  const seed: Partial<Record<Key, Cell>> = {};
  for (const col of h.columns) {
    const cell = headerRow.cells[col.index];
    if (col.role || !col.fused || !cell) continue;
    const t = col.header.replace(/\s+/g, "");
    const n1 = normLevel1(tpl, t);
    if (!has.has("level1") && n1 !== null && [null, n1].includes(normLevel2(tpl, t))) {
      col.role = "level1";
      has.add("level1");
      seed.level1 = cell;
      moveKey(recs, `extra:${squashHeader(col.header)}`, "level1");
      // the 权重 cell beside it, overwritten as well: its column holds the level 1s' numbers
      const next = h.columns.find((c) => c.index === col.index + 1);
      if (next && !next.role && !has.has("level1Weight")) {
        const key = keyOf(next);
        const c2 = headerRow.cells[next.index];
        if (next.fused && c2 && normLevel2(tpl, next.header.replace(/\s+/g, "")) !== null) seed.level2 = c2;
        // its cells: the level 1s' numbers, and level-2 labels shifted left into it (which stay labels)
        const texts = recs.map((r) => text(r.cells[key])).filter((x) => x && !isLevelText(tpl, x.replace(/\s+/g, "")));
        if (texts.length && texts.every((x) => BARE_NUMBER.test(x))) {
          for (const r of recs) {
            const c = r.cells[key];
            const t = c ? text(c).replace(/\s+/g, "") : "";
            if (!c || !isLevelText(tpl, t)) continue;
            const l1 = normLevel1(tpl, t);
            const to = l1 !== null && [null, l1].includes(normLevel2(tpl, t)) ? "level1" : "level2";
            if (r.cells[to]) continue;
            r.cells[to] = c;
            delete r.cells[key];
          }
          next.role = "level1Weight";
          has.add("level1Weight");
          moveKey(recs, key, "level1Weight");
        }
      }
    }
  }
  if (Object.keys(seed).length && recs.length) recs.unshift({ row: headerRow, cells: seed });
  for (const col of h.columns) {
    if (col.role || col.fused) continue;
    const key = keyOf(col);
    // a label's points left on a line of their own ("（40分）") say nothing about the column
    const texts = recs.map((r) => text(r.cells[key])).filter((t) => t && !isPointsPiece(t, L1));
    if (texts.length < 2) continue;
    const share = (f: (t: string) => boolean) => texts.filter(f).length / texts.length;
    const role = !has.has("level2") && share((t) => normLevel2(tpl, t) !== null) >= 0.6 ? "level2" : !has.has("level1") && share((t) => normLevel1(tpl, t) !== null) >= 0.6 ? "level1" : null;
    if (!role) continue;
    col.role = role;
    has.add(role);
    for (const r of recs) {
      const c = r.cells[key];
      if (c) {
        r.cells[role] = c;
        delete r.cells[key];
      }
    }
  }
}

/**
 * A 偏差原因 cell wrapped over lines: the lines below a record whose reason breaks off mid-sentence,
 * each holding one piece of prose and nothing else, go on that reason (whichever column the
 * alignment gave them: a wrapped line has lost its position). Returns the records that remain.
 */
function joinOpenReasons(tpl: Template, recs: TableRecord<Key>[]): TableRecord<Key>[] {
  const out: TableRecord<Key>[] = [];
  let open: TableRecord<Key> | null = null;
  const ends = (t: string) => /[。！!]$/.test(t);
  for (const r of recs) {
    const keys = Object.keys(r.cells).filter((k) => !k.startsWith("carried:"));
    const t = keys.length === 1 ? text(r.cells[keys[0]]) : "";
    // a line's one text standing in the open reason's column continues it, whatever role its words suggest
    // (a TAB line realigned under the cell it continues: src/repair/tab-continuation.ts)
    const underReason = !!open && !!t && open.row.sep === "tab" && r.row.cells.indexOf(r.cells[keys[0]]!) === open.row.cells.indexOf(open.cells.reasons!);
    if (!isFragment(tpl, r) && !underReason) {
      const t = text(r.cells.reasons);
      open = t && !ends(t) ? r : null;
      out.push(r);
      continue;
    }
    if (!open || !t || !(PROSE.test(t) || underReason) || valueStrength(t) !== 0) {
      out.push(r);
      continue;
    }
    const reason = open.cells.reasons!;
    open.cells.reasons = { ...reason, text: text(reason) + t };
    open.merged = [...(open.merged ?? []), r.row];
    if (ends(t)) open = null;
  }
  return out;
}

/** a column's cells move to another key (its role, once inferred) */
function moveKey(recs: TableRecord<Key>[], from: Key, to: Key): void {
  for (const r of recs) {
    const c = r.cells[from];
    if (c) {
      r.cells[to] = c;
      delete r.cells[from];
    }
  }
}

/** index of the last non-blank row before i */
/** the one-cell line right over a header (its title: "绩效指标"), spaces dropped; null when there is none */
function titleOver(rows: Row[], first: number): string | null {
  const k = prevFilled(rows, first);
  const cells = k >= 0 ? filledCells(rows[k]) : [];
  return cells.length === 1 ? cells[0].cell.text.replace(/\s+/g, "") : null;
}

function prevFilled(rows: Row[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!isBlankRow(rows[k])) return k;
  return -1;
}

interface Lost {
  /** the level 2 of the group before */
  prev: string | null;
  inds: Indicator[];
}

const LEVEL2_ORDER = Object.keys(LEVEL2);

/**
 * Give a group whose level-2 label was lost its label: `label` when a label row named it, otherwise
 * the one canonical level 2 between the group before and the next group (`next`), with a warning;
 * when there is no such one, the group keeps the level 2 above, with a warning.
 */
function settleLost(lost: Lost, label: { norm: string; raw: string } | null, next: string | null, line: number, warnings: string[]): void {
  if (!lost.inds.length) return;
  let l2 = label?.norm ?? null;
  if (!l2) {
    const ia = lost.prev ? LEVEL2_ORDER.indexOf(lost.prev) : -1;
    const ib = next ? LEVEL2_ORDER.indexOf(next) : LEVEL2_ORDER.length;
    const lines = lost.inds.map((i) => i.line).join(", ");
    if ((ia >= 0 || !lost.prev) && ib >= 0 && ib - ia === 2) {
      l2 = LEVEL2_ORDER[ia + 1];
      warnings.push(`第 ${lines} 行指标的二级指标标签缺失，按模板顺序推定为“${l2}”`);
    } else {
      warnings.push(`第 ${lines} 行指标的二级指标标签缺失（至第 ${line} 行仍未出现），沿用上一个二级指标`);
      return;
    }
  }
  for (const ind of lost.inds) {
    ind.level2 = l2;
    ind.level2Raw = label?.raw ?? null;
    const l1 = level1Of(l2);
    if (l1) ind.level1 = l1;
  }
}

function buildIndicators(
  tpl: Template,
  recs: TableRecord<Key>[],
  block: "period" | "annual" | null,
  out: Indicator[],
  projects: BlockResult["projects"],
  warnings: string[],
  skipped: { n: number; merged?: number },
  annualCols: boolean,
): void {
  let displaced: { norm: string; raw: string } | null = null;
  let l1: string | null = null;
  let l1Raw: string | null = null;
  let l1Points: number | null = null;
  let l2: string | null = null;
  let l2Raw: string | null = null;
  let l2Points: number | null = null;
  let l1Weight: number | null = null;
  /** each level 1's 权重 as stated on any of its rows: a label centred on its group may stand below its first rows */
  const l1Weights = new Map<string, number>();
  const l1Raws = new Map<string, string>();
  const first = out.length;
  /** the record that made the last indicator, and whether it was a numbered item */
  let prev: { rec: TableRecord<Key>; ind: Indicator; item: boolean } | null = null;
  /** the current level-2 group has had its item 1 */
  let hadItem1 = false;
  /** indicators of a group whose level-2 label has not been seen (yet) */
  let lost: Lost | null = null;
  /** the table fills numbered template items ("指标 1:航测效果"): its blank items ("指标 2:") are the
   *  template's spare slots, printed in every group; in a table whose rows carry plain names, a blank
   *  item or "……" left as a row is a slot the department forgot to fill or remove, kept for the rules */
  const numbered = recs.some((r) => {
    const it = templateItem(text(r.cells.name));
    return !!it && !isEmptyName(it.name);
  });
  /** a list's last 单位名称 cell: a unit merged over several projects is printed on the first one's row */
  let unit: Cell | undefined;
  for (const r of recs) {
    const c = r.cells;
    if (c.project || c.department || c["carried:project"]) {
      const p = text(c.project ?? c["carried:project"]);
      const last = projects[projects.length - 1];
      if (c.project && (!last || text(last.record.cells.project) !== p)) {
        projects.push({ at: out.length, record: withListDepartment(r, unit), ...(c.goal ? { goal: { text: text(c.goal), loc: { ...c.goal.loc } } } : {}) });
        l1 = l1Raw = l2 = l2Raw = null;
      }
      if (c.department) unit = c.department;
      // a 单位名称 alone on its row (listProjectRow) heads the projects below: no indicator of its own
      if (!c.project && !c["carried:project"] && c.department && Object.keys(c).length === 1) continue;
    } else if (c.goal && projects.length) {
      // the project's goal wrapped down beside its indicator rows
      const last = projects[projects.length - 1];
      last.goal = last.goal ? { ...last.goal, text: last.goal.text + text(c.goal) } : { text: text(c.goal), loc: { ...c.goal.loc } };
    }
    if (onlyDashes(r)) {
      skipped.n++;
      continue;
    }
    // a subtotal row ("小计 40 38.5") states its level-1 group's points: no indicator, no label
    if (SUBTOTAL_KEYS.some((k) => isSubtotalLabel(text(c[k])))) {
      const stated = c.weight ? num(text(c.weight)) : null;
      if (stated !== null && l1) for (const ind of out.slice(projects[projects.length - 1]?.at ?? 0)) if (ind.level1 === l1 && ind.level1Points == null) ind.level1Points = stated;
      skipped.n++;
      continue;
    }
    const rawL1 = text(c.level1) || text(c["carried:level1"]);
    const rawL2 = text(c.level2) || text(c["carried:level2"]);
    if (rawL1) {
      const n1 = normLevel1(tpl, rawL1);
      if (n1 && n1 !== l1) {
        l2 = l2Raw = null;
        l2Points = null;
        l1Weight = null;
      }
      if (n1) {
        l1 = n1;
        l1Raw = rawL1;
        l1Points = labelPoints(rawL1, L1);
      } else if (isLabelFragment(rawL1)) {
        // a stray piece of a label ("标") the repair could not attach: not a level 1 of its own
      } else if (rawL1 !== l1Raw) {
        // a level 1 no lexicon knows: kept as written
        l1 = cleanLabel(stripPoints(rawL1, L1));
        l1Raw = rawL1;
        l1Points = labelPoints(rawL1, L1);
      }
      if (c.level1Weight) {
        l1Weight = num(text(c.level1Weight));
        const n = normLevel1(tpl, rawL1);
        if (n && l1Weight !== null && !l1Weights.has(n)) l1Weights.set(n, l1Weight);
      }
      const n1Raw = normLevel1(tpl, rawL1);
      if (n1Raw && !l1Raws.has(n1Raw)) l1Raws.set(n1Raw, rawL1);
    }
    // a stray label piece ("标" of "产出指" / "标" shifted into this column) names no level 2
    const hasL2 = !!rawL2 && !(normLevel2(tpl, rawL2) === null && isLabelFragment(rawL2));
    if (hasL2) {
      const n2 = normLevel2(tpl, rawL2);
      if (lost) {
        // the label of a group whose label was lost: a label row of its own names it; a label
        // opening the next group leaves the one canonical level 2 between the two, if there is one
        const own = !!templateItem(text(c.name)) || (!!text(c.name) && hasValue(r));
        settleLost(lost, own || !n2 ? null : { norm: n2, raw: rawL2 }, n2, lineOf(r.row), warnings);
        lost = null;
      }
      hadItem1 = false;
      l2 = n2 ?? cleanLabel(stripPoints(rawL2));
      l2Raw = rawL2;
      l2Points = labelPoints(rawL2);
      const implied = tpl.level2[l2] ?? level1Of(n2);
      if (implied && !rawL1 && !l1) {
        l1 = implied;
        l1Raw = l1Raw ?? implied;
      } else if (implied && l1 && implied !== l1 && tpl.levelFromLevel2) {
        // a level 1 that contradicts its level 2 ("效益指标" on the 成本指标 row): the level 2 decides,
        // the label as written stays in level1Raw; a label displaced so goes back to its own group
        if (rawL1 && normLevel1(tpl, rawL1)) {
          warnings.push(`第 ${lineOf(r.row)} 行：一级指标“${rawL1}”与二级指标“${rawL2}”不符，按二级指标归入${implied}`);
          displaced = { norm: normLevel1(tpl, rawL1)!, raw: rawL1 };
        } else {
          l1Raw = displaced && displaced.norm === implied ? displaced.raw : null;
          if (displaced && displaced.norm === implied) displaced = null;
        }
        l1 = implied;
      }
    }
    // a template's numbered item ("指标 1:航测效果") names the indicator after its prefix; an empty
    // item ("指标 2:", "指标 2: —", "...") with no value is the blank template, not an indicator
    // (an item or "……" left empty but given values stays as written: template residue for the rules)
    const item = templateItem(text(c.name));
    // numbered items restart at 1 in every level-2 group: a second item 1 under one label opens a
    // group whose label was lost in extraction (or is printed further down)
    let opens = false;
    if (item?.number === 1) {
      opens = !hasL2 && hadItem1 && !lost;
      hadItem1 = true;
    }
    const blank = item ? isEmptyName(item.name) : ELLIPSIS.test(text(c.name));
    if (c.name && blank && !hasValue(r) && numbered) {
      skipped.n++;
      continue;
    }
    // spaces PDF extraction put where a name wrapped ("人民群众满意 度") are no part of it (Template.joinCjkSpaces)
    const written = item && item.name ? item.name : text(c.name);
    if (item && isEmptyName(item.name) && hasValue(r)) warnings.push(`第 ${lineOf(r.row)} 行是空的模板行（${text(c.name)}），却填了指标值`);
    const name = tpl.joinCjkSpaces && !(item && isEmptyName(item.name)) ? joinCjk(written) : written;
    const hasAnnual = !!(c["target@annual"] || c["name@annual"] || c["level2@annual"]);
    // a row with a label and a 分值 but no name is kept: an empty required indicator is a finding
    if (!name && !c.target && !c.number && !c.actual && !c.adjusted && !c.weight && !c.score && !(tpl.labelRows && (hasL2 || hasAnnual))) {
      if (tpl.labelRows && !rawL1 && !c.project && !c.goal) warnings.push(`第 ${lineOf(r.row)} 行：无法识别的指标表行，已跳过`);
      else if (rawL1) skipped.n++;
      continue;
    }
    // labels centred on their merged cells can stand on the line below a group's one row, with the
    // last piece of its wrapped name ("指标 1:社会治安稳定 … 30 30" over "效益指标 30 社会效益指标 性"): in a
    // form of numbered items, a piece without a number and without values on a label row continues
    // the item just above, and the labels are that item's
    if (!item && name && !hasValue(r) && (rawL1 || hasL2) && prev && prev.rec === recs[recs.indexOf(r) - 1] && prev.item && !text(prev.rec.cells.level1)) {
      const p = prev.ind;
      p.name += name;
      if (l1) {
        p.level1 = l1;
        p.level1Raw = l1Raw;
      }
      if (hasL2) {
        p.level2 = l2;
        p.level2Raw = l2Raw;
      }
      skipped.merged = (skipped.merged ?? 0) + 1;
      prev = null;
      continue;
    }
    asComparator(c);
    const row = r.row;
    const ind: Indicator = {
      line: lineOf(row),
      loc: { ...row.loc },
      level1: l1,
      level1Raw: l1Raw,
      level2: l2,
      level2Raw: l2Raw,
      name,
      target: valueOf(r, ""),
      annualTarget: valueOf(r, "@annual"),
      adjustedTarget: c.adjusted ? parseValue(c.adjusted.text, c.adjusted.loc) : null,
      actual: c.actual ? parseValue(c.actual.text, c.actual.loc, "actual") : null,
      weight: c.weight ? num(text(c.weight)) : null,
      score: c.score ? num(text(c.score)) : null,
    };
    if (c.name) ind.nameLoc = { ...c.name.loc };
    if (c.weight) ind.weightRaw = text(c.weight);
    if (c.score) ind.scoreRaw = text(c.score);
    if (l1Points !== null) ind.level1Points = l1Points;
    if (l2Points !== null) ind.level2Points = l2Points;
    if (l1Weight !== null && l1 && l1Weights.get(l1) === l1Weight) ind.level1Weight = l1Weight;
    // the 年度 group repeats the 实施期 one on most rows: kept only where it says something else
    const aName = text(c["name@annual"]);
    if (aName && aName !== name) ind.annualName = aName;
    const aL2 = text(c["level2@annual"]);
    if (aL2 && (normLevel2(tpl, aL2) ?? cleanLabel(stripPoints(aL2))) !== l2) ind.annualLevel2 = aL2;
    if (aL2 && cleanLabel(stripPoints(aL2)) !== cleanLabel(stripPoints(l2Raw ?? ""))) ind.annualLevel2Raw = aL2;
    if (annualCols && ind.target && !ind.annualTarget) warnings.push(`第 ${ind.line} 行：年度指标值缺失（年度列被截断）`);
    if (aName && name && !name.startsWith(aName) && !aName.startsWith(name)) warnings.push(`第 ${ind.line} 行：年度三级指标“${aName}”与实施期“${name}”不是同一指标`);
    if (c.description) ind.description = text(c.description);
    if (c.basis) ind.basis = text(c.basis);
    if (c.reasons) ind.deviation = text(c.reasons);
    if (c.valueKind) ind.valueKind = /定性/.test(text(c.valueKind)) ? "qualitative" : /定量/.test(text(c.valueKind)) ? "quantitative" : null;
    else if (c.comparator && /^定性$/.test(text(c.comparator))) ind.valueKind = "qualitative";
    if (c.direction) ind.direction = /反向/.test(text(c.direction)) ? "negative" : /正向/.test(text(c.direction)) ? "positive" : null;
    if (c.weightShare) ind.weightShare = num(text(c.weightShare));
    if (c.convertedScore) ind.convertedScore = num(text(c.convertedScore));
    if (c.coefficient) ind.coefficient = coefficientValue(text(c.coefficient));
    if (c.scoringMethod) ind.scoringMethod = text(c.scoringMethod);
    if (c.explanation) ind.explanation = text(c.explanation);
    if (c.standard) ind.standard = text(c.standard);
    if (c.status) ind.status = text(c.status);
    if (c.remark) ind.remark = text(c.remark);
    if (block) ind.block = block;
    // (a loop over the keys, in Object.entries order: no pair list made per indicator)
    for (const k in c) {
      const cell = c[k as Key];
      if (k.startsWith("extra:") && cell) ind.extra = { ...(ind.extra ?? {}), [k.slice(6)]: cell.text.trim() };
    }
    out.push(ind);
    prev = { rec: r, ind, item: !!item };
    if (opens) lost = { prev: l2, inds: [] };
    if (lost && !hasL2) lost.inds.push(ind);
  }
  if (lost) settleLost(lost, null, null, lineOf(recs[recs.length - 1].row), warnings);
  // a level 1's label and 权重, centred on its merged cell, may stand below its group's first rows:
  // they apply to every indicator of the group
  for (const ind of out.slice(first)) {
    if (!ind.level1) continue;
    if (!ind.level1Raw && l1Raws.has(ind.level1)) ind.level1Raw = l1Raws.get(ind.level1)!;
    if (l1Weights.size && ind.level1Weight == null) ind.level1Weight = l1Weights.get(ind.level1) ?? null;
  }
}

/** the role a header text takes in this template (for documentation and tests) */
export function columnRole(tpl: Template, header: string): ColumnRole | null {
  return matchRole(tpl.columnRes, header);
}
