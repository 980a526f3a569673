/**
 * Layout: ningxia-target — 宁夏部门项目支出预算绩效目标表：项目名称、主管部门及代码、项目属性、项目资金（万元）、年度总体目标，五列指标表（名称 一级 二级 三级 指标值）
 *
 * STUB: match() works from header keywords; parse() is not implemented yet.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";

const KEYWORDS = ["年度总体目标", "主管部门及代码", "年度资金总额", "项目资金"];

export const ningxiaTarget: LayoutRecognizer = {
  id: "ningxia-target",
  kind: "target",
  description: "宁夏部门项目支出预算绩效目标表：项目名称、主管部门及代码、项目属性、项目资金（万元）、年度总体目标，五列指标表（名称 一级 二级 三级 指标值）",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse() {
    throw new Error("layout ningxia-target: parse() not implemented");
  },
};
