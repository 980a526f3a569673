/**
 * Repair of tables printed without drawn borders (src/repair/spaced.ts), on small records written for
 * these tests: the value found among a record's tokens (a date printed in pieces included), column
 * widths measured on the table's own first lines, and a record printed line by line put back into
 * its columns.
 */
import { describe, expect, it } from "vitest";
import { findValue, interleaveCells, measureColumnWidths, piecesOf, textColumnWidths, type Token } from "../../src/repair/spaced.js";

/** tokens of one record: each string is one line, its cells separated by single spaces */
function toks(...lines: string[]): Token[] {
  return lines.flatMap((l, line) => l.split(" ").map((text, k) => ({ text, line, loc: { line: line + 1, col: k + 1 } })));
}

describe("findValue", () => {
  it("takes a number with its unit after a space, as pdftotext prints it", () => {
    const t = toks("食品抽检批次 全年完成抽检批次数 ≥1200 批次 年度抽检计划");
    const v = findValue(t)!;
    expect(t.slice(v.start, v.end).map((x) => x.text)).toEqual(["≥1200", "批次"]);
  });

  it("takes a date printed in pieces up to its last piece", () => {
    const t = toks("检查任务完成时间 年度检查任务全部完成的时间 2025 年 11 月底前 年度检查计划");
    const v = findValue(t)!;
    expect(t.slice(v.start, v.end).map((x) => x.text).join("")).toBe("2025年11月底前");
    expect(t[v.end].text).toBe("年度检查计划");
  });
});

describe("measureColumnWidths", () => {
  it("is each column's widest first line among records whose first line holds every column", () => {
    const first = [
      toks("监督检查使用单 全年监督检查特种设备使用 ≥320 家 年度监督检查计划"), // 7 | 12 | value | 8
      toks("单家检查成本 平均每家检查费用 ≤1300 元 部门测算"), // 6 | 7 | value | 4
      toks("只有名称 ≥5 个"), // too few cells: not measured
    ].map((t) => t.filter((x) => x.line === 0));
    const w = measureColumnWidths(first, 2, 1);
    expect(w[0]).toBe(7);
    expect(w[1]).toBe(12);
    expect(w[3]).toBe(8);
    expect(textColumnWidths(w, 2)).toEqual([7, 8, 12]);
  });
});

describe("interleaveCells", () => {
  const pieces = (s: string, line: number) => piecesOf(toks(s).map((t) => ({ ...t, line, loc: { ...t.loc, line: line + 1 } })));
  /** a line's cells as they are (the reader takes the value out before gluing Latin runs) */
  const cellsOf = (s: string, line: number) => s.split(" ").map((text, k) => ({ text, line, loc: { line: line + 1, col: k + 1 } }));
  // name 7, description 12, value 6, basis 8 characters wide
  const widths = [7, 12, 6, 8];

  it("continues every column when the next line has a piece for each", () => {
    const cols = pieces("食品监督抽检批 全年完成食品安全监督抽检 ≥1200 省市场监管局年度", 0);
    const cells = interleaveCells(cols, [pieces("次 的批次数 批次 抽检计划", 1)], widths)!;
    expect(cells.map((c) => c.text)).toEqual(["食品监督抽检批次", "全年完成食品安全监督抽检的批次数", "≥1200批次", "省市场监管局年度抽检计划"]);
  });

  it("gives a shorter line's pieces to the columns that fill their width, in order", () => {
    const cols = pieces("区域性食品安全 全年发生区域性、系统性食 0起 部门职责", 0);
    const cells = interleaveCells(cols, [pieces("事件 品安全事件的起数", 1)], widths)!;
    expect(cells.map((c) => c.text)).toEqual(["区域性食品安全事件", "全年发生区域性、系统性食品安全事件的起数", "0起", "部门职责"]);
  });

  it("puts the lines above the main line (cells taller than the row's labels, centred) at the head of the columns they fill", () => {
    // name 6, description 8, value 6, basis 7 characters wide; the basis is three lines tall
    const w = [6, 8, 6, 7];
    const cols = cellsOf("率 改造工程占全部工 100% 质量验收统一标", 1);
    const cells = interleaveCells(cols, [pieces("程的比率 准》", 2)], w, [pieces("工程验收合格 经验收合格的维修 《建筑工程施工", 0)], 2)!;
    expect(cells.map((c) => c.text)).toEqual(["工程验收合格率", "经验收合格的维修改造工程占全部工程的比率", "100%", "《建筑工程施工质量验收统一标准》"]);
  });

  it("gives a closing bracket to the column that opened it, and no piece to a column narrower than itself", () => {
    const w = [6, 8, 6, 7];
    const cols = pieces("资助幼儿人数 困难在园幼儿人数 ≥450 育资助管理办法", 1);
    const cells = interleaveCells(cols, [pieces("》", 2)], w, [pieces("全年资助家庭经济 《河北省学前教", 0)], 2)!;
    expect(cells.map((c) => c.text)).toEqual(["资助幼儿人数", "全年资助家庭经济困难在园幼儿人数", "≥450", "《河北省学前教育资助管理办法》"]);
    // "安全使用的年限" (7) is wider than the name column (6): it continues the description
    const more = interleaveCells(pieces("校舍使用年限 维修改造后校舍可 ≥15 工程设计文件", 0), [pieces("安全使用的年限", 1)], w, [], 2)!;
    expect(more.map((c) => c.text)).toEqual(["校舍使用年限", "维修改造后校舍可安全使用的年限", "≥15", "工程设计文件"]);
  });

  it("refuses a line with more pieces than columns", () => {
    const cols = pieces("甲 乙 1 丙", 0);
    expect(interleaveCells(cols, [pieces("一 二 三 四 五", 1)], widths)).toBeNull();
  });
});
