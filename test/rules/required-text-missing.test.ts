import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";
import { sa } from "../helpers/self-assessment-snippet.js";

// invented forms (checklist item 8)
const nothing = shanxiTarget({ measures: "无", plan: "/" });
const noOverview = shanxiTarget({ overview: "" });
const noAnnual = shanxiTarget({ annualGoal: "" });
const annualWu = shanxiTarget({ annualGoal: "无" });
const instructed = shanxiTarget({ overview: "（简要说明项目内容，不超过300字）" });
const instructedBasis = shanxiTarget({ basis: "（不超过200字）" });
const nameOnly = shanxiTarget({ overview: "乡村教师培训项目。" });
const sameAbove = shanxiTarget({ measures: "同上", plan: "无。" });

ruleTester.run("required-text-missing", {
  valid: [
    { name: "a form with only an annual goal, filled", text: "项目名称\t某县图书馆免费开放项目\n年度绩效目标\t全年免费开放300天以上，接待读者5万人次\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t接待读者人次\t≥5万人次\n" },
    { name: "every required field filled", text: shanxiTarget() },
    { name: "invented: a self-assessment whose 实际完成情况 reports what was done", text: sa({ actual: "为10个派出所完成冬季供暖，室温达标" }) },
    { name: "a short real answer is an answer", text: shanxiTarget({ basis: "县政府批准" }) },
    { name: "invented: an overview that starts with the project name and goes on is an answer", text: shanxiTarget({ overview: "乡村教师培训项目：培训乡村教师300人次，含送教下乡和跟岗研修" }) },
    { name: "invented: an overview that states a limit of its own is an answer", text: shanxiTarget({ overview: "为全县中小学校配备图书，每校采购经费不超过3万元，简要说明见附表" }) },
  ],
  invalid: [
    {
      name: "checklist 8 (invented): the annual goal still holds the template's instruction, beside a filled period goal",
      text: shanxiTarget({ annualGoal: "请填写本年度拟完成的主要任务和预期效果（不超过200字）" }),
      errors: [{ messageId: "instructionLeft", field: "goals.annual", evidence: "请填写本年度拟完成的主要任务和预期效果（不超过200字）", data: { label: "年度目标" } }],
    },
    {
      name: "checklist 8 (invented): a self-assessment's 实际完成情况 left with the instruction",
      text: sa({ actual: "（请据实填写全年完成情况）" }),
      errors: [{ messageId: "instructionLeft", field: "goals.actual", data: { label: "实际完成情况" } }],
    },
    {
      name: "checklist 8: the form's only goal answered 无",
      text: "项目名称\t某县图书馆免费开放项目\n年度绩效目标\t无\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t接待读者人次\t≥5万人次\n",
      errors: [{ messageId: "answeredNothing", line: 2, field: "goals.annual", evidence: "无", data: { label: "年度目标" } }],
    },
    {
      name: "checklist 8 (invented): a self-assessment's 实际完成情况 answered “无” against a stated goal",
      text: sa({ actual: "无" }),
      errors: [{ messageId: "answeredNothing", line: lineWith(sa({ actual: "无" }), "保障10个派出所冬季采暖"), field: "goals.actual", evidence: "无", data: { label: "实际完成情况" } }],
    },
    {
      name: "checklist 8 (invented): … or “/”",
      text: sa({ actual: "/" }),
      errors: [{ messageId: "answeredNothing", field: "goals.actual", evidence: "/" }],
    },
    {
      name: "保证措施 “无” and 实施计划 “/”",
      text: nothing,
      errors: [
        { messageId: "answeredNothing", line: lineWith(nothing, "保证项目实施的制度、措施"), field: "project.details", severity: "warning", evidence: "无" },
        { messageId: "answeredNothing", line: lineWith(nothing, "项目实施计划"), evidence: "/" },
      ],
    },
    {
      name: "checklist 8 (invented): the template's instruction left in 项目概况 and 立项依据",
      text: instructed,
      errors: [{ messageId: "instructionLeft", line: lineWith(instructed, "项目概况"), field: "project.details", severity: "warning", evidence: "（简要说明项目内容，不超过300字）", data: { label: "项目概况" } }],
    },
    {
      name: "checklist 8 (invented): 保证措施 “同上” and 实施计划 “无。” (closed by a full stop)",
      text: sameAbove,
      errors: [
        { messageId: "answeredNothing", line: lineWith(sameAbove, "保证项目实施的制度、措施"), evidence: "同上" },
        { messageId: "answeredNothing", line: lineWith(sameAbove, "项目实施计划"), evidence: "无。" },
      ],
    },
    {
      name: "checklist 8 (invented): 项目概况 only repeats the project name",
      text: nameOnly,
      errors: [{ messageId: "repeatsName", line: lineWith(nameOnly, "项目概况"), field: "project.details", evidence: "乡村教师培训项目。" }],
    },
    {
      name: "checklist 8 (invented): a word-limit note alone in 立项依据",
      text: instructedBasis,
      errors: [{ messageId: "instructionLeft", line: lineWith(instructedBasis, "立项依据"), evidence: "（不超过200字）" }],
    },
    { name: "项目概况 left empty while its siblings are filled", text: noOverview, errors: [{ messageId: "missingField", data: { label: "项目概况" } }] },
    { name: "the 年度 goal empty while the 实施期 goal is filled", text: noAnnual, errors: [{ messageId: "goalMissing", line: lineWith(noAnnual, "总体目标"), field: "goals.period", data: { missing: "年度目标" } }] },
    { name: "the 年度 goal answered “无”", text: annualWu, errors: [{ messageId: "goalMissing", line: lineWith(annualWu, "总体目标"), field: "goals.annual", evidence: "无" }] },
  ],
});

// invented self-assessments (checklist item 8; 002 l.610/711 have the same): analysis sections answered "无"
const sections = (problems: string) => [
  "项目绩效分析\t自评结果分析\t项目实施和预算执行情况\t预算执行率100%,资金使用合规",
  "\t\t满意度情况及分析\t职工满意度达96%",
  `\t主要经验做法\t\t建立供暖巡查台账，每周回访各所`,
  `\t项目管理中存在的主要问题及原因分析\t\t${problems}`,
];
const wu = sa({ narrative: sections("无") });
ruleTester.run("required-text-missing", {
  valid: [{ name: "every analysis section says something", text: sa({ narrative: sections("两处管网老化，供暖初期室温偏低") }) }],
  invalid: [
    {
      name: "the problems section answered “无” (info)",
      text: wu,
      errors: [{ messageId: "sectionNothing", severity: "info", field: "narrative", line: lineWith(wu, "存在的主要问题"), evidence: "无", data: { label: "项目管理中存在的主要问题及原因分析" } }],
    },
  ],
});
