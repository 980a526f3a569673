/**
 * Cell reconstruction for the Hebei target form's indicator table, whose cells are separated by
 * single spaces and wrapped over several lines (PDF text extraction).
 *
 * A record (one indicator row) is a list of source lines. Each line gives tokens (the row's
 * cells). Tokens on one line that hold an ASCII number or word are glued to their neighbours
 * ("《关于 2023 年全市", "落实 90 名协勤一线岗位"): spaces around Latin runs are inner spaces.
 * Pieces on one line are different cells; a piece at the end of a line may continue on the next
 * line (a wrapped cell). Whether it does is decided by the width of the line (a wrapped cell fills
 * its column: ~9 characters for the narrow columns, ~19 for 绩效指标描述) and by the number of
 * cells the record must hold.
 */
import type { Cell } from "../../read/grid.js";
import type { Loc } from "../../model/loc.js";
import { lookupUnit } from "../../normalize/units.js";

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

/** a line that fills one of the table's columns, so that its cell probably goes on */
export function looksFull(s: string): boolean {
  const w = displayWidth(s);
  return (w >= 8.5 && w <= 10.5) || (w >= 17.5 && w <= 21);
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
export function groupCells(pieces: Piece[], needed: number, firstLineClosed: boolean): { cells: CellText[]; exact: boolean } {
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
    let s = looksFull(a.text) ? 2 : -2;
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

/** tokens of a row's cells, with the record line index */
export function tokensOf(cells: Cell[], line: number): Token[] {
  return cells.filter((c) => c.text.trim() !== "" && !c.merged).map((c) => ({ text: c.text.trim(), line, loc: { ...c.loc } }));
}
