import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

const rows = (actual: string) => [
  "\t产出指标\t数量指标\t涉及取暖部门\t=10个\t=10个\t=10个\t40\t40",
  `\t\t成本指标\t合计采暖费\t=元\t=296261.75元\t${actual}\t10\t10`,
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];

ruleTester.run("cost-actual-exceeds-spending", {
  valid: [
    { name: "cost actual equals what was spent", text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t29.626\t0\t100\t10", rows: rows("=296261.75元") }) },
    { name: "nothing spent, cost actual 0", text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t0\t29.626\t0\t0", rows: rows("0元"), total: "总分\t\t\t\t\t\t\t90\t\t优" }) },
  ],
  invalid: [
    {
      name: "002 l.636: 执行数 0, 成本 actual =296261.75元 (the whole budget)",
      file: "test/fixtures/zero-execution-full-marks/002-l628-zero-execution-full-marks.txt",
      errors: [{ messageId: "zero", line: 15, field: "actual", evidence: "=296261.75元", indicator: "合计采暖费" }],
    },
    {
      name: "planted: 10 of 29.626 spent, cost actual the whole 29.626万元",
      text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t10\t19.626\t33.75\t3.38", rows: rows("=296261.75元"), total: "总分\t\t\t\t\t\t\t93.38\t\t优" }),
      errors: [{ messageId: "above", line: 10, field: "actual", evidence: "=296261.75元" }],
    },
  ],
});
