/**
 * Letters to departments (退回修改): one Word document per department, a 绩效目标审核意见 (target
 * forms) or 自评复核意见 (self-assessments) a reviewer can sign and send. Built from the report
 * model only: the department, the forms reviewed, then per project every finding at warning and
 * error level in plain Chinese with where it is (file, line / page / cell, column) and what to
 * write instead, and a summary of counts. Bytes are deterministic (fixed dates, fixed ZIP order).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import JSZip from "jszip";
import type { FindingView, FormSection, ReportData } from "./model.js";
import { CATEGORY_ZH, SEVERITY_ZH, UNKNOWN_DEPARTMENT } from "./model.js";
import { packageRoot } from "../engine/paths.js";
import { ooxmlEntries, ooxmlStream, type EntryContent } from "./zip.js";
import { FIELD_NAMES_ZH } from "../engine/fields.js";

export interface Letter {
  department: string;
  /** file name inside the letters folder: "<department>.docx" with unsafe characters replaced */
  fileName: string;
  title: string;
  forms: number;
  findings: number;
  data: Uint8Array;
}

const adviceCache = new Map<string, string>();

/**
 * What to write instead, from the rule's doc page (section 审核人员应当), rephrased for the
 * department: "退回单位，改成…" → "改成…", "要求单位说明…" → "请说明…".
 */
export function ruleAdvice(ruleId: string): string {
  const hit = adviceCache.get(ruleId);
  if (hit !== undefined) return hit;
  let text = "";
  const p = join(packageRoot(), "rules", ruleId, "README.md");
  if (/^[a-z0-9-]+$/.test(ruleId) && existsSync(p)) {
    const md = readFileSync(p, "utf8");
    const m = /^## 审核人员应当\s*\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(md);
    if (m) text = forDepartment(m[1]);
  }
  adviceCache.set(ruleId, text);
  return text;
}

