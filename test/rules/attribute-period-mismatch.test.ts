import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented forms (checklist item 6); 000 l.924 has the plan case: 一次性项目 planned “每年”
const longPeriod = shanxiTarget({ period: "3年" });
const multiOne = shanxiTarget({ attribute: "延续项目（多年期）", period: "1年" });
const everyYear = shanxiTarget({ plan: "常年实施，按学期组织培训" });

ruleTester.run("attribute-period-mismatch", {
  valid: [
    { name: "one year everywhere", text: shanxiTarget() },
    { name: "a continuing project over three years", text: shanxiTarget({ attribute: "延续项目", period: "3年", plan: "每年组织一期培训" }) },
  ],
  invalid: [
    { name: "a one-off project with a three-year period", text: longPeriod, errors: [{ messageId: "oneYearLongPeriod", line: lineWith(longPeriod, "项目属性"), field: "project.attribute", severity: "warning", data: { period: "3年" } }] },
    { name: "a multi-year project with a one-year period", text: multiOne, errors: [{ messageId: "multiYearOnePeriod", line: lineWith(multiOne, "项目属性"), data: { period: "1年" } }] },
    { name: "a one-off project implemented all year round", text: everyYear, errors: [{ messageId: "recurringPlan", line: lineWith(everyYear, "项目实施计划"), field: "project.details", evidence: "常年实施，按学期组织培训" }] },
  ],
});
