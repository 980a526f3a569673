import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

// invented: a budget publication's section stating its money unit once, above the first of its forms
const form = (name: string, total: string) =>
  [`项目名称\t${name}`, `项目资金\t年度资金总额\t${total}`, "年度总体目标\t完成年度任务。", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t完成任务数\t=2项", ""].join("\n");
const parse = (text: string) => gridToDocument(textToGrid("t.txt", text, "utf-8"));

describe("a money unit stated once for a document's tables", () => {
  it("goes to the forms that state none", () => {
    const d = parse(["项目支出绩效目标表", "单位：万元", form("河道保洁", "12.00"), form("堤防巡查", "8.00")].join("\n"));
    expect(d.forms.map((f) => f.funds.unit)).toEqual(["万元", "万元"]);
  });

  it("is not carried when the first form states none", () => {
    const d = parse(["项目支出绩效目标表", form("河道保洁", "12.00"), "单位：元", form("堤防巡查", "8000")].join("\n"));
    expect(d.forms[0].funds.unit).toBeNull();
  });
});
