import { ruleTester } from "../helpers/rule-tester.js";

// a 部门整体支出绩效自评表 scored as 得分 = 得分系数 × 权重 (四川-style, invented)
const form = (funds: string, rows: string[], withScore = true) =>
  [
    "部门整体支出绩效自评表",
    "部门（单位）名称\t示例县民政局",
    `年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t权重\t得分系数${withScore ? "\t得分" : ""}`,
    funds,
    `一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t权重\t得分系数${withScore ? "\t得分" : ""}`,
    ...rows,
    "",
  ].join("\n");
const FUNDS = "年度资金总额\t100\t120\t110\t91.67%\t10\t0.92\t9.2";
const ROWS = [
  "产出指标\t数量指标\t救助人数\t≥500人\t460人\t30\t0.92\t27.6",
  "\t质量指标\t资金发放准确率\t100%\t100%\t30\t1\t30",
  "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t98%\t20\t0.98\t19.6",
  "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t1\t10",
];
const SICHUAN = "test/fixtures/templates/sichuan-dept-coefficient-self/sichuan-dept-coefficient-self.txt";

ruleTester.run("coefficient-score-mismatch", {
  valid: [
    { name: "every 得分 is 得分系数 × 权重, the budget line too", text: form(FUNDS, ROWS) },
    { name: "a coefficient rounded to 2 decimals: 0.92 × 30 written 27.5 lies within 0.915–0.925 × 30", text: form(FUNDS, [ROWS[0].replace("27.6", "27.5"), ...ROWS.slice(1)]) },
    {
      name: "no 得分 column: the 得分 is taken as 得分系数 × 权重, nothing to compare",
      text: form("年度资金总额\t100\t120\t110\t91.67%\t10\t0.92", ROWS.map((r) => r.replace(/\t[\d.]+$/, "")), false),
    },
    {
      name: "a project self-assessment without 得分系数 is not this rule's",
      text: ["项目支出绩效自评表", "项目名称\t救助资金", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分", "产出指标\t数量指标\t救助人数\t≥500人\t460人\t30\t27.6", ""].join("\n"),
    },
  ],
  invalid: [
    {
      name: "checklist 9: the template fixture's two planted defects (得分系数 1.02; 0.92 × 10 written 9.8)",
      file: SICHUAN,
      errors: [
        { messageId: "product", line: 14, field: "score", evidence: "9.8", data: { expected: "9.2" } },
        { messageId: "coefficientRange", line: 19, field: "score", evidence: "1.02" },
      ],
    },
    {
      name: "checklist 9: a 得分 that is not 得分系数 × 权重 (0.98 × 20 = 19.6, written 18)",
      text: form(FUNDS, [ROWS[0], ROWS[1], ROWS[2].replace("19.6", "18"), ROWS[3]]),
      errors: [{ messageId: "product", line: 8, field: "score", evidence: "18", data: { expected: "19.6", coefficient: "0.98", weight: "20" } }],
    },
    {
      name: "checklist 9: a coefficient above 1 on the budget line (得分 capped at the 权重)",
      text: form("年度资金总额\t100\t120\t125\t104.17%\t10\t1.04\t10", ROWS),
      errors: [{ messageId: "coefficientRange", line: 4, field: "funds", evidence: "1.04" }],
    },
    {
      name: "checklist 9: a coefficient above 1 without a 得分 column (no 得分 is made of it)",
      text: form(
        "年度资金总额\t100\t120\t110\t91.67%\t10\t0.92",
        [
          "产出指标\t数量指标\t救助人数\t≥500人\t460人\t30\t0.92",
          "\t质量指标\t资金发放准确率\t100%\t100%\t30\t1.2",
          "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t98%\t20\t0.98",
          "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t1",
        ],
        false,
      ),
      errors: [{ messageId: "coefficientRange", line: 7, field: "score", evidence: "1.2", data: { weight: "30" } }],
    },
  ],
});
