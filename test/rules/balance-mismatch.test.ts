import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("balance-mismatch", {
  valid: [
    { name: "20 − 20 = 0", text: sa() },
    {
      name: "overspent (20 budgeted, 21 spent, the unit paid the rest): a balance of 0, not −1",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t21\t0\t105\t10" }),
    },
    { name: "overspent, the balance written as −1", text: sa({ funds: "\t资金总额:\t20\t20\t20\t21\t-1\t105\t10" }) },
    { name: "20 − 19.66 = 0.34", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.83", total: "总分\t\t\t\t\t\t\t99.83\t\t优" }) },
  ],
  invalid: [
    {
      name: "overspent, but a balance written as if money were left",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t21\t1\t105\t10" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", evidence: "1", data: { expected: "-1" } }],
    },
    {
      name: "002 l.628: 29.626 budgeted, 0 spent, balance written 0",
      file: "test/fixtures/zero-execution-full-marks/002-l628-zero-execution-full-marks.txt",
      errors: [{ messageId: "mismatch", line: 7, field: "funds", evidence: "0", data: { expected: "29.626" } }],
    },
  ],
});
