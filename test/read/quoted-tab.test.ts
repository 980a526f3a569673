/**
 * A workbook saved as TAB text writes a cell holding line breaks between double quotes, over several
 * lines ("…第一句。⏎第二句。"), and a quote inside a quoted cell doubled (""). Such a cell is one cell;
 * each of its lines keeps its own line number, so that a sentence in it is placed where it stands
 * (docs/labelling.md). A "|" table's wrapped cell likewise. Invented texts; expectations read by hand.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { narrativeLocAt } from "../../src/recognise/blocks.js";

/** an invented self-assessment's header, funds block and indicator header */
const HEAD = [
  "项目名称\t\t示例县河道保洁经费",
  "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t年度资金总额\t50\t50\t50\t10\t100%\t10",
  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
];
const grid = (lines: string[]) => textToGrid("t.txt", lines.join("\n") + "\n", "utf-8");

describe("quoted cells of a TAB text", () => {
  it("reads a cell quoted over three lines as one cell, its lines joined, each line's start kept", () => {
    const g = grid(["项目名称\t示例项目", '自评结论\t"全年完成巡查。', "资金按时拨付。", '群众满意。"\t备注', "填表人\t张某"]);
    expect(g.rows.map((r) => r.loc.line)).toEqual([1, 2, 5, 6]);
    const cell = g.rows[1].cells[1];
    expect(cell.text).toBe("全年完成巡查。资金按时拨付。群众满意。");
    expect(cell.loc.line).toBe(2);
    expect(cell.lines).toEqual([
      { offset: 7, line: 3 },
      { offset: 14, line: 4 },
    ]);
    // the cell after the closing quote is the row's third, though it stands on l.4
    expect(g.rows[1].cells.map((c) => c.text)).toEqual(["自评结论", "全年完成巡查。资金按时拨付。群众满意。", "备注"]);
    expect(g.rows[1].cells[2].loc.line).toBe(4);
    expect(g.rows[2].cells.map((c) => c.text)).toEqual(["填表人", "张某"]);
  });

  it("unquotes a one-line quoted cell and a doubled quote inside it", () => {
    const g = grid(['指标\t"按""十四五""规划执行"\t10']);
    expect(g.rows[0].cells.map((c) => c.text)).toEqual(["指标", '按"十四五"规划执行', "10"]);
    expect(g.rows[0].cells[1].lines).toBeUndefined();
  });

  it("reads a quote typed as text as it stands: not closed before a TAB or the line's end, or never closed", () => {
    expect(grid(['说明\t"十四五"规划\t10']).rows[0].cells.map((c) => c.text)).toEqual(["说明", '"十四五"规划', "10"]);
    const open = grid(['说明\t"未闭合的引号', "下一行\t20"]);
    expect(open.rows.filter((r) => r.cells.length).map((r) => r.cells.map((c) => c.text))).toEqual([
      ["说明", '"未闭合的引号'],
      ["下一行", "20"],
    ]);
  });

  it("keeps an indicator whose name is quoted over two lines one indicator", () => {
    const doc = gridToDocument(
      grid([
        ...HEAD,
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t42公里\t50\t50",
        "效益指标\t生态效益指标\t河面漂浮物清除率\t≥95%\t97%\t30\t30",
        '满意度指标\t服务对象满意度指标\t"沿河群众满意',
        '度"\t≥90%\t93%\t10\t10',
        "总分\t\t\t\t\t100\t100",
      ]),
    );
    const inds = doc.forms[0].indicators;
    expect(inds.map((i) => [i.name, i.line])).toEqual([
      ["保洁河道长度", 5],
      ["河面漂浮物清除率", 6],
      ["沿河群众满意度", 7],
    ]);
    expect(doc.forms[0].total).toBe(100);
  });

  it("gives each sentence of a quoted analysis the line it stands on", () => {
    const doc = gridToDocument(
      grid([
        ...HEAD,
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t42公里\t80\t80",
        "满意度指标\t服务对象满意度指标\t沿河群众满意度\t≥90%\t93%\t10\t10",
        "总分\t\t\t\t\t100\t100",
        '"项目绩效',
        '分析"\t"全年保洁河道42公里。',
        "预算执行率100%。",
        '群众满意度93%。"',
      ]),
    );
    const [n] = doc.forms[0].narrative;
    expect(n.text).toBe("全年保洁河道42公里。预算执行率100%。群众满意度93%。");
    const lineOf = (s: string) => narrativeLocAt(n, n.text.indexOf(s)).line;
    expect([lineOf("全年保洁"), lineOf("预算执行率"), lineOf("群众满意度")]).toEqual([9, 10, 11]);
  });
});

describe("a wrapped cell of a | table", () => {
  it("keeps where its further line starts, so the analysis's second sentence stands on its own line", () => {
    const g = grid(["项目名称 | 示例项目 |", "自评结论 | 全年完成巡查任务。", "  预算执行率为96%。", "填表人 | 张某 |"]);
    const cell = g.rows[1].cells[1];
    expect(cell.text).toBe("全年完成巡查任务。预算执行率为96%。");
    expect(cell.lines).toEqual([{ offset: 9, line: 3 }]);
  });
});
