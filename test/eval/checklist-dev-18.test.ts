/**
 * The eighteenth development set (issue 9): six documents of six kinds of department (政务服务, 公路养护,
 * 环卫, 水文, 职业病防治, 广播电视) in six provinces' templates, written blind by a helper who never saw the
 * tool, its focus false alarms: 33 planted defects of every category among many correct look-alikes
 * (reverse-direction rates, zero targets, effect sentences, short real reasons, cells wrapped in -layout
 * print, tables crossing a page). Gold by the writer, one misclassification added and one line moved on
 * review (test/fixtures/checklist-dev-18/README.md). Counted at warning and above.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";
import { loadGoldDir } from "../../src/eval/gold.js";

const DIR = "test/fixtures/checklist-dev-18";

describe("checklist-dev-18: a natural mix of defects among correct look-alikes", async () => {
  const { ev, cat, explain, findings } = await evaluateDevSet(DIR);
  const golds = loadGoldDir(DIR);

  it("labels 33 defects at warning level in 24 forms, 7 of them clean", () => {
    expect(ev.overall.gold).toBe(33);
    expect(ev.cleanForms).toBe(7);
  });
  // first run (start of the round, counted with the revised gold): 26 of 33 found, 32 predicted — six
  // false alarms (five truncations read from -layout cells wrapped at fewer characters than their
  // column, a noun ending a name taken as cut); end: 32 of 33, no false alarm
  it("overall: no false alarm, recall ≥ 0.95", () => {
    expect(ev.overall.precision ?? 0, explain()).toBe(1);
    expect(ev.overall.recall ?? 0, explain()).toBeGreaterThanOrEqual(0.95);
  });
  it("every category but boilerplate: every planted defect found, nothing else", () => {
    for (const c of ev.categories.filter((x) => x.category !== "boilerplate" && x.gold > 0)) {
      expect(c.truePositives, explain(c.category)).toBe(c.gold);
      expect(c.predicted, explain(c.category)).toBe(c.gold);
    }
  });
  // the analysis copied across two forms is reported at info in the form whose project it describes
  // (copied-text's owner of a copy), at warning in the other
  it("boilerplate: the renamed 可持续影响 copy and the copied analysis found, nothing else", () => {
    const c = cat("boilerplate")!;
    expect(c.truePositives, explain("boilerplate")).toBeGreaterThanOrEqual(2);
    expect(c.predicted, explain("boilerplate")).toBe(c.truePositives);
  });
  it("the correct forms stay quiet", () => {
    expect(ev.cleanFormsFlagged).toBe(0);
  });
  // the evaluator forgives a finding two lines from a gold defect of its category; read line by line,
  // every truncation finding stands on its own gold line (the wrapped cells of -layout print beside them
  // stay quiet)
  it("every truncation finding stands on a labelled line", () => {
    const goldLines = new Set(golds.flatMap((g) => g.findings.filter((x) => x.category === "truncation").map((x) => `${g.document}:${x.line}`)));
    const off = findings.filter((f) => f.category === "truncation" && !goldLines.has(`${basename(f.source)}:${f.line}`)).map((f) => `${basename(f.source)}:${f.line} ${f.evidence ?? ""}`);
    expect(off, off.join("\n")).toEqual([]);
  });
});
