import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("execution-rate-mismatch", {
  valid: [
    { name: "20 / 20 = 100%", text: sa() },
    { name: "19.66 / 20 = 98.3%", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.83", total: "总分\t\t\t\t\t\t\t99.83\t\t优" }) },
  ],
  invalid: [
    {
      name: "planted after 002 l.593: 10 of 20 spent, rate written 100",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t10\t10\t100\t10" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", evidence: "100", data: { expected: "50" } }],
    },
  ],
});
