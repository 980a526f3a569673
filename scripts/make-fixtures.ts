/**
 * Builds the file-format fixtures in test/fixtures/formats/ from real forms of the corpus:
 *   <name>.txt   the form's corpus lines, as they are (TAB-separated text; the reference)
 *   <name>.xlsx  one worksheet cell per TAB cell, label cells that span rows/columns merged,
 *                thin borders on the form's table, numbers stored as numbers with a number format
 *   <name>.pdf   LibreOffice's PDF export of the .xlsx (ruled table, wrapped cells)
 *   <name>.html  the same table as HTML with rowspan/colspan
 *   <name>.docx  LibreOffice's Word export of the .html
 * plus a multi-form/multi-sheet workbook (and its PDF), a GB18030 text copy, a GBK HTML copy and
 * broken files (empty, truncated PDF, ZIP of junk named .xlsx, binary junk, a PDF without text
 * layer, an encrypted PDF).
 *
 * Needs LibreOffice (soffice), fonts-noto-cjk and iconv at generation time only; the outputs are
 * committed and the tests never run LibreOffice. Run: npx tsx scripts/make-fixtures.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test/fixtures/formats");
const CORPUS = join(ROOT, "corpus");

/** a merged range in corpus coordinates: source line numbers and 1-based TAB-cell columns */
type Merge = [line0: number, col0: number, line1: number, col1: number];

interface FormSpec {
  name: string;
  file: string;
  lines: [number, number];
  /** lines of the ruled table (inclusive) */
  table: [number, number];
  merges: Merge[];
  /** a formula to put in a cell (its cached result must be the cell's text) */
  formulas?: { line: number; col: number; formula: string }[];
}

const FORMS: FormSpec[] = [
  {
    name: "shanxi-target-000",
    file: "000",
    lines: [484, 515],
    table: [488, 514],
    merges: [
      [488, 1, 488, 3],
      [488, 4, 488, 8],
      [491, 1, 496, 3],
      [497, 1, 497, 3],
      [497, 4, 497, 8],
      [498, 1, 498, 3],
      [498, 4, 498, 8],
      [499, 1, 499, 3],
      [499, 4, 499, 8],
      [500, 1, 500, 3],
      [500, 4, 500, 8],
      [501, 1, 501, 3],
      [501, 4, 501, 8],
      [503, 2, 503, 5],
      [503, 6, 503, 8],
      [504, 1, 513, 1],
      [505, 2, 508, 2],
      [509, 2, 512, 2],
    ],
    formulas: [{ line: 494, col: 5, formula: "E491-E492-E493-E495" }],
  },
  {
    name: "shanxi-self-assessment-002",
    file: "002",
    lines: [585, 611],
    table: [589, 611],
    merges: [
      [589, 1, 589, 2],
      [589, 3, 589, 10],
      [590, 1, 590, 2],
      [590, 3, 590, 5],
      [590, 7, 590, 10],
      [591, 1, 593, 1],
      [591, 2, 591, 3],
      [596, 2, 596, 4],
      [596, 5, 596, 10],
      [597, 1, 602, 1],
      [598, 2, 601, 2],
      [605, 1, 611, 1],
      [605, 2, 608, 2],
      [605, 4, 605, 10],
      [606, 4, 606, 10],
      [607, 4, 607, 10],
      [608, 4, 608, 10],
      [609, 4, 609, 10],
      [610, 4, 610, 10],
      [611, 4, 611, 10],
    ],
  },
  {
    name: "weighted-self-assessment-002",
    file: "002",
    lines: [1836, 1869],
    table: [1840, 1869],
    merges: [
      [1840, 2, 1840, 10],
      [1842, 1, 1846, 1],
      [1849, 1, 1858, 1],
    ],
  },
  {
    name: "ningxia-target-004",
    file: "004",
    lines: [3, 25],
    table: [7, 25],
    merges: [
      [7, 2, 7, 5],
      [10, 1, 12, 1],
      [13, 2, 13, 5],
      [16, 1, 25, 1],
      [16, 2, 20, 2],
      [21, 2, 23, 2],
      [24, 2, 25, 2],
    ],
  },
];

function corpusLines(file: string): string[] {
  const name = readdirSync(CORPUS).find((f) => f.startsWith(`${file}_`));
  if (!name) throw new Error(`corpus file ${file} not found`);
  return readFileSync(join(CORPUS, name), "utf8").split("\n");
}

interface Sheet {
  /** cells[rowIndex][colIndex] (0-based), from the TAB cells */
  cells: string[][];
  spec: FormSpec;
}

