/**
 * Layout: shanxi-self-assessment — 山西项目支出绩效自评表（版式一）：年初预算数（目标申报数/预算编制数）、全年预算数、全年执行数、资金结(转)余、执行率、得分；指标表 年初指标值 调整后指标值 实际完成值 分值 得分 偏差原因；总分与等级；项目绩效分析
 *
 * match() works from header keywords; parse() reads the form with the shared self-assessment
 * reader (src/layouts/self-assessment/parse.ts), whose modules document how each block is found.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";
import { parseSelfAssessment } from "./self-assessment/parse.js";

const KEYWORDS = ["目标申报数", "预算编制数", "调整后指标值", "实际完成值", "全年执行数", "资金结"];

export const shanxiSelfAssessment: LayoutRecognizer = {
  id: "shanxi-self-assessment",
  kind: "self-assessment",
  explains: ["rowLabel", "level1", "level2", "name", "target", "adjusted", "actual", "weight", "score", "reasons"],
  description: "山西项目支出绩效自评表（版式一）：年初预算数（目标申报数/预算编制数）、全年预算数、全年执行数、资金结(转)余、执行率、得分；指标表 年初指标值 调整后指标值 实际完成值 分值 得分 偏差原因；总分与等级；项目绩效分析",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse(region, diagnostics) {
    return parseSelfAssessment(region, diagnostics, "shanxi-self-assessment", {});
  },
};
