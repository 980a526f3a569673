import { ruleTester } from "../helpers/rule-tester.js";
import { conversionForm } from "../helpers/conversion-snippet.js";
import { WATER_DEPARTMENT_HEAD } from "../helpers/water-department.js";

// a self-assessment scored by weight shares (福建-style, invented): 权重占比, 得分 out of 100, 折算得分
const FUJIAN = "test/fixtures/templates/fujian-housing-weight-share-self/fujian-housing-weight-share-self.txt";
const form = (rows: string[], total: string) =>
  [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t\t某县老旧小区改造项目",
    "项目主管部门\t\t某县住房和城乡建设局\t\t\t项目实施单位\t某县城市建设服务中心",
    "项目资金（万元）\t\t年初预算数\t调整后预算数\t预算执行数\t执行率\t权重占比\t得分\t折算得分",
    "\t\t850\t850\t816\t96%\t10%\t96\t9.6",
    "一级指标\t二级指标\t三级指标\t指标值\t\t权重占比\t评分\t\t偏差原因",
    "\t\t\t年度指标值\t实际完成值\t\t得分\t折算得分",
    ...rows,
    `合计\t\t\t\t\t100%\t\t${total}`,
    "",
  ].join("\n");
/** the same form with the budget line's 权重占比 and 折算得分 left "—": the rule then gives it what the scheme
 *  gives the budget part (the total may lie anywhere up to Σ折算得分 + 10) */
const unreadBudgetLine = (text: string) => text.replace("\t96%\t10%\t96\t9.6", "\t96%\t—\t96\t—");
const rows = [
  "项目完成指标\t数量指标\t改造老旧小区\t14个\t14个\t30%\t100\t30",
  "\t质量指标\t竣工验收合格率\t100%\t100%\t20%\t100\t20",
  "\t时效指标\t改造工程完工时间\t2024年11月底前\t2024年12月15日\t20%\t80\t16\t受雨季影响工期推迟",
  "项目效益指标\t服务对象满意度指标\t小区居民满意度\t≥90%\t91.5%\t20%\t100\t20",
];

// invented: a department's self-assessment with no indicator table, its projects converted by their
// budget shares (项目自评得分 × 权重占比 = 折算得分; 合计 = Σ折算得分)
const department = (lines: string[], sum: string) =>
  [
    "2024年度部门整体支出绩效自评表",
    ...WATER_DEPARTMENT_HEAD,
    ...lines,
    `\t合计\t300.00\t290.00\t96.67%\t—\t100%\t${sum}`,
    "",
  ].join("\n");
// invented: project lines whose shares follow budgets of 100 and 200 (33.33% / 66.67%, or written to whole percents)
const thirds = (a: string, b: string, ca: string, cb: string, sum: string) =>
  department([`\t小型水库安全运行管护项目\t100.00\t98.00\t98.00%\t96.00\t${a}\t${ca}`, `\t农村河道清淤整治项目\t200.00\t192.00\t96.00%\t94.00\t${b}\t${cb}`], sum);
const projectLines = ["\t小型水库安全运行管护项目\t120.00\t118.00\t98.33%\t96.00\t40%\t38.40", "\t农村河道清淤整治项目\t180.00\t172.00\t95.56%\t94.00\t60%\t56.40"];

