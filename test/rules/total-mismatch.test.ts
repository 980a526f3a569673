import { readFileSync } from "node:fs";
import { conversionForm } from "../helpers/conversion-snippet.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { ninetyFiveForm } from "../recognise/scored-form.js";

ruleTester.run("total-mismatch", {
  valid: [
    { name: "invented: 总分 = 折算得分 + budget score (90 + 9.8), not Σ得分 + budget score", text: conversionForm() },
    {
      name: "invented: a wrong 折算得分 carried into the 总分 is converted-score-mismatch's finding, not this rule's",
      text: conversionForm({ converted: "89.00", total: "98.80" }),
    },
    { name: "90 + 10 = 100", text: sa() },
    {
      name: "budget score unread (unknown layout): a total between Σ得分 and Σ得分 + 10 may be right",
      file: "test/fixtures/layouts/generic-unknown-self-assessment.txt",
    },
    {
      name: "invented (dev-27 round): a total written to hundredths beside partial scores written to hundredths: their rounding may add up (50 + 27.33 + 10 + 9.78 = 97.11, total written 97.12)",
      text: sa({
        funds: "\t资金总额:\t20\t20\t20\t19.56\t0.44\t97.8\t9.78",
        rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t50\t50", "\t效益指标\t社会效益\t基层单位工作效率\t≥12%\t≥12%\t10%\t30\t27.33", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"],
        total: "总分\t\t\t\t\t\t\t97.12\t\t优",
      }),
    },
    { name: "within tolerance 0.5 (rounded total)", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.83", total: "总分\t\t\t\t\t\t\t99.8\t\t优" }) },
  ],
  invalid: [
    {
      name: "checklist 9, invented: 总分 that is not 折算得分 + budget score (90 + 9.8 = 99.8, written 98.8)",
      text: conversionForm({ total: "98.80" }),
      errors: [{ messageId: "convertedMismatch", line: 13, field: "total", evidence: "98.80", data: { expected: "99.8", indicators: "90" } }],
    },
    {
      name: "checklist 9, planted: 总分 100.4 is the true sum (90 + an uncapped 10.4) but above the full marks; no rounding tolerance for the ceiling",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t20.8\t-0.8\t104\t10.4", total: "总分\t\t\t\t\t\t\t100.4\t\t优" }),
      errors: [{ messageId: "overFull", line: 12, field: "total", evidence: "100.4" }],
    },
    {
      name: "invented: 总分 104.5 is the true sum (95 + 9.5) but above the full marks 100",
      text: ninetyFiveForm("105"),
      errors: [{ messageId: "overFull", line: 13, field: "total", evidence: "104.5" }],
    },
    {
      name: "budget score unread: a total above Σ得分 + 10 is wrong all the same",
      text: readFileSync("test/fixtures/layouts/generic-unknown-self-assessment.txt", "utf8").replace("\t90\t88\t", "\t90\t95\t"),
      errors: [{ messageId: "mismatch", line: 10 }],
    },
    {
      name: "invented (dev-27 round): a total written to hundredths claims hundredths — 99.87 beside full marks and a budget score of 9.78 (99.78) is another figure, not their rounding",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.56\t0.44\t97.8\t9.78", total: "总分\t\t\t\t\t\t\t99.87\t\t优" }),
      errors: [{ messageId: "mismatch", line: 12, field: "total", evidence: "99.87", data: { expected: "99.78" } }],
    },
    {
      name: "invented (dev-27 round): a total written to one decimal beside full marks everywhere (the budget line's 10 of its 10 points too): 99.6 is not 100",
      text: sa({ total: "总分\t\t\t\t\t\t\t100\t99.6\t优" }),
      errors: [{ messageId: "mismatch", line: 12, field: "total", evidence: "99.6", data: { expected: "100" } }],
    },
    {
      name: "002 l.1869: total 99.8 leaves out the budget score 9.8 (should be 109.6)",
      file: "test/fixtures/total-mismatch/002-l1869-total-omits-budget-score.txt",
      errors: [{ messageId: "mismatch", line: 32, field: "total", evidence: "99.8", data: { expected: "109.6" } }],
    },
    {
      name: "planted after 002 l.2008: scores 80 + budget 0, total written 90",
      text: sa({ funds: "\t资金总额:\t20\t20\t0\t20\t0\t0\t0", rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t50\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t90\t\t优" }),
      errors: [{ messageId: "mismatch", line: 12, field: "total", evidence: "90", data: { expected: "80" } }],
    },
  ],
});
