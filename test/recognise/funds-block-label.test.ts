/**
 * A TAB funds block whose first column holds the block's label with its money unit ("资金情况（万元）")
 * and whose totals row carries its own label in the next cell ("年度资金总额"). Invented form and
 * figures; expectations written by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const text = [
  "2024年度项目支出绩效自评表",
  "项目名称\t某乡农村饮水工程维修养护",
  "主管部门\t某县水利局\t\t实施单位\t某乡水利站",
  "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t偏差原因",
  "资金情况（万元）\t年度资金总额\t42.00\t42.00\t37.80\t20\t90.00%\t18.00\t",
  "\t其中：财政拨款\t42.00\t42.00\t37.80\t—\t—\t—\t",
  "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—\t",
  "年度总体目标\t预期目标\t\t\t\t实际完成情况",
  "\t维修供水管网12公里。\t\t\t\t维修供水管网12公里。",
  "一级指标\t二级指标\t三级指标\t分值\t年度目标值\t实际完成值\t得分\t偏差原因分析及改进措施",
  "产出指标\t数量指标\t维修管网长度\t40\t≥12公里\t12公里\t40\t",
  "效益指标\t社会效益指标\t受益人口\t20\t≥3000人\t3100人\t20\t",
  "满意度指标\t服务对象满意度指标\t群众满意度\t20\t≥90%\t93%\t20\t",
  "总分\t\t\t100\t\t\t98.00\t优",
].join("\n");

describe("a funds block labelled with its unit in the first column", () => {
  const f = parse(text).forms[0];
  it("reads the totals row under the row's own label, not the block's", () => {
    expect(f.funds.raw?.label?.text).toBe("年度资金总额");
    expect([f.funds.planned, f.funds.adjusted, f.funds.executed, f.funds.rate, f.funds.score, f.funds.weight]).toEqual([42, 42, 37.8, 90, 18, 20]);
  });
  it("takes the money unit from the block's label and keeps the sources apart from the total", () => {
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.sources.map((s) => s.name)).toEqual(["财政拨款", "其他资金"]);
  });
});

describe("a funds block whose first column names the block without a unit", () => {
  const f = parse(
    text
      .replace("资金情况（万元）\t年度资金总额", "项目资金\t年度资金总额")
      .replace("\t\t年初预算数\t全年预算数", "（万元）\t\t年初预算数\t全年预算数"),
  ).forms[0];
  it("a first cell followed by the totals' own label ('项目资金 ⇥ 年度资金总额') is the block's label", () => {
    expect(f.funds.raw?.label?.text).toBe("年度资金总额");
    expect([f.funds.adjusted, f.funds.executed, f.funds.rate, f.funds.score]).toEqual([42, 37.8, 90, 18]);
    expect(f.funds.sources.map((s) => s.name)).toEqual(["财政拨款", "其他资金"]);
  });
});
