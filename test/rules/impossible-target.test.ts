import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented: a target form whose funds are a row of fund types over a row of amounts
const byType =
  "项目支出绩效目标申报表（2025年度）\n项目名称\t政务大厅窗口服务外包\n项目单位\t某区政务服务中心\t主管部门\t某区人民政府办公室\n" +
  "资金来源（万元）\t合计\t一般公共预算\t政府性基金预算\t其他\n\t50.00\t50.00\t0.00\t0.00\n" +
  "绩效目标\t配备窗口服务人员8名，全年受理业务9万笔以上\n一级指标\t二级指标\t三级指标\t指标值\t备注\n" +
  "产出指标\t数量指标\t派驻窗口服务人员\t=8人\t服务合同\n\t成本指标\t窗口服务外包费\t≤60万元\t\n满意度指标\t服务对象满意度指标\t办事群众满意度\t≥95%\t\n";

// checklist item 4 (invented): a two-year project, 实施期资金 400,000元 and 年度资金 200,000元
const costRows = (period: string, annual: string): [string, string, string, string, string][] => [
  ["产出指标", "数量指标", "培训教师人数", "≥120人", "≥120人"],
  ["", "成本指标", "培训总成本", period, annual],
  ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"],
];
const twoYear = (period: string, annual: string) => shanxiTarget({ attribute: "延续项目", period: "2年", periodFunds: 400000, annualFunds: 200000, rows: costRows(period, annual) });
const columns = twoYear("≤40万元", "≤30万元");
const tenfold = twoYear("≤400万元", "≤20万元");
const floor = twoYear("≥40万元", "≤20万元");
// a unit price against the funds (invented): 实施期 400,000元, 年度 200,000元
const unitPrice = (price: string) =>
  shanxiTarget({
    attribute: "延续项目",
    period: "2年",
    periodFunds: 400000,
    annualFunds: 200000,
    rows: [
      ["产出指标", "数量指标", "采购多媒体教学设备数量", "=8台", "=4台"],
      ["", "成本指标", "多媒体教学设备采购单价", price, price],
      ["满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90%", "≥90%"],
    ],
  });
const dearUnit = unitPrice("≤30万元/台");

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

// checklist cases (invented, 湖北-style target form: 一级/二级/三级/指标值/指标解释)
const gen = (rows: string, year = 2025) =>
  `${year}年度项目支出绩效目标表\n项目名称\t\t青岚县乡村道路养护项目\n主管部门\t\t青岚县交通运输局\n项目资金\t\t年度资金总额\t\t\t50\n一级指标\t二级指标\t三级指标\t\t指标值\t指标解释\n` + rows;
const g = (l1: string, l2: string, name: string, v: string) => `${l1}\t${l2}\t${name}\t\t${v}\t\n`;

// split value columns with 指标方向性 (四川-style, invented)
const split = (rows: string) =>
  "项目支出绩效目标表\n（2025年度）\n金额单位：万元\n项目名称\t\t某县基本药物补助项目\n主管部门\t\t某县卫生健康局\n项目资金\t\t年度资金总额\t80\n一级指标\t二级指标\t三级指标\t指标性质\t符号\t值\t单位\t指标方向性\n" + rows;

