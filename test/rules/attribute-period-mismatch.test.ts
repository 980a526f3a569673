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

ruleTester.run("attribute-period-mismatch", {
  valid: [
    { name: "one year everywhere", text: shanxiTarget() },
    { name: "a one-year lease term, and a warranty that outlasts the year", text: shanxiTarget({ rows: termRows("1年") }) },
    { name: "a continuing project may lease for two years", text: shanxiTarget({ attribute: "延续项目", period: "3年", rows: termRows("2年") }) },
    { name: "a continuing project over three years", text: shanxiTarget({ attribute: "延续项目", period: "3年", plan: "每年组织一期培训" }) },
    { name: "invented: a recurring (经常性) project is budgeted year by year: 项目期 1年 and a plan running all year", text: shanxiTarget({ attribute: "经常性项目", period: "1年", plan: "常年实施，按季度组织监测" }) },
    { name: "invented: a checkbox printed with both options unticked states no attribute", text: shanxiTarget({ attribute: "新增项目 延续项目", period: "1年" }) },
    { name: "invented: a one-off project within its budget year written as a year", text: shanxiTarget({ period: "2024年" }) },
  ],
  invalid: [
    { name: "a one-off project with a three-year period", text: longPeriod, errors: [{ messageId: "oneYearLongPeriod", line: lineWith(longPeriod, "项目属性"), field: "project.attribute", severity: "warning", data: { period: "3年" } }] },
    { name: "invented: a one-off project whose 项目期 names three years", text: yearsPeriod, errors: [{ messageId: "oneYearLongPeriod", line: lineWith(yearsPeriod, "项目属性"), field: "project.attribute", data: { period: "2024年-2026年" } }] },
    { name: "a multi-year project with a one-year period", text: multiOne, errors: [{ messageId: "multiYearOnePeriod", line: lineWith(multiOne, "项目属性"), data: { period: "1年" } }] },
    {
      name: "a one-off project leasing for two years, both columns, reported once",
      text: longTerm,
      errors: [{ messageId: "longTimeTarget", severity: "warning", line: lineWith(longTerm, "校车租赁期限"), field: "target", also: ["annualTarget"], evidence: "2年", data: { name: "校车租赁期限", value: "2年" } }],
    },
    { name: "a one-off project implemented all year round", text: everyYear, errors: [{ messageId: "recurringPlan", line: lineWith(everyYear, "项目实施计划"), field: "project.details", evidence: "常年实施，按学期组织培训" }] },
  ],
});
