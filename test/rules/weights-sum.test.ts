import { ruleTester } from "../helpers/rule-tester.js";
import { conversionForm } from "../helpers/conversion-snippet.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { ninetyFiveForm } from "../recognise/scored-form.js";

/** an invented self-assessment with a 20-point budget part (预算执行情况（20分）), level-1 points on the labels */
function twenty(o: { funds?: string; output?: string[]; cost?: string[]; benefit?: string[] } = {}): string {
  return [
    "项目名称\t\t河源县中小河流治理项目",
    "主管部门\t\t河源县水务局\t\t\t实施单位\t\t河源县河道管理所",
    "预算执行情况（20分）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    o.funds ?? "\t\t年度资金总额\t\t500\t500\t480\t20\t96%\t19.2",
    "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ...(o.output ?? ["产出指标（30分）\t数量指标\t治理河道长度\t\t12公里\t12公里\t10\t10", "\t质量指标\t工程验收合格率\t\t100%\t100%\t10\t10", "\t时效指标\t主体工程完工时间\t\t2024年11月底前\t2024年11月26日\t10\t10"]),
    ...(o.cost ?? ["成本指标（10分）\t经济成本指标\t每公里河道治理成本\t\t≤40万元\t35万元\t10\t10"]),
    ...(o.benefit ?? ["效益指标（30分）\t社会效益指标\t治理河段防洪标准\t\t10年一遇\t10年一遇\t15\t15", "\t生态效益指标\t河道水质达标率\t\t≥90%\t92%\t15\t15"]),
    "满意度指标（10分）\t服务对象满意度指标\t沿河群众满意度\t\t≥90%\t93%\t10\t10",
    "总分\t\t\t\t\t\t100\t99.2\t优",
    "",
  ].join("\n");
}

