/**
 * Tables without drawn borders (a workbook printed with no borders, narrow columns and wrap text
 * on): the cell structure is rebuilt from the positions of the text alone, measured on the page at
 * hand — never from fixed widths or offsets.
 *
 * 1. Column edges: the left edges (x0) where text starts on at least two lines of the page. A
 *    workbook prints every left-aligned cell at its column's left edge (a merged cell at its first
 *    column's), so these starts are the sheet's column boundaries; a run starts in the band of the
 *    nearest edge at or left of it (a right-aligned number lands in the column it ends in).
 * 2. Cells: within one column band, consecutive lines whose distance is the page's line pitch
 *    (measured: the most frequent distance between successive lines of a band) are one wrapped
 *    cell ("参训教师人" / "数" → "参训教师人数"); a larger gap, or a number after text, starts a
 *    new cell.
 * 3. Rows: cells of one sheet row share their vertical centre (cells centred vertically), top or
 *    bottom; the key that aligns the cells best is measured, and cells are grouped into rows by it.
 *    A label merged over several rows lands on the row nearest its centre, as pdftotext prints it.
 */
import type { CellIn } from "./geometry/builder.js";
import { joinWrapped } from "./geometry/builder.js";
import { clusterObjects, clusterValues, median } from "./geometry/cluster.js";

/** a text run in PDF user space (y up, baseline) */
export interface TextRun {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const CJK_WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2200-\u25ff]/;
/** estimated printed width of a text in ems: CJK, full-width and symbols 1, others about ½ */
function ems(s: string): number {
  let w = 0;
  for (const ch of s) w += CJK_WIDE.test(ch) ? 1 : 0.55;
  return w;
}

/**
 * A printer may write one line of a cell as several runs, each starting where the previous one
 * ends ("群" "众" "食", "用于" "电梯" "、"): such a run starts no cell, yet where two lines break
 * alike its start would pass for a column edge. Runs on one baseline, of one size, that touch (the
 * gap under a tenth of the font size; two cells stand at least their padding apart) are one run.
 */
export function joinTouching(runs: TextRun[]): TextRun[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: TextRun[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    const tol = r.size * 0.1;
    if (prev && Math.abs(prev.y - r.y) <= tol && Math.abs(prev.size - r.size) <= tol && Math.abs(r.x0 - prev.x1) <= tol) {
      out[out.length - 1] = { ...prev, str: prev.str + r.str, x1: Math.max(prev.x1, r.x1) };
    } else out.push(r);
  }
  return out;
}

/**
 * pdfjs joins runs that are close on one line into one item with a space between, even across a
 * column boundary ("指标值 备注"). Where the item is wider than its characters by more than one em,
 * or where it is short Chinese labels separated by spaces ("指标值 备注": Chinese puts no space
 * between words), the space stands for a gap between two cells: the item is cut there, each part
 * placed by the estimated widths, and the parts after a gap marked `cut` (they start a cell).
 */
export function splitWideGaps(runs: TextRun[]): (TextRun & { cut?: boolean })[] {
  const out: (TextRun & { cut?: boolean })[] = [];
  for (const r of joinTouching(runs)) {
    const parts = r.str.trim().split(/\s+/);
    if (parts.length < 2) {
      out.push(r);
      continue;
    }
    const est = parts.map((p) => ems(p) * r.size);
    const gaps = parts.length - 1;
    const excess = r.x1 - r.x0 - est.reduce((a, b) => a + b, 0);
    // Chinese puts no space between words: a space between two short Chinese labels separates cells
    const labels = parts.every((p) => p.length <= 6 && /^[\u4e00-\u9fff]+$/.test(p));
    if (excess / gaps < r.size && !labels) {
      out.push(r);
      continue;
    }
    const gap = Math.max(excess, 0) / gaps;
    let x = r.x0;
    parts.forEach((p, i) => {
      out.push({ str: p, x0: x, x1: x + est[i], y: r.y, size: r.size, ...(i > 0 ? { cut: true } : {}) });
      x += est[i] + gap;
    });
  }
  return out;
}

/** one line of a band */
export interface BandLine {
  y: number;
  size: number;
  text: string;
}

/** one wrapped cell: its lines in one column band */
export interface BandCell {
  band: number;
  text: string;
  /** its lines, top first */
  lines: BandLine[];
  /** text extent (y up: top > bottom): ascent of the first line, descent of the last */
  top: number;
  bottom: number;
}

