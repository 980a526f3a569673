/**
 * findings.xlsx is written as it goes (decision 50) and must read back, in exceljs, as the workbook
 * exceljs used to build in memory: same sheets, cells, fills, wrapping, widths, panes, filters.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FIXTURES, runFixtures, xssFixture, XSS_PROJECT } from "./helpers.js";
import { renderXlsx, writeXlsx } from "../../src/report/xlsx.js";
import type { ReportModel } from "../../src/report/model.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
const values = (row: ExcelJS.Row, n: number) => Array.from({ length: n }, (_, i) => row.getCell(i + 1).value);

async function model(): Promise<ReportModel> {
  // the fixtures, a form whose name carries markup, and an empty file (a sheet of unreadable files)
  const dir = mkdtempSync(join(tmpdir(), "kpi-xlsx-"));
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  return (await runFixtures([...FIXTURES, xssFixture(), empty])).model;
}

describe("findings.xlsx written as it goes", () => {
  it("reads back with every finding's cells, fills and wrapping, errors first", async () => {
    const m = await model();
    const wb = await readBack(await renderXlsx(m));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["问题清单", "未能读取的文件", "汇总"]);
    const ws = wb.getWorksheet("问题清单")!;
    expect(values(ws.getRow(1), 20)).toEqual(["序号", "文件", "部门", "项目", "表", "一级指标", "二级指标", "三级指标", "规则", "规则标题", "类别", "级别", "原文", "说明", "期望", "位置", "行", "页", "工作表!单元格", "相关"]);
    expect(ws.getRow(1).getCell(1).font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getRow(1).getCell(20).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F3A5F" } });
    expect(ws.rowCount).toBe(m.findings.length + 1);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:T${m.findings.length + 1}`);
    expect([1, 2, 4, 14, 20].map((c) => ws.getColumn(c).width)).toEqual([7, 28, 32, 60, 30]);
    const fill: Record<string, string> = { 错误: "FFFDE2E1", 警告: "FFFFF1CC", 提示: "FFE3F0FF" };
    const byId = new Map(m.findings.map((f) => [f.id, f]));
    const seen: string[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const f = byId.get(row.getCell(1).value as number)!;
      expect(f, `row ${r}`).toBeDefined();
      expect(row.getCell(2).value).toBe(f.source);
      expect(row.getCell(9).value).toBe(f.ruleId);
      expect(row.getCell(12).value).toBe(f.severityZh);
      expect(row.getCell(12).fill).toMatchObject({ pattern: "solid", fgColor: { argb: fill[f.severityZh] } });
      expect(row.getCell(13).value).toBe(f.evidence);
      expect(row.getCell(14).value).toBe(f.message);
      for (const c of [13, 14]) expect(row.getCell(c).alignment).toEqual({ vertical: "top", wrapText: true });
      // absent values are empty texts, as exceljs wrote them; numbers stay numbers
      expect(row.getCell(15).value).toBe(f.expected ?? "");
      expect(row.getCell(17).value).toBe(f.line ?? "");
      seen.push(f.severity);
    }
    expect(seen).toEqual([...seen].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    // markup in a project name is text in the cell
    expect(m.findings.some((f) => f.project === XSS_PROJECT)).toBe(true);
    let xss = 0;
    ws.eachRow((row) => void (row.getCell(4).value === XSS_PROJECT && xss++));
    expect(xss).toBe(m.findings.filter((f) => f.project === XSS_PROJECT).length);

    const failed = wb.getWorksheet("未能读取的文件")!;
    expect(values(failed.getRow(1), 4)).toEqual(["文件", "情况", "原因", "代码"]);
    expect(failed.rowCount).toBe(2);
    expect(String(failed.getRow(2).getCell(1).value)).toMatch(/empty\.txt$/);
    expect(failed.getRow(2).getCell(2).value).toBe("未能读取");
    expect(failed.getRow(2).getCell(3).alignment).toEqual({ vertical: "top", wrapText: true });

    const sum = wb.getWorksheet("汇总")!;
    expect(values(sum.getRow(2), 6)).toEqual(["合计", "全部", m.overview.totals.forms, m.overview.totals.formsWithFindings, m.overview.totals.indicators, m.findings.length]);
    expect(sum.getRow(3).getCell(2).value).toBe("未能读取的文件 1 个，未检查（见“未能读取的文件”工作表）");
    for (const c of [10, 11]) {
      expect(sum.getColumn(c).numFmt).toBe("0.0%");
      expect(sum.getRow(1).getCell(c).numFmt).toBe("0.0%");
      expect(sum.getRow(2).getCell(c).numFmt).toBe("0.0%");
    }
    const share = m.overview.totals.total100Share;
    expect(sum.getRow(2).getCell(10).value).toBe(share === null ? "" : share);
    expect(sum.getRow(sum.rowCount).getCell(1).value).toBe("文件");
    expect(sum.autoFilter).toBe(`A1:K${sum.rowCount}`);
  });

  it("keeps leading spaces, line breaks and markup characters, drops what XML cannot carry", async () => {
    const m = await model();
    const f = { ...m.findings[0], message: "  前导空格\n第二行 <a&b> \"引号\" 'x'\u0001\u0007尾", evidence: "a\u000bb" };
    const wb = await readBack(await renderXlsx({ ...m, findings: [f] }));
    const row = wb.getWorksheet("问题清单")!.getRow(2);
    expect(row.getCell(14).value).toBe("  前导空格\n第二行 <a&b> \"引号\" 'x'尾");
    expect(row.getCell(13).value).toBe("ab");
  });

  it("is a valid ZIP with fixed dates, the same bytes every time, written in bounded pieces", async () => {
    const m = await model();
    // 40 copies of every finding: a workbook of several MB
    const many = { ...m, findings: Array.from({ length: 40 }, (_, k) => m.findings.map((f) => ({ ...f, id: f.id + k * m.findings.length }))).flat() };
    const pieces: number[] = [];
    const parts: Uint8Array[] = [];
    await writeXlsx(many, async (b) => void (pieces.push(b.length), parts.push(b)));
    const bytes = Buffer.concat(parts);
    expect(bytes.equals(Buffer.from(await renderXlsx(many)))).toBe(true);
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces)).toBeLessThan(1 << 21);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names[0]).toBe("[Content_Types].xml");
    for (const n of names) expect(zip.files[n].date.toISOString()).toBe("2000-01-01T00:00:00.000Z");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet.length).toBeGreaterThan(bytes.length); // deflated
    expect((await readBack(bytes)).getWorksheet("问题清单")!.rowCount).toBe(many.findings.length + 1);
  });
});
