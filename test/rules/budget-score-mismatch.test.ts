import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("budget-score-mismatch", {
  valid: [
    { name: "a form scored by weight shares: the budget line's 得分 is out of 100 (96% → 96)", file: "test/fixtures/templates/fujian-housing-weight-share-self/fujian-housing-weight-share-self.txt" },
    { name: "100% → 10", text: sa() },
    { name: "98.3% → 9.83 written 9.8 (rounding)", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.8", total: "总分\t\t\t\t\t\t\t99.8\t\t优" }) },
  ],
  invalid: [
    {
      name: "002 l.1878: 执行率 20.52% scored 2.5 instead of 2.05",
      file: "test/fixtures/budget-score-mismatch/002-l1878-score-2.5-for-20.52pct.txt",
      errors: [{ messageId: "mismatch", line: 6, field: "funds", evidence: "2.5", data: { expected: "2.05" } }],
    },
    {
      name: "planted: 50% executed but full 10 points",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t10\t10\t50\t10" }),
      errors: [{ messageId: "mismatch", line: 5, evidence: "10", data: { expected: "5" } }],
    },
  ],
});