function makeCell(band: number, lines: BandLine[]): BandCell {
  return {
    band,
    text: joinWrapped(lines.map((l) => l.text)),
    lines,
    top: lines[0].y + lines[0].size * 0.8,
    bottom: lines[lines.length - 1].y - lines[lines.length - 1].size * 0.2,
  };
}

/**
 * Column edges of a borderless table: left edges where runs start on at least two different
 * lines (within ⅓ of the font size), or where a run starts after a gap wider than a space (see
 * splitWideGaps), ascending.
 */
export function columnEdges(runs: TextRun[]): number[] {
  if (!runs.length) return [];
  const size = median(runs.map((r) => r.size));
  const tol = size / 3;
  // numbers are right-aligned in a workbook: their starts mark no column
  const groups = clusterObjects(
    runs.filter((r) => !isNumber(r.str)),
    (r) => r.x0,
    tol,
  );
  const edges: number[] = [];
  for (const g of groups) {
    const lines = clusterValues(
      g.map((r) => r.y),
      size / 2,
    ).length;
    if (lines >= 2 || g.some((r) => (r as { cut?: boolean }).cut)) edges.push(Math.min(...g.map((r) => r.x0)));
  }
  const left = Math.min(...runs.map((r) => r.x0));
  if (!groups.length) return [left];
  if (!edges.length || edges[0] > left + tol) edges.unshift(left);
  return edges;
}

const NUMBER = /^[-+]?[\d,，]*\.?\d+%?$/;
/** a run that is only a number (right-aligned in a workbook cell) */
export function isNumber(s: string): boolean {
  return NUMBER.test(s.trim());
}

/**
 * index of the band a run belongs to: the last edge at or left of its start; a number (printed
 * right-aligned) belongs to the band it ends in
 */
export function bandOf(run: Pick<TextRun, "str" | "x0" | "x1">, edges: number[], tol: number): number {
  const x = isNumber(run.str) ? run.x1 - tol : run.x0 + tol;
  let b = 0;
  for (let i = 0; i < edges.length; i++) if (edges[i] <= x) b = i;
  return b;
}

/**
 * The page's line pitch: the most frequent distance between successive lines inside one band
 * (distances rounded to ¼ pt; only distances of 0.8–1.45 font sizes count, the line heights fonts
 * take: rows of one line each stand further apart). Falls back to 1.2 font sizes when no band has a
 * wrapped cell.
 */
export function linePitch(bands: { y: number }[][], size: number): number {
  const counts = new Map<number, number>();
  for (const lines of bands) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1].y - lines[i].y;
      if (d < size * 0.8 || d > size * 1.45) continue;
      const k = Math.round(d * 4) / 4;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  if (!counts.size) return size * 1.2;
  // the most frequent distance; ties go to the smaller (wrapped lines are the tightest)
  let best = 0;
  let bestN = 0;
  for (const [d, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    const support = n + (counts.get(d - 0.25) ?? 0) + (counts.get(d + 0.25) ?? 0);
    if (support > bestN) {
      best = d;
      bestN = support;
    }
  }
  return best;
}

/** lines of one band (runs on one baseline joined), top first */
function bandLines(runs: TextRun[], size: number): BandLine[] {
  const groups = clusterObjects(runs, (r) => r.y, size / 3);
  return groups
    .map((g) => {
      g.sort((a, b) => a.x0 - b.x0);
      let text = "";
      let prev: TextRun | null = null;
      for (const r of g) {
        if (prev && r.x0 - prev.x1 > Math.min(r.size, prev.size) * 0.2 && !text.endsWith(" ")) text += " ";
        text += r.str;
        prev = r;
      }
      return { y: median(g.map((r) => r.y)), size: median(g.map((r) => r.size)), text: text.replace(/\s+/g, " ").trim() };
    })
    .sort((a, b) => b.y - a.y);
}

/**
 * Two successive lines of one band belong to one wrapped cell when they stand the line pitch apart:
 * a cell's lines are set exactly at the pitch, so a wider gap starts a new cell, and so does a
 * tighter one — rows that crowd each other print the next cell's first line closer than the pitch
 * (the measured pitch is rounded to ¼ pt: a twentieth of the font size is left for that).
 */
function atPitch(d: number, pitch: number, size: number): boolean {
  return d <= pitch + size * 0.2 && d >= pitch - size * 0.05;
}

