/**
 * Letters to departments: one DOCX per department, opened and read back as text. The fixture
 * (test/fixtures/diff/new) has one department with three target forms; two carry findings at
 * warning or error level (满意度 "满意"; 满意度 "≥120%"), one is clean.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { buildReportModel, CATEGORY_ZH, SEVERITY_ZH, UNKNOWN_DEPARTMENT, type FindingView, type FormSection } from "../../src/report/model.js";
import { repackOoxml } from "../../src/report/zip.js";
import { FIELD_NAMES_ZH } from "../../src/engine/fields.js";
import { forDepartment, renderLetters, ruleAdvice } from "../../src/report/letters.js";

async function text(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

describe("letters", async () => {
  const doc = await parseFile("test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt");
  const result = await checkDocuments([doc]);
  const model = buildReportModel([doc], result);
  const letters = await renderLetters(model);

  it("one letter per department, named after it", () => {
    expect(letters.map((l) => l.fileName)).toEqual(["示例县教育科技局.docx"]);
    expect(letters[0].title).toBe("关于示例县教育科技局2024年度项目支出绩效目标的审核意见");
    expect(letters[0].forms).toBe(3);
  });

  it("names the department, every form reviewed, and each finding with its place, column and what to write instead", async () => {
    const t = await text(letters[0].data);
    expect(t).toContain("示例县教育科技局：");
    for (const p of ["中小学实验室器材配备项目", "2024年乡村教师信息技术培训经费", "寄宿制学校学生床具更新项目"]) expect(t).toContain(p);
    expect(t).toContain("师生满意度");
    // one defect standing in both value columns is listed once, naming both
    expect(t).toContain("l.21 实施期指标值、年度指标值");
    expect(t).toContain("l.44 实施期指标值、年度指标值");
    expect(t.match(/参训教师满意度/g)!.length).toBe(1 + 1); // the project list does not name it; the finding row and its message do
    expect(t).toMatch(/≥120%.{0,20}不可能达到/);
    expect(t).toContain("改成“=100%”或一个可以达到的下限");
    expect(t).toContain("错误（必须改正）");
    expect(t).toContain("审核人：");
  });

  it("leaves info findings out of the list but counts them in the summary", async () => {
    const t = await text(letters[0].data);
    const infos = model.findings.filter((f) => f.severity === "info").length;
    expect(t).toContain(`另有提示 ${infos} 条`);
    for (const f of model.findings.filter((x) => x.severity === "info")) expect(t).not.toContain(f.message);
  });

  it("same model, same bytes", async () => {
    const again = await renderLetters(model);
    expect(Buffer.from(again[0].data).equals(Buffer.from(letters[0].data))).toBe(true);
  });

  it("rephrases the rule's advice for the department", () => {
    expect(forDepartment("退回单位，按总分重新确定评价等级。")).toBe("按总分重新确定评价等级。");
    expect(forDepartment("要求单位说明预算调减的原因。")).toBe("请说明预算调减的原因。");
    expect(ruleAdvice("grade-mismatch")).toMatch(/等级/);
    expect(ruleAdvice("no-such-rule")).toBe("");
    expect(ruleAdvice("../etc")).toBe("");
  });
});

/**
 * The letter as docx writes it whole (the renderer before letters were streamed, decision 111):
 * the streamed letter must give these bytes.
 */
