import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("budget-cut-full-execution", {
  valid: [
    { name: "budget unchanged", text: sa() },
    { name: "budget cut to 85%, fully executed (less than a fifth cut)", text: sa({ funds: "\t资金总额:\t20\t20\t17\t17\t0\t100\t10" }) },
    { name: "budget cut sharply but not reported as executed", text: sa({ funds: "\t资金总额:\t20\t20\t5\t4\t1\t80\t8", total: "总分\t\t\t\t\t\t\t98\t\t优" }) },
  ],
  invalid: [
    {
      name: "002 l.1703: 年初 469.64 cut to 119.797, then 100%",
      text: sa({ funds: "\t资金总额:\t469.64\t469.64\t119.797\t119.797\t0\t100\t10" }),
      errors: [{ messageId: "cut", line: 5, field: "funds", evidence: "119.797", severity: "warning", data: { share: "25.5" } }],
    },
    {
      name: "invented: budget cut to 60% (more than a fifth, not below half), then 100% — info",
      text: sa({ funds: "\t资金总额:\t20\t20\t12\t12\t0\t100\t10" }),
      errors: [{ messageId: "cut", line: 5, field: "funds", evidence: "12", severity: "info", data: { share: "60" } }],
    },
  ],
});
