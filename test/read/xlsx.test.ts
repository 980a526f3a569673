import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import "../../src/read/formats.js";
import { readAny } from "../../src/read/index.js";
import { displayValue } from "../../src/read/xlsx.js";
import { formatDate, formatNumber } from "../../src/read/geometry/numfmt.js";
import { fx, own, rowStarting } from "./helpers.js";

describe("number formats", () => {
  it("renders numbers the way a spreadsheet shows them", () => {
    expect(formatNumber(50000, undefined)).toBe("50000");
    expect(formatNumber(50000, "General")).toBe("50000");
    expect(formatNumber(0.1 + 0.2, "General")).toBe("0.3");
    expect(formatNumber(50000, "#,##0")).toBe("50,000");
    expect(formatNumber(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(formatNumber(100, "0.00")).toBe("100.00");
    expect(formatNumber(0.95, "0%")).toBe("95%");
    expect(formatNumber(0.983, "0.0%")).toBe("98.3%");
    expect(formatNumber(-3, "0;(0)")).toBe("(3)");
    expect(formatNumber(12.5, '0.0"万元"')).toBe("12.5万元");
  });
  it("renders dates with their format, the built-in short date as yyyy/m/d", () => {
    const d = new Date(Date.UTC(2024, 11, 31));
    expect(formatDate(d, 'yyyy"年"m"月"d"日"')).toBe("2024年12月31日");
    expect(formatDate(d, "yyyy-mm-dd")).toBe("2024-12-31");
    expect(formatDate(d, "mm-dd-yy")).toBe("2024/12/31");
    expect(displayValue(45657, "yyyy-mm-dd")).toBe("2024-12-31");
  });
  it("reads formulas as their cached result and rich text as its text", () => {
    expect(displayValue({ formula: "A1*2", result: 0.5 } as never, "0%")).toBe("50%");
    expect(displayValue({ richText: [{ text: "项目" }, { text: "名称" }] } as never, undefined)).toBe("项目名称");
  });
});

describe("xlsx reader", () => {
  it("gives sheet, cell, row and col for every cell and a running line per row", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.xlsx"));
    expect(grid.format).toBe("xlsx");
    grid.rows.forEach((r, i) => {
      expect(r.loc.line).toBe(i + 1);
      expect(r.sep).toBe("tab");
      for (const c of r.cells) expect(c.loc.line).toBe(i + 1);
    });
    const name = rowStarting(grid, "项目名称");
    // corpus l.488 is the 5th line of the form (l.484–515)
    expect(name.loc).toMatchObject({ sheet: "Sheet1", row: 5 });
    expect(name.cells[0].loc).toMatchObject({ sheet: "Sheet1", cell: "A5", row: 5, col: 1 });
    expect(name.cells[3]).toMatchObject({ text: "蔡家崖派出所办公家具采购项目", loc: { cell: "D5", col: 4 } });
    expect(name.cells[3].merged).toBeUndefined();
    // D5:H5 is merged: the covered positions repeat the text, flagged
    expect(name.cells[4]).toMatchObject({ text: "蔡家崖派出所办公家具采购项目", merged: true, loc: { cell: "E5" } });
    expect(name.cells[1]).toMatchObject({ text: "项目名称", merged: true });
    // row.text leaves the merged copies empty, like a pdftotext line
    expect(name.text).toBe("项目名称\t\t\t蔡家崖派出所办公家具采购项目\t\t\t\t");
  });

  it("shows numbers with their number format and formulas as their cached result", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.xlsx"));
    const total = rowStarting(grid, "项目资金（元）");
    expect(own(total)).toEqual(["项目资金 （元）", "实施期资金总额：", "50,000", "年度资金总额：", "50,000"]);
    // E11 holds =E8-E9-E10-E12 (corpus l.494); its cached result is shown as 50,000
    const city = grid.rows.find((r) => r.cells.some((c) => c.loc.cell === "E11"))!;
    expect(city.cells.find((c) => c.loc.cell === "E11")!.text).toBe("50,000");
    // vertical merge A8:C13: the rows below repeat the label as merged copies
    const other = rowStarting(grid, "其他资金");
    expect(other.cells[0]).toMatchObject({ text: "项目资金 （元）", merged: true, loc: { cell: "A13" } });

    const sa = (await readAny(fx("weighted-self-assessment-002.xlsx"))).grid;
    const funds = sa.rows.find((r) => r.cells.some((c) => c.text === "年度资金总额"))!;
    expect(own(funds)).toEqual(["10", "年度资金总额", "10", "10", "9.83", "10", "98.3%", "9.8"]);
    const sa1 = (await readAny(fx("shanxi-self-assessment-002.xlsx"))).grid;
    expect(own(rowStarting(sa1, "市县区财政资金"))).toEqual(["市县区财政资金", "114.463", "114.463", "114.463", "114.463", "0", "100.00", "10.00"]);
  });

  it("reads every sheet in order, several forms per sheet, with a blank row between sheets", async () => {
    const { grid } = await readAny(fx("multi.xlsx"));
    const anchors = grid.rows.filter((r) => /^项目名称/.test(r.cells[0]?.text ?? ""));
    expect(anchors.map((r) => [r.loc.sheet, own(r)[1]])).toEqual([
      ["目标表", "蔡家崖派出所办公家具采购项目"],
      ["目标表", "2022 年执法办案管理中心项目"],
      ["自评表", "2019-2023年BOT取暖服务费"],
      ["自评表", "飞机航测专项经费"],
    ]);
    const firstOfSheet2 = grid.rows.findIndex((r) => r.loc.sheet === "自评表" && r.cells.length > 0);
    expect(grid.rows[firstOfSheet2 - 1].cells).toEqual([]);
    expect(grid.rows[firstOfSheet2].cells[0].loc).toMatchObject({ sheet: "自评表", cell: "A1" });
  });

  it("a ZIP that is not a workbook, named .xlsx, is a clear read/corrupt error", async () => {
    await expect(readAny(fx("broken-junk.xlsx"))).rejects.toMatchObject({ code: "read/corrupt" });
    const bytes = await readFile(fx("broken-junk.xlsx"));
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
