/**
 * The budget line's other points a scheme allows (otherBudgetWeights): a form whose indicators' 分值 leave 20 of
 * the 总分 row's 100, with no budget points stated, gives its budget line those 20 — only when the scheme lists 20.
 */
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import { SchemeSchema, loadKnowledge } from "../../src/engine/knowledge.js";
import { budgetWeight } from "../../src/engine/services/scoring.js";
import { sa } from "../helpers/self-assessment-snippet.js";

const rows = [
  "\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t40\t40",
  "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
  "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
];
// an invented form: indicators worth 80, the budget line's score 20 with no points of its own, 总分 row 100
const text = sa({ funds: "\t资金总额:\t20\t20\t20\t20\t0\t100\t20", rows, total: "总分\t\t\t\t\t\t\t100\t100\t优" });

describe("scheme setting otherBudgetWeights", () => {
  it("defaults to [20] and is listed by every bundled scheme", () => {
    for (const id of ["national", "shanxi", "legacy-80-70-60"]) expect(loadKnowledge(id).scheme.otherBudgetWeights).toEqual([20]);
    const parsed = SchemeSchema.parse({ description: "x", budgetWeight: 10, indicatorWeight: 90, grades: [{ grade: "优", min: 90 }, { grade: "差", min: 0 }] });
    expect(parsed.otherBudgetWeights).toEqual([20]);
  });

  it("gives the budget line the rest of the full marks only when the scheme lists it", async () => {
    const doc = await parseBytes("invented.txt", new TextEncoder().encode(text));
    const form = doc.forms[0];
    expect(form).toBeDefined();
    const k = loadKnowledge();
    expect(budgetWeight(form, k.scheme)).toBe(20);
    expect(budgetWeight(form, { ...k.scheme, otherBudgetWeights: [] })).toBe(k.scheme.budgetWeight);
  });
});
