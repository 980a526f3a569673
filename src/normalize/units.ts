/**
 * Units seen in indicator values, normalised, with their dimension and scale to the base unit
 * of that dimension (元 for money, 平方米 for area, 天 for time, 个/人/次 count as themselves).
 */
import type { UnitDimension } from "../model/types.js";

export interface UnitInfo {
  unit: string;
  dimension: UnitDimension;
  scale: number;
}

const table: [string[], string, UnitDimension, number][] = [
  [["%", "％", "百分比", "百分点"], "%", "percent", 1],
  [["‰"], "‰", "percent", 0.1],
  [["元"], "元", "money", 1],
  [["千元"], "千元", "money", 1e3],
  [["万元", "万"], "万元", "money", 1e4],
  [["亿元", "亿"], "亿元", "money", 1e8],
  [["元/人", "元/人·年", "元/人/年"], "元/人", "money", 1],
  [["元/台", "元/套", "元/件", "元/个", "元/次", "元/辆", "元/平方米", "元/平方米·月", "元/平米", "元/天", "元/月", "元/年", "元/吨", "元/公里", "元/小时", "元/户", "元/间", "元/批", "元/张", "元/期"], "", "money", 1],
  [["万元/年", "万元/台", "万元/辆", "万元/套", "万元/个", "万元/人", "万元/次", "万元/项", "万元/公里"], "", "money", 1e4],
  [["平方米", "平米", "㎡", "m2", "m²", "平方"], "平方米", "area", 1],
  [["平方公里", "km2", "km²"], "平方公里", "area", 1e6],
  [["公顷", "ha"], "公顷", "area", 1e4],
  [["亩"], "亩", "area", 666.67],
  [["公里", "千米", "km"], "公里", "length", 1000],
  [["米", "m"], "米", "length", 1],
  [["吨"], "吨", "weight", 1000],
  [["公斤", "千克", "kg"], "公斤", "weight", 1],
  [["立方米", "m3", "方"], "立方米", "volume", 1],
  [["千瓦时", "度", "kwh", "kWh"], "千瓦时", "energy", 1],
  [["天", "日", "个工作日", "工作日"], "天", "time", 1],
  [["小时", "h"], "小时", "time", 1 / 24],
  [["分钟", "分"], "分钟", "time", 1 / 1440],
  [["周"], "周", "time", 7],
  [["个月", "月"], "月", "time", 30],
  [["年"], "年", "time", 365],
  [["季度"], "季度", "time", 91],
  [
    [
      "个", "人", "人次", "名", "次", "件", "台", "套", "辆", "项", "处", "所", "家", "批", "份", "册", "本", "张", "篇",
      "场", "期", "起", "宗", "条", "户", "间", "座", "栋", "块", "只", "头", "部", "支", "把", "根", "组", "类", "点",
      "路", "个点", "个月次", "车次", "架次", "班", "队", "村", "所次", "台套", "台(套)", "台（套）", "套(台)", "人/次",
      "人/年", "次/年", "次/月", "场次", "例", "单", "平台", "个系统", "系统", "节", "课时", "学时", "门", "箱", "盒",
      "瓶", "桶", "袋", "双", "副", "顶", "面", "幅", "枚", "盏", "杆", "基", "眼", "口", "台次", "辆次", "户次", "批次", "次数",
      "卷", "册次", "宗次", "起次", "警次", "个次", "床", "件次", "页",
      "人数", "项目", "个数", "万人", "万人次", "万次", "万件", "万份", "万张",
    ],
    "",
    "count",
    1,
  ],
  [["分"], "分", "other", 1],
  [["级"], "级", "other", 1],
  [["倍"], "倍", "other", 1],
];

export const UNITS = new Map<string, UnitInfo>();
for (const [aliases, canon, dimension, scale] of table) {
  for (const a of aliases) {
    if (UNITS.has(a)) continue; // first definition wins ("分" is minutes before score)
    let s = scale;
    if (dimension === "count" && a.startsWith("万")) s = 1e4;
    UNITS.set(a, { unit: canon || a, dimension, scale: s });
  }
}

/** Look a unit up, tolerating brackets, spaces and a trailing "/年" style qualifier. */
export function lookupUnit(text: string): UnitInfo | null {
  const t = text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")");
  if (!t) return null;
  const direct = UNITS.get(t);
  if (direct) return direct;
  // "台（套）" → "台", "个(次)" → "个"
  const stripped = t.replace(/\(.*?\)$/, "");
  if (stripped !== t && UNITS.get(stripped)) return UNITS.get(stripped)!;
  // "元/平方米·月" and other rates: dimension from the numerator
  const slash = /^([^/]+)\/(.+)$/.exec(t);
  if (slash) {
    const num = UNITS.get(slash[1]);
    if (num) return { unit: t, dimension: num.dimension, scale: num.scale };
  }
  // "万册次", "万户", "万亩", "万吨": ten thousand of any counted or measured thing
  const wan = /^万(.+)$/u.exec(t);
  if (wan) {
    const c = UNITS.get(wan[1]);
    if (c && ["count", "area", "length", "weight", "volume", "energy"].includes(c.dimension)) return { unit: t, dimension: c.dimension, scale: c.scale * 1e4 };
  }
  return null;
}
