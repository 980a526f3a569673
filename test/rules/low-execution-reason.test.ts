import { ruleTester } from "../helpers/rule-tester.js";
import { blankTotal, sa } from "../helpers/self-assessment-snippet.js";

/** an invented Anhui-style town self-assessment read by the header engine; funds row and 实际完成情况 as given */
function town(o: { funds: string; actual?: string; deviation?: string; fundsHeader?: string }): string {
  return [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t\t柳塘镇农村环境卫生保洁项目",
    "主管部门\t\t408001-青山县柳塘镇人民政府\t\t\t实施单位\t\t柳塘镇村镇建设服务中心",
    o.fundsHeader ?? "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    o.funds,
    "年度总体目标\t\t预期目标\t\t\t\t实际完成情况",
    `\t\t聘用保洁员60名，垃圾收运体系覆盖全部14个行政村。\t\t\t\t${o.actual ?? "聘用保洁员60名，生活垃圾收运覆盖14个行政村。"}`,
    "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标（60分）\t数量指标\t聘用保洁员人数\t\t60人\t60人\t30\t30",
    `\t质量指标\t垃圾收运覆盖率\t\t100%\t100%\t30\t30\t${o.deviation ?? ""}`,
    "效益指标（20分）\t社会效益指标\t村容村貌\t\t明显改善\t明显改善\t20\t20",
    "满意度指标（10分）\t服务对象满意度指标\t村民满意度\t\t≥90%\t93%\t10\t10",
    "总分\t\t\t\t\t\t100\t98.8\t优",
    "",
  ].join("\n");
}
const low = "\t\t年度资金总额\t\t54\t54\t47.52\t10\t88%\t8.8";

