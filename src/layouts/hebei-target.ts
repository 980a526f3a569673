/**
 * Layout: hebei-target — 河北项目绩效目标表：项目编码、项目名称、预算数（万元）、资金支出计划（%）、绩效目标，六列指标表（一级 二级 三级 绩效指标描述 指标值 指标值确定依据），空格分隔、折行
 *
 * STUB: match() works from header keywords; parse() is not implemented yet.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";

const KEYWORDS = ["项目编码", "资金支出计划", "绩效指标描述", "指标值确定依据", "预算规模"];

export const hebeiTarget: LayoutRecognizer = {
  id: "hebei-target",
  kind: "target",
  description: "河北项目绩效目标表：项目编码、项目名称、预算数（万元）、资金支出计划（%）、绩效目标，六列指标表（一级 二级 三级 绩效指标描述 指标值 指标值确定依据），空格分隔、折行",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse() {
    throw new Error("layout hebei-target: parse() not implemented");
  },
};
