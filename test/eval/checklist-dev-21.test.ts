/**
 * The twenty-first development set (issue 9): a natural county submission — six documents in six
 * provinces' templates (Hunan, Sichuan, Yunnan, Guizhou, Henan, Jiangxi), four forms each, ten of them
 * clean — written blind by a helper who never saw the tool, with defects from most checklist groups
 * beside correct look-alikes (wrapped cells and labels, page breaks inside forms, reverse and zero
 * targets, proportional scores, a 20-point budget scheme). Gold by the writer
 * (test/fixtures/checklist-dev-21/README.md). Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-21";
const CATEGORIES = ["placeholder", "truncation", "impossible-target", "boilerplate", "score-arithmetic", "inconsistency", "misclassification", "vague-value", "stale-date"];

describe("checklist-dev-21: a natural county submission", async () => {
  const { ev, cat, explain, offGold } = await evaluateDevSet(DIR);

  it("labels 29 defects, all at warning level or above (7 truncations, 6 score-arithmetic)", () => {
    expect(ev.overall.gold).toBe(29);
    expect(cat("truncation")?.gold).toBe(7);
    expect(cat("score-arithmetic")?.gold).toBe(6);
  });
  // first run (start of the round, main ef109ff): 23 of 29 found, 34 predicted (67.6% / 79.3%), 2 of
  // 10 clean forms flagged — a Sichuan -layout header whose "指标" / "性质" wrapped was misread and
  // every row shifted; end: 28 of 29, 28 predicted (the one left: a copied goal's original, reported as info)
  it("overall: precision ≥ 0.96, recall ≥ 0.96", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.96);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.96);
  });
  it("truncation (the mission family weakest on unseen sets): 7 of 7, no false alarm", () => {
    const c = cat("truncation")!;
    expect(c.truePositives, explain("truncation")).toBeGreaterThanOrEqual(7);
    expect(c.precision ?? 0, explain("truncation")).toBe(1);
  });
  it("score arithmetic, placeholders and impossible targets: every planted defect, no false alarm", () => {
    for (const k of ["score-arithmetic", "placeholder", "impossible-target"]) {
      const c = cat(k)!;
      expect(c.recall ?? 0, explain(k)).toBe(1);
      expect(c.precision ?? 0, explain(k)).toBe(1);
    }
  });
  it("the clean forms stay quiet", () => {
    expect(ev.cleanForms).toBe(10);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
  // the evaluator forgives a finding within two lines of a gold defect of its category: every finding
  // of this set must stand on a labelled line
  it("every finding stands on a labelled line", () => {
    const off = CATEGORIES.flatMap((c) => offGold(c));
    expect(off, off.join("\n")).toEqual([]);
  });
});
