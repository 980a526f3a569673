/**
 * The twenty-second development set (issue 9): six documents in six templates written blind by a helper
 * who never saw the tool, planting the mission's families (truncation, placeholders, impossible targets,
 * boilerplate, score arithmetic) as other hands make them, beside correct look-alikes. Gold by the writer
 * (test/fixtures/checklist-dev-22/README.md). Counted at warning and above. Tuned data: the floors are the
 * figures the round reached, not a measure of unseen forms.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-22";

describe("checklist-dev-22: the mission's families by other hands", async () => {
  const { ev, cat, explain, findings } = await evaluateDevSet(DIR);
  const at = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${basename(f.source).split("_")[1]}:${f.line}:${f.severity}`);

  it("labels 41 defects at warning level: 13 truncations, 10 placeholders, 8 boilerplate, 6 score-arithmetic, 4 impossible targets", () => {
    expect(ev.overall.gold).toBe(41);
    expect(cat("truncation")?.gold).toBe(13);
    expect(cat("placeholder")?.gold).toBe(10);
    expect(cat("boilerplate")?.gold).toBe(8);
    expect(cat("score-arithmetic")?.gold).toBe(6);
    expect(cat("impossible-target")?.gold).toBe(4);
  });
  // first run (start of the round, f72c744): overall 29 of 41, 40 predicted (72.5% / 70.7%), truncation
  // 8 of 13 with 16 predicted; end: 34 of 41, 45 predicted (75.6% / 82.9%), truncation 12 of 13. Every
  // false alarm left is a reader gap (README, "Reader gaps left"), which this round could not touch.
  it("truncation: recall ≥ 0.92, precision ≥ 0.6 (the false alarms left are reader gaps)", () => {
    const c = cat("truncation")!;
    expect(c.recall ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.92);
    expect(c.precision ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.6);
  });
  it("overall: precision ≥ 0.77, recall ≥ 0.90 (0.75 / 0.82 before the copies’ originals were reported at warning, decision 122)", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.77);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.90);
  });
  it("score arithmetic and impossible targets: all found, nothing else reported", () => {
    for (const c of ["score-arithmetic", "impossible-target"]) {
      expect(cat(c)?.recall, explain(c)).toBe(1);
      expect(cat(c)?.precision, explain(c)).toBe(1);
    }
  });
  it("placeholder ≥ 0.8 recall and boilerplate ≥ 0.5 recall, both without a false alarm", () => {
    expect(cat("placeholder")?.recall ?? 0, explain("placeholder")).toBeGreaterThanOrEqual(0.8);
    expect(cat("placeholder")?.precision, explain("placeholder")).toBe(1);
    expect(cat("boilerplate")?.recall ?? 0, explain("boilerplate")).toBeGreaterThanOrEqual(0.5);
    expect(cat("boilerplate")?.precision, explain("boilerplate")).toBe(1);
  });
  it("the cuts the round's principles find: a lone 标 and 协, a bare verb ending a goal, a percentage name whose rate the results text writes", () => {
    expect(at("truncated-text")).toEqual(expect.arrayContaining(["燕平县:18:warning", "辽川县:61:warning", "凌渡县:79:warning", "潮屿县:24:warning"]));
  });
  it("a sentence of one project's facts copied into another's analysis: a warning in the copy and in its own form (the original of a copy, decision 122)", () => {
    expect(at("copied-text")).toEqual(expect.arrayContaining(["辽川县:87:warning", "辽川县:67:warning"]));
  });
  it("clean forms: at most the three the reader gaps flag", () => {
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBeLessThanOrEqual(3);
  });
});
