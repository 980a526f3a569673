import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const target = readFileSync("test/fixtures/target-drift/000-l488-target.txt", "utf8");

ruleTester.run("fund-split-sum", {
  valid: [
    { name: "000 l.488 shape: sources add up, period = annual", file: "test/fixtures/target-drift/000-l488-target.txt" },
  ],
  invalid: [
    {
      name: "planted after 000 l.1678: one-year project, 实施期 1,650,000 vs 年度 1,320,000",
      file: "test/fixtures/fund-split-sum/000-l1678-period-vs-annual-total.txt",
      errors: [{ messageId: "periodAnnual", line: 4, field: "funds", data: { periodTotal: "1650000", annualTotal: "1320000" } }],
    },
    {
      name: "planted: 市县 40,000 + 自筹 0 ≠ total 50,000 (both columns)",
      text: target.replace("市县（区）财政资金\t50,000\t市县（区）财政资金\t50,000", "市县（区）财政资金\t40,000\t市县（区）财政资金\t40,000"),
      errors: [{ messageId: "sources", line: 6, field: "funds", evidence: "50000" }],
    },
  ],
});
