import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

const rows = (a: string, b: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "培训教师人数", "≥120人", "≥120人"],
  ["", "成本指标", "培训费", a, a],
  ["", "", "教材资料费", b, b],
  ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"],
];
const copied = shanxiTarget({ rows: rows("≤20万元", "≤20万元") });
const tenth = shanxiTarget({ periodFunds: 183456, rows: rows("≤16.5万元", "≤18345.6元") });

ruleTester.run("cost-copies-budget", {
  valid: [
    { name: "costs broken down", text: shanxiTarget({ rows: rows("≤16万元", "≤4万元") }) },
    { name: "a single cost row may carry the whole budget", text: shanxiTarget() },
    { name: "a round budget at another power of ten proves no slip (2万元 of 200,000元)", text: shanxiTarget({ rows: rows("≤16万元", "≤2万元") }) },
  ],
  invalid: [
    {
      name: "invented (002 l.1646 has the same): 183,456元 of funds at a tenth, 18345.6元 — a unit slip",
      text: tenth,
      errors: [{ messageId: "powerOfTen", line: lineWith(tenth, "教材资料费"), field: "target", also: ["annualTarget"], severity: "warning", evidence: "≤18345.6元", data: { times: "10 分之一" } }],
    },
    {
      name: "both cost rows carry the whole 200,000元 (invented)",
      text: copied,
      errors: [{ messageId: "copied", line: lineWith(copied, "教材资料费"), field: "target", severity: "info", data: { rows: 2 } }],
    },
  ],
});
