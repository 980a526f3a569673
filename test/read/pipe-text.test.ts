/**
 * Text copied from a web page as a "|" table (issue 8: real forms are often saved that way), and
 * a 指标性质 column that holds the comparator ("=" / "≥") of a split value. Invented forms in the
 * shape such pages have: one row a line with "||" for empty cells, and a row spread over indented
 * lines that start with "|".
 */
import { describe, expect, it } from "vitest";
import { gridToDocument } from "../../src/parse.js";
import { isPipeTable, textToGrid } from "../../src/read/text.js";

const SELF_ASSESSMENT = [
  "部门预算项目支出绩效自评表(2024年度) | ||||||",
  "项目名称 | 某县乡村道路养护补助 | ||||||",
  "主管部门 | 某县交通运输局 | 实施单位 | 某县公路养护中心 | |||",
  "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |",
  "总额 | 80.00 | 80.00 | 76.00 | 95.00% | 10 | 9.5 |",
  "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
  "产出指标 | 数量指标 | 养护农村道路里程 | ≥ | 120 | 公里 | 126 | 30 | 30 | ||",
  "产出指标 | 时效指标 | 养护完成时间 | ≤ | 11 | 月 | 10 | 20 | 20 | ||",
  "效益指标 | 社会效益指标 | 道路完好率 | ≥ | 85 | % | 83 | 25 | 22 | 雨季塌方两处 |",
  "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥ | 90 | % | 92 | 15 | 15 | ||",
  "合计 | 100 | 96.5 | |||||||",
].join("\n");

describe("text saved as a | table", () => {
  it("is recognised only when most lines hold a |", () => {
    expect(isPipeTable(SELF_ASSESSMENT.split("\n"))).toBe(true);
    expect(isPipeTable(["项目名称  某项目", "一级指标  二级指标  三级指标", "a | b"])).toBe(false);
  });

  it("splits each line into the cells between the |, keeping empty ones", () => {
    const grid = textToGrid("t.txt", SELF_ASSESSMENT, "utf-8");
    // "某县公路养护中心 | |||": four "|" close four cells, the last three empty
    expect(grid.rows[2].cells.map((c) => c.text)).toEqual(["主管部门", "某县交通运输局", "实施单位", "某县公路养护中心", "", "", ""]);
    expect(grid.rows[6].cells.slice(0, 7).map((c) => c.text)).toEqual(["产出指标", "数量指标", "养护农村道路里程", "≥", "120", "公里", "126"]);
    expect(grid.rows[6].loc.line).toBe(7);
  });

  it("reads the self-assessment: header fields, funds and every indicator with its split value", () => {
    const doc = gridToDocument(textToGrid("t.txt", SELF_ASSESSMENT, "utf-8"));
    expect(doc.forms).toHaveLength(1);
    // "绩效指标(90分)" is the row-label column with its points, not an unknown column
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("layout/unexplained-column");
    const form = doc.forms[0];
    expect(form.kind).toBe("self-assessment");
    expect(form.title).toBe("部门预算项目支出绩效自评表(2024年度)");
    expect(form.project?.name).toBe("某县乡村道路养护补助");
    expect(form.project?.department).toBe("某县交通运输局");
    expect(form.project?.implementer).toBe("某县公路养护中心");
    expect(form.funds?.planned).toBe(80);
    expect(form.funds?.executed).toBe(76);
    const got = form.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit, i.actual?.raw, i.weight, i.score]);
    expect(got).toEqual([
      ["产出指标", "数量指标", "养护农村道路里程", ">=", 120, "公里", "126", 30, 30],
      ["产出指标", "时效指标", "养护完成时间", "<=", 11, "月", "10", 20, 20],
      ["效益指标", "社会效益指标", "道路完好率", ">=", 85, "%", "83", 25, 22],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 90, "%", "92", 15, 15],
    ]);
    expect(form.indicators[2].deviation).toBe("雨季塌方两处");
    // the comparator under 指标性质 is not a value kind (定量 / 定性)
    expect(form.indicators.every((i) => i.valueKind == null)).toBe(true);
    expect(form.indicators[0].target?.cells?.map((c) => [c.role, c.text])).toEqual([
      ["comparator", "≥"],
      ["number", "120"],
      ["unit", "公里"],
    ]);
  });

  it("joins a row spread over indented lines that start with |, and a cell wrapped onto an indented line", () => {
    const text = [
      "项目名称 | 某镇垃圾清运服务 |",
      "主管部门 | 某镇人民政府 |",
      "绩效",
      "    指标",
      "    | 一级指标",
      "    | 二级指标",
      "    | 三级指标",
      "    | 指标值",
      "    | 实际完成值",
      "    |",
      "产出指标",
      "    | 数量指标",
      "    | 清运垃圾量",
      "    | ≥300吨",
      "    | 320吨",
      "    | |",
      "效益指标",
      "    | 生态效益",
      "    指标",
      "    | 镇区环境卫生",
      "    | 明显改善",
      "    | 已改善",
      "    | |",
    ].join("\n");
    const grid = textToGrid("t.txt", text, "utf-8");
    expect(grid.rows.map((r) => r.cells.map((c) => c.text).filter(Boolean))).toEqual([
      ["项目名称", "某镇垃圾清运服务"],
      ["主管部门", "某镇人民政府"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      ["产出指标", "数量指标", "清运垃圾量", "≥300吨", "320吨"],
      ["效益指标", "生态效益指标", "镇区环境卫生", "明显改善", "已改善"],
    ]);
    expect(grid.rows[3].loc.line).toBe(11);
    const doc = gridToDocument(grid);
    expect(doc.forms).toHaveLength(1);
    const inds = doc.forms[0].indicators;
    expect(inds.map((i) => [i.level2, i.name, i.target?.raw, i.actual?.raw])).toEqual([
      ["数量指标", "清运垃圾量", "≥300吨", "320吨"],
      ["生态效益指标", "镇区环境卫生", "明显改善", "已改善"],
    ]);
  });

  it("names an indicator table that stands above every form label (the end of a form cut off) instead of dropping it", () => {
    const text = [
      "一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |",
      "产出指标 | 数量指标 | 印发宣传册 | ≥2000份 | 2100份 | 50 | 50 |",
      "",
      SELF_ASSESSMENT,
    ].join("\n");
    const doc = gridToDocument(textToGrid("t.txt", text, "utf-8"));
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0].project?.name).toBe("某县乡村道路养护补助");
    const headless = doc.diagnostics.filter((d) => d.code === "layout/headless-table");
    expect(headless.map((d) => d.line)).toEqual([1]);
    // a file whose only table is a form gets no such diagnostic
    const plain = gridToDocument(textToGrid("t.txt", SELF_ASSESSMENT, "utf-8"));
    expect(plain.diagnostics.map((d) => d.code)).not.toContain("layout/headless-table");
  });
});
