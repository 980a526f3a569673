/**
 * A table continued on the next page under its title marked as continued ("…目标表（续）", "续表") and
 * the same header again, in a form that is not a list (decision 136, addendum): the title is not the
 * last indicator name's wrapped rest. Invented forms, laid out in spaces as a PDF's text is.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (lines: string[]) => gridToDocument(textToGrid("continued.txt", lines.join("\n"), "utf-8"));

const HEAD = [
  "                        2025年项目支出绩效目标表",
  "项目编码      77010025001001                    项目名称      村级公路养护",
  "预算数（万元）60",
  "绩效目标      全年养护村级公路120公里，路况优良率不低于80%。",
];
const HEADER = "一级指标  二级指标    三级指标          指标值        指标值确定依据";
const PAGE_ONE = [
  HEADER,
  "产出指标  数量指标    养护里程          ≥120公里      计划标准",
  "          质量指标    路况优良率        ≥80%          行业标准",
  "          成本指标    每公里养护费用    ≤0.5万元      计划标准",
  "",
];
const PAGE_TWO = [
  "一级指标  二级指标    三级指标          指标值        指标值确定依据",
  "效益指标  社会效益指标 群众出行条件      明显改善      计划标准",
  "满意度指标 服务对象满意度 沿线群众满意度  ≥90%          历史标准",
];

describe("a title marked as continued over the same header, in a form of one project", () => {
  for (const title of ["                        2025年项目支出绩效目标表（续）", "                        续表"]) {
    it(`skips "${title.trim()}" instead of gluing it to the indicator above`, () => {
      const d = parse([...HEAD, ...PAGE_ONE, title, ...PAGE_TWO]);
      expect(d.forms).toHaveLength(1);
      expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
        ["产出指标", "数量指标", "养护里程", "≥120公里"],
        ["产出指标", "质量指标", "路况优良率", "≥80%"],
        ["产出指标", "成本指标", "每公里养护费用", "≤0.5万元"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
      ]);
    });
  }

  it("keeps a one-cell line that is not marked as continued where the reader put it", () => {
    // the same layout with an ordinary wrapped name: the rest joins the name above
    const d = parse([...HEAD, ...PAGE_ONE.slice(0, 4), "                        （含桥涵）", ...PAGE_TWO.slice(1)]);
    expect(d.forms[0].indicators.map((i) => i.name)).toContain("每公里养护费用（含桥涵）");
  });
});
