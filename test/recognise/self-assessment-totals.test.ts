/**
 * Reader gaps the rules' developer met on the invented checklist-dev forms, on small forms written
 * for these tests (invented projects and numbers): the grade on a line below the table, total rows
 * labelled 自评总分 / 综合得分 / 合计得分, the 资金结余 column, and a 20-point funds row whose 原因
 * cell is filled. Each in TAB text and in space-aligned text (pdftotext -layout). Expectations were
 * written by hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

import { T, scoredForm } from "./scored-form.js";
const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

/**
 * a scored self-assessment (10-point budget line) whose closing rows are `closing`; with `remark`
 * a 备注 column (the header engine reads the form with or without it)
 */
function form(closing: string[][], remark = false): string {
  return scoredForm(
    [
      ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "50", "50"],
      ["效益指标", "社会效益指标", "村卫生室正常运转率", "≥98%", "99%", "30", "30"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "88%", "10", "9.5", "个别村反映开诊时间短"],
      ...closing,
    ],
    remark,
  );
}

const summary = (text: string) => {
  const d = parse(text);
  expect(d.forms).toHaveLength(1);
  const f = d.forms[0];
  return { layout: f.layout, total: f.total, grade: f.grade, names: f.indicators.map((i) => i.name), warnings: f.parse.warnings };
};

const NAMES = ["补助村卫生室数量", "村卫生室正常运转率", "村民满意度"];

describe.each([
  // the weighted-self-assessment layout module that used to claim the form without a 备注 column is
  // gone (rules/templates/weighted-self-assessment.yml wants a 权重 column): the engine reads both
  ["the header engine, without a 备注 column", false, "generic"],
  ["the header engine", true, "generic"],
])("a self-assessment's total and grade, read by %s", (_, remark, layout) => {
  it("takes the grade from a 自评得分 / 自评等级 line below the 总分 row, both on one line", () => {
    const s = summary(form([["总分", "", "", "", "", "100", "99"], ["自评得分：99分", "", "", "", "自评等级：良"]], remark));
    expect(s).toMatchObject({ layout, total: 99, grade: "良", names: NAMES });
    expect(s.warnings).not.toContain("找不到总分行");
  });

  it("takes the grade from 自评得分 and 自评等级 written on two lines below the table", () => {
    const s = summary(form([["自评得分：99分"], ["自评等级：良"]], remark));
    expect(s).toMatchObject({ layout, total: 99, grade: "良", names: NAMES });
    expect(s.warnings).not.toContain("找不到总分行");
  });

  it("reads 自评得分 and 自评等级 on one line without a 总分 row", () => {
    const s = summary(form([["自评得分：99.5分", "", "", "", "自评等级：优"]], remark));
    expect(s).toMatchObject({ layout, total: 99.5, grade: "优", names: NAMES });
  });

  it.each(["自评总分", "综合得分", "合计得分", "总得分"])("reads a %s row as the total, not as an indicator", (label) => {
    const s = summary(form([[label, "", "", "", "", "100", "99", "优"]], remark));
    expect(s).toMatchObject({ layout, total: 99, grade: "优", names: NAMES });
    expect(s.warnings).toEqual([]);
  });

  it("still reads a 自评等级 | 良 row under the total row", () => {
    const s = summary(form([["总分", "", "", "", "", "100", "99"], ["自评等级", "", "", "", "良"]], remark));
    expect(s).toMatchObject({ layout, total: 99, grade: "良" });
  });
});

describe("a self-assessment's total and grade in space-aligned text", () => {
  it("reads the grade line of space-aligned text (pdftotext -layout)", () => {
    const text = [
      "                      项目支出绩效自评表",
      "                        （2024年度）",
      "项目名称          某县乡村卫生室运行补助",
      "主管部门          某县卫生健康局                  实施单位        某县卫生院",
      "项目资金（万元）                年初预算数    全年预算数    全年执行数    分值    执行率    得分",
      "                年度资金总额    60            60            57            10      95%       9.5",
      "年度总体目标    预期目标                      实际完成情况",
      "                补助村卫生室42个。            补助村卫生室42个。",
      "一级指标    二级指标          三级指标              年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施",
      "产出指标    数量指标          补助村卫生室数量      42个          42个          50      50",
      "效益指标    社会效益指标      村卫生室正常运转率    ≥98%          99%           30      30",
      "满意度指标  服务对象满意度指标  村民满意度          ≥90%          88%           10      9.5     个别村反映开诊时间短",
      "自评总分                                                                      100     99",
      "自评得分：99分                         自评等级：良",
    ].join("\n");
    const s = summary(text);
    expect(s).toMatchObject({ total: 99, grade: "良", names: NAMES });
    expect(s.warnings).toEqual([]);
  });
});

/** a 20-point budget part with 资金结余 and 原因 columns */
function fundsForm(totalRow: string[]): string {
  return T([
    ["项目支出绩效自评表"],
    ["项目名称", "", "某县农村供水管网维修"],
    ["主管部门", "", "某县水务局", "", "实施单位", "", "某县供水站"],
    ["预算执行情况（20分）", "", "", "年初预算数", "全年预算数", "全年执行数", "资金结余", "分值", "执行率", "得分", "原因"],
    totalRow,
    ["", "其中：财政拨款", "", "150", "150", "153", "0", "—", "—", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况"],
    ["", "维修供水管网30处。", "", "", "维修供水管网30处。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标（40分）", "数量指标", "维修管网处数", "30处", "30处", "40", "40"],
    ["效益指标（30分）", "社会效益指标", "供水保证率", "≥95%", "97%", "30", "30"],
    ["满意度指标（10分）", "服务对象满意度指标", "用水户满意度", "≥90%", "93%", "10", "10"],
    ["总分", "", "", "", "", "100", "100", "优"],
  ]);
}

describe("a self-assessment's funds table", () => {
  const REASON = "部分管网抢修超出预算，由单位自筹补足";

  it("keeps a 20-point funds row whose 原因 cell is filled, and reads 资金结余 and the reason", () => {
    const d = parse(fundsForm(["", "年度资金总额", "", "150", "150", "153", "0", "20", "102%", "20", REASON]));
    const f = d.forms[0].funds;
    expect([f.planned, f.adjusted, f.executed, f.balance, f.weight, f.rate, f.score]).toEqual([150, 150, 153, 0, 20, 102, 20]);
    expect(f.raw?.reasons?.text).toBe(REASON);
    expect(f.raw?.balance?.loc.col).toBe(7);
    expect(f.sources.map((s) => s.name)).toEqual(["财政拨款"]);
  });

  it("reads an unlabelled totals row with its 原因 filled as the totals, not as a source named by the reason", () => {
    const d = parse(fundsForm(["", "", "", "150", "150", "153", "0", "20", "102%", "20", REASON]));
    const f = d.forms[0].funds;
    expect([f.adjusted, f.executed, f.balance, f.weight, f.score]).toEqual([150, 153, 0, 20, 20]);
    expect(f.raw?.reasons?.text).toBe(REASON);
    expect(f.sources.map((s) => s.name)).toEqual(["财政拨款"]);
  });

  it.each(["资金结余", "结余", "结转结余", "资金结(转)余", "结余资金", "结余结转"])("reads a %s column as the balance", (head) => {
    const text = fundsForm(["", "年度资金总额", "", "200", "180", "150", "30", "20", "83.33%", "16.67"]).replace("资金结余", head);
    const f = parse(text).forms[0].funds;
    expect([f.adjusted, f.executed, f.balance]).toEqual([180, 150, 30]);
  });
});
