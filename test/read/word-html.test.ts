import { describe, expect, it } from "vitest";
import "../../src/read/formats.js";
import { readAny, readBytes } from "../../src/read/index.js";
import { fx, own, rowStarting } from "./helpers.js";

describe("docx reader", () => {
  it("turns paragraphs into single-cell rows and table rows into cells with table/row/col", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.docx"));
    expect(grid.format).toBe("docx");
    expect(own(grid.rows[0])).toEqual(["兴县县(区)级预算部门(单位)项目支出绩效目标表"]);
    expect(grid.rows[0].cells[0].loc).toEqual({ line: 1, col: 1 });
    const name = rowStarting(grid, "项目名称");
    expect(name.loc).toMatchObject({ table: 1, row: 1 });
    // gridSpan: 项目名称 spans 3 grid columns, the name 5
    expect(name.cells.map((c) => [c.text, c.merged ?? false, c.loc.col])).toEqual([
      ["项目名称", false, 1],
      ["项目名称", true, 2],
      ["项目名称", true, 3],
      ["蔡家崖派出所办公家具采购项目", false, 4],
      ["蔡家崖派出所办公家具采购项目", true, 5],
      ["蔡家崖派出所办公家具采购项目", true, 6],
      ["蔡家崖派出所办公家具采购项目", true, 7],
      ["蔡家崖派出所办公家具采购项目", true, 8],
    ]);
    // vMerge: 绩效指标 spans the header row and the indicator rows below it
    const header = rowStarting(grid, "绩效指标");
    const first = grid.rows[grid.rows.indexOf(header) + 1];
    expect(first.cells[0]).toMatchObject({ text: "绩效指标", merged: true, loc: { table: 1, row: header.loc.row! + 1, col: 1 } });
    expect(own(first)).toEqual(["产出指标", "数量指标", "购置办公设备数量", "≥10台（套）", "数量指标", "购置办公设备数量", "≥10台（套）"]);
    // digits stay text: "019001" is a code, not the number 19001
    const dep = (await readAny(fx("ningxia-target-004.docx"))).grid.rows.find((r) => r.cells[0]?.text === "主管部门及代码")!;
    expect(dep.cells[1].text).toBe("平罗县公安局 019001");
    const satisfaction = rowStarting(grid, "满意度指标");
    expect(satisfaction.cells[0].merged).toBeUndefined();
  });
});

describe("html reader", () => {
  it("expands rowspan/colspan and keeps text outside tables", async () => {
    const { grid } = await readAny(fx("ningxia-target-004.html"));
    expect(grid.format).toBe("html");
    expect(own(grid.rows[0])).toEqual(["附件 2：平罗县公安局项目支出预算绩效目标表"]);
    const funds = rowStarting(grid, "项目资金(万元)");
    expect(funds.loc).toMatchObject({ table: 1 });
    expect(own(funds)).toEqual(["项目资金 (万元)", "年度资金总额:", "50 万元"]);
    const below = grid.rows[grid.rows.indexOf(funds) + 1];
    expect(below.cells[0]).toMatchObject({ text: "项目资金 (万元)", merged: true, loc: { table: 1, row: funds.loc.row! + 1, col: 1 } });
    expect(own(below)).toEqual(["其中: 财政拨款", "50 万元"]);
  });

  it("decodes a page declared as GBK", async () => {
    const gbk = await readAny(fx("ningxia-target-004.gbk.html"));
    const utf8 = await readAny(fx("ningxia-target-004.html"));
    expect(gbk.grid.encoding).toBe("gb18030");
    expect(gbk.grid.rows.map((r) => r.text)).toEqual(utf8.grid.rows.map((r) => r.text));
  });

  it("handles colspan after a rowspan and a <br> inside a cell", async () => {
    const html = `<html><body><h1>标题</h1><table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C<br>D</td><td>E</td></tr></table><p>尾注</p></body></html>`;
    const { grid } = await readBytes("x.html", new TextEncoder().encode(html));
    expect(grid.rows.map((r) => r.cells.map((c) => (c.merged ? `~${c.text}` : c.text)))).toEqual([["标题"], [], ["A", "B", "~B"], ["~A", "C D", "E"], [], ["尾注"]]);
  });
});