export function forDepartment(s: string): string {
  return s
    .replace(/`[^`]*`/g, "")
    .replace(/\s+/g, "")
    .replace(/^对照指出的另一处，/, "")
    .replace(/退回单位[，,；]?/g, "")
    .replace(/(要求|请|提示)单位/g, "请")
    .replace(/^，/, "")
    .trim();
}

const font = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
const para = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align,
    indent: opts.indent ? { firstLine: 480 } : undefined,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size, font })],
  });

function table(header: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21, font })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i)) }))],
  });
}

const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cnIndex = (i: number) => (i < 10 ? CN_NUM[i] : String(i + 1));

function formFindings(f: FormSection): FindingView[] {
  return [...f.rows.flatMap((r) => r.findings), ...f.formFindings].sort((a, b) => a.id - b.id);
}

/** where, for a department: file and place, and the column */
function where(x: FindingView, f: FormSection): string {
  const col = x.column ?? (x.field && x.field !== "form" ? FIELD_NAMES_ZH[x.field] : "");
  return [x.source === f.source ? "" : x.source, x.location, col].filter(Boolean).join(" ");
}

export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 80) || "未识别部门";
}

/** what a letter's opening and summary need of its department, gathered in one pass over the run */
interface Department {
  name: string;
  /** the documents that hold its forms, by number, in the run's order */
  docs: number[];
  forms: number;
  target: number;
  self: number;
  year: number | null;
  /** forms with a finding at warning or error level */
  toFix: number;
  counts: Record<"error" | "warning" | "info", number>;
  /** warning and error findings per category */
  cats: Map<string, number>;
}

/**
 * The departments in sorted order, each with what its letter's opening needs. One pass over the
 * documents notes per department the documents that hold its forms and its counts; each letter then
 * reads its forms from those documents alone, as it writes them (decision 111).
 */
function departments(model: ReportData): Department[] {
  const byName = new Map<string, Department>();
  let i = 0;
  for (const d of model.documents) {
    for (const f of d.forms) {
      let dep = byName.get(f.department);
      if (!dep) byName.set(f.department, (dep = { name: f.department, docs: [], forms: 0, target: 0, self: 0, year: null, toFix: 0, counts: { error: 0, warning: 0, info: 0 }, cats: new Map() }));
      if (dep.docs[dep.docs.length - 1] !== i) dep.docs.push(i);
      dep.forms++;
      if (f.kind === "target") dep.target++;
      else if (f.kind === "self-assessment") dep.self++;
      if (dep.year === null && f.year != null) dep.year = f.year;
      let fix = false;
      for (const x of formFindings(f)) {
        if (x.severity === "error" || x.severity === "warning" || x.severity === "info") dep.counts[x.severity]++;
        if (x.severity === "info") continue;
        fix = true;
        dep.cats.set(x.category, (dep.cats.get(x.category) ?? 0) + 1);
      }
      if (fix) dep.toFix++;
    }
    i++;
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** a department's forms in the run's order, read from the documents that hold them */
function* formsOf(model: ReportData, dep: Department): Generator<FormSection> {
  for (const k of dep.docs) for (const f of model.documents.at(k)!.forms) if (f.department === dep.name) yield f;
}

// ---------------------------------------------------------------------------------------------
// The letter is written as its forms are read: the XML of each paragraph and table row is docx's
// own, taken once from a document docx renders with marker texts in place of the texts (so the
// bytes are what docx writes for the whole letter), and the texts are escaped as docx escapes them.

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
/** text as docx writes it in an element: the five XML escapes, and control characters XML cannot hold dropped */
export const docxText = (s: string): string => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => XML_ESCAPES[c] ?? "");

type ParaOpts = Parameters<typeof para>[1];
const PARA_KINDS = {
  title: { bold: true, size: 36, align: AlignmentType.CENTER },
  plain: {},
  indent: { indent: true },
  heading: { bold: true },
  right: { align: AlignmentType.RIGHT },
} satisfies Record<string, ParaOpts>;
type ParaKind = keyof typeof PARA_KINDS;

const SCOPE_TABLE = { header: ["序号", "项目名称", "表类", "文件及位置", "需修改的问题"], widths: [8, 34, 14, 32, 12] };
const ISSUE_TABLE = { header: ["序号", "位置", "指标", "问题", "修改意见", "级别"], widths: [6, 14, 16, 30, 26, 8] };

/** a table's XML up to its first data row, a data row cut at its cells' texts, and its end */
interface TableXml {
  head: string;
  row: string[];
  tail: string;
}
interface Templates {
  para: Record<ParaKind, [string, string]>;
  scope: TableXml;
  issue: TableXml;
}

const mark = (k: string) => `@@kpi-audit-${k}@@`;

/** the document.xml docx writes for these children */
async function docxDocumentXml(children: (Paragraph | Table)[]): Promise<string> {
  const doc = new Document({
    creator: "kpi-audit",
    styles: { default: { document: { run: { font, size: 24 } } } },
    sections: [{ children }],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  return zip.file("word/document.xml")!.async("string");
}

function cutOnce(xml: string, marker: string): number {
  const at = xml.indexOf(marker);
  if (at < 0 || xml.indexOf(marker, at + 1) >= 0) throw new Error(`letters: docx wrote the marker ${marker} ${at < 0 ? "nowhere" : "twice"}`);
  return at;
}

let templates: Promise<Templates> | null = null;

/** a letter's package as docx writes it, but for its body and its title (core.xml), cut where they go */
interface Shell {
  entries: Map<string, Uint8Array>;
  document: [string, string];
  core: [string, string];
}
let shell: Promise<Shell> | null = null;

function makeShell(): Promise<Shell> {
  return (shell ??= (async () => {
    const doc = new Document({
      creator: "kpi-audit",
      title: mark("title"),
      styles: { default: { document: { run: { font, size: 24 } } } },
      sections: [{ children: [para(mark("body"))] }],
    });
    const entries = await ooxmlEntries(new Uint8Array(await Packer.toBuffer(doc)));
    const text = (n: string) => new TextDecoder().decode(entries.get(n));
    const xml = text("word/document.xml");
    const at = cutOnce(xml, mark("body"));
    const document: [string, string] = [xml.slice(0, xml.lastIndexOf("<w:p>", at)), xml.slice(xml.indexOf("</w:p>", at) + "</w:p>".length)];
    const coreXml = text("docProps/core.xml");
    const t = cutOnce(coreXml, mark("title"));
    for (const [n] of entries) if (n !== "docProps/core.xml" && text(n).includes(mark("title"))) throw new Error(`letters: docx wrote the title in ${n} too`);
    entries.delete("word/document.xml");
    entries.delete("docProps/core.xml");
    return { entries, document, core: [coreXml.slice(0, t), coreXml.slice(t + mark("title").length)] };
  })());
}

function makeTemplates(): Promise<Templates> {
  return (templates ??= (async () => {
    const kinds = Object.keys(PARA_KINDS) as ParaKind[];
    const cells = (t: string, n: number) => Array.from({ length: n }, (_, i) => mark(`${t}${i}`));
    const xml = await docxDocumentXml([
      ...kinds.map((k) => para(mark(k), PARA_KINDS[k])),
      table(SCOPE_TABLE.header, [cells("s", SCOPE_TABLE.widths.length)], SCOPE_TABLE.widths),
      table(ISSUE_TABLE.header, [cells("i", ISSUE_TABLE.widths.length)], ISSUE_TABLE.widths),
    ]);
    const paraXml = {} as Record<ParaKind, [string, string]>;
    for (const k of kinds) {
      const m = mark(k);
      const at = cutOnce(xml, m);
      const start = xml.lastIndexOf("<w:p>", at);
      const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      paraXml[k] = [xml.slice(start, at), xml.slice(at + m.length, end)];
    }
    const tableXml = (t: string, n: number): TableXml => {
      const first = cutOnce(xml, mark(`${t}0`));
      const start = xml.lastIndexOf("<w:tbl>", first);
      const rowStart = xml.lastIndexOf("<w:tr>", first);
      const row: string[] = [];
      let from = rowStart;
      for (let i = 0; i < n; i++) {
        const m = mark(`${t}${i}`);
        const at = cutOnce(xml, m);
        row.push(xml.slice(from, at));
        from = at + m.length;
      }
      const rowEnd = xml.indexOf("</w:tr>", from) + "</w:tr>".length;
      row.push(xml.slice(from, rowEnd));
      const end = xml.indexOf("</w:tbl>", rowEnd) + "</w:tbl>".length;
      return { head: xml.slice(start, rowStart), row, tail: xml.slice(rowEnd, end) };
    };
    return { para: paraXml, scope: tableXml("s", SCOPE_TABLE.widths.length), issue: tableXml("i", ISSUE_TABLE.widths.length) };
  })());
}

const fillRow = (t: TableXml, texts: string[]): string => {
  let s = t.row[0];
  for (let i = 0; i < texts.length; i++) s += docxText(texts[i]) + t.row[i + 1];
  return s;
};

/** the letter's body (the children of <w:body> before its section properties), piece by piece */
function* letterBody(model: ReportData, dep: Department, t: Templates, forms: () => Iterable<FormSection>): Generator<string> {
  const p = (text: string, kind: ParaKind = "plain") => t.para[kind][0] + docxText(text) + t.para[kind][1];
  const deptName = dep.name === UNKNOWN_DEPARTMENT ? "（部门）" : dep.name;
  const c = dep.counts;
  yield p(titleOf(dep), "title");
  yield p(`${deptName}：`);
  const what = [dep.target ? `项目支出绩效目标表 ${dep.target} 张` : "", dep.self ? `项目支出绩效自评表 ${dep.self} 张` : ""].filter(Boolean).join("、");
  yield p(
    dep.toFix
      ? `你单位报送的${what}已审核。经审核，其中 ${dep.toFix} 个项目存在需要修改的问题（错误 ${c.error} 条、警告 ${c.warning} 条），现将审核意见反馈如下，请逐项核实修改后重新报送。`
      : `你单位报送的${what}已审核，未发现需要退回修改的问题。`,
    "indent",
  );

  yield p("一、审核范围", "heading");
  yield t.scope.head;
  let i = 0;
  for (const f of forms()) yield fillRow(t.scope, [String(++i), f.project, f.kindZh, `${f.source} ${f.location}`, String(formFindings(f).filter((x) => x.severity !== "info").length)]);
  yield t.scope.tail;

  if (dep.toFix) {
    yield p("二、需要修改的问题", "heading");
    let n = 0;
    for (const form of forms()) {
      const items = formFindings(form).filter((x) => x.severity !== "info");
      if (!items.length) continue;
      yield p(`（${cnIndex(n++)}）${form.project}（${form.kindZh}）`, "heading");
      yield t.issue.head;
      let k = 0;
      for (const x of items) {
        const advice = [x.expected ? `应为：${x.expected}` : "", ruleAdvice(x.ruleId)].filter(Boolean).join("；");
        yield fillRow(t.issue, [String(++k), where(x, form), x.indicator ?? "", x.message, advice, x.severity === "error" ? "错误（必须改正）" : "警告（应当修改）"]);
      }
      yield t.issue.tail;
    }
  }

  yield p(dep.toFix ? "三、问题汇总" : "二、问题汇总", "heading");
  const catText = [...dep.cats.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cat, n]) => `${CATEGORY_ZH[cat] ?? cat} ${n} 条`).join("，");
  yield p(
    `共审核 ${dep.forms} 张表，需修改的问题 ${c.error + c.warning} 条：${SEVERITY_ZH.error} ${c.error} 条，${SEVERITY_ZH.warning} ${c.warning} 条${catText ? `（${catText}）` : ""}。另有提示 ${c.info} 条，供你单位完善指标时参考，不要求修改。`,
    "indent",
  );
  yield p("");
  yield p("审核人：＿＿＿＿＿＿　　　复核人：＿＿＿＿＿＿", "right");
  yield p("（盖章）", "right");
  yield p("＿＿＿＿年＿＿月＿＿日", "right");
}

function titleOf(dep: Department): string {
  const name = dep.name === UNKNOWN_DEPARTMENT ? "" : dep.name;
  const y = dep.year ? `${dep.year}年度` : "";
  const what = dep.target && dep.self ? "项目支出绩效目标和绩效自评的审核意见" : dep.self ? "项目支出绩效自评的复核意见" : "项目支出绩效目标的审核意见";
  return `关于${name}${y}${what}`;
}

/** text pieces as a stream of UTF-8 chunks of about 64 KB */
function utf8Stream(pieces: Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      let batch = "";
      for (const s of pieces) {
        batch += s;
        if (batch.length >= 1 << 16) {
          yield Buffer.from(batch, "utf8");
          batch = "";
        }
      }
      if (batch) yield Buffer.from(batch, "utf8");
    })(),
    { objectMode: false },
  );
}

/** every chunk of a stream (JSZip's, not async-iterable) handed to the sink in order, the stream paused while the sink writes */
function drain(stream: NodeJS.ReadableStream, sink: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      reject(e);
    };
    let last: Promise<void> = Promise.resolve();
    stream.on("data", (chunk: Uint8Array) => {
      stream.pause();
      last = sink(chunk).then(() => void stream.resume(), fail);
    });
    stream.once("error", fail);
    stream.once("end", () => {
      last.then(() => {
        if (!failed) resolve();
      }, fail);
    });
  });
}

/** a department's letter, its file made as it is written */
export interface LetterFile {
  department: string;
  /** file name inside the letters folder: "<department>.docx" with unsafe characters replaced */
  fileName: string;
  title: string;
  forms: number;
  findings: number;
  /** the .docx's bytes, chunk by chunk, its forms read from the model as they are written */
  write(sink: (chunk: Uint8Array) => Promise<void>): Promise<void>;
}

/** a department of at most this many forms has them read once and held while its letter is written; a larger one is read twice (the scope table, then the findings) */
export const LETTER_HOLD_FORMS = 200;

/**
 * One letter per department of the run, in department order. A letter's document.xml is written
 * as its forms are read (the scope table, then each project's findings), deflated and zipped as it
 * comes, so a department of many forms never has its letter whole in memory: what is held is the
 * letter's compressed bytes (JSZip writes each entry's sizes before its data), and, for a small
 * department, its forms. The file's other parts come from docx for the letter's title.
 */
export async function* letters(model: ReportData, opts: { holdForms?: number } = {}): AsyncGenerator<LetterFile> {
  const hold = opts.holdForms ?? LETTER_HOLD_FORMS;
  for (const dep of departments(model)) {
    const title = titleOf(dep);
    yield {
      department: dep.name,
      fileName: `${safeFileName(dep.name)}.docx`,
      title,
      forms: dep.forms,
      findings: dep.counts.error + dep.counts.warning,
      async write(sink) {
        const t = await makeTemplates();
        const held = dep.forms <= hold ? [...formsOf(model, dep)] : null;
        const forms = () => held ?? formsOf(model, dep);
        // the rest of the package as docx writes it, the title in docProps/core.xml; the body is the letter's
        const shell = await makeShell();
        const entries = new Map<string, EntryContent>(shell.entries);
        entries.set("docProps/core.xml", Buffer.from(shell.core[0] + docxText(title) + shell.core[1], "utf8"));
        const body = letterBody(model, dep, t, forms);
        entries.set("word/document.xml", () =>
          utf8Stream(
            (function* () {
              yield shell.document[0];
              yield* body;
              yield shell.document[1];
            })(),
          ),
        );
        const out = ooxmlStream(entries);
        await drain(out, sink);
      },
    };
  }
}

/** every letter of the run, each as its bytes (small runs and tests; `report` writes each to its file as it is made) */
export async function renderLetters(model: ReportData, opts: { holdForms?: number } = {}): Promise<Letter[]> {
  const out: Letter[] = [];
  for await (const l of letters(model, opts)) {
    const parts: Uint8Array[] = [];
    await l.write(async (c) => void parts.push(c));
    const { write: _write, ...rest } = l;
    out.push({ ...rest, data: new Uint8Array(Buffer.concat(parts)) });
  }
  return out;
}
