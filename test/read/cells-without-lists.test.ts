import { describe, expect, it } from "vitest";
import { filledCellAt, filledCells, type Cell, type Row } from "../../src/read/grid.js";
import { textToGrid } from "../../src/read/text.js";
import { isPageFurniture } from "../../src/repair/index.js";
import { alignFundCells, type FundColumn } from "../../src/recognise/funds-table.js";
import type { FilledCell } from "../../src/recognise/cells.js";

// The readers' hot paths answer without building lists they used to build (decision 133): each
// shortcut must give what the list-building code gave.

const cell = (text: string, merged?: boolean): Cell => (merged === undefined ? { text, loc: { line: 1 } } : { text, loc: { line: 1 }, merged });
const rowOf = (cells: Cell[]): Row => ({ text: cells.map((c) => c.text).join("\t"), sep: "tab", loc: { line: 1 }, cells });

describe("filledCellAt", () => {
  it("is filledCells(row)[k]?.cell: merged copies, blank and whitespace-only cells skipped", () => {
    const rows = [
      rowOf([]),
      rowOf([cell(""), cell("  "), cell("\u3000")]),
      rowOf([cell("产出指标"), cell("产出指标", true), cell(""), cell(" 数量指标 "), cell("10")]),
      rowOf([cell(" "), cell("a", true), cell("b"), cell(""), cell("c")]),
    ];
    for (const r of rows)
      for (let k = 0; k < 6; k++) expect(filledCellAt(r, k)).toBe(filledCells(r)[k]?.cell);
  });
});

describe("the text reader's cells", () => {
  // what the reader built before: the line split into parts, each part trimmed, columns from 1
  const reference = (line: string, tabs: boolean) => {
    const t = line.trim();
    const parts = t === "" ? [] : tabs ? line.split("\t") : t.split(/[ \u3000]+/);
    return parts.map((p, j) => ({ text: p.trim(), loc: { line: 0, col: j + 1 } }));
  };
  const keys = (cells: Cell[]) => JSON.stringify(cells.map((c) => Object.entries(c)));

  it("cuts a TAB line as split('\\t') did, empty and padded cells included", () => {
    const lines = ["一级指标\t二级指标\t 三级指标 \t\t指标值", "", "\t\t资金总额\t60.00\t", "  \t  ", "单独一格"];
    const grid = textToGrid("x.txt", lines.join("\n"), "utf-8");
    grid.rows.forEach((r, i) => {
      const want = reference(lines[i], true).map((c) => ({ ...c, loc: { line: i + 1, col: c.loc.col } }));
      expect(keys(r.cells)).toBe(keys(want));
    });
  });

  it("cuts a space-aligned line on runs of spaces and ideographic spaces", () => {
    const lines = ["  产出指标   数量指标\u3000\u3000培训人数  ≥200人 ", "", "   ", "第 1 页"];
    const grid = textToGrid("x.txt", lines.join("\n"), "utf-8");
    grid.rows.forEach((r, i) => {
      const want = reference(lines[i], false).map((c) => ({ ...c, loc: { line: i + 1, col: c.loc.col } }));
      expect(keys(r.cells)).toBe(keys(want));
    });
  });
});

describe("isPageFurniture without a cell list", () => {
  it("joins up to three filled cells with single spaces, as before", () => {
    expect(isPageFurniture(rowOf([cell("1"), cell("/ 5")]))).toBe(true); // "1 / 5"
    expect(isPageFurniture(rowOf([cell(""), cell("第"), cell("2"), cell("页")]))).toBe(true); // "第 2 页"
    expect(isPageFurniture(rowOf([cell("第 2 页", true), cell("培训人数")]))).toBe(false); // the merged copy is no cell of its own
    expect(isPageFurniture(rowOf([cell("-"), cell("3"), cell("-"), cell("4")]))).toBe(false); // four cells
  });
});

describe("alignFundCells in one flat table", () => {
  // the aligner as it was written before: a table of arrays per shift
  function reference(cells: FilledCell[], columns: FundColumn[], numeric: boolean[], amount: boolean[]): Map<string, FilledCell> {
    const n = cells.length;
    const m = columns.length;
    const EPS = 0.001;
    let best = { cost: Infinity, map: new Map<string, FilledCell>() };
    for (let shift = -4; shift <= 4; shift++) {
      const dp: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(Infinity));
      const from: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
      dp[0][0] = 0;
      for (let j = 1; j <= m; j++) {
        dp[0][j] = dp[0][j - 1] + EPS * j;
        from[0][j] = 1;
      }
      for (let i = 1; i <= n; i++)
        for (let j = 0; j <= m; j++) {
          let v = dp[i - 1][j] + 20;
          let f = 0;
          if (j > 0) {
            const s = dp[i][j - 1] + EPS * j;
            if (s < v) [v, f] = [s, 1];
            const fit = columns[j - 1].role === "reasons" ? (numeric[i - 1] ? (amount[i - 1] ? 50 : 2) : 0) : numeric[i - 1] ? 0 : 50;
            const a = dp[i - 1][j - 1] + Math.abs(cells[i - 1].index - shift - columns[j - 1].index) + fit;
            if (a < v) [v, f] = [a, 2];
          }
          dp[i][j] = v;
          from[i][j] = f;
        }
      const cost = dp[n][m] + 0.01 * Math.abs(shift);
      if (cost < best.cost) {
        const map = new Map<string, FilledCell>();
        for (let i = n, j = m; i > 0 || j > 0; ) {
          const f = from[i][j];
          if (f === 2) map.set(columns[--j].role, cells[--i]);
          else if (f === 1) j--;
          else i--;
        }
        best = { cost, map };
      }
    }
    return best.map;
  }

  it("assigns every row as the per-shift tables did (rows of numbers, dashes, words and reasons)", () => {
    const roles = ["declared", "planned", "adjusted", "executed", "balance", "rate", "score", "reasons"] as const;
    // the texts' kinds as the aligner reads them: numeric (an amount, a rate or a dash) and amount (a number or a rate)
    const texts: [string, boolean, boolean][] = [["29.626", true, true], ["0", true, true], ["102%", true, true], ["—", true, false], ["/", true, false], ["部分管网抢修超出预算", false, false]];
    let seed = 7;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    for (let trial = 0; trial < 300; trial++) {
      const m = 3 + rand(6);
      const columns: FundColumn[] = roles.slice(roles.length - m).map((role, k) => ({ role, index: 2 + k + rand(2), header: role }));
      const n = 1 + rand(m + 1);
      const cells: FilledCell[] = [];
      const numeric: boolean[] = [];
      const amount: boolean[] = [];
      for (let i = 0, at = rand(4); i < n; i++, at += 1 + rand(2)) {
        const [text, isNumeric, isAmount] = texts[rand(texts.length)];
        cells.push({ text, index: at, cell: { text, loc: { line: 1, col: at + 1 } } });
        numeric.push(isNumeric);
        amount.push(isAmount);
      }
      const got = alignFundCells(cells, columns);
      expect([...got.entries()]).toEqual([...reference(cells, columns, numeric, amount).entries()]);
    }
  });
});
