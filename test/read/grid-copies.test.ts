import { describe, expect, it } from "vitest";
import { cellList, cellWith, copyCell, copyLoc, emptyCells, joinRowTexts, mapCells, rowWith, type Cell, type Row } from "../../src/read/grid.js";
import { textToGrid } from "../../src/read/text.js";

// The copy helpers replace object spreads for V8's sake (decision 114): what they must keep is what the
// spread gave — the same keys, in the same order, with the same values.
const entries = (o: object) => JSON.stringify(Object.entries(o));

describe("cell, row and location copies", () => {
  const loc = { line: 3, col: 2 };
  const plain: Cell = { text: "项目名称", loc };
  const merged: Cell = { text: "产出指标", loc: { table: 1, row: 2, col: 1 }, merged: true };
  const wrapped: Cell = { text: "第一句。第二句。", loc, lines: [{ offset: 4, line: 4 }] };
  const both: Cell = { text: "x", loc, merged: false, lines: [{ offset: 1, line: 5 }] };

  it("cellWith gives the keys, order and values of { ...c, text }", () => {
    for (const c of [plain, merged, wrapped, both]) {
      expect(entries(cellWith(c, "新"))).toBe(entries({ ...c, text: "新" }));
      expect(entries(copyCell(c))).toBe(entries({ ...c }));
      expect(copyCell(c)).not.toBe(c);
    }
    // a location given replaces the cell's, as { ...c, text, loc } does
    expect(entries(cellWith(wrapped, "新", { line: 9, col: 1 }))).toBe(entries({ ...wrapped, text: "新", loc: { line: 9, col: 1 } }));
  });

  it("copyLoc gives the keys, order and values of { ...loc } and { ...loc, col }", () => {
    const locs = [{ line: 3, col: 2 }, { line: 7 }, { page: 2, col: 1, line: 4 }, { sheet: "Sheet1", cell: "C12", row: 12, col: 3 }, {}];
    for (const l of locs) {
      expect(entries(copyLoc(l))).toBe(entries({ ...l }));
      expect(copyLoc(l)).not.toBe(l);
      expect(entries(copyLoc(l, 5))).toBe(entries({ ...l, col: 5 }));
    }
  });

  it("rowWith gives the keys, order and values of { ...row, text, cells } for every reader's row", () => {
    const cells = [plain];
    const textRow: Row = { text: "a\tb", sep: "tab", loc: { line: 1 }, cells: [] };
    const builderRow: Row = { cells: [], text: "a\tb", loc: { page: 1, line: 1 }, sep: "tab" };
    const bare: Row = { text: "a b", loc: { line: 2 }, cells: [] };
    for (const r of [textRow, builderRow, bare]) {
      expect(entries(rowWith(r, cells))).toBe(entries({ ...r, cells }));
      expect(entries(rowWith(r, cells, "新"))).toBe(entries({ ...r, text: "新", cells }));
    }
  });

  it("cellList and mapCells list what map would, a hole staying a hole", () => {
    expect(emptyCells()).toEqual([]);
    expect(cellList(3, (i) => ({ text: String(i), loc: { line: 1, col: i + 1 } })).map((c) => c.text)).toEqual(["0", "1", "2"]);
    const sparse: Cell[] = [plain];
    sparse[2] = merged;
    const mapped = mapCells(sparse, (c) => cellWith(c, c.text + "!"));
    const byMap = sparse.map((c) => cellWith(c, c.text + "!"));
    expect(mapped.length).toBe(byMap.length);
    expect(1 in mapped).toBe(false);
    expect(mapped.map((c) => c.text)).toEqual(byMap.map((c) => c.text));
  });

  it("the text reader's rows read as before: blank rows with no cells, cells numbered by column", () => {
    const grid = textToGrid("t.txt", "项目名称\t示例\n\n一级指标\t二级指标\t三级指标\n", "utf-8");
    expect(grid.rows.map((r) => r.cells.map((c) => [c.text, c.loc.line, c.loc.col]))).toEqual([
      [["项目名称", 1, 1], ["示例", 1, 2]],
      [],
      [["一级指标", 3, 1], ["二级指标", 3, 2], ["三级指标", 3, 3]],
      [],
    ]);
  });

  it("joinRowTexts joins as slice, map and join do", () => {
    const rows: Row[] = ["年度绩效目标表", "", "项目名称\t示例", "单位：万元"].map((text, i) => ({ text, sep: "tab", loc: { line: i + 1 }, cells: [] }));
    for (const [from, to] of [[0, 0], [0, 1], [0, 3], [1, 4], [0, 80], [2, 2], [3, 1], [-2, 4], [0, -1], [5, 9]]) {
      for (const sep of [" ", "\n", ""]) expect(joinRowTexts(rows, from, to, sep)).toBe(rows.slice(from, to).map((r) => r.text).join(sep));
    }
  });
});
