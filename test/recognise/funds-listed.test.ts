import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { loadTemplates, parseTemplate } from "../../src/recognise/templates.js";
import { readHeaderFields } from "../../src/recognise/fields.js";
import { KnowledgeError } from "../../src/engine/knowledge.js";

// invented: a target form whose funds are listed one source per row under "资金来源 | 金额"
const form = (funds: string[]) =>
  [
    "项目支出绩效目标表",
    "项目名称\t林区防火巡护经费",
    "资金来源（万元）",
    ...funds,
    "年度目标\t完成林区巡护800公里以上，火险隐患处置率100%。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t巡护里程\t≥800公里",
    "满意度指标\t服务对象满意度指标\t林农满意度\t≥90%",
  ].join("\n");
const fundsOf = (src: string) => gridToDocument(textToGrid("t.txt", src, "utf-8")).forms[0].funds;

describe("a funds block listed as rows of sources over their amounts", () => {
  it("reads each source row and the 合计 row as the total", () => {
    const f = fundsOf(form(["资金来源\t金额", "中央补助\t12.00", "省级补助\t0.00", "县级财政\t6.50", "合计\t18.50"]));
    expect(f.annualTotal).toBe(18.5);
    expect(f.sources.map((s) => [s.name, s.period])).toEqual([
      ["中央补助", 12],
      ["省级补助", 0],
      ["县级财政", 6.5],
    ]);
  });

  it("reads no block without a total, nor rows that name no fund source", () => {
    expect(fundsOf(form(["资金来源\t金额", "中央补助\t12.00", "县级财政\t6.50"])).sources).toEqual([]);
    const other = fundsOf(form(["资金来源\t金额", "巡护人数\t12", "合计\t18.50"]));
    expect(other.sources.map((s) => s.name)).not.toContain("巡护人数");
  });
});

describe("the header over such a block is template data (fundSourceListHeader)", () => {
  const generic = loadTemplates()[0];
  const lines = (head: string) => [head, "中央补助\t12.00", "县级财政\t6.50", "合计\t18.50"].map((l) => textToGrid("t.txt", l, "utf-8").rows[0]);

  it("reads a header a template adds beside generic's, and generic's own", () => {
    const county = parseTemplate("rules/templates/county.yml", { description: "x", fundSourceListHeader: { name: ["资金渠道"] } }, generic);
    const read = readHeaderFields(county, lines("资金渠道\t金额"));
    expect([read.funds.annualTotal, read.funds.sources.map((s) => [s.name, s.period])]).toEqual([18.5, [["中央补助", 12], ["县级财政", 6.5]]]);
    expect(readHeaderFields(county, lines("资金构成\t预算数（万元）")).funds.sources.map((s) => s.name)).toEqual(["中央补助", "县级财政"]);
    expect(readHeaderFields(generic, lines("资金渠道\t金额")).funds.sources.map((s) => s.name)).not.toContain("县级财政");
  });

  it("is checked at load: its two cells only, each a valid pattern", () => {
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", fundSourceListHeader: { unit: ["万元"] } }, generic)).toThrow(KnowledgeError);
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", fundSourceListHeader: { amount: ["(金额"] } }, generic)).toThrow(/bad\.yml: fundSourceListHeader\.amount\.0/);
  });
});
