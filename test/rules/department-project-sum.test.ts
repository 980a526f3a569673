import { ruleTester } from "../helpers/rule-tester.js";
import { TOWN_DEPARTMENT_LINES } from "../helpers/town-department.js";
import { WATER_DEPARTMENT_HEAD } from "../helpers/water-department.js";

// invented submissions (checklist item 7): a 部门整体支出绩效自评表, then project self-assessments
const dept = (project: string, name = "示例县民政局") =>
  [
    "部门整体支出绩效自评表",
    `部门名称\t${name}`,
    "年度预算执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
    "\t年度资金总额\t300\t320\t310\t96.88%\t10\t9.69",
    "\t其中：基本支出\t200\t200\t198\t99%",
    `\t项目支出\t${project}`,
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    "",
  ].join("\n");
const project = (name: string, funds: string, department = "示例县民政局", unit = "万元") =>
  [
    "项目支出绩效自评表",
    `项目名称\t${name}`,
    `主管部门\t${department}\t实施单位\t示例县社会救助服务中心`,
    `项目资金（${unit}）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分`,
    `\t年度资金总额\t${funds}`,
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    "",
  ].join("\n");
// invented: the department form is about the unit that implements the projects (部门名称 示例县社会救助服务中心),
// the project forms name the bureau above it as 主管部门; its goal counts its projects
const centre = (goal: string) => dept("100\t120\t112\t93.33%", "示例县社会救助服务中心").replace("一级指标", `年度总体目标\t${goal}\n一级指标`);
const P2short = project("养老服务体系建设", "30\t40\t36\t10\t90%\t9");
// the department's 项目支出: 年初 100, 全年 120, 执行 112
const DEPT = dept("100\t120\t112\t93.33%");
const P1 = project("困难群众救助补助", "60\t70\t66\t10\t94.29%\t9.43");
const P2 = project("养老服务体系建设", "40\t50\t46\t10\t92%\t9.2");
// an invented town's target submission: the department form names its projects under 项目支出 (120 + 100 + 80 = 300)
const TOWN = [...TOWN_DEPARTMENT_LINES, ""].join("\n");
const townProject = (name: string, amount: string) =>
  [
    "2025年项目支出绩效目标表",
    `项目名称\t${name}`,
    "主管部门\t示例县示例镇人民政府\t主管部门编码\t305001\t实施单位\t示例县示例镇人民政府",
    `年度资金总额（万元）\t${amount}\t其中：财政拨款\t${amount}\t其他资金\t0.00`,
    "年度绩效目标\t完成年度工作任务",
    "一级指标\t二级指标\t三级指标\t指标性质\t符号\t指标值\t计量单位",
    "产出指标\t数量指标\t保洁面积\t定量\t≥\t3\t万平方米",
    "",
  ].join("\n");
const SICHUAN = "test/fixtures/templates/sichuan-dept-coefficient-self/sichuan-dept-coefficient-self.txt";
const HUBEI = "test/fixtures/templates/hubei-dept-overall-target/hubei-dept-overall-target.txt";
// invented: a department's self-assessment with its own table of projects (项目支出 300.00 / 290.00) and its 合计 row
const water = (lines: [string, string][], total: string) =>
  [
    "2024年度部门整体支出绩效自评表",
    ...WATER_DEPARTMENT_HEAD,
    `\t小型水库安全运行管护项目\t${lines[0][0]}\t${lines[0][1]}\t98.33%\t96.00\t40%\t38.40`,
    `\t农村河道清淤整治项目\t${lines[1][0]}\t${lines[1][1]}\t95.56%\t94.00\t60%\t56.40`,
    `\t合计\t${total}\t96.67%\t—\t100%\t94.80`,
    "",
  ].join("\n");