ruleTester.run("converted-score-mismatch", {
  valid: [
    { name: "invented: project shares 33.33% / 66.67% of budgets 100 / 200", text: thirds("33.33%", "66.67%", "32.00", "62.67", "94.67") },
    { name: "invented: project shares written to whole percents, 33% / 67% of budgets 100 / 200 (one unit of the last digit)", text: thirds("33%", "67%", "31.68", "62.98", "94.66") },
    { name: "invented: a department form's project lines, each 得分 × 权重占比, 合计 their sum", text: department(projectLines, "94.80") },
    { name: "invented: one share for the indicator part — 小计 100 × 90% = 90, 总分 90 + 9.8", text: conversionForm() },
    {
      name: "invented: 99.68 × 90% = 89.712 written 89.71 (two-decimal rounding)",
      text: conversionForm({ scores: ["60.00", "24.68", "15.00"], subtotal: ["100", "99.68"], converted: "89.71", total: "99.51" }),
    },
    { name: "the 福建-style template fixture: every converted score, share and total right", file: FUJIAN },
    { name: "converted scores, shares (90% + the budget line's 10%) and total agree", text: form(rows, "95.6") },
  ],
  invalid: [
    {
      name: "invented (issue 9): the funds block writes the budget line's 折算得分 (96 × 10% = 9.6), so the total is 86 + 9.6 = 95.6 exactly, not anything up to 96",
      text: form(rows, "96.5"),
      errors: [{ messageId: "totalWithBudget", field: "total", data: { total: "96.5", sum: "86", budget: "9.6", expected: "95.6" } }],
    },
    {
      name: "invented (issue 9): the budget line's 折算得分 is not its 得分 × 权重占比 (96 × 10% = 9.6, written 8.6)",
      text: form(rows, "94.6").replace("\t96\t9.6", "\t96\t8.6"),
      errors: [{ messageId: "converted", field: "funds", data: { name: "预算执行", score: "96", share: "10", expected: "9.6", converted: "8.6" } }],
    },
    {
      name: "invented: project shares that are not the budgets' shares (120 / 300 = 40%, written 45%; 180 / 300 = 60%, written 55%)",
      text: department(
        ["\t小型水库安全运行管护项目\t120.00\t118.00\t98.33%\t96.00\t45%\t43.20", "\t农村河道清淤整治项目\t180.00\t172.00\t95.56%\t94.00\t55%\t51.70"],
        "94.90",
      ),
      errors: [
        { messageId: "projectShare", line: 8, field: "funds", evidence: "45%", data: { expected: "40", share: "45" } },
        { messageId: "projectShare", line: 9, field: "funds", evidence: "55%", data: { expected: "60", share: "55" } },
      ],
    },
    {
      name: "invented: a written-to-decimals share off by more than one unit of its last digit (100 / 300 = 33.33%, written 33.5%)",
      text: thirds("33.5%", "66.5%", "32.16", "62.51", "94.67"),
      errors: [
        { messageId: "projectShare", line: 8, field: "funds", evidence: "33.5%", data: { expected: "33.33" } },
        { messageId: "projectShare", line: 9, field: "funds", evidence: "66.5%", data: { expected: "66.67" } },
      ],
    },
    {
      name: "invented: a department form's project line whose 折算得分 is not 得分 × 权重占比 (96 × 40% = 38.4, written 34.80)",
      text: department([projectLines[0].replace("38.40", "34.80"), projectLines[1]], "91.20"),
      errors: [{ messageId: "converted", line: 8, field: "funds", evidence: "34.80", data: { expected: "38.4", name: "小型水库安全运行管护项目" } }],
    },
    {
      name: "invented: a department form's 合计 that is not the sum of its projects' 折算得分 (38.40 + 56.40 = 94.8, written 96.80)",
      text: department(projectLines, "96.80"),
      errors: [{ messageId: "projectTotal", line: 10, field: "funds", evidence: "96.80", data: { sum: "94.8" } }],
    },
    {
      name: "checklist 9, invented: 折算得分 that is not 小计 × 权重占比 (99.68 × 90% = 89.71, written 89.17)",
      text: conversionForm({ scores: ["60.00", "24.68", "15.00"], subtotal: ["100", "99.68"], converted: "89.17", total: "98.97" }),
      errors: [{ messageId: "convertedTotal", line: 12, field: "total", evidence: "89.17", data: { expected: "89.71", share: "90" } }],
    },
    {
      name: "checklist 9, invented: a 指标得分小计 that is not Σ得分 (60 + 25 + 14 = 99, written 100)",
      text: conversionForm({ scores: ["60.00", "25.00", "14.00"] }),
      errors: [{ messageId: "subtotal", line: 10, field: "total", evidence: "100.00", data: { sum: "99" } }],
    },
    {
      name: "checklist 9: a converted score that is not 得分 × 权重占比 (the total stays within what the unread budget line allows)",
      text: unreadBudgetLine(form([rows[0], rows[1], "\t时效指标\t改造工程完工时间\t2024年11月底前\t2024年12月15日\t20%\t80\t20\t受雨季影响工期推迟", rows[3]], "95.6")),
      errors: [
        { messageId: "converted", line: 11, field: "score", evidence: "20", data: { expected: "16" } },
      ],
    },
    {
      name: "invented (issue 9): a converted score that is not 得分 × 权重占比, with the budget line's 折算得分 written — the total 86 + 9.6 = 95.6 is right and not reported",
      text: form([rows[0], rows[1], "\t时效指标\t改造工程完工时间\t2024年11月底前\t2024年12月15日\t20%\t80\t20\t受雨季影响工期推迟", rows[3]], "95.6"),
      errors: [{ messageId: "converted", line: 11, field: "score", evidence: "20", data: { expected: "16" } }],
    },
    {
      name: "checklist 9: weight shares that do not add up",
      text: form([rows[0], rows[1], rows[2], "项目效益指标\t服务对象满意度指标\t小区居民满意度\t≥90%\t91.5%\t10%\t100\t10"], "85.6"),
      errors: [{ messageId: "shareSum", line: 9, field: "weight", evidence: "80%" }],
    },
    {
      name: "checklist 9: a total above the converted scores plus the budget line's share",
      text: unreadBudgetLine(form(rows, "99.6")),
      errors: [{ messageId: "total", line: 13, field: "total", evidence: "99.6", data: { low: "86", high: "96" } }],
    },
  ],
});
