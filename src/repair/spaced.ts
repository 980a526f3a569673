/**
 * Repair of tables printed without drawn borders and extracted as text (pdftotext of a form
 * printed from a workbook): cells separated by single spaces, each cell wrapped over as many lines
 * as its column needs.
 *
 * A record (one table row) is a list of source lines. Each line gives tokens (the row's cells).
 * Tokens on one line that hold an ASCII number or word are glued to their neighbours
 * ("《关于 2023 年全市", "落实 90 名协勤一线岗位"): spaces around Latin runs are inner spaces.
 * Pieces on one line are different cells; a piece at the end of a line may continue on the next
 * line (a wrapped cell). Whether it does is decided by the width of the piece (a wrapped cell
 * fills its column, whose widths are measured on the table at hand: `measureColumnWidths`) and by
 * the number of cells the record must hold (from the header's roles).
 */
import type { Cell } from "../read/grid.js";
import type { Loc } from "../model/loc.js";
import { lookupUnit } from "../normalize/units.js";
import { loadJieba } from "../engine/services.js";

export interface Token {
  text: string;
  /** index of the source line within the record */
  line: number;
  loc: Loc;
}

export interface Piece {
  text: string;
  line: number;
  loc: Loc;
}

export interface CellText {
  text: string;
  loc: Loc;
  /** number of pieces joined */
  parts: number;
}

/** display width: CJK and full-width characters 1, ASCII 0.5, spaces 0.25 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === " ") w += 0.25;
    else if (c < 0x2000) w += 0.5;
    else if (c >= 0x2260 && c <= 0x2267) w += 0.5; // ≥ ≤ ≠
    else w += 1;
  }
  return w;
}

/**
 * The printed widths of a table's columns, measured on the table itself: on a record's first line
 * every cell prints its first line, and a column's widest first line is the column's width. Only
 * first lines whose pieces fall into exactly the columns around the value (`before` cells, the
 * value, `after` cells) are measured. Returns the width of each column in order (0: never seen).
 */
export function measureColumnWidths(firstLines: Token[][], before: number, after: number): number[] {
  const widest: number[] = new Array<number>(before + 1 + after).fill(0);
  for (const tokens of firstLines) {
    const v = findValue(tokens);
    if (!v) continue;
    const pre = piecesOf(tokens.slice(0, v.start));
    const post = piecesOf(tokens.slice(v.end));
    if (pre.length !== before || post.length !== after) continue;
    const value = tokens.slice(v.start, v.end).map((t) => t.text).join(" ");
    [...pre.map((p) => p.text), value, ...post.map((p) => p.text)].forEach((t, k) => (widest[k] = Math.max(widest[k], displayWidth(t))));
  }
  return widest;
}

/** the distinct widths of a table's text columns (the value column left out), narrowest first */
export function textColumnWidths(widths: number[], valueAt: number): number[] {
  return [...new Set(widths.filter((w, k) => w > 0 && k !== valueAt))].sort((a, b) => a - b);
}

/** a piece that fills its own column of width `width` to within one character: its cell goes on */
function fillsColumn(s: string, width: number): boolean {
  const w = displayWidth(s);
  return width > 0 && w > width - 1 && w <= width + 1;
}

/** a line that fills one of the table's columns (`widths`, measured), so that its cell probably goes on */
export function looksFull(s: string, widths: number[]): boolean {
  const w = displayWidth(s);
  return widths.some((c) => w >= c - 1.5 && w <= c + 2);
}

const LATIN = /^[\dA-Za-z.,:/+\-_%]+$/;

/** glue tokens of one line into pieces (inner spaces around Latin runs) */
export function piecesOf(tokens: Token[]): Piece[] {
  const out: Piece[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.line === t.line && (LATIN.test(t.text) || LATIN.test(lastToken(prev.text)))) {
      prev.text += " " + t.text;
    } else out.push({ text: t.text, line: t.line, loc: { ...t.loc } });
  }
  return out;
}

