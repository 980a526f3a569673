/**
 * misclassified-indicator reports a misplacement only from the level-2 service's confidence threshold
 * (issue 9, level-2 precision round). Each doubt of rules/lexicons/level2-doubts.yml, and the costs of
 * society and the environment, with rows that stay quiet and rows still reported. All rows invented.
 */
import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf, indicatorRow } from "../fixtures/copied-text/snippet.js";

const row = indicatorRow;

// a cost the value says to lower is money saved (经济效益); a capped sum is a cost
const saving = form({
  name: "城乡公交一体化补助",
  goal: "开通城乡公交线路",
  rows: [row("效益指标", "经济效益指标", "居民通勤出行成本", "明显下降"), row("", "", "公交场站运营成本", "≤36万元")],
});
// people's income is both a social effect and money gained; a region's economy is money gained
const income = form({
  name: "生态护林员补助",
  goal: "选聘生态护林员",
  rows: [row("效益指标", "社会效益指标", "护林员户均年增收", "≥3600元"), row("", "", "带动乡镇经济增长", "明显带动")],
});
// a cue between subject and head only qualifies the head; as the subject or the head it is evidence
const modifier = form({
  name: "畜禽养殖废弃物资源化利用",
  goal: "提高沼液还田利用水平",
  rows: [row("效益指标", "生态效益指标", "沼液达标还田率", "≥90%"), row("", "", "门诊病历书写合格率", "≥95%"), row("", "", "治安案件办结率", "≥90%")],
});
// costs borne by society or the environment are measured in their own units and capped; an output
// counted with a floor is a quantity
const harms = form({
  name: "高标准农田建设",
  goal: "建成高标准农田1.2万亩",
  rows: [
    row("成本指标", "社会成本指标", "施工临时占用耕地", "≤40亩"),
    row("", "", "作业期农机伤人事件", "=0起"),
    row("", "生态环境成本指标", "施工期新增水土流失面积", "≤15亩"),
    row("", "社会成本指标", "培训农机手人数", "≥80人"),
  ],
});

