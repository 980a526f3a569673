/**
 * Layout: shanxi-target — 山西县级项目支出绩效目标表：表头（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金 元，实施期/年度并列）+ 八列指标表（实施期 一级/二级/三级/指标值，年度 二级/三级/指标值）
 *
 * STUB: match() works from header keywords; parse() is not implemented yet.
 */
import type { LayoutRecognizer } from "./types.js";
import { keywordScore, regionText } from "./common/region.js";

const KEYWORDS = ["实施期资金总额", "年度资金总额", "实施期目标", "年度目标", "主管部门及代码"];

export const shanxiTarget: LayoutRecognizer = {
  id: "shanxi-target",
  kind: "target",
  description: "山西县级项目支出绩效目标表：表头（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金 元，实施期/年度并列）+ 八列指标表（实施期 一级/二级/三级/指标值，年度 二级/三级/指标值）",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse() {
    throw new Error("layout shanxi-target: parse() not implemented");
  },
};
