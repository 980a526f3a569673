/**
 * Cells wrapped at the cell edge, on small forms written for these tests (invented projects and
 * numbers), read by the header engine. Expectations were written by hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

import { scoredForm } from "./scored-form.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));
const form = (rows: string[][]) => scoredForm([...rows, ["总分", "", "", "", "", "100", "99"]], true);

describe("wrapped label cells", () => {
  it("the suffix of a wrapped level 2 that lands in the level-1 column is not added to the level 1 a second time", () => {
    const d = parse(
      form([
        ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "50", "50"],
        ["效益指标", "社会效益指标", "村卫生室正常运转率", "≥98%", "99%", "30", "30"],
        ["满意度指标", "服务对象满意度", "村民满意度", "≥90%", "88%", "10", "9.5", "个别村反映开诊时间短"],
        ["指标"],
      ]),
    );
    const f = d.forms[0];
    expect(f.layout).toBe("generic");
    expect(f.indicators.map((i) => i.name)).toEqual(["补助村卫生室数量", "村卫生室正常运转率", "村民满意度"]);
    const sat = f.indicators[2];
    expect(sat.level1).toBe("满意度指标");
    expect(sat.level1Raw).toBe("满意度指标");
    expect(sat.level2).toBe("服务对象满意度指标");
    expect(sat.level2Raw).toBe("服务对象满意度指标");
  });
});
