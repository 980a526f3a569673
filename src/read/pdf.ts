/**
 * PDF reader (pdfjs-dist, in-process: no worker thread, no network, no console noise).
 *
 * Per page:
 * 1. text items with positions (PDF user space, y up);
 * 2. ruling lines from the operator list (stroked paths, thin filled rectangles), merged when
 *    collinear, grouped into tables by connectivity;
 * 3. inside a ruled table, the rules give the cell structure: items go to the cell they start in,
 *    a cell merged across rows/columns (no rule inside it) takes the text of its whole area,
 *    lines wrapped within one cell are joined, and the covered positions repeat the text with
 *    `merged: true` (as for workbooks);
 * 4. text outside tables: lines by y-clustering (tolerance ½ font size), cells split where the
 *    x-gap exceeds ~1 em.
 * Repeated headers/footers (same text at the same height on most pages) and page numbers are
 * dropped; a table continuing on the next page is stitched (no break row between the pages).
 * Loc: page, col, line (the running row number in the grid).
 */
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import type { Grid } from "./grid.js";
import { ReadError } from "./errors.js";
import { GridBuilder, joinWrapped, type CellIn } from "./geometry/builder.js";
import { DisjointSet, clusterCentres, clusterObjects, median } from "./geometry/cluster.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { apply, mul, type Matrix } from "./geometry/matrix.js";
import { extractBounded } from "./pdf-bounded.js";
import { borderlessRows, columnEdges, isNumber, splitWideGaps } from "./pdf-borderless.js";

// ----- pdfjs loading --------------------------------------------------------------------------

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    // Registering the worker module on globalThis makes pdfjs run its "fake worker" in this
    // thread instead of spawning a Worker.
    const g = globalThis as { pdfjsWorker?: unknown };
    const workerModule = "pdfjs-dist/legacy/build/pdf.worker.mjs"; // untyped module: import by name
    if (!g.pdfjsWorker) g.pdfjsWorker = await import(workerModule);
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    return lib;
  })();
  return pdfjsPromise;
}

/** directories of the CMaps and standard fonts shipped with pdfjs-dist, resolved at run time */
function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } | null {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
    return { cMapUrl: join(root, "cmaps") + sep, standardFontDataUrl: join(root, "standard_fonts") + sep };
  } catch {
    return null;
  }
}

// ----- geometry types ---------------------------------------------------------------------------

export interface Item {
  str: string;
  x0: number;
  x1: number;
  /** baseline */
  y: number;
  size: number;
}
const yc = (it: Item) => it.y + it.size * 0.3;

interface HSeg {
  y: number;
  x0: number;
  x1: number;
}
interface VSeg {
  x: number;
  y0: number;
  y1: number;
}

interface Line {
  items: Item[];
  y: number;
  size: number;
}

