/**
 * The ninth development set (issue 9): six documents of target forms (目标表 / 申报表) written blind by
 * a helper who never saw the tool, in six arrangements of provinces the seed documents do not come
 * from (TAB national template, -layout with wrapped explanation cells, a value split over 计算符号 /
 * 指标值 / 度量单位, a multi-year form with 长期 and 年度 tables, a narrow print wrapping every cell,
 * funds by fund type in a row under their labels). 37 planted defects of seven categories beside many
 * correct look-alikes (complete texts without 。, reverse indicators, costs equal to the funds); one
 * label added after the first run (test/fixtures/checklist-dev-9/README.md). Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-9";

describe("checklist-dev-9: target-form checks on blind forms of six arrangements", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("holds the planted labels and the one added after the first run", () => {
    expect(ev.overall.gold).toBe(38);
    expect(cat("placeholder")?.gold).toBe(11);
    expect(cat("impossible-target")?.gold).toBe(7);
    expect(cat("truncation")?.gold).toBe(7);
  });
  // first run (start of the round): overall 88.2% / 81.1%, placeholder 100% / 81.8%, truncation 83.3% /
  // 71.4%, impossible-target 100% / 85.7%, 1 of 11 clean forms flagged; end: 97.4% / 100%, every
  // category's recall 100%, the one false alarm vague-value on "根据需求" (the cell placeholder-value reports)
  it.each([
    ["placeholder", 0.9, 0.9],
    ["truncation", 0.85, 0.85],
    ["impossible-target", 0.85, 0.85],
    ["stale-date", 0.9, 0.9],
    ["boilerplate", 0.9, 0.6],
    ["misclassification", 0.75, 0.75],
  ])("%s: precision ≥ %s, recall ≥ %s", (category, p, r) => {
    const c = cat(category)!;
    expect(c.precision ?? 0, explain(category)).toBeGreaterThanOrEqual(p);
    expect(c.recall ?? 0, explain(category)).toBeGreaterThanOrEqual(r);
  });
  it("overall: precision ≥ 0.9, recall ≥ 0.9", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.9);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.9);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(10);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
