/**
 * Department-level (部门整体) forms: the department as subject, the funds by kind of spending
 * (基本支出 / 项目支出 / 人员经费 / 公用经费) kept apart from the fund sources, and forms scored as
 * 得分 = 得分系数 × 权重. Invented forms; every expectation read off the text by hand.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { TOWN_DEPARTMENT_LINES } from "../helpers/town-department.js";
import { WATER_DEPARTMENT_HEAD } from "../helpers/water-department.js";
import { loadTemplates, parseTemplate } from "../../src/recognise/templates.js";
import { takeProjectTable } from "../../src/recognise/spending.js";
import { isAnchorRow } from "../../src/recognise/segment.js";
import { KnowledgeError } from "../../src/engine/knowledge.js";
import type { Funds } from "../../src/model/types.js";

const parse = (lines: string[]) => gridToDocument(textToGrid("dept.txt", lines.join("\n") + "\n", "utf-8"));

const header = ["部门整体支出绩效自评表", "单位名称\t示例县民政局"];
const indicators = [
  "产出指标\t数量指标\t救助人数\t≥500人\t520人\t30\t1",
  "\t质量指标\t资金发放准确率\t100%\t100%\t30\t1",
  "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t98%\t20\t0.98",
  "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t1",
];

describe("department-level forms", () => {
  it("reads 权重 | 得分系数 without a 得分 column: 得分 = 得分系数 × 权重, on every row and the budget line", () => {
    const d = parse([
      ...header,
      "年度预算执行情况\t年初预算数\t全年预算数\t全年执行数\t执行率\t权重\t得分系数",
      "年度资金总额\t100\t120\t110\t91.67%\t10\t0.92",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t权重\t得分系数",
      ...indicators,
      "总分\t\t\t\t\t100\t98.8",
    ]);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect([f.subject, f.project.name, f.kind]).toEqual(["department", "示例县民政局", "self-assessment"]);
    expect([f.funds.weight, f.funds.coefficient, f.funds.score]).toEqual([10, 0.92, 9.2]);
    expect(f.indicators.map((i) => [i.name, i.weight, i.coefficient, i.score])).toEqual([
      ["救助人数", 30, 1, 30],
      ["资金发放准确率", 30, 1, 30],
      ["困难群众基本生活保障率", 20, 0.98, 19.6],
      ["救助对象满意度", 10, 1, 10],
    ]);
  });

  it("keeps a stated 得分 beside its 得分系数 (the rules compare the two)", () => {
    const d = parse([
      ...header,
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t权重\t得分系数\t得分",
      "产出指标\t数量指标\t救助人数\t≥500人\t460人\t30\t0.92\t29",
    ]);
    expect(d.forms[0].indicators.map((i) => [i.weight, i.coefficient, i.score])).toEqual([[30, 0.92, 29]]);
  });

  it("puts 基本支出 / 人员经费 / 公用经费 / 项目支出 in funds.spending, not among the sources", () => {
    const d = parse([
      ...header,
      "年度预算执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
      "\t年度资金总额\t100\t120\t110\t91.67%\t10\t9.17",
      "\t其中：基本支出\t70\t70\t69\t98.57%",
      "\t人员经费\t60\t60\t60\t100%",
      "\t公用经费\t10\t10\t9\t90%",
      "\t项目支出\t30\t50\t41\t82%",
      "\t其中：财政拨款\t100\t120\t110\t91.67%",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    ]);
    const f = d.forms[0].funds;
    const line = (k: "basic" | "project" | "personnel" | "operating") => [f.spending?.[k]?.planned, f.spending?.[k]?.adjusted, f.spending?.[k]?.executed];
    expect(line("basic")).toEqual([70, 70, 69]);
    expect(line("personnel")).toEqual([60, 60, 60]);
    expect(line("operating")).toEqual([10, 10, 9]);
    expect(line("project")).toEqual([30, 50, 41]);
    expect(f.sources.map((s) => s.name)).toEqual(["财政拨款"]);
  });

  it("reads a target form's spending lines written label | amount", () => {
    const d = parse([
      "部门整体绩效目标表",
      "部门名称\t示例县文化馆",
      "年度预算资金\t资金总额\t300",
      "\t其中：基本支出\t200",
      "\t项目支出\t100",
      "一级指标\t二级指标\t三级指标\t指标值",
      "产出指标\t数量指标\t送戏下乡场次\t≥20场",
    ]);
    const f = d.forms[0];
    expect([f.subject, f.kind, f.funds.annualTotal]).toEqual(["department", "target", 300]);
    expect([f.funds.spending?.basic?.period, f.funds.spending?.project?.period]).toEqual([200, 100]);
    expect(f.funds.sources).toEqual([]);
  });

  it("a project form's funds rows stay sources", () => {
    const d = parse([
      "项目支出绩效自评表",
      "项目名称\t救助资金",
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "\t年度资金总额\t100\t100\t100\t10\t100%\t10",
      "\t其中：财政拨款\t100\t100\t100",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    ]);
    const f = d.forms[0];
    expect(f.subject).toBeUndefined();
    expect(f.funds.spending).toBeUndefined();
    expect(f.funds.sources.map((s) => s.name)).toEqual(["财政拨款"]);
  });

  it("takes the funds label's tail wrapped under the header (\"年度预算执行\" / \"情况（万元）\") for the unit, not for the end of the block", () => {
    const d = parse([
      ...header,
      "年度预算执行\t年初预算\t全年预算\t全年执行\t执行率\t分值\t得分",
      "情况（万元）",
      "年度资金总额\t100\t120\t110\t91.67%\t10\t9.17",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    ]);
    const f = d.forms[0].funds;
    expect([f.unit, f.planned, f.adjusted, f.executed, f.rate, f.score]).toEqual(["万元", 100, 120, 110, 91.67, 9.17]);
  });

  it("percent coefficients (\"96.00%\") are shares; 指标权重（分）/ 指标得分（分）/ 执行率权重（分）/ 执行率得分（分） are read", () => {
    const d = parse([
      ...header,
      "部门预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率（%）\t执行率权重（分）\t执行率得分（分）",
      "年度资金总额\t100\t120\t110\t91.67\t10\t9.17",
      "一级指标\t二级指标\t三级指标\t年初指标值\t全年实际完成值\t得分系数（%）\t指标权重（分）\t指标得分（分）",
      "产出指标\t数量指标\t救助人数\t≥500人\t480人\t96.00%\t50\t48.00",
      "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t100%\t100.00%\t40\t40.00",
    ]);
    const f = d.forms[0];
    expect([f.funds.weight, f.funds.score]).toEqual([10, 9.17]);
    expect(f.indicators.map((i) => [i.coefficient, i.weight, i.score])).toEqual([
      [0.96, 50, 48],
      [1, 40, 40],
    ]);
  });

  it("a department form's 合计 row that only adds up its indicators (90 of 100, the budget line the other 10) is no 总分", () => {
    const rows = [
      ...header,
      "年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
      "年度资金总额\t100\t120\t110\t91.67%\t10\t9.17",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t救助人数\t≥500人\t480人\t50\t48",
      "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t100%\t40\t40",
    ];
    const sub = parse([...rows, "合计\t\t\t\t\t90\t88"]).forms[0];
    expect([sub.total, sub.totalWeight]).toEqual([null, 90]);
    // a 总分 row that includes the budget line stays the total
    const whole = parse([...rows, "总分\t\t\t\t\t100\t97.17"]).forms[0];
    expect([whole.total, whole.totalWeight]).toEqual([97.17, 100]);
  });

  it("a dash in a 计量单位 column is no unit of the value", () => {
    const d = parse([
      ...header,
      "一级指标\t二级指标\t三级指标\t计量单位\t指标性质\t年初指标值\t全年实际完成值\t分值\t得分",
      "产出指标\t时效指标\t救助资金拨付时限\t—\t定量\t2024年11月底前\t2024年11月25日\t50\t50",
      "\t数量指标\t救助人数\t人\t定量\t≥500\t520\t40\t40",
    ]);
    expect(d.forms[0].indicators.map((i) => i.target?.raw)).toEqual(["2024年11月底前", "≥500人"]);
  });
});

describe("a department target form listing its projects under 项目支出", () => {
  // invented: a town's 部门整体支出绩效目标表 whose 支出构成 names three projects below 项目支出
  const lines = TOWN_DEPARTMENT_LINES;
  it("keeps the named projects apart: parts of 项目支出, not fund sources", () => {
    const f = parse(lines).forms[0];
    expect(f.subject).toBe("department");
    expect(f.funds.spending?.project?.period).toBe(300);
    expect(f.funds.projectLines?.map((l) => [l.name, l.period])).toEqual([
      ["集镇环境卫生保洁项目", 120],
      ["农村饮水设施维护项目", 100],
      ["村级公益事业补助项目", 80],
    ]);
    expect(f.funds.sources.map((s) => s.name)).toEqual(["财政拨款", "其他资金"]);
  });
});

describe("a department self-assessment with no indicator table (issue 9)", () => {
  // invented: a county water bureau's 部门整体支出绩效自评表 made of its funds block and a table of its
  // projects (项目名称 | 全年预算数 | 全年执行数 | 执行率 | 项目自评得分 | 权重占比 | 折算得分), then a project form
  const lines = [
    "附表1\t2024年度部门整体支出绩效自评表",
    ...WATER_DEPARTMENT_HEAD,
    "\t小型水库安全运行管护项目\t120.00\t118.00\t98.33%\t96.00\t40%\t38.40",
    "\t农村河道清淤整治项目\t180.00\t172.00\t95.56%\t94.00\t60%\t56.40",
    "\t合计\t300.00\t290.00\t96.67%\t—\t100%\t94.80",
    "自评结论\t部门项目支出绩效折算得分94.80分，自评等级为优",
    "",
    "附表2\t项目支出绩效自评表（2024年度）",
    "项目名称\t小型水库安全运行管护项目",
    "主管部门\t示例县水利局\t实施单位\t示例县水库管理所",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t管护水库座数\t=12座\t12座\t50\t50",
    "效益指标\t社会效益指标\t水库安全度汛率\t100%\t100%\t40\t40",
    "满意度指标\t服务对象满意度指标\t周边群众满意度\t≥90%\t93%\t10\t10",
  ];
  it("reads it as a department form with its spending and its project lines, never dropped", () => {
    const d = parse(lines);
    expect(d.diagnostics.filter((x) => x.code === "layout/no-indicator-table")).toEqual([]);
    expect(d.forms.length).toBe(2);
    const f = d.forms[0];
    expect(f.subject).toBe("department");
    expect(f.kind).toBe("self-assessment");
    expect(f.indicators).toEqual([]);
    expect([f.funds.spending?.basic?.adjusted, f.funds.spending?.basic?.executed]).toEqual([600, 590]);
    expect([f.funds.spending?.project?.adjusted, f.funds.spending?.project?.executed]).toEqual([300, 290]);
    expect(f.funds.projectLines?.map((l) => [l.name, l.adjusted, l.executed])).toEqual([
      ["小型水库安全运行管护项目", 120, 118],
      ["农村河道清淤整治项目", 180, 172],
    ]);
    expect(f.funds.projectLines?.map((l) => [l.rate, l.score, l.share, l.converted])).toEqual([
      [98.33, 96, 40, 38.4],
      [95.56, 94, 60, 56.4],
    ]);
    expect(f.funds.projectLinesTotal?.converted).toBe(94.8);
    expect(f.funds.projectLinesTotal?.adjusted).toBe(300);
    expect(d.forms[1].project.name).toBe("小型水库安全运行管护项目");
    expect(d.forms[1].indicators.length).toBe(3);
  });
});

/** an invented department target form whose total is labelled 年度预算总额 (212.40 = 160.40 + 52.00) */
const ARCHIVE_DEPT = [
  "2025年度部门整体支出绩效目标表",
  "部门名称\t示例县档案馆\t部门编码\t306",
  "年度预算\t年度预算总额\t212.40",
  "\t其中：基本支出\t160.40",
  "\t项目支出\t52.00",
  "年度总体目标\t完成馆藏档案数字化10万页，接待查档利用3000人次。",
  "一级指标\t二级指标\t三级指标\t指标值",
  "产出指标\t数量指标\t档案数字化页数\t≥100000页",
];

