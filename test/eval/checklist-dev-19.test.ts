/**
 * The nineteenth development set (issue 9): six documents of six templates written blind by a helper
 * who never saw the tool, planting the mission's families as they occur — names cut at one column
 * width, cut goals, reasons and brackets, placeholders, impossible targets, copied goals and problem
 * statements, score arithmetic — beside correct look-alikes (names exactly as wide as the column but
 * whole, wrapped cells, whole texts without a full stop). Gold by the writer, five unplanted defects
 * added on review (test/fixtures/checklist-dev-19/README.md). Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-19";

describe("checklist-dev-19: the mission's families on unseen documents", async () => {
  const { ev, cat, explain, offGold } = await evaluateDevSet(DIR);

  it("labels 17 truncations, 13 score-arithmetic defects, 9 placeholders, 7 boilerplate and 6 impossible targets at warning level", () => {
    expect(cat("truncation")?.gold).toBe(17);
    expect(cat("score-arithmetic")?.gold).toBe(13);
    expect(cat("placeholder")?.gold).toBe(9);
    expect(cat("boilerplate")?.gold).toBe(7);
    expect(cat("impossible-target")?.gold).toBe(6);
  });
  // first run (start of the round, gold as reviewed): truncation 11 of 17 (64.7%), boilerplate 4 of 7,
  // score-arithmetic 12 of 13, inconsistency 0 of 1, one vague-value false alarm. End: truncation 17 of
  // 17, boilerplate 6 of 7 (the original of a copied goal is info), everything else found, no false alarm.
  // the lost-% check was withdrawn after the round (its only finding on unseen data was a false alarm,
  // decision 118): the target "≥99.5" without its % is the one planted cut left
  it("truncation: every planted cut found but the lost % (names cut at one width, a goal on 依法, a reason inside its adverbial), nothing else", () => {
    const c = cat("truncation")!;
    expect(c.truePositives, explain("truncation")).toBe(c.gold - 1);
    expect(c.predicted, explain("truncation")).toBe(c.gold - 1);
  });
  // the evaluator forgives a finding within two lines of a gold defect of its category; the cut names
  // stand on neighbouring rows, so every truncation finding must sit on a gold line of its own
  it("every truncation finding stands on a labelled row (the whole names beside the cut ones stay quiet)", () => {
    const off = offGold("truncation");
    expect(off, off.join("\n")).toEqual([]);
  });
  it("placeholder, impossible-target, score-arithmetic, inconsistency, stale-date: every defect found, nothing else", () => {
    for (const k of ["placeholder", "impossible-target", "score-arithmetic", "inconsistency", "stale-date", "misclassification", "vague-value"]) {
      const c = cat(k)!;
      expect(c.truePositives, `${k}\n${explain(k)}`).toBe(c.gold);
      expect(c.predicted, `${k}\n${explain(k)}`).toBe(c.gold);
    }
  });
  it("boilerplate: precision 1, recall ≥ 0.85 (the identical 存在问题 of two forms found)", () => {
    const c = cat("boilerplate")!;
    expect(c.precision ?? 0, explain("boilerplate")).toBe(1);
    expect(c.recall ?? 0, explain("boilerplate")).toBeGreaterThanOrEqual(0.85);
  });
  it("overall: precision ≥ 0.98, recall ≥ 0.96 (0.98 before the lost-% check was withdrawn)", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.98);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.96);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(4);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
