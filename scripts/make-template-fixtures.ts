/**
 * Builds the template fixtures in test/fixtures/templates/<id>/ from each template's own data
 * description (template.ts there):
 *   <id>.txt        the grid as pdftotext-like text: cells separated by TABs, merged cells printed
 *                   once, plus the template's text-only mess (wrapped cells continued on the next
 *                   line, shifted cells, labels printed in pieces, page breaks with the header row
 *                   repeated)
 *   <id>.xlsx       the same grid as a workbook (exceljs): merged ranges, thin borders, wrap text
 *   <id>.pdf        (templates with `pdf: true`, when LibreOffice is installed) printed from a copy
 *                   of the workbook with no borders, narrow columns and wrap text on, so cells wrap
 *                   over two or three lines
 *   expected.json   the template's hand-written expectations (its `forms`), serialised
 *
 * Run: npx tsx scripts/make-template-fixtures.ts [template-id…]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { CellSpec, Row, RowSpec, SheetSpec, TemplateSpec } from "../test/fixtures/templates/lib.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATES_DIR = join(ROOT, "test/fixtures/templates");

interface Placed {
  r: number;
  c: number;
  rs: number;
  cs: number;
  spec: Exclude<CellSpec, null>;
}

function rowSpec(row: Row): RowSpec {
  return Array.isArray(row) ? { cells: row } : row;
}

function cellValue(spec: Exclude<CellSpec, null>): string | number {
  return typeof spec === "object" ? spec.v : spec;
}

/** HTML-table placement: each cell takes the next slot not covered by a span from above/left */
function place(rows: RowSpec[]): Placed[] {
  const occupied = new Set<string>();
  const out: Placed[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const spec of row.cells) {
      if (spec === null) continue;
      while (occupied.has(`${r},${c}`)) c++;
      const rs = typeof spec === "object" ? (spec.rs ?? 1) : 1;
      const cs = typeof spec === "object" ? (spec.cs ?? 1) : 1;
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) occupied.add(`${r + i},${c + j}`);
      out.push({ r, c, rs, cs, spec });
      c += cs;
    }
  });
  return out;
}

/** the sheet as pdftotext-like lines */
export function sheetText(sheet: SheetSpec): string {
  const rows = sheet.rows.map(rowSpec);
  const placed = place(rows);
  const lines: string[][] = rows.map(() => []);
  const conts: Map<number, string[]> = new Map();
  const put = (arr: string[], c: number, s: string) => {
    while (arr.length <= c) arr.push("");
    arr[c] = arr[c] ? `${arr[c]}${s}` : s;
  };
  for (const p of placed) {
    const v = typeof p.spec === "object" && p.spec.tv !== undefined ? p.spec.tv : String(cellValue(p.spec));
    if (typeof p.spec === "object" && (p.spec.parts || p.spec.at)) {
      const at = p.spec.at ?? 0;
      const parts = p.spec.parts ?? [v];
      if (parts.join("") !== v) throw new Error(`${sheet.name}: parts ${parts.join("/")} do not spell ${v}`);
      parts.forEach((part, i) => put(lines[Math.min(p.r + at + i, p.r + p.rs - 1)], p.c, part));
      continue;
    }
    if (typeof p.spec === "object" && p.spec.cont) {
      put(lines[p.r], p.c, v.slice(0, v.length - p.spec.cont.length));
      const extra = conts.get(p.r) ?? [];
      put(extra, p.c, p.spec.cont);
      conts.set(p.r, extra);
      continue;
    }
    put(lines[p.r], p.c, v);
  }
  const out: string[] = [];
  rows.forEach((row, r) => {
    let cells = lines[r];
    if (row.shift) {
      cells = [...cells];
      if (row.shift.by === 1) cells.splice(row.shift.at, 0, "");
      else if (cells[row.shift.at] === "") cells.splice(row.shift.at, 1);
      else throw new Error(`${sheet.name} row ${r + 1}: left shift at a non-empty cell`);
    }
    const trimmed = trimEnd(cells);
    out.push(`${row.pageBreak ? "\f" : ""}${trimmed.join("\t")}`);
    const extra = conts.get(r);
    if (extra) out.push(trimEnd(extra).join("\t"));
  });
  return out.join("\n") + "\n";
}

