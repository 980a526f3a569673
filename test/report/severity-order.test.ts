/**
 * Severity that means something (issue 9, item 3): every list a reviewer reads puts errors first,
 * then warnings, then info — the terminal output within each form, the report's per-form and
 * per-row lists, the workbook's rows — and `--severity warning` keeps only what goes back to the
 * department.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parseBytes } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { formatFindingsText } from "../../src/report/text.js";
import { ReportBuilder } from "../../src/report/model.js";
import { renderXlsx } from "../../src/report/xlsx.js";
import { shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// one invented form with an info (效益 “提升”) on an early row, a warning (时效 “及时”) and an error (满意度 >100%) below it
const text = shanxiTarget({
  rows: [
    ["效益指标", "社会效益指标", "乡村教师教学水平", "提升", "提升"],
    ["产出指标", "时效指标", "补助发放及时性", "及时", "及时"],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", ">100%", ">100%"],
  ],
});
const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
const sorted = (xs: string[]) => [...xs].sort((a, b) => rank[a] - rank[b]);

describe("findings sorted and filtered by severity", async () => {
  const doc = await parseBytes("order.txt", Buffer.from(text));
  const all = await checkDocuments([doc]);
  const sevs = all.findings.map((f) => f.severity);

  it("the form draws all three severities, info on the earliest line", () => {
    expect(new Set(sevs)).toEqual(new Set(["error", "warning", "info"]));
    const firstLine = Math.min(...all.findings.map((f) => f.line ?? Infinity));
    expect(all.findings.find((f) => f.line === firstLine)!.severity).toBe("info");
  });

  it("text output: errors first within the form", () => {
    const out = formatFindingsText(all.findings, { lang: "zh", color: false });
    const order = out
      .split("\n")
      .map((l): string | null => (l.includes(" 错误 ") ? "error" : l.includes(" 警告 ") ? "warning" : l.includes(" 提示 ") ? "info" : null))
      .filter((x): x is string => x !== null);
    expect(order.length).toBe(all.findings.length);
    expect(order).toEqual(sorted(order));
  });

  it("report model and workbook: errors first", async () => {
    const b = new ReportBuilder();
    b.addDocument(doc);
    const model = b.finish(all);
    const form = model.documents[0].forms[0];
    for (const list of [form.formFindings, ...form.rows.map((r) => r.findings)]) expect(list.map((f) => f.severity)).toEqual(sorted(list.map((f) => f.severity)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(model)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("问题清单")!;
    const col = (ws.getRow(1).values as unknown[]).indexOf("级别");
    const levels: string[] = [];
    for (let r = 2; r <= ws.rowCount; r++) levels.push({ 错误: "error", 警告: "warning", 提示: "info" }[String(ws.getRow(r).getCell(col).value)]!);
    expect(levels.length).toBe(all.findings.length);
    expect(levels).toEqual(sorted(levels));
  });

  it("--severity warning (minSeverity) keeps errors and warnings only", async () => {
    const back = await checkDocuments([doc], { config: { minSeverity: "warning" } });
    expect(back.findings.length).toBe(sevs.filter((s) => s !== "info").length);
    expect(back.findings.every((f) => f.severity !== "info")).toBe(true);
  });
});