interface Table {
  xs: number[];
  /** descending (top first) */
  ys: number[];
  h: HSeg[];
  v: VSeg[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** a piece of page output: one free line or one table, positioned by its top */
type Block = { kind: "line"; top: number; bottom: number; line: Line; cells: string[]; key: string } | { kind: "table"; top: number; bottom: number; rows: CellIn[][] };

// ----- ruling lines -----------------------------------------------------------------------------


/** one subpath of a painted path in page space; NaN points break it (curves are not rules) */
export interface PaintedPath {
  pts: [number, number][];
  stroke: boolean;
  fill: boolean;
}

/** the painted paths of a pdfjs operator list, in page space */
function pdfjsPaths(pdfjs: Pdfjs, ops: { fnArray: number[]; argsArray: unknown[] }): PaintedPath[] {
  const O = pdfjs.OPS;
  const strokeOps = new Set([O.stroke, O.closeStroke, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const fillOps = new Set([O.fill, O.eoFill]);
  const out: PaintedPath[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === O.save) stack.push(ctm);
    else if (fn === O.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === O.transform) ctm = mul(args as Matrix, ctm);
    else if (fn === O.constructPath) {
      const op = args[0] as number;
      const data = (args[1] as unknown[])?.[0] as ArrayLike<number> | null;
      if (!data) continue;
      const stroke = strokeOps.has(op);
      const fill = fillOps.has(op) || op === O.fillStroke || op === O.eoFillStroke;
      if (!stroke && !fill) continue;
      // split into subpaths of points
      let cur: [number, number][] = [];
      const push = () => {
        if (cur.length) out.push({ pts: cur, stroke, fill });
      };
      for (let k = 0; k < data.length; ) {
        const code = data[k++];
        if (code === 0) {
          push();
          cur = [apply(ctm, data[k], data[k + 1])];
          k += 2;
        } else if (code === 1) {
          cur.push(apply(ctm, data[k], data[k + 1]));
          k += 2;
        } else if (code === 2) {
          cur.push(apply(ctm, data[k + 4], data[k + 5]));
          cur.push([NaN, NaN]); // curves are not rules
          k += 6;
        } else if (code === 3) {
          cur.push([NaN, NaN]);
          k += 4;
        } else if (code === 4) {
          if (cur.length > 1) cur.push(cur[0]);
        } else break;
      }
      push();
    }
  }
  return out;
}

/** ruling lines from painted paths: stroked segments, thin filled rectangles, filled cell boxes */
export function rulings(paths: PaintedPath[]): { h: HSeg[]; v: VSeg[] } {
  const h: HSeg[] = [];
  const v: VSeg[] = [];
  for (const { pts, stroke, fill } of paths) {
    if (stroke) {
      for (let k = 1; k < pts.length; k++) addSegment(pts[k - 1], pts[k], h, v);
    }
    if (fill && !stroke) {
      const xs = pts.map((p) => p[0]).filter(Number.isFinite);
      const ys = pts.map((p) => p[1]).filter(Number.isFinite);
      if (xs.length < 2) continue;
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const w = x1 - x0;
      const ht = y1 - y0;
      if (w <= 3 && ht > 3) v.push({ x: (x0 + x1) / 2, y0, y1 });
      else if (ht <= 3 && w > 3) h.push({ y: (y0 + y1) / 2, x0, x1 });
      else if (w > 3 && ht > 3 && pts.length <= 6) {
        // a filled cell rectangle: its edges delimit the cell like rules would
        h.push({ y: y0, x0, x1 }, { y: y1, x0, x1 });
        v.push({ x: x0, y0, y1 }, { x: x1, y0, y1 });
      }
    }
  }
  return { h: mergeH(h), v: mergeV(v) };
}

function addSegment(a: [number, number], b: [number, number], h: HSeg[], v: VSeg[]): void {
  if (![...a, ...b].every(Number.isFinite)) return;
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 1 && dx > 2) h.push({ y: (a[1] + b[1]) / 2, x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]) });
  else if (dx < 1 && dy > 2) v.push({ x: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
}

const GAP = 2;
function mergeH(segs: HSeg[]): HSeg[] {
  const out: HSeg[] = [];
  for (const group of clusterObjects(segs, (s) => s.y, 1)) {
    const y = median(group.map((s) => s.y));
    group.sort((a, b) => a.x0 - b.x0);
    let cur: HSeg | null = null;
    for (const s of group) {
      if (cur && s.x0 <= cur.x1 + GAP) cur.x1 = Math.max(cur.x1, s.x1);
      else {
        cur = { y, x0: s.x0, x1: s.x1 };
        out.push(cur);
      }
    }
  }
  return out;
}
function mergeV(segs: VSeg[]): VSeg[] {
  const out: VSeg[] = [];
  for (const group of clusterObjects(segs, (s) => s.x, 1)) {
    const x = median(group.map((s) => s.x));
    group.sort((a, b) => a.y0 - b.y0);
    let cur: VSeg | null = null;
    for (const s of group) {
      if (cur && s.y0 <= cur.y1 + GAP) cur.y1 = Math.max(cur.y1, s.y1);
      else {
        cur = { x, y0: s.y0, y1: s.y1 };
        out.push(cur);
      }
    }
  }
  return out;
}

/** connected groups of rules with at least two rules each way → tables */
function findTables(h: HSeg[], v: VSeg[]): Table[] {
  const n = h.length + v.length;
  const ds = new DisjointSet(n);
  const T = 2.5;
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++) {
      const a = h[i];
      const b = v[j];
      if (b.x >= a.x0 - T && b.x <= a.x1 + T && a.y >= b.y0 - T && a.y <= b.y1 + T) ds.union(i, h.length + j);
    }
  const groups = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  h.forEach((s, i) => {
    const r = ds.find(i);
    if (!groups.has(r)) groups.set(r, { h: [], v: [] });
    groups.get(r)!.h.push(s);
  });
  v.forEach((s, j) => {
    const r = ds.find(h.length + j);
    if (!groups.has(r)) groups.set(r, { h: [], v: [] });
    groups.get(r)!.v.push(s);
  });
  const tables: Table[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = clusterCentres(g.v.map((s) => s.x), 2);
    const ys = clusterCentres(g.h.map((s) => s.y), 2).reverse();
    if (xs.length < 2 || ys.length < 2) continue;
    tables.push({ xs, ys, h: g.h, v: g.v, x0: xs[0], x1: xs[xs.length - 1], y0: ys[ys.length - 1], y1: ys[0] });
  }
  return tables;
}

// ----- text assembly ------------------------------------------------------------------------------

/** items → lines (top first) by y-clustering with a tolerance of half the font size */
function toLines(items: Item[]): Line[] {
  if (!items.length) return [];
  const tol = Math.max(1.5, median(items.map((i) => i.size)) * 0.5);
  const groups = clusterObjects(items, yc, tol);
  return groups
    .map((g) => ({ items: g.sort((a, b) => a.x0 - b.x0), y: median(g.map((i) => i.y)), size: median(g.map((i) => i.size)) }))
    .sort((a, b) => b.y - a.y);
}

/** text of items on one line: a space where there is a visible gap between runs */
function lineText(items: Item[]): string {
  let out = "";
  let prev: Item | null = null;
  for (const it of items) {
    if (prev && it.x0 - prev.x1 > Math.min(it.size, prev.size) * 0.2 && !out.endsWith(" ") && !it.str.startsWith(" ")) out += " ";
    out += it.str;
    prev = it;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** split a free line into cells where the gap between runs is larger than ~1 em */
function splitCells(line: Line): string[] {
  const cells: Item[][] = [];
  let prev: Item | null = null;
  for (const it of line.items) {
    const gapTol = Math.max(3, Math.min(it.size, prev?.size ?? it.size) * 1.0);
    if (!prev || it.x0 - prev.x1 > gapTol) cells.push([it]);
    else cells[cells.length - 1].push(it);
    prev = it;
  }
  return cells.map(lineText);
}

const charWeight = (ch: string) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55);

/**
 * pdfjs joins runs closer than ~0.6 em into one item with a space, even across a cell border
 * ("50,000 年度资金总额："). Split such an item at the space nearest to each vertical rule it
 * crosses, estimating character positions from their widths (CJK 1 em, others about half).
 */
export function splitAtRules(it: Item, xs: number[]): Item[] {
  const crossing = xs.filter((x) => x > it.x0 + it.size * 0.3 && x < it.x1 - it.size * 0.3);
  if (!crossing.length || !it.str.includes(" ")) return [it];
  const chars = [...it.str];
  const weights = chars.map(charWeight);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scale = (it.x1 - it.x0) / total;
  const pos: number[] = [];
  let acc = it.x0;
  for (const w of weights) {
    pos.push(acc);
    acc += w * scale;
  }
  const cuts = new Set<number>();
  for (const x of crossing) {
    let best = -1;
    for (let k = 0; k < chars.length; k++) {
      if (chars[k] !== " ") continue;
      if (best < 0 || Math.abs(pos[k] - x) < Math.abs(pos[best] - x)) best = k;
    }
    if (best >= 0 && Math.abs(pos[best] - x) < it.size * 3) cuts.add(best);
  }
  if (!cuts.size) return [it];
  const out: Item[] = [];
  let start = 0;
  const sorted = [...cuts].sort((a, b) => a - b);
  for (const cut of [...sorted, chars.length]) {
    const str = chars.slice(start, cut).join("");
    if (str.trim()) {
      const x0 = pos[start];
      const x1 = cut < chars.length ? pos[cut] : it.x1;
      out.push({ ...it, str: str.trim(), x0: start === 0 ? it.x0 : Math.max(x0, ...crossing.filter((x) => x <= x0 + it.size)), x1 });
    }
    start = cut + 1;
  }
  return out;
}

function tableBlock(t: Table, rawItems: Item[]): Block {
  const items = rawItems.flatMap((it) => splitAtRules(it, t.xs));
  const nc = t.xs.length - 1;
  const nb = t.ys.length - 1;
  const hasV = (i: number, j: number): boolean => {
    // rule at xs[i] crossing the middle of band j
    const x = t.xs[i];
    const mid = (t.ys[j] + t.ys[j + 1]) / 2;
    return t.v.some((s) => Math.abs(s.x - x) <= 2 && s.y0 - 1 <= mid && s.y1 + 1 >= mid);
  };
  const hasH = (j: number, i: number): boolean => {
    // rule at ys[j] crossing the middle of column i
    const y = t.ys[j];
    const mid = (t.xs[i] + t.xs[i + 1]) / 2;
    return t.h.some((s) => Math.abs(s.y - y) <= 2 && s.x0 - 1 <= mid && s.x1 + 1 >= mid);
  };
  const anchor = (j: number, i: number): [number, number] => {
    let ai = i;
    while (ai > 0 && !hasV(ai, j)) ai--;
    let aj = j;
    while (aj > 0 && !hasH(aj, ai)) aj--;
    return [aj, ai];
  };
  const content = new Map<string, Item[]>();
  for (const it of items) {
    const x = it.x0 + Math.min(it.x1 - it.x0, it.size) / 2;
    const y = yc(it);
    let i = t.xs.findIndex((xv, k) => k < nc && x >= xv && x < t.xs[k + 1]);
    let j = t.ys.findIndex((yv, k) => k < nb && y <= yv && y > t.ys[k + 1]);
    if (i < 0) i = x < t.xs[0] ? 0 : nc - 1;
    if (j < 0) j = y > t.ys[0] ? 0 : nb - 1;
    const [aj, ai] = anchor(j, i);
    const key = `${aj},${ai}`;
    if (!content.has(key)) content.set(key, []);
    content.get(key)!.push(it);
  }
  const text = new Map<string, string>();
  for (const [key, its] of content) text.set(key, joinWrapped(toLines(its).map((l) => lineText(l.items))));
  const rows: CellIn[][] = [];
  for (let j = 0; j < nb; j++) {
    const row: CellIn[] = [];
    let own = false;
    for (let i = 0; i < nc; i++) {
      const [aj, ai] = anchor(j, i);
      const s = text.get(`${aj},${ai}`) ?? "";
      const isAnchor = aj === j && ai === i;
      if (isAnchor && s) own = true;
      row.push(isAnchor ? { text: s, loc: { col: i + 1 } } : { text: s, loc: { col: i + 1 }, merged: s !== "" });
    }
    if (own) {
      rows.push(row);
    }
  }
  return { kind: "table", top: t.y1, bottom: t.y0, rows };
}

const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–\s]*$|^page\s*\d+(\s*of\s*\d+)?$/i;

export interface PageOut {
  blocks: Block[];
  height: number;
  items: number;
  /** column edges when the page was read as a borderless table */
  edges?: number[];
}

/** what a PDF engine gives for one page: its text runs, its painted paths, its height */
export interface RawPage {
  items: Item[];
  paths: PaintedPath[];
  height: number;
}

/** a page's text runs and painted paths as pdfjs gives them */
async function pdfjsPage(pdfjs: Pdfjs, page: import("pdfjs-dist/legacy/build/pdf.mjs").PDFPageProxy): Promise<RawPage> {
  const view = page.view; // [x0, y0, x1, y1]
  const tc = await page.getTextContent();
  const items: Item[] = [];
  for (const raw of tc.items) {
    if (!("str" in raw)) continue;
    const str = raw.str;
    if (!str || str.trim() === "") continue;
    const [a, b, c, d, e, f] = raw.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b) || raw.height || 10;
    const width = raw.width || size * str.length;
    // vertical or rotated text keeps its origin; width along x only for horizontal runs
    const horizontal = Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3;
    items.push({ str, x0: e, x1: horizontal ? e + width : e + size, y: f, size });
  }
  let paths: PaintedPath[] = [];
  try {
    paths = pdfjsPaths(pdfjs, (await page.getOperatorList()) as never);
  } catch {
    /* no rules: the page is read as free text */
  }
  return { items, paths, height: view[3] - view[1] };
}

