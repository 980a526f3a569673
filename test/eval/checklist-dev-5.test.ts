/**
 * The fifth development set (issue 9): score arithmetic and consistency on scoring schemes and
 * wordings the rules were not tuned to — 10- and 20-point budget rows, 权重 per level 1 (产出 40 /
 * 效益 40), 权重占比 with 评分 / 折算得分, department-level forms with 基本支出/项目支出 rows, a
 * 项目属性/项目期 header, qualitative tiers and reverse indicators. Gold written by the generator that
 * plants the defects, before the tool was run: test/fixtures/checklist-dev-5/README.md. Counted at
 * warning and above, like checklist-dev-2.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-5";

describe("checklist-dev-5: score arithmetic and consistency on unseen schemes", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels the planted defects", () => {
    expect(cat("score-arithmetic")?.gold).toBe(17);
    expect(cat("inconsistency")?.gold).toBe(3);
  });
  // re-run on main 5211543: 14 of 17 found, 14 of 16 predicted (the two analysis lines are read since
  // decision 78). The misses: a "综合评价等级" grade line the reader does not take; Σ分值 ≠ the level-1
  // weight and zero execution with full marks, found but reported on the level-1 row and the 合计 row
  // (decisions 46 and 57 b), where docs/labelling.md puts them on the 总分 and funds rows (each also a
  // false alarm). Recall floor raised from 0.64 (12 of 17 less one) to 0.76 (14 of 17 less one), the
  // same one-item margin; precision's 0.8 already allows one more false alarm (14 of 17)
  it("score arithmetic: precision ≥ 0.8, recall ≥ 0.76", () => {
    const c = cat("score-arithmetic")!;
    expect(c.precision ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.8);
    expect(c.recall ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.76);
  });
  // end of the round and re-run: 3 of 3, no false alarm (floors keep a one-item margin)
  it("inconsistency: precision ≥ 0.75, recall ≥ 0.66", () => {
    const c = cat("inconsistency")!;
    expect(c.precision ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.75);
    expect(c.recall ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.66);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