ruleTester.run("low-execution-reason", {
  valid: [
    {
      name: "invented: 0% executed, the 原因 cell says the cost was borne centrally (由县财政统一采购)",
      text: town({
        fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t原因",
        funds: "\t\t年度资金总额\t\t12\t12\t0\t10\t0%\t0\t保洁设备由县财政统一采购，本项目资金未使用",
      }),
    },
    {
      name: "invented: 80% executed, the funds table's column named for the reason (执行率低于90%的原因) says why — a header ending in 原因 is the reason column",
      text: town({
        fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t执行率低于90%的原因",
        funds: "\t\t年度资金总额\t\t40\t40\t32\t10\t80%\t8\t两台压缩式垃圾车年底到货，货款待验收后支付",
      }),
    },
    { name: "invented: 年度资金总额 row 0/0/0, the money on 本年财政拨款 beneath it: a blank total (fund-split-sum), not zero spending", text: blankTotal() },
    { name: "100% executed", text: sa() },
    { name: "invented: 92% executed, above the 90% line", text: town({ funds: "\t\t年度资金总额\t\t50\t50\t46\t10\t92%\t9.2" }) },
    { name: "invented: minRate 85 (the rule's own option over the scheme's reasonBelowRate): 88% executed needs no reason", text: town({ funds: low }), options: { minRate: 85 } },
    { name: "invented: 88% executed, the 实际完成情况 says why (结转)", text: town({ funds: low, actual: "聘用保洁员60名；垃圾转运站建设因用地调整延后，6.48万元结转2025年使用。" }) },
    { name: "invented: 88% executed, a 偏差原因 cell says why (受…影响)", text: town({ funds: low, deviation: "受道路施工影响，两处收运点推迟建设" }) },
    {
      name: "invented: 88% executed, the funds' own 未执行原因 cell '/', but the 实际完成情况 says why the money was not spent (资金…结转)",
      text: town({ fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t未执行原因", funds: low + "\t/", actual: "聘用保洁员60名；垃圾转运站因用地调整延后，6.48万元资金结转2025年使用。" }),
    },
    {
      name: "invented: 88% executed, the funds table's own 原因 cell says why",
      text: town({
        fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t原因",
        funds: `${low}\t垃圾转运站建设因用地调整延后，资金结转下年使用`,
      }),
    },
    { name: "invented: 88% executed, paid after the year (待…后, 次年清算)", text: town({ funds: low, actual: "聘用保洁员60名；四季度保洁费待年度考核后于次年清算。" }) },
    { name: "invented: 88% executed, work moved past the year (延至)", text: town({ funds: low, actual: "聘用保洁员60名，第二批垃圾箱采购延至2025年。" }) },
    { name: "invented: 88% executed, part of the work suspended (暂停) and its cost with it", text: town({ funds: low, actual: "聘用保洁员60名，1个村的收运点在村道改建期间暂停使用，收运费用相应减少。" }) },
    { name: "invented: 88% executed, a purchase cancelled (取消)", text: town({ funds: low, actual: "聘用保洁员60名；垃圾分类宣传牌的镇级采购取消。" }) },
    { name: "invented: 88% executed, the balance settled in the next year's first quarter", text: town({ funds: low, actual: "聘用保洁员60名，垃圾清运服务费于2025年一季度结算。" }) },
    {
      name: "invented: 88% executed, the reason written in the goal cell (预期目标 and 实际完成情况 in one text)",
      text: town({ funds: low }).replace("聘用保洁员60名，垃圾收运体系覆盖全部14个行政村。", "聘用保洁员60名，垃圾收运体系覆盖全部14个行政村。已聘用60名；因转运车辆采购合同延至2025年支付，资金执行率偏低。"),
    },
    {
      name: "invented: 0% executed, the funds block's own 原因 cell says the money was paid by the finance bureau straight to the provider — a sentence about the money in the reason cell is a reason, whatever its words",
      text: town({
        fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t资金偏差原因",
        funds: "\t\t年度资金总额\t\t20\t20\t0\t10\t0%\t0\t保洁服务费由镇财政所直接支付给中标保洁公司，不经本单位账户",
      }),
    },
    { name: "invented: a rate read only from the funds (47.52 / 54 = 88%) but a reason given", text: town({ funds: "\t\t年度资金总额\t\t54\t54\t47.52\t10\t\t8.8", actual: "部分保洁设备采购资金尚未支付" }) },
  ],
  invalid: [
    {
      name: "invented: minRate 95 (the rule's own option over the scheme's reasonBelowRate): 92% executed without a reason is now too low",
      text: town({ funds: "\t\t年度资金总额\t\t50\t50\t46\t10\t92%\t9.2" }),
      options: { minRate: 95 },
      errors: [{ messageId: "noReason", line: 6, field: "funds", data: { rate: "92", min: "95" } }],
    },
    {
      name: "invented (dev-13 round): 88% executed, the funds' own 未执行原因 cell answered '/'; a delay named under an indicator explains the indicator, not the unspent money",
      text: town({ fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t未执行原因", funds: low + "\t/", deviation: "受道路施工影响，两处收运点推迟建设" }),
      errors: [{ messageId: "noReason", field: "funds" }],
    },
    { name: "invented: total and 本年财政拨款 rows both 0: really nothing spent, no reason given", text: blankTotal({ source: "\t其中：本年财政拨款\t0\t0\t0" }), errors: [{ messageId: "noReason", line: 6, field: "funds", evidence: "0" }] },
    {
      name: "invented: 88% executed; the goal cell speaks of money but gives no reason (资金全部拨付到位 is a plan)",
      text: town({ funds: low }).replace("聘用保洁员60名，垃圾收运体系覆盖全部14个行政村。", "聘用保洁员60名，保洁资金按季度拨付。"),
      errors: [{ messageId: "noReason", line: 6, field: "funds" }],
    },
    {
      name: "invented: 88% executed, the funds block's own 原因 cell holds words that are not about the money (按计划实施): no reason",
      text: town({ fundsHeader: "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t原因", funds: `${low}\t项目按计划实施，各村保洁正常开展` }),
      errors: [{ messageId: "noReason", line: 6, field: "funds" }],
    },
    {
      name: "invented: 88% executed and nothing says why",
      text: town({ funds: low }),
      errors: [{ messageId: "noReason", line: 6, field: "funds", severity: "warning", evidence: "88%", data: { rate: "88", min: "90" } }],
    },
    {
      name: "invented: no 执行率 cell; 47.52 / 54 = 88% computed, nothing says why",
      text: town({ funds: "\t\t年度资金总额\t\t54\t54\t47.52\t10\t\t8.8" }),
      errors: [{ messageId: "noReason", line: 6, field: "funds", data: { rate: "88" } }],
    },
    {
      name: "planted after 002 l.1878: 执行率 20.52%, analysis silent on why",
      text: sa({ funds: "\t资金总额:\t257.3\t257.3\t257.3\t52.8\t204.5\t20.52\t2.05", total: "总分\t\t\t\t\t\t\t92.05\t\t优", narrative: ["项目绩效分析\t自评结果分析\t项目实施和预算执行情况\t资金使用合规"] }),
      errors: [{ messageId: "noReason", line: 5, field: "funds", data: { rate: "20.52" } }],
    },
  ],
});
