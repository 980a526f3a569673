/**
 * The header engine's memos (issue 11) must not change answers: a memoised row alignment hands each
 * row its own cells, and the synonym union only rejects what no synonym matches. Rows and synonym
 * lists are written for these tests; every expectation was read off them by hand.
 */
import { describe, expect, it } from "vitest";
import type { Cell, Row } from "../../src/read/grid.js";
import { join } from "node:path";
import { hittingChars, holdsAny, literalWords, loadTemplates, loadTemplatesFrom, matchRole, squashHeader } from "../../src/recognise/templates.js";
import { findHeader, readHeader } from "../../src/recognise/header.js";
import { packageRoot } from "../../src/engine/paths.js";
import { alignRecord } from "../../src/recognise/table.js";

function row(line: number, cells: string[]): Row {
  const out: Cell[] = cells.map((text, col) => ({ text, loc: { line, col: col + 1 } }));
  return { cells: out, text: cells.join("\t"), loc: { line } };
}

describe("alignRecord memo", () => {
  const tpl = loadTemplates()[0];
  const rows = [row(1, ["一级指标", "二级指标", "三级指标", "指标值"]), row(2, ["产出指标", "数量指标", "购置办公设备数量", "≥10台"]), row(3, ["产出指标", "数量指标", "购置办公设备数量", "≥10台"])];
  const header = readHeader(tpl, rows, 0, false)!;

  it("gives a repeated row its own cells in a fresh record", () => {
    const first = alignRecord(tpl, header, rows[1]);
    const second = alignRecord(tpl, header, rows[2]);
    const texts = (r: typeof first) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c!.text]));
    expect(texts(first)).toEqual({ level1: "产出指标", level2: "数量指标", name: "购置办公设备数量", target: "≥10台" });
    expect(texts(second)).toEqual(texts(first));
    // the second row's cells, not the first's
    expect(second.cells.name).toBe(rows[2].cells[2]);
    expect(second.cells.target!.loc.line).toBe(3);
    // a caller changing one record does not change the next
    delete first.cells.target;
    expect(alignRecord(tpl, header, rows[2]).cells.target).toBe(rows[2].cells[3]);
  });

  it("does not answer for a row with other texts", () => {
    const other = row(4, ["效益指标", "社会效益指标", "群众满意度", "≥90%"]);
    expect(alignRecord(tpl, header, other).cells.level1).toBe(other.cells[0]);
    expect(alignRecord(tpl, header, other).cells.name!.text).toBe("群众满意度");
  });
});

describe("alignRecord memo by kind of row", () => {
  const tpl = loadTemplates()[0];
  const rows = [row(1, ["一级指标", "二级指标", "三级指标", "指标值"]), row(2, ["产出指标", "数量指标", "购置办公设备数量", "≥10台"])];
  const header = readHeader(tpl, rows, 0, false)!;

  it("gives a row whose texts differ only in a figure its own cells in the same places", () => {
    alignRecord(tpl, header, rows[1]);
    const other = row(3, ["产出指标", "数量指标", "购置办公设备数量", "≥12台"]);
    const got = alignRecord(tpl, header, other);
    expect(got.cells.target).toBe(other.cells[3]);
    expect(got.cells.target!.text).toBe("≥12台");
    expect(got.cells.name).toBe(other.cells[2]);
  });

  it("aligns a row of another shape on its own (three cells: the level 1 left out)", () => {
    const short = row(4, ["数量指标", "购置办公设备数量", "≥10台"]);
    const got = alignRecord(tpl, header, short);
    expect(got.cells.level1).toBeUndefined();
    expect(got.cells.level2).toBe(short.cells[0]);
    expect(got.cells.name).toBe(short.cells[1]);
    expect(got.cells.target).toBe(short.cells[2]);
  });
});

describe("alignRecord memo and a role inferred after reading", () => {
  it("aligns by the header's roles as they are now, not as they were when first asked", () => {
    const tpl = loadTemplates()[0];
    const rows = [row(1, ["栏目甲", "三级指标", "指标值"]), row(2, ["数量指标", "购置办公设备数量", "≥10台"])];
    const header = readHeader(tpl, rows, 0, false)!;
    expect(header.columns.map((c) => c.role)).toEqual([null, "name", "target"]);
    // the unexplained column takes the label as an extra field
    expect(alignRecord(tpl, header, rows[1]).cells["extra:栏目甲"]).toBe(rows[1].cells[0]);
    // the table reader infers a level column from its cells by changing the role in place
    header.columns[0].role = "level2";
    const again = alignRecord(tpl, header, rows[1]);
    expect(again.cells.level2).toBe(rows[1].cells[0]);
    expect(again.cells["extra:栏目甲"]).toBeUndefined();
  });
});

describe("matchRole with the synonym union", () => {
  const res: [RegExp, string][] = [
    [/^(?:数量)$/u, "first"],
    [/^(?:数.)$/u, "second"],
    [/^(?:质量(指标)?)$/u, "third"],
  ];

  it("keeps list order when several synonyms match", () => {
    expect(matchRole(res, "数量")).toBe("first");
    expect(matchRole(res, "数据")).toBe("second");
    expect(matchRole(res, "质量指标")).toBe("third");
  });

  it("answers null for a text no synonym matches, squashed or not", () => {
    expect(matchRole(res, "时效")).toBeNull();
    expect(matchRole(res, "数 量 ：")).toBe("first");
    expect(matchRole(res, "数量指标值")).toBeNull();
  });
});

