/**
 * Generates the hostile inputs of issue 10 into a folder (never committed: some are tens of MB,
 * one inflates to a gigabyte). `small: true` gives the same cases at a size a unit test can afford
 * (used with lowered limits); the full set is for measuring time and peak memory:
 *
 *   npx tsx scripts/hostile.ts OUT_DIR [--small]
 *   for f in OUT_DIR/*; do /usr/bin/time -v node bin/kpi-audit.js parse "$f" -j 1 > /dev/null; done
 *
 * Cases: a folder that cannot be opened, a symlink loop, a dangling symlink, a FIFO, a link to
 * /dev/zero, a workbook with a full sheet (1,048,576 rows), a sparse sheet claiming the whole grid,
 * a merged range over the whole grid, a zip bomb, formulas with no cached value, HTML nested 10,000
 * deep, 100,000 unclosed <div>, rowspan × colspan, DOCX tables nested 50 deep, a large text file,
 * formula injection and terminal escapes in a form's text.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync, rmSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createDeflateRaw } from "node:zlib";
import JSZip from "jszip";
import ExcelJS from "exceljs";

const FORM = "test/fixtures/formats/ningxia-target-004.txt";

export interface HostileOptions {
  small?: boolean;
}

/** deflate `size` bytes of one repeated byte as a stream (never holds them) */
async function deflateRepeated(byte: string, size: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(Math.min(size, 16 << 20), byte);
  for (let left = size; left > 0; left -= chunk.length) {
    if (!z.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => z.once("drain", r));
  }
  await new Promise<void>((r) => z.end(r));
  return Buffer.concat(out);
}

const CT_XLSX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;

