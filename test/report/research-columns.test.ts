/**
 * The research tables carry what the reader reads of department forms and converted scores: the
 * spending lines (基本支出 / 人员经费 / 公用经费 / 项目支出), the 得分系数 of the indicators and of the
 * budget line, and the 指标得分小计 / 权重占比 / 折算得分 rows. Every expected value below was read off
 * the document by hand (the Sichuan department self-assessment fixture, and the invented form below).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv, runFixtures } from "./helpers.js";
import { flatten, FORM_COLUMNS, INDICATOR_COLUMNS } from "../../src/report/tables.js";

const HUBEI = "test/fixtures/templates/hubei-dept-overall-target/hubei-dept-overall-target.txt";
const SICHUAN = "test/fixtures/templates/sichuan-dept-coefficient-self/sichuan-dept-coefficient-self.txt";

/** an invented project self-assessment scored as 指标得分小计 × 权重占比 = 折算得分, 总分 = 折算得分 + 预算执行得分 */
const CONVERTED = `2024年度项目支出绩效自评表
项目名称：乡村道路养护经费
项目单位：青禾县公路养护中心        主管部门：青禾县交通运输局
资金情况（万元）  年初预算数  调整后预算数  实际支出数  预算执行率  分值  得分
                  80.00       80.00         76.00       95.00%      10    9.50
年度绩效目标完成情况
  年初设定目标：完成农村公路日常养护420公里，路面完好率保持在90%以上。
  年度总体目标完成情况综述：全年养护农村公路426公里，路面完好率92%。
一级指标    二级指标        三级指标                  年初目标值        实际完成值          分值  得分    偏差原因及改进措施
产出指标    数量指标        农村公路日常养护里程      ≥420公里          426公里             30    30.00   无
            质量指标        路面完好率                ≥90%              92%                 30    30.00   无
效益指标    社会效益指标    群众出行条件改善          明显改善          明显改善            20    18.00   部分路段雨季积水
满意度指标  服务对象满意度指标 沿线群众满意度            ≥90%              94%                 20    20.00   无
指标得分小计                                                                                 100   98.00
权重占比                                                                                    90%
折算得分                                                                                          88.20
总分                                                                                              97.70   等级：优
`;

const SPENDING_COLUMNS = ["basic", "personnel", "operating", "project"].flatMap((k) => ["period", "annual", "planned", "adjusted", "executed"].map((f) => `spending_${k}_${f}`));
const NEW_FORM_COLUMNS = ["funds_weight", "funds_coefficient", ...SPENDING_COLUMNS, "conversion_weight", "conversion_score", "conversion_share", "conversion_converted"];

const converted = join(mkdtempSync(join(tmpdir(), "kpi-research-")), "converted-self.txt");
writeFileSync(converted, CONVERTED);

async function tables() {
  const { model } = await runFixtures([SICHUAN, converted]);
  const flat = flatten(model);
  const jsonl = (name: "forms.jsonl" | "indicators.jsonl") => flat[name].trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  const csv = (name: "forms.csv" | "indicators.csv") => {
    const [head, ...rows] = parseCsv(flat[name]);
    return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
  };
  return { forms: jsonl("forms.jsonl"), indicators: jsonl("indicators.jsonl"), formsCsv: csv("forms.csv"), indicatorsCsv: csv("indicators.csv") };
}

