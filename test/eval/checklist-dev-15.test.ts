/**
 * The fifteenth development set (issue 9): six documents in six arrangements written blind by a helper
 * who never saw the tool, planting inconsistency, placeholder and boilerplate defects beside correct
 * look-alikes (multi-year funds that differ, splits that add up, unit costs that fit the funds). Gold by
 * the writer (test/fixtures/checklist-dev-15/README.md). Counted at warning and above.
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-15";

describe("checklist-dev-15: inconsistency, placeholder and boilerplate", async () => {
  const { ev, cat, explain } = await evaluateDevSet(DIR);

  it("labels 15 inconsistencies, 16 placeholders and 8 boilerplate defects at warning level", () => {
    expect(cat("inconsistency")?.gold).toBe(15);
    expect(cat("placeholder")?.gold).toBe(16);
    expect(cat("boilerplate")?.gold).toBe(8);
  });
  // first run (start of the round), at warning: inconsistency 4 of 15, placeholder 10 of 16, boilerplate
  // 5 of 8, overall 69.0% / 47.6%. End: inconsistency 14, placeholder 13, boilerplate 6, 81.0% / 81.0%.
  // After the misses left (devleft15): inconsistency 15, placeholder 15, stale-date 2 of 3, 84.4% / 90.5%;
  // floors raised to that less one finding (inconsistency's 0.9 already allows only one loss).
  it("inconsistency: precision ≥ 0.95, recall ≥ 0.9", () => {
    const c = cat("inconsistency")!;
    expect(c.precision ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.95);
    expect(c.recall ?? 0, explain("inconsistency")).toBeGreaterThanOrEqual(0.9);
  });
  it("placeholder: precision ≥ 0.95, recall ≥ 0.85", () => {
    const c = cat("placeholder")!;
    expect(c.precision ?? 0, explain("placeholder")).toBeGreaterThanOrEqual(0.95);
    expect(c.recall ?? 0, explain("placeholder")).toBeGreaterThanOrEqual(0.85);
  });
  it("boilerplate: precision ≥ 0.95, recall ≥ 0.75", () => {
    const c = cat("boilerplate")!;
    expect(c.precision ?? 0, explain("boilerplate")).toBeGreaterThanOrEqual(0.95);
    expect(c.recall ?? 0, explain("boilerplate")).toBeGreaterThanOrEqual(0.75);
  });
  it("overall: precision ≥ 0.82, recall ≥ 0.85", () => {
    expect(ev.overall.precision ?? 0, explain()).toBeGreaterThanOrEqual(0.82);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.85);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanForms).toBe(5);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});
