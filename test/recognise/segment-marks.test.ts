import { describe, expect, it } from "vitest";
import { ANCHOR, ANCHOR_MARK, DEPARTMENT_ANCHOR, DEPARTMENT_MARK, isAnchorRow } from "../../src/recognise/segment.js";

/** the top-level alternatives of /^(a|b|c)/ */
function alternatives(re: RegExp): string[] {
  const m = /^\^\((.*)\)$/.exec(re.source);
  expect(m, `${re.source} is no longer ^(a|b|…)`).not.toBeNull();
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of m![1]) {
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") depth--;
    if (ch === "|" && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

describe("the segmenter's anchor marks", () => {
  it("every anchor word holds the mark the segmenter searches first", () => {
    const forms = alternatives(ANCHOR);
    expect(forms.length).toBeGreaterThan(3);
    for (const a of forms) expect(ANCHOR_MARK.test(a), a).toBe(true);
    const departments = alternatives(DEPARTMENT_ANCHOR);
    expect(departments.length).toBeGreaterThan(3);
    for (const a of departments) expect(DEPARTMENT_MARK.test(a), a).toBe(true);
  });

  it("a label spread with spaces still anchors", () => {
    const row = { text: "项 目 名 称\t某示范项目", sep: "tab" as const, loc: { line: 1 }, cells: [{ text: "项 目 名 称", loc: { line: 1, col: 1 } }, { text: "某示范项目", loc: { line: 1, col: 2 } }] };
    expect(isAnchorRow(row)).toBe(true);
    const other = { ...row, cells: [{ text: "实 施 单 位", loc: { line: 1, col: 1 } }, row.cells[1]] };
    expect(isAnchorRow(other)).toBe(false);
  });
});