/**
 * One page's blocks from its text runs and painted paths (whichever engine gave them).
 * @param prevEdges column edges of the previous page when it was a borderless table: a page that
 *   continues it (too few lines to measure its own columns, but starting text at those edges) is
 *   read with them
 */
export function layoutPage(raw: RawPage, prevEdges: number[] | null = null): PageOut {
  const { items, height } = raw;
  const { h, v } = rulings(raw.paths);
  const tables = findTables(h, v);
  const inTable = new Map<Table, Item[]>();
  const free: Item[] = [];
  for (const it of items) {
    const x = it.x0 + Math.min(it.x1 - it.x0, it.size) / 2;
    const y = yc(it);
    const t = tables.find((tb) => x >= tb.x0 - 1 && x <= tb.x1 + 1 && y >= tb.y0 - 1 && y <= tb.y1 + 1);
    if (t) {
      if (!inTable.has(t)) inTable.set(t, []);
      inTable.get(t)!.push(it);
    } else free.push(it);
  }
  const blocks: Block[] = [];
  for (const t of tables) {
    const b = tableBlock(t, inTable.get(t) ?? []);
    if (b.kind === "table" && b.rows.length) blocks.push(b);
  }
  const freeLines = toLines(free);
  // a table going on from the previous page keeps that page's columns (measured with its header)
  const goesOn = !tables.length && prevEdges !== null && continuesColumns(free, prevEdges);
  if (goesOn || (!tables.length && isBorderlessTable(freeLines, free))) {
    // no drawn rules, but the page is laid out in columns: rebuild the cells from the text positions
    const runs = splitWideGaps(free);
    const edges = goesOn ? prevEdges : columnEdges(runs);
    const rows = borderlessRows(
      runs.flatMap((it) => splitAtRules(it, edges)),
      edges,
    );
    const top = Math.max(...free.map((it) => it.y + it.size));
    const bottom = Math.min(...free.map((it) => it.y));
    blocks.push({ kind: "table", top, bottom, rows });
    return { blocks, height, items: items.length, edges };
  }
  for (const line of freeLines) {
    const cells = splitCells(line);
    const key = cells.join(" ").replace(/\d+/g, "#").replace(/\s+/g, "");
    blocks.push({ kind: "line", top: line.y + line.size, bottom: line.y, line, cells, key });
  }
  blocks.sort((a, b) => b.top - a.top);
  return { blocks, height, items: items.length };
}

