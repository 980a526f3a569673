/**
 * misclassified-indicator on what dev-14 left to the level-2 service (issue 9): a name whose head is 数
 * is a count whatever its other words say; a sum capped in money under an effect level 2 is a cost;
 * money an audit saves or recovers is money gained, not a cost. All rows invented.
 */
import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf, indicatorRow } from "../fixtures/copied-text/snippet.js";

const row = indicatorRow;

// counts named …数 under 质量, beside rates and standards that belong there
const counts = form({
  name: "农村电商服务站建设",
  goal: "建设村级电商服务站",
  rows: [
    row("产出指标", "质量指标", "服务站覆盖行政村数", "≥45个"),
    row("", "", "问题线索核查办结数", "≥30件"),
    row("", "", "修补档案卷册数", "≥300册"),
    row("", "", "服务站覆盖率", "≥90%"),
    row("", "", "设备验收合格数", "≥20台"),
    row("", "", "网点运营指数", "≥85"),
  ],
});
// a capped sum under 可持续影响 and 社会效益; an effect with a floor stays
const capped = form({
  name: "应急物资储备",
  goal: "储备应急物资",
  rows: [
    row("效益指标", "可持续影响指标", "储备库租赁补助总额", "≤38万元"),
    row("", "社会效益指标", "物资调运补贴金额", "≤12万元"),
    row("", "", "带动社会捐赠总额", "≥50万元"),
  ],
});
const audit = form({
  name: "固定资产投资审计",
  goal: "开展政府投资项目审计",
  rows: [row("产出指标", "数量指标", "工程结算审核核减金额", "≥300万元"), row("", "", "审计项目购置设备金额", "≤20万元")],
});

ruleTester.run("misclassified-indicator", {
  valid: [
    {
      name: "a rate, a pass count (合格 is 质量's word) and an index under 质量 stay quiet",
      text: form({ name: "农村电商服务站建设", goal: "建设村级电商服务站", rows: [row("产出指标", "质量指标", "服务站覆盖率", "≥90%"), row("", "", "设备验收合格数", "≥20台"), row("", "", "网点运营指数", "≥85"), row("", "", "故障修复天数", "≤3天")] }),
    },
    {
      name: "a count named …数 under 数量 is where it belongs",
      text: form({ name: "古籍保护经费", goal: "修复破损古籍", rows: [row("产出指标", "数量指标", "古籍修复册数", "≥80册"), row("", "", "整改完成数", "≥12个")] }),
    },
    {
      name: "a sum with a floor under 社会效益 is no cost (带动社会捐赠总额 ≥50万元); money recovered under 经济效益 is money gained",
      text: form({ name: "应急物资储备", goal: "储备应急物资", rows: [row("效益指标", "社会效益指标", "带动社会捐赠总额", "≥50万元"), row("", "经济效益指标", "审计追缴资金金额", "≥40万元")] }),
    },
  ],
  invalid: [
    {
      name: "counts named …数 with a count unit under 质量 are quantities, proved by the unit",
      text: counts,
      errors: [
        { messageId: "unitProves", severity: "error", line: lineOf(counts, "服务站覆盖行政村数"), data: { level2: "质量指标", expectedLevel2: "数量指标" } },
        { messageId: "unitProves", severity: "error", line: lineOf(counts, "问题线索核查办结数"), data: { level2: "质量指标", expectedLevel2: "数量指标" } },
        { messageId: "unitProves", severity: "error", line: lineOf(counts, "修补档案卷册数"), data: { level2: "质量指标", expectedLevel2: "数量指标" } },
      ],
    },
    {
      name: "a sum capped in money under 可持续影响 or 社会效益 is a cost; the sum with a floor stays quiet",
      text: capped,
      errors: [
        { messageId: "belongsTo", severity: "warning", line: lineOf(capped, "储备库租赁补助总额"), data: { level2: "可持续影响指标", expectedLevel2: "成本指标" } },
        { messageId: "belongsTo", severity: "warning", line: lineOf(capped, "物资调运补贴金额"), data: { level2: "社会效益指标", expectedLevel2: "成本指标" } },
      ],
    },
    {
      name: "money an audit cuts from a bill under 数量 is money gained (经济效益); a sum spent there is a cost",
      text: audit,
      errors: [
        { messageId: "belongsTo", severity: "warning", line: lineOf(audit, "工程结算审核核减金额"), data: { level2: "数量指标", expectedLevel2: "经济效益指标" } },
        // a sum of money (≤20万元) under 数量 — the unit proves the move (dev-24 round; as for any money-valued 数量 row)
        { messageId: "unitProves", severity: "error", line: lineOf(audit, "审计项目购置设备金额"), data: { level2: "数量指标", expectedLevel2: "成本指标" } },
      ],
    },
  ],
});
