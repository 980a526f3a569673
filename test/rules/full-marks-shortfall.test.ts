import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { weightShareForm } from "../helpers/weight-share-snippet.js";

const rows = (count: string, cost: string, score = "10") => [
  `\t产出指标\t数量指标\t新建派出所数量\t=个\t=3个\t${count}\t40\t40`,
  `\t\t成本指标\t项目费用\t=万元\t≤20万元\t${cost}\t10\t${score}`,
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];

/** the count row with 2 of 3 built and the given score */
const partial = (score: string) => `\t产出指标\t数量指标\t新建派出所数量\t=个\t=3个\t=2个\t40\t${score}`;

/** the 社会效益 row with a qualitative actual and the given score */
const quali = (actual: string, score: string) => `\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t${actual}\t30\t${score}`;


/** invented: a 时效 row with a deadline and a dated actual, scored in full */
const timed = (actual: string) => [
  "\t产出指标\t数量指标\t新建派出所数量\t=个\t=3个\t=3个\t40\t40",
  `\t\t时效指标\t派出所建成投用时间\t2024年6月底前\t2024年6月底前\t${actual}\t10\t10`,
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];

/** invented: a cost row whose target is a range of rates ("3.5-4.0%"), with the given actual, scored in full */
const ranged = (actual: string) => [
  "\t产出指标\t数量指标\t新建派出所数量\t=个\t=3个\t=3个\t40\t40",
  `\t\t成本指标\t设计费费率\t3.5-4.0%\t3.5-4.0%\t${actual}\t10\t10`,
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];