describe("a department target form whose total is labelled 年度预算总额", () => {
  it("reads 年度预算总额 as the year's total beside the 基本支出 / 项目支出 lines", () => {
    const d = parse([
      ...ARCHIVE_DEPT,
      "满意度指标\t服务对象满意度指标\t查档群众满意度\t≥90%",
    ]);
    const f = d.forms[0];
    expect(f.funds.annualTotal).toBe(212.4);
    expect(f.funds.spending?.basic?.period).toBe(160.4);
    expect(f.funds.spending?.project?.period).toBe(52);
  });
});

describe("a project form under a line listing the attached kinds of form", () => {
  it("'附件：项目支出绩效目标表及部门整体支出绩效目标表' above a project form does not make it the department's", () => {
    const d = parse([
      "附件：2025年项目支出绩效目标表及部门整体支出绩效目标表",
      "",
      "2025年度项目支出绩效目标表",
      "项目名称\t档案数字化加工经费",
      "主管部门\t示例县档案馆\t实施单位\t示例县档案馆",
      "年度资金总额\t20.00",
      "年度总体目标\t完成馆藏档案数字化10万页。",
      "一级指标\t二级指标\t三级指标\t指标值",
      "产出指标\t数量指标\t档案数字化页数\t≥100000页",
      "",
      ...ARCHIVE_DEPT,
    ]);
    expect(d.forms.map((f) => [f.project.name, f.subject ?? "project"])).toEqual([
      ["档案数字化加工经费", "project"],
      ["示例县档案馆", "department"],
    ]);
  });
});

