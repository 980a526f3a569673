/**
 * The repair stage on small tables written for these tests: page furniture and repeated headers
 * dropped, wrapped lines joined in the direction the table itself shows, split labels rejoined.
 */
import { describe, expect, it } from "vitest";
import type { Cell, Row } from "../../src/read/grid.js";
import {
  dropPageFurniture,
  dropRepeatedHeaders,
  isPageFurniture,
  isPointsPiece,
  isSubtotalLabel,
  joinWrapped,
  labelPoints,
  measureWrapDirection,
  rejoinSplitLabels,
  stripPoints,
  type TableRecord,
} from "../../src/repair/index.js";
import { normalizeLevel1 } from "../../src/recognise/labels.js";

function row(line: number, ...texts: string[]): Row {
  const cells: Cell[] = texts.map((text, i) => ({ text, loc: { line, col: i + 1 } }));
  return { cells, text: texts.join("\t"), loc: { line } };
}

/** records from role → text maps; the row's line is the record's position + 1 */
function recs(...rows: Record<string, string>[]): TableRecord[] {
  return rows.map((m, i) => {
    const r = row(i + 1, ...Object.values(m));
    const cells: Record<string, Cell> = {};
    Object.keys(m).forEach((k, j) => (cells[k] = r.cells[j]));
    return { row: r, cells };
  });
}

const texts = (rs: TableRecord[], role: string) => rs.map((r) => r.cells[role]?.text ?? "");
const onlyText = (r: TableRecord) => !r.cells.target;

describe("page furniture and repeated headers", () => {
  it("drops page numbers and a header row repeated on the next page, keeps a block's own header", () => {
    const rows = [
      row(1, "一级指标", "二级指标", "三级指标", "指标值"),
      row(2, "产出指标", "数量指标", "培训人次", "≥200人次"),
      row(3, "第 1 页，共 2 页"),
      row(4, "- 2 -"),
      row(5, "一级指标", "二级指标", "三级指标", "指标值"),
      row(6, "", "质量指标", "合格率", "≥95%"),
      row(7, "年度绩效指标"),
      row(8, "一级指标", "二级指标", "三级指标", "指标值"),
    ];
    const clean = dropPageFurniture(rows);
    expect(clean.map((r) => r.loc.line)).toEqual([1, 2, 5, 6, 7, 8]);
    const kept = dropRepeatedHeaders(clean, 0, (r) => /年度绩效指标/.test(r.text));
    expect(kept.map((r) => r.loc.line)).toEqual([1, 2, 6, 7, 8]);
  });

  it("drops a page number printed with spaces and read as three cells", () => {
    expect(isPageFurniture(row(1, "—", "1", "—"))).toBe(true);
    expect(isPageFurniture(row(1, "— 12 —"))).toBe(true);
    expect(isPageFurniture(row(1, "—", "1", "—", "10"))).toBe(false);
    expect(isPageFurniture(row(1, "成本指标", "—", "1"))).toBe(false);
  });

  it("drops a running header of three cells below a page number, printed again on the next page (invented)", () => {
    const rows = [
      row(1, "示例县档案馆2024年度决算公开"),
      row(2, "产出指标", "数量指标", "档案数字化页数", "≥10000页", "10200页", "10", "10"),
      row(3, "— 7 —"),
      row(4, "示例县档案馆2024年度决算公开", "第四部分", "附件"),
      row(5, "", "质量指标", "数字化合格率", "≥98%", "99%", "10", "10"),
      row(6, "— 8 —"),
      row(7, "示例县档案馆2024年度决算公开", "第四部分", "附件"),
      row(8, "", "时效指标", "完成时间", "2024年11月底前", "2024年11月20日", "10", "10"),
    ];
    expect(dropPageFurniture(rows).map((r) => r.loc.line)).toEqual([1, 2, 5, 8]);
  });

  it("drops a title printed once between a page number and the indicator table going on below it (invented)", () => {
    const rows = [
      row(1, "", "时效指标", "报到及时率", "≥95%"),
      row(2, "第 4 页"),
      row(3, "示例县档案馆2025年部门预算公开"),
      row(4, "一级指标", "二级指标", "三级指标", "指标值"),
      row(5, "", "成本指标", "人均补助", "≤4000元/人"),
    ];
    expect(dropPageFurniture(rows).map((r) => r.loc.line)).toEqual([1, 4, 5]);
    // a form's own title there opens the next form: kept
    const next = [rows[0], rows[1], row(3, "2025年度项目支出绩效目标表"), row(4, "项目名称", "档案数字化")];
    expect(dropPageFurniture(next).map((r) => r.loc.line)).toEqual([1, 3, 4]);
  });

  it("keeps a row that only mentions a page among other cells", () => {
    expect(dropPageFurniture([row(1, "第 1 页", "培训人次", "≥200")])).toHaveLength(1);
  });
});

