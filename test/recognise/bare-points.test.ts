/**
 * Level-1 points printed without 分 ("产出指标（50）", or a lone "（50）" line under a level 1 printed
 * one character a line) are the level 1's points, as "（50分）" is; a year, a count or a decimal in the
 * bracket is not. Small invented forms (invented counties, projects and figures); expectations written
 * by hand from the forms.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { at } from "../helpers/layout-text.js";
import { scoredForm } from "./scored-form.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

describe("a level 1 with its points in brackets without 分, in one cell (TAB)", () => {
  const form = (output: string) =>
    scoredForm(
      [
        [output, "数量指标", "补助村卫生室数量", "42个", "42个", "30", "30"],
        ["", "质量指标", "村卫生室验收合格率", "100%", "100%", "20", "20"],
        ["效益指标（30）", "社会效益指标", "村民就近就医率", "≥90%", "92%", "30", "30"],
        ["满意度指标（10）", "服务对象满意度指标", "村民满意度", "≥90%", "93%", "10", "10"],
        ["总分", "", "", "", "", "100", "100"],
      ],
      false,
    );

  it("产出指标（50） is read as 产出指标 worth 50", () => {
    const f = parse(form("产出指标（50）")).forms[0];
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 50, 30, 10]);
  });

  it("a year, a count, a decimal or 0 in the bracket is no points, and the label stays 产出指标", () => {
    for (const label of ["产出指标（2024）", "产出指标（50个）", "产出指标（12.5）", "产出指标（0）"]) {
      const f = parse(form(label)).forms[0];
      expect(f.indicators[0].level1, label).toBe("产出指标");
      expect(f.indicators[0].level1Points ?? null, label).toBeNull();
      // the other groups keep theirs
      expect(f.indicators[2].level1Points, label).toBe(30);
    }
  });

  it("a level 2's bare bracket is not read as points (only a level 1's may be printed so)", () => {
    const f = parse(
      scoredForm(
        [
          ["产出指标（50）", "数量指标（30）", "补助村卫生室数量", "42个", "42个", "30", "30"],
          ["", "质量指标（20）", "村卫生室验收合格率", "100%", "100%", "20", "20"],
          ["效益指标（30）", "社会效益指标", "村民就近就医率", "≥90%", "92%", "30", "30"],
          ["满意度指标（10）", "服务对象满意度指标", "村民满意度", "≥90%", "93%", "10", "10"],
          ["总分", "", "", "", "", "100", "100"],
        ],
        false,
      ),
    ).forms[0];
    expect(f.indicators.map((i) => i.level2)).toEqual(["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]);
    expect(f.indicators.map((i) => i.level2Points ?? null)).toEqual([null, null, null, null]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 50, 30, 10]);
  });
});

/** columns as pdftotext -layout prints them (a full-width character takes two) */
const C = [1, 9, 23, 51, 69, 85, 91, 99];
const row = (...cells: string[]) => at(cells.map((t, k) => [C[k], t] as [number, string]).filter(([, t]) => t));
const head = (title: string, project: string) => [
  at([[23, title]]),
  ` 项目名称：${project}`,
  " 主管部门：某县文化广电局                  实施单位：某县文化馆",
  " 资金情况      年初预算数  全年预算数  全年执行数  分值  执行率    得分",
  " 年度资金总额  12.00       12.00       12.00       10    100.00%   10.00",
  row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因"),
];

