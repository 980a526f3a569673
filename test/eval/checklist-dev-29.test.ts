/**
 * The twenty-ninth development set (issue 9): precision across every checklist item — six documents in six
 * templates (Shanxi side-by-side columns, a `-layout` self-assessment, Hebei with 绩效指标描述, a weighted TAB
 * self-assessment, split value columns with a department-level form, the newer national template with
 * 成本指标 as level 1 and 长期/年度 blocks), 24 forms, 16 of them clean, written blind by a helper who never saw
 * the tool. Gold by the writer, checked by hand and kept as written (test/fixtures/checklist-dev-29/README.md).
 * Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-29";
/** the two documents whose false alarms are the reader gaps listed in the README ("Reader gaps left") */
const READER_GAPS = ["29_安平县_慈善总会_目标2025.txt", "29_泽川市_城市排水管理处_自评2024.txt"];

describe("checklist-dev-29: precision across every checklist item", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels 15 defects at warning level or above, 16 forms clean", () => {
    expect(ev.overall.gold).toBe(15);
    expect(cat("score-arithmetic")?.gold).toBe(5);
    expect(ev.cleanForms).toBe(16);
  });
  // first run (start of the round, main fd58238): 11 of 15 found, 22 predicted (50.0% / 73.3%), 8 of 16
  // clean forms flagged. End: 11 of 15, 18 predicted (61.1% / 73.3%), 4 of 16 flagged — every false alarm
  // left is a reader gap
  it("overall: recall ≥ 0.73, precision ≥ 0.61", () => {
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.73);
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.61);
  });
  it("the misplaced 及时率, the cost cap at 10× the funds, the duplicate row, the stale deadline and the word as a satisfaction found, with no false alarm", () => {
    for (const k of ["misclassification", "impossible-target", "boilerplate", "stale-date"]) {
      expect(cat(k)?.recall ?? 0, explain(k)).toBe(1);
      expect(cat(k)?.precision ?? 0, explain(k)).toBe(1);
    }
    expect(cat("vague-value")?.recall ?? 0, explain("vague-value")).toBe(1);
    expect(cat("inconsistency")?.recall ?? 0, explain("inconsistency")).toBe(1);
  });
  it("the four documents the readers read right raise no false alarm (an intensity per output value is no money gained, 各配置1套 is one each, a headcount a month is persons)", () => {
    const off = ev.falseAlarms.filter((f) => !READER_GAPS.includes(f.document)).map((f) => `${f.document}:${f.line} ${f.ruleId} ${f.message}`);
    expect(off, off.join("\n")).toEqual([]);
  });
  it("at most 4 of the 16 clean forms flagged, all in the two documents of the reader gaps", () => {
    expect(ev.cleanFormsFlagged).toBeLessThanOrEqual(4);
    expect(ev.falseAlarms.length, explain()).toBeLessThanOrEqual(7);
  });
});