function formSheet(spec: FormSpec): Sheet {
  const all = corpusLines(spec.file);
  const cells = all.slice(spec.lines[0] - 1, spec.lines[1]).map((l) => (l.trim() === "" ? [] : l.split("\t").map((c) => c.trim())));
  for (const [l0, c0, l1, c1] of spec.merges) {
    for (let l = l0; l <= l1; l++)
      for (let c = c0; c <= c1; c++) {
        if (l === l0 && c === c0) continue;
        const t = cells[l - spec.lines[0]]?.[c - 1] ?? "";
        if (t !== "") throw new Error(`${spec.name}: merge ${l0},${c0}-${l1},${c1} would cover "${t}" at line ${l} col ${c}`);
      }
  }
  return { cells, spec };
}

/** store numbers as numbers with the format that shows them as written */
function typed(text: string): { value: ExcelJS.CellValue; numFmt?: string } {
  if (/^-?\d{1,3}(,\d{3})+$/.test(text)) return { value: Number(text.replace(/,/g, "")), numFmt: "#,##0" };
  if (/^-?\d+\.\d*0$/.test(text)) return { value: Number(text), numFmt: `0.${"0".repeat(text.split(".")[1].length)}` };
  if (/^-?(0|[1-9]\d{0,11})(\.\d+)?$/.test(text)) return { value: Number(text) };
  const pct = /^(\d+(?:\.(\d+))?)%$/.exec(text);
  if (pct) return { value: Number(pct[1]) / 100, numFmt: pct[2] ? `0.${"0".repeat(pct[2].length)}%` : "0%" };
  return { value: text };
}

const widthOf = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1.1), 0);
const COL_WIDTH = 14;

function addFormToSheet(ws: ExcelJS.Worksheet, sheet: Sheet, rowOffset: number): void {
  const { cells, spec } = sheet;
  const ncols = Math.max(...cells.map((r) => r.length));
  for (let c = 1; c <= ncols; c++) ws.getColumn(c).width = COL_WIDTH;
  const mergeAt = (l: number, c: number) => spec.merges.find(([l0, c0, l1, c1]) => l >= l0 && l <= l1 && c >= c0 && c <= c1);
  cells.forEach((rowCells, i) => {
    const line = spec.lines[0] + i;
    const r = rowOffset + i + 1;
    const row = ws.getRow(r);
    const inTable = line >= spec.table[0] && line <= spec.table[1];
    let lines = 1;
    rowCells.forEach((text, j) => {
      if (text === "") return;
      const cell = row.getCell(j + 1);
      const f = spec.formulas?.find((x) => x.line === line && x.col === j + 1);
      const t = typed(text);
      cell.value = f ? { formula: shift(f.formula, rowOffset - (spec.lines[0] - 1)), result: t.value as number } : t.value;
      if (t.numFmt) cell.numFmt = t.numFmt;
      const m = mergeAt(line, j + 1);
      const span = m && m[0] === line ? m[3] - m[1] + 1 : 1;
      const rows = m && m[0] === line ? m[2] - m[0] + 1 : 1;
      if (inTable) lines = Math.max(lines, Math.ceil(widthOf(text) / (COL_WIDTH * span - 1) / rows));
    });
    for (let c = 1; c <= ncols; c++) {
      const cell = row.getCell(c);
      cell.font = { name: "Noto Sans CJK SC", size: 10 };
      cell.alignment = { wrapText: inTable, vertical: "middle" };
      if (inTable) cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }
    row.height = Math.max(15, lines * 14 + 4);
  });
  for (const [l0, c0, l1, c1] of spec.merges) {
    ws.mergeCells(rowOffset + l0 - spec.lines[0] + 1, c0, rowOffset + l1 - spec.lines[0] + 1, c1);
  }
}

