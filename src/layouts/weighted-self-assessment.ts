/**
 * Layout: weighted-self-assessment — 项目支出绩效自评表（版式二，附件1）：一级指标权重、资金行 分值/执行率/得分、年度指标值与实际完成值
 *
 * match() works from header keywords; parse() reads the form with the shared self-assessment
 * reader (src/layouts/self-assessment/parse.ts), whose modules document how each block is found.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";
import { parseSelfAssessment } from "./self-assessment/parse.js";

const KEYWORDS = ["权重", "年度指标值", "实际完成值", "全年执行数", "年度总体目标"];

export const weightedSelfAssessment: LayoutRecognizer = {
  id: "weighted-self-assessment",
  kind: "self-assessment",
  explains: ["rowLabel", "level1", "level1Weight", "level2", "name", "target", "actual", "weight", "score", "reasons"],
  description: "项目支出绩效自评表（版式二，附件1）：一级指标权重、资金行 分值/执行率/得分、年度指标值与实际完成值",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse(region, diagnostics) {
    return parseSelfAssessment(region, diagnostics, "weighted-self-assessment", { template: true, joinCjkSpaces: true });
  },
};
