import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { lineWith } from "../helpers/shanxi-target-snippet.js";
import { form as goalForm } from "../fixtures/copied-text/snippet.js";

// invented self-assessments (checklist item 10)
const copied = sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t50\t50", "\t\t质量指标\t供暖达标率\t≥95%\t≥95%\t≥95%\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"] });
const done = sa({ rows: ["\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t已完成\t50\t50", "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30", "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10"] });
const noReason = [
  "项目名称\t\t示例取暖项目",
  "项目资金预算安排及执行进度(万元)\t年初预算数\t\t全年预算数\t全年执行数\t资金结(转)余\t执行率\t得分\t偏差原因分析及改进措施",
  "\t目标申报数\t预算编制数",
  "\t资金总额:\t20\t20\t20\t20\t0\t100\t10",
  "项目年度绩效目标\t年度目标\t\t\t实际完成情况",
  "\t保障10个派出所冬季采暖\t\t\t完成9个派出所供暖",
  "绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=9个\t50\t45",
  "\t\t质量指标\t供暖达标率\t≥95%\t≥95%\t90%\t30\t28\t一处管网老化，已列入明年改造",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
  "总分\t\t\t\t\t\t\t93\t\t优",
  "",
].join("\n");

// invented (dev-23 round): the budget-execution row scored inside the indicator table, at the given rate and score
const budgetRow = (rate: string, score: string) =>
  [
    "项目名称\t\t示例取暖项目",
    "项目年度绩效目标\t年度目标\t\t\t实际完成情况",
    "\t保障10个派出所冬季采暖\t\t\t完成10个派出所供暖",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    `\t预算执行\t\t预算执行率\t100%\t100%\t${rate}\t10\t${score}\t`,
    "\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t10个\t50\t50\t",
    "\t\t质量指标\t供暖达标率\t≥95%\t≥95%\t97%\t30\t30\t",
    "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10\t",
    "",
  ].join("\n");

// a national-2020 self-assessment (安徽-style, invented, read by the header engine): 偏差原因 column present, left empty on every row
const national = [
  "项目支出绩效自评表",
  "（2024年度）",
  "项目名称\t\t某镇农村人居环境整治项目",
  "主管部门\t\t312001-某县某镇人民政府\t\t\t实施单位\t\t某镇农业综合服务中心",
  "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t\t年度资金总额\t\t60\t60\t60\t10\t100%\t10",
  "\t\t其中：当年财政拨款\t\t60\t60\t60\t—\t—\t—",
  "年度总体目标\t\t预期目标\t\t\t\t实际完成情况",
  "\t\t完成320户农村户用卫生厕所改造\t\t\t\t完成改厕326户",
  "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "产出指标（60分）\t数量指标\t改造农村户用卫生厕所\t\t≥320户\t326户\t40\t40",
  "\t质量指标\t改厕验收合格率\t\t≥95%\t96.3%\t20\t20",
  "效益指标（20分）\t生态效益指标\t农村生活垃圾无害化处理率\t\t≥90%\t88%\t20\t19.56",
  "满意度指标（10分）\t服务对象满意度指标\t受益群众满意度\t\t≥90%\t93%\t10\t10",
  "总分\t\t\t\t\t\t100\t99.56\t优",
  "",
].join("\n");

// an invented 专项资金自评表 without scores (完成情况 / 未完成原因), read by the header engine
const special = (rows: string[]) =>
  [
    "2024年度专项资金绩效自评表",
    "填报单位：南河县林业局\t\t\t\t金额单位：万元",
    "专项资金名称\t2024年公益林生态效益补偿资金",
    "主管部门\t南河县林业局\t\t资金使用单位\t各乡镇人民政府",
    "资金情况\t年初预算数\t全年预算数\t全年执行数\t执行率",
    "\t860\t860\t860\t100%",
    "年度目标\t年初设定目标\t\t\t年度总体目标完成情况综述",
    "\t对全县公益林43万亩按标准兑付生态效益补偿。\t\t\t兑付补偿资金860万元，管护公益林43万亩。",
    "一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t完成情况\t未完成原因",
    "产出指标\t数量指标\t补偿公益林面积\t43万亩\t43万亩\t完成",
    ...rows,
    "满意度指标\t服务对象满意度指标\t护林员及林农满意度\t≥90%\t92%\t完成",
    "",
  ].join("\n");
const notDone = special(["\t时效指标\t补偿资金兑付到户率\t100%\t80%\t未完成"]);
// invented: the reason cell filled with a dash or "无" although points were lost; "无" where nothing was lost is an honest answer
const dashReason = noReason.replace("=9个\t50\t45", "=9个\t50\t45\t—");
const noneReason = noReason.replace("=9个\t50\t45", "=9个\t50\t45\t无。");
// the full-marks actual written as a bare figure: "=10个" among bare actuals would be the target pasted (copiesExact)
const noneFullMarks = noReason.replace("=9个\t50\t45", "10个\t50\t50\t无");
// invented: points lost and the reason cell holds a placeholder of lexicon placeholder-values ("待定"), not a reason
const pendingReason = noReason.replace("=9个\t50\t45", "=9个\t50\t45\t待定");
const shortNoStatus = special(["\t质量指标\t补偿面积核实准确率\t≥98%\t95%\t"]);

