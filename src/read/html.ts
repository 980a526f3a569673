/**
 * HTML reader (htmlparser2, streaming). Decodes the charset the page declares (<meta charset=gbk> →
 * GB18030, a superset) or detects it like a text file. Every <table> row → a Row with rowspan /
 * colspan expanded (covered positions repeat the anchor's text with `merged: true`); text outside
 * tables → single-cell rows, one per block (p, div, h1–h6, li, br …). A blank row separates
 * tables from each other and from the text around them. Loc: table, row, col, line.
 */
import { Tokenizer, QuoteType } from "htmlparser2";
import type { Grid } from "./grid.js";
import { ReadError } from "./errors.js";
import { decodeText } from "./text.js";
import { GridBuilder, joinWrapped, type CellIn } from "./geometry/builder.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL".split(" "),
);
const SKIP = new Set(["SCRIPT", "STYLE", "HEAD", "NOSCRIPT", "TEMPLATE", "TITLE", "META", "LINK"]);
/** elements without content: htmlparser2 closes them at once */
const VOID = new Set("AREA BASE BR COL EMBED HR IMG INPUT LINK META PARAM SOURCE TRACK WBR".split(" "));

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

interface Span {
  /** text the covered positions repeat */
  text: string;
  colspan: number;
  /** rows still to cover after the one being read */
  remaining: number;
  /** the row that opened it (not counted down at its own end) */
  from: number;
}

interface TableState {
  no: number;
  rowNo: number;
  row: CellIn[] | null;
  col: number;
  /** row spans still open, by the grid column they start at */
  spans: Map<number, Span>;
  cell: { parts: string[]; colspan: number; rowspan: number } | null;
}

const spanOf = (v: string | undefined, max: number) => Math.min(max, Math.max(1, parseInt(v ?? "1", 10) || 1));

interface TokenHandler {
  open(tag: string, attrs: Record<string, string>): void;
  close(tag: string): void;
  text(s: string): void;
}

/**
 * htmlparser2's tokenizer, without its tree builder: the reader needs no stack of open elements
 * (htmlparser2's Parser keeps one with unshift/indexOf, quadratic on 100,000 unclosed or unmatched
 * tags). Tag names in upper case; <x/> gives an open and a close, a void element (<br>) only an open.
 */
function tokenize(html: string, h: TokenHandler): void {
  let tag = "";
  let attrs: Record<string, string> = {};
  let attrName = "";
  let attrValue = "";
  let text = "";
  const flushText = () => {
    if (text) h.text(text);
    text = "";
  };
  const tk = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      ontext(start, end) {
        text += html.slice(start, end);
      },
      ontextentity(cp) {
        text += String.fromCodePoint(cp);
      },
      onopentagname(start, end) {
        flushText();
        tag = html.slice(start, end).toUpperCase();
        attrs = {};
      },
      onattribname(start, end) {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = "";
      },
      onattribdata(start, end) {
        attrValue += html.slice(start, end);
      },
      onattribentity(cp) {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend(_q: QuoteType) {
        if (!(attrName in attrs)) attrs[attrName] = attrValue;
      },
      onopentagend() {
        h.open(tag, attrs);
      },
      onselfclosingtag() {
        h.open(tag, attrs);
        if (!VOID.has(tag)) h.close(tag);
      },
      onclosetag(start, end) {
        flushText();
        const name = html.slice(start, end).toUpperCase();
        if (!VOID.has(name) || name === "BR") h.close(name);
      },
      oncdata() {},
      oncomment() {
        flushText();
      },
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        flushText();
      },
    },
  );
  tk.write(html);
  tk.end();
}

/**
 * One pass over the tokens: no tree is built and nothing recurses, so nesting depth costs nothing
 * and unclosed tags cost no more than closed ones. Row spans are
 * kept as a list of open spans, not as positions: a span covers only rows the table really has.
 */
