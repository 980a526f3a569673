import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf } from "../fixtures/copied-text/snippet.js";

// 004 l.200/201: “改善群众生活环境质量 有效改善” under 社会效益 and again under 可持续影响
const repeat = form({
  name: "交通违法举报、涉邪教违法犯罪举报奖励",
  goal: "奖励群众举报违法线索",
  rows: ["\t效益指标\t社会效益指标\t改善群众生活环境质量\t有效改善\t有效改善\t有效改善\t10\t10", "\t\t可持续影响指标\t改善群众生活环境质量\t有效改善\t有效改善\t有效改善\t10\t10"],
});
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
  ],
  invalid: [
    { name: "004 l.201: identical row", text: repeat, errors: [{ messageId: "repeats", line: lineOf(repeat, "可持续影响指标"), field: "name", data: { socialLine: lineOf(repeat, "社会效益指标"), similarity: "1.00" } }] },
    { name: "near-identical row (one 的 dropped)", text: near, errors: [{ messageId: "repeats", line: lineOf(near, "可持续影响指标"), indicator: "当地群众对禁毒知识知晓率提升" }] },
  ],
});