function lastToken(s: string): string {
  const parts = s.split(" ");
  return parts[parts.length - 1];
}

export function isUnitToken(t: string): boolean {
  if (!t || t.length > 6) return false;
  if (/^(项或类|百分比|百分点)$/.test(t)) return true;
  if (/^[\u4e00-\u9fa5]{1,3}\/[\u4e00-\u9fa5]{1,3}$/.test(t)) return true;
  return lookupUnit(t) !== null;
}

const CMP = "[≥≤<>=＜＞≧≦＝]";
const CMP_NUM = new RegExp(`^${CMP}\\s*\\d+(\\.\\d+)?$`);
const CMP_NUM_PCT = new RegExp(`^${CMP}?\\s*\\d+(\\.\\d+)?[%％‰]$`);
const CMP_NUM_UNIT = new RegExp(`^${CMP}\\s*\\d+(\\.\\d+)?(\\S{1,6})$`);
const BARE_NUM = /^\d+(\.\d+)?$/;
const BARE_NUM_UNIT = /^\d+(\.\d+)?([\u4e00-\u9fa5]{1,3}(\/[\u4e00-\u9fa5]{1,2})?)$/;
const STARS = /^[*＊]{2,}$/;

/**
 * Find the 指标值 among a record's tokens: a comparator with a number, a number with a unit, a
 * percentage or a `**` placeholder. Returns the index range [start, end) or null (a qualitative value).
 * `before` tokens are needed in front of a bare number or placeholder (三级指标 and 描述 come first).
 */
export function findValue(tokens: Token[]): { start: number; end: number } | null {
  const v = findValueStart(tokens);
  return v ? { start: v.start, end: dateEnd(tokens, v.start, v.end) } : null;
}

const DATE = /^\d{4}年(\d{1,2}月(底|末|份|中旬|上旬|下旬)?(\d{1,2}日)?)?(前|之前|以前|底前)?$/;

/** a date printed in pieces ("2025 年" "11 月底" "前" on one line) goes on to its last piece */
function dateEnd(tokens: Token[], start: number, end: number): number {
  let best = end;
  let text = tokens.slice(start, end).map((t) => t.text).join("");
  if (!DATE.test(text)) return end;
  for (let j = end; j < tokens.length && j - end < 4 && tokens[j].line === tokens[start].line; j++) {
    text += tokens[j].text;
    if (DATE.test(text)) best = j + 1;
  }
  return best;
}

function findValueStart(tokens: Token[]): { start: number; end: number } | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    const next = tokens[k + 1];
    const nextIsUnit = !!next && next.line === tokens[k].line && isUnitToken(next.text);
    if (CMP_NUM.test(t) && k >= 1) return { start: k, end: nextIsUnit ? k + 2 : k + 1 };
    if (CMP_NUM_PCT.test(t) && k >= (/^\d/.test(t) ? 2 : 1)) return { start: k, end: k + 1 };
    if (k >= 1 && CMP_NUM_UNIT.test(t)) {
      const m = CMP_NUM_UNIT.exec(t)!;
      if (isUnitToken(m[2])) return { start: k, end: k + 1 };
    }
    if (k >= 2 && BARE_NUM.test(t) && nextIsUnit) return { start: k, end: k + 2 };
    if (k >= 2 && BARE_NUM_UNIT.test(t) && isUnitToken(BARE_NUM_UNIT.exec(t)![2])) return { start: k, end: k + 1 };
    if (k >= 2 && STARS.test(t)) return { start: k, end: k + 1 };
  }
  return null;
}

/** phrases a 指标值确定依据 typically ends with */
export const BASIS_END = /(标准|制度|条例|办法|规定|合同|问卷|反馈|任务|安排|职责|需求|要求|文件|意见|通报|考核表|协议书|调查|依据|书)》?$/;

