import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("balance-mismatch", {
  valid: [
    { name: "20 − 20 = 0", text: sa() },
    { name: "20 − 19.66 = 0.34", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.83", total: "总分\t\t\t\t\t\t\t99.83\t\t优" }) },
  ],
  invalid: [
    {
      name: "002 l.628: 29.626 budgeted, 0 spent, balance written 0",
      file: "test/fixtures/zero-execution-full-marks/002-l628-zero-execution-full-marks.txt",
      errors: [{ messageId: "mismatch", line: 7, field: "funds", evidence: "0", data: { expected: "29.626" } }],
    },
  ],
});
