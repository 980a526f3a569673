import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented forms (checklist item 8)
const nothing = shanxiTarget({ measures: "无", plan: "/" });
const noOverview = shanxiTarget({ overview: "" });
const noAnnual = shanxiTarget({ annualGoal: "" });
const annualWu = shanxiTarget({ annualGoal: "无" });

ruleTester.run("required-text-missing", {
  valid: [
    { name: "every required field filled", text: shanxiTarget() },
    { name: "a short real answer is an answer", text: shanxiTarget({ basis: "县政府批准" }) },
  ],
  invalid: [
    {
      name: "保证措施 “无” and 实施计划 “/”",
      text: nothing,
      errors: [
        { messageId: "answeredNothing", line: lineWith(nothing, "保证项目实施的制度、措施"), field: "project.details", severity: "warning", evidence: "无" },
        { messageId: "answeredNothing", line: lineWith(nothing, "项目实施计划"), evidence: "/" },
      ],
    },
    { name: "项目概况 left empty while its siblings are filled", text: noOverview, errors: [{ messageId: "missingField", data: { label: "项目概况" } }] },
    { name: "the 年度 goal empty while the 实施期 goal is filled", text: noAnnual, errors: [{ messageId: "goalMissing", line: lineWith(noAnnual, "总体目标"), field: "goals.period", data: { missing: "年度目标" } }] },
    { name: "the 年度 goal answered “无”", text: annualWu, errors: [{ messageId: "goalMissing", line: lineWith(annualWu, "总体目标"), field: "goals.annual", evidence: "无" }] },
  ],
});