function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return cells.slice(0, n);
}

/** display width in CJK characters: CJK and full-width 1, others ½ */
function charWidth(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.5;
}

/** a cell's text broken into lines of at most `width` CJK characters */
function wrapText(s: string, width: number): string[] {
  const out: string[] = [];
  let cur = "";
  let w = 0;
  for (const ch of s) {
    if (cur && w + charWidth(ch) > width) {
      out.push(cur);
      cur = "";
      w = 0;
    }
    cur += ch;
    w += charWidth(ch);
  }
  if (cur) out.push(cur);
  return out;
}

/** pdftotext puts a space where the font changes between a Latin run and Chinese ("≥100 项", "落实 90 名") */
function latinSpacing(s: string): string {
  return s.replace(/([0-9A-Za-z])(?=[\u4e00-\u9fff])/g, "$1 ").replace(/([\u4e00-\u9fff])(?=[0-9A-Za-z])/g, "$1 ");
}

/**
 * The cells printed on row `r` of a text rendering, left to right, with their printed text: a cell
 * spanning rows is printed on its first row (or the row `at` of its span).
 */
function printedOn(placed: Placed[], r: number): { p: Placed; v: string }[] {
  return placed
    .filter((p) => p.r + Math.min(typeof p.spec === "object" ? (p.spec.at ?? 0) : 0, p.rs - 1) === r)
    .sort((a, b) => a.c - b.c)
    .map((p) => ({ p, v: typeof p.spec === "object" && p.spec.tv !== undefined ? p.spec.tv : String(cellValue(p.spec)) }));
}

/**
 * The sheet as pdftotext prints a form without drawn borders: one space between cells, each cell
 * wrapped to the width of the columns it spans and centred on the lines of its row, a blank line
 * between rows. A cell spanning rows is printed on its first row (or the row `at` of its span).
 */