ruleTester.run("misclassified-indicator", {
  valid: [
    { name: "a cost the value says to lower, under 经济效益, is money saved (居民通勤出行成本 明显下降)", text: form({ name: "城乡公交一体化补助", goal: "开通城乡公交线路", rows: [row("效益指标", "经济效益指标", "居民通勤出行成本", "明显下降")] }) },
    { name: "people's per-household income under 社会效益 is accepted either way (护林员户均年增收 ≥3600元)", text: form({ name: "生态护林员补助", goal: "选聘生态护林员", rows: [row("效益指标", "社会效益指标", "护林员户均年增收", "≥3600元"), row("", "", "低收入农户年收入增加", "≥1200元")] }) },
    { name: "a lasting economic effect under 可持续影响 (带动县域经济持续发展) is accepted either way", text: form({ name: "乡村产业园基础设施", goal: "完善园区道路管网", rows: [row("效益指标", "可持续影响指标", "带动县域经济持续发展", "长期发挥作用")] }) },
    { name: "an effect counted in people under 经济效益 is an effect, not an output (带动就业人数, 受益农户数)", text: form({ name: "农产品加工园区建设", goal: "建成农产品加工园区", rows: [row("效益指标", "经济效益指标", "带动就业人数", "≥50人"), row("", "", "受益农户数", "≥200户")] }) },
    { name: "a survey of a social feeling under 社会效益 is a social effect as much as a satisfaction (群众安全感满意度)", text: form({ name: "社会治安防控经费", goal: "提升群众安全感", rows: [row("效益指标", "社会效益指标", "群众安全感满意度", "≥95%"), row("", "", "带动贫困户增收", "≥1000元")] }) },
    { name: "a warranty period under 质量 is a quality standard, not a deadline (设备质保期限 ≥3年); a service period stays reported (misclassified-indicator.test)", text: form({ name: "监控设备更新", goal: "更新监控设备", rows: [row("产出指标", "质量指标", "设备质保期限", "≥3年"), row("", "", "工程保修期限", "≥2年")] }) },
    { name: "a quality word qualifying an environmental head under 生态效益 (沼液达标还田率)", text: form({ name: "畜禽养殖废弃物资源化利用", goal: "提高沼液还田利用水平", rows: [row("效益指标", "生态效益指标", "沼液达标还田率", "≥90%")] }) },
    {
      name: "harms capped in their own units under 社会成本 / 生态环境成本 (耕地 in 亩, 事件 in 起)",
      text: form({ name: "高标准农田建设", goal: "建成高标准农田1.2万亩", rows: [row("成本指标", "社会成本指标", "施工临时占用耕地", "≤40亩"), row("", "", "作业期农机伤人事件", "=0起"), row("", "生态环境成本指标", "施工期新增水土流失面积", "≤15亩")] }),
    },
    {
      name: "a reviewer who sets minConfidence higher hears only what the unit proves",
      text: form({ name: "体育赛事经费", goal: "举办公益赛事", rows: [row("效益指标", "社会效益指标", "参赛群众满意度", "≥90%")] }),
      options: { minConfidence: 0.9 },
    },
  ],
  invalid: [
    { name: "a capped running cost under 经济效益 is still a cost; the lowered one stays quiet", text: saving, errors: [{ messageId: "belongsTo", severity: "warning", line: lineOf(saving, "公交场站运营成本"), data: { level2: "经济效益指标", expectedLevel2: "成本指标" } }] },
    {
      name: "an economic effect with no lasting word under 可持续影响 is still money gained",
      text: form({ name: "乡村产业园基础设施", goal: "完善园区道路管网", rows: [row("效益指标", "可持续影响指标", "园区企业年产值增长", "≥8%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", line: 9, data: { level2: "可持续影响指标", expectedLevel2: "经济效益指标" } }],
    },
    { name: "a region's economic growth under 社会效益 is money gained; people's income stays quiet", text: income, errors: [{ messageId: "belongsTo", severity: "warning", line: lineOf(income, "带动乡镇经济增长"), data: { level2: "社会效益指标", expectedLevel2: "经济效益指标" } }] },
    {
      name: "a pass rate as the head and a social subject under 生态效益 are reported; the qualifier stays quiet",
      text: modifier,
      errors: [
        { messageId: "notThisLevel", severity: "warning", line: lineOf(modifier, "门诊病历书写合格率"), data: { level2: "生态效益指标" } },
        { messageId: "notThisLevel", severity: "warning", line: lineOf(modifier, "治安案件办结率"), data: { level2: "生态效益指标" } },
      ],
    },
    {
      name: "a satisfaction label as the name under 时效 is a satisfaction indicator in the wrong place (under its own level 2 it stays quiet)",
      text: form({ name: "妇幼健康服务经费", goal: "做好妇幼健康服务", rows: [row("产出指标", "时效指标", "服务对象满意度", "≥90%"), row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", line: 9, data: { level2: "时效指标", expectedLevel2: "服务对象满意度指标", cue: "满意度" } }],
    },
    {
      name: "an output counted in households under 生态效益 is a quantity (改造户数: no effect word)",
      text: form({ name: "农村改厕奖补", goal: "完成农村户厕改造", rows: [row("效益指标", "生态效益指标", "农村厕所改造户数", "≥300户")] }),
      errors: [{ messageId: "notThisLevel", severity: "warning", line: 9, data: { level2: "生态效益指标" } }],
    },
    {
      name: "a satisfaction of a named group under 社会效益 still belongs to 满意度 (no social feeling in the name)",
      text: form({ name: "社会治安防控经费", goal: "提升群众安全感", rows: [row("效益指标", "社会效益指标", "参赛群众满意度", "≥90%")] }),
      errors: [{ messageId: "belongsTo", severity: "warning", line: 9, data: { level2: "社会效益指标", expectedLevel2: "服务对象满意度指标" } }],
    },
    { name: "an output counted with a floor under 社会成本 belongs to 数量 (warning: a count can measure a social cost)", text: harms, errors: [{ messageId: "belongsTo", severity: "warning", line: lineOf(harms, "培训农机手人数"), data: { level2: "社会成本指标", expectedLevel2: "数量指标", cue: "人数" } }] },
  ],
});

// the unit check and vague-value ask the same service: a harm is not asked for money
ruleTester.run("impossible-target", {
  valid: [{ name: "areas and events capped under 社会成本 / 生态环境成本 are not foreign units", text: harms }],
  invalid: [
    {
      name: "an area under 经济成本指标 still cannot measure money",
      text: form({ name: "高标准农田建设", goal: "建成高标准农田1.2万亩", rows: ["\t成本指标\t经济成本指标\t施工临时占用耕地\t≤40亩\t\t\t10\t10"] }),
      errors: [{ messageId: "wrongUnit", evidence: "≤40亩" }],
    },
  ],
});

ruleTester.run("vague-value", {
  valid: [{ name: "a nil harm is a checkable end state (无明显影响)", text: form({ name: "林区道路修缮", goal: "修缮林区道路8公里", rows: [row("成本指标", "社会成本指标", "对林农生产生活的影响", "无明显影响")] }) }],
  invalid: [
    {
      name: "a bare word under 生态环境成本 is allowed but weak (info), not asked for 元",
      text: form({ name: "林区道路修缮", goal: "修缮林区道路8公里", rows: ["\t成本指标\t生态环境成本指标\t施工扬尘\t符合要求\t\t\t10\t10"] }),
      errors: [{ messageId: "harm", severity: "info", data: { level2: "生态环境成本指标", name: "施工扬尘" } }],
    },
  ],
});
