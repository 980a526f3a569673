import { describe, expect, it } from "vitest";
import { Unit } from "../../src/engine/similarity/copies.js";
import { IndStore } from "../../rules/target-drift/rule.js";
import { createCorpusStore } from "../../src/engine/corpus.js";
import { subjectBigrams } from "../../src/engine/similarity/subject.js";
import type { FormRef } from "../../src/engine/types.js";

const ref = { source: "a.txt", formIndex: 0, kind: "target", layout: "text", line: 1, loc: { line: 1 }, project: "项目甲", department: null } as FormRef;

describe("compact corpus-rule state (decision 135)", () => {
  it("a unit gives back its kind, field, label, part and place as it came", () => {
    const u = new Unit(ref, "report", "narrative", { line: 12, col: 3 }, "原文", "", "绩效分析", undefined, true);
    expect([u.kind, u.field, u.label, u.part, u.line]).toEqual(["report", "narrative", "绩效分析", true, 12]);
    expect(u.loc).toEqual({ line: 12, col: 3 });
    expect(Object.keys(u.loc)).toEqual(["line", "col"]);
    const g = new Unit(ref, "goal", "goals.annual", { line: 7 }, "目标", "", "年度目标", "指标甲|指标乙");
    expect([g.kind, g.part, g.indicatorText, g.loc]).toEqual(["goal", false, "指标甲|指标乙", { line: 7 }]);
    // a column 0 is a column, not its absence
    expect(new Unit(ref, "goal", "goals.annual", { line: 2, col: 0 }, "t", "", "年度目标").loc).toEqual({ line: 2, col: 0 });
    // a PDF's or a workbook's place is kept as it is (the same object)
    const pdf = { page: 3, line: 5, col: 2 };
    const p = new Unit(ref, "goal", "goals.period", pdf, "t", "", "实施期目标");
    expect(p.loc).toBe(pdf);
    expect(p.line).toBe(5);
    const sheet = { sheet: "表1", cell: "C3", row: 3, col: 3 };
    expect(new Unit(ref, "goal", "goals.period", sheet, "t", "", "实施期目标").line).toBeUndefined();
  });

  it("target-drift's indicator rows give back name, value, op, unit, kind and place", () => {
    const corpus = createCorpusStore();
    const store = new IndStore(corpus);
    const ctx = { services: { normalize: (s: string) => s.replace(/\s+/g, "") } } as never;
    const pdf = { page: 2, line: 9, col: 1 };
    const rows = [
      { name: "办公 家具", raw: "≥8台", value: 8, op: "≥", unit: "台", kind: "numeric", loc: { line: 4, col: 5 } },
      { name: "满意度", raw: "高", value: null, op: null, unit: null, kind: "text", loc: { line: 5 } },
      { name: "成本", raw: "≤2.35万元", value: 2.35, op: "≤", unit: "万元", kind: "numeric", loc: pdf },
    ];
    // more rows than the first capacity: the arrays grow
    for (let k = 0; k < 5000; k++) store.push({ ...rows[k % 3], value: rows[k % 3].value === null ? null : k + 0.5 });
    for (const r of rows) store.push(r);
    expect(store.rows).toBe(5003);
    const back = [5000, 5001, 5002].map((n) => store.ind(ctx, n));
    expect(back[0]).toEqual({ ...rows[0], key: "办公家具" });
    expect(back[1]).toEqual({ ...rows[1], key: "满意度" });
    expect(back[2]).toEqual({ ...rows[2], key: "成本" });
    expect(back[2].loc).toBe(pdf);
    expect(store.ind(ctx, 3).value).toBe(3.5);
    expect(store.ind(ctx, 4).value).toBeNull();
  });
});

describe("a name's segments kept as one string (decision 135)", () => {
  it("gives the segments' own bigrams, none across two segments, on a miss and on a hit alike", () => {
    const opts = { genericTerms: ["经费"] };
    const want = ["交警", "警大", "大队", "办公", "公楼"];
    expect(subjectBigrams("交警大队经费 办公楼2号", opts)).toEqual(want);
    expect(subjectBigrams("交警大队经费 办公楼2号", opts)).toEqual(want);
  });
});
