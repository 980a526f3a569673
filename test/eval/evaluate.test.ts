/**
 * The evaluator itself: matching by category, form and line tolerance, and the severity floor
 * (gold without a severity counts as warning; findings and gold below the floor are left out).
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Gold } from "../../src/eval/gold.js";
import type { Finding } from "../../src/engine/types.js";

const gold: Gold = {
  document: "doc.txt",
  forms: [
    { line: 10, endLine: 40, project: "甲项目", exhaustive: true },
    { line: 50, endLine: 80, project: "乙项目", exhaustive: true },
  ],
  findings: [
    { line: 20, category: "impossible-target", severity: "error" },
    { line: 25, category: "vague-value", severity: "warning" },
    { line: 30, category: "vague-value", severity: "info" },
    { line: 35, category: "placeholder" },
  ],
};

function finding(line: number, category: Finding["category"], severity: Finding["severity"]): Finding {
  return {
    ruleId: "r", category, severity, message: "m", messageZh: "m", messageEn: "m", messageId: "x", data: {},
    source: "some/dir/doc.txt", line, kind: "target", layout: null, formLine: 10, project: null, department: null,
    indicator: null, level1: null, level2: null, field: null, evidence: "",
  };
}

describe("evaluate", () => {
  const findings = [
    finding(21, "impossible-target", "error"), // hit (1 line off)
    finding(25, "vague-value", "warning"), // hit
    finding(30, "vague-value", "info"), // hit on the info gold
    finding(60, "truncation", "warning"), // false alarm in the clean form
  ];

  it("counts every severity by default", () => {
    const ev = evaluate([gold], findings);
    expect(ev.overall.gold).toBe(4);
    expect(ev.overall.truePositives).toBe(3);
    expect(ev.overall.predicted).toBe(4);
    expect(ev.misses.map((m) => m.line)).toEqual([35]);
    expect(ev.falseAlarms.map((f) => f.line)).toEqual([60]);
    expect(ev.cleanForms).toBe(1);
    expect(ev.cleanFormsFlagged).toBe(1);
  });

  it("with a warning floor leaves out info gold and info findings, and gold without severity counts as warning", () => {
    const ev = evaluate([gold], findings, { minSeverity: "warning" });
    expect(ev.overall.gold).toBe(3);
    expect(ev.overall.truePositives).toBe(2);
    expect(ev.overall.predicted).toBe(3);
    expect(ev.misses.map((m) => m.line)).toEqual([35]);
  });

  it("a warning finding on a defect labelled info is neither a hit nor a false alarm at the warning floor", () => {
    const ev = evaluate([gold], [finding(30, "vague-value", "warning")], { minSeverity: "warning" });
    expect(ev.falseAlarms).toEqual([]);
    expect(ev.overall.predicted).toBe(0);
    expect(ev.overall.gold).toBe(3);
  });

  it("matches only within the line tolerance", () => {
    const ev = evaluate([gold], [finding(24, "impossible-target", "error")], { lineTolerance: 2 });
    expect(ev.overall.truePositives).toBe(0);
    expect(ev.falseAlarms.map((f) => f.line)).toEqual([24]);
  });

  it("forms printed back to back do not share the lines above the second form's 项目名称 line", () => {
    // 丙 ends on line 14 and 丁's name stands on line 15: a label on line 13 belongs to 丙 only
    const g: Gold = {
      document: "doc.txt",
      forms: [
        { line: 7, endLine: 14, project: "丙项目", exhaustive: true },
        { line: 15, endLine: 20, project: "丁项目", exhaustive: true },
      ],
      findings: [{ line: 13, category: "vague-value", severity: "info" }],
    };
    const ev = evaluate([g], [finding(13, "vague-value", "info")]);
    expect(ev.overall.gold).toBe(1);
    expect(ev.overall.truePositives).toBe(1);
    expect(ev.overall.predicted).toBe(1);
    expect(ev.cleanForms).toBe(1);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
});

describe("evaluate: forms that follow each other closely", () => {
  // the first form ends on line 40 with a defect; the next one's 项目名称 is on line 43, so its three
  // lines of slack before the name (a title, a 项目编码 row) would reach line 40
  const close: Gold = {
    document: "doc.txt",
    forms: [
      { line: 27, endLine: 40, project: "甲项目", exhaustive: true },
      { line: 43, endLine: 57, project: "乙项目", exhaustive: true },
    ],
    findings: [{ line: 40, category: "vague-value", severity: "warning" }],
  };
  it("a defect on a form's last line is counted in that form only, and the next form stays clean", () => {
    const ev = evaluate([close], [{ ...finding(40, "vague-value", "warning"), formLine: 27 }]);
    expect(ev.overall.gold).toBe(1);
    expect(ev.overall.truePositives).toBe(1);
    expect(ev.overall.predicted).toBe(1);
    expect(ev.cleanForms).toBe(1);
    expect(ev.cleanFormsFlagged).toBe(0);
  });
  it("a line before a form's name that no form owns still belongs to the form below it", () => {
    const ev = evaluate([close], [finding(41, "truncation", "warning")]);
    expect(ev.falseAlarms.map((f) => f.line)).toEqual([41]);
    expect(ev.cleanFormsFlagged).toBe(1);
  });
});