/** move the row numbers of a formula like "E491-E492" into sheet rows */
function shift(formula: string, delta: number): string {
  return formula.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) + delta}`);
}

function setupPage(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
  ws.headerFooter = { oddHeader: "", oddFooter: "&C第 &P 页" };
}

async function writeXlsx(path: string, sheets: { name: string; forms: Sheet[] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kpi-audit fixtures";
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    setupPage(ws);
    let offset = 0;
    for (const f of s.forms) {
      addFormToSheet(ws, f, offset);
      offset += f.cells.length + 2;
    }
  }
  await wb.xlsx.writeFile(path);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function toHtml(sheet: Sheet, charset = "utf-8"): string {
  const { cells, spec } = sheet;
  const ncols = Math.max(...cells.map((r) => r.length));
  const parts: string[] = [`<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>${esc(spec.name)}</title></head><body>`];
  let open = false;
  cells.forEach((rowCells, i) => {
    const line = spec.lines[0] + i;
    const inTable = line >= spec.table[0] && line <= spec.table[1];
    if (!inTable) {
      if (open) parts.push("</table>");
      open = false;
      const text = rowCells.filter((c) => c !== "").join(" ");
      if (text) parts.push(`<p>${esc(text)}</p>`);
      return;
    }
    if (!open) parts.push('<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse">');
    open = true;
    const tds: string[] = [];
    for (let c = 1; c <= ncols; c++) {
      const covering = spec.merges.find(([l0, c0, l1, c1]) => line >= l0 && line <= l1 && c >= c0 && c <= c1);
      if (covering && !(covering[0] === line && covering[1] === c)) continue;
      const span = covering ? ` rowspan="${covering[2] - covering[0] + 1}" colspan="${covering[3] - covering[1] + 1}"` : "";
      tds.push(`<td${span}>${esc(rowCells[c - 1] ?? "")}</td>`);
    }
    parts.push(`<tr>${tds.join("")}</tr>`);
  });
  if (open) parts.push("</table>");
  parts.push("</body></html>\n");
  return parts.join("\n");
}

function soffice(args: string[], cwd: string): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], { cwd, stdio: "pipe", timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** a one-page PDF whose only content is an image and a filled rectangle: no text layer */
function imageOnlyPdf(): Buffer {
  const w = 16;
  const h = 16;
  const pixels = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) pixels[y * w + x] = (x + y) % 2 ? 0x20 : 0xe0;
  const content = "q 0.9 g 50 500 300 200 re f Q q 200 0 0 200 100 250 cm /Im1 Do Q";
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    null, // image, binary
  ];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let pos = chunks[0].length;
  objs.forEach((o, i) => {
    offsets.push(pos);
    const body =
      o === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`, "latin1"), pixels, Buffer.from("\nendstream\nendobj\n", "latin1")])
        : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1");
    chunks.push(body);
    pos += body.length;
  });
  const xref = [`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${pos}\n%%EOF\n`, "latin1"));
  return Buffer.concat(chunks);
}

/** deterministic pseudo-random bytes */
function junkBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "kpi-fixtures-"));
  try {
    const sheets = FORMS.map(formSheet);
    for (const s of sheets) {
      const { name } = s.spec;
      const lines = corpusLines(s.spec.file).slice(s.spec.lines[0] - 1, s.spec.lines[1]);
      writeFileSync(join(OUT, `${name}.txt`), lines.join("\n") + "\n");
      await writeXlsx(join(work, `${name}.xlsx`), [{ name: "Sheet1", forms: [s] }]);
      writeFileSync(join(work, `${name}.html`), toHtml(s));
      soffice(["--convert-to", "pdf", `${name}.xlsx`], work);
      soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", `${name}.html`], work);
      for (const ext of ["xlsx", "pdf", "html", "docx"]) copyFileSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`));
      console.log(`built ${name}`);
    }
    // several forms on one sheet, several sheets in one file
    const [t000, sa002, w002, t004] = sheets;
    await writeXlsx(join(work, "multi.xlsx"), [
      { name: "目标表", forms: [t000, t004] },
      { name: "自评表", forms: [sa002, w002] },
    ]);
    soffice(["--convert-to", "pdf", "multi.xlsx"], work);
    copyFileSync(join(work, "multi.xlsx"), join(OUT, "multi.xlsx"));
    copyFileSync(join(work, "multi.pdf"), join(OUT, "multi.pdf"));
    // encodings
    execFileSync("sh", ["-c", `iconv -f utf-8 -t gb18030 "${join(OUT, "ningxia-target-004.txt")}" > "${join(OUT, "ningxia-target-004.gb18030.txt")}"`]);
    writeFileSync(join(work, "gbk.html"), toHtml(t004, "gbk"));
    execFileSync("sh", ["-c", `iconv -f utf-8 -t gbk "${join(work, "gbk.html")}" > "${join(OUT, "ningxia-target-004.gbk.html")}"`]);
    // broken files
    writeFileSync(join(OUT, "broken-empty.pdf"), Buffer.alloc(0));
    const pdf = readFileSync(join(OUT, "shanxi-target-000.pdf"));
    writeFileSync(join(OUT, "broken-truncated.pdf"), pdf.subarray(0, Math.floor(pdf.length * 0.4)));
    const zip = new JSZip();
    zip.file("junk.bin", junkBytes(2048, 7));
    zip.file("readme.txt", "not a workbook");
    writeFileSync(join(OUT, "broken-junk.xlsx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    writeFileSync(join(OUT, "broken-binary.dat"), junkBytes(4096, 11));
    writeFileSync(join(OUT, "broken-notext.pdf"), imageOnlyPdf());
    try {
      const opts = JSON.stringify({ EncryptFile: { type: "boolean", value: "true" }, DocumentOpenPassword: { type: "string", value: "secret" } });
      soffice(["--convert-to", `pdf:calc_pdf_Export:${opts}`, "--outdir", join(work, "enc"), "ningxia-target-004.xlsx"], work);
      copyFileSync(join(work, "enc", "ningxia-target-004.pdf"), join(OUT, "broken-encrypted.pdf"));
    } catch (e) {
      console.warn(`no encrypted PDF: ${(e as Error).message}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
