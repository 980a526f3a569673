/**
 * The money unit written on a line above the form ("金额单位：万元", or after the compiler's name on
 * one line) is the unit of the form's funds, so cost targets can be compared with the funds.
 */
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";

const form = (above: string[]) =>
  [
    ...above,
    "项目名称\t\t某县乡村医生培训项目",
    "主管部门\t\t某县卫生健康局\t\t实施单位\t某县卫生进修学校",
    "项目资金\t\t年度资金总额\t80\t财政拨款\t80\t其他资金\t0",
    "年度目标\t\t培训乡村医生300人次。",
    "一级指标\t二级指标\t三级指标\t指标性质\t符号\t值\t单位\t指标方向性",
    "产出指标\t数量指标\t培训乡村医生\t定量\t≥\t300\t人次\t正向",
    "\t成本指标\t项目总成本\t定量\t≤\t80\t万元\t反向",
    "",
  ].join("\n");

async function unitOf(text: string): Promise<string | null> {
  const doc = await parseBytes("case.txt", Buffer.from(text, "utf8"));
  expect(doc.forms.length).toBe(1);
  return doc.forms[0].funds.unit ?? null;
}

describe("the funds unit on a line above the form", () => {
  it("takes 金额单位：万元 between the title and the first field", async () => {
    expect(await unitOf(form(["项目支出绩效目标表", "（2025年度）", "金额单位：万元"]))).toBe("万元");
  });
  it("takes it after the compiler's name on the same line", async () => {
    expect(await unitOf(form(["项目支出绩效目标表", "编制单位：某县卫生健康局\t\t\t金额单位：元"]))).toBe("元");
  });
  it("finds none when no line states it", async () => {
    expect(await unitOf(form(["项目支出绩效目标表", "（2025年度）"]))).toBeNull();
  });
});
