import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

ruleTester.run("budget-score-mismatch", {
  valid: [
    {
      name: "invented (dev-27 round): a 20-point budget part the funds row does not state (总分 row 分值 100, indicators 80): 100% executed earns 20",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t20\t0\t100\t20", rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t100\t100\t优" }),
    },
    { name: "a form scored by weight shares: the budget line's 得分 is out of 100 (96% → 96)", file: "test/fixtures/templates/fujian-housing-weight-share-self/fujian-housing-weight-share-self.txt" },
    { name: "100% → 10", text: sa() },
    { name: "98.3% → 9.83 written 9.8 (rounding)", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.8", total: "总分\t\t\t\t\t\t\t99.8\t\t优" }) },
    { name: "invented: 96.47% written to two decimals, scored 9.65 (two decimals, rounded)", text: sa({ funds: "\t资金总额:\t40\t40\t40\t38.59\t1.41\t96.47%\t9.65", total: "总分\t\t\t\t\t\t\t99.65\t\t优" }) },
    { name: "invented: 96.47% scored 9.6 (one decimal, cut rather than rounded: within one unit of its last decimal)", text: sa({ funds: "\t资金总额:\t40\t40\t40\t38.59\t1.41\t96.47%\t9.6", total: "总分\t\t\t\t\t\t\t99.6\t\t优" }) },
  ],
  invalid: [
    {
      name: "invented: a score written to two decimals claims them — 97.00% scored 10.00 instead of 9.70 (0.3 off, more than one hundredth)",
      text: sa({ funds: "\t资金总额:\t40\t40\t40\t38.8\t1.2\t97.00%\t10.00", total: "总分\t\t\t\t\t\t\t100\t\t优" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", evidence: "10.00", data: { expected: "9.7", score: "10" } }],
    },
    {
      name: "invented: 98.50% scored 9.70 instead of 9.85 (0.15 off, within the one-decimal 0.2 but not of a two-decimal score)",
      text: sa({ funds: "\t资金总额:\t40\t40\t40\t39.4\t0.6\t98.50%\t9.70", total: "总分\t\t\t\t\t\t\t99.7\t\t优" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", evidence: "9.70", data: { expected: "9.85" } }],
    },
    {
      name: "invented: no 执行率 cell; 15 of 20 spent (75%) scored the full 10",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t15\t5\t\t10", total: "总分\t\t\t\t\t\t\t100\t\t优" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", data: { rate: "75", expected: "7.5", score: "10" } }],
    },
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
    {
      name: "invented (20-point budget part, template-read form): 84% scored 20 instead of 16.8, reported on the funds row",
      text: [
        "项目名称\t\t河源县中小河流治理项目",
        "主管部门\t\t河源县水务局\t\t\t实施单位\t\t河源县河道管理所",
        "预算执行情况（20分）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t\t年度资金总额\t\t500\t500\t420\t20\t84%\t20",
        "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标（70分）\t数量指标\t治理河道长度\t\t12公里\t12公里\t70\t70",
        "满意度指标（10分）\t服务对象满意度指标\t沿河群众满意度\t\t≥90%\t93%\t10\t10",
        "总分\t\t\t\t\t\t100\t100\t优",
        "",
      ].join("\n"),
      errors: [{ messageId: "mismatch", line: 4, field: "funds", evidence: "20", data: { rate: "84", weight: "20", expected: "16.8" } }],
    },
  ],
});
