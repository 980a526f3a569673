/**
 * A self-assessment's 绩效自评结论 row and the 存在问题 row under it (invented, Yunnan-style): the
 * conclusion is the form's narrative, the problems found a section of their own, each on its line, so
 * that the rules comparing narratives with the table and across forms read them. Every expectation
 * read off the text by hand.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (lines: string[]) => gridToDocument(textToGrid("self.txt", lines.join("\n") + "\n", "utf-8"));

const form = (tail: string[]) => [
  "项目支出绩效自评表",
  "项目名称\t乡村文化广场维护经费",
  "主管部门\t示例县文化和旅游局\t\t实施单位\t示例县文化馆",
  "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t年度资金总额\t20\t20\t19\t20\t95.00%\t19",
  "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "\t产出指标（40分）\t数量指标\t维护文化广场数量\t≥12个\t12个\t40\t40\t",
  "\t效益指标（30分）\t社会效益指标\t广场群众活动场次\t≥200场\t230场\t30\t30\t",
  "\t满意度指标（10分）\t服务对象满意度指标\t村民满意度\t≥90%\t94%\t10\t10\t",
  "总分\t\t\t\t\t\t100\t99\t优",
  ...tail,
];

describe("绩效自评结论 and 存在问题 rows (issue 9, dev-19's reader gap)", () => {
  it("reads the conclusion beside its label and the problems written after their heading as two sections", () => {
    const f = parse(form(["绩效自评结论\t项目自评得分99分，预算执行率95%，维护任务全面完成。", "\t存在问题：部分广场照明设施老化，下一步将纳入年度维修计划。"])).forms[0];
    expect(f.narrative.map((n) => [n.section, n.text, n.loc.line])).toEqual([
      ["绩效自评结论", "项目自评得分99分，预算执行率95%，维护任务全面完成。", 11],
      ["存在问题", "部分广场照明设施老化，下一步将纳入年度维修计划。", 12],
    ]);
  });
});
