/**
 * misclassified-indicator speaks only on evidence (issue 9, checklist item 1): a row whose wording is
 * not in the level 2's word list is reported only when its wording or its value's dimension points to
 * another level 2; wording real departments use under each level 2 stays quiet. All rows invented.
 */
import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf, indicatorRow } from "../fixtures/copied-text/snippet.js";

const row = indicatorRow;

const effects = form({
  name: "城区排水设施运行经费",
  goal: "保障排水设施正常运行",
  rows: [row("效益指标", "社会效益指标", "泵站运行维护费用", "≤86万元"), row("", "经济效益指标", "管网维护费用", "≤8万元"), row("", "生态效益指标", "便民服务网点数", "≥18个")],
});
const output = form({
  name: "防雷安全检测经费",
  goal: "完成全县防雷装置检测",
  rows: [row("产出指标", "数量指标", "防雷装置检测合格率", "≥95%"), row("", "时效指标", "预警短信发送条数", "≥80万条")],
});
// invented: the share of certified staff under 数量 (a qualification standard), beside a coverage rate there (accepted)
const certified = form({
  name: "社区网格员培训经费",
  goal: "完成全县网格员业务培训",
  rows: [row("产出指标", "数量指标", "网格员培训人数", "≥300人"), row("", "", "网格员持证上岗率", "=100%"), row("", "", "培训覆盖率", "≥95%")],
});
const effectsElsewhere = form({
  name: "乡村振兴综合服务经费",
  goal: "完善农村公共服务",
  rows: [row("效益指标", "经济效益指标", "新增有效灌溉面积", "≥0.5万亩"), row("", "", "适龄儿童疫苗接种率", "≥95%"), row("", "生态效益指标", "证件印制废品率(%)", "≤1")],
});

ruleTester.run("misclassified-indicator", {
  valid: [
    {
      name: "a facility's completeness or running rate under 可持续影响 is a lasting effect (设备完好率, 系统年运行率)",
      text: form({ name: "污水处理厂运行经费", goal: "保障处理设施连续运行", rows: [row("效益指标", "可持续影响指标", "主要处理设备完好率", "≥95%"), row("", "", "监测预警系统年运行率", "≥98%")] }),
    },
    {
      name: "wording the lists do not know, with a value that does not point elsewhere, stays quiet (受理 under 时效, growth rates under 经济效益, a comparison under 成本)",
      text: form({
        name: "社会救助及文旅经费",
        goal: "做好救助和文旅服务",
        rows: [
          row("产出指标", "时效指标", "救助申请受理", "当日受理"),
          row("", "成本指标", "与上年相比增减幅度", "≤5%"),
          row("效益指标", "经济效益指标", "乡村旅游接待人次同比增长", "≥10%"),
          row("", "", "农村电商零售额增长率", "≥8%"),
          row("", "", "年增稻谷", "≥3000公斤"),
        ],
      }),
    },
    {
      name: "environmental wording of a treatment plant and an energy saving under 生态效益 (总磷削减量, 无害化处理率, 节约用电量)",
      text: form({ name: "污水处理提标改造", goal: "出水稳定达标", rows: [row("效益指标", "生态效益指标", "总磷削减量", "≥20吨"), row("", "", "餐厨垃圾无害化处理率", "≥95%"), row("", "", "年节约用电量", "≥5万千瓦时")] }),
    },
    {
      name: "money under 效益 that is gained, saved or waived is not a cost (年节约电费 ≥, 减免公证费用)",
      text: form({ name: "公共机构节能改造", goal: "降低能耗", rows: [row("效益指标", "经济效益指标", "年节约电费", "≥42万元"), row("", "社会效益指标", "减免困难群众公证费用", "≥20万元")] }),
    },
    {
      name: "a completion rate under 数量 and a count of people surveyed under 社会效益 stay quiet",
      text: form({ name: "民生实事项目", goal: "完成年度民生实事", rows: [row("产出指标", "数量指标", "年度任务完成率", "100%"), row("效益指标", "社会效益指标", "参与满意度调查人数", "≥200人")] }),
    },
  ],
  invalid: [
    {
      name: "a cost under 社会效益 and a cost cap under 经济效益 (wording and money agree); a count of service points under 生态效益",
      text: effects,
      errors: [
        { messageId: "belongsTo", severity: "warning", line: lineOf(effects, "泵站运行维护费用"), data: { level2: "社会效益指标", expectedLevel2: "成本指标", cue: "维护费用" } },
        { messageId: "belongsTo", severity: "warning", line: lineOf(effects, "管网维护费用"), data: { level2: "经济效益指标", expectedLevel2: "成本指标" } },
        { messageId: "notThisLevel", severity: "warning", line: lineOf(effects, "便民服务网点数"), data: { level2: "生态效益指标" } },
      ],
    },
    {
      name: "a pass rate under 数量 (warning); a count in 万条 under 时效 (the unit proves it: error)",
      text: output,
      errors: [
        { messageId: "belongsTo", severity: "warning", line: lineOf(output, "防雷装置检测合格率"), data: { level2: "数量指标", expectedLevel2: "质量指标", cue: "合格率" } },
        { messageId: "notThisLevel", severity: "error", line: lineOf(output, "预警短信发送条数"), data: { level2: "时效指标" } },
      ],
    },
    {
      name: "invented: the share of staff certified for their post under 数量 is a quality standard (warning); a coverage rate there is accepted",
      text: certified,
      errors: [{ messageId: "belongsTo", severity: "warning", line: lineOf(certified, "网格员持证上岗率"), data: { level2: "数量指标", expectedLevel2: "质量指标", cue: "持证上岗率" } }],
    },
    {
      name: "a sum of money named as such under 数量, its value without a unit (慰问金发放金额 12.5)",
      text: form({ name: "困难职工慰问经费", goal: "慰问困难职工", rows: [row("产出指标", "数量指标", "慰问金发放金额", "12.5")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", data: { level2: "数量指标", expectedLevel2: "成本指标", cue: "金额" } }],
    },
    {
      name: "an area in 万亩 and a vaccination rate under 经济效益, a defect rate with its unit in the name under 生态效益",
      text: effectsElsewhere,
      errors: [
        { messageId: "notThisLevel", severity: "warning", line: lineOf(effectsElsewhere, "新增有效灌溉面积"), data: { level2: "经济效益指标" } },
        { messageId: "notThisLevel", severity: "warning", line: lineOf(effectsElsewhere, "适龄儿童疫苗接种率"), data: { level2: "经济效益指标" } },
        { messageId: "notThisLevel", severity: "warning", line: lineOf(effectsElsewhere, "证件印制废品率"), data: { level2: "生态效益指标" } },
      ],
    },
  ],
});