describe("wrapped cells", () => {
  it("measures the direction from where the fragments sit", () => {
    expect(measureWrapDirection([false, true, false, true])).toBe("up");
    expect(measureWrapDirection([true, false, true, false])).toBe("down");
    expect(measureWrapDirection([true, false, true, false, true])).toBe("centre");
  });

  it("joins top-aligned continuations into the row above", () => {
    const out = joinWrapped(
      recs({ name: "参训教师人", target: "≥50人" }, { name: "数" }, { name: "培训合格", target: "≥95%" }, { name: "率" }),
      onlyText,
    );
    expect(texts(out, "name")).toEqual(["参训教师人数", "培训合格率"]);
    expect(out[0].merged?.map((r) => r.loc.line)).toEqual([2]);
  });

  it("joins bottom-aligned continuations into the row below (narrow columns of a borderless PDF)", () => {
    const out = joinWrapped(
      recs({ name: "参训教师人" }, { name: "数", target: "≥50人" }, { name: "培训合格" }, { name: "率", target: "≥95%" }),
      onlyText,
    );
    expect(texts(out, "name")).toEqual(["参训教师人数", "培训合格率"]);
    expect(out[0].cells.name?.loc.line).toBe(1);
  });

  it("splits a run between the rows above and below when cells are vertically centred", () => {
    const out = joinWrapped(
      recs(
        { name: "参训教" },
        { name: "师人数", target: "≥50人" },
        { name: "合计" },
        { name: "培训合" },
        { name: "格率", target: "≥95%" },
        { name: "指标" },
      ),
      onlyText,
    );
    expect(texts(out, "name")).toEqual(["参训教师人数合计", "培训合格率指标"]);
  });
});

