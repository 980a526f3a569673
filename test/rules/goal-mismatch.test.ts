import { ruleTester } from "../helpers/rule-tester.js";
import { doc, lineOf } from "../fixtures/copied-text/snippet.js";

// 004 l.171 / l.327: the 辅警 project carries the 武警中队 goal
const wjGoal = "保障县武警中队官兵45人运行水电暖经费，改善武警中队官兵生活，提高武警官兵的工作积极性，提升人民群众的幸福感和安全感。";
const fjGoal = "保障县武警中队官兵45人运行水电暖经费, 改善武警中队官兵生活, 提高武警官兵的工作积极性, 提升人民群众的幸福感、安全感。";
const pair = doc(
  { name: "2024年平罗县武警中队官兵生活运行经费", goal: wjGoal, rows: ["\t产出指标\t数量指标\t补助武警中队官兵人数\t=45人\t=45人\t=45人\t20\t20"] },
  { name: "政府长聘人员经费(辅警)", goal: fjGoal, rows: ["\t产出指标\t数量指标\t保障辅警工作人员工资\t=326人\t=326人\t=326人\t20\t20"] },
);
// 002 l.1987 / l.2021: the 会议室 project carries the 围墙、门卫用房 goal
const wall = "消除安全隐患，建设门卫用房，综合便民服务中心楼前改造";
const rooms = doc(
  { name: "局机关大院围墙改造、门卫用房建设费", goal: wall, rows: ["\t产出指标\t数量指标\t门卫用房面积\t=60平方米\t=60平方米\t=60平方米\t20\t20"] },
  { name: "局三层和十一层视频会议会议室改造费", goal: wall, rows: ["\t产出指标\t数量指标\t三层LED电子屏面积\t=24平方米\t=24平方米\t=24平方米\t20\t20"] },
);

// invented: the 网格员 project carries the 法律援助 project's goal, cut short before its last clause
const lawGoal = "组织执业律师每周参与镇综治中心接访，为来访群众提供法律咨询和法律援助，引导群众依法理性表达诉求，推动矛盾纠纷在法治轨道上化解";
const lawCut = "组织执业律师每周参与镇综治中心接访，为来访群众提供法律咨询和法律援助，引导群众依法理性表达诉求";
const cutCopy = doc(
  { name: "律师参与镇综治中心接访补助", goal: lawGoal, rows: ["\t产出指标\t数量指标\t律师参与接访次数\t≥48次\t≥48次\t≥48次\t20\t20"] },
  { name: "网格员巡查走访补助", goal: lawCut, rows: ["\t产出指标\t数量指标\t网格员入户走访户数\t≥3000户\t≥3000户\t≥3000户\t20\t20"] },
);

ruleTester.run("goal-mismatch", {
  valid: [
    {
      name: "a copied goal about neither project is copied-text's, not a mismatch",
      text: doc({ name: "反恐巡逻服务费", goal: "保障城市管理水平得到提高、更好的服务市场经济发展。" }, { name: "政府购买服务费（治安防控服务）", goal: "保障城市管理水平得到提高、更好的服务市场经济发展。" }),
    },
    {
      name: "the form's own indicators talk about the goal's subject: not a mismatch",
      text: doc(
        { name: "武警中队官兵生活运行经费", goal: wjGoal },
        { name: "政府长聘人员经费", goal: fjGoal, rows: ["\t产出指标\t数量指标\t补助武警中队官兵人数\t=45人\t=45人\t=45人\t20\t20", "\t\t\t武警官兵生活补助\t=10万元\t=10万元\t=10万元\t20\t20"] },
      ),
    },
    { name: "goals that differ", text: doc({ name: "武警中队官兵生活运行经费", goal: wjGoal }, { name: "政府长聘人员经费(辅警)", goal: "按月足额发放326名辅警工资，保障辅警队伍稳定" }) },
  ],
  invalid: [
    {
      name: "invented: another project's goal copied and cut short is reported in the copy only, pointing at the original",
      text: cutCopy,
      errors: [{ messageId: "otherProject", line: lineOf(cutCopy, lawCut, 1), field: "goals.annual", data: { otherProject: "律师参与镇综治中心接访补助", otherLine: lineOf(cutCopy, lawGoal) } }],
    },
    {
      name: "004 l.327: only the 辅警 form, pointing at the 武警中队 one",
      text: pair,
      errors: [{ messageId: "otherProject", line: lineOf(pair, fjGoal), field: "goals.annual", data: { otherProject: "2024年平罗县武警中队官兵生活运行经费", otherLine: lineOf(pair, wjGoal) } }],
    },
    {
      name: "002 l.2021: identical goal, only the form it does not belong to",
      text: rooms,
      errors: [{ messageId: "otherProject", line: lineOf(rooms, wall, 1), data: { project: "局三层和十一层视频会议会议室改造费", similarity: "1.00" } }],
    },
  ],
});
