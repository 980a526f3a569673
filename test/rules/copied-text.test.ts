import { ruleTester } from "../helpers/rule-tester.js";
import { doc, form, lineOf } from "../fixtures/copied-text/snippet.js";

// 002 l.820/857/998: the same problem analysis in three unrelated self-assessments
const analysis = "项目管理存在预算编制不精准、执行进度滞后等问题,主要原因是规划不足和沟通协调不畅";
const withAnalysis = (name: string, goal: string) => ({
  name,
  goal,
  narrative: [
    ["项目实施和预算执行情况", `${name}预算执行率100%`],
    ["项目管理中存在的主要问题及原因分析", analysis],
  ] as [string, string][],
});
const three = doc(withAnalysis("2024年退休联防队员工资补差", "按时发放退休联防队员工资补差"), withAnalysis("2024年遗属补助", "保障遗属人员基本生活需要"), withAnalysis("YJ民警生活补助", "按月发放YJ民警生活补助"));

// 002 l.953/1741: a goal unrelated to both projects, shared by projects of different subjects
// 004 l.171/327: the 武警 goal copied into the 辅警 project (goal-mismatch reports the copy); its owner is
// reported too, as every form carrying a copy is (labelling.md; a warning since the twenty-third set's round)
const wjGoal = "保障县武警中队官兵45人运行水电暖经费，改善武警中队官兵生活，提高武警官兵的工作积极性。";
const owner = doc({ name: "政府长聘人员经费(辅警)", goal: wjGoal }, { name: "武警中队官兵生活运行经费", goal: `${wjGoal.slice(0, -1)}，提升群众安全感。` });
// invented: two unrelated self-assessments sharing two analysis sections — one finding per section
const delay = "部分项目存在建设进度延迟、预算超支等问题，原因是前期规划不足、设备采购和安装环节复杂";
const next = "进一步优化项目规划和流程，加强预算控制和资金管理，提前做好设备选型和供应商评估";
const twoSections = (name: string, goal: string) => ({ name, goal, narrative: [["项目管理中存在的主要问题及原因分析", delay], ["下一步改进措施及管理建议", next]] as [string, string][] });
const sections = doc(twoSections("社区养老服务站运营补助", "保障12个社区养老服务站全年运营"), twoSections("中小学课后服务经费", "为3000名学生提供课后托管服务"));
// invented (issue 9, precision): one department's standard goal sentence, each project with its own figures
const stdGoal = (n: string) => `按月足额发放补助资金，保障${n}名困难群众基本生活，受助群众满意度达到90%以上。`;
const standard = doc({ name: "城乡低保金发放", goal: stdGoal("3200") }, { name: "特困人员供养", goal: stdGoal("460") }, { name: "残疾人两项补贴", goal: stdGoal("1850") });
// the same sentence in another department's form (own figures), or repeated with the same figures: copied
const otherDept = form({ name: "城乡低保金发放", goal: stdGoal("3200") }) + form({ name: "退役军人优抚金发放", goal: stdGoal("460") }).replace(/示例公安局/gu, "示例退役军人事务局");
// … and the same standard wording where one project is what the sentence names (困难群众生活补助): still the
// department's wording, a note in the form it is about
const ownGoal = (n: string) => `按月足额发放困难群众生活补助，保障${n}名困难群众基本生活，受助群众满意度达到90%以上。`;
const ownedStandard = doc({ name: "困难群众生活补助", goal: ownGoal("3200") }, { name: "特困人员供养", goal: ownGoal("460") }, { name: "残疾人两项补贴", goal: ownGoal("1850") });
const sameFigures = doc({ name: "城乡低保金发放", goal: stdGoal("3200") }, { name: "特困人员供养", goal: stdGoal("3200") });
// invented: last year's and this year's forms of one lease share their analysis: once per form
const lease = doc(twoSections("教育城域网租赁费（2023年）", "保障学校网络全年畅通"), twoSections("教育城域网租赁费", "保障学校网络全年畅通运行"));

// invented: a department whose projects all carry its own name's words (示例县机构编制委员会办公室: 机构编制…); the
// training project carries the goal of the records-system project word for word — the shared words are the
// department's, not a shared subject
const bianban = (p: { name: string; goal: string }) => form(p).replace(/示例公安局/gu, "示例县机构编制委员会办公室");
const sysGoal = "完成机构编制实名制管理系统全年运维，系统可用率不低于99%，按季度比对各单位编制与人员信息";
const deptWords = bianban({ name: "机构编制实名制管理系统运维经费", goal: sysGoal }) + bianban({ name: "机构编制业务培训经费", goal: sysGoal });

