/**
 * The PDFium engine of the PDF reader (`@embedpdf/pdfium`: PDFium compiled to WebAssembly, MIT /
 * Apache-2.0). It gives what the pdfjs engine gives (pdf.ts `RawPage`): text runs with their
 * origin, advance and font size, and the painted paths in page space, so that one layout step
 * (`layoutPage`) builds the cells from either.
 *
 * Text runs are made from PDFium's characters the way pdfjs groups its text items: characters in
 * content order stay in one run while they follow each other on one baseline in one font; a gap
 * of more than 0.102 em between one character's advance and the next origin is written as a space,
 * a gap of more than 0.6 em (or a step back, or a new line) starts a new run. Spaces of the content
 * are not kept as characters — their width is such a gap — and characters PDFium generates (line
 * ends, spaces it infers) are skipped, as are glyphs outside the page box (pdfjs leaves them out).
 *
 * The WebAssembly file is read from the package in node_modules (no network). The module is
 * loaded once per thread; a file that makes PDFium fail (a WebAssembly trap) drops the module, and
 * the next file loads a fresh one.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import type { Item, PaintedPath, RawPage } from "./pdf.js";
import { IDENTITY, apply, mul, type Matrix } from "./geometry/matrix.js";

type Module = WrappedPdfiumModule["pdfium"] & { HEAPU8: Uint8Array; HEAPF64: Float64Array; HEAPF32: Float32Array; HEAP32: Int32Array };
/** the raw exports of PDFium (the wrapped calls go through ccall, which costs more per character) */
type Fn = (...args: number[]) => number;
type Exports = Record<string, Fn>;

let loading: Promise<Module> | null = null;

