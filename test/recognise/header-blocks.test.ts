/**
 * A block named in its header's own first cell ("实施期绩效指标 | 一级指标 | …", then "年度绩效指标 | 一级指标 | …")
 * opens that block, as a title line above the header does; a header cell naming the only block of its
 * table is the template's row label, and the form is not written in blocks (issue 9, dev-16). Invented.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("blocks.txt", text, "utf-8"));
const HEAD = "项目名称\t示例乡镇文化站改造项目\n实施期目标\t三年改造乡镇文化站12个。\n年度目标\t本年改造乡镇文化站4个。\n";
const PERIOD = "实施期绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造乡镇文化站\t≥12个\n\t满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n";
const ANNUAL = "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造乡镇文化站\t≥4个\n\t满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n";

describe("blocks named in the header's first cell", () => {
  it("a 实施期 block and a 年度 block, each under its own header", () => {
    const f = parse(HEAD + PERIOD + ANNUAL).forms[0];
    expect(f.indicators.map((i) => [i.name, i.target?.raw, i.block])).toEqual([
      ["改造乡镇文化站", "≥12个", "period"],
      ["村民满意度", "≥90%", "period"],
      ["改造乡镇文化站", "≥4个", "annual"],
      ["村民满意度", "≥90%", "annual"],
    ]);
  });
  it("one table under a header naming 年度绩效指标 is no block of a form written in blocks", () => {
    const f = parse(HEAD + ANNUAL).forms[0];
    expect(f.indicators).toHaveLength(2);
    expect(f.indicators.map((i) => i.block ?? null)).toEqual([null, null]);
  });
});

describe("the next form's title right under the last indicator row", () => {
  /** invented: two target forms in one TAB workbook, no blank line between them */
  const form = (n: number, project: string, name: string) =>
    [
      `表${n}\t项目支出绩效目标表`,
      "\t（2025年度）",
      "填报单位：某县农业技术推广站\t\t\t\t单位：万元",
      `项目名称\t${project}`,
      "年度目标\t全年完成既定任务。",
      "\t一级指标\t二级指标\t三级指标\t指标值",
      `\t产出指标\t数量指标\t${name}\t≥100户`,
      "\t满意度指标\t服务对象满意度指标\t参训农户满意度\t≥90%",
    ].join("\n");

  it("ends the table at a table number and a form title: no indicator is read from it", () => {
    const doc = parse(form(6, "农技推广示范", "示范农户数") + "\n" + form(7, "农机购置补贴", "补贴农户数") + "\n");
    expect(doc.forms.map((f) => f.project.name)).toEqual(["农技推广示范", "农机购置补贴"]);
    expect(doc.forms.map((f) => f.indicators.map((i) => [i.name, i.target?.raw]))).toEqual([
      [["示范农户数", "≥100户"], ["参训农户满意度", "≥90%"]],
      [["补贴农户数", "≥100户"], ["参训农户满意度", "≥90%"]],
    ]);
  });

  it("a titled header repeated on a new page continues the table", () => {
    const more = "表6\t项目支出绩效目标表\n\t一级指标\t二级指标\t三级指标\t指标值\n\t效益指标\t社会效益指标\t农户增收\t≥5%\n";
    const f = parse(form(6, "农技推广示范", "示范农户数") + "\n" + more).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["示范农户数", "参训农户满意度", "农户增收"]);
  });
});