/** the wrapped cells of a borderless page: lines of one band at the line pitch joined */
export function bandCells(runs: TextRun[], edges: number[]): { cells: BandCell[]; pitch: number } {
  if (!runs.length) return { cells: [], pitch: 0 };
  const size = median(runs.map((r) => r.size));
  const byBand: TextRun[][] = edges.map(() => []);
  for (const r of runs) byBand[bandOf(r, edges, size / 3)].push(r);
  const lines = byBand.map((b) => bandLines(b, size));
  const pitch = linePitch(lines, size);
  const cells: BandCell[] = [];
  lines.forEach((ls, band) => {
    let cur: BandLine[] = [];
    for (const l of ls) {
      const prev = cur[cur.length - 1];
      // a number alone is a cell of its own (right-aligned), never the wrapped end of a text
      if (prev && (!atPitch(prev.y - l.y, pitch, size) || isNumber(l.text) !== isNumber(prev.text))) {
        cells.push(makeCell(band, cur));
        cur = [];
      }
      cur.push(l);
    }
    if (cur.length) cells.push(makeCell(band, cur));
  });
  return { cells, pitch };
}

const centre = (c: { top: number; bottom: number }) => (c.top + c.bottom) / 2;
const KEYS: ((c: BandCell) => number)[] = [centre, (c) => c.top, (c) => c.bottom];

/**
 * Group cells into sheet rows by the vertical key that aligns them best (fewest rows: cells of one
 * row share it), top row first; within a row, cells by band. Returns the rows and the key.
 */
export function groupRows(cells: BandCell[], pitch: number): { rows: BandCell[][]; key: (c: BandCell) => number } {
  const tol = Math.max(1, pitch * 0.35);
  let best: BandCell[][] | null = null;
  let bestKey = KEYS[0];
  for (const key of KEYS) {
    const rows = clusterObjects(cells, key, tol);
    if (!best || rows.length < best.length) {
      best = rows;
      bestKey = key;
    }
  }
  return { rows: (best ?? []).reverse().map((r) => r.sort((a, b) => a.band - b.band || b.top - a.top)), key: bestKey };
}

/**
 * The lines of `c` cut into consecutive groups, one per key (top first), each group's `key` within
 * `tol` of its row's: cells of different heights crowd each other, so the cut is searched (the
 * least total distance) rather than each line sent to its nearest row. Null when no cut aligns.
 */
function splitLines(c: BandCell, keys: number[], key: (c: BandCell) => number, tol: number): BandCell[] | null {
  const n = c.lines.length;
  const k = keys.length;
  if (n < k) return null;
  // best[i][s]: least cost of groups i.. over lines s..; via[i][s]: end (exclusive) of group i
  const best: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const via: number[][] = Array.from({ length: k + 1 }, () => Array<number>(n + 1).fill(-1));
  best[k][n] = 0;
  for (let i = k - 1; i >= 0; i--)
    for (let s = 0; s < n; s++)
      for (let e = s + 1; e <= n - (k - 1 - i); e++) {
        if (best[i + 1][e] === Infinity) continue;
        const d = Math.abs(key(makeCell(c.band, c.lines.slice(s, e))) - keys[i]);
        if (d > tol || d + best[i + 1][e] >= best[i][s]) continue;
        best[i][s] = d + best[i + 1][e];
        via[i][s] = e;
      }
  if (best[0][0] === Infinity) return null;
  const parts: BandCell[] = [];
  for (let i = 0, s = 0; i < k; i++) {
    const e = via[i][s];
    parts.push(makeCell(c.band, c.lines.slice(s, e)));
    s = e;
  }
  return parts;
}

/**
 * Split cells of rows that crowd each other: when rows of shorter cells (two or more, to the cell's
 * right: a number centred beside a merged label is no row) fall on a cell's lines
 * and its lines divide into consecutive groups each aligned (by `key`) with one of those rows, the
 * lines were two or three cells printed without a gap ("社会效益指标" directly above
 * "可持续影响指标"). A label merged over rows keeps its lines: its groups would not align; and a
 * row whose cells are merged over the same rows (a project's name, budget and goal) is split only
 * when every such cell of it divides.
 */