export function spacedSheetText(sheet: SheetSpec): string {
  const rows = sheet.rows.map(rowSpec);
  const placed = place(rows);
  const colWidth = sheet.widths.map((w) => w / 2);
  const out: string[] = [];
  rows.forEach((row, r) => {
    const here = printedOn(placed, r)
      .map(({ p, v }) => {
        const width = colWidth.slice(p.c, p.c + p.cs).reduce((a, b) => a + b, 0);
        return wrapText(v, width).map(latinSpacing);
      })
      .filter((lines) => lines.length > 0);
    const height = Math.max(0, ...here.map((l) => l.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      const pieces = here.flatMap((l) => {
        const from = Math.floor((height - l.length) / 2);
        return k >= from && k < from + l.length ? [l[k - from]] : [];
      });
      lines.push(pieces.join(" "));
    }
    if (out.length && lines.length) out.push("");
    if (row.pageBreak && lines.length) lines[0] = "\f" + lines[0];
    out.push(...lines);
  });
  return out.join("\n") + "\n";
}

/**
 * The sheet as `pdftotext -layout` prints a form without drawn borders: each cell wrapped to the
 * width of the columns it spans and printed from its row's first line (top-aligned), every piece
 * padded with spaces to where its column starts (a CJK character two monospace columns, others
 * one; two spaces between columns), no blank line between rows. Unlike the raw mode, -layout puts
 * no space between a Latin run and Chinese inside a cell ("≥26个", "2025年8月底前").
 */
export function layoutSheetText(sheet: SheetSpec): string {
  const rows = sheet.rows.map(rowSpec);
  const placed = place(rows);
  const start: number[] = [];
  sheet.widths.reduce((x, w, k) => ((start[k] = x), x + w + 2), 0);
  const out: string[] = [];
  rows.forEach((row, r) => {
    const here = printedOn(placed, r)
      .map(({ p, v }) => {
        const width = sheet.widths.slice(p.c, p.c + p.cs).reduce((a, b) => a + b, 0) / 2 + (p.cs - 1);
        return { col: start[p.c], lines: wrapText(v, width) };
      })
      .filter((x) => x.lines.length > 0);
    const height = Math.max(0, ...here.map((x) => x.lines.length));
    for (let k = 0; k < height; k++) {
      let line = "";
      let w = 0;
      for (const x of here) {
        const piece = x.lines[k];
        if (piece === undefined) continue;
        const pad = line ? Math.max(2, x.col - w) : x.col;
        line += " ".repeat(pad) + piece;
        w += pad + [...piece].reduce((n, ch) => n + charWidth(ch) * 2, 0);
      }
      out.push((k === 0 && row.pageBreak ? "\f" : "") + line.replace(/\s+$/, ""));
    }
  });
  return out.join("\n") + "\n";
}

export function templateText(t: TemplateSpec): string {
  return t.sheets.map(t.text === "spaced" ? spacedSheetText : t.text === "layout" ? layoutSheetText : sheetText).join("\f");
}

const THIN = { style: "thin" as const };

/**
 * The font of the printed (PDF) copy. A workbook names one font per cell, and LibreOffice uses it
 * for the CJK text too; without a CJK font installed it falls back to DejaVu Sans, which has no
 * Chinese glyphs: the PDF then shows empty boxes and its line breaks follow the wrong widths.
 * Debian/Ubuntu package: fonts-wqy-microhei.
 */
export const PDF_FONT = "WenQuanYi Micro Hei";

const PDF_FONT_SIZE = 10;
/** line height of the PDF font (points) and the cell's vertical padding */
const LINE_PT = PDF_FONT_SIZE * 1.3;
const PAD_PT = 3;

/** printed width of a text in points at PDF_FONT_SIZE: CJK and full-width 1 em, others about ½ em */
function textPt(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? PDF_FONT_SIZE : PDF_FONT_SIZE * 0.58;
  return w;
}

/**
 * Row heights that fit the wrapped text, as a person preparing the print would set them: Excel
 * and LibreOffice fit a row to its single cells but never to a merged cell, whose text would
 * otherwise overflow onto the rows below. A column of width w (characters) prints about 7w points
 * wide in LibreOffice's PDF.
 */
function fitRowHeights(ws: ExcelJS.Worksheet, placed: Placed[], widths: number[]): void {
  const colPt = widths.map((w) => w * 7);
  const lines = (p: Placed): number => {
    const inner = colPt.slice(p.c, p.c + p.cs).reduce((a, b) => a + b, 0) - 4;
    const text = String(cellValue(p.spec));
    if (text === "") return 0;
    return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textPt(part) / inner)), 0);
  };
  const need = (p: Placed) => lines(p) * LINE_PT + PAD_PT;
  const heights: number[] = [];
  for (const p of placed) if (p.rs === 1) heights[p.r] = Math.max(heights[p.r] ?? LINE_PT + PAD_PT, need(p));
  for (const p of placed.filter((q) => q.rs > 1).sort((a, b) => a.r - b.r)) {
    for (let i = p.r; i < p.r + p.rs; i++) heights[i] ??= LINE_PT + PAD_PT;
    const have = heights.slice(p.r, p.r + p.rs).reduce((a, b) => a + b, 0);
    const missing = need(p) - have;
    if (missing > 0) for (let i = p.r; i < p.r + p.rs; i++) heights[i] += missing / p.rs;
  }
  heights.forEach((h, r) => {
    if (h !== undefined) ws.getRow(r + 1).height = Math.round(h * 4) / 4;
  });
}