ruleTester.run("weights-sum", {
  valid: [
    { name: "invented: indicators out of 100 converted by 90% beside a 10-point budget line", text: conversionForm() },
    { name: "50 + 30 + 10 = 90", text: sa() },
    {
      name: "invented (dev-27 round): a 20-point budget part the funds row does not state — the 总分 row's 分值 100 less the indicators' 80 leaves it 20 (预算执行情况（20分）)",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t20\t0\t100\t20", rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t100\t100\t优" }),
    },
    { name: "a different split that still sums to 90", text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t40\t40", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"] }) },
    {
      name: "invented: a 其中 sub-item listed without a 分值 of its own",
      text: sa({ rows: ["\t产出指标\t数量指标\t看护任务人数\t=90人\t=90人\t=90人\t50\t50", "\t\t\t其中：退役士兵\t=60人\t=60人\t=60人\t\t", "\t效益指标\t社会效益\t看护安全\t无事故\t无事故\t无事故\t30\t30", "\t满意度指标\t服务对象满意度\t群众满意度\t≥95%\t≥95%\t96%\t10\t10"] }),
    },
    { name: "invented: a 20-point budget part leaves 80 for the indicators", text: twenty() },
    {
      // a year in a level 1's bracket is no points: the 产出 group (10 + 10 + 5 = 25) has nothing to add up to;
      // 5 points moved to 效益指标（35分） keep every stated figure right
      name: "invented: 产出指标（2024） states no points, so its rows are not held against 2024",
      text: twenty({
        output: ["产出指标（2024）\t数量指标\t治理河道长度\t\t12公里\t12公里\t10\t10", "\t质量指标\t工程验收合格率\t\t100%\t100%\t10\t10", "\t时效指标\t主体工程完工时间\t\t2024年11月底前\t2024年11月26日\t5\t5"],
        benefit: ["效益指标（35分）\t社会效益指标\t治理河段防洪标准\t\t10年一遇\t10年一遇\t20\t20", "\t生态效益指标\t河道水质达标率\t\t≥90%\t92%\t15\t15"],
      }),
    },
    {
      name: "invented: a form that does not score its budget line gives the indicators all 100",
      text: [
        "项目名称\t\t示例县河长制工作经费",
        "项目资金（万元）\t\t预算数\t执行数\t执行率",
        "\t年度资金总额\t80\t76\t95%",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t河湖巡查次数\t≥1200次\t1260次\t40\t40",
        "\t质量指标\t问题整改销号率\t≥95%\t96%\t30\t30",
        "效益指标\t生态效益指标\t河湖水质优良率\t≥90%\t92%\t20\t20",
        "满意度指标\t服务对象满意度指标\t沿河群众满意度\t≥90%\t91%\t10\t10",
        "总分\t\t\t\t\t100\t100",
        "",
      ].join("\n"),
    },
    {
      name: "invented: a 20-point form whose funds row has no 分值 cell; the level-1 points (30+10+30+10) leave 20",
      text: twenty({ funds: "\t\t年度资金总额\t\t500\t500\t480\t\t96%\t19.2" }),
    },
  ],
  invalid: [
    {
      name: "invented (dev-27 round): indicators adding up to 80 beside a budget score within 10 points (9.7) and a 总分 row stating 100: a wrong Σ分值, not a 20-point budget part",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.4\t0.6\t97\t9.7", rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t100\t89.7\t良" }),
      errors: [{ messageId: "total", data: { sum: "80", expected: "90" } }],
    },
    {
      // points printed without 分 ("产出指标（30）") are the level 1's points as "（30分）" are: 5 points moved
      // from 产出 to 效益 keep the table at 80 (25 + 10 + 35 + 10), so each group is reported on its own first row
      name: "invented: 产出指标（30） whose rows add up to 25 and 效益指标（30） whose rows add up to 35",
      text: twenty({
        output: ["产出指标（30）\t数量指标\t治理河道长度\t\t12公里\t12公里\t10\t10", "\t质量指标\t工程验收合格率\t\t100%\t100%\t10\t10", "\t时效指标\t主体工程完工时间\t\t2024年11月底前\t2024年11月26日\t5\t5"],
        benefit: ["效益指标（30）\t社会效益指标\t治理河段防洪标准\t\t10年一遇\t10年一遇\t20\t20", "\t生态效益指标\t河道水质达标率\t\t≥90%\t92%\t15\t15"],
      }),
      errors: [
        { messageId: "level1", line: 6, field: "weight", evidence: "30", data: { level1: "产出指标", expected: "30", sum: "25", parts: "10+10+5" } },
        { messageId: "level1", line: 10, field: "weight", evidence: "30", data: { level1: "效益指标", expected: "30", sum: "35", parts: "20+15" } },
      ],
    },
    {
      name: "checklist 9, invented: indicators converted by 90% whose 分值 add up to 95, not 100 — on the 小计 row",
      text: conversionForm({ weights: ["55", "25", "15"], scores: ["55.00", "25.00", "15.00"], subtotal: ["95", "95.00"], converted: "85.50", total: "95.30" }),
      errors: [{ messageId: "converted", line: 10, field: "total", evidence: "95", data: { sum: "95", expected: "100", share: "90" } }],
    },
    {
      name: "invented: the 总分 row itself states the wrong 分值 total (105): reported there",
      text: ninetyFiveForm("105"),
      errors: [{ messageId: "total", line: 13, field: "total", evidence: "105", data: { sum: "95", expected: "90" } }],
    },
    {
      // the whole table's Σ分值 is a 总分-row figure (docs/labelling.md): the 总分 row (l.13), no longer the
      // first indicator row (l.10, decision 46's v1 place), which stays as the related location (decision 93)
      name: "invented: the 总分 row states 100 over rows that add up to 95: reported on the 总分 row",
      text: ninetyFiveForm("100"),
      errors: [{ messageId: "total", line: 13, field: "total", evidence: "100", data: { sum: "95", expected: "90" } }],
    },
    {
      // the group short by 10 also makes the whole table 70, not 80: one defect, which the blind labellers
      // of checklist-dev, -5 and -12 and corpus v2 put on the 总分 row (docs/labelling.md: Σ分值 there);
      // this case said `level1` on l.10 before decision 96, whose reason this is
      name: "invented: 效益指标（30分） whose indicators add up to 20, so the whole table to 70 (a 20-point form): once, on the 总分 row",
      text: twenty({ benefit: ["效益指标（30分）\t生态效益指标\t林草覆盖率提高\t\t≥2个百分点\t2.1个百分点\t20\t20"] }),
      errors: [{ messageId: "level1Total", line: 12, field: "total", evidence: "100", data: { groups: "效益指标 30 ≠ 20 = 20", sum: "70", expected: "80", budget: "20" } }],
    },
    {
      name: "invented: 10 points moved from 效益指标（30分） to 产出指标（30分）, the table still 80: each group on its own row",
      text: twenty({
        output: ["产出指标（30分）\t数量指标\t治理河道长度\t\t12公里\t12公里\t20\t20", "\t质量指标\t工程验收合格率\t\t100%\t100%\t10\t10", "\t时效指标\t主体工程完工时间\t\t2024年11月底前\t2024年11月26日\t10\t10"],
        benefit: ["效益指标（30分）\t生态效益指标\t林草覆盖率提高\t\t≥2个百分点\t2.1个百分点\t20\t20"],
      }),
      errors: [
        { messageId: "level1", line: 6, field: "weight", evidence: "30", data: { level1: "产出指标", sum: "40", expected: "30", parts: "20+10+10" } },
        { messageId: "level1", line: 10, field: "weight", evidence: "30", data: { level1: "效益指标", sum: "20", expected: "30" } },
      ],
    },
    {
      name: "invented: a group short by 10 in a form without a 总分 row: on the group's row",
      text: twenty({ benefit: ["效益指标（30分）\t生态效益指标\t林草覆盖率提高\t\t≥2个百分点\t2.1个百分点\t20\t20"] })
        .split("\n")
        .filter((l) => !l.startsWith("总分"))
        .join("\n"),
      errors: [{ messageId: "level1", line: 10, field: "weight", evidence: "30", data: { level1: "效益指标", sum: "20", expected: "30" } }],
    },
    {
      name: "invented: a 20-point budget part, indicators worth 90 (the 10-point split copied)",
      text: twenty({ output: ["产出指标\t数量指标\t治理河道长度\t\t12公里\t12公里\t20\t20", "\t质量指标\t工程验收合格率\t\t100%\t100%\t10\t10", "\t时效指标\t主体工程完工时间\t\t2024年11月底前\t2024年11月26日\t10\t10"], cost: ["成本指标\t经济成本指标\t每公里河道治理成本\t\t≤40万元\t35万元\t10\t10"] }),
      // on the 总分 row (l.13), not the first indicator row (l.6): decision 93
      errors: [{ messageId: "total", line: 13, field: "total", data: { sum: "90", expected: "80", budget: "20" } }],
    },
    {
      name: "invented (checklist item 9): a 其中 sub-item scored besides its parent row",
      text: sa({ rows: ["\t产出指标\t数量指标\t看护任务人数\t=90人\t=90人\t=90人\t40\t40", "\t\t\t其中：退役士兵\t=60人\t=60人\t=60人\t10\t10", "\t效益指标\t社会效益\t看护安全\t无事故\t无事故\t无事故\t30\t30", "\t满意度指标\t服务对象满意度\t群众满意度\t≥95%\t≥95%\t96%\t10\t10"] }),
      errors: [{ messageId: "subItem", severity: "error", line: 10, field: "weight", data: { name: "其中：退役士兵", parent: "看护任务人数", weight: "10", parentWeight: "40" } }],
    },
    {
      // the 60 makes the whole table 100 beside a 10-point budget line: one defect, on the 总分 row (l.32),
      // where corpus v2's blind labellers put it (002 l.1869); l.13 before decision 96
      name: "002 l.1850: 产出 权重 50, its indicators 20+20+10+10 = 60, so 100 for the indicators, not 90",
      file: "test/fixtures/weights-sum/002-l1840-level1-weight-60-vs-50.txt",
      errors: [{ messageId: "level1Total", line: 32, field: "total", evidence: "100", data: { groups: "产出指标 50 ≠ 20+20+10+10 = 60", sum: "100", expected: "90" } }],
    },
    {
      name: "planted after 002 l.1247: weights 44 + 30 + 10 = 84, not 90",
      text: sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t44\t44", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"], total: "总分\t\t\t\t\t\t\t94\t\t优" }),
      // on the 总分 row (l.12), not the first indicator row (l.9): decision 93
      errors: [{ messageId: "total", line: 12, field: "total", data: { sum: "84", expected: "90" } }],
    },
  ],
});