async function docxLetter(dept: string, forms: FormSection[]): Promise<Uint8Array> {
  const font = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
  const para = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}) =>
    new Paragraph({ alignment: opts.align, indent: opts.indent ? { firstLine: 480 } : undefined, spacing: { after: 120 }, children: [new TextRun({ text, bold: opts.bold, size: opts.size, font })] });
  const table = (header: string[], rows: string[][], widths: number[]) => {
    const cell = (text: string, i: number, bold = false) => new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21, font })] })] });
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i)) }))] });
  };
  const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const ff = (f: FormSection) => [...f.rows.flatMap((r) => r.findings), ...f.formFindings].sort((a, b) => a.id - b.id);
  const where = (x: FindingView, f: FormSection) => [x.source === f.source ? "" : x.source, x.location, x.column ?? (x.field && x.field !== "form" ? FIELD_NAMES_ZH[x.field] : "")].filter(Boolean).join(" ");
  const year = forms.map((f) => f.year).find((y) => y != null) ?? null;
  const deptName = dept === UNKNOWN_DEPARTMENT ? "（部门）" : dept;
  const hasT = forms.some((f) => f.kind === "target");
  const hasS = forms.some((f) => f.kind === "self-assessment");
  const title = `关于${dept === UNKNOWN_DEPARTMENT ? "" : dept}${year ? `${year}年度` : ""}${hasT && hasS ? "项目支出绩效目标和绩效自评的审核意见" : hasS ? "项目支出绩效自评的复核意见" : "项目支出绩效目标的审核意见"}`;
  const kinds = (k: string) => forms.filter((f) => f.kind === k).length;
  const toFix = forms.map((f) => ({ form: f, items: ff(f).filter((x) => x.severity !== "info") })).filter((x) => x.items.length);
  const all = forms.flatMap(ff);
  const count = (s: string) => all.filter((x) => x.severity === s).length;
  const children: (Paragraph | Table)[] = [para(title, { bold: true, size: 36, align: AlignmentType.CENTER }), para(`${deptName}：`)];
  const what = [kinds("target") ? `项目支出绩效目标表 ${kinds("target")} 张` : "", kinds("self-assessment") ? `项目支出绩效自评表 ${kinds("self-assessment")} 张` : ""].filter(Boolean).join("、");
  children.push(para(toFix.length ? `你单位报送的${what}已审核。经审核，其中 ${toFix.length} 个项目存在需要修改的问题（错误 ${count("error")} 条、警告 ${count("warning")} 条），现将审核意见反馈如下，请逐项核实修改后重新报送。` : `你单位报送的${what}已审核，未发现需要退回修改的问题。`, { indent: true }));
  children.push(para("一、审核范围", { bold: true }));
  children.push(table(["序号", "项目名称", "表类", "文件及位置", "需修改的问题"], forms.map((f, i) => [String(i + 1), f.project, f.kindZh, `${f.source} ${f.location}`, String(ff(f).filter((x) => x.severity !== "info").length)]), [8, 34, 14, 32, 12]));
  if (toFix.length) {
    children.push(para("二、需要修改的问题", { bold: true }));
    toFix.forEach(({ form, items }, i) => {
      children.push(para(`（${i < 10 ? CN[i] : String(i + 1)}）${form.project}（${form.kindZh}）`, { bold: true }));
      children.push(table(["序号", "位置", "指标", "问题", "修改意见", "级别"], items.map((x, k) => [String(k + 1), where(x, form), x.indicator ?? "", x.message, [x.expected ? `应为：${x.expected}` : "", ruleAdvice(x.ruleId)].filter(Boolean).join("；"), x.severity === "error" ? "错误（必须改正）" : "警告（应当修改）"]), [6, 14, 16, 30, 26, 8]));
    });
  }
  children.push(para(toFix.length ? "三、问题汇总" : "二、问题汇总", { bold: true }));
  const cats = new Map<string, number>();
  for (const x of all) if (x.severity !== "info") cats.set(x.category, (cats.get(x.category) ?? 0) + 1);
  const catText = [...cats.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${CATEGORY_ZH[c] ?? c} ${n} 条`).join("，");
  children.push(para(`共审核 ${forms.length} 张表，需修改的问题 ${count("error") + count("warning")} 条：${SEVERITY_ZH.error} ${count("error")} 条，${SEVERITY_ZH.warning} ${count("warning")} 条${catText ? `（${catText}）` : ""}。另有提示 ${count("info")} 条，供你单位完善指标时参考，不要求修改。`, { indent: true }));
  children.push(para(""), para("审核人：＿＿＿＿＿＿　　　复核人：＿＿＿＿＿＿", { align: AlignmentType.RIGHT }), para("（盖章）", { align: AlignmentType.RIGHT }), para("＿＿＿＿年＿＿月＿＿日", { align: AlignmentType.RIGHT }));
  const doc = new Document({ creator: "kpi-audit", title, styles: { default: { document: { run: { font, size: 24 } } } }, sections: [{ children }] });
  return repackOoxml(new Uint8Array(await Packer.toBuffer(doc)));
}

describe("letters are written as they are made, with the bytes docx gives the whole letter", async () => {
  const docs = await Promise.all(["test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt", "test/fixtures/diff/old/示例县教育科技局-绩效目标表.txt"].map((p) => parseFile(p)));
  const result = await checkDocuments(docs);
  const model = buildReportModel(docs, result);
  // texts docx must escape or drop, in the department (title, file name), a project and a message
  const odd = `甲&乙<丙>"丁'\u0001戊\u000b`;
  model.documents[1].forms.forEach((f, i) => {
    f.department = `${odd}局`;
    if (i === 0) f.project = `${odd}项目`;
  });
  const someView = model.documents[1].forms.flatMap((f) => [...f.formFindings, ...f.rows.flatMap((r) => r.findings)])[0];
  someView.message = `${odd}${someView.message}`;
  const forms = (dept: string) => model.documents.flatMap((d) => d.forms).filter((f) => f.department === dept);

  it("every letter, its forms held or read twice", async () => {
    for (const holdForms of [undefined, 0]) {
      const letters = await renderLetters(model, { holdForms });
      expect(letters.map((l) => l.department).sort()).toEqual([...new Set(model.documents.flatMap((d) => d.forms.map((f) => f.department)))].sort());
      expect(letters.length).toBe(2);
      for (const l of letters) {
        const want = await docxLetter(l.department, forms(l.department));
        expect(Buffer.from(l.data).equals(Buffer.from(want))).toBe(true);
      }
    }
  });

  it("escapes the odd texts as docx does", async () => {
    const l = (await renderLetters(model)).find((x) => x.department.startsWith("甲"))!;
    const xml = await (await JSZip.loadAsync(l.data)).file("word/document.xml")!.async("string");
    expect(xml).toContain("甲&amp;乙&lt;丙&gt;&quot;丁&apos;戊项目");
    expect(xml).not.toContain("\u0001");
    expect(l.fileName).toBe("甲&乙_丙__丁'_戊_局.docx"); // < > " and the two control characters each become _
  });
});
