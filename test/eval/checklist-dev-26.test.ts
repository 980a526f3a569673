/**
 * The twenty-sixth development set (issue 9): six documents of six kinds of department written blind by a
 * helper who never saw the tool, planting inconsistency and vague-value defects beside many consistent
 * look-alikes — unit conversions (≤42000元/年 on 4.20万元), totals that add up, floors in goal and
 * indicator (12个以上 / ≥12个), 实施期 vs 年度 of a three-year contract, qualitative effect values that name
 * what changes. Gold by the writer (test/fixtures/checklist-dev-26/README.md). Counted at warning and above.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-26";

describe("checklist-dev-26: inconsistency and vague values, without false alarms", async () => {
  const { ev, cat, explain, findings, offGold } = await evaluateDevSet(DIR);

  it("labels 16 inconsistencies, 14 vague values and 2 score-arithmetic defects at warning level", () => {
    expect(cat("inconsistency")?.gold).toBe(16);
    expect(cat("vague-value")?.gold).toBe(14);
    expect(cat("score-arithmetic")?.gold).toBe(2);
  });
  // first run (start of the round): inconsistency 7 of 16, 7 predicted (100% / 43.8%); vague-value 13 of 14,
  // 14 predicted; score-arithmetic 1 of 2. End: inconsistency 12 of 16, 12 predicted; score-arithmetic 2 of 2.
  // 12 of 16 at the fixer's end; 11 since 场次 as a count unit was withdrawn at the merge (decision 137's addendum)
  it("inconsistency: precision ≥ 0.95, recall ≥ 0.68", () => {
    const c = cat("inconsistency")!;
    expect(c.precision ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.95);
    expect(c.recall ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.68);
  });
  it("vague-value: precision ≥ 0.9, recall ≥ 0.9", () => {
    const c = cat("vague-value")!;
    expect(c.precision ?? 0, explain("vague-value")).toBeGreaterThanOrEqual(0.9);
    expect(c.recall ?? 0, explain("vague-value")).toBeGreaterThanOrEqual(0.9);
  });
  // the 实际完成情况 quantity was found at the fixer's end; that comparison was withdrawn at the merge (decision
  // 137's addendum), so only the analysis's 执行率 is
  it("score-arithmetic: the analysis's 执行率 contradiction found, nothing else reported", () => {
    const c = cat("score-arithmetic")!;
    expect(c.recall ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.5);
    expect(c.precision ?? 0, explain("score-arithmetic")).toBe(1);
  });
  // the one clean form flagged is a reader gap left to the readers' helper (a wrapped 实施期 period
  // "2024年1月—" / "2026年12月" read as a cut date; README "Reader gaps left")
  it("the consistent forms stay quiet but for the one reader gap", () => {
    expect(ev.cleanForms).toBe(8);
    expect(ev.cleanFormsFlagged).toBeLessThanOrEqual(1);
  });
  // the evaluator forgives a finding within two lines of a gold defect; the look-alikes (a goal's floor equal
  // to the indicator's, a unit conversion that agrees) stand beside planted rows, so every inconsistency
  // finding must sit on a gold line
  it("every inconsistency finding stands on a labelled row", () => {
    const off = offGold("inconsistency");
    expect(off, off.join("\n")).toEqual([]);
  });
  it("two deadlines for one piece of work and a goal's money against the funds are warnings at the indicator and goal lines", () => {
    const at = (id: string) => findings.filter((f) => f.ruleId === "goal-indicator-mismatch" && f.messageId === id).map((f) => `${basename(f.source).slice(3, 6)}:${f.line}:${f.severity}`);
    expect(at("deadline")).toEqual(expect.arrayContaining(["梅岭县:67:warning", "青石县:80:warning"]));
    expect(at("goalFunds")).toEqual(["柳江县:28:warning"]);
  });
});
