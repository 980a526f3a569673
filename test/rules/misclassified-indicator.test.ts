import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf } from "../fixtures/copied-text/snippet.js";

const row = (l1: string, l2: string, name: string, v: string) => `\t${l1}\t${l2}\t${name}\t${v}\t${v}\t${v}\t10\t10`;

// 000 l.1299 (节约警力数量 under 成本), 004 l.110 (不发生吸毒肇事肇祸事件 under 成本), 000 l.994 (满意度 under 质量)
const cost = form({ name: "信息化建设项目尾款", goal: "完成智慧派出所建设", rows: [row("产出指标", "成本指标", "节约警力数量", "≥10%"), row("", "", "项目尾款支付", "≤50万元")] });
const drugs = form({ name: "禁毒工作经费", goal: "新增吸毒人数明显下降", rows: [row("产出指标", "成本指标", "不发生吸毒肇事肇祸事件", "有效改变")] });
const quality = form({ name: "民警执法维权费用", goal: "保障民警利益不受侵害", rows: [row("产出指标", "质量指标", "被侵权民警抚慰满意度", "≥90%")] });
// 000 l.731 (雇佣时限 under 数量), 002 l.2127 (年租赁费 under 经济效益)
const time = form({ name: "后勤人员服务费", goal: "雇佣后勤服务人员", rows: [row("产出指标", "数量指标", "雇佣时限", "长期"), row("效益指标", "经济效益指标", "年租赁费", "≤8万元")] });

ruleTester.run("misclassified-indicator", {
  valid: [
    { name: "及时率 under 质量 is common practice", text: form({ name: "辅警业务经费", goal: "保障辅警出警", rows: [row("产出指标", "质量指标", "保障出警及时率", "≥98%")] }) },
    { name: "a cost row with a money value, a 满意度 row under 满意度", text: form({ name: "辅警业务经费", goal: "保障辅警出警", rows: [row("产出指标", "成本指标", "平罗县公安局实有人数253名辅警", "316万元"), row("满意度指标", "服务对象满意度指标", "辅警满意度", "≥95%")] }) },
    { name: "a label or placeholder as the name is left to other rules", text: form({ name: "示例项目", goal: "示例目标", rows: [row("产出指标", "成本指标", "成本指标", "**")] }) },
  ],
  invalid: [
    { name: "000 l.1299: an effect under 成本", text: cost, errors: [{ messageId: "notThisLevel", line: lineOf(cost, "节约警力数量"), field: "level2", indicator: "节约警力数量", data: { level2: "成本指标" } }] },
    { name: "004 l.110: a social effect under 成本", text: drugs, errors: [{ messageId: "notThisLevel", line: lineOf(drugs, "不发生吸毒肇事肇祸事件") }] },
    { name: "000 l.994: satisfaction under 质量", text: quality, errors: [{ messageId: "belongsTo", line: lineOf(quality, "满意度"), data: { expectedLevel2: "服务对象满意度指标", cue: "满意度" } }] },
    {
      name: "000 l.731 and 002 l.2127: a time limit under 数量, a rent under 经济效益",
      text: time,
      errors: [
        { messageId: "belongsTo", line: lineOf(time, "雇佣时限"), data: { expectedLevel2: "时效指标" } },
        { messageId: "belongsTo", line: lineOf(time, "年租赁费"), data: { expectedLevel2: "成本指标" } },
      ],
    },
  ],
});
