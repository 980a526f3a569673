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
const cityGoal = "保障城市管理水平得到提高、更好的服务市场经济发展。";
const patrol = form({ name: "反恐巡逻服务费（结转23年）", goal: cityGoal });
const security = form({ name: "政府购买服务费（治安防控服务）", goal: cityGoal });

ruleTester.run("copied-text", {
  valid: [
    { name: "different goals and analyses", text: doc({ name: "禁毒经费", goal: "开展禁毒宣传活动20次，社区戒毒执行率达到100%" }, { name: "网络费", goal: "保障机关网络全年稳定运行，故障24小时内修复" }) },
    {
      name: "a continuing project keeps its goal (same subject: 重点区域…监控, 002 l.1813/1920)",
      text: doc(
        { name: "重点区域安装视频监控费用", goal: "为落实吕梁市公安局关于加强夜市、烧烤摊等重点区域巡逻守护工作，确保我市夜市摊点秩序井然" },
        { name: "重点区域监控项目补建、扩建和宣防服务项目费用", goal: "为落实吕梁市公安局关于加强夜市、烧烤摊等重点区域巡逻守护工作，确保我市夜市摊点秩序井然" },
      ),
    },
    { name: "short generic goal copied: left to generic-goal", text: doc({ name: "物业服务费", goal: "保障单位正常运转" }, { name: "蔡家崖派出所办公家具采购项目", goal: "保障单位正常运转" }) },
    {
      name: "the goal that names another project is goal-mismatch's, and its owner is not flagged (004 l.171/327)",
      text: doc(
        { name: "政府长聘人员经费(辅警)", goal: "保障县武警中队官兵45人运行水电暖经费，改善武警中队官兵生活，提高武警官兵的工作积极性。" },
        { name: "武警中队官兵生活运行经费", goal: "保障县武警中队官兵45人运行水电暖经费，改善武警中队官兵生活，提高武警官兵的工作积极性，提升群众安全感。" },
      ),
    },
  ],
  invalid: [
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
