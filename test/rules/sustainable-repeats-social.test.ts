import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf } from "../fixtures/copied-text/snippet.js";

// 004 l.200/201: “改善群众生活环境质量 有效改善” under 社会效益 and again under 可持续影响
const repeat = form({
  name: "交通违法举报、涉邪教违法犯罪举报奖励",
  goal: "奖励群众举报违法线索",
  rows: ["\t效益指标\t社会效益指标\t改善群众生活环境质量\t有效改善\t有效改善\t有效改善\t10\t10", "\t\t可持续影响指标\t改善群众生活环境质量\t有效改善\t有效改善\t有效改善\t10\t10"],
});
// invented (dev-18 kind): a target form whose 可持续影响 row is renamed but states the 社会效益 row's sentence word for word
const tgt = (social: string, lasting: string) =>
  [
    "项目支出绩效目标表",
    "项目名称\t村级文化广场维护经费",
    "主管部门\t某县文化和旅游局",
    "年度绩效目标\t维护全县36个村级文化广场，保障群众文体活动正常开展。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t维护文化广场数量\t=36个",
    `效益指标\t社会效益指标\t群众文体活动\t${social}`,
    `\t可持续影响指标\t广场长效管护\t${lasting}`,
    "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%",
    "",
  ].join("\n");
const near = form({
  name: "禁毒工作经费",
  goal: "开展禁毒宣传",
  rows: ["\t效益指标\t社会效益指标\t当地群众对禁毒知识的知晓率提升\t有效提升\t有效提升\t有效提升\t10\t10", "\t\t可持续影响指标\t当地群众对禁毒知识知晓率提升\t有效提升\t有效提升\t有效提升\t10\t10"],
});

ruleTester.run("sustainable-repeats-social", {
  valid: [
    {
      name: "a lasting impact that differs from the social effect",
      text: form({ name: "交通隐患治理", goal: "治理交通隐患", rows: ["\t效益指标\t社会效益指标\t交通违法行为减少\t逐步改善\t逐步改善\t改善\t10\t10", "\t\t可持续影响指标\t规范驾驶行为，提高遵守交通规则的意识\t逐步提高\t逐步提高\t提高\t10\t10"] }),
    },
    { name: "the same text twice under 社会效益 is duplicate-indicator's", text: form({ name: "示例", goal: "示例目标", rows: ["\t效益指标\t社会效益指标\t群众安全感提升\t有效提升\t有效提升\t有效提升\t10\t10", "\t\t\t群众安全感提升\t有效提升\t有效提升\t有效提升\t10\t10"] }) },
    {
      name: "invented: two effect rows sharing a short word or a figure are not copied (有效提升 / 有效提升, ≥95% / ≥95%), and a lasting sentence of its own stays",
      text: tgt("广场设施完好，群众文体活动正常开展，参与人数明显增加", "村级广场管护员制度建立并持续运行，设施损坏及时修复"),
    },
    { name: "invented: the same short bare word under both is vague-value's, not a copy", text: tgt("有效提升", "有效提升") },
  ],
  invalid: [
    { name: "004 l.201: identical row", text: repeat, errors: [{ messageId: "repeats", line: lineOf(repeat, "可持续影响指标"), field: "name", data: { socialLine: lineOf(repeat, "社会效益指标"), similarity: "1.00" } }] },
    {
      name: "checklist 7 (invented, dev-18 kind): a renamed 可持续影响 row whose target repeats the 社会效益 row's sentence",
      text: tgt("广场设施完好，群众文体活动正常开展，参与人数明显增加", "广场设施完好，群众文体活动正常开展，参与人数明显增加"),
      errors: [{ messageId: "repeatsValue", line: 8, field: "target", indicator: "广场长效管护", data: { socialLine: 7, similarity: "1.00" } }],
    },
    { name: "near-identical row (one 的 dropped)", text: near, errors: [{ messageId: "repeats", line: lineOf(near, "可持续影响指标"), indicator: "当地群众对禁毒知识知晓率提升" }] },
  ],
});
