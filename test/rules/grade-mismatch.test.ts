import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { weightShareForm } from "../helpers/weight-share-snippet.js";

// the grade on its own row below 合计 (福建-style, invented)
const ownRow = (grade: string) => weightShareForm({ after: [`自评等级\t\t\t\t\t${grade}`] });

ruleTester.run("grade-mismatch", {
  valid: [
    { name: "the grade on its own 自评等级 row, agreeing with the total", text: ownRow("优") },
    { name: "100 → 优", text: sa() },
    { name: "invented (dev-27 round): the longer words for a grade (良好 for 良) are that grade: 85 → 良好", text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=7个\t50\t35", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t85\t\t良好" }) },
    { name: "85 → 良", text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=7个\t50\t35", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t85\t\t良" }) },
  ],
  invalid: [
    { name: "checklist 9: the grade on its own 自评等级 row, not the total's", text: ownRow("良"), errors: [{ messageId: "mismatch", field: "grade", evidence: "良" }] },
    {
      name: "planted after 002 l.604: total 85 graded 优",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=7个\t50\t35", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t85\t\t优" }),
      errors: [{ messageId: "mismatch", line: 12, field: "grade", evidence: "优", data: { expected: "良" } }],
    },
    {
      name: "invented (dev-27 round): a total of 85 graded 优秀 — the scheme's longer word for 优, wrong all the same",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=7个\t50\t35", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t85\t\t优秀" }),
      errors: [{ messageId: "mismatch", line: 12, field: "grade", evidence: "优秀", data: { expected: "良" } }],
    },
    {
      name: "legacy 80/70/60 scheme: 75 is 良, not 中",
      scheme: "legacy-80-70-60",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=5个\t50\t25", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t75\t\t中" }),
      errors: [{ messageId: "mismatch", line: 12, evidence: "中", data: { expected: "良" } }],
    },
  ],
});