describe("a level 1 printed one character a line, each on an indicator row, its points a bare （50） line below (-layout)", () => {
  const text = [
    ...head("2024年度项目支出绩效自评表", "某县农家书屋更新经费"),
    row("产", "数量指标", "更新图书的书屋数", "≥30个", "32个", "20", "20"),
    row("出", "", "配送图书册数", "≥9000册", "9300册", "10", "10"),
    row("指", "质量指标", "图书配送验收合格率", "≥98%", "100%", "10", "10"),
    row("标", "时效指标", "配送完成时间", "2024年10月底前", "2024年10月20日", "5", "5"),
    row("（50）", "成本指标", "每个书屋更新成本", "≤4000元/个", "3750元/个", "5", "5"),
    row("效", "社会效益指标", "书屋年借阅人次", "≥6000人次", "6400人次", "15", "15"),
    row("益", "可持续影响指", "书屋管理员在岗率", "≥95%", "97%", "15", "15"),
    row("（30）", "标"),
    row("满意度", "服务对象满意", "村民满意度", "≥90%", "95%", "10", "10"),
    row("（10）", "度指标"),
    at([[1, "总分"], [85, "100"], [91, "100.00"]]),
  ].join("\n");

  it("each level 1 keeps its label and its points", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["更新图书的书屋数", "配送图书册数", "图书配送验收合格率", "配送完成时间", "每个书屋更新成本", "书屋年借阅人次", "书屋管理员在岗率", "村民满意度"]);
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 50, 50, 50, 50, 30, 30, 10]);
  });
});

describe("a level 1 one character a line whose second character shares a line with a wrapped reason, （60） under its last (-layout)", () => {
  // "出" stands on the line that carries the rest of the first row's reason, so that line is folded
  // into the first row: the level 1 reaches the repair as "产出" / "指" / "标" / "（60）"
  const text = [
    ...head("2024年度项目支出绩效自评表", "某县流动图书车运行经费"),
    row("产", "数量指标", "流动服务站点数", "≥16个", "14个", "30", "26.25", "2个站点道路施工，"),
    row("出", "", "", "", "", "", "", "暂停服务"),
    row("指", "质量指标", "借阅图书完好率", "≥95%", "98%", "20", "20"),
    row("标", "时效指标", "每月服务次数", "≥2次", "2次", "10", "10"),
    row("（60）"),
    row("效", "社会效益指标", "流动服务借阅人次", "≥5000人次", "5200人次", "20", "20"),
    row("益"),
    row("（20）"),
    row("满意度", "服务对象满意", "读者满意度", "≥90%", "93%", "10", "10"),
    row("（10）", "度指标"),
    at([[1, "总分"], [85, "100"], [91, "96.25"]]),
  ].join("\n");
  const f = parse(text).forms[0];

  it("reads one indicator a row, the reason whole", () => {
    expect(f.indicators.map((i) => i.name)).toEqual(["流动服务站点数", "借阅图书完好率", "每月服务次数", "流动服务借阅人次", "读者满意度"]);
    expect(f.indicators[0].deviation).toBe("2个站点道路施工，暂停服务");
  });

  it("the level 1 is 产出指标 on every row it spans, not 指标 from its last two lines", () => {
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
  });

  it("the （60） under the label is its points", () => {
    expect(f.indicators.map((i) => i.level1Points)).toEqual([60, 60, 60, 20, 10]);
  });
});

describe("traps under a level 1 printed one character a line (-layout)", () => {
  const form = (under: string) =>
    [
      ...head("2024年度项目支出绩效自评表", "某县农家书屋更新经费"),
      row("产", "数量指标", "更新图书的书屋数", "≥30个", "32个", "30", "30"),
      row("出", "质量指标", "图书配送验收合格率", "≥98%", "100%", "10", "10"),
      row("指", "时效指标", "配送完成时间", "2024年10月底前", "2024年10月20日", "10", "10"),
      row("标"),
      row(under),
      row("效", "社会效益指标", "书屋年借阅人次", "≥6000人次", "6400人次", "30", "30"),
      row("益"),
      row("满意度", "服务对象满意度指标", "村民满意度", "≥90%", "95%", "10", "10"),
      at([[1, "总分"], [85, "100"], [91, "100.00"]]),
    ].join("\n");

  for (const under of ["（50个）", "（2024）"]) {
    it(`a lone ${under} under the label is no points, and the label stays whole`, () => {
      const f = parse(form(under)).forms[0];
      expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
      expect(f.indicators.map((i) => i.level1Points ?? null)).toEqual([null, null, null, null, null]);
    });
  }
});