/** two field rows, an indicator header (third row) and one indicator */
function formRows(): Row[] {
  return [
    row(1, ["项目名称", "某某项目"]),
    row(2, ["年度目标", "完成设备购置"]),
    row(3, ["一级指标", "二级指标", "三级指标", "指标值"]),
    row(4, ["产出指标", "数量指标", "购置办公设备数量", "≥10台"]),
  ];
}

describe("header rows classified once for all templates", () => {
  const rows = formRows();

  it("skips rows that cannot start a header under any loaded template", () => {
    for (const tpl of loadTemplates()) {
      expect(readHeader(tpl, rows, 0, false)).toBeNull();
      expect(readHeader(tpl, rows, 1, false)).toBeNull();
    }
    const h = findHeader(loadTemplates()[0], rows, 0, false)!;
    expect(h.index).toBe(2);
    expect(h.columns.map((c) => c.role)).toEqual(["level1", "level2", "name", "target"]);
  });

  it("reads a template loaded apart from the package's set the same way (no shortcut for it)", () => {
    const apart = loadTemplatesFrom(join(packageRoot(), "rules", "templates"))[0];
    expect(apart).not.toBe(loadTemplates()[0]);
    const h = findHeader(apart, rows, 0, false)!;
    expect(h.index).toBe(2);
    expect(h.columns.map((c) => c.role)).toEqual(["level1", "level2", "name", "target"]);
  });
});

describe("the character shortcut before the header-start memo", () => {
  it("reads literal synonym lists and nothing else", () => {
    expect(literalWords(/^(?:一级指标)$/u)).toEqual(["一级指标"]);
    expect(literalWords(/^(?:指标名称|具体指标)$/u)).toEqual(["指标名称", "具体指标"]);
    // an expression, another flag, or no anchors: no words (the memo is asked)
    expect(literalWords(/^(?:指标.{0,2}名称)$/u)).toBeNull();
    expect(literalWords(/^(?:一级指标)$/)).toBeNull();
    expect(literalWords(/^(?:一级指标)$/iu)).toBeNull();
    expect(literalWords(/一级指标/u)).toBeNull();
    expect(literalWords(/^(?:三级\s指标)$/u)).toBeNull();
  });

  it("picks characters every word holds one of", () => {
    const words = ["一级指标", "二级指标", "指标名称", "名称"].map((w) => Array.from(w));
    const chars = hittingChars(words);
    // 指 is in three of the four words, then 名 covers 名称
    expect(chars).toEqual(["指", "名"]);
    for (const w of words) expect(chars.some((c) => w.includes(c))).toBe(true);
    expect(hittingChars([])).toEqual([]);
    expect(holdsAny("≥10台", chars)).toBe(false);
    expect(holdsAny("项目名称", chars)).toBe(true);
  });

  it("still finds a header whose words are spaced or carry their points", () => {
    const rows = [
      row(1, ["项目名称", "某某项目"]),
      row(2, ["一 级 指 标（30分）", "二级 指标", "三级指标：", "指标值"]),
      row(3, ["产出指标", "数量指标", "购置办公设备数量", "≥10台"]),
    ];
    for (const tpl of loadTemplates()) {
      const h = findHeader(tpl, rows, 0, false);
      expect(h?.index).toBe(1);
      expect(h!.columns.slice(0, 3).map((c) => c.role)).toEqual(["level1", "level2", "name"]);
    }
  });

  it("gives every template the same header with one list of row masks as with its own", () => {
    const rows = formRows();
    const masks: (number | undefined)[] = [];
    for (const tpl of loadTemplates()) {
      const shared = findHeader(tpl, rows, 0, false, rows.length, masks);
      expect(shared).toEqual(findHeader(tpl, rows, 0, false));
      expect(shared?.index).toBe(2);
    }
    // the rows searched have their masks; a row holding no 指 (the second) has none of the bits
    expect(masks.length).toBe(3);
    expect(masks[1]).toBe(0);
  });
});

describe("squashHeader memo", () => {
  it("answers a text asked again as it did the first time, short or long", () => {
    // each expectation read off squashHeader's steps by hand: spaces, colons and a trailing column mark go
    const short = "实际完成值 （B）";
    expect(squashHeader(short)).toBe("实际完成值");
    expect(squashHeader(short)).toBe("实际完成值");
    expect(squashHeader("年度资金总额（2025年）：")).toBe("年度资金总额");
    // a text past the memo's length limit is squashed each time, with the same answer
    const long = `项目年度绩效目标：${"完成设备购置 ".repeat(12)}（A）`;
    const expected = `项目年度绩效目标：${"完成设备购置".repeat(12)}`;
    expect(squashHeader(long)).toBe(expected);
    expect(squashHeader(long)).toBe(expected);
  });
});