export async function readHtml(source: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid> {
  const { text, encoding } = decodeHtml(bytes);
  const g = new GridBuilder(limits.maxCells);
  let tableNo = 0;
  let skip = 0;
  /** open tables, outermost first; only the outermost one's rows are rows, nested ones are cell text */
  let table: TableState | null = null;
  let tableDepth = 0;
  let buf: string[] = [];
  const flush = () => {
    const lines = buf.join("").split("\n");
    buf = [];
    for (const l of lines) g.addText(l.replace(/\s+/g, " "), {});
  };
  /** where text goes: the open cell of the outer table, else (outside tables) the text buffer */
  const sink = (): string[] | null => (table ? (table.cell ? table.cell.parts : null) : buf);
  const fillSpans = (t: TableState) => {
    for (;;) {
      const s = t.spans.get(t.col);
      if (!s || !t.row) return;
      for (let k = 0; k < s.colspan; k++) t.row.push({ text: s.text, loc: { table: t.no, row: t.rowNo, col: t.col + k }, merged: s.text !== "" });
      t.col += s.colspan;
    }
  };
  const endCell = (t: TableState) => {
    const c = t.cell;
    if (!c || !t.row) return;
    t.cell = null;
    fillSpans(t);
    const cellText = joinWrapped(c.parts.join("").split("\n"));
    for (let k = 0; k < c.colspan; k++) {
      const loc = { table: t.no, row: t.rowNo, col: t.col + k };
      t.row.push(k === 0 ? { text: cellText, loc } : { text: cellText, loc, merged: cellText !== "" });
    }
    if (c.rowspan > 1) t.spans.set(t.col, { text: cellText, colspan: c.colspan, remaining: c.rowspan - 1, from: t.rowNo });
    t.col += c.colspan;
  };
  const endRow = (t: TableState) => {
    endCell(t);
    if (!t.row) return;
    fillSpans(t);
    g.add(t.row, { table: t.no, row: t.rowNo });
    for (const [col, s] of t.spans) if (s.from !== t.rowNo && --s.remaining <= 0) t.spans.delete(col);
    t.row = null;
  };
  const handler: TokenHandler = {
      open(tag, attrs) {
        if (tag === "BODY") skip = 0; // an unclosed <head> ends where the body starts
        if (skip || SKIP.has(tag)) {
          if (!VOID.has(tag)) skip++;
          return;
        }
        if (tag === "TABLE") {
          tableDepth++;
          if (tableDepth === 1) {
            flush();
            g.blank();
            table = { no: ++tableNo, rowNo: 0, row: null, col: 1, spans: new Map(), cell: null };
            return;
          }
        }
        if (table && tableDepth === 1) {
          if (tag === "TR") {
            endRow(table);
            table.rowNo++;
            table.row = [];
            table.col = 1;
            return;
          }
          if ((tag === "TD" || tag === "TH") && table.row) {
            endCell(table);
            table.cell = { parts: [], colspan: spanOf(attrs.colspan, 1000), rowspan: spanOf(attrs.rowspan, 65534) };
            return;
          }
        }
        const out = sink();
        if (!out) return;
        if (tag === "BR") out.push("\n");
        else if (BLOCK.has(tag)) out.push("\n");
      },
      close(tag) {
        if (skip) {
          if (!VOID.has(tag)) skip--;
          return;
        }
        if (tag === "TABLE" && tableDepth > 0) {
          tableDepth--;
          if (tableDepth === 0 && table) {
            endRow(table);
            table = null;
            g.blank();
            return;
          }
        }
        if (table && tableDepth === 1) {
          if (tag === "TR") return endRow(table);
          if (tag === "TD" || tag === "TH") return endCell(table);
        }
        if (tag === "BR") {
          if (!skip) sink()?.push("\n"); // </br> is a line break, as browsers read it
          return;
        }
        const out = sink();
        if (out && BLOCK.has(tag)) out.push("\n");
      },
      text(data) {
        if (skip) return;
        const out = sink();
        if (out) out.push(data.replace(/[ \t\r\n\f]+/g, " "));
      },
  };
  try {
    tokenize(text, handler);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError("read/corrupt", `HTML 无法解析（${(e as Error).message}）`, `the HTML cannot be parsed (${(e as Error).message})`);
  }
  flush();
  const grid = g.build(source, "html", { encoding });
  if (grid.rows.length === 0) throw new ReadError("read/empty", "HTML 文件没有任何文字", "the HTML file holds no text");
  return grid;
}
