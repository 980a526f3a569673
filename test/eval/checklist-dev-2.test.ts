/**
 * The second development set for the two weakest mission families (issue 9): invented
 * self-assessments planting one score-arithmetic defect each (执行率 stated wrong, an uncapped budget
 * score, 资金结余 ≠ 预算 − 执行, 得分 > 分值, Σ分值 ≠ 100, Σ得分 ≠ 总分 with and without the budget
 * score, 总分 > 100, a wrong grade band, full marks on a shortfall or with zero execution) and
 * target forms planting truncations (names, goals, units, brackets, dates, header fields), with
 * correct forms (rounding, short complete names, texts without a final stop) to keep precision. Gold
 * written by hand before the tool was run: test/fixtures/checklist-dev-2/README.md. Counted at
 * warning and above, like checklist-dev.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-2";

describe("checklist-dev-2: score arithmetic and truncation on invented forms", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels both families", () => {
    expect(cat("score-arithmetic")?.gold).toBe(17);
    expect(cat("truncation")?.gold).toBe(16);
  });
  // end of the round: 15 of 17, 15 of 17 predicted. Both misses are found but reported 7 and 14 lines
  // from where docs/labelling.md puts them (each is also the one false alarm): zero execution with
  // full marks on the 总分 row, where the v1 gold wants it (decision 57 b), and weight shares adding up
  // to 95% on the first indicator row, because the reader does not take the 合计 row's 权重占比 total
  it("score arithmetic: precision ≥ 0.85, recall ≥ 0.85", () => {
    const c = cat("score-arithmetic")!;
    expect(c.precision ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.85);
    expect(c.recall ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.85);
  });
  it("truncation: every planted cut found, no false alarm", () => {
    const c = cat("truncation")!;
    expect(c.precision ?? 0, explain("truncation")).toBe(1);
    expect(c.recall ?? 0, explain("truncation")).toBe(1);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(10);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
