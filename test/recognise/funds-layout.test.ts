/**
 * The funds block of a self-assessment printed with spaces (pdftotext -layout style), on a small form
 * written for these tests (invented project and figures). Expectations were written by hand from it.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const text = [
  "                     2024年度项目支出绩效自评表",
  "",
  "项目名称      某镇小型水库安全运行项目",
  "主管部门      某县水务局                实施单位    某镇水利站",
  "预算执行情况（20分）                                                        单位：万元",
  "                      年初预算数  全年预算数  全年执行数  分值    执行率    得分    偏差原因",
  "年度资金总额          50.00       56.00       47.60       20      85.00%    17.00   闸门检修改为自营施工，",
  "                                                                                    结余8.40万元",
  "其中：财政拨款        40.00       46.00       39.10",
  "上年结转资金          0.00        0.00        0.00",
  "其他资金              10.00       10.00       8.50",
  "年度总体目标    预期目标：完成3座小型水库闸门检修",
  "                实际完成：3座小型水库闸门检修完毕",
  "绩效指标（80分）",
  "一级指标    二级指标      三级指标                年度指标值      实际完成值        分值    得分    偏差原因分析及改进措施",
  "产出指标    数量指标      检修水库闸门            =3座            3座               40      40",
  "效益指标    社会效益指标  水库安全度汛            =3座            3座               30      30",
  "满意度指标  服务对象满意  下游群众满意度          ≥90%            93%               10      10",
  "            度指标",
  "总分                                                                                100     97.00   自评等级：优",
].join("\n");

describe("a space-aligned funds block", () => {
  const f = parse(text).forms[0];
  it("reads the totals row by its header", () => {
    expect(f.funds.planned).toBe(50);
    expect(f.funds.adjusted).toBe(56);
    expect(f.funds.executed).toBe(47.6);
    expect(f.funds.rate).toBe(85);
    expect(f.funds.score).toBe(17);
  });
  it("a source row with three amounts and no 分值 / 执行率 / 得分 reads them under 年初 / 全年 / 执行, where they stand", () => {
    expect(f.funds.sources.map((s) => [s.name, s.planned, s.adjusted, s.executed])).toEqual([
      ["财政拨款", 40, 46, 39.1],
      ["上年结转资金", 0, 0, 0],
      ["其他资金", 10, 10, 8.5],
    ]);
  });
  it("the 偏差原因 wrapped onto the next line under its column joins the reason, even with a figure in it", () => {
    expect(f.funds.raw?.reasons?.text).toBe("闸门检修改为自营施工，结余8.40万元");
  });
});
