/**
 * The tenth development set (issue 9): six documents of six kinds of department written blind by a
 * helper who never saw the tool, planting misclassification, vague-value and boilerplate defects
 * beside many correct look-alikes — the wording real departments use under each level 2 (设备完好率
 * under 可持续影响, counts of beneficiaries under 社会效益, 年节约电费 under 经济效益, 化学需氧量削减量 under
 * 生态效益). Gold by the writer (test/fixtures/checklist-dev-10/README.md). Counted at warning and above.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-10";

describe("checklist-dev-10: what a level 2 measures, without false alarms", async () => {
  const { ev, cat, explain, findings, offGold } = await evaluateDevSet(DIR);

  it("labels 11 misclassifications, 7 vague values and 5 boilerplate defects at warning level", () => {
    expect(cat("misclassification")?.gold).toBe(11);
    expect(cat("vague-value")?.gold).toBe(7);
    expect(cat("boilerplate")?.gold).toBe(5);
  });
  // first run (start of the round): misclassification 10 of 11, 12 predicted (83.3% / 90.9%), with
  // three more false alarms the evaluator forgave for standing next to a planted row; vague-value
  // 7 of 7. End: misclassification 11 of 11, 11 predicted; vague-value 7 of 7.
  it("misclassification: precision ≥ 0.9, recall ≥ 0.9", () => {
    const c = cat("misclassification")!;
    expect(c.precision ?? 0, explain("misclassification")).toBeGreaterThanOrEqual(0.9);
    expect(c.recall ?? 0, explain("misclassification")).toBeGreaterThanOrEqual(0.9);
  });
  it("vague-value: precision ≥ 0.85, recall ≥ 0.85", () => {
    const c = cat("vague-value")!;
    expect(c.precision ?? 0, explain("vague-value")).toBeGreaterThanOrEqual(0.85);
    expect(c.recall ?? 0, explain("vague-value")).toBeGreaterThanOrEqual(0.85);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(11);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
  // the evaluator forgives a finding within two lines of a gold defect of its category; the look-alikes
  // here stand right next to planted rows, so every misclassification finding must sit on a gold line
  it("every misclassification finding stands on a labelled row (no look-alike beside a planted one)", () => {
    const off = offGold("misclassification");
    expect(off.length, off.join("\n")).toBeLessThanOrEqual(1);
  });
  it("a misplacement the unit proves is an error (a headcount or a number of events under 质量, a date under 数量, a count under 时效)", () => {
    const errors = findings.filter((f) => f.category === "misclassification" && f.severity === "error").map((f) => `${basename(f.source).slice(0, 2)}:${f.line}`);
    expect(errors).toEqual(expect.arrayContaining(["01:43", "02:84", "03:23", "05:88"]));
  });
});