export function loadPdfium(): Promise<Module> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmBinary = readFileSync(require.resolve("@embedpdf/pdfium/pdfium.wasm"));
    const { init } = await import("@embedpdf/pdfium");
    const wrapped = await init({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
    wrapped.PDFiumExt_Init();
    return wrapped.pdfium as Module;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** why PDFium could not open a document (FPDF_GetLastError) */
export type OpenFailure = "password" | "format" | "file" | "other";

export class PdfiumOpenError extends Error {
  constructor(readonly reason: OpenFailure) {
    super(`PDFium could not open the document (${reason})`);
  }
}

const SEGMENT_LINETO = 0;
const SEGMENT_BEZIERTO = 1;
const SEGMENT_MOVETO = 2;
const OBJ_PATH = 2;
const OBJ_FORM = 5;

/**
 * pdfjs's thresholds (in em, its text layer's TRACKING_SPACE_FACTOR, SPACE_IN_FLOW_MAX_FACTOR,
 * NEGATIVE_SPACE_FACTOR, VERTICAL_SHIFT_RATIO): up to SPACE_MIN a gap is kerning, up to SPACE_MAX
 * a space; a step back beyond NEGATIVE_SPACE or a baseline moved by more than VERTICAL_SHIFT
 * starts a new run
 */
const SPACE_MIN = 0.102;
const SPACE_MAX = 0.6;
const NEGATIVE_SPACE = -0.2;
const VERTICAL_SHIFT = 0.25;


/**
 * Read every page of a document: `page(p, raw)` gets each page's text runs and paths as it is
 * read; `progress(step)` is called before each step (0 = opening, p = page p) for a watchdog.
 * Throws PdfiumOpenError when the document cannot be opened; a page PDFium cannot load is null.
 */
export async function pdfiumPages(bytes: Uint8Array, progress: (step: number) => void, page: (p: number, raw: RawPage | null) => void): Promise<number> {
  const mod = await loadPdfium();
  const X = mod.wasmExports as unknown as Exports;
  const f = (name: string): Fn => {
    const fn = X[name];
    if (typeof fn !== "function") throw new Error(`PDFium export ${name} missing`);
    return fn;
  };
  const [malloc, free] = [f("malloc"), f("free")];
  const fn = {
    load: f("FPDF_LoadMemDocument"),
    err: f("FPDF_GetLastError"),
    count: f("FPDF_GetPageCount"),
    close: f("FPDF_CloseDocument"),
    loadPage: f("FPDF_LoadPage"),
    closePage: f("FPDF_ClosePage"),
    height: f("FPDF_GetPageHeightF"),
    bbox: f("FPDF_GetPageBoundingBox"),
    textPage: f("FPDFText_LoadPage"),
    closeText: f("FPDFText_ClosePage"),
    chars: f("FPDFText_CountChars"),
    unicode: f("FPDFText_GetUnicode"),
    generated: f("FPDFText_IsGenerated"),
    loose: f("FPDFText_GetLooseCharBox"),
    origin: f("FPDFText_GetCharOrigin"),
    fontSize: f("FPDFText_GetFontSize"),
    textMatrix: f("FPDFText_GetMatrix"),
    textObject: f("FPDFText_GetTextObject"),
    objFont: f("FPDFTextObj_GetFont"),
    objects: f("FPDFPage_CountObjects"),
    object: f("FPDFPage_GetObject"),
    type: f("FPDFPageObj_GetType"),
    matrix: f("FPDFPageObj_GetMatrix"),
    formObjects: f("FPDFFormObj_CountObjects"),
    formObject: f("FPDFFormObj_GetObject"),
    drawMode: f("FPDFPath_GetDrawMode"),
    segments: f("FPDFPath_CountSegments"),
    segment: f("FPDFPath_GetPathSegment"),
    point: f("FPDFPathSegment_GetPoint"),
    segType: f("FPDFPathSegment_GetType"),
    segClose: f("FPDFPathSegment_GetClose"),
  };
  progress(0);
  const data = malloc(bytes.length);
  const buf = malloc(64);
  let doc = 0;
  try {
    if (!data || !buf) throw new PdfiumOpenError("other");
    mod.HEAPU8.set(bytes, data);
    doc = fn.load(data, bytes.length, 0);
    if (!doc) {
      const code = fn.err();
      throw new PdfiumOpenError(code === 4 ? "password" : code === 3 ? "format" : code === 2 ? "file" : "other");
    }
    const n = fn.count(doc);
    const f64 = (k: number) => mod.HEAPF64[(buf >> 3) + k];
    const f32 = (k: number) => mod.HEAPF32[(buf >> 2) + k];
    const i32 = (k: number) => mod.HEAP32[(buf >> 2) + k];
    for (let p = 1; p <= n; p++) {
      progress(p);
      const pg = fn.loadPage(doc, p - 1);
      if (!pg) {
        page(p, null);
        continue;
      }
      try {
        const items: Item[] = [];
        const tp = fn.textPage(pg);
        if (tp) {
          try {
            const nc = fn.chars(tp);
            // the visible page (media box ∩ crop box): pdfjs leaves out glyphs outside it
            const view = fn.bbox(pg, buf) ? [f32(0), f32(3), f32(2), f32(1)] : [-Infinity, -Infinity, Infinity, Infinity];
            let cur: Item | null = null;
            /** where the current run's last character ends, its font, and a space since */
            let end = 0;
            let font = 0;
            let space = false;
            for (let i = 0; i < nc; i++) {
              if (fn.generated(tp, i) === 1) continue;
              const u = fn.unicode(tp, i);
              // a space of the content: its width is the gap the next character finds
              if (isSpace(u)) {
                space = true;
                continue;
              }
              if (u === 0xfffe || u === 0xffff || !fn.origin(tp, i, buf, buf + 8)) continue;
              const ox = f64(0);
              const oy = f64(1);
              const size = fn.fontSize(tp, i) || 10;
              // vertical or rotated text keeps its origin; the advance along x only for horizontal runs
              const horizontal = !fn.textMatrix(tp, i, buf) || (Math.abs(f32(1)) < 1e-3 && Math.abs(f32(2)) < 1e-3);
              const right = horizontal && fn.loose(tp, i, buf) ? f32(2) : ox + size; // FS_RECTF: left, top, right, bottom
              if (right < view[0] || ox > view[2] || oy < view[1] || oy > view[3]) continue;
              const obj = fn.textObject(tp, i);
              const objFont = obj ? fn.objFont(obj) : 0;
              const gap = ox - end;
              const joins =
                cur !== null &&
                objFont === font &&
                Math.abs(size - cur.size) < 0.01 &&
                Math.abs(oy - cur.y) <= size * VERTICAL_SHIFT &&
                gap >= NEGATIVE_SPACE * size &&
                gap <= SPACE_MAX * size &&
                !(space && gap <= SPACE_MIN * size);
              if (cur && joins) {
                if (gap > SPACE_MIN * size || space) cur.str += " ";
                cur.str += String.fromCodePoint(u);
                cur.x1 = right;
              } else {
                cur = { str: String.fromCodePoint(u), x0: ox, x1: right, y: oy, size };
                items.push(cur);
                font = objFont;
              }
              end = right;
              space = false;
            }
          } finally {
            fn.closeText(tp);
          }
        }
        const paths: PaintedPath[] = [];
        const walk = (count: number, get: (k: number) => number, outer: Matrix) => {
          for (let k = 0; k < count; k++) {
            const obj = get(k);
            if (!obj) continue;
            const type = fn.type(obj);
            if (type !== OBJ_PATH && type !== OBJ_FORM) continue;
            let m = IDENTITY;
            if (fn.matrix(obj, buf)) m = [f32(0), f32(1), f32(2), f32(3), f32(4), f32(5)];
            const ctm = mul(m, outer);
            if (type === OBJ_FORM) {
              walk(fn.formObjects(obj), (j) => fn.formObject(obj, j), ctm);
              continue;
            }
            if (!fn.drawMode(obj, buf, buf + 4)) continue;
            const fill = i32(0) !== 0;
            const stroke = i32(1) !== 0;
            if (!fill && !stroke) continue;
            const ns = fn.segments(obj);
            let cur: [number, number][] = [];
            let bezier = 0;
            const push = () => {
              if (cur.length) paths.push({ pts: cur, stroke, fill });
            };
            for (let s = 0; s < ns; s++) {
              const seg = fn.segment(obj, s);
              if (!seg || !fn.point(seg, buf, buf + 4)) continue;
              const x = f32(0);
              const y = f32(1);
              const pt = apply(ctm, x, y);
              const st = fn.segType(seg);
              if (st === SEGMENT_MOVETO) {
                push();
                cur = [pt];
                bezier = 0;
              } else if (st === SEGMENT_LINETO) cur.push(pt);
              else if (st === SEGMENT_BEZIERTO) {
                // three segments per curve (two control points, then the end): as the pdfjs engine
                // keeps a curve, its end point, then a break
                bezier = (bezier + 1) % 3;
                if (bezier === 0) cur.push(pt, [NaN, NaN]);
              }
              // closing: back to the start (PDFium ends a rectangle on its start point already)
              if (fn.segClose(seg) && cur.length > 1 && (pt[0] !== cur[0][0] || pt[1] !== cur[0][1])) cur.push(cur[0]);
            }
            push();
          }
        };
        walk(fn.objects(pg), (k) => fn.object(pg, k), IDENTITY);
        page(p, { items, paths, height: fn.height(pg) });
      } finally {
        fn.closePage(pg);
      }
    }
    return n;
  } finally {
    if (doc) fn.close(doc);
    if (data) free(data);
    if (buf) free(buf);
  }
}

/** after a WebAssembly trap the module's state is not to be trusted: the next file loads afresh */
export function dropPdfium(): void {
  loading = null;
}

/** white space as pdfjs's text layer leaves it out of its runs */
function isSpace(u: number): boolean {
  return u === 0x20 || u === 0x09 || u === 0x0a || u === 0x0d || u === 0xa0 || u === 0x3000 || (u >= 0x2000 && u <= 0x200b);
}
