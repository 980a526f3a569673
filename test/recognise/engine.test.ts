/**
 * The header engine on small forms written for these tests (invented projects and numbers), one
 * arrangement each: split value columns under a two-row header, 长期/年度 blocks, a list-style table,
 * a department-level self-assessment without scores, unexplained columns, and files with no form.
 * Expectations were written by hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { loadTemplates, parseTemplate } from "../../src/recognise/templates.js";
import { KnowledgeError } from "../../src/engine/knowledge.js";

const T = (lines: string[][]) => lines.map((l) => l.join("\t")).join("\n");
const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));
const codes = (d: ReturnType<typeof parse>) => d.diagnostics.map((x) => x.code);

describe("header engine", () => {
  it("joins comparator / number / unit cells under a two-row header into one value, keeping the cells", () => {
    const d = parse(
      T([
        ["项目支出绩效目标表"],
        ["项目名称", "", "某县乡村医生培训"],
        ["主管部门", "", "某县卫生健康局"],
        ["绩效指标", "", "", "指标性质", "指标值", "", "", "指标方向性"],
        ["一级指标", "二级指标", "三级指标", "", "计算符号", "目标值", "度量单位"],
        ["产出指标", "数量指标", "培训乡村医生人数", "定量", "≥", "300", "人", "正向"],
        ["", "时效指标", "培训完成时间", "定性", "定性", "2025年10月底前", "", "正向"],
        ["", "成本指标", "人均培训费用", "定量", "≤", "800", "元", "反向"],
      ]),
    );
    expect(d.forms).toHaveLength(1);
    const [a, b, c] = d.forms[0].indicators;
    expect(d.forms[0].layout).toBe("generic");
    expect([a.name, a.target?.raw, a.target?.op, a.target?.value, a.target?.unit, a.valueKind, a.direction]).toEqual([
      "培训乡村医生人数", "≥300人", ">=", 300, "人", "quantitative", "positive",
    ]);
    expect(a.target?.cells?.map((x) => [x.role, x.text, x.loc.col])).toEqual([
      ["comparator", "≥", 5],
      ["number", "300", 6],
      ["unit", "人", 7],
    ]);
    expect([b.target?.raw, b.target?.kind, b.valueKind]).toEqual(["2025年10月底前", "date", "qualitative"]);
    expect([c.target?.raw, c.direction]).toEqual(["≤800元", "negative"]);
  });

  it("reads 长期 and 年度 blocks one after the other, each with its goal and header", () => {
    const d = parse(
      T([
        ["项目支出绩效目标申报表"],
        ["项目名称", "某县小型灌区改造"],
        ["主管部门", "某县水利局"],
        ["长期绩效目标"],
        ["总体目标", "三年内改造灌区5处。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造灌区", "5处"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
        ["年度绩效目标"],
        ["年度目标", "2025年改造灌区2处，"],
        ["", "新增灌溉面积3000亩。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "年度改造灌区", "2处"],
      ]),
    );
    const f = d.forms[0];
    expect(f.indicators.map((i) => [i.name, i.block, i.level2])).toEqual([
      ["改造灌区", "period", "数量指标"],
      ["农户满意度", "period", "服务对象满意度指标"],
      ["年度改造灌区", "annual", "数量指标"],
    ]);
    expect(f.goals.period?.text).toBe("三年内改造灌区5处。");
    expect(f.goals.annual?.text).toBe("2025年改造灌区2处，新增灌溉面积3000亩。");
  });

  it("splits a list-style table into one form per project, the goal wrapped down its column", () => {
    const d = parse(
      T([
        ["2025年部门项目支出绩效目标表"],
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某县图书馆", "图书采购", "20", "采购图书", "产出指标", "数量指标", "新增图书", "≥5000册"],
        ["", "", "", "5000册。", "", "质量指标", "图书验收合格率", "100%"],
        ["某县文化馆", "广场舞培训", "8", "培训骨干60人。", "产出指标", "数量指标", "培训人数", "60人"],
      ]),
    );
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text, f.indicators.length])).toEqual([
      ["图书采购", "某县图书馆", 20, "采购图书5000册。", 2],
      ["广场舞培训", "某县文化馆", 8, "培训骨干60人。", 1],
    ]);
  });

  it("reads a list-style table's fund-source columns beside 预算数 as each project's sources of the year", () => {
    const d = parse(
      T([
        ["2025年部门项目支出绩效目标表"],
        ["单位名称", "项目名称", "预算数", "其中：财政拨款", "其他资金", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["某县园林所", "行道树修剪", "42.00", "40.00", "2.00", "修剪行道树8000株。", "产出指标", "数量指标", "修剪株数", "≥8000株"],
        ["某县园林所", "绿地补植", "15.00", "12.00", "无", "补植绿地3000平方米。", "产出指标", "数量指标", "补植面积", "≥3000平方米"],
      ]),
    );
    expect(d.forms.map((f) => [f.project.name, f.funds.annualTotal, f.funds.sources.map((s) => [s.name, s.annual])])).toEqual([
      ["行道树修剪", 42, [["财政拨款", 40], ["其他资金", 2]]],
      ["绿地补植", 15, [["财政拨款", 12], ["其他资金", null]]],
    ]);
  });

  it("reads a department-level self-assessment without scores, keeping columns no role explains", () => {
    const d = parse(
      T([
        ["2024年度部门整体支出绩效自评表"],
        ["部门名称", "某县档案馆"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "指标类别", "未完成原因"],
        ["产出指标", "数量指标", "接收进馆档案", "≥2000卷", "2100卷", "约束性"],
        ["效益指标", "社会效益指标", "档案查阅服务", "有效提升", "有效提升", "预期性"],
      ]),
    );
    const f = d.forms[0];
    expect([f.kind, f.subject, f.project.name, f.unscored]).toEqual(["self-assessment", "department", "某县档案馆", true]);
    expect(f.indicators.map((i) => [i.actual?.raw, i.extra])).toEqual([
      ["2100卷", { 指标类别: "约束性" }],
      ["有效提升", { 指标类别: "预期性" }],
    ]);
    expect(d.diagnostics.filter((x) => x.code === "layout/unexplained-column").map((x) => x.message)).toEqual([
      "第 3 行的指标表表头中有未识别的列：指标类别；其内容已作为附加字段保留",
    ]);
  });

  it("keeps point annotations and new level 1s (成本指标 with 经济成本指标 below)", () => {
    const d = parse(
      T([
        ["项目名称", "某镇垃圾转运"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标（50分）", "数量指标", "转运垃圾", "≥3000吨"],
        ["成本指标（0-20分）", "经济成本指标", "吨垃圾转运成本", "≤60元"],
      ]),
    );
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level1Points, i.level2])).toEqual([
      ["产出指标", 50, "数量指标"],
      ["成本指标", 20, "经济成本指标"],
    ]);
  });

  it("reads a level 1 printed letter by letter with its 度 lost (满 意 指 标) as 满意度指标", () => {
    const d = parse(
      T([
        ["项目名称", "某县治安巡防"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "巡防次数", "≥300次"],
        ["满 意 指 标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ]),
    );
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "巡防次数"],
      ["满意度指标", "服务对象满意度指标", "群众满意度"],
    ]);
  });

  it("names the file and the reason when no form is found, and when a form yields no indicator", () => {
    const none = parse("某县档案馆2024年工作总结\n全年接收档案2100卷。");
    expect(none.forms).toHaveLength(0);
    expect(codes(none)).toEqual(["layout/no-forms"]);
    expect(none.diagnostics[0].message).toContain("test.txt");
    const empty = parse(T([["项目名称", "某项目"], ["一级指标", "二级指标", "三级指标", "指标值"], ["总分", "100"]]));
    expect(codes(empty)).toContain("layout/no-indicators");
  });
});

describe("templates as data", () => {
  it("loads generic first and every template validates", () => {
    const ts = loadTemplates();
    expect(ts[0].id).toBe("generic");
    expect(ts.every((t) => t.columnRes.length > 0)).toBe(true);
  });

  it("names the file and the key of a bad template", () => {
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", columns: { nmae: ["指标"] } }, null)).toThrow(KnowledgeError);
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", columns: { name: ["(指标"] } }, null)).toThrow(/bad\.yml: columns\.name\.0/);
  });
});

describe("department-level forms", () => {
  it("reads a 部门整体 self-assessment with the weighted header on the engine: the department is the subject, 权重 after 一级指标 is the level 1's", () => {
    const d = parse(
      T([
        ["附件1"],
        ["部门整体支出绩效自评表"],
        ["部门名称", "某县交通运输局", "", "部门编码", "118001"],
        ["项目资金（万元）", "权重", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "10", "年度资金总额", "200", "210", "205", "10", "97.6%", "9.8"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"],
        ["", "完成农村公路养护120公里。", "", "", "完成养护126公里。"],
        ["一级指标", "权重", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "50", "数量指标", "农村公路养护里程", "≥120公里", "126公里", "50", "50"],
        ["管理效率", "40", "预算管理", "部门预算执行率", "≥95%", "97.6%", "40", "40"],
      ]),
    );
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).not.toMatch(/self-assessment$/);
    expect([f.subject, f.project.name, f.kind]).toEqual(["department", "某县交通运输局", "self-assessment"]);
    expect(f.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.name, i.target?.raw, i.weight, i.score])).toEqual([
      ["产出指标", 50, "数量指标", "农村公路养护里程", "≥120公里", 50, 50],
      ["管理效率", 40, "预算管理", "部门预算执行率", "≥95%", 40, 40],
    ]);
  });
});