/**
 * Group pieces into exactly `needed` cells if possible. Pieces on one line are always separate
 * cells; of the line boundaries, the ones least likely to be a wrap become cell breaks.
 * `firstLineClosed`: pieces of the record's first line do not go on (the label line holds whole cells).
 */
export function groupCells(pieces: Piece[], needed: number, firstLineClosed: boolean, widths: number[]): { cells: CellText[]; exact: boolean } {
  if (pieces.length === 0) return { cells: [], exact: needed === 0 };
  const forced: boolean[] = [];
  const scores: { index: number; score: number }[] = [];
  for (let i = 0; i < pieces.length - 1; i++) {
    const a = pieces[i];
    const b = pieces[i + 1];
    if (a.line === b.line) {
      forced.push(true);
      continue;
    }
    forced.push(false);
    let s = looksFull(a.text, widths) ? 2 : -2;
    if (/[（(]$/.test(a.text)) s += 3;
    if (/^[（(）)，、。]/.test(b.text)) s += 3;
    if (firstLineClosed && a.line === 0) s -= 5;
    if (i + 1 === pieces.length - 1 && BASIS_END.test(b.text)) s -= 1.5;
    scores.push({ index: i, score: s });
  }
  const nForced = forced.filter(Boolean).length;
  const want = needed - 1 - nForced;
  const breaks = new Set<number>();
  forced.forEach((f, i) => f && breaks.add(i));
  let exact = true;
  if (want >= scores.length) {
    scores.forEach((s) => breaks.add(s.index));
    exact = want === scores.length;
  } else if (want > 0) {
    const sorted = [...scores].sort((x, y) => x.score - y.score || y.index - x.index);
    for (const s of sorted.slice(0, want)) breaks.add(s.index);
  } else if (want < 0) exact = false;
  const cells: CellText[] = [];
  let cur: CellText | null = null;
  pieces.forEach((p, i) => {
    if (!cur) cur = { text: p.text, loc: { ...p.loc }, parts: 1 };
    else {
      cur.text += p.text;
      cur.parts++;
    }
    if (i === pieces.length - 1 || breaks.has(i)) {
      cells.push(cur);
      cur = null;
    }
  });
  return { cells, exact };
}

/** a text with an opening bracket not yet closed */
function unclosed(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if ("（(《“".includes(ch)) depth++;
    else if ("）)》”".includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** does a word run across the joint of `a` and `b` (a cell wrapped in the middle of a word)? */
function wordAcross(a: string, b: string): boolean {
  const jieba = loadJieba();
  if (!jieba) return false;
  const left = a.slice(-3);
  const words = jieba.cut(left + b.slice(0, 3), false);
  let pos = 0;
  for (const w of words) {
    const end = pos + w.length;
    if (pos < left.length && end > left.length) return true;
    pos = end;
  }
  return false;
}

/** the ordered choices of k of the n columns */
function choices(n: number, k: number, from = 0): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = from; i <= n - k; i++) for (const rest of choices(n, k - 1, i + 1)) out.push([i, ...rest]);
  return out;
}

/**
 * The choice of k of n columns (in order) for k pieces, among those where every piece has `room`,
 * that most often `fits`, ties going to the one that most often `joins` (asked only for ties: jieba
 * is slow to load), then to the leftmost.
 */
function bestChoice(
  n: number,
  k: number,
  fits: (col: number, piece: number) => boolean,
  joins: (col: number, piece: number) => boolean,
  room: (col: number, piece: number) => boolean,
): number[] {
  // a piece never goes to a column narrower than itself
  const every = choices(n, k);
  const roomy = every.filter((to) => to.every((col, i) => room(col, i)));
  const all = roomy.length ? roomy : every;
  const count = (to: number[], f: (col: number, piece: number) => boolean) => to.reduce((s, col, i) => s + (f(col, i) ? 1 : 0), 0);
  const top = Math.max(...all.map((to) => count(to, fits)));
  const tied = all.filter((to) => count(to, fits) === top);
  if (tied.length === 1) return tied[0];
  let best = tied[0];
  let most = -1;
  for (const to of tied) {
    const w = count(to, joins);
    if (w > most) {
      best = to;
      most = w;
    }
  }
  return best;
}

/**
 * The cells of a record printed line by line (pdftotext of centred rows: every line holds the pieces
 * of each cell that has a line there). `columns` are the pieces of the line that holds every column;
 * each later line's pieces continue, in order, the columns that wrap: those whose last piece fills
 * its column, and among them, when the line has fewer pieces, those whose last piece and the new
 * piece make a word across the joint. Returns null when a line has more pieces than columns.
 */
export function interleaveCells(columns: Piece[], later: Piece[][], columnWidths: number[], above: Piece[][] = [], valueAt = -1): CellText[] | null {
  const cells: CellText[] = columns.map((p) => ({ text: p.text, loc: { ...p.loc }, parts: 1 }));
  // Chinese text measures exactly; Latin letters and digits only roughly
  const room = (line: Piece[]) => (k: number, i: number) => !columnWidths[k] || displayWidth(line[i].text) <= columnWidths[k] + (/[\x21-\x7e]/.test(line[i].text) ? 1 : 0);
  // lines above the main line, nearest first: each piece is a whole line of a taller cell, so it
  // fills the column it belongs to; among as many such choices, the one whose joints fall in words
  let first = columns.map((p) => p.text);
  for (const line of above) {
    if (!line.length) continue;
    if (line.length > columns.length) return null;
    // a value's first line carries its number
    const fits = (k: number, i: number) => fillsColumn(line[i].text, columnWidths[k]) && (k !== valueAt || /[\d≥≤<>=＜＞]/.test(line[i].text));
    const best = bestChoice(columns.length, line.length, fits, (k, i) => !!first[k] && wordAcross(line[i].text, first[k]), room(line));
    const next = [...first];
    line.forEach((p, i) => {
      const c = cells[best[i]];
      const sep = /[A-Za-z0-9]$/.test(p.text) && /^[A-Za-z0-9]/.test(c.text) ? " " : "";
      c.text = p.text + sep + c.text;
      c.loc = { ...p.loc };
      c.parts++;
      next[best[i]] = p.text;
    });
    first = next;
  }
  let last = columns.map((p) => p.text);
  for (const line of later) {
    if (!line.length) continue;
    if (line.length > columns.length) return null;
    // columns whose last piece fills its width go on; among as many such choices, the one whose
    // joints fall inside words
    const closes = (k: number, i: number) => unclosed(cells[k].text) && /^[^（(《“]*[）)》”]/.test(line[i].text);
    // a column goes on when its last piece fills it, or when it opened a bracket the piece closes;
    // among as many, a bracket closed, a date completed ("2025 年 8 月底" + "前") or a word across
    // the joint decide
    const fits = (k: number, i: number) => fillsColumn(last[k], columnWidths[k]) || closes(k, i);
    const joins = (k: number, i: number) =>
      closes(k, i) || (k === valueAt && DATE.test((cells[k].text + line[i].text).replace(/\s+/g, ""))) || (!!last[k] && wordAcross(last[k], line[i].text));
    const best = bestChoice(columns.length, line.length, fits, joins, room(line));
    const next = columns.map(() => "");
    line.forEach((p, i) => {
      const c = cells[best[i]];
      const sep = /[A-Za-z0-9]$/.test(c.text) && /^[A-Za-z0-9]/.test(p.text) ? " " : "";
      c.text += sep + p.text;
      c.parts++;
      next[best[i]] = p.text;
    });
    last = next;
  }
  return cells;
}

/** tokens of a row's cells, with the record line index */
export function tokensOf(cells: Cell[], line: number): Token[] {
  return cells.filter((c) => c.text.trim() !== "" && !c.merged).map((c) => ({ text: c.text.trim(), line, loc: { ...c.loc } }));
}
