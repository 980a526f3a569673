/**
 * Subtotal rows (小计, 其中小计, （产出指标小计）) and page numbers in the indicator table, on small
 * forms written for these tests (invented projects and numbers), read by the header engine, with and
 * without a 备注 column. A subtotal states its level-1 group's points: it is never an
 * indicator. A page number ("— 1 —") between two pages is never a row. Expectations were written by
 * hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

import { scoredForm } from "./scored-form.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

/** a scored self-assessment with `rows` as its indicator rows; with `remark` a 备注 column */
const form = (rows: string[][], remark: boolean) => scoredForm([...rows, ["总分", "", "", "", "", "100", "99"]], remark);

const ROWS = (subtotal: (group: string) => string) => [
  ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "30", "30"],
  ["", "质量指标", "村卫生室验收合格率", "100%", "100%", "20", "20"],
  [subtotal("产出指标"), "", "", "", "", "50", "50"],
  ["效益指标", "社会效益指标", "村卫生室正常运转率", "≥98%", "99%", "30", "30"],
  [subtotal("效益指标"), "", "", "", "", "30", "30"],
  ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "88%", "10", "9.5", "个别村反映开诊时间短"],
  ["", subtotal("满意度指标"), "", "", "", "10", "9.5"],
];
const NAMES = ["补助村卫生室数量", "村卫生室验收合格率", "村卫生室正常运转率", "村民满意度"];

describe.each([
  // the weighted-self-assessment layout module that used to claim the form without a 备注 column is
  // gone (rules/templates/weighted-self-assessment.yml wants a 权重 column): the engine reads both
  ["the header engine, without a 备注 column", false, "generic"],
  ["the header engine", true, "generic"],
])("subtotal rows and page numbers, read by %s", (_, remark, layout) => {
  it.each([
    ["小计", () => "小计"],
    ["其中小计", () => "其中小计"],
    ["（产出指标小计）", (g: string) => `（${g}小计）`],
  ])("a %s row is no indicator and leaves the levels of the rows below alone", (_label, subtotal) => {
    const d = parse(form(ROWS(subtotal), remark));
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).toBe(layout);
    expect(f.indicators.map((i) => i.name)).toEqual(NAMES);
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.weight)).toEqual([30, 20, 30, 10]);
  });

  it("a page number between two rows of the table is no row", () => {
    const rows = ROWS(() => "小计").filter((r) => !r.includes("小计"));
    const d = parse(form([...rows.slice(0, 2), ["— 1 —"], ...rows.slice(2)], remark));
    const f = d.forms[0];
    expect(f.layout).toBe(layout);
    expect(f.indicators.map((i) => i.name)).toEqual(NAMES);
  });
});

describe("a subtotal's stated points", () => {
  it("become the level-1 group's points where its label states none (header engine)", () => {
    const f = parse(form(ROWS(() => "小计"), true)).forms[0];
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 50, 30, 10]);
  });
});

describe("a reason wrapped over three lines in space-aligned text", () => {
  // the level 1's points ("（40分）") stand on the reason's middle line, the level-1 header carries
  // the indicators' total points ("一级指标（80分）")
  const text = [
    "项目支出绩效自评表",
    "项目名称          某县农作物统防统治补助项目",
    "主管部门          某县农业农村局              实施单位  某县植保站",
    "一级指标（80分）  二级指标        三级指标            年度指标值    实际完成值    分值  得分   偏差原因分析及改进措施",
    "产出指标    数量指标        统防统治作业面积    ≥15万亩       13.5万亩      15    13.5   受持续降雨影响，部分地块",
    "（40分）                                                                                 未能按计划作业；今后",
    "                                                                                         将提前储备地面机械。",
    "            质量指标        病虫害防治效果      ≥85%          88%           25    25",
    "效益指标    经济效益指标    挽回粮食损失        ≥4000吨       4100吨        30    30",
    "（30分）",
    "满意度指标  服务对象满意度  种植户满意度        ≥90%          91%           10    10",
    "（10分）    指标",
    "总分                                                                            100   98.5",
  ].join("\n");

  it("keeps the reason whole on its indicator and the points on the level 1: no new indicator", () => {
    const d = parse(text);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["统防统治作业面积", "病虫害防治效果", "挽回粮食损失", "种植户满意度"]);
    expect(f.indicators[0].deviation).toBe("受持续降雨影响，部分地块未能按计划作业；今后将提前储备地面机械。");
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([40, 40, 30, 10]);
  });
});
