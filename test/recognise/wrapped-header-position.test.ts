/**
 * A -layout self-assessment whose indicator header wraps one cell onto the next line under it
 * ("指标" / "性质" for 指标性质, the column that holds the comparator or 定性): the piece completes the
 * cell it is printed under, not the first later cell whose name it could also end ("未完成原因分析" +
 * "性质" would still name the reasons column). Invented form and figures; expectations written by
 * hand from the text.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { at } from "../helpers/layout-text.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const C = [0, 10, 20, 34, 40, 54, 64, 78, 84, 92];
const row = (cells: string[]) => at(cells.map((t, k) => [C[k], t] as [number, string]).filter(([, t]) => t));

const text = [
  "项目支出绩效自评表（2024年度）",
  "项目名称          某县河道保洁经费",
  "主管部门          某县水利局",
  "预算执行情况（10分）",
  "                    年初预算    调整后预算数  预算执行数  预算执行率  权重  得分",
  "总额                20.00       20.00         19.60       98.00%      10    9.80",
  row(["一级指标", "二级指标", "三级指标", "指标", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]),
  row(["", "", "", "性质"]),
  row(["产出指标", "数量指标", "保洁河道长度", "≥", "42", "公里", "42", "30", "30"]),
  row(["", "", "河道垃圾清运", "≥", "600", "吨", "615", "20", "20"]),
  row(["", "", "量"]),
  row(["", "时效指标", "保洁完成时间", "定性", "2024年12月底", "", "2024年12月", "10", "10"]),
  row(["", "", "", "", "前"]),
  row(["", "成本指标", "每公里保洁成", "≤", "4700", "元/公里", "4650", "10", "10"]),
  row(["", "", "本"]),
  row(["满意度指", "服务对象", "沿河居民满意", "≥", "90", "%", "93", "20", "20"]),
  row(["标", "满意度指", "度"]),
  row(["", "标"]),
  row(["合计", "", "", "", "", "", "", "100", "99.80"]),
].join("\n");

describe("a header cell wrapped under itself ('指标' / '性质')", () => {
  const f = parse(text).forms[0];
  it("reads the 指标性质 column: its ≥ / ≤ is each row's comparator, beside the number and unit", () => {
    const byName = new Map(f.indicators.map((i) => [i.name, i]));
    expect(byName.get("保洁河道长度")?.target?.op).toBe(">=");
    expect(byName.get("保洁河道长度")?.target?.value).toBe(42);
    expect(byName.get("每公里保洁成本")?.target?.op).toBe("<=");
    expect(byName.get("每公里保洁成本")?.target?.unit).toBe("元/公里");
  });
  it("a row under an empty level-2 cell keeps its level 2 and its name (the columns do not shift left)", () => {
    const i = f.indicators.find((x) => x.name === "河道垃圾清运量");
    expect(i?.level2).toBe("数量指标");
    expect(i?.target?.value).toBe(600);
  });
  it("a 定性 row's value is its date, not the word 定性", () => {
    const i = f.indicators.find((x) => x.name === "保洁完成时间");
    expect(i?.valueKind).toBe("qualitative");
    expect(i?.target?.raw).toContain("2024年12月底");
    expect(i?.target?.raw).not.toContain("定性");
  });
  it("the reasons column keeps its own header", () => {
    expect(f.indicators.map((i) => i.name)).toEqual(["保洁河道长度", "河道垃圾清运量", "保洁完成时间", "每公里保洁成本", "沿河居民满意度"]);
  });
});