describe("the projects table's words are template data (rules/templates, projectTable)", () => {
  // invented: the same kind of table, headed 子项目名称 and closed by 小计, which generic does not name
  const rows = (nameHead: string, total: string) =>
    textToGrid(
      "t.txt",
      [
        `项目支出绩效情况\t${nameHead}\t全年预算数\t全年执行数\t执行率`,
        "\t堤防巡查养护项目\t80.00\t78.00\t97.50%",
        "\t山塘清淤项目\t40.00\t36.00\t90.00%",
        `\t${total}\t120.00\t114.00\t95.00%`,
        "",
      ].join("\n"),
      "utf-8",
    ).rows;
  const generic = loadTemplates()[0];
  const county = parseTemplate("rules/templates/county.yml", { description: "x", projectTable: { name: ["子项目名称"], total: ["小计"] } }, generic);

  it("reads the table by the template's own words, generic's still merged in", () => {
    const funds = (tpl: typeof generic, r: ReturnType<typeof rows>) => {
      const f: Funds = { sources: [], loc: {} } as unknown as Funds;
      takeProjectTable(tpl, f, r);
      return f;
    };
    const own = funds(county, rows("子项目名称", "小计"));
    expect(own.projectLines?.map((l) => [l.name, l.adjusted, l.executed])).toEqual([
      ["堤防巡查养护项目", 80, 78],
      ["山塘清淤项目", 40, 36],
    ]);
    expect([own.projectLinesTotal?.name, own.projectLinesTotal?.adjusted]).toEqual(["小计", 120]);
    // generic reads 项目名称 … 合计 under the county template too
    expect(funds(county, rows("项目名称", "合计")).projectLinesTotal?.adjusted).toBe(120);
    // generic alone knows neither word: no table
    expect(funds(generic, rows("子项目名称", "小计")).projectLines).toBeUndefined();
    // a 小计 row is a project line to generic when the header is its own: three lines, no total
    expect(funds(generic, rows("项目名称", "小计")).projectLines?.map((l) => l.name)).toEqual(["堤防巡查养护项目", "山塘清淤项目", "小计"]);
  });

  it("is checked at load: its four kinds only, each a valid pattern", () => {
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", projectTable: { unit: ["万元"] } }, generic)).toThrow(KnowledgeError);
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", projectTable: { total: ["(合计"] } }, generic)).toThrow(/bad\.yml: projectTable\.total\.0/);
  });

  it("segmentation reads generic's words: 项目名称 over amounts heads a projects table, over 指标 columns a list-style form", () => {
    const row = (cells: string[]) => textToGrid("t.txt", cells.join("\t") + "\n", "utf-8").rows[0];
    expect(isAnchorRow(row(["项目名称", "全年预算数", "全年执行数", "执行率"]))).toBe(false);
    expect(isAnchorRow(row(["项目名称", "预算数", "年度目标", "一级指标"]))).toBe(true);
    expect(isAnchorRow(row(["项目名称", "堤防巡查养护项目"]))).toBe(true);
  });
});
