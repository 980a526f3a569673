/**
 * Letters to departments: one DOCX per department, opened and read back as text. The fixture
 * (test/fixtures/diff/new) has one department with three target forms; two carry findings at
 * warning or error level (满意度 "满意"; 满意度 "≥120%"), one is clean.
 */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { buildReportModel } from "../../src/report/model.js";
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
