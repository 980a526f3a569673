/**
 * Misreads of PDF-extracted weighted self-assessments (一级指标 | 权重 | … | 年度指标值 | 实际完成值 |
 * 分值 | 得分, numbered items "指标 1:"), fixed in the header engine for every template: goal labels
 * inside their text cells, blank items written "指标 2: —", spaces where a name wrapped, a level 1's
 * label and 权重 printed below its group's first rows, labels printed on the line after their row,
 * and level labels printed over the header's own cells. The form is invented (project, numbers and
 * wording); a 备注 column keeps it off the weighted-self-assessment layout module, so the engine reads
 * it. Expectations were written by hand from the form below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (lines: string[][]) => gridToDocument(textToGrid("test.txt", lines.map((r) => r.join("\t")).join("\n") + "\n", "utf-8"));

const TOP = [
  ["附件1"],
  ["项目支出绩效自评表"],
  ["项目名称", "某镇农贸市场摊位改造"],
  ["主管部门", "某县商务局", "", "", "", "实施单位", "某镇人民政府"],
  ["项目资金 (万元)", "权重", "", "年初 预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["", "10", "年度资金总额", "80", "80", "72", "10", "90%", "9"],
  ["", "", "其中：当年财政拨款", "80", "80", "72", "—", "", "—"],
  ["年度总体目标", "预期目标 改造农贸市场摊位，改善群众购物环境", "", "", "", "实际完成情况 基本完成预期目标"],
];
const HEADER = ["绩效指标", "一级指标", "权重", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "备注"];
const ROWS = [
  ["", "产出 指标", "50", "数量指标", "指标 1: 改造摊位 数量", "120 个", "120 个", "20", "20"],
  ["", "", "", "", "指标 2: —"],
  ["", "", "", "质量指标", "指标 1: 摊位验收合格率", "100%", "100%", "20", "20"],
  ["", "", "", "", "指标 2: ..."],
  ["", "", "", "成本指标", "指标 1: 改造成本", "80", "72", "10", "10"],
  ["经济效益指标", "", "指标 1:"],
  ["", "指标 1: 市场日均客流量增", "提高", "提高", "30", "29"],
  [""],
  ["效益指标", "30", "社会效益指标", "长率"],
  ["", "", "", "指标 2:"],
  ["满意度指标", "10", "服务对象满意度指标", "指标 1: 商户满意 度", "≥90%", "93%", "10", "10"],
  ["总分", "", "", "", "", "", "100", "99"],
];

describe("a weighted self-assessment read by the engine (rules/templates/weighted-self-assessment.yml)", () => {
  const f = parse([...TOP, HEADER, ...ROWS]).forms[0];

  it("is read with the weighted template", () => {
    expect(f.template).toBe("weighted-self-assessment");
    expect(f.kind).toBe("self-assessment");
  });

  it("reads goal labels printed inside their text cells as labels", () => {
    expect(f.goals.annual?.text).toBe("改造农贸市场摊位，改善群众购物环境");
    expect(f.goals.actual?.text).toBe("基本完成预期目标");
  });

  it("skips blank items written with a dash or dots, and joins names at their wrap spaces", () => {
    expect(f.indicators.map((i) => i.name)).toEqual(["改造摊位数量", "摊位验收合格率", "改造成本", "市场日均客流量增长率", "商户满意度"]);
  });

  it("keeps 成本指标 as a level 2 under 产出指标 in this template", () => {
    expect(f.indicators[2].level1).toBe("产出指标");
    expect(f.indicators[2].level2).toBe("成本指标");
  });

  it("gives the labels printed on the line after a row, and the level 1's 权重, to that row", () => {
    const i = f.indicators[3];
    expect(i.level1).toBe("效益指标");
    expect(i.level2).toBe("社会效益指标");
    expect(i.level1Weight).toBe(30);
    expect(i.weight).toBe(30);
    expect(i.score).toBe(29);
    expect(f.indicators.map((x) => x.level1Weight)).toEqual([50, 50, 50, 30, 10]);
  });
});

describe("level labels printed over the header's own cells", () => {
  it("name the level-1 and 权重 columns and open the first group", () => {
    const header = ["绩效 指标", "产出 指标", "数量 指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "备注"];
    const rows = [
      ["", "", "", "指标 1: 改造摊位数量", "120 个", "120 个", "50", "50"],
      ["", "", "质量指标", "指标 1: 摊位验收合格率", "100%", "100%", "40", "40"],
      ["满意度指标", "10", "服务对象满意度指标", "指标 1: 商户满意度", "≥90%", "93%", "10", "10"],
      ["总分", "", "", "", "", "", "100", "100"],
    ];
    const f = parse([...TOP, header, ...rows]).forms[0];
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "改造摊位数量"],
      ["产出指标", "质量指标", "摊位验收合格率"],
      ["满意度指标", "服务对象满意度指标", "商户满意度"],
    ]);
    expect(f.indicators[2].level1Weight).toBe(10);
    expect(f.indicators[0].extra).toBeUndefined();
  });
});

describe("goal texts under their labels in space-aligned text (pdftotext -layout)", () => {
  it("go to the label printed at or left of where they start, a lone wrapped piece too", () => {
    const text = [
      "项目支出绩效自评表",
      "项目名称        某县文化馆演出设备更新",
      "主管部门        某县文化和旅游局          实施单位    某县文化馆",
      "年度总体目标    预期目标                          实际完成情况",
      "                更新演出音响设备一套，提升        已更新音响设备一套，灯光",
      "                演出保障能力                      设备待下年采购。",
      "                。",
      "一级指标    二级指标            三级指标            年度指标值    实际完成值    分值    得分",
      "产出指标    数量指标            更新音响设备套数    1套           1套           50      50",
      "满意度指标  服务对象满意度指标  观众满意度          ≥90%          93%           50      50",
      "总分                                                                            100     100",
    ].join("\n");
    const f = gridToDocument(textToGrid("test.txt", text + "\n", "utf-8")).forms[0];
    expect(f.goals.annual?.text).toBe("更新演出音响设备一套，提升演出保障能力。");
    expect(f.goals.actual?.text).toBe("已更新音响设备一套，灯光设备待下年采购。");
    expect(f.indicators.map((i) => i.name)).toEqual(["更新音响设备套数", "观众满意度"]);
  });
});
