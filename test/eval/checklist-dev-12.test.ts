/**
 * The twelfth development set (issue 9): six self-assessment and target documents of six kinds of
 * department (education, forestry, a town, water, disease control, statistics) in five templates,
 * written blind by a helper who never saw the tool, planting score-arithmetic, boilerplate and
 * inconsistency defects beside correct look-alikes (rounded rates, 20-point budget parts, Sichuan
 * completion coefficients, adjusted budgets, page breaks). Gold by the writer, reviewed by hand
 * (test/fixtures/checklist-dev-12/README.md). Counted at warning and above. Tuned data.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/checklist-dev-12";

describe("checklist-dev-12: self-assessment score arithmetic and boilerplate", async () => {
  const { ev, cat, explain, findings } = await evaluateDevSet(DIR);
  const at = (rule: string) => findings.filter((f) => f.ruleId === rule).map((f) => `${basename(f.source).slice(3, 5)}:${f.line}`);

  it("labels 20 score-arithmetic, 8 boilerplate, 3 placeholder and 4 inconsistency defects at warning level", () => {
    expect(cat("score-arithmetic")?.gold).toBe(20);
    expect(cat("boilerplate")?.gold).toBe(8);
    expect(cat("placeholder")?.gold).toBe(3);
    expect(cat("inconsistency")?.gold).toBe(4);
  });
  // first run (start of the round, reviewed gold): score-arithmetic 13 of 20, 16 predicted (81.3% /
  // 65.0%); end: 17 of 20, 20 predicted — the rest are one line conflict each (decisions 46 and 57)
  it("score-arithmetic: precision ≥ 0.85, recall ≥ 0.85", () => {
    const c = cat("score-arithmetic")!;
    expect(c.precision ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.85);
    expect(c.recall ?? 0, explain("score-arithmetic")).toBeGreaterThanOrEqual(0.85);
  });
  it("boilerplate: precision 1, recall ≥ 0.75", () => {
    const c = cat("boilerplate")!;
    expect(c.precision ?? 0, explain("boilerplate")).toBe(1);
    expect(c.recall ?? 0, explain("boilerplate")).toBeGreaterThanOrEqual(0.75);
  });
  it("placeholder: every labelled defect found, nothing else", () => {
    const c = cat("placeholder")!;
    expect(c.recall ?? 0, explain("placeholder")).toBe(1);
    expect(c.precision ?? 0, explain("placeholder")).toBe(1);
  });
  it("no truncation is reported: wrapped reasons and side-by-side goals are read whole", () => {
    expect(findings.filter((f) => f.category === "truncation").map((f) => `${basename(f.source)}:${f.line} ${f.evidence ?? ""}`)).toEqual([]);
  });
  it("at most one of the seven correct forms is flagged", () => {
    expect(ev.cleanForms).toBe(7);
    expect(ev.cleanFormsFlagged).toBeLessThanOrEqual(1);
  });
  it("a rate to hundredths 0.8 off, a satisfaction claim above the table and a 部门整体 conclusion's rate are found", () => {
    expect(at("execution-rate-mismatch")).toContain("云岭:14");
    // on the line of the sentence, where the gold stands (docs/labelling.md, decision 93): 柳塘's rate is on
    // l.44, the conclusion's third row (l.42 was its first); 青溪's "满意度达85%" on l.158, not l.156
    expect(at("narrative-contradicts-table")).toEqual(expect.arrayContaining(["鹤川:106", "柳塘:44", "青溪:158"]));
  });
  it("a stated reason in the funds table's reason column is read (no low-execution-reason on 澄河 l.32)", () => {
    expect(at("low-execution-reason")).not.toContain("澄河:32");
  });
});
