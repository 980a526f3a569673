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
  // Since the list-style -layout print is read (decision 127) truncation is 11 of 13 with no false alarm:
  // the 12th of before was the gold's cut value "≤0.24万元/" (line 38) matched by a false alarm on the name
  // the reader had cut on that line ("单家企业年均服"); read whole, the name is not flagged and the cut
  // value is not either (a rule's gap, as is the goal "…同步实施雨污分", now read whole and unflagged).
  // Since truncated-text knows a rate unit stopping on its slash (decision 132) the cut value is found:
  // 12 of 13, still no false alarm.
  it("truncation: recall ≥ 0.92, precision ≥ 0.95 (no reader gap left; 0.84 before decision 132, 0.92 / 0.6 before decision 127)", () => {
    const c = cat("truncation")!;
    expect(c.recall ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.92);
    expect(c.precision ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.95);
  });
  it("overall: precision ≥ 0.95, recall ≥ 0.95 (0.77 / 0.90 before decision 127; 0.75 / 0.82 before the copies’ originals were reported at warning, decision 122)", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.95);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.95);
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
  it("clean forms: none flagged (the reader gaps that flagged three are read, decisions 124 and 126)", () => {
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
  it("the list-style -layout print: its duplicated indicator, placeholder target and goal placeholder found (decision 127)", () => {
    expect(at("duplicate-indicator")).toEqual(expect.arrayContaining(["海河新区:16:warning"]));
    expect(at("placeholder-value")).toEqual(expect.arrayContaining(["海河新区:33:warning"]));
    expect(at("template-residue")).toEqual(expect.arrayContaining(["海河新区:53:error"]));
  });
});