const cityGoal = "保障城市管理水平得到提高、更好的服务市场经济发展。";
const patrol = form({ name: "反恐巡逻服务费（结转23年）", goal: cityGoal });
const security = form({ name: "政府购买服务费（治安防控服务）", goal: cityGoal });

// invented (dev-22): a sentence of one project's facts opening another project's analysis, whose own sentence
// after it keeps the whole text below the threshold; and a department's budget sentence with each form's figures
const pumpFacts = "城区排涝泵站全年完成机组检修26台次，更换老化水泵4台，汛期排涝运行无故障。";
const factCopy = doc(
  { name: "城区排涝泵站维修养护", goal: "完成城区排涝泵站机组检修和设备更换，保障汛期排涝", narrative: [["项目实施和预算执行情况", `${pumpFacts}预算执行率96.00%，结余资金已收回。`]] },
  { name: "防汛物资储备", goal: "储备编织袋、救生衣等防汛物资，满足汛期抢险需要", narrative: [["项目实施和预算执行情况", `${pumpFacts}防汛物资储备资金全部执行。`]] },
);
const budgetLine = (a: string, b: string, own: string) => `全年预算${a}万元，执行${b}万元，预算执行率按规定计算并已公开。${own}`;
const budgetWording = doc(
  { name: "城区排涝泵站维修养护", goal: "完成城区排涝泵站机组检修和设备更换，保障汛期排涝", narrative: [["项目实施和预算执行情况", budgetLine("48.00", "47.52", "城区排涝泵站机组检修全部完成，汛期排涝运行正常。")]] },
  { name: "防汛物资储备", goal: "储备编织袋、救生衣等防汛物资，满足汛期抢险需要", narrative: [["项目实施和预算执行情况", budgetLine("20.00", "19.40", "编织袋、救生衣等防汛物资按计划入库，满足汛期抢险需要。")]] },
);

