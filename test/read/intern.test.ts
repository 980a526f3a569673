import { describe, expect, it } from "vitest";
import { internText } from "../../src/read/intern.js";
import { textToGrid } from "../../src/read/text.js";

describe("internText", () => {
  it("gives back the same text, for short and long cells", () => {
    const grid = textToGrid("t.txt", "项目名称\t某县农村公路养护项目（第二期）\n指标\t≥95%\n", "utf-8");
    const texts = grid.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts.map(internText)).toEqual(["项目名称", "某县农村公路养护项目（第二期）", "指标", "≥95%"]);
  });

  it("keeps answering with equal texts after its table was dropped for being full", () => {
    const long = "年度绩效目标：完成全县农村公路日常养护任务";
    expect(internText(long)).toBe(long);
    // more characters than the table holds: it is dropped and starts again
    for (let i = 0; i < 120_000; i++) internText(`${long}（第${i}段）`);
    expect(internText(long)).toBe(long);
    expect(internText(`${long}（第7段）`)).toBe(`${long}（第7段）`);
  });
});