/**
 * A page without rules whose free text is laid out in columns: at least three lines split into two
 * or more cells and at least three column edges shared by several lines.
 */
function isBorderlessTable(lines: Line[], free: Item[]): boolean {
  const multi = lines.filter((l) => splitCells(l).length >= 2).length;
  return multi >= 3 && columnEdges(free).length >= 3;
}

/** nearly all text runs of the page (numbers aside) start at the given column edges */
function continuesColumns(free: Item[], edges: number[]): boolean {
  const text = free.filter((it) => !isNumber(it.str));
  if (!text.length || edges.length < 3) return false;
  const size = median(text.map((i) => i.size));
  const at = text.filter((it) => edges.some((e) => Math.abs(it.x0 - e) <= size / 3)).length;
  return at >= text.length * 0.8;
}

/** drop running headers/footers and page numbers from the free lines of every page */
function dropHeadersFooters(pages: PageOut[]): void {
  const n = pages.length;
  const seen = new Map<string, number>();
  const bucket = (b: Block) => Math.round(b.bottom / 4);
  for (const p of pages) {
    const keys = new Set<string>();
    for (const b of p.blocks) if (b.kind === "line") keys.add(`${b.key}@${bucket(b)}`);
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(n * 0.6));
  for (const p of pages) {
    p.blocks = p.blocks.filter((b) => {
      if (b.kind !== "line") return true;
      const margin = b.bottom > p.height * 0.9 || b.top < p.height * 0.1;
      if (margin && PAGE_NUMBER.test(b.cells.join(" ").trim())) return false;
      if (n >= 2 && margin) {
        const around = [-1, 0, 1].reduce((s, d) => Math.max(s, seen.get(`${b.key}@${bucket(b) + d}`) ?? 0), 0);
        if (around >= need) return false;
      }
      return true;
    });
  }
}