ruleTester.run("department-project-sum", {
  valid: [
    {
      name: "invented: a department form's projects table — 120 + 180 = 300, 118 + 172 = 290, the 合计 and the 项目支出 line say the same",
      text: water([["120.00", "118.00"], ["180.00", "172.00"]], "300.00\t290.00"),
    },
    { name: "invented: a projects table with no 合计 row to check", text: water([["120.00", "118.00"], ["180.00", "172.00"]], "").replace(/\t合计.*\n/u, "") },
    { name: "the project forms add up to the department's 项目支出 in every column", text: DEPT + P1 + P2 },
    { name: "a department form alone", text: DEPT },
    { name: "invented: the projects of the unit the department form is about (their 实施单位), adding up", text: centre("实施困难群众救助、养老服务体系建设2个项目") + P1 + P2 },
    { name: "project forms of another department are not its projects", text: DEPT + P1 + P2 + project("城区道路维修", "200\t300\t290\t10\t96.67%\t9.67", "示例县交通运输局") },
    { name: "project forms before the department form are not counted against it", text: P1 + P1.replace("困难群众救助补助", "临时救助") + DEPT.replace("100\t120\t112", "10\t12\t11") },
    {
      name: "invented: a shortfall made up exactly by the department's project forms printed before it (one form before: 60 / 70 / 66, one after: 40 / 50 / 46; together the 项目支出 line's 100 / 120 / 112)",
      text: P1 + DEPT + P2,
    },
    { name: "amounts in 元 are compared in the department's 万元", text: DEPT + project("困难群众救助补助", "600000\t700000\t660000\t10\t94.29%\t9.43", "示例县民政局", "元") + P2 },
    { name: "a department form read as a project's has no 项目支出 line to compare", text: P1 + P2 },
    {
      name: "invented: a shortfall the department form explains itself — it names three projects (120 + 100 + 80 = 300), two forms are attached with their listed amounts, the third (80) has none",
      text: TOWN + townProject("集镇环境卫生保洁项目", "120.00") + townProject("农村饮水设施维护项目", "100.00"),
    },
  ],
  invalid: [
    {
      name: "invented: a projects table whose 合计 全年预算数 is not the lines' sum (140 + 180 = 320, written 300.00)",
      text: water([["140.00", "118.00"], ["180.00", "172.00"]], "300.00\t290.00"),
      errors: [{ messageId: "linesTotal", line: 10, field: "funds", severity: "error", evidence: "300.00", data: { sum: "320", total: "300" } }],
    },
    {
      name: "invented: a projects table whose 合计 执行数 is not the lines' sum (118 + 170 = 288, written 290.00)",
      text: water([["120.00", "118.00"], ["180.00", "170.00"]], "300.00\t290.00"),
      errors: [{ messageId: "linesTotal", line: 10, field: "funds", evidence: "290.00", data: { sum: "288", column: "全年执行数" } }],
    },
    {
      name: "invented: a projects table adding up (130 + 180 = 310) to a 合计 other than the form's 项目支出 line (300.00)",
      text: water([["130.00", "118.00"], ["180.00", "172.00"]], "310.00\t290.00"),
      errors: [{ messageId: "totalVsSpending", line: 10, field: "funds", severity: "error", evidence: "310.00", data: { amount: "300", total: "310" } }],
    },
    {
      name: "invented: the department names its projects, but an attached form states another amount than its line (100 listed, 90 attached): the shortfall is noted",
      text: TOWN + townProject("集镇环境卫生保洁项目", "120.00") + townProject("农村饮水设施维护项目", "90.00"),
      errors: [{ messageId: "short", line: 4, field: "funds", severity: "info", evidence: "300", data: { sum: "210", diff: "90" } }],
    },
    {
      name: "invented: an attached form the department's list does not name: the shortfall is noted",
      text: TOWN + townProject("集镇环境卫生保洁项目", "120.00") + townProject("镇区路灯维护项目", "100.00"),
      errors: [{ messageId: "short", line: 4, field: "funds", severity: "info", evidence: "300", data: { sum: "220", diff: "80" } }],
    },
    {
      name: "checklist 7: the project forms' 全年预算数 exceed the department's 项目支出 (the template fixture: 380 + 335 > 670)",
      file: SICHUAN,
      errors: [{ messageId: "exceeds", line: 9, field: "funds", severity: "error", evidence: "670", data: { sum: "715", diff: "45", count: 2, column: "全年预算数" } }],
    },
    {
      name: "checklist 7: the project forms' 全年执行数 exceed the department's (budgets agree)",
      text: DEPT + P1 + project("养老服务体系建设", "40\t50\t56\t10\t112%\t10"),
      errors: [{ messageId: "exceeds", line: 6, field: "funds", severity: "error", evidence: "112", data: { sum: "122", diff: "10", column: "全年执行数" } }],
    },
    {
      name: "invented: the unit's project forms (by 实施单位) fall short while the department form counts 2 projects and both are attached: nothing is missing, an error",
      text: centre("实施困难群众救助、养老服务体系建设2个项目") + P1 + P2short,
      errors: [{ messageId: "shortAll", line: 6, field: "funds", severity: "error", evidence: "120", data: { sum: "110", diff: "10", count: 2, column: "全年预算数" } }],
    },
    {
      name: "invented: the same shortfall where the department form counts 3 projects and 2 are attached: noted only",
      text: centre("实施困难群众救助、养老服务体系建设、社区互助等3个项目") + P1 + P2short,
      errors: [{ messageId: "short", line: 6, field: "funds", severity: "info", evidence: "120", data: { sum: "110", diff: "10" } }],
    },
    {
      name: "a shortfall is only noted: a submission may omit projects (the target-form fixture: 520 + 180 < 760)",
      file: HUBEI,
      errors: [{ messageId: "short", line: 10, field: "funds", severity: "info", evidence: "760", data: { sum: "700", diff: "60", column: "预算数" } }],
    },
    {
      name: "a project form in 元 counted in 万元: together they exceed",
      text: DEPT + project("困难群众救助补助", "600000\t900000\t660000\t10\t73.33%\t7.33", "示例县民政局", "元") + P2,
      errors: [{ messageId: "exceeds", line: 6, field: "funds", severity: "error", evidence: "120", data: { sum: "140" } }],
    },
  ],
});