describe("research tables: spending lines, coefficients, conversion", () => {
  it("appends the new columns after the existing ones, in a stable order", () => {
    const names = FORM_COLUMNS.map((c) => c.name);
    // the columns before keep their place: goal_actual was the last one
    expect(names.indexOf("goal_actual")).toBe(names.length - NEW_FORM_COLUMNS.length - 1);
    expect(names.slice(-NEW_FORM_COLUMNS.length)).toEqual(NEW_FORM_COLUMNS);
    for (const c of FORM_COLUMNS.slice(-NEW_FORM_COLUMNS.length)) expect(c.type).toBe("number");
    const ind = INDICATOR_COLUMNS.map((c) => c.name);
    expect(ind.slice(-2)).toEqual(["findings", "coefficient"]);
  });

  it("a department self-assessment's spending lines and coefficients, as the form states them", async () => {
    const { forms, indicators, formsCsv, indicatorsCsv } = await tables();
    expect(forms.length).toBe(4); // the department form, two project forms, the invented form
    const dept = forms[0];
    expect(dept.subject).toBe("department");
    expect(dept.funds_unit).toBe("万元");
    // 年度资金总额 … 权重 10 · 得分系数 0.97 · 得分 9.7
    expect([dept.funds_weight, dept.funds_coefficient, dept.funds_score]).toEqual([10, 0.97, 9.7]);
    // 其中：基本支出 1250 1250 1243.6 · 人员经费 1060 1060 1058.2 · 公用经费 190 190 185.4 · 项目支出 600 670 624.8
    const lines: [string, number, number, number][] = [
      ["basic", 1250, 1250, 1243.6],
      ["personnel", 1060, 1060, 1058.2],
      ["operating", 190, 190, 185.4],
      ["project", 600, 670, 624.8],
    ];
    for (const [kind, planned, adjusted, executed] of lines) {
      expect([dept[`spending_${kind}_planned`], dept[`spending_${kind}_adjusted`], dept[`spending_${kind}_executed`]]).toEqual([planned, adjusted, executed]);
      // a self-assessment has no target-form amounts
      expect([dept[`spending_${kind}_period`], dept[`spending_${kind}_annual`]]).toEqual([null, null]);
    }
    // numbers as numbers in the CSV too
    expect(formsCsv[0].spending_project_adjusted).toBe("670");
    expect(formsCsv[0].spending_basic_executed).toBe("1243.6");
    expect(formsCsv[0].funds_coefficient).toBe("0.97");
    // no conversion rows on this form
    expect([dept.conversion_weight, dept.conversion_score, dept.conversion_share, dept.conversion_converted]).toEqual([null, null, null, null]);

    // the indicators' 得分系数 column, row by row: 1, 0.92, 1, 0.96, 1, 1, 1.02, 1, 1
    const deptRows = indicators.filter((r) => r.form_id === dept.form_id);
    expect(deptRows.map((r) => r.coefficient)).toEqual([1, 0.92, 1, 0.96, 1, 1, 1.02, 1, 1]);
    expect(deptRows.map((r) => r.name).slice(0, 2)).toEqual(["高标准农田建设面积", "农业技术培训人次"]);
    expect(indicatorsCsv.filter((r) => r.form_id === dept.form_id).map((r) => r.coefficient)).toEqual(["1", "0.92", "1", "0.96", "1", "1", "1.02", "1", "1"]);

    // a project form (分值 10, 得分 9.8): empty where the form has nothing
    const project = forms[1];
    expect(project.subject).toBe("project");
    expect([project.funds_weight, project.funds_score, project.funds_coefficient]).toEqual([10, 9.8, null]);
    for (const c of SPENDING_COLUMNS) expect(project[c]).toBeNull();
    for (const c of SPENDING_COLUMNS) expect(formsCsv[1][c]).toBe("");
    expect(indicators.filter((r) => r.form_id === project.form_id).every((r) => r.coefficient === null)).toBe(true);
    expect(indicatorsCsv.filter((r) => r.form_id === project.form_id).every((r) => r.coefficient === "")).toBe(true);
  });

  it("a self-assessment's 指标得分小计 / 权重占比 / 折算得分 rows", async () => {
    const { forms, formsCsv } = await tables();
    const f = forms[3];
    expect(f.project).toBe("乡村道路养护经费");
    // 指标得分小计 100 98.00 · 权重占比 90% · 折算得分 88.20 (98 × 90% = 88.2; + 预算执行 9.5 = 总分 97.7)
    expect([f.conversion_weight, f.conversion_score, f.conversion_share, f.conversion_converted]).toEqual([100, 98, 90, 88.2]);
    expect([f.funds_weight, f.funds_score, f.total]).toEqual([10, 9.5, 97.7]);
    expect([formsCsv[3].conversion_share, formsCsv[3].conversion_converted]).toEqual(["90", "88.2"]);
    for (const c of SPENDING_COLUMNS) expect(f[c]).toBeNull();
  });

  it("a department target form's spending lines with one amount column go to *_period", async () => {
    const { model } = await runFixtures([HUBEI]);
    const dept = JSON.parse(flatten(model)["forms.jsonl"].split("\n")[0]) as Record<string, unknown>;
    expect(dept.subject).toBe("department");
    // 年度预算资金 … 其中：基本支出 1420 · 人员经费 1210 · 公用经费 210 · 项目支出 760 (单位：万元)
    expect(SPENDING_COLUMNS.filter((c) => dept[c] !== null).map((c) => [c, dept[c]])).toEqual([
      ["spending_basic_period", 1420],
      ["spending_personnel_period", 1210],
      ["spending_operating_period", 210],
      ["spending_project_period", 760],
    ]);
    expect([dept.funds_coefficient, dept.conversion_share]).toEqual([null, null]);
  });

  it("the same input gives the same bytes", async () => {
    const a = await tables();
    const b = await tables();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
