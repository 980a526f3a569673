import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented forms (checklist item 6); 000 l.924 has the plan case: 一次性项目 planned “每年”
const longPeriod = shanxiTarget({ period: "3年" });
const multiOne = shanxiTarget({ attribute: "延续项目（多年期）", period: "1年" });
const everyYear = shanxiTarget({ plan: "常年实施，按学期组织培训" });
// 000 l.731/897 have the same: 一次性项目（1年结束） with 雇佣时限 “长期”, 租赁时间 “2年”
const termRows = (term: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "租赁校车数量", "=6辆", "=6辆"],
  ["", "时效指标", "校车租赁期限", term, term],
  ["", "", "车辆质保期限", "3年", "3年"],
  ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"],
];
const longTerm = shanxiTarget({ rows: termRows("2年") });
// invented: the 项目期 written as years; before, "2024年-2026年" was read as a length of 2024 years and passed
const yearsPeriod = shanxiTarget({ period: "2024年-2026年" });

// invented: a TAB form stating 项目属性 as a ticked checkbox and 项目类型 beside it; the type says one-off, the
// period three years
const typed = (type: string, period: string) =>
  [
    "项目支出绩效目标申报表",
    "项目名称\t乡村公益岗位补贴",
    "主管部门\t某县人力资源和社会保障局\t实施单位\t某县就业服务中心",
    `项目属性\t新增项目☑\t延续项目□\t项目类型\t${type}`,
    `项目期\t${period}`,
    "项目资金\t年度资金总额\t45.00",
    "年度目标\t开发乡村公益岗位60个，按月发放岗位补贴。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t开发公益岗位数量\t=60个",
    "满意度指标\t服务对象满意度指标\t上岗人员满意度\t≥90%",
    "",
  ].join("\n");
const typedLong = typed("一次性项目", "2025年1月至2027年12月");

ruleTester.run("attribute-period-mismatch", {
  valid: [
    { name: "one year everywhere", text: shanxiTarget() },
    { name: "a one-year lease term, and a warranty that outlasts the year", text: shanxiTarget({ rows: termRows("1年") }) },
    { name: "a continuing project may lease for two years", text: shanxiTarget({ attribute: "延续项目", period: "3年", rows: termRows("2年") }) },
    { name: "a continuing project over three years", text: shanxiTarget({ attribute: "延续项目", period: "3年", plan: "每年组织一期培训" }) },
    { name: "invented: a recurring (经常性) project is budgeted year by year: 项目期 1年 and a plan running all year", text: shanxiTarget({ attribute: "经常性项目", period: "1年", plan: "常年实施，按季度组织监测" }) },
    { name: "invented: a checkbox printed with both options unticked states no attribute", text: shanxiTarget({ attribute: "新增项目 延续项目", period: "1年" }) },
    { name: "invented: a one-off project within its budget year written as a year", text: shanxiTarget({ period: "2024年" }) },
    { name: "invented: a new recurring project (项目类型 经常性项目) over three years", text: typed("经常性项目", "2025年1月至2027年12月") },
  ],
  invalid: [
    { name: "a one-off project with a three-year period", text: longPeriod, errors: [{ messageId: "oneYearLongPeriod", line: lineWith(longPeriod, "项目属性"), field: "project.attribute", severity: "warning", data: { period: "3年" } }] },
    { name: "invented: a one-off project whose 项目期 names three years", text: yearsPeriod, errors: [{ messageId: "oneYearLongPeriod", line: lineWith(yearsPeriod, "项目属性"), field: "project.attribute", data: { period: "2024年-2026年" } }] },
    {
      name: "invented: the one-off type stated beside the checkbox of 项目属性 (项目类型 一次性项目) against a three-year period",
      text: typedLong,
      errors: [{ messageId: "oneYearLongPeriod", line: lineWith(typedLong, "项目属性"), field: "project.attribute", data: { period: "2025年1月至2027年12月" } }],
    },
    { name: "a multi-year project with a one-year period", text: multiOne, errors: [{ messageId: "multiYearOnePeriod", line: lineWith(multiOne, "项目属性"), data: { period: "1年" } }] },
    {
      name: "a one-off project leasing for two years, both columns, reported once",
      text: longTerm,
      errors: [{ messageId: "longTimeTarget", severity: "warning", line: lineWith(longTerm, "校车租赁期限"), field: "target", also: ["annualTarget"], evidence: "2年", data: { name: "校车租赁期限", value: "2年" } }],
    },
    { name: "a one-off project implemented all year round", text: everyYear, errors: [{ messageId: "recurringPlan", line: lineWith(everyYear, "项目实施计划"), field: "project.details", evidence: "常年实施，按学期组织培训" }] },
  ],
});
