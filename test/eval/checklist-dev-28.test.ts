/**
 * The twenty-eighth development set (issue 9): six documents in six templates written blind by a helper
 * who never saw the tool, planting 32 truncations (cut names, labels, values, units, goals, explanations,
 * reasons) beside correct look-alikes — wrapped cells that go on, closed brackets, names ending on whole
 * measure words — and eight clean forms. Gold by the writer, checked by hand and kept as written
 * (test/fixtures/checklist-dev-28/README.md). Counted at warning and above. Tuned data: the floors are the
 * figures the round reached, not a measure of unseen forms.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-28";

describe("checklist-dev-28: truncated text, recall and precision", async () => {
  const { ev, cat, explain, findings, offGold } = await evaluateDevSet(DIR);
  const at = (messageId: string) =>
    findings.filter((f) => f.ruleId === "truncated-text" && f.messageId === messageId).map((f) => `${basename(f.source).split("_")[1]}:${f.line}`);

  it("labels 32 truncations and nothing else", () => {
    expect(ev.overall.gold).toBe(32);
    expect(cat("truncation")?.gold).toBe(32);
  });
  // first run (start of the round, fd58238): truncation 22 of 32, 24 predicted (91.7% / 68.8%), overall 81.5% /
  // 68.8% at warning, 1 of 8 clean forms flagged. End: truncation 31 of 32, 32 predicted (96.9% / 96.9%); the
  // miss is a level-2 label shorter than its short form (生态效), the false alarm a reader gap (README).
  it("truncation: precision ≥ 0.96, recall ≥ 0.96", () => {
    const c = cat("truncation")!;
    expect(c.precision ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.96);
    expect(c.recall ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.96);
  });
  it("overall: precision ≥ 0.88, recall ≥ 0.96 (the other false alarms are reader gaps: wrapped value pieces read as values)", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.88);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.96);
  });
  // the evaluator forgives a finding within two lines of a gold defect: a wrapped value read as cut beside a cut
  // name hid a false alarm on the first run
  it("every truncation finding stands on a labelled line but the one the reader's split row causes", () => {
    const off = offGold("truncation");
    expect(off.length, off.join("\n")).toBeLessThanOrEqual(1);
  });
  it("the round's principles: a figure cut inside its digits, a unit cut to its first characters, a quantity's name cut before its measure word", () => {
    expect(at("figureCut").sort()).toEqual(["石岭县:47", "青禾县:29", "麓川县:83"].sort());
    expect(at("unitCut")).toEqual(expect.arrayContaining(["桐坝县:79"]));
    expect(at("unitNameCut")).toEqual(expect.arrayContaining(["麓川县:12"]));
  });
  it("clean forms: at most one flagged (a reader gap: a value wrapped as ≥98 / % read as two rows)", () => {
    expect(ev.cleanForms).toBe(8);
    expect(ev.cleanFormsFlagged).toBeLessThanOrEqual(1);
  });
});
