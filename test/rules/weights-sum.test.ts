import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("weights-sum", {
  valid: [
    { name: "50 + 30 + 10 = 90", text: sa() },
    { name: "a different split that still sums to 90", text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t40\t40", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"] }) },
    {
      name: "invented: a 其中 sub-item listed without a 分值 of its own",
      text: sa({ rows: ["\t产出指标\t数量指标\t看护任务人数\t=90人\t=90人\t=90人\t50\t50", "\t\t\t其中：退役士兵\t=60人\t=60人\t=60人\t\t", "\t效益指标\t社会效益\t看护安全\t无事故\t无事故\t无事故\t30\t30", "\t满意度指标\t服务对象满意度\t群众满意度\t≥95%\t≥95%\t96%\t10\t10"] }),
    },
  ],
  invalid: [
    {
      name: "invented (checklist item 9): a 其中 sub-item scored besides its parent row",
      text: sa({ rows: ["\t产出指标\t数量指标\t看护任务人数\t=90人\t=90人\t=90人\t40\t40", "\t\t\t其中：退役士兵\t=60人\t=60人\t=60人\t10\t10", "\t效益指标\t社会效益\t看护安全\t无事故\t无事故\t无事故\t30\t30", "\t满意度指标\t服务对象满意度\t群众满意度\t≥95%\t≥95%\t96%\t10\t10"] }),
      errors: [{ messageId: "subItem", severity: "error", line: 10, field: "weight", data: { name: "其中：退役士兵", parent: "看护任务人数", weight: "10", parentWeight: "40" } }],
    },
    {
      name: "002 l.1850: 产出 权重 50, its indicators 20+20+10+10 = 60",
      file: "test/fixtures/weights-sum/002-l1840-level1-weight-60-vs-50.txt",
      errors: [{ messageId: "level1", line: 13, field: "weight", evidence: "50", data: { sum: "60", expected: "50" } }],
    },
    {
      name: "planted after 002 l.1247: weights 44 + 30 + 10 = 84, not 90",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t44\t44", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t94\t\t优" }),
      errors: [{ messageId: "total", line: 9, field: "weight", data: { sum: "84", expected: "90" } }],
    },
  ],
});
