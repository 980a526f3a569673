/**
 * The twenty-fourth development set (issue 9): six documents in six templates written blind by a helper
 * who never saw the tool, planting the families the pooled held-out figures show weakest — truncation,
 * misclassification and self-score arithmetic — beside correct look-alikes. Gold by the writer
 * (test/fixtures/checklist-dev-24/README.md). Counted at warning and above. Tuned data: the floors are the
 * figures the round reached, not a measure of unseen forms.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-24";

describe("checklist-dev-24: truncation, misclassification and self-score arithmetic", async () => {
  const { ev, cat, explain, findings, offGold } = await evaluateDevSet(DIR);
  const at = (ruleId: string, messageId?: string) =>
    findings.filter((f) => f.ruleId === ruleId && (!messageId || f.messageId === messageId)).map((f) => `${basename(f.source).split("_")[1]}:${f.line}:${f.severity}`);

  it("labels 46 defects at warning level: 18 truncations, 15 misclassifications, 13 score-arithmetic", () => {
    expect(ev.overall.gold).toBe(46);
    expect(cat("truncation")?.gold).toBe(18);
    expect(cat("misclassification")?.gold).toBe(15);
    expect(cat("score-arithmetic")?.gold).toBe(13);
  });
  // first run (start of the round, 1fa0986): overall 37 of 46, 41 predicted (90.2% / 80.4%); truncation 13 of
  // 18, misclassification 11 of 15. End: 44 of 46, 48 predicted (91.7% / 95.7%). The four false alarms left
  // were a reader gap (README, "Reader gaps left"), read since decision 131: 44 of 46, 44 predicted (100% / 95.7%).
  it("truncation: recall ≥ 0.94, precision 1 (the reader gap's two false alarms gone, decision 131)", () => {
    const c = cat("truncation")!;
    expect(c.recall ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.94);
    expect(c.precision ?? 0, explain("truncation")).toBe(1);
  });
  it("misclassification: recall ≥ 0.93, no false alarm, every finding on a labelled row", () => {
    const c = cat("misclassification")!;
    expect(c.recall ?? 0, explain("misclassification")).toBeGreaterThanOrEqual(0.93);
    expect(c.precision, explain("misclassification")).toBe(1);
    const off = offGold("misclassification");
    expect(off, off.join("\n")).toEqual([]);
  });
  it("score arithmetic: all found, nothing else reported", () => {
    expect(cat("score-arithmetic")?.recall, explain("score-arithmetic")).toBe(1);
    expect(cat("score-arithmetic")?.precision, explain("score-arithmetic")).toBe(1);
  });
  it("overall: precision 1, recall ≥ 0.95 (0.91 / 0.95 before decision 131)", () => {
    expect(ev.overall.precision ?? 0, explain()).toBe(1);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.95);
  });
  it("the cuts the round's principles find: a lone 举, 晋 and 赠, a count name whose goal writes the counted word after the same figure", () => {
    expect(at("truncated-text")).toEqual(expect.arrayContaining(["岚川县:17:warning", "松塬县:156:warning", "青岚县:19:warning"]));
    expect(at("truncated-text", "countElsewhere")).toEqual(["柏源县:82:warning"]);
  });
  it("the misplacements the round's principles find: a share under 数量 and under 时效, staff posted under 社会效益, a price under 数量 (error)", () => {
    expect(at("misclassified-indicator")).toEqual(expect.arrayContaining(["梧溪县:14:warning", "禾丰县:59:warning", "柏源县:20:warning", "梧溪县:65:error"]));
  });
  it("no stale date is read from the years inside a work's title (《…县志（2011—2020）》)", () => {
    expect(at("project-dates")).toEqual([]);
  });
  it("clean forms: none flagged (the one the reader gap flagged is read whole since decision 131)", () => {
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
