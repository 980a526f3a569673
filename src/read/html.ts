/**
 * HTML reader (node-html-parser). Decodes the charset the page declares (<meta charset=gbk> →
 * GB18030, a superset) or detects it like a text file. Every <table> row → a Row with rowspan /
 * colspan expanded (covered positions repeat the anchor's text with `merged: true`); text outside
 * tables → single-cell rows, one per block (p, div, h1–h6, li, br …). A blank row separates
 * tables from each other and from the text around them. Loc: table, row, col, line.
 */
import { parse, HTMLElement, NodeType, type Node as HNode } from "node-html-parser";
import type { Grid } from "./grid.js";
import { ReadError } from "./errors.js";
import { decodeText } from "./text.js";
import { GridBuilder, joinWrapped, type CellIn } from "./geometry/builder.js";

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL".split(" "),
);
const SKIP = new Set(["SCRIPT", "STYLE", "HEAD", "NOSCRIPT", "TEMPLATE", "TITLE", "META", "LINK"]);

/** decode HTML bytes: BOM, then a declared charset, then UTF-8/GB18030 detection */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
    const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (m) {
      let label = m[1].toLowerCase();
      if (/^(gbk|gb2312|gb_2312-80|x-gbk|gb18030|cp936|windows-936)$/.test(label)) label = "gb18030";
      try {
        return { text: new TextDecoder(label).decode(bytes), encoding: label === "utf8" ? "utf-8" : label };
      } catch {
        /* unknown label: fall through to detection */
      }
    }
  }
  return decodeText(bytes);
}

const isEl = (n: HNode): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE;

/** text of an element with block boundaries and <br> as line breaks */
function blockText(el: HNode, out: string[]): void {
  if (el.nodeType === NodeType.TEXT_NODE) {
    out.push(el.text.replace(/[ \t\r\n\f]+/g, " "));
    return;
  }
  if (!isEl(el)) return;
  const tag = el.tagName ?? "";
  if (SKIP.has(tag)) return;
  if (tag === "BR") {
    out.push("\n");
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push("\n");
  for (const k of el.childNodes) blockText(k, out);
  if (block) out.push("\n");
}

function cellText(td: HTMLElement): string {
  const out: string[] = [];
  for (const k of td.childNodes) blockText(k, out);
  return joinWrapped(out.join("").split("\n"));
}

/** the rows of a table, not those of tables nested in it */
function tableRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const walk = (el: HTMLElement) => {
    for (const k of el.childNodes) {
      if (!isEl(k)) continue;
      const t = k.tagName;
      if (t === "TR") rows.push(k);
      else if (t === "THEAD" || t === "TBODY" || t === "TFOOT") walk(k);
    }
  };
  walk(table);
  return rows;
}

function emitTable(g: GridBuilder, table: HTMLElement, tableNo: number): void {
  g.blank();
  /** occupied positions from rowspans of earlier rows: "row,col" → anchor */
  const taken = new Map<string, { text: string }>();
  tableRows(table).forEach((tr, ri) => {
    const rowNo = ri + 1;
    const cells: CellIn[] = [];
    let col = 1;
    const fillTaken = () => {
      while (taken.has(`${rowNo},${col}`)) {
        const a = taken.get(`${rowNo},${col}`)!;
        cells.push({ text: a.text, loc: { table: tableNo, row: rowNo, col }, merged: a.text !== "" });
        col++;
      }
    };
    for (const td of tr.childNodes) {
      if (!isEl(td) || (td.tagName !== "TD" && td.tagName !== "TH")) continue;
      fillTaken();
      const text = cellText(td);
      const colspan = Math.min(1000, Math.max(1, parseInt(td.getAttribute("colspan") ?? "1", 10) || 1));
      const rowspan = Math.min(65534, Math.max(1, parseInt(td.getAttribute("rowspan") ?? "1", 10) || 1));
      for (let dc = 0; dc < colspan; dc++) {
        const c = col + dc;
        cells.push(dc === 0 ? { text, loc: { table: tableNo, row: rowNo, col: c } } : { text, loc: { table: tableNo, row: rowNo, col: c }, merged: text !== "" });
        for (let dr = 1; dr < rowspan; dr++) taken.set(`${rowNo + dr},${c}`, { text });
      }
      col += colspan;
    }
    fillTaken();
    g.add(cells, { table: tableNo, row: rowNo });
  });
  g.blank();
}

export async function readHtml(source: string, bytes: Uint8Array): Promise<Grid> {
  const { text, encoding } = decodeHtml(bytes);
  const html = text.replace(/<!doctype[^>]*>/gi, "").replace(/<\?xml[^>]*>/gi, "");
  let root: HTMLElement;
  try {
    root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  } catch (e) {
    throw new ReadError("read/corrupt", `HTML 无法解析（${(e as Error).message}）`, `the HTML cannot be parsed (${(e as Error).message})`);
  }
  const g = new GridBuilder();
  let tableNo = 0;
  let buf: string[] = [];
  const flush = () => {
    const lines = buf.join("").split("\n");
    buf = [];
    for (const l of lines) g.addText(l.replace(/\s+/g, " "), {});
  };
  const walk = (el: HNode) => {
    if (el.nodeType === NodeType.TEXT_NODE) {
      buf.push(el.text.replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    if (!isEl(el)) return;
    const tag = el.tagName ?? "";
    if (SKIP.has(tag)) return;
    if (tag === "TABLE") {
      flush();
      emitTable(g, el, ++tableNo);
      return;
    }
    if (tag === "BR") {
      buf.push("\n");
      return;
    }
    const block = BLOCK.has(tag);
    if (block) buf.push("\n");
    for (const k of el.childNodes) walk(k);
    if (block) buf.push("\n");
  };
  walk(root);
  flush();
  const grid = g.build(source, "html", { encoding });
  if (grid.rows.length === 0) throw new ReadError("read/empty", "HTML 文件没有任何文字", "the HTML file holds no text");
  return grid;
}
