/**
 * Layout: weighted-self-assessment — 项目支出绩效自评表（版式二，附件1）：一级指标权重、资金行 分值/执行率/得分、年度指标值与实际完成值
 *
 * STUB: match() works from header keywords; parse() is not implemented yet.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";

const KEYWORDS = ["权重", "年度指标值", "实际完成值", "全年执行数", "年度总体目标"];

export const weightedSelfAssessment: LayoutRecognizer = {
  id: "weighted-self-assessment",
  kind: "self-assessment",
  description: "项目支出绩效自评表（版式二，附件1）：一级指标权重、资金行 分值/执行率/得分、年度指标值与实际完成值",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse() {
    throw new Error("layout weighted-self-assessment: parse() not implemented");
  },
};
