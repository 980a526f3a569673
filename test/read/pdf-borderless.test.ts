import { describe, expect, it } from "vitest";
import { bandCells, borderlessRows, columnEdges, splitCrowded, groupRows, splitWideGaps, type TextRun } from "../../src/read/pdf-borderless.js";

/**
 * Synthetic borderless pages: text runs placed as LibreOffice prints a workbook without borders
 * (size 10, lines 12 apart, cells centred vertically in their rows, text left-aligned at the
 * column's edge, numbers right-aligned at its right edge).
 */
const SIZE = 10;
const PITCH = 12;
/** column edges of the synthetic sheet */
const X = [20, 60, 100, 180, 230];
const runW = (s: string) => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? SIZE : SIZE * 0.55), 0);

/** a cell's lines centred on `centre` (y up) in column `col` */
function cell(col: number, centre: number, ...lines: string[]): TextRun[] {
  const first = centre + ((lines.length - 1) * PITCH) / 2 - SIZE * 0.3;
  return lines.map((str, i) => ({ str, x0: X[col], x1: X[col] + runW(str), y: first - i * PITCH, size: SIZE }));
}
/** a number right-aligned in column `col` */
function num(col: number, centre: number, str: string): TextRun {
  const x1 = X[col + 1] - 2;
  return { str, x0: x1 - runW(str), x1, y: centre - SIZE * 0.3, size: SIZE };
}
const texts = (rows: { text: string; merged?: boolean }[][]) => rows.map((r) => r.map((c) => (c.merged ? `~${c.text}` : c.text)));

