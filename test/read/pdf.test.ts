import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import "../../src/read/formats.js";
import { readAny } from "../../src/read/index.js";
import { fx, own, rowStarting } from "./helpers.js";

describe("pdf reader", () => {
  it("rebuilds the ruled table: one cell per column, page and col on every cell", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.pdf"));
    expect(grid.format).toBe("pdf");
    grid.rows.forEach((r, i) => {
      expect(r.loc.line).toBe(i + 1);
      expect(r.loc.page).toBeGreaterThanOrEqual(1);
      r.cells.forEach((c, j) => expect(c.loc).toMatchObject({ page: r.loc.page, line: i + 1, col: j + 1 }));
    });
    expect(own(grid.rows[0])).toEqual(["兴县县(区)级预算部门(单位)项目支出绩效目标表"]);
    const name = rowStarting(grid, "项目名称");
    expect(name.cells.map((c) => c.text).slice(0, 4)).toEqual(["项目名称", "项目名称", "项目名称", "蔡家崖派出所办公家具采购项目"]);
    expect(name.cells.slice(1, 3).every((c) => c.merged)).toBe(true);
    expect(name.cells).toHaveLength(8);
    // "50,000" (right-aligned) and "年度资金总额：" are one pdfjs run across a rule: split apart
    const total = rowStarting(grid, "项目资金（元）");
    expect(total.cells.map((c) => (c.merged ? "~" : c.text))).toEqual(["项目资金 （元）", "~", "~", "实施期资金总额：", "50,000", "年度资金总额：", "50,000"]);
    expect(own(rowStarting(grid, "单位自筹"))).toEqual(["单位自筹", "0", "单位自筹", "0"]);
  });

  it("joins a cell's wrapped lines into its text", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.pdf"));
    const row = rowStarting(grid, "项目概况");
    expect(row.cells[3].text).toBe(
      "为了改善民辅警办公条件，在更高水平上强力推动执法规范化建设，提高公安机关有效打击违法犯罪水平，增强人民群众的安全感和满意度。为改善办公条件，提升服务品质。需采购部分办公家具。",
    );
    const sa = (await readAny(fx("shanxi-self-assessment-002.pdf"))).grid;
    const goal = sa.rows.find((r) => r.cells.some((c) => c.text.startsWith("为坚持和发展新时代枫桥经验")))!;
    expect(own(goal)).toEqual([
      "为坚持和发展新时代枫桥经验,强化基层治理,优化基层派出所及警务技术大队工作环境,保障我局下属10个派出所冬季采暖,2019-2023年共需取暖费114.462925万元。",
      "全年完成供暖面积120万平方米,用户室温达标率98%,设备故障率控制在1.5%以内,目标完成率100%",
    ]);
  });

  it("stitches a form across pages and drops the page-number footers", async () => {
    const { grid } = await readAny(fx("shanxi-target-000.pdf"));
    const pages = new Set(grid.rows.map((r) => r.loc.page));
    expect(pages.size).toBe(2);
    expect(grid.rows.some((r) => /第\s*\d+\s*页/.test(r.text))).toBe(false);
    // the indicator header is the last row of page 1, the first indicator the first of page 2: no break row
    const header = grid.rows.findIndex((r) => r.cells[1]?.text === "一级指标");
    expect(grid.rows[header].loc.page).toBe(1);
    expect(grid.rows[header + 1].loc.page).toBe(2);
    expect(own(grid.rows[header + 1])).toEqual(["绩效指标", "产出指标", "数量指标", "购置办公设备数量", "≥10台（套）", "数量指标", "购置办公设备数量", "≥10台（套）"]);
  });

  it("reads a multi-sheet PDF: every form, in page order", async () => {
    const { grid } = await readAny(fx("multi.pdf"));
    const anchors = grid.rows.filter((r) => r.cells[0]?.text === "项目名称");
    expect(anchors.map((r) => own(r)[1])).toEqual(["蔡家崖派出所办公家具采购项目", "2022 年执法办案管理中心项目", "2019-2023年BOT取暖服务费", "飞机航测专项经费"]);
    const pages = anchors.map((r) => r.loc.page!);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });

  it("gives clear errors for a scan, an encrypted file and a truncated file", async () => {
    await expect(readAny(fx("broken-notext.pdf"))).rejects.toMatchObject({ code: "read/pdf-no-text", message: expect.stringContaining("OCR") });
    await expect(readAny(fx("broken-encrypted.pdf"))).rejects.toMatchObject({ code: "read/pdf-encrypted" });
    await expect(readAny(fx("broken-truncated.pdf"))).rejects.toMatchObject({ code: "read/corrupt" });
    const bytes = await readFile(fx("broken-truncated.pdf"));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