ruleTester.run("copied-text", {
  valid: [
    {
      name: "invented (dev-22): a department's budget sentence carrying each form's own figures is not a copied fact",
      text: budgetWording,
    },
    {
      name: "invented: a goal copied and cut short is goal-mismatch's in the copy; the original, the longer text, is not reported",
      text: doc(
        { name: "律师参与镇综治中心接访补助", goal: "组织执业律师每周参与镇综治中心接访，为来访群众提供法律咨询和法律援助，引导群众依法理性表达诉求，推动矛盾纠纷在法治轨道上化解" },
        { name: "网格员巡查走访补助", goal: "组织执业律师每周参与镇综治中心接访，为来访群众提供法律咨询和法律援助，引导群众依法理性表达诉求", rows: ["\t产出指标\t数量指标\t网格员入户走访户数\t≥3000户\t≥3000户\t≥3000户\t20\t20"] },
      ),
    },
    { name: "different goals and analyses", text: doc({ name: "禁毒经费", goal: "开展禁毒宣传活动20次，社区戒毒执行率达到100%" }, { name: "网络费", goal: "保障机关网络全年稳定运行，故障24小时内修复" }) },
    {
      name: "a continuing project keeps its goal (same subject: 重点区域…监控, 002 l.1813/1920)",
      text: doc(
        { name: "重点区域安装视频监控费用", goal: "为落实吕梁市公安局关于加强夜市、烧烤摊等重点区域巡逻守护工作，确保我市夜市摊点秩序井然" },
        { name: "重点区域监控项目补建、扩建和宣防服务项目费用", goal: "为落实吕梁市公安局关于加强夜市、烧烤摊等重点区域巡逻守护工作，确保我市夜市摊点秩序井然" },
      ),
    },
    { name: "short generic goal copied: left to generic-goal", text: doc({ name: "物业服务费", goal: "保障单位正常运转" }, { name: "蔡家崖派出所办公家具采购项目", goal: "保障单位正常运转" }) },
  ],
  invalid: [
    {
      name: "invented (dev-22): a sentence of the pumping station's facts copied into the flood-supplies analysis: a warning there and, as the original of a copy (decision 122), in the station's own form",
      text: factCopy,
      errors: [
        { messageId: "original", severity: "warning", line: lineOf(factCopy, pumpFacts, 0), field: "narrative", evidence: pumpFacts },
        { messageId: "copied", severity: "warning", line: lineOf(factCopy, pumpFacts, 1), field: "narrative", evidence: pumpFacts, data: { otherProject: "城区排涝泵站维修养护" } },
      ],
    },
    {
      name: "invented (issue 9): one department's standard goal sentence filled with each project's own figures — info, the department's accepted wording",
      text: standard,
      errors: [
        { messageId: "standard", severity: "info", line: lineOf(standard, stdGoal("3200")), field: "goals.annual" },
        { messageId: "standard", severity: "info", line: lineOf(standard, stdGoal("460")), field: "goals.annual" },
        { messageId: "standard", severity: "info", line: lineOf(standard, stdGoal("1850")), field: "goals.annual" },
      ],
    },
    {
      name: "invented (issue 9): the same sentence in another department's form is copied, even with its own figures (warning)",
      text: otherDept,
      errors: [
        { messageId: "copied", severity: "warning", line: lineOf(otherDept, stdGoal("3200")), field: "goals.annual" },
        { messageId: "copied", severity: "warning", line: lineOf(otherDept, stdGoal("460")), field: "goals.annual" },
      ],
    },
    {
      name: "invented (issue 9): the same sentence with the same figures in two projects of one department was not adapted (warning)",
      text: sameFigures,
      errors: [
        { messageId: "copied", severity: "warning", line: lineOf(sameFigures, stdGoal("3200"), 0), field: "goals.annual" },
        { messageId: "copied", severity: "warning", line: lineOf(sameFigures, stdGoal("3200"), 1), field: "goals.annual" },
      ],
    },
    {
      name: "invented: a department's standard wording stays a note in the form whose project it names (the other two forms, whose goal names that project, are goal-mismatch's)",
      text: ownedStandard,
      errors: [{ messageId: "standard", severity: "info", line: lineOf(ownedStandard, ownGoal("3200")), field: "goals.annual" }],
    },
    {
      name: "the goal that names another project is goal-mismatch's; its owner, the project it is about, is a warning with its own message (each form carrying a copy is sent back: labelling.md)",
      text: owner,
      errors: [{ messageId: "original", severity: "warning", line: lineOf(owner, "提升群众安全感"), field: "goals.annual", data: { otherProject: "政府长聘人员经费(辅警)" } }],
    },
    {
      name: "invented: two projects sharing only their department's words (机构编制…) are not one subject: the copied goal is reported, a warning in both forms (the system's own with the message for the form the text is about)",
      text: deptWords,
      errors: [
        { messageId: "original", severity: "warning", line: lineOf(deptWords, sysGoal, 0), field: "goals.annual", data: { otherProject: "机构编制业务培训经费" } },
        { messageId: "copied", severity: "warning", line: lineOf(deptWords, sysGoal, 1), field: "goals.annual", data: { otherProject: "机构编制实名制管理系统运维经费" } },
      ],
    },
    {
      name: "an analysis copied from an unrelated project: one finding per copied section",
      text: sections,
      errors: [
        { messageId: "copied", severity: "warning", line: lineOf(sections, delay, 0), field: "narrative", evidence: delay },
        { messageId: "copied", severity: "warning", line: lineOf(sections, next, 0), field: "narrative", evidence: next },
        { messageId: "copied", severity: "warning", line: lineOf(sections, delay, 1), field: "narrative", evidence: delay },
        { messageId: "copied", severity: "warning", line: lineOf(sections, next, 1), field: "narrative", evidence: next },
      ],
    },
    {
      name: "the same project's two forms sharing their analysis: once per form",
      text: lease,
      errors: [
        { messageId: "copied", field: "narrative" },
        { messageId: "copied", field: "narrative" },
      ],
    },
    {
      name: "one finding per form at the copied analysis, naming the two other projects",
      text: three,
      errors: [
        { messageId: "copied", line: lineOf(three, analysis, 0), field: "narrative", evidence: analysis, data: { count: 2 } },
        { messageId: "copied", line: lineOf(three, analysis, 1), field: "narrative", evidence: analysis, data: { count: 2 } },
        { messageId: "copied", line: lineOf(three, analysis, 2), field: "narrative", evidence: analysis, data: { count: 2 } },
      ],
    },
    {
      name: "across two documents of one run: the same unrelated goal in both",
      texts: [patrol, security],
      errors: [
        { messageId: "copied", line: lineOf(patrol, cityGoal), field: "goals.annual", data: { count: 1, otherProject: "政府购买服务费（治安防控服务）" } },
        { messageId: "copied", line: lineOf(security, cityGoal), field: "goals.annual", data: { count: 1, otherProject: "反恐巡逻服务费（结转23年）" } },
      ],
    },
    {
      name: "near-copy (one word changed) still found, threshold option respected",
      text: doc({ name: "机关民警食堂改造项目", goal: "按期完成改造", narrative: [["项目实施和预算执行情况", "项目按计划实施，预算执行情况良好，资金使用规范，未出现超支情况"]] }, { name: "食药环快检实验室建设经费", goal: "建成快检实验室", narrative: [["项目实施和预算执行情况", "项目按计划顺利实施，预算执行情况良好，资金使用规范，未出现超支情况"]] }),
      options: { threshold: 0.7 },
      errors: [
        { messageId: "copied", field: "narrative" },
        { messageId: "copied", field: "narrative" },
      ],
    },
  ],
});
