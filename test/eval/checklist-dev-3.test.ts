/**
 * The third development set, for truncation (issue 9): invented target forms and self-assessments of
 * five templates (湖北-style TAB, -layout, 四川 split value columns, 10-point self-assessment, 山东
 * 一级/二级项目名称 with 中期目标) planting sixteen cuts of varied kinds — goals and achievements cut
 * mid-word or on a connective, a goal whose wrapped second line was lost (…达到), names cut
 * mid-compound, unclosed brackets, open ranges ("2025年3月-", "2025年3月至"), a day-less date, a unit
 * cut to 公, a cut 偏差原因 — beside many whole texts a naive rule would call cut (no final stop,
 * names ending in 率/数/量/费/站/室, 等, quotations, closed brackets, 无 / 不涉及, 应助尽助, 群防群治).
 * Gold written by hand before the tool was run: test/fixtures/checklist-dev-3/README.md. Counted at
 * warning and above, like checklist-dev-2.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-3";

describe("checklist-dev-3: truncation on invented forms of five templates", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels sixteen cuts", () => {
    expect(cat("truncation")?.gold).toBe(16);
  });
  // first run (rules at the start of the round): 7 of 16 found, no truncation false alarm, one
  // placeholder finding that the labelling had missed. End of the round: 16 of 16, no false alarm
  it("truncation: precision 1, recall ≥ 0.9", () => {
    const c = cat("truncation")!;
    expect(c.precision ?? 0, explain("truncation")).toBe(1);
    expect(c.recall ?? 0, explain("truncation")).toBeGreaterThanOrEqual(0.9);
  });
  it("no false alarm of any rule; the correct forms stay quiet", () => {
    expect(ev.falseAlarms.length, explain()).toBe(0);
    expect(ev.cleanForms).toBe(6);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