ruleTester.run("impossible-target", {
  valid: [
    {
      name: "invented (dev-29 round): a headcount a month or in ten thousands and more (≥80人次/月, 2万余人次/月, 1万多人) is still counted in persons",
      text: gen(g("效益指标", "社会效益指标", "志愿服务人次", "≥80人次/月") + g("", "", "图书借阅服务人次", "2万余人次/月") + g("", "", "健康讲座受众人数", "1万多人")),
    },
    { name: "invented: a unit price well inside the funds (≤3万元/台 of 20万元)", text: unitPrice("≤3万元/台") },
    { name: "invented: a positive rate capped at 100% says nothing wrong about its direction", text: gen(g("产出指标", "质量指标", "学籍异动按期办结率", "≤100%")) },
    { name: "a low-is-good rate capped, and a decline rate with a floor", text: gen(g("产出指标", "质量指标", "设备故障率", "≤3%") + g("效益指标", "社会效益指标", "交通事故率下降比例", "≥5%")) },
    { name: "split values whose comparators agree with 指标方向性", text: split("产出指标\t质量指标\t基本药物采购率\t定量\t≥\t98\t%\t正向\n\t成本指标\t每所卫生院平均补助\t定量\t≤\t4.4\t万元\t反向\n") },
    { name: "invented: a name cut before its rate word (…公厕覆 for 覆盖率) is truncated-text's, not a count in percent", text: gen(g("产出指标", "数量指标", "增设第三卫生间公厕覆", "≥50%")) },
    { name: "a headcount in people and a rate in percent", text: gen(g("产出指标", "数量指标", "参加培训人数", "≥1200人次") + g("", "质量指标", "养护验收合格率", "≥95%")) },
    { name: "checklist item 4: costs within their own column's funds", text: twoYear("≤40万元", "≤20万元") },
    { name: "a cost within the funds and a reachable decrease", text: head + "\t产出指标\t成本指标\t项目总成本\t≤50万元\t48万元\t10\t10\n\t\t数量指标\t立案数下降\t≥5%\t6%\t10\t10\n" },
    { name: "a share under 数量 may be in %", text: head + "\t产出指标\t数量指标\t吸毒人员管控支出占比\t≤10%\t9%\t10\t10\n" },
    { name: "a negative rate may be capped", text: head + "\t产出指标\t质量指标\t系统故障率\t<5%\t2%\t10\t10\n" },
    { name: "name and value state the same amount", text: head + "\t产出指标\t成本指标\t项目总投资不超过679.63万元\t≤679.63万元\t650万元\t10\t10\n" },
    { name: "a completion time capped, a service term with a floor, a headcount in 人次", text: head + "\t产出指标\t时效指标\t维修完成时间\t≤15天\t12天\t10\t10\n\t\t\t服务期限\t≥1年\t1年\t10\t10\n\t\t数量指标\t培训人数\t≥300人次\t320人次\t10\t10\n" },
    { name: "a saving rate with a floor", text: head + "\t效益指标\t经济效益指标\t采购资金节约率\t≥5%\t6%\t10\t10\n" },
    { name: "a cost-control rate in % is allowed", text: head + "\t产出指标\t成本指标\t资金拨付率\t70%\t70%\t10\t10\n" },
    {
      name: "a frequency is a timeliness measure (invented: 巡河保洁频次 ≥2次/周, 督查频次 ≥1次/月)",
      text: head + "\t产出指标\t时效指标\t巡河保洁频次\t≥2次/周\t2次/周\t10\t10\n\t\t\t督查频次\t≥1次/月\t1次/月\t10\t10\n",
    },
  ],
  invalid: [
    {
      name: "invented (checklist item 4): one unit dearer than the year's funds (≤30万元/台, 年度资金 20万元: 1.5×, warning; the period's 40万元 holds it)",
      text: dearUnit,
      errors: [{ messageId: "unitCostAboveFunds", severity: "warning", line: lineWith(dearUnit, "多媒体教学设备采购单价"), field: "annualTarget", data: { ratio: "1.5" } }],
    },
    {
      name: "invented (checklist item 3): a high positive rate written as a cap (按期办结率 ≤90%)",
      text: gen(g("产出指标", "质量指标", "学籍异动按期办结率", "≤90%")),
      errors: [{ messageId: "backwardsRate", line: 6, field: "target", evidence: "≤90%" }],
    },
    {
      name: "checklist 3: a rate that should be low given as a floor",
      text: gen(g("产出指标", "质量指标", "设备故障率", "≥3%") + g("效益指标", "社会效益指标", "群众投诉率", ">1%")),
      errors: [
        { messageId: "backwardsLowRate", line: 6, field: "target", evidence: "≥3%" },
        { messageId: "backwardsLowRate", line: 7, field: "target", evidence: ">1%" },
      ],
    },
    {
      name: "checklist 3: a comparator running against the row's 指标方向性 (正向 with ≤, 反向 with ≥)",
      text: split("产出指标\t质量指标\t基本药物采购率\t定量\t≤\t5\t%\t正向\n\t时效指标\t资金拨付及时率\t定量\t≥\t95\t%\t反向\n"),
      errors: [
        { messageId: "directionMismatch", line: 8, field: "target", evidence: "≤5%", severity: "warning" },
        { messageId: "directionMismatch", line: 9, field: "target", evidence: "≥95%", severity: "warning" },
      ],
    },
    {
      name: "checklist 3: a headcount valued in money, a rate valued in money",
      text: gen(g("产出指标", "数量指标", "参加培训人数", "≥100万元") + g("", "质量指标", "养护验收合格率", "≥20万元")),
      errors: [
        { messageId: "headcountUnit", line: 6, field: "target", evidence: "≥100万元", data: { unit: "万元" } },
        { messageId: "shareUnit", line: 7, field: "target", evidence: "≥20万元" },
      ],
    },
    {
      name: "checklist item 3 (invented): a saving rate capped, a completion time given as a floor, a headcount in 个",
      text: head + "\t效益指标\t经济效益指标\t采购资金节约率\t<5%\t3%\t10\t10\n\t产出指标\t时效指标\t校舍建成时间\t≥18个月\t18个月\t10\t10\n\t\t数量指标\t资助学生人数\t=40个\t40个\t10\t10\n",
      errors: [
        { messageId: "backwardsRate", line: 3, field: "target", evidence: "<5%" },
        { messageId: "backwardsDuration", line: 4, field: "target", evidence: "≥18个月" },
        { messageId: "headcountUnit", line: 5, field: "target", evidence: "=40个", data: { unit: "个" } },
      ],
    },
    {
      name: "checklist item 4: compared column by column — the year's ≤30万元 is 1.5× the 年度资金 (warning), the period's ≤40万元 fits",
      text: columns,
      errors: [{ messageId: "costAboveFunds", line: lineWith(columns, "培训总成本"), field: "annualTarget", severity: "warning", data: { ratio: "1.5", fundsColumn: "年度资金" } }],
    },
    {
      name: "invented: funds given by type in a row under their labels (资金来源（万元）| 合计 | 一般公共预算 | 其他) — the cost cap is 1.2× the 合计",
      text: byType,
      errors: [{ messageId: "costAboveFunds", line: lineWith(byType, "窗口服务外包费"), field: "target", severity: "warning", data: { ratio: "1.2" } }],
    },
    {
      name: "checklist item 4: from 10× the column's funds it is an error",
      text: tenfold,
      errors: [{ messageId: "costAboveFunds", line: lineWith(tenfold, "培训总成本"), field: "target", severity: "error", data: { ratio: "10", fundsColumn: "实施期资金" } }],
    },
    {
      name: "checklist item 3: a cost with ≥ is reversed (costs are caps)",
      text: floor,
      errors: [{ messageId: "costFloor", line: lineWith(floor, "培训总成本"), field: "target", severity: "warning", evidence: "≥40万元" }],
    },
    {
      name: "000 l.1363: ≤200000万元 on a 200,000元 project, both columns, reported once naming both",
      file: "test/fixtures/impossible-target/000-l1363-cost-cap-far-above-funds.txt",
      errors: [
        { messageId: "costAboveFunds", line: 25, field: "target", also: ["annualTarget"], evidence: "≤200000万元", data: { ratio: "10000" } },
      ],
    },
    {
      name: "000 l.898: ≤8000元/平方米·月 rent",
      text: head + "\t产出指标\t成本指标\t单位租赁成本\t≤8000元/平方米·月\t8000元/平方米·月\t10\t10\n",
      errors: [{ messageId: "absurdUnitCost", line: 3, evidence: "≤8000元/平方米·月" }],
    },
    {
      name: "004 l.103: a count valued in %",
      text: head + "\t产出指标\t数量指标\t开展禁毒宣传活动、印刷宣传册，订阅报刊杂志\t≥95%\t96%\t10\t10\n",
      errors: [{ messageId: "countInPercent", line: 3 }],
    },
    {
      name: "000 l.1166: a processing rate capped below 5%",
      text: head + "\t产出指标\t质量指标\t系统（硬件）故障处理率\t<5%\t3%\t10\t10\n",
      errors: [{ messageId: "backwardsRate", line: 3, evidence: "<5%" }],
    },
    {
      name: "001 l.2499 kind: 五十类 valued ≥100项或类",
      text: head + "\t产出指标\t数量指标\t办公事项五十类\t≥100 项或类\t50类\t10\t10\n",
      errors: [{ messageId: "contradictsName", line: 3, data: { stated: "50类" } }],
    },
    {
      name: "004 l.74 and l.69: a date as a cost and as a quality target",
      text: head + "\t产出指标\t成本指标\t专项交通整治费用减少\t2024年\t2024年\t10\t10\n\t\t质量指标\t抓拍的图片质量较旧设备有明显的提高\t2024年底\t2024年底\t10\t10\n",
      errors: [
        { messageId: "wrongUnit", line: 3, evidence: "2024年" },
        { messageId: "wrongUnit", line: 4, evidence: "2024年底" },
      ],
    },
    {
      name: "checklist item 3 (invented): a bare count and money as a 时效 target — a frequency needs its span of time",
      text: head + "\t产出指标\t时效指标\t巡河保洁频次\t≥2次\t2次\t10\t10\n\t\t\t资金拨付进度\t≥2万元/年\t2万元/年\t10\t10\n",
      errors: [
        { messageId: "wrongUnit", line: 3, evidence: "≥2次" },
        { messageId: "wrongUnit", line: 4, evidence: "≥2万元/年" },
      ],
    },
    {
      name: "004 l.20: 不超过679.63万元 valued 50万元",
      file: "test/fixtures/impossible-target/004-l20-value-contradicts-name.txt",
      errors: [{ messageId: "contradictsName", line: 20, field: "target", evidence: "50万元", indicator: "项目总投资不超过679.63万元" }],
    },
    {
      name: "004 l.130, 137, 138: a 100% decrease and increases where the name says 减少",
      file: "test/fixtures/impossible-target/004-l130-decrease-100-and-opposite-direction.txt",
      errors: [
        { messageId: "decrease100", line: 11, evidence: "100%" },
        { messageId: "oppositeDirection", line: 18, evidence: "有效提升", indicator: "盗窃案件减少" },
        { messageId: "oppositeDirection", line: 19, evidence: "显著提升", indicator: "交通违法行为减少" },
      ],
    },
  ],
});
