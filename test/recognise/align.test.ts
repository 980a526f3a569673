/**
 * Row alignment (src/recognise/align.ts) and the Shanxi target template (rules/templates/shanxi-target.yml)
 * on the header engine. Rows and forms are written for these tests or copied from corpus/000 (the
 * line is given); every expectation was read off the rows by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Cell, Row } from "../../src/read/grid.js";
import { textToGrid } from "../../src/read/text.js";
import { alignCells } from "../../src/recognise/align.js";
import { readForm } from "../../src/recognise/engine.js";
import type { Diagnostic } from "../../src/model/types.js";

/** a workbook-like row: one cell per column, "" for an empty cell, "~x" for a merged copy of x */
function row(line: number, cells: string[]): Row {
  const out: Cell[] = cells.map((t, col) => ({
    text: t.replace(/^~/, ""),
    loc: { line, col: col + 1 },
    ...(t.startsWith("~") ? { merged: true } : {}),
  }));
  return { cells: out, text: cells.join("\t"), loc: { line } };
}

const COLUMNS = ["rowLabel", "level1", "level2", "name", "target"].map((role, index) => ({ role, index }));
/** labels fit label columns, a "≥…" text the target, other text the name */
function compat(text: string, role: string): number {
  const label = /^(产出|效益|满意度)指标$/.test(text) ? 1 : /^(数量|质量|服务对象满意度)指标?$|指$/.test(text) ? 2 : 0;
  if (role === "rowLabel") return text === "绩效指标" ? 6 : -20;
  if (role === "level1") return label === 1 ? 6 : -20;
  if (role === "level2") return label === 2 ? 6 : -20;
  if (role === "name") return label ? -8 : /^[≥≤]/.test(text) ? -4 : 2;
  return label ? -8 : /^[≥≤]/.test(text) ? 3 : 1;
}
const texts = (cells: Partial<Record<string, Cell>>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c!.text]));

describe("alignCells", () => {
  it("reads a workbook row by column when its cells fit their columns", () => {
    const r = row(22, ["~绩效指标", "产出指标", "数量指标", "购置办公设备数量", "≥10台（套）"]);
    expect(texts(alignCells(r, COLUMNS, compat, true))).toEqual({ level1: "产出指标", level2: "数量指标", name: "购置办公设备数量", target: "≥10台（套）" });
  });

  it("realigns a workbook row typed one cell to the left (the level 1 in the 绩效指标 column)", () => {
    // as corpus/000 l.514 in the XLSX rendering of the form
    const r = row(31, ["满意度指标", "服务对象满意度指", "使用人员满意度", "≥100%", ""]);
    expect(texts(alignCells(r, COLUMNS, compat, true))).toEqual({
      level1: "满意度指标",
      level2: "服务对象满意度指",
      name: "使用人员满意度",
      target: "≥100%",
    });
  });

  it("keeps a text the lexicon does not know in its column rather than moving the whole row", () => {
    // an unknown level-1 label stands where a level 1 stands; realigning would move every cell
    const r = row(5, ["", "实施成效指标", "数量指标", "培训人次", "≥300人次"]);
    expect(texts(alignCells(r, COLUMNS, compat, true))).toEqual({ level1: "实施成效指标", level2: "数量指标", name: "培训人次", target: "≥300人次" });
  });

  it("aligns text rows by what the cells say, positions being only a hint", () => {
    const r = row(963, ["", "", "", "质量指标", "办公设备验收合格率", "≥100%"]);
    expect(texts(alignCells(r, COLUMNS, compat, false))).toEqual({ level2: "质量指标", name: "办公设备验收合格率", target: "≥100%" });
  });
});

describe("shanxi-target template on the header engine", () => {
  const lines = readFileSync("corpus/000_a245d8b4fdd54633.txt", "utf8").split(/\r?\n/);
  const read = (from: number, to: number) => {
    const grid = textToGrid("shanxi.txt", lines.slice(from - 1, to).join("\n") + "\n", "utf-8");
    const anchor = grid.rows.findIndex((r) => r.text.startsWith("项目名称"));
    const diagnostics: Diagnostic[] = [];
    return readForm({ grid, rows: grid.rows, start: 0, anchor }, diagnostics);
  };

  it("reads 实施期 and 年度 funds side by side, and different amounts apart (l.1671–1704)", () => {
    // l.1678: 实施期资金总额 1,650,000, 年度资金总额 1,320,000; l.1681 市县（区）财政资金 the same two
    const f = read(1671, 1704);
    expect(f.layout).toBe("shanxi-target");
    expect([f.funds.unit, f.funds.periodTotal, f.funds.annualTotal]).toEqual(["元", 1650000, 1320000]);
    expect(f.funds.sources.find((s) => s.name === "市县（区）财政资金")).toMatchObject({ period: 1650000, annual: 1320000 });
    expect(f.funds.sources.find((s) => s.name === "其他资金")).toMatchObject({ period: null, annual: null });
  });

  it("reads the goals under 实施期目标 | 年度目标 and keeps label-only rows as empty indicators (l.484–515)", () => {
    const f = read(484, 515);
    expect([f.goals.period?.text, f.goals.annual?.text]).toEqual(["保障单位正常运转", "保障单位正常运转"]); // l.503
    expect(f.goals.annual?.loc.line).toBe(20); // l.503 is line 20 of the excerpt
    // l.508 "成本指标" alone on its row: an indicator with no name, for the rules to flag
    const cost = f.indicators.find((i) => i.level2 === "成本指标")!;
    expect([cost.level1, cost.name, cost.target, cost.annualTarget]).toEqual(["产出指标", "", null, null]);
    // the 年度 group repeats the 实施期 one on l.505; it differs on l.506 ("办公设备验收合格")
    expect(f.indicators[0].annualName ?? null).toBeNull();
    expect(f.indicators[1].annualName).toBe("办公设备验收合格");
    expect(f.endLine).toBe(32); // the 负责人 footer, l.515
  });
});