/** a minimal workbook around the given sheet XML */
export async function workbook(sheetXml: string | Buffer): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CT_XLSX);
  zip.file("_rels/.rels", RELS);
  zip.file("xl/workbook.xml", WB);
  zip.file("xl/_rels/workbook.xml.rels", WB_RELS);
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** a zip bomb shaped like a workbook: its sheet inflates to `size` bytes of spaces */
export async function zipBomb(size: number): Promise<Buffer> {
  const ok = await workbook(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData></worksheet>`);
  // replace the sheet's data by a deflated run of spaces (a valid stream, lying about nothing)
  const zip = await JSZip.loadAsync(ok);
  const data = await deflateRepeated(" ", size);
  zip.file("xl/worksheets/sheet1.xml", data, { binary: true, compression: "STORE" });
  const stored = await zip.generateAsync({ type: "nodebuffer" });
  // mark the stored entry as deflated: patch method 0 → 8 and the uncompressed size in both headers
  return markDeflated(stored, "xl/worksheets/sheet1.xml", size);
}

function markDeflated(buf: Buffer, name: string, size: number): Buffer {
  const b = Buffer.from(buf);
  for (let i = 0; i + 46 < b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50 && b.toString("utf8", i + 30, i + 30 + b.readUInt16LE(i + 26)) === name) {
      b.writeUInt16LE(8, i + 8);
      b.writeUInt32LE(Math.min(size, 0xfffffffe), i + 22);
    } else if (sig === 0x02014b50 && b.toString("utf8", i + 46, i + 46 + b.readUInt16LE(i + 28)) === name) {
      b.writeUInt16LE(8, i + 10);
      b.writeUInt32LE(Math.min(size, 0xfffffffe), i + 24);
    }
  }
  return b;
}

function fullSheet(rows: number): string {
  const parts: string[] = [SHEET_HEAD];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  return parts.join("");
}

const DOCX_CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export async function docx(bodyXml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", DOCX_CT);
  zip.file("_rels/.rels", DOCX_RELS);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

/** tables nested `depth` deep, with a real form table as the outermost one */
export function nestedTablesBody(depth: number): string {
  let inner = p("最里层");
  for (let i = 0; i < depth; i++) inner = `<w:tbl><w:tr><w:tc>${p(`第${depth - i}层`)}${inner}</w:tc></w:tr></w:tbl>${p("")}`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;
  const form = `<w:tbl>${row(["项目名称", "嵌套表格测试项目"])}${row(["主管部门", "某县某局"])}${row(["一级指标", "二级指标", "三级指标", "指标值"])}${row(["产出指标", "数量指标", "完成数量", "10个"])}<w:tr><w:tc>${p("附")}${inner}</w:tc></w:tr></w:tbl>`;
  return p("项目支出绩效目标表") + form;
}

/** a form whose texts carry spreadsheet formulas and terminal escape sequences */
export function injectionForm(): string {
  return readFileSync(FORM, "utf8")
    .replace("2022 年执法办案管理中心项目", "\u001b]8;;http://example.invalid\u0007点我\u001b]8;;\u0007\u001b[2J\u001b[31m执法中心项目")
    .replace("完成改造执法管理中心项目", '=HYPERLINK("http://example.invalid","详情")')
    .replace("工程质量达到图纸设计要求", "=cmd|' /C calc'!A0")
    .replace("3374平方米", "@SUM(1+1)");
}

export async function makeHostile(dir: string, opts: HostileOptions = {}): Promise<string[]> {
  const small = !!opts.small;
  if (existsSync(dir)) {
    // a folder left by an earlier run may hold a chmod-000 folder
    const walkChmod = (d: string) => {
      try {
        chmodSync(d, 0o755);
        for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walkChmod(join(d, e.name));
      } catch {
        /* gone */
      }
    };
    walkChmod(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const made: string[] = [];
  const put = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    made.push(name);
  };
  const form = readFileSync(FORM);
  put("good-form.txt", form);
  // folders and links
  mkdirSync(join(dir, "locked"));
  writeFileSync(join(dir, "locked", "inside.txt"), form);
  chmodSync(join(dir, "locked"), 0o000);
  symlinkSync(".", join(dir, "loop-link"));
  symlinkSync("a-b-link", join(dir, "b-a-link"));
  symlinkSync("b-a-link", join(dir, "a-b-link"));
  symlinkSync("no-such-target.txt", join(dir, "dangling-link.txt"));
  symlinkSync("/dev/zero", join(dir, "dev-zero-link"));
  symlinkSync("good-form.txt", join(dir, "linked-form.txt"));
  try {
    execFileSync("mkfifo", [join(dir, "pipe.fifo")]);
  } catch {
    /* no mkfifo on this system */
  }
  made.push("locked/", "loop-link", "a-b-link", "b-a-link", "dangling-link.txt", "dev-zero-link", "linked-form.txt", "pipe.fifo");
  // workbooks
  put("full-sheet.xlsx", await workbook(fullSheet(small ? 20_000 : 1_048_576)));
  put("sparse-claim.xlsx", await workbook(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末格</t></is></c></row></sheetData></worksheet>`));
  put("huge-merge.xlsx", await workbook(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`));
  put("zip-bomb.xlsx", await zipBomb(small ? 40 << 20 : 1 << 30));
  {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync("test/fixtures/formats/ningxia-target-004.xlsx") as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let n = 0;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (n < 2 && typeof cell.value === "string" && /^[≥≤]?\d+(\.\d+)?%$/.test(cell.value)) {
          // the value becomes a formula saved without its result (as some generators write them)
          cell.value = { formula: `${cell.value.replace(/[≥≤%]/g, "")}/100` } as ExcelJS.CellFormulaValue;
          n++;
        }
      });
    });
    put("formula-no-cache.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
  }
  // HTML
  const deep = small ? 10_000 : 10_000;
  put("deep-nesting.html", `<html><body><table><tr><td>项目名称</td><td>深层嵌套</td></tr></table>${"<div>".repeat(deep)}深处的文字${"</div>".repeat(deep)}</body></html>`);
  put("unclosed-divs.html", `<html><body><p>项目支出绩效目标表</p>${"<div>x".repeat(small ? 20_000 : 100_000)}</body></html>`);
  put("unmatched-close.html", `<html><body>${"<span>".repeat(small ? 20_000 : 100_000)}文字${"</div>".repeat(small ? 20_000 : 100_000)}</body></html>`);
  put("span-blowup.html", `<html><body><table>${'<tr><td rowspan="65534" colspan="1000">x</td></tr>'.repeat(small ? 30 : 60)}</table></body></html>`);
  // DOCX
  put("nested-tables.docx", await docx(nestedTablesBody(50)));
  put("deep-xml.docx", await docx(`${"<w:sdt><w:sdtContent>".repeat(3000)}${p("深")}${"</w:sdtContent></w:sdt>".repeat(3000)}`));
  put("gridspan-blowup.docx", await docx(`<w:tbl>${`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>${p("x")}</w:tc></w:tr>`.repeat(200)}</w:tbl>`));
  // a large text file: the bundled corpus repeated
  {
    const corpus = readdirSync("corpus").filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => readFileSync(join("corpus", f), "utf8")).join("\n");
    const target = small ? 2 << 20 : 50 << 20;
    const copies = Math.max(1, Math.ceil(target / Buffer.byteLength(corpus)));
    put("large-text.txt", Array.from({ length: copies }, () => corpus).join("\n"));
  }
  put("injection-form.txt", injectionForm());
  return made;
}

if (process.argv[1] && /hostile\.ts$/.test(process.argv[1])) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/hostile.ts OUT_DIR [--small]\n");
    process.exit(2);
  }
  const made = await makeHostile(out, { small: process.argv.includes("--small") });
  process.stdout.write(made.join("\n") + "\n");
}