export function splitCrowded(cells: BandCell[], rows: BandCell[][], key: (c: BandCell) => number, pitch: number): BandCell[] {
  const tol = Math.max(1, pitch * 0.35);
  const keysIn = (c: BandCell): number[] =>
    rows
      .map((r) => r.filter((o) => o !== c && o.band > c.band && o.lines.length < c.lines.length))
      .filter((os) => os.length >= 2)
      .map((os) => median(os.map(key)))
      .filter((k) => k < c.top + tol && k > c.bottom - tol)
      .sort((a, b) => b - a);
  // the printer centres a row's cells exactly: a piece of a crowded cell lies on its row's key, while
  // the lines of a label merged over two rows ("资金支出计" / "划（%）") only come near the rows'
  const trySplit = (c: BandCell, keys: number[]): BandCell[] | null => splitLines(c, keys, key, Math.min(tol, c.lines[0].size * 0.15));
  const split = new Map<BandCell, BandCell[] | null>();
  /** cells with more lines than rows they fall on that do not divide: merged over those rows */
  const merged = new Set<BandCell>();
  for (const c of cells) {
    const keys = c.lines.length >= 2 ? keysIn(c) : [];
    if (keys.length < 2) continue;
    const parts = trySplit(c, keys);
    split.set(c, parts);
    if (!parts && c.lines.length > keys.length) merged.add(c);
  }
  const blocked = new Set<BandCell>();
  for (const r of rows) if (r.some((c) => merged.has(c))) for (const c of r) blocked.add(c);
  return cells.flatMap((c) => {
    const parts = split.get(c);
    return parts && !blocked.has(c) ? parts : [c];
  });
}

interface Placed {
  cell: BandCell;
  /** base rows the cell covers (first = where its text goes) */
  from: number;
  to: number;
}

/**
 * Rows whose text overlaps the text of the row above or below cannot be sheet rows of their own:
 * they are labels merged over rows, centred between two rows ("数量指标" over two indicators).
 */
function floatingRows(rows: BandCell[][], size: number): boolean[] {
  const ext = rows.map((r) => ({ top: Math.max(...r.map((c) => c.top)), bottom: Math.min(...r.map((c) => c.bottom)) }));
  const overlap = (a: number, b: number) => a >= 0 && b < rows.length && ext[a].bottom < ext[b].top - size * 0.15;
  // a label centred between two rows overlaps one or both of them, and holds text only left of the
  // text of the row it overlaps
  const right = (r: BandCell[]) => Math.max(...r.map((c) => c.band));
  return rows.map((r, i) => {
    const up = overlap(i - 1, i);
    const down = overlap(i, i + 1);
    return (up && right(r) < right(rows[i - 1])) || (down && right(r) < right(rows[i + 1]));
  });
}

/**
 * Where each cell goes: a cell merged over several rows (vertically centred in its span) covers the
 * largest run of rows around it that are empty in its band and whose extent is centred on its text;
 * a cell of one row covers that row.
 */
function placeCells(rows: BandCell[][], pitch: number, size: number): { base: BandCell[][]; placed: Placed[] } {
  const floating = floatingRows(rows, size);
  const base = rows.filter((_, i) => !floating[i]);
  if (!base.length) return { base: rows, placed: rows.flatMap((r, i) => r.map((cell) => ({ cell, from: i, to: i }))) };
  const ext = base.map((r) => ({ top: Math.max(...r.map((c) => c.top)), bottom: Math.min(...r.map((c) => c.bottom)) }));
  // row boundaries: halfway between the text of neighbouring rows; the outer ones by the median half-gap
  const halfGaps = ext.slice(1).map((e, i) => Math.max(0, ext[i].bottom - e.top) / 2);
  const pad = halfGaps.length ? median(halfGaps) : (pitch - size) / 2;
  const topOf = (i: number) => (i === 0 ? ext[0].top + pad : (ext[i - 1].bottom + ext[i].top) / 2);
  const bottomOf = (i: number) => (i === base.length - 1 ? ext[i].bottom - pad : (ext[i].bottom + ext[i + 1].top) / 2);
  const occupied = base.map((r) => new Set(r.map((c) => c.band)));
  const tol = Math.max(1, pitch * 0.3);
  const placed: Placed[] = [];
  // a merged cell covers only rows with text to its right (rows of one table); the bands are
  // placed right to left so that a level-2 label's rows are known before the level 1 beside it
  const filledRight = (r: number, band: number) => [...occupied[r]].some((x) => x > band);
  const span = (cell: BandCell, lo: number, hi: number): Placed => {
    // lo..hi: the rows the cell must cover; widen over rows empty in its band while centred
    const c = centre(cell);
    let above = lo;
    while (above > 0 && !occupied[above - 1].has(cell.band) && filledRight(above - 1, cell.band)) above--;
    let below = hi;
    while (below < base.length - 1 && !occupied[below + 1].has(cell.band) && filledRight(below + 1, cell.band)) below++;
    let best: Placed | null = null;
    for (let i = lo; i >= above; i--)
      for (let j = hi; j <= below; j++) {
        const mid = (topOf(i) + bottomOf(j)) / 2;
        if (Math.abs(mid - c) > tol) continue;
        if (!best || j - i > best.to - best.from) best = { cell, from: i, to: j };
      }
    return best ?? { cell, from: lo, to: lo };
  };
  const requests: { cell: BandCell; lo: number; hi: number; floating: boolean }[] = [];
  let b = -1;
  rows.forEach((r, i) => {
    if (!floating[i]) b++;
    for (const cell of r) {
      if (!floating[i]) requests.push({ cell, lo: b, hi: b, floating: false });
      else {
        // centred between base rows b and b + 1: covers at least those two
        const lo = Math.max(0, b);
        const hi = Math.min(base.length - 1, b + 1);
        requests.push({ cell, lo, hi: Math.max(lo, hi), floating: true });
      }
    }
  });
  // floating labels' rows are claimed before any cell widens
  for (const q of requests) if (q.floating) for (let r = q.lo; r <= q.hi; r++) occupied[r].add(q.cell.band);
  requests.sort((x, y) => y.cell.band - x.cell.band || Number(y.floating) - Number(x.floating));
  for (const q of requests) {
    if (q.floating) for (let r = q.lo; r <= q.hi; r++) occupied[r].delete(q.cell.band);
    const p = span(q.cell, q.lo, q.hi);
    for (let r = p.from; r <= p.to; r++) occupied[r].add(p.cell.band);
    placed.push(p);
  }
  reachAcrossBreak(placed, occupied, filledRight);
  return { base, placed };
}

