import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// every form is invented (checklist item 5); the layout is 000's
const planBefore = shanxiTarget({ plan: "2023年9月启动，2024年6月底前完成" });
const dummy = shanxiTarget({ period: "20年" });
const lastYear = shanxiTarget({ period: "2023年1月-2023年12月" });
const staleName = shanxiTarget({ name: "2022年度乡村教师培训经费" });
const builtName = shanxiTarget({ name: "2021年智慧校园建设项目" });
// invented: the budget year stands only on the cover, far above the form; the name's own year is not the form's
const coverYear =
  "鹤山县畜牧兽医站2025年部门预算\n目录\n一、部门职责\n二、机构设置\n三、收支总表\n四、收入总表\n五、支出总表\n六、项目支出表\n七、政府采购表\n八、绩效目标表\n" +
  "项目支出绩效目标申报表\n项目名称\t2023年度动物疫病强制免疫补助\n主管部门\t鹤山县农业农村局\n项目资金\t年度资金总额\t50\n" +
  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t免疫畜禽数量\t≥12万头\n满意度指标\t服务对象满意度指标\t养殖场户满意度\t≥90%\n";
// invented: a year inside a work's title (the period a gazetteer covers) is not the year of the money; a year outside it is
const titleYears = shanxiTarget({ name: "《鹤山县志（2001—2020）》编纂出版经费" });
const titleAndYear = shanxiTarget({ name: "2022年度《鹤山县志（2001—2020）》编纂经费" });
const arrearsName = shanxiTarget({ name: "教师绩效工资补发（2022.10-2023.12）" });
const badMonth = shanxiTarget({ plan: "2024年13月底前完成" });
// invented (dev-18 kind): a day past its month's end in a time target (11月 has 30 days; 2023 is no leap year)
const dayRowsShort = (v: string, w: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "培训教师人数", "≥120人", "≥120人"],
  ["", "时效指标", "培训完成时间", v, v],
  ["", "", "结业考核时间", w, w],
];
const november31 = shanxiTarget({ rows: dayRowsShort("2024年11月31日前", "2024年12月31日前") });
const monthEnds = shanxiTarget({ rows: dayRowsShort("2024年11月30日前", "2024年2月29日前") });
// invented: a day the month does not have, in a time target; 29 February of a leap year is a real day
const dayRows = (v: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "发放救助物资户数", "≥300户", "≥300户"],
  ["", "时效指标", "物资发放完成时间", v, v],
  ["满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", "≥90%"],
];
// invented: a recurring project whose 项目起止时间 lies inside the budget year, its plan laid out as steps, the
// last step ending after the year; and the same plan inside the year
const stepsPlan = (end: string) =>
  [
    "2025年度项目支出绩效目标申报表",
    "项目名称\t乡镇农贸市场快检经费",
    "主管部门\t某县市场监督管理局\t\t\t主管部门编码\t128",
    "项目类型\t延续项目\t\t\t项目起止时间\t2025年1月-2025年12月",
    "资金情况\t资金总额\t30\t\t其中：财政拨款\t30\t单位自筹\t0",
    "项目实施计划\t实施内容\t\t\t开始时间\t\t完成时间\t",
    "\t快检设备采购\t\t\t2025-02-01\t\t2025-03-31\t",
    `\t农贸市场快检\t\t\t2025-04-01\t\t${end}\t`,
    "年度绩效目标\t全年完成农贸市场食用农产品快检6000批次。",
    "一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t目标值\t计量单位\t指标方向",
    "产出指标\t数量指标\t食用农产品快检批次\t定量\t≥\t6000\t批次\t正向",
    "满意度指标\t服务对象满意度指标\t市场经营户满意度\t定量\t≥\t90\t%\t正向",
    "",
  ].join("\n");
const stepLate = stepsPlan("2026-03-31");
// invented: a new project (新增项目, ticked) of several years whose plan starts the year before the budget year
const newPlan = (start: string) =>
  stepsPlan("2026-11-30")
    .replace("项目类型\t延续项目\t\t\t项目起止时间\t2025年1月-2025年12月", "项目类型\t□延续项目 ☑新增项目\t\t\t项目起止时间\t2025年-2026年")
    .replace("2025-02-01", start);
const newEarly = newPlan("2024-10-01");
const pastMonthEnd = shanxiTarget({ rows: dayRows("2024年4月31日前") });
const leapDay = shanxiTarget({ rows: dayRows("2024年2月29日前") });
const badValue = shanxiTarget({
  rows: [
    ["产出指标", "数量指标", "培训教师人数", "≥120人", "≥120人"],
    ["", "时效指标", "培训完成时间", "2025013", "2025013"],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"],
  ],
});

// invented: a time target spanning decades, in a one-year form and in a form whose own period is that long
const decadesRows = (v: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "维护监控点位数量", "≥80个", "≥80个"],
  ["", "时效指标", "运维服务期限", v, "2025年12月底前"],
  ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "≥90%"],
];
const decades = shanxiTarget({ rows: decadesRows("2025年—2045年") });
const longLease = shanxiTarget({ attribute: "延续项目", period: "2025年-2044年", rows: decadesRows("2025年—2044年") });

