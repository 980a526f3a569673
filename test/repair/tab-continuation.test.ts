import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

// invented snippets: a TAB self-assessment whose wrapped cells continue on lines written without the
// TABs of the empty cells before them
const cellsOf = (src: string, line: number) =>
  textToGrid("t.txt", src, "utf-8")
    .rows.find((r) => r.loc.line === line)!
    .cells.map((c) => c.text);

describe("TAB continuation lines that drop their empty leading cells", () => {
  it("puts a continuation under the cells it completes, not where its TAB count leaves it", () => {
    const goals = ["年度总体目标\t预期目标\t实际完成情况", "\t完成林区巡护800公里以上，及时发现\t巡护820公里，发现并处置火险隐", "火险隐患并处置。\t患12处。"].join("\n");
    expect(cellsOf(goals, 3)).toEqual(["", "火险隐患并处置。", "患12处。"]);
    const reason = ["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因", "\t数量指标\t巡护里程\t≥800公里\t700公里\t20\t17.50\t雨季道路中断，巡护减少；下一步增", "设巡护路线"].join("\n");
    expect(cellsOf(reason, 3)).toEqual(["", "", "", "", "", "", "", "设巡护路线"]);
  });

  it("leaves a row of its own where it stands: a label, a value, or a line after finished cells", () => {
    const label = ["\t完成林区巡护800公里以上，及时发现\t巡护820公里，发现并处置火险隐", "项目名称\t林区巡护经费"].join("\n");
    expect(cellsOf(label, 2)).toEqual(["项目名称", "林区巡护经费"]);
    const level = ["\t数量指标\t巡护里程\t≥800公里\t700公里\t20\t17.50\t雨季道路中断，巡护减少；下一步增", "效益指标\t社会效益指标\t山火发生次数\t0次\t0次\t20\t20"].join("\n");
    expect(cellsOf(level, 2)[0]).toBe("效益指标");
    const finished = ["\t完成林区巡护800公里以上。\t巡护820公里。", "年度绩效指标完成情况"].join("\n");
    expect(cellsOf(finished, 2)).toEqual(["年度绩效指标完成情况"]);
  });

  it("reads the continuation into the reason it completes, not into the indicator name", () => {
    const src = [
      "项目支出绩效自评表",
      "项目名称\t林区巡护经费",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
      "产出指标\t数量指标\t巡护次数\t≥200次\t210次\t20\t20.00\t无",
      "\t\t巡护里程\t≥800公里\t700公里\t20\t17.50\t雨季道路中断，巡护减少；下一步增",
      "设巡护路线",
      "\t质量指标\t火险隐患处置率\t100%\t100%\t20\t20.00\t无",
    ].join("\n");
    const inds = gridToDocument(textToGrid("t.txt", src, "utf-8")).forms.flatMap((f) => f.indicators);
    expect(inds.map((i) => [i.name, i.deviation])).toEqual([
      ["巡护次数", "无"],
      ["巡护里程", "雨季道路中断，巡护减少；下一步增设巡护路线"],
      ["火险隐患处置率", "无"],
    ]);
  });
});
