import { ruleTester } from "../helpers/rule-tester.js";
import { blankTotal, sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("zero-execution-full-marks", {
  valid: [
    { name: "invented: 年度资金总额 row 0/0/0, the money on 本年财政拨款 beneath it: a blank total (fund-split-sum), not zero spending", text: blankTotal() },
    { name: "spent and completed", text: sa({ actual: "目标完成率100%" }) },
    { name: "nothing spent, honest scores and wording", text: sa({ funds: "\t资金总额:\t20\t20\t20\t0\t20\t0\t0", rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=0个\t50\t0", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t未提高\t30\t10", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t80%\t10\t5"], total: "总分\t\t\t\t\t\t\t15\t\t差", actual: "项目未实施，资金未支出" }) },
  ],
  invalid: [
    // zero spending is a funds figure: the finding stands on the funds total row (docs/labelling.md, decision 93)
    { name: "invented: total and 本年财政拨款 rows both 0, every indicator full marks", text: blankTotal({ source: "\t其中：本年财政拨款\t0\t0\t0" }), errors: [{ messageId: "total", line: 6, field: "funds", evidence: "0" }] },
    {
      name: "002 l.628–639: 执行数 0, every indicator full marks, 目标完成率100%",
      file: "test/fixtures/zero-execution-full-marks/002-l628-zero-execution-full-marks.txt",
      errors: [
        // on the 资金总额 row (l.7, 全年执行数 0), no longer on the 总分 row (l.18, kept as related): decision 93
        { messageId: "total", line: 7, field: "funds", evidence: "0" },
        { messageId: "claim", line: 10, field: "goals.actual", evidence: "目标完成率100%" },
      ],
    },
    {
      name: "planted after 002 l.1987: 执行数 0, total 90, 圆满完成预期目标",
      text: sa({ funds: "\t资金总额:\t127\t127\t127\t0\t127\t0\t0", rows: ["\t产出指标\t数量指标\t门卫房\t=1套\t=1套\t=1套\t50\t50", "\t效益指标\t社会效益\t社会治安稳定性\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t群众满意度\t≥96%\t≥96%\t97%\t10\t10"], total: "总分\t\t\t\t\t\t\t90\t\t优", actual: "圆满完成预期目标" }),
      errors: [
        // the funds row (l.5), not the 总分 row (l.12): decision 93
        { messageId: "total", line: 5, evidence: "0" },
        { messageId: "claim", line: 7, evidence: "圆满完成预期目标" },
      ],
    },
  ],
});