describe("borderless PDF tables", () => {
  it("measures the column edges from where text starts on several lines; numbers mark no edge", () => {
    const runs = [...cell(0, 500, "项目名称"), ...cell(2, 500, "某项目"), ...cell(0, 480, "实施单位"), ...cell(2, 480, "某单位"), num(3, 500, "180"), num(3, 480, "24")];
    expect(columnEdges(runs)).toEqual([X[0], X[2]]);
  });

  it("joins the lines of a wrapped cell at the page's line pitch, and starts a new cell at a wider gap or a number", () => {
    const runs = [...cell(0, 500, "参训教师人", "数"), ...cell(0, 470, "组织校本培训场", "次"), ...cell(1, 500, "培训"), num(1, 488, "12"), ...cell(1, 470, "a")];
    const { cells, pitch } = bandCells(runs, [X[0], X[1]]);
    expect(pitch).toBe(PITCH);
    expect(cells.filter((c) => c.band === 0).map((c) => c.text)).toEqual(["参训教师人数", "组织校本培训场次"]);
    expect(cells.filter((c) => c.band === 1).map((c) => c.text)).toEqual(["培训", "12", "a"]);
  });

  it("rebuilds rows: wrapped names joined, labels centred between rows spread over them as merged copies", () => {
    // header; two indicator rows (the first two lines high); 产出指标 / 数量指标 merged over both,
    // printed centred between them
    const runs = [
      ...cell(0, 520, "一级指标"),
      ...cell(1, 520, "二级指标"),
      ...cell(2, 520, "三级指标"),
      ...cell(3, 520, "指标值"),
      ...cell(2, 490, "参训教师人", "数"),
      ...cell(3, 490, "120人"),
      ...cell(2, 463, "组织培训场次"),
      ...cell(3, 463, "≥8场"),
      ...cell(0, 476.5, "产出指标"),
      ...cell(1, 476.5, "数量指标"),
    ];
    expect(texts(borderlessRows(runs))).toEqual([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "参训教师人数", "120人"],
      ["~产出指标", "~数量指标", "组织培训场次", "≥8场"],
    ]);
  });

  it("spreads a label centred on the middle one of three rows over all three", () => {
    const runs = [
      ...cell(0, 520, "一级指标"),
      ...cell(1, 520, "三级指标"),
      ...cell(2, 520, "指标值"),
      ...cell(1, 500, "甲"),
      ...cell(2, 500, "1个"),
      ...cell(1, 484, "乙"),
      ...cell(2, 484, "2个"),
      ...cell(0, 484, "产出指标"),
      ...cell(1, 468, "丙"),
      ...cell(2, 468, "3个"),
    ];
    expect(texts(borderlessRows(runs)).map((r) => r[0])).toEqual(["一级指标", "产出指标", "~产出指标", "~产出指标"]);
  });

  it("splits two labels printed without a gap into the rows they belong to, but keeps a label merged over rows", () => {
    // 社会效益指标 and 可持续影响指标 (two lines each) touch: four lines at the line pitch in one band
    const runs = [
      ...cell(1, 500, "社会效益", "指标"),
      ...cell(2, 500, "受益人数"),
      ...cell(3, 500, "≥100人"),
      ...cell(1, 476, "可持续影", "响指标"),
      ...cell(2, 476, "机制"),
      ...cell(3, 476, "长效"),
      ...cell(0, 488, "效益指标"),
    ];
    const edges = columnEdges(runs);
    const { cells, pitch } = bandCells(runs, edges);
    expect(cells.find((c) => c.band === 1)?.text).toBe("社会效益指标可持续影响指标");
    const { rows, key } = groupRows(cells, pitch);
    const split = splitCrowded(cells, rows, key, pitch);
    expect(split.filter((c) => c.band === 1).map((c) => c.text)).toEqual(["社会效益指标", "可持续影响指标"]);
    expect(split.filter((c) => c.band === 0).map((c) => c.text)).toEqual(["效益指标"]);
    expect(texts(borderlessRows(runs))).toEqual([
      ["效益指标", "社会效益指标", "受益人数", "≥100人"],
      ["~效益指标", "可持续影响指标", "机制", "长效"],
    ]);
  });

  it("cuts a run pdfjs joined across two cells: at a wide gap, or between short Chinese labels", () => {
    const joined: TextRun = { str: "指标值 备注", x0: 100, x1: 100 + 5 * SIZE + 3, y: 500, size: SIZE };
    expect(splitWideGaps([joined]).map((r) => [r.str, r.cut ?? false])).toEqual([
      ["指标值", false],
      ["备注", true],
    ]);
    const wide: TextRun = { str: "合计 180", x0: 100, x1: 100 + 2 * SIZE + 30 + runW("180"), y: 500, size: SIZE };
    expect(splitWideGaps([wide]).map((r) => r.str)).toEqual(["合计", "180"]);
    const oneCell: TextRun = { str: "新增项目√ 延续项目□", x0: 100, x1: 100 + 10 * SIZE + 3, y: 500, size: SIZE };
    expect(splitWideGaps([oneCell]).map((r) => r.str)).toEqual(["新增项目√ 延续项目□"]);
  });

  it("joins runs of one line that touch: a printer's pieces of a cell mark no column edge", () => {
    // 群众食 / 品安全 / 满意度 in column 2, the first line written as three touching runs, twice
    const pieces = (y: number): TextRun[] => ["群", "众", "食"].map((str, i) => ({ str, x0: X[2] + i * SIZE, x1: X[2] + (i + 1) * SIZE, y, size: SIZE }));
    const runs = [...pieces(500), ...cell(2, 488, "品安全"), ...pieces(460), ...cell(0, 500, "一级指标"), ...cell(0, 460, "二级指标")];
    expect(splitWideGaps(runs).filter((r) => r.y === 500 && r.x0 >= X[2]).map((r) => [r.str, r.x0, r.x1])).toEqual([["群众食", X[2], X[2] + 3 * SIZE]]);
    expect(columnEdges(splitWideGaps(runs))).toEqual([X[0], X[2]]);
    // two cells a padding apart stay two runs
    const apart: TextRun[] = [
      { str: "部门预算", x0: 20, x1: 60, y: 500, size: SIZE },
      { str: "文件", x0: 64, x1: 84, y: 500, size: SIZE },
    ];
    expect(splitWideGaps(apart).map((r) => r.str)).toEqual(["部门预算", "文件"]);
  });

  it("starts a new cell where a line stands closer than the line pitch: rows crowding each other", () => {
    const at = (str: string, y: number): TextRun => ({ str, x0: X[0], x1: X[0] + runW(str), y, size: SIZE });
    // 指标值确定 / 依据 at the pitch, then 县质量强县 1.2 pt too close, 工作方案 at the pitch again
    const runs = [at("指标值确定", 500), at("依据", 488), at("县质量强县", 477.2), at("工作方案", 465.2)];
    const { cells, pitch } = bandCells(runs, [X[0]]);
    expect(pitch).toBe(PITCH);
    expect(cells.map((c) => c.text)).toEqual(["指标值确定依据", "县质量强县工作方案"]);
  });

  it("splits a column of crowded cells of different heights at the rows beside it", () => {
    // names of 2, 4 and 3 lines printed without a gap, centred on rows at 500, 464 and 422
    const runs = [
      ...cell(2, 500, "单家检查", "成本"),
      ...cell(2, 464, "较大以上", "特种设备", "安全事故", "起数"),
      ...cell(2, 422, "电梯困人", "故障处置", "能力"),
      ...cell(3, 500, "平均费用"),
      ...cell(4, 500, "≤1300元"),
      ...cell(3, 464, "全年发生", "事故起数"),
      ...cell(4, 464, "0起"),
      ...cell(3, 422, "处置能力"),
      ...cell(4, 422, "提高"),
    ];
    expect(texts(borderlessRows(runs))).toEqual([
      ["单家检查成本", "平均费用", "≤1300元"],
      ["较大以上特种设备安全事故起数", "全年发生事故起数", "0起"],
      ["电梯困人故障处置能力", "处置能力", "提高"],
    ]);
  });

  it("keeps a two-line label merged over two rows whole when its lines only come near the rows", () => {
    // 资金支出计 / 划（%） centred between a row of months (472) and a row of shares (456): its lines
    // lie 2 pt off each row's centre, where the cells of a row share theirs exactly
    const runs = [...cell(0, 464, "资金支出计", "划（%）"), ...cell(1, 472, "3月底"), ...cell(2, 472, "6月底"), ...cell(1, 456, "二成"), ...cell(2, 456, "五成")];
    expect(texts(borderlessRows(runs))).toEqual([
      ["资金支出计划（%）", "3月底", "6月底"],
      ["~资金支出计划（%）", "二成", "五成"],
    ]);
  });

  it("gives the rows a page break cuts to the label printed on either side of the break", () => {
    // top: 效益指标 repeated from the previous page above the first row; bottom: 产出指标 cut by the
    // page's end, printed on the last row although it also covers the row above
    const runs = [
      ...cell(0, 540, "效益指标"),
      ...cell(1, 520, "影响"),
      ...cell(2, 520, "长效机制"),
      ...cell(0, 500, "满意指标"),
      ...cell(1, 500, "服务"),
      ...cell(2, 500, "主体满意度"),
      // (rows of unequal height: 满意指标 is not centred on the three rows around it)
      ...cell(1, 470, "甲"),
      ...cell(2, 470, "乙项"),
      ...cell(0, 450, "产出指标"),
      ...cell(1, 450, "数量"),
      ...cell(2, 450, "丙项"),
    ];
    expect(texts(borderlessRows(runs))).toEqual([
      ["效益指标", "", ""],
      ["~效益指标", "影响", "长效机制"],
      ["满意指标", "服务", "主体满意度"],
      ["产出指标", "甲", "乙项"],
      ["~产出指标", "数量", "丙项"],
    ]);
  });
});
