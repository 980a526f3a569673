import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

// invented: a target form whose 实施期 and 年度 columns are named once, in a header row over the amounts
const form = (head: string, rows: string[], period = "1年") =>
  [
    "项目支出绩效目标表",
    "项目名称\t乡村河道保洁经费",
    `项目属性\t经常性项目\t项目期\t${period}`,
    head,
    ...rows,
    "年度总体目标\t完成12条乡村河道日常保洁，河面垃圾清理及时率达到95%。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t保洁河道条数\t=12条",
    "满意度指标\t服务对象满意度指标\t沿河村民满意度\t≥90%",
  ].join("\n");
const fundsOf = (src: string) => gridToDocument(textToGrid("t.txt", src, "utf-8")).forms[0].funds;

describe("a funds block whose 实施期 and 年度 columns are named in a header row", () => {
  it("reads each amount under its own column, the total and every source", () => {
    const f = fundsOf(form("项目资金（万元）\t实施期资金总额\t年度资金总额", ["资金总额\t66.00\t22.00", "其中：财政拨款\t60.00\t20.00", "其他资金\t6.00\t2.00"], "2025年至2027年"));
    expect([f.periodTotal, f.annualTotal, f.unit]).toEqual([66, 22, "万元"]);
    expect(f.sources.map((s) => [s.name, s.period, s.annual])).toEqual([
      ["财政拨款", 60, 20],
      ["其他资金", 6, 2],
    ]);
  });

  it("keeps the columns when the labels stand one cell to the right of the header's title", () => {
    const f = fundsOf(form("项目资金（元）\t\t实施期资金总额\t年度资金总额", ["\t资金总额\t90000\t90000", "\t其中：市县财政资金\t90000\t90000", "\t单位自筹\t无\t无"]));
    expect([f.periodTotal, f.annualTotal]).toEqual([90000, 90000]);
    expect(f.sources.map((s) => [s.name, s.period, s.annual])).toEqual([
      ["市县财政资金", 90000, 90000],
      ["单位自筹", null, null],
    ]);
  });

  it("leaves labels that carry their own amounts to the label-by-label reading", () => {
    const f = fundsOf(form("项目资金\t实施期资金总额：\t50.00\t年度资金总额：\t50.00", []));
    expect([f.periodTotal, f.annualTotal]).toEqual([50, 50]);
  });
});
