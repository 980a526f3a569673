/**
 * Fund sources named by the level of government that pays them ("中央资金 / 省级资金 / 县级资金"), stacked
 * under the total in a -layout print. Invented form and figures; expectations written by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const text = [
  "                          项目支出绩效目标申报表",
  "                            （2025年度）                        单位：万元",
  "项目名称              乡镇农技推广站设备购置",
  "主管部门及代码        某县农业农村局 [412]",
  "实施单位              某县农业技术推广中心        项目编码    52263125T000000101",
  "项目属性              一次性项目                  项目期      1年",
  "项目资金              年度资金总额                90.00",
  "（万元）              其中：中央资金              40.00",
  "                      省级资金                    30.00",
  "                      县级资金                    20.00",
  "年度目标              为12个乡镇农技推广站购置土壤检测设备",
  "一级指标     二级指标       三级指标                 指标值",
  "产出指标     数量指标       购置检测设备套数         =12套",
  "满意度指标   服务对象满意度 农户满意度               ≥90%",
].join("\n");

describe("fund sources named by the level of government", () => {
  it("reads 中央资金, 省级资金 and 县级资金 as the total's three sources (省级资金 was left unread)", () => {
    const f = parse(text).forms[0];
    expect(f.funds.annualTotal).toBe(90);
    expect((f.funds.sources ?? []).map((s) => [s.name, s.annual])).toEqual([
      ["中央资金", 40],
      ["省级资金", 30],
      ["县级资金", 20],
    ]);
  });
});