/** what the pdfjs stage gives: per page its blocks (plain data, so it crosses a worker boundary) */
export interface Extracted {
  numPages: number;
  pages: PageOut[];
  failed: number[];
}

/** the engine that reads a PDF's text and paths; the layout (cells) is the same for both */
export type PdfEngine = "pdfium" | "pdfjs";
export const DEFAULT_PDF_ENGINE: PdfEngine = "pdfium";

const encrypted = () => new ReadError("read/pdf-encrypted", "PDF 已加密（需要密码才能打开），请提供未加密的文件", "the PDF is encrypted (needs a password); provide an unencrypted copy");

/**
 * The engine stage: open the document and read every page into blocks. `progress(step)` is called
 * before each step (0 = opening, p = page p) so that a watchdog can name where it stopped.
 * PDFium reads first; a document it cannot open or a page it cannot load is read again by pdfjs
 * (which repairs some damage PDFium does not), except an encrypted one.
 */
export async function extractPages(bytes: Uint8Array, progress: (step: number) => void = () => undefined, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<Extracted> {
  if (engine === "pdfium") {
    const { pdfiumPages, PdfiumOpenError, dropPdfium } = await import("./pdf-pdfium.js");
    const pages: PageOut[] = [];
    let whole = true;
    try {
      const numPages = await pdfiumPages(bytes, progress, (_p, raw) => {
        if (!raw) whole = false;
        else if (whole) pages.push(layoutPage(raw, pages[pages.length - 1]?.edges ?? null));
      });
      if (whole) return { numPages, pages, failed: [] };
    } catch (e) {
      if (e instanceof PdfiumOpenError && e.reason === "password") throw encrypted();
      if (!(e instanceof PdfiumOpenError)) dropPdfium();
    }
  }
  return extractPdfjs(bytes, progress);
}

/** every page's text runs and painted paths as one engine gives them (for comparing the engines) */
export async function rawPages(bytes: Uint8Array, engine: PdfEngine): Promise<(RawPage | null)[]> {
  const out: (RawPage | null)[] = [];
  if (engine === "pdfium") {
    const { pdfiumPages } = await import("./pdf-pdfium.js");
    await pdfiumPages(bytes, () => undefined, (_p, raw) => out.push(raw));
    return out;
  }
  const pdfjs = await loadPdfjs();
  const dirs = pdfjsDataDirs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, ...(dirs ? { cMapUrl: dirs.cMapUrl, cMapPacked: true, standardFontDataUrl: dirs.standardFontDataUrl } : {}) });
  const doc = await task.promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) out.push(await pdfjsPage(pdfjs, await doc.getPage(p)));
  } finally {
    await doc.destroy();
  }
  return out;
}

