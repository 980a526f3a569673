/**
 * Letters to departments (退回修改): one Word document per department, a 绩效目标审核意见 (target
 * forms) or 自评复核意见 (self-assessments) a reviewer can sign and send. Built from the report
 * model only: the department, the forms reviewed, then per project every finding at warning and
 * error level in plain Chinese with where it is (file, line / page / cell, column) and what to
 * write instead, and a summary of counts. Bytes are deterministic (fixed dates, fixed ZIP order).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { FindingView, FormSection, ReportData } from "./model.js";
import { CATEGORY_ZH, SEVERITY_ZH, UNKNOWN_DEPARTMENT } from "./model.js";
import { packageRoot } from "../engine/paths.js";
import { repackOoxml } from "./zip.js";
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

function letterTitle(dept: string, year: number | null, forms: FormSection[]): string {
  const y = year ? `${year}年度` : "";
  const hasTarget = forms.some((f) => f.kind === "target");
  const hasSelf = forms.some((f) => f.kind === "self-assessment");
  const what = hasTarget && hasSelf ? "项目支出绩效目标和绩效自评的审核意见" : hasSelf ? "项目支出绩效自评的复核意见" : "项目支出绩效目标的审核意见";
  return `关于${dept}${y}${what}`;
}

export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 80) || "未识别部门";
}

/**
 * The departments in sorted order, each with its forms in the run's order. A first pass notes which
 * documents hold forms of which department; each department's forms are then read from those
 * documents alone, so a spilled run holds one department's forms at a time.
 */
function* byDepartment(model: ReportData): Generator<[string, FormSection[]]> {
  const docsOf = new Map<string, number[]>();
  let i = 0;
  for (const d of model.documents) {
    for (const f of d.forms) {
      const l = docsOf.get(f.department);
      if (!l) docsOf.set(f.department, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    }
    i++;
  }
  for (const dept of [...docsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const forms: FormSection[] = [];
    for (const k of docsOf.get(dept)!) for (const f of model.documents.at(k)!.forms) if (f.department === dept) forms.push(f);
    yield [dept, forms];
  }
}

async function renderLetter(dept: string, forms: FormSection[]): Promise<Letter> {
  const year = forms.map((f) => f.year).find((y) => y != null) ?? null;
  const deptName = dept === UNKNOWN_DEPARTMENT ? "（部门）" : dept;
  const title = letterTitle(dept === UNKNOWN_DEPARTMENT ? "" : dept, year, forms);
  const kinds = (k: FormSection["kind"]) => forms.filter((f) => f.kind === k).length;
  const toFix = forms.map((f) => ({ form: f, items: formFindings(f).filter((x) => x.severity !== "info") })).filter((x) => x.items.length);
  const all = forms.flatMap(formFindings);
  const count = (s: string) => all.filter((x) => x.severity === s).length;

  const children: (Paragraph | Table)[] = [];
  children.push(para(title, { bold: true, size: 36, align: AlignmentType.CENTER }));
  children.push(para(`${deptName}：`));
  const what = [kinds("target") ? `项目支出绩效目标表 ${kinds("target")} 张` : "", kinds("self-assessment") ? `项目支出绩效自评表 ${kinds("self-assessment")} 张` : ""].filter(Boolean).join("、");
  children.push(
    para(
      toFix.length
        ? `你单位报送的${what}已审核。经审核，其中 ${toFix.length} 个项目存在需要修改的问题（错误 ${count("error")} 条、警告 ${count("warning")} 条），现将审核意见反馈如下，请逐项核实修改后重新报送。`
        : `你单位报送的${what}已审核，未发现需要退回修改的问题。`,
      { indent: true },
    ),
  );

  children.push(para("一、审核范围", { bold: true }));
  children.push(
    table(
      ["序号", "项目名称", "表类", "文件及位置", "需修改的问题"],
      forms.map((f, i) => [String(i + 1), f.project, f.kindZh, `${f.source} ${f.location}`, String(formFindings(f).filter((x) => x.severity !== "info").length)]),
      [8, 34, 14, 32, 12],
    ),
  );

  if (toFix.length) {
    children.push(para("二、需要修改的问题", { bold: true }));
    toFix.forEach(({ form, items }, i) => {
      children.push(para(`（${cnIndex(i)}）${form.project}（${form.kindZh}）`, { bold: true }));
      children.push(
        table(
          ["序号", "位置", "指标", "问题", "修改意见", "级别"],
          items.map((x, k) => {
            const advice = [x.expected ? `应为：${x.expected}` : "", ruleAdvice(x.ruleId)].filter(Boolean).join("；");
            return [String(k + 1), where(x, form), x.indicator ?? "", x.message, advice, x.severity === "error" ? "错误（必须改正）" : "警告（应当修改）"];
          }),
          [6, 14, 16, 30, 26, 8],
        ),
      );
    });
  }

  children.push(para(toFix.length ? "三、问题汇总" : "二、问题汇总", { bold: true }));
  const cats = new Map<string, number>();
  for (const x of all) if (x.severity !== "info") cats.set(x.category, (cats.get(x.category) ?? 0) + 1);
  const catText = [...cats.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${CATEGORY_ZH[c] ?? c} ${n} 条`).join("，");
  children.push(
    para(
      `共审核 ${forms.length} 张表，需修改的问题 ${count("error") + count("warning")} 条：${SEVERITY_ZH.error} ${count("error")} 条，${SEVERITY_ZH.warning} ${count("warning")} 条${catText ? `（${catText}）` : ""}。另有提示 ${count("info")} 条，供你单位完善指标时参考，不要求修改。`,
      { indent: true },
    ),
  );
  children.push(para(""));
  children.push(para("审核人：＿＿＿＿＿＿　　　复核人：＿＿＿＿＿＿", { align: AlignmentType.RIGHT }));
  children.push(para("（盖章）", { align: AlignmentType.RIGHT }));
  children.push(para("＿＿＿＿年＿＿月＿＿日", { align: AlignmentType.RIGHT }));

  const doc = new Document({
    creator: "kpi-audit",
    title,
    styles: { default: { document: { run: { font, size: 24 } } } },
    sections: [{ children }],
  });
  const data = await repackOoxml(new Uint8Array(await Packer.toBuffer(doc)));
  return { department: dept, fileName: `${safeFileName(dept)}.docx`, title, forms: forms.length, findings: count("error") + count("warning"), data };
}

/** one letter per department of the run, in department order, each made when asked for */
export async function* letters(model: ReportData): AsyncGenerator<Letter> {
  for (const [dept, forms] of byDepartment(model)) yield await renderLetter(dept, forms);
}

/** every letter of the run (small runs and tests; `report` writes each as it is made) */
export async function renderLetters(model: ReportData): Promise<Letter[]> {
  const out: Letter[] = [];
  for await (const l of letters(model)) out.push(l);
  return out;
}