describe("split labels", () => {
  const isL1 = (s: string) => normalizeLevel1(s) !== null && s.length >= 4;

  it("rejoins a level 1 printed one character per row", () => {
    const rs = recs({ level1: "效", name: "a" }, { level1: "益", name: "b" }, { level1: "指", name: "c" }, { level1: "标", name: "d" });
    rejoinSplitLabels(rs, "level1", isL1);
    expect(texts(rs, "level1")).toEqual(["效益指标", "", "", ""]);
  });

  it("rejoins a cut label with its tail and attaches a point annotation left alone", () => {
    const rs = recs({ level1: "产出指", name: "a" }, { level1: "标", name: "b" }, { level1: "（50分）", name: "c" }, { level1: "满意度指标", name: "d" });
    rejoinSplitLabels(rs, "level1", isL1);
    expect(texts(rs, "level1")).toEqual(["产出指标（50分）", "", "", "满意度指标"]);
    expect(labelPoints("产出指标（50分）")).toBe(50);
    expect(labelPoints("成本指标（0-20分）")).toBe(20);
    expect(stripPoints("产出指标（50分）")).toBe("产出指标");
  });

  it("rejoins a cut label whose tail carries the label's points (效益指 / 标（30分）, 满 / 意度指标（10分）)", () => {
    const rs = recs({ level1: "效益指", name: "a" }, { level1: "标（30分）", name: "b" }, { level1: "满", name: "c" }, { level1: "意度指标（10分）", name: "d" });
    rejoinSplitLabels(rs, "level1", isL1);
    expect(texts(rs, "level1")).toEqual(["效益指标（30分）", "", "满意度指标（10分）", ""]);
    expect(labelPoints("效益指标（30分）")).toBe(30);
  });

  it("reads a level 1's bare bracketed whole number 1–100 as its points (产出指标（50）) only when asked, and nothing else", () => {
    const L1 = { bare: true };
    expect(labelPoints("产出指标（50）", L1)).toBe(50);
    expect(labelPoints("满意度指标(10)", L1)).toBe(10);
    expect(labelPoints("效益指标（ 100 ）", L1)).toBe(100);
    expect(labelPoints("产出指标（50分）", L1)).toBe(50);
    expect(stripPoints("产出指标（50）", L1)).toBe("产出指标");
    // without the option (a level 2's bracket) a bare number is no points
    expect(labelPoints("数量指标（20）")).toBeNull();
    expect(stripPoints("数量指标（20）")).toBe("数量指标（20）");
    // a year, a decimal, 0, more than 100, a leading zero or a number with a unit is no points annotation
    for (const t of ["产出指标（2024）", "产出指标（12.5）", "产出指标（0）", "产出指标（101）", "产出指标（50个）", "产出指标（05）"]) {
      expect(labelPoints(t, L1), t).toBeNull();
      expect(stripPoints(t, L1), t).toBe(t);
    }
    expect(isPointsPiece("（30）", L1)).toBe(true);
    expect(isPointsPiece("（30）")).toBe(false);
    expect(isPointsPiece("（30分）")).toBe(true);
    for (const t of ["（2025）", "（30个）", "（1.5）"]) expect(isPointsPiece(t, L1), t).toBe(false);
  });

  it("attaches a bare （50） row to the level 1 printed one character a line above it", () => {
    const rs = recs({ level1: "产", name: "a" }, { level1: "出", name: "b" }, { level1: "指", name: "c" }, { level1: "标", name: "d" }, { level1: "（50）", name: "e" }, { level1: "效", name: "f" }, { level1: "益", name: "g" }, { level1: "指", name: "h" }, { level1: "标", name: "i" }, { level1: "（30）", name: "j" });
    rejoinSplitLabels(rs, "level1", isL1, { bare: true });
    expect(texts(rs, "level1")).toEqual(["产出指标（50）", "", "", "", "", "效益指标（30）", "", "", "", ""]);
  });

  it("leaves a bare （50） row alone where the column is not said to carry bare points (as a level 2 is not)", () => {
    const rs = recs({ level1: "产出指标", name: "a" }, { level1: "（50）", name: "b" });
    rejoinSplitLabels(rs, "level1", isL1);
    expect(texts(rs, "level1")).toEqual(["产出指标", "（50）"]);
  });

  it("completes a short label with the characters printed under it (产出 / 指 / 标（60）), points and all", () => {
    // the table's own test: a level 1 without 指标 ("产出") is a label already
    const known = (s: string) => normalizeLevel1(s) !== null;
    const rs = recs({ level1: "产出", name: "a" }, { level1: "指", name: "b" }, { level1: "标（60）", name: "" }, { level1: "效益", name: "c" }, { level1: "指标", name: "d" });
    rejoinSplitLabels(rs, "level1", known, { bare: true, shortLabels: true });
    expect(texts(rs, "level1")).toEqual(["产出指标（60）", "", "", "效益指标", ""]);
    // not asked to (a level-2 column, whose "社会效益" / "指标" the table reads otherwise): left as printed
    const asPrinted = recs({ level1: "产出", name: "a" }, { level1: "指", name: "b" }, { level1: "标（60）", name: "" });
    rejoinSplitLabels(asPrinted, "level1", known, { bare: true });
    expect(texts(asPrinted, "level1")).toEqual(["产出", "指", "标（60）"]);
  });

  it("does not join a short label with the next group's characters", () => {
    const known = (s: string) => normalizeLevel1(s) !== null;
    const rs = recs({ level1: "产出", name: "a" }, { level1: "效", name: "b" }, { level1: "益", name: "c" }, { level1: "指", name: "d" }, { level1: "标", name: "e" });
    rejoinSplitLabels(rs, "level1", known, { bare: true, shortLabels: true });
    expect(texts(rs, "level1")).toEqual(["产出", "效益指标", "", "", ""]);
  });

  it("leaves two complete labels on consecutive rows apart", () => {
    const rs = recs({ level1: "产出指标", name: "a" }, { level1: "效益指标", name: "b" });
    rejoinSplitLabels(rs, "level1", isL1);
    expect(texts(rs, "level1")).toEqual(["产出指标", "效益指标"]);
  });
});

describe("subtotal labels", () => {
  it("names 小计 rows however they are written, and nothing else", () => {
    for (const t of ["小计", "小 计", "其中小计", "其中：小计", "（产出指标小计）", "(效益指标小计)", "产出指标小计", "小计："]) expect(isSubtotalLabel(t), t).toBe(true);
    for (const t of ["合计", "总分", "产出指标", "小计划生育补助人数", "培训小计算机教室数量", ""]) expect(isSubtotalLabel(t), t).toBe(false);
  });
});
