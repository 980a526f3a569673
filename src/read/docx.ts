/**
 * Word (.docx) reader: word/document.xml (jszip + fast-xml-parser, order preserved). Body
 * paragraphs outside tables become single-cell rows (titles such as "项目支出绩效目标表" matter
 * for segmentation); each table row becomes a Row with one cell per grid column, honouring
 * gridSpan (colspan), vMerge (rowspan) and gridBefore: covered positions repeat the anchor's
 * text with `merged: true`. Paragraphs inside one cell are joined like wrapped text. A blank row
 * separates consecutive tables and a table from the paragraphs around it.
 * Loc: table, row, col (1-based, col = grid column), line.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import type { Grid } from "./grid.js";
import { ReadError } from "./errors.js";
import { GridBuilder, joinWrapped, type CellIn } from "./geometry/builder.js";
import { shortReason } from "./xlsx.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { checkZip } from "./zip.js";

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ":@") ?? "";
const kids = (n: Node): Node[] => {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
const attr = (n: Node, name: string): string | undefined => n[":@"]?.[`@${name}`];
const child = (n: Node, tag: string): Node | undefined => kids(n).find((k) => tagOf(k) === tag);

/** text of a paragraph-ish subtree: w:t, tabs and breaks; deleted text and field codes skipped */
function runText(n: Node, out: string[]): void {
  const tag = tagOf(n);
  if (tag === "#text") {
    out.push(String(n["#text"]));
    return;
  }
  if (tag === "w:delText" || tag === "w:instrText" || tag === "w:del" || tag === "w:rPr" || tag === "w:pPr") return;
  if (tag === "w:tab") {
    out.push(" ");
    return;
  }
  if (tag === "w:br" || tag === "w:cr") {
    out.push("\n");
    return;
  }
  if (tag === "w:t") {
    for (const k of kids(n)) if (tagOf(k) === "#text") out.push(String(k["#text"]));
    return;
  }
  for (const k of kids(n)) runText(k, out);
}

function paragraphText(p: Node): string {
  const out: string[] = [];
  runText(p, out);
  return out.join("");
}

/** text of a table cell: its paragraphs (and nested tables' text) joined like wrapped text */
function cellText(tc: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    const tag = tagOf(n);
    if (tag === "w:p") parts.push(...paragraphText(n).split("\n"));
    else if (tag === "w:tcPr") return;
    else for (const k of kids(n)) walk(k);
  };
  for (const k of kids(tc)) walk(k);
  return joinWrapped(parts);
}

interface Slot {
  text: string;
  /** grid column of the anchor */
  anchorCol: number;
  /** table row (1-based) of the anchor */
  anchorRow: number;
}