/**
 * A cell merged over rows that a page break cuts is printed on both pages, each time centred on its
 * whole span, so it cannot centre on the rows it covers on either page. A cell placed on the page's
 * last row therefore also covers the rows directly above it that no cell of its band claimed and
 * that hold text to its right (rows of its table); one placed on the page's first row, the rows
 * below it.
 */
function reachAcrossBreak(placed: Placed[], occupied: Set<number>[], filledRight: (r: number, band: number) => boolean): void {
  const last = occupied.length - 1;
  // the same cell printed again on the next page lies on or above the page's first rows: it covers
  // the rows below it (first: they are its, not the next cell's of its band)
  for (const p of placed) {
    if (p.from !== 0) continue;
    while (p.to < last && !occupied[p.to + 1].has(p.cell.band) && filledRight(p.to + 1, p.cell.band)) {
      p.to++;
      occupied[p.to].add(p.cell.band);
    }
  }
  for (const p of placed) {
    if (p.to !== last) continue;
    while (p.from > 0 && !occupied[p.from - 1].has(p.cell.band) && filledRight(p.from - 1, p.cell.band)) {
      p.from--;
      occupied[p.from].add(p.cell.band);
    }
  }
}

/**
 * A borderless page as grid rows: one cell per column band (empty where the band has no text); a
 * cell merged over rows is written on the first and repeated with `merged: true` on the others.
 */
export function borderlessRows(runs: TextRun[], edges: number[] = columnEdges(runs)): CellIn[][] {
  if (!runs.length) return [];
  const size = median(runs.map((r) => r.size));
  const { cells: raw, pitch } = bandCells(runs, edges);
  let { rows, key } = groupRows(raw, pitch);
  const cells = splitCrowded(raw, rows, key, pitch);
  if (cells.length !== raw.length) ({ rows, key } = groupRows(cells, pitch));
  const { base, placed } = placeCells(rows, pitch, size);
  const width = edges.length;
  const out: CellIn[][] = base.map(() => Array.from({ length: width }, (_, i) => ({ text: "", loc: { col: i + 1 } })));
  const own = base.map(() => false);
  for (const p of placed) {
    const first = out[p.from][p.cell.band];
    out[p.from][p.cell.band] = { text: first.text && !first.merged ? joinWrapped([first.text, p.cell.text]) : p.cell.text, loc: { col: p.cell.band + 1 } };
    own[p.from] = true;
    for (let r = p.from + 1; r <= p.to; r++) if (!out[r][p.cell.band].text) out[r][p.cell.band] = { text: p.cell.text, loc: { col: p.cell.band + 1 }, merged: true };
  }
  return out.filter((_, i) => own[i]);
}
