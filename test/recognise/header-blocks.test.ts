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
