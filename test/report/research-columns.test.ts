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
import { shanxiTarget } from "../helpers/shanxi-target-snippet.js";

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
/** appended after those (issue 9/11 tidy-up of the eleventh round): the budget line of a form scored by weight shares */
const SHARE_FORM_COLUMNS = ["funds_weight_share", "funds_converted_score"];
/** appended after `coefficient` on indicators: the level labels as printed, the year column's level 2 */
const LABEL_COLUMNS = ["level1_raw", "level2_raw", "annual_level2", "annual_level2_raw"];

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
    // the columns before keep their place: goal_actual was the last one, then each round's appended columns
    const appended = [...NEW_FORM_COLUMNS, ...SHARE_FORM_COLUMNS];
    expect(names.indexOf("goal_actual")).toBe(names.length - appended.length - 1);
    expect(names.slice(-appended.length)).toEqual(appended);
    for (const c of FORM_COLUMNS.slice(-appended.length)) expect(c.type).toBe("number");
    const ind = INDICATOR_COLUMNS.map((c) => c.name);
    expect(ind.slice(-2 - LABEL_COLUMNS.length)).toEqual(["findings", "coefficient", ...LABEL_COLUMNS]);
    for (const c of INDICATOR_COLUMNS.slice(-LABEL_COLUMNS.length)) expect(c.type).toBe("string");
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
    // the 权重占比 row is the indicator part's share, not the budget line's (whose line has 分值 and 得分 only)
    expect([f.funds_weight_share, f.funds_converted_score]).toEqual([null, null]);
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

/** an invented self-assessment scored by weight shares, the budget line included: 得分 × 权重占比 = 折算得分
 *  per line, 总分 = Σ折算得分 (40 + 15 + 20 + 10 = 85) + the budget line's 折算得分 (95 × 10% = 9.5) = 94.5 */
const SHARE = [
  "项目支出绩效自评表",
  "（2024年度）",
  "项目名称\t\t石溪镇饮水管网维修项目",
  "项目主管部门\t\t石溪县水利局\t\t\t项目实施单位\t石溪县农村供水站",
  "项目资金（万元）\t\t年初预算数\t调整后预算数\t预算执行数\t执行率\t权重占比\t得分\t折算得分",
  "\t\t320\t320\t304\t95%\t10%\t95\t9.5",
  "一级指标\t二级指标\t三级指标\t指标值\t\t权重占比\t评分\t\t偏差原因",
  "\t\t\t年度指标值\t实际完成值\t\t得分\t折算得分",
  "产出指标\t数量指标\t维修供水管网长度\t12公里\t12公里\t40%\t100\t40",
  "\t时效指标\t维修完工时间\t2024年9月底前\t2024年10月20日\t20%\t75\t15\t汛期影响施工",
  "效益指标\t社会效益指标\t受益群众人数\t≥3000人\t3150人\t20%\t100\t20",
  "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t93%\t10%\t100\t10",
  "合计\t\t\t\t\t100%\t\t94.5",
  "",
].join("\n");

/** an invented dual-column target form: the level 1 carries bare points (产出指标（40）), the year column
 *  prints the 社会效益 row's level 2 cut (社会效益指) and files the 培训考核合格率 row under 数量指标 */
const YEAR = shanxiTarget()
  .replace("\t产出指标\t数量指标", "\t产出指标（40）\t数量指标")
  .replace("\t质量指标\t培训考核合格率\t≥95%\t质量指标\t", "\t质量指标\t培训考核合格率\t≥95%\t数量指标\t")
  .replace("\t社会效益指标\t乡村学校教学评估优良率\t≥85%\t社会效益指标\t", "\t社会效益指标\t乡村学校教学评估优良率\t≥85%\t社会效益指\t");

describe("research tables: the budget line's weight share, the level labels as printed", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-research-"));
  writeFileSync(join(dir, "share-self.txt"), SHARE);
  writeFileSync(join(dir, "year-target.txt"), YEAR);
  const run = async () => flatten((await runFixtures([join(dir, "share-self.txt"), join(dir, "year-target.txt")])).model);
  const rowsOf = (csv: string) => {
    const [head, ...rows] = parseCsv(csv);
    return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
  };

  it("a form scored by weight shares: the budget line's 权重占比 and 折算得分 beside its 得分", async () => {
    const flat = await run();
    const [share, target] = flat["forms.jsonl"].trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(share.project).toBe("石溪镇饮水管网维修项目");
    // 320 320 304 95% 10% 95 9.5
    expect([share.funds_planned, share.funds_executed, share.funds_rate, share.funds_weight_share, share.funds_score, share.funds_converted_score, share.total]).toEqual([320, 304, 95, 10, 95, 9.5, 94.5]);
    expect(rowsOf(flat["forms.csv"]).map((r) => [r.funds_weight_share, r.funds_converted_score])).toEqual([["10", "9.5"], ["", ""]]);
    // a target form has no such line
    expect([target.funds_weight_share, target.funds_converted_score]).toEqual([null, null]);
    // the indicators' own shares and converted scores (columns of earlier rounds) stay as they were
    const inds = rowsOf(flat["indicators.csv"]).filter((r) => r.form_id === share.form_id);
    expect(inds.map((r) => [r.weight_share, r.score, r.converted_score])).toEqual([["40", "100", "40"], ["20", "75", "15"], ["20", "100", "20"], ["10", "100", "10"]]);
  });

  it("the level labels as printed, and the year column's level 2 where it differs", async () => {
    const flat = await run();
    const forms = flat["forms.jsonl"].trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const rows = flat["indicators.jsonl"].trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.form_id === forms[1].form_id);
    const cols = (r: Record<string, unknown>) => [r.name, r.level1, r.level1_raw, r.level1_points, r.level2, r.level2_raw, r.annual_level2, r.annual_level2_raw];
    expect(rows.map(cols)).toEqual([
      ["培训教师人数", "产出指标", "产出指标（40）", 40, "数量指标", "数量指标", null, null],
      // the year column files it under another level 2: annual_level2 says which, as printed
      ["培训考核合格率", "产出指标", "产出指标（40）", 40, "质量指标", "质量指标", "数量指标", "数量指标"],
      ["培训完成时间", "产出指标", "产出指标（40）", 40, "时效指标", "时效指标", null, null],
      ["人均培训成本", "产出指标", "产出指标（40）", 40, "成本指标", "成本指标", null, null],
      // the same level 2 cut at the year column's edge: only the label as printed differs
      ["乡村学校教学评估优良率", "效益指标", "效益指标", null, "社会效益指标", "社会效益指标", null, "社会效益指"],
      ["参训教师满意度", "满意度指标", "满意度指标", null, "服务对象满意度指标", "服务对象满意度指标", null, null],
    ]);
    // the CSV carries the same, empty where JSONL has null
    const csv = rowsOf(flat["indicators.csv"]).filter((r) => r.form_id === forms[1].form_id);
    expect(csv.map((r) => [r.level1_raw, r.annual_level2, r.annual_level2_raw])[4]).toEqual(["效益指标", "", "社会效益指"]);
  });
});
