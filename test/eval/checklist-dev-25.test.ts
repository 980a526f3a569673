/**
 * The twenty-fifth development set (issue 9): six documents in six templates written blind by a helper
 * who never saw the tool, planting truncation, misclassification and self-score arithmetic beside correct
 * look-alikes and six forms a careful department would write (false alarms). Gold by the writer, one
 * natural defect added on review (test/fixtures/checklist-dev-25/README.md). Counted at warning and above.
 * Tuned data: the floors are the figures the round reached, not a measure of unseen forms.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-25";

describe("checklist-dev-25: truncation, misclassification, self-score arithmetic and false alarms", async () => {
  const { ev, cat, explain, findings, offGold } = await evaluateDevSet(DIR);
  const at = (ruleId: string, messageId?: string) =>
    findings.filter((f) => f.ruleId === ruleId && (!messageId || f.messageId === messageId)).map((f) => `${basename(f.source).split("_")[1]}:${f.line}:${f.severity}`);

  it("labels 49 defects at warning level: 18 truncations, 15 misclassifications, 15 score-arithmetic, 1 inconsistency (added on review)", () => {
    expect(ev.overall.gold).toBe(49);
    expect(cat("truncation")?.gold).toBe(18);
    expect(cat("misclassification")?.gold).toBe(15);
    expect(cat("score-arithmetic")?.gold).toBe(15);
    expect(cat("inconsistency")?.gold).toBe(1);
  });
  // first run (start of the round, c7bac2a, gold as written): 38 of 48, 40 predicted (95.0% / 79.2%); truncation
  // 12 of 18, misclassification 13 of 15, score arithmetic 13 of 15. End (gold with the added label): 48 of 49,
  // 48 predicted (100% / 98.0%); the miss left is a reader gap (a 结余结转 column not read: README).
  it("truncation: all 18 found, nothing else reported", () => {
    const c = cat("truncation")!;
    expect(c.recall ?? 0, explain("truncation")).toBe(1);
    expect(c.precision ?? 0, explain("truncation")).toBe(1);
  });
  it("misclassification: all 15 found, no false alarm, every finding on a labelled row", () => {
    const c = cat("misclassification")!;
    expect(c.recall ?? 0, explain("misclassification")).toBe(1);
    expect(c.precision, explain("misclassification")).toBe(1);
    const off = offGold("misclassification");
    expect(off, off.join("\n")).toEqual([]);
  });
  it("score arithmetic: every label found (the 结余结转 balance column read since the header synonym was added), nothing else reported", () => {
    expect(cat("score-arithmetic")?.recall ?? 0, explain("score-arithmetic")).toBe(1);
    expect(cat("score-arithmetic")?.precision, explain("score-arithmetic")).toBe(1);
  });
  it("overall: precision 1, recall 1", () => {
    expect(ev.overall.precision ?? 0, explain()).toBe(1);
    expect(ev.overall.recall ?? 0, explain()).toBe(1);
  });
  it("the round's principles: a quantity in the analysis against its 数量 actual, a unit lost beside the goal's figure, a number cell broken in two", () => {
    expect(at("narrative-contradicts-table", "quantity")).toEqual(["北林县:29:error"]);
    expect(at("truncated-text", "unitLostGoal")).toEqual(["松河县:56:warning"]);
    expect(at("broken-number")).toEqual(["岚溪县:76:warning"]);
  });
  it("the misplacements the round's principles find: a cost spent under 社会效益, sessions of the project's own training under 社会效益", () => {
    expect(at("misclassified-indicator")).toEqual(expect.arrayContaining(["北林县:69:warning", "岚溪县:22:warning"]));
  });
  it("a funds block whose own 原因 cell says why nothing was spent asks no reason (low-execution-reason quiet)", () => {
    expect(at("low-execution-reason")).toEqual([]);
  });
  it("clean forms: none flagged", () => {
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