/** the pdfjs engine */
async function extractPdfjs(bytes: Uint8Array, progress: (step: number) => void): Promise<Extracted> {
  const pdfjs = await loadPdfjs();
  const dirs = pdfjsDataDirs();
  let doc: import("pdfjs-dist/legacy/build/pdf.mjs").PDFDocumentProxy;
  progress(0);
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...(dirs ? { cMapUrl: dirs.cMapUrl, cMapPacked: true, standardFontDataUrl: dirs.standardFontDataUrl } : {}),
  });
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as Error)?.name;
    if (name === "PasswordException") throw encrypted();
    throw new ReadError("read/corrupt", `PDF 文件已损坏，无法打开（${(e as Error)?.message ?? e}）`, `the PDF is damaged and cannot be opened (${(e as Error)?.message ?? e})`);
  }
  try {
    const pages: PageOut[] = [];
    const failed: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      progress(p);
      try {
        const page = await doc.getPage(p);
        pages.push(layoutPage(await pdfjsPage(pdfjs, page), pages[pages.length - 1]?.edges ?? null));
        page.cleanup();
      } catch {
        failed.push(p);
        pages.push({ blocks: [], height: 0, items: 0 });
      }
    }
    return { numPages: doc.numPages, pages, failed };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

export async function readPdf(source: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, engine: PdfEngine = DEFAULT_PDF_ENGINE): Promise<Grid> {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString("latin1");
  if (!tail.includes("%%EOF")) {
    throw new ReadError("read/corrupt", "PDF 文件不完整（文件尾缺失，可能下载或复制时被截断）", "the PDF is incomplete (its trailer is missing; truncated?)");
  }
  const { numPages, pages, failed } = await extractBounded(bytes, limits, engine);
  {
    const g = new GridBuilder(limits.maxCells);
    const totalItems = pages.reduce((s, p) => s + p.items, 0);
    if (totalItems === 0) {
      if (failed.length === numPages) {
        throw new ReadError("read/corrupt", "PDF 文件已损坏，没有一页能读取", "the PDF is damaged: no page could be read");
      }
      throw new ReadError("read/pdf-no-text", "PDF 是扫描件，没有文字层，需要先 OCR（文字识别）", "the PDF is a scan without a text layer; run OCR first");
    }
    dropHeadersFooters(pages);
    let lastKind: "line" | "table" | null = null;
    let lastBottom = 0;
    pages.forEach((pg, idx) => {
      const page = idx + 1;
      if (failed.includes(page)) {
        g.diagnostics.push({ code: "read/pdf-page-failed", severity: "warning", message: `第 ${page} 页无法读取，已跳过`, messageEn: `page ${page} could not be read; skipped`, loc: { page } });
      } else if (pg.items === 0) {
        g.diagnostics.push({ code: "read/pdf-page-no-text", severity: "warning", message: `第 ${page} 页没有文字层（扫描图片？），需要 OCR`, messageEn: `page ${page} has no text layer (a scanned image?); needs OCR`, loc: { page } });
      }
      pg.blocks.forEach((b, k) => {
        const firstOnPage = k === 0;
        if (b.kind === "table") {
          // a table that goes on from the previous page is stitched: no break row
          if (!(firstOnPage && lastKind === "table")) g.blank({ page });
          for (const cells of b.rows) {
            g.add(cells.map((c) => ({ ...c, loc: { page, ...c.loc } })), { page });
          }
          lastKind = "table";
        } else {
          if (lastKind === "table" || (lastKind === "line" && !firstOnPage && lastBottom - b.top > b.line.size * 1.2)) g.blank({ page });
          g.add(b.cells.map((text, i) => ({ text, loc: { page, col: i + 1 } })), { page });
          lastKind = "line";
        }
        lastBottom = b.bottom;
      });
    });
    return g.build(source, "pdf");
  }
}