ruleTester.run("project-dates", {
  valid: [
    { name: "invented (dev-24 round): the years inside a work's title (《…县志（2001—2020）》) are the period it covers, not the money's year", text: titleYears },
    { name: "a one-year project planned inside its budget year", text: shanxiTarget() },
    { name: "invented: 29 February of a leap year is a real day", text: leapDay },
    { name: "invented: a plan laid out as steps, all inside the budget year of a project dated inside it", text: stepsPlan("2025-11-30") },
    { name: "invented: a new project of two years may plan into the next year", text: newPlan("2025-02-01") },
    { name: "invented: a time target spanning twenty years in a form whose own 项目期 is those twenty years (a long lease)", text: longLease },
    { name: "a multi-year project may plan beyond the year", text: shanxiTarget({ attribute: "延续项目", period: "3年", plan: "2023年启动，2025年底完成" }) },
    { name: "a name spanning the budget year", text: shanxiTarget({ name: "2023-2025年校舍安全三年行动经费" }) },
    {
      name: "invented: a 一次性项目 whose 项目期 runs three years from the budget year contradicts its attribute (attribute-period-mismatch), it does not leave the year",
      text: shanxiTarget({ period: "2024年1月-2026年12月" }),
    },
    { name: "invented: the last day of a 30-day month and 29 February of a leap year are real days", text: monthEnds },
  ],
  invalid: [
    {
      name: "invented (dev-13 round): a time target spanning decades (2025年—2045年) where the form's period is one year — a dummy, not a deadline",
      text: decades,
      errors: [{ messageId: "dummyTarget", line: lineWith(decades, "运维服务期限"), field: "target", evidence: "2025年—2045年", data: { years: 21 } }],
    },
    {
      name: "a one-year project whose plan starts the year before the budget year",
      text: planBefore,
      errors: [{ messageId: "planOutsideYear", line: lineWith(planBefore, "项目实施计划"), field: "project.details", severity: "warning", data: { year: 2023, budgetYear: 2024 } }],
    },
    {
      name: "invented: a one-year 项目期 of the year before the budget year",
      text: lastYear,
      errors: [{ messageId: "planOutsideYear", line: lineWith(lastYear, "项目期"), field: "project.period", data: { year: 2023, budgetYear: 2024 } }],
    },
    { name: "a dummy period of decades for a one-year project", text: dummy, errors: [{ messageId: "dummyPeriod", line: lineWith(dummy, "项目期"), field: "project.period", data: { years: 20 } }] },
    {
      name: "invented: recurring money named after an earlier year, the budget year on the document's cover only",
      text: coverYear,
      errors: [{ messageId: "staleProjectName", line: lineWith(coverYear, "项目名称"), field: "project.name", data: { year: 2023, budgetYear: 2025 } }],
    },
    { name: "recurring money named after an earlier year", text: staleName, errors: [{ messageId: "staleProjectName", line: lineWith(staleName, "项目名称"), field: "project.name", data: { year: 2022 } }] },
    {
      name: "a construction project named after the year it started: info",
      text: builtName,
      errors: [{ messageId: "pastYearName", severity: "info", line: lineWith(builtName, "项目名称"), field: "project.name", data: { year: 2021, budgetYear: 2024 } }],
    },
    {
      name: "invented (dev-24 round): a year outside a work's title still names the money's year (2022年度《…县志（2001—2020）》编纂经费)",
      text: titleAndYear,
      errors: [{ messageId: "staleProjectName", line: lineWith(titleAndYear, "项目名称"), field: "project.name", data: { year: 2022, budgetYear: 2024 } }],
    },
    {
      name: "arrears named by a period that ended before the budget year: info, at the latest year",
      text: arrearsName,
      errors: [{ messageId: "pastYearName", severity: "info", line: lineWith(arrearsName, "项目名称"), field: "project.name", data: { year: 2023 } }],
    },
    {
      name: "checklist 5 (invented, dev-18 kind): a day past its month's end (2024年11月31日) is no date — an error",
      text: november31,
      errors: [{ messageId: "malformedDate", severity: "error", line: lineWith(november31, "培训完成时间"), field: "target", also: ["annualTarget"], data: { date: "2024年11月31日" } }],
    },
    {
      name: "invented: a 项目起止时间 inside the budget year makes a one-year project (whatever 延续项目 says); a plan step ending the next year is reported on that step's row",
      text: stepLate,
      errors: [{ messageId: "planOutsideYear", line: lineWith(stepLate, "2026-03-31"), field: "project.details", data: { year: 2026, budgetYear: 2025 } }],
    },
    {
      name: "invented: a new project (ticked 新增项目) gets its first money in the budget year: a plan starting the year before is reported, on that step's row",
      text: newEarly,
      errors: [{ messageId: "newPlanBefore", line: lineWith(newEarly, "2024-10-01"), field: "project.details", data: { year: 2024, budgetYear: 2025 } }],
    },
    {
      name: "invented: a day past the month's end (30 April has no 31st) is an error",
      text: pastMonthEnd,
      errors: [{ messageId: "malformedDate", severity: "error", line: lineWith(pastMonthEnd, "物资发放完成时间"), field: "target", also: ["annualTarget"], data: { date: "2024年4月31日" } }],
    },
    { name: "a month 13 in the plan is an error", text: badMonth, errors: [{ messageId: "malformedDate", severity: "error", line: lineWith(badMonth, "项目实施计划"), data: { date: "2024年13月" } }] },
    {
      name: "a compact date with a digit missing, both columns, reported once naming both",
      text: badValue,
      errors: [{ messageId: "malformedDate", severity: "error", line: lineWith(badValue, "培训完成时间"), field: "target", also: ["annualTarget"], evidence: "2025013" }],
    },
  ],
});
