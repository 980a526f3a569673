import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const fixture = readFileSync("test/fixtures/spending-plan/001-l2491-amounts.txt", "utf8");
const withPlan = (plan: string) => fixture.replace("8.00 10.00 10.00 10.00", plan);

ruleTester.run("spending-plan", {
  valid: [
    { name: "cumulative percentages reaching 100", text: withPlan("25.00 50.00 80.00 100.00") },
    { name: "all spent by March, written as 100 at every point", text: withPlan("100.00 100.00 100.00 100.00") },
  ],
  invalid: [
    {
      name: "001 l.2491: 8+10+10+10 = 38, the budget in 万元",
      file: "test/fixtures/spending-plan/001-l2491-amounts.txt",
      errors: [{ messageId: "amounts", line: 16, field: "funds.spendingPlan", evidence: "8.00 10.00 10.00 10.00" }],
    },
    {
      name: "planted after 001 l.3168: 350 at each point (above 100)",
      text: withPlan("350 350 350 350"),
      errors: [{ messageId: "amounts", line: 16, evidence: "350 350 350 350" }],
    },
    { name: "planted: the plan falls", text: withPlan("30.00 60.00 50.00 100.00"), errors: [{ messageId: "decreasing", line: 16, data: { month: 10 } }] },
    { name: "planted: never reaches 100", text: withPlan("20.00 40.00 60.00 90.00"), errors: [{ messageId: "short", line: 16, data: { max: "90" } }] },
  ],
});