function emitTable(g: GridBuilder, tbl: Node, tableNo: number): void {
  g.blank();
  let rowNo = 0;
  /** per grid column: the cell above, for vMerge continuation */
  const above = new Map<number, Slot>();
  const trs: Node[] = [];
  const collect = (n: Node) => {
    for (const k of kids(n)) {
      const t = tagOf(k);
      if (t === "w:tr") trs.push(k);
      else if (t === "w:sdt" || t === "w:sdtContent" || t === "w:customXml") collect(k);
    }
  };
  collect(tbl);
  for (const tr of trs) {
    rowNo++;
    const cells: CellIn[] = [];
    const trPr = child(tr, "w:trPr");
    const before = Math.min(MAX_SPAN, Math.max(0, Number(trPr ? attr(child(trPr, "w:gridBefore") ?? ({} as Node), "w:val") ?? 0 : 0) || 0));
    let col = 1;
    for (let i = 0; i < before; i++) cells.push({ text: "", loc: { table: tableNo, row: rowNo, col: col++ } });
    const tcs: Node[] = [];
    const collectTc = (n: Node) => {
      for (const k of kids(n)) {
        const t = tagOf(k);
        if (t === "w:tc") tcs.push(k);
        else if (t === "w:sdt" || t === "w:sdtContent" || t === "w:customXml") collectTc(k);
      }
    };
    collectTc(tr);
    for (const tc of tcs) {
      const pr = child(tc, "w:tcPr");
      const span = Math.min(MAX_SPAN, Math.max(1, Number(pr ? attr(child(pr, "w:gridSpan") ?? ({} as Node), "w:val") ?? 1 : 1) || 1));
      const vm = pr ? child(pr, "w:vMerge") : undefined;
      const vmVal = vm ? attr(vm, "w:val") : undefined;
      const continues = vm !== undefined && vmVal !== "restart";
      let slot: Slot;
      if (continues && above.has(col)) {
        slot = above.get(col)!;
      } else {
        slot = { text: cellText(tc), anchorCol: col, anchorRow: rowNo };
      }
      for (let k = 0; k < span; k++) {
        const c = col + k;
        const isAnchor = slot.anchorRow === rowNo && c === slot.anchorCol;
        const loc = { table: tableNo, row: rowNo, col: c };
        cells.push(!isAnchor && slot.text !== "" ? { text: slot.text, loc, merged: true } : { text: isAnchor ? slot.text : "", loc });
        above.set(c, slot);
      }
      col += span;
    }
    // columns this row does not reach end any vertical merge there
    for (const c of [...above.keys()]) if (c >= col) above.delete(c);
    g.add(cells, { table: tableNo, row: rowNo });
  }
  g.blank();
}

/** grid columns one cell may span (Word itself stops at 63) */
const MAX_SPAN = 1000;
/** XML nesting the reader accepts: a table nested in a table costs about four levels, so this is far
 *  above any real document, and low enough for the recursive walks below on any thread's stack */
const MAX_XML_DEPTH = 2000;

export async function readDocx(source: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid> {
  await checkZip(bytes, limits, "Word ");
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file("word/document.xml") ?? zip.file(/^word\/document\d*\.xml$/)[0];
    if (!entry) throw new Error("word/document.xml missing");
    xml = await entry.async("string");
  } catch (e) {
    throw new ReadError(
      "read/corrupt",
      `Word 文件已损坏或不是有效的 .docx（${shortReason(e)}）`,
      `the Word file is damaged or not a valid .docx (${shortReason(e)})`,
    );
  }
  let doc: Node[];
  try {
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "@", trimValues: false, processEntities: true, parseTagValue: false, parseAttributeValue: false, maxNestedTags: MAX_XML_DEPTH });
    doc = parser.parse(xml) as Node[];
  } catch (e) {
    if (/nested/i.test(shortReason(e))) {
      throw new ReadError("read/too-deep", `Word 文件的 XML 嵌套超过 ${MAX_XML_DEPTH} 层，未读取`, `the Word document's XML nests deeper than ${MAX_XML_DEPTH} levels; not read`);
    }
    throw new ReadError("read/corrupt", `Word 文件内容无法解析（${shortReason(e)}）`, `the Word document XML cannot be parsed (${shortReason(e)})`);
  }
  const document = doc.find((n) => tagOf(n) === "w:document");
  const body = document ? child(document, "w:body") : undefined;
  if (!body) throw new ReadError("read/corrupt", "Word 文件中没有正文（w:body）", "the Word document has no body");
  const g = new GridBuilder(limits.maxCells);
  let tableNo = 0;
  const walk = (n: Node) => {
    for (const k of kids(n)) {
      const t = tagOf(k);
      if (t === "w:p") {
        const text = paragraphText(k);
        if (text.trim() === "") g.blank();
        for (const line of text.split("\n")) g.addText(line, {});
      } else if (t === "w:tbl") {
        emitTable(g, k, ++tableNo);
      } else if (t === "w:sdt" || t === "w:sdtContent" || t === "w:customXml" || t === "w:ins") {
        walk(k);
      }
    }
  };
  walk(body);
  const grid = g.build(source, "docx");
  if (grid.rows.length === 0) throw new ReadError("read/empty", "Word 文件没有任何文字", "the Word document holds no text");
  return grid;
}