ruleTester.run("full-marks-shortfall", {
  valid: [
    { name: "invented (dev-27 round): 2 of 3 built (40 × 2/3 = 26.667) scored 26.7, its rounding to one decimal", text: sa({ rows: [partial("26.7"), ...rows("=3个", "19.5万元").slice(1)] }) },
    { name: "invented: a range target (a fee rate of 3.5-4.0%) met by an actual between its bounds", text: sa({ rows: ranged("3.8%") }) },
    { name: "targets met", text: sa({ rows: rows("=3个", "19.5万元") }) },
    { name: "invented: a deadline met (2024年6月底前, done 2024年6月20日 or within June)", text: sa({ rows: timed("2024年6月20日") }) },
    { name: "invented: … done in the deadline's own month", text: sa({ rows: timed("2024年6月") }) },
    {
      name: "invented: a deadline before the budget year (2022年6月底前 in a 2023 form) is void — stale-date's finding; the year's work is not late against it",
      text: "（2023年度）\n" + sa({ rows: timed("2023年9月").map((r) => r.replaceAll("2024年6月底前", "2022年6月底前")) }),
    },
    { name: "shortfall with points taken off", text: sa({ rows: rows("=3个", "22万元", "9") , total: "总分\t\t\t\t\t\t\t99\t\t优" }) },
    { name: "a grade level (=7级 vs =1级) has no obvious direction", text: sa({ rows: ["\t产出指标\t数量指标\t伤残等级\t=级\t=7级\t=1级\t50\t50", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"] }) },
    {
      name: "invented: a cost written as a floor (≥20万元 under 成本指标, impossible-target's finding) and spent below it is no shortfall",
      text: sa({ rows: [rows("=3个", "")[0], "\t\t成本指标\t设备购置费用\t≥20万元\t≥20万元\t18万元\t10\t10", ...rows("=3个", "").slice(2)] }),
    },
    {
      name: "invented: a partial score at 分值 × actual/target (40 × 2/3 = 26.67) is right",
      text: sa({ rows: [partial("26.67"), ...rows("=3个", "19.5万元").slice(1)], total: "总分\t\t\t\t\t\t\t86.67\t\t优" }),
    },
    {
      name: "invented: a cap exceeded (25万元 of ≤20万元) scored by the linear reverse formula (10 × (1 − 5/20) = 7.5) is allowed under either formula",
      text: sa({ rows: rows("=3个", "25万元", "7.5") }),
    },
    {
      name: "invented: a partial score within the scheme's tolerance (26.67 written 27)",
      text: sa({ rows: [partial("27"), ...rows("=3个", "19.5万元").slice(1)] }),
    },
    {
      name: "invented: a qualitative actual 部分达成 scored in its tier (21 of 30 = 70%, below 80%)",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("部分达成", "21"), rows("=3个", "19.5万元")[3]] }),
    },
    {
      name: "invented: 部分达成年度指标 scored at its tier's bound (24 of 30 = 80%, as schemes writing 不超过80% allow)",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("部分达成年度指标", "24"), rows("=3个", "19.5万元")[3]] }),
    },
    {
      name: "invented: 未达成 scored at its tier's bound (18 of 30 = 60%)",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("未达成", "18"), rows("=3个", "19.5万元")[3]] }),
    },
    {
      name: "invented: 达成年度指标 with full marks is the top tier",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("达成年度指标", "30"), rows("=3个", "19.5万元")[3]] }),
    },
  ],
  invalid: [
    {
      name: "invented: a range target (a fee rate of 3.5-4.0%) whose actual lies above its upper bound, scored in full",
      text: sa({ rows: ranged("4.6%") }),
      errors: [{ messageId: "reverse", field: "score", evidence: "4.6%" }],
    },
    {
      name: "invented (dev-13 round): a deadline missed (2024年6月底前, done 2024年9月) scored in full",
      text: sa({ rows: timed("2024年9月") }),
      errors: [{ messageId: "late", field: "score", evidence: "2024年9月" }],
    },
    {
      name: "checklist 10, invented: 部分达成 with full marks (30 of 30), above the 80% tier",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("部分达成", "30"), rows("=3个", "19.5万元")[3]] }),
      errors: [{ messageId: "qualitativeTier", line: 11, field: "score", evidence: "30", data: { expected: "24", share: "80%" } }],
    },
    {
      name: "invented: 部分达成 scored just above its tier's bound (24.5 of 30, bound 24)",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("部分达成", "24.5"), rows("=3个", "19.5万元")[3]] }),
      errors: [{ messageId: "qualitativeTier", line: 11, field: "score", evidence: "24.5", data: { expected: "24", share: "80%" } }],
    },
    {
      name: "checklist 9, invented: 未达成年度指标 scored 20 of 30, above the 60% tier (18)",
      text: sa({ rows: [rows("=3个", "19.5万元")[0], rows("=3个", "19.5万元")[1], quali("未达成年度指标", "20"), rows("=3个", "19.5万元")[3]] }),
      errors: [{ messageId: "qualitativeTier", line: 11, field: "score", evidence: "20", data: { expected: "18", share: "60%" } }],
    },
    {
      name: "invented (dev-27 round): a partial score written to hundredths claims hundredths — 2 of 3 built (40 × 2/3 = 26.67) scored 26.97 is 0.3 too many, not a rounding",
      text: sa({ rows: [partial("26.97"), ...rows("=3个", "19.5万元").slice(1)] }),
      errors: [{ messageId: "overProportional", line: 9, field: "score", evidence: "26.97", data: { expected: "26.67", score: "26.97" } }],
    },
    {
      name: "checklist 9, planted: 2 of 3 built (40 × 2/3 = 26.67) but scored 35",
      text: sa({ rows: [partial("35"), ...rows("=3个", "19.5万元").slice(1)] }),
      errors: [{ messageId: "overProportional", line: 9, field: "score", evidence: "35", indicator: "新建派出所数量", data: { expected: "26.67", score: "35" } }],
    },
    {
      name: "checklist 9, planted: a cap exceeded (25万元 of ≤20万元) scored 9 where the ratio formula gives 8 and the linear 7.5",
      text: sa({ rows: rows("=3个", "25万元", "9") }),
      errors: [{ messageId: "overProportional", line: 10, field: "score", evidence: "9", data: { expected: "8" } }],
    },
    {
      name: "invented: a saving under 成本指标 (节约资金 ≥5万元) is a floor, and 3万元 saved falls short of it",
      text: sa({ rows: [rows("=3个", "")[0], "\t\t成本指标\t节约采购资金\t≥5万元\t≥5万元\t3万元\t10\t10", ...rows("=3个", "").slice(2)] }),
      errors: [{ messageId: "positive", line: 10, field: "score", evidence: "3万元", data: { expected: "6" } }],
    },
    {
      name: "checklist 10, a form scored by weight shares: 100 (full marks) although the actual misses the target",
      text: weightShareForm({ satisfaction: "85%" }),
      errors: [{ messageId: "positive", line: 9, field: "score", evidence: "85%", data: { weight: "100" } }],
    },
    {
      name: "002 l.1497 (not in the gold forms): =3个 planned, =1个 built, full 40 marks",
      text: sa({ rows: rows("=1个", "19.5万元") }),
      errors: [{ messageId: "positive", line: 9, field: "score", evidence: "=1个", indicator: "新建派出所数量", data: { expected: "13.33" } }],
    },
    {
      name: "planted: cost cap ≤20万元 exceeded (25万元), full marks",
      text: sa({ rows: rows("=3个", "25万元") }),
      errors: [{ messageId: "reverse", line: 10, field: "score", evidence: "25万元", data: { expected: "8" } }],
    },
  ],
});
