/**
 * The sixth development set (issue 9): invented forms of five departments planting the shapes a
 * reviewer calls "not filled in" (checklist items 8 and 10: `**`, `XX`, `×××`, `≥%`, `=个`, "……",
 * "指标2：", a level-2 name as the 三级指标, an actual copying its target or saying only "已完成" /
 * "达成预期指标", "/" "无" "—" or the template's instruction in 项目概况 and 保证措施, one stock sentence
 * in every 偏差原因 cell, an actual left empty) beside correct look-alikes ("0起", "0次", "—" in
 * 调整后指标值, "无" as the 偏差原因 of a full-marks row, "100%" under "=100%", dashes in date ranges).
 * Gold written by the generator that plants the defects, before the tool was run:
 * test/fixtures/checklist-dev-6/README.md. Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-6";

describe("checklist-dev-6: placeholders without false alarms on invented forms", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels the placeholder family only", () => {
    expect(cat("placeholder")?.gold).toBe(29);
    expect(ev.categories.filter((x) => x.category !== "placeholder").every((x) => x.gold === 0)).toBe(true);
  });
  // end of the round: 27 of 29 found, 28 predicted (first run: 24 of 29, 38 predicted). Misses: "—"
  // as the 偏差原因 of a row that lost points (weak-evidence takes any text as a reason) and a level-2
  // name in the 三级指标 cell of a -layout form that the reader takes for the level-2 label
  it("placeholder: precision ≥ 0.9, recall ≥ 0.88", () => {
    const c = cat("placeholder")!;
    expect(c.precision ?? 0, explain("placeholder")).toBeGreaterThanOrEqual(0.9);
    expect(c.recall ?? 0, explain("placeholder")).toBeGreaterThanOrEqual(0.88);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(7);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
