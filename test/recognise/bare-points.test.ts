/**
 * Level-1 points printed without 分 ("产出指标（50）", or a lone "（50）" line under a level 1 printed
 * one character a line) are the level 1's points, as "（50分）" is. Small invented forms (an invented
 * county's rural-library project, invented figures); expectations written by hand from the forms.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { at } from "../helpers/layout-text.js";
import { scoredForm } from "./scored-form.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

describe("a level 1 printed one character a line, its points a bare （50） line below (-layout)", () => {
  // columns as pdftotext -layout prints them (a full-width character takes two)
  const C = [1, 9, 23, 51, 69, 85, 91];
  const row = (...cells: string[]) => at(cells.map((t, k) => [C[k], t] as [number, string]).filter(([, t]) => t));
  const text = [
    "                       2024年度项目支出绩效自评表",
    " 项目名称：某县农家书屋更新经费",
    " 主管部门：某县文化广电局                  实施单位：某县文化馆",
    " 资金情况      年初预算数  全年预算数  全年执行数  分值  执行率    得分",
    " 年度资金总额  12.00       12.00       12.00       10    100.00%   10.00",
    row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
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

  it("each level 1 keeps its points", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 50, 50, 50, 50, 30, 30, 10]);
  });
});

describe("a level 1 with its points in brackets without 分 (TAB)", () => {
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

  it("a year in the bracket is no points", () => {
    const f = parse(form("产出指标（2024）")).forms[0];
    expect(f.indicators[0].level1Points ?? null).toBeNull();
  });
});
