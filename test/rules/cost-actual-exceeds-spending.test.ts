import { ruleTester } from "../helpers/rule-tester.js";
import { blankTotal, sa } from "../helpers/self-assessment-snippet.js";

const rows = (actual: string) => [
  "\t产出指标\t数量指标\t涉及取暖部门\t=10个\t=10个\t=10个\t40\t40",
  `\t\t成本指标\t合计采暖费\t=元\t=296261.75元\t${actual}\t10\t10`,
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];

ruleTester.run("cost-actual-exceeds-spending", {
  valid: [
    { name: "invented: 年度资金总额 row 0/0/0, the money on 本年财政拨款 beneath it: a blank total (fund-split-sum), not zero spending", text: blankTotal() },
    { name: "cost actual equals what was spent", text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t29.626\t0\t100\t10", rows: rows("=296261.75元") }) },
    { name: "cost actual 3% above what was spent (rounding, within 5%)", text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t28.8\t0.826\t97.21\t9.72", rows: rows("=296261.75元"), total: "总分\t\t\t\t\t\t\t99.72\t\t优" }) },
    {
      name: "invented: a unit cost (人均) is not compared with the whole spending",
      text: sa({
        funds: "\t资金总额:\t0.6\t0.6\t0.6\t0.4\t0.2\t66.67\t6.67",
        rows: rows("=4000元").map((r) => r.replace("合计采暖费\t=元\t=296261.75元\t=4000元", "人均培训成本\t≤5000元\t≤5000元\t5000元")),
        total: "总分\t\t\t\t\t\t\t96.67\t\t优",
      }),
    },
    { name: "nothing spent, cost actual 0", text: sa({ funds: "\t资金总额:\t29.626\t29.626\t29.626\t0\t29.626\t0\t0", rows: rows("0元"), total: "总分\t\t\t\t\t\t\t90\t\t优" }) },
  ],
  invalid: [
    { name: "invented: total and 本年财政拨款 rows both 0, cost actual 58.5万元", text: blankTotal({ source: "\t其中：本年财政拨款\t0\t0\t0" }), errors: [{ messageId: "zero", line: 14, field: "actual", evidence: "58.5万元" }] },
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
    {
      name: "invented: 24万元 of one cost row reported spent while 15万元 was spent in all — warning",
      text: sa({ funds: "\t资金总额:\t39\t39\t39\t15\t24\t38.46\t3.85", rows: rows("=240000元"), total: "总分\t\t\t\t\t\t\t93.85\t\t优" }),
      errors: [{ messageId: "aboveSpent", severity: "warning", line: 10, field: "actual", evidence: "=240000元", data: { executed: "15" } }],
    },
  ],
});
