import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("score-exceeds-weight", {
  valid: [
    { name: "a form scored by weight shares: 得分 out of 100 on every line", file: "test/fixtures/templates/fujian-housing-weight-share-self/fujian-housing-weight-share-self.txt" },
    { name: "every score within its weight", text: sa() },
    { name: "a partial score", text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=9个\t50\t45", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t95\t\t优" }) },
  ],
  invalid: [
    {
      name: "002 l.1894: 成本 得分 2.5 on 分值 1",
      file: "test/fixtures/score-exceeds-weight/002-l1894-cost-score-2.5-over-1.txt",
      errors: [{ messageId: "indicator", line: 22, field: "score", indicator: "成本", evidence: "2.5" }],
    },
    {
      name: "planted: an indicator scoring 35 of 30",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t50\t50", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t35", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t105\t\t优" }),
      errors: [{ messageId: "indicator", line: 10, field: "score", evidence: "35", data: { score: "35", weight: "30" } }],
    },
    {
      name: "planted: budget line scoring 12 of 10 (over-execution rewarded)",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t24\t-4\t120\t12", total: "总分\t\t\t\t\t\t\t102\t\t优" }),
      errors: [{ messageId: "budget", line: 5, field: "funds", evidence: "12" }],
    },
  ],
});