// invented: a 实际完成情况 that copies the 年度目标 word for word (a closing "。" aside), and look-alikes
const goal = "完成全县38个入河排污口排查监测，整治问题排污口不少于15个";
const copiedGoal = goalForm({ name: "入河排污口排查整治经费", goal, actual: `${goal}。` });
const goalWithFigures = goalForm({ name: "入河排污口排查整治经费", goal, actual: "完成全县38个入河排污口排查监测，整治问题排污口17个" });
const slashes = goalForm({ name: "入河排污口排查整治经费", goal: "/", actual: "/" });

ruleTester.run("weak-evidence", {
  valid: [
    { name: "invented (dev-23 round): the budget-execution row at 98% scored 9.80 by formula needs no 偏差原因 (a reason is asked below 90%)", text: budgetRow("98%", "9.8") },
    { name: "actuals that are figures, full marks", text: sa() },
    { name: "invented: 实际完成情况 reusing the goal's words with the figures achieved", text: goalWithFigures },
    { name: "invented: “/” in both goal cells is no copied account (too short to be one)", text: slashes },
    { name: "a qualitative target may be answered in words", text: sa({ rows: ["\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t已完成\t30\t30"] }) },
    { name: "invented: a row without scores that was not achieved, with its 未完成原因 written", text: special(["\t时效指标\t补偿资金兑付到户率\t100%\t80%\t未完成\t两个乡镇农户信息核实未完成，2025年一季度兑付"]) },
    { name: "invented: a row without scores that met its target", text: special(["\t时效指标\t补偿资金兑付到户率\t100%\t100%\t完成"]) },
    { name: "invented: “无” as the 偏差原因 of a row with full marks (the other rows as in the invalid case below are fixed)", text: noneFullMarks.replace("\t30\t28\t", "\t30\t30\t") },
    { name: "invented: minRate 85 (the rule's own option over the scheme's reasonBelowRate): the budget-execution row at 88% earns its points by formula", text: budgetRow("88%", "8.8"), options: { minRate: 85 } },
  ],
  invalid: [
    {
      name: "invented: minRate 95 (the rule's own option over the scheme's reasonBelowRate): the budget-execution row at 92% must now explain its lost points",
      text: budgetRow("92%", "9.2"),
      options: { minRate: 95 },
      errors: [{ messageId: "noDeviationReason", line: lineWith(budgetRow("92%", "9.2"), "预算执行率"), field: "score", data: { weight: "10", score: "9.2" } }],
    },
    {
      name: "points lost and the 偏差原因 column empty on every row (the reader keeps the empty column)",
      text: national,
      errors: [{ messageId: "noDeviationReason", line: lineWith(national, "无害化处理率"), field: "score", data: { weight: "20", score: "19.56" } }],
    },
    { name: "an actual that copies “≥95%”", text: copied, errors: [{ messageId: "copiesTarget", line: lineWith(copied, "供暖达标率"), field: "actual", severity: "warning", evidence: "≥95%" }] },
    {
      name: "invented: 实际完成情况 copies the 年度目标 word for word (dev-15 南渡 l.78 kind)",
      text: copiedGoal,
      errors: [{ messageId: "actualCopiesGoal", line: lineWith(copiedGoal, "整治问题排污口不少于15个。"), field: "goals.actual", severity: "warning", data: { goal: "预期目标" } }],
    },
    { name: "“已完成” for a count", text: done, errors: [{ messageId: "onlyDone", line: lineWith(done, "供暖单位数量"), field: "actual", evidence: "已完成" }] },
    {
      name: "invented: a row without scores marked 未完成 and its 未完成原因 empty",
      text: notDone,
      errors: [{ messageId: "shortfallNoReason", line: lineWith(notDone, "兑付到户率"), field: "actual", evidence: "80%", data: { target: "100%", actual: "80%" } }],
    },
    {
      name: "invented: a row without scores whose actual falls short (no 完成情况 word), no reason",
      text: shortNoStatus,
      errors: [{ messageId: "shortfallNoReason", line: lineWith(shortNoStatus, "核实准确率"), field: "actual", evidence: "95%" }],
    },
    {
      name: "invented (dev-23 round): the budget-execution row at 85% without a reason is still reported",
      text: budgetRow("85%", "8.5"),
      errors: [{ messageId: "noDeviationReason", line: lineWith(budgetRow("85%", "8.5"), "预算执行率"), field: "score", data: { weight: "10", score: "8.5" } }],
    },
    { name: "invented: points lost and the 偏差原因 cell holds only a dash", text: dashReason, errors: [{ messageId: "noDeviationReason", line: lineWith(dashReason, "供暖单位数量"), field: "score", data: { weight: "50", score: "45" } }] },
    { name: "invented: points lost and the 偏差原因 cell says only “无。”", text: noneReason, errors: [{ messageId: "noDeviationReason", line: lineWith(noneReason, "供暖单位数量"), field: "score", data: { weight: "50", score: "45" } }] },
    { name: "invented: points lost and the 偏差原因 cell says only “待定”", text: pendingReason, errors: [{ messageId: "noDeviationReason", line: lineWith(pendingReason, "供暖单位数量"), field: "score", data: { weight: "50", score: "45" } }] },
    { name: "points lost and no reason, where the form has the column", text: noReason, errors: [{ messageId: "noDeviationReason", line: lineWith(noReason, "供暖单位数量"), field: "score", data: { weight: "50", score: "45" } }] },
  ],
});