/** the template as a workbook; `print` = borderless, narrow, wrapped copy for the PDF */
export async function templateWorkbook(t: TemplateSpec, print = false): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kpi-audit fixtures";
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const sheet of t.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: false, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } },
    });
    ws.columns = sheet.widths.map((w) => ({ width: print ? Math.max(4, Math.round(w * 0.45)) : w }));
    const rows = sheet.rows.map(rowSpec).filter((r) => !r.textOnly);
    const placed = place(rows);
    for (const p of placed) {
      const spec = p.spec;
      const v = cellValue(spec);
      const cell = ws.getCell(p.r + 1, p.c + 1);
      cell.value = v === "" ? null : v;
      if (p.rs > 1 || p.cs > 1) ws.mergeCells(p.r + 1, p.c + 1, p.r + p.rs, p.c + p.cs);
    }
    if (print) fitRowHeights(ws, placed, ws.columns.map((c) => c.width ?? 8));
    const tableRows = new Set<number>();
    for (const p of placed) if (!(p.c === 0 && p.cs >= sheet.widths.length)) for (let i = 0; i < p.rs; i++) tableRows.add(p.r + i);
    for (let r = 0; r < rows.length; r++) {
      const row = ws.getRow(r + 1);
      for (let c = 0; c < sheet.widths.length; c++) {
        const cell = row.getCell(c + 1);
        cell.alignment = { wrapText: true, vertical: "middle" };
        if (print) cell.font = { name: PDF_FONT, size: PDF_FONT_SIZE };
        if (!print && tableRows.has(r)) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      }
    }
  }
  return wb;
}

/** the PDF font is installed (fontconfig knows it); without it LibreOffice would print empty boxes */
function hasPdfFont(): boolean {
  try {
    return execFileSync("fc-list", [PDF_FONT], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function loadTemplates(only: string[] = []): Promise<TemplateSpec[]> {
  const ids = readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(TEMPLATES_DIR, d.name, "template.ts")))
    .map((d) => d.name)
    .filter((id) => only.length === 0 || only.includes(id))
    .sort();
  const out: TemplateSpec[] = [];
  for (const id of ids) {
    const mod = (await import(pathToFileURL(join(TEMPLATES_DIR, id, "template.ts")).href)) as { default: TemplateSpec };
    if (mod.default.id !== id) throw new Error(`template ${id}: id says ${mod.default.id}`);
    out.push(mod.default);
  }
  return out;
}

async function main(): Promise<void> {
  const templates = await loadTemplates(process.argv.slice(2));
  const soffice = hasSoffice();
  const font = soffice && hasPdfFont();
  if (soffice && !font && templates.some((t) => t.pdf)) console.warn(`font "${PDF_FONT}" not installed (fonts-wqy-microhei): PDFs skipped`);
  for (const t of templates) {
    const dir = join(TEMPLATES_DIR, t.id);
    writeFileSync(join(dir, `${t.id}.txt`), templateText(t));
    await (await templateWorkbook(t)).xlsx.writeFile(join(dir, `${t.id}.xlsx`));
    const expected = {
      template: t.id,
      title: t.title,
      note: "Written by hand in template.ts from what the forms say; never produced by kpi-audit.",
      forms: t.forms,
    };
    writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
    if (t.pdf && soffice && font) {
      const tmp = mkdtempSync(join(tmpdir(), "tplpdf-"));
      try {
        const x = join(tmp, `${t.id}.xlsx`);
        await (await templateWorkbook(t, true)).xlsx.writeFile(x);
        execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${tmp}/profile`, "--convert-to", "pdf", "--outdir", tmp, x], { stdio: "ignore", timeout: 120_000 });
        copyFileSync(join(tmp, `${t.id}.pdf`), join(dir, `${t.id}.pdf`));
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    } else if (t.pdf && !soffice) {
      console.warn(`${t.id}: soffice not found, PDF skipped`);
    }
    console.log(`${t.id}: ${t.forms.length} forms, ${t.forms.reduce((n, f) => n + f.indicators.length, 0)} indicators`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
