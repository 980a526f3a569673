/**
 * The reader gaps checklist-dev-27 left (its README, "Reader gaps left"), each on invented forms of
 * test/fixtures/reader-gaps-19 (fourteenth round, readerfix19). What each case expects was written by hand
 * from what the invented form says; the field scores of the same documents are in
 * test/eval/reader-gaps-19.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const DIR = "test/fixtures/reader-gaps-19";
const load = (name: string): Promise<KpiDocument> => parseBytes(`${name}.txt`, readFileSync(`${DIR}/${name}.txt`));
const only = (d: KpiDocument): Form => {
  expect(d.forms).toHaveLength(1);
  return d.forms[0]!;
};
const byName = (f: Form, name: string): Indicator | undefined => f.indicators.find((i) => i.name === name);

describe("1. a budget part named with its points in a -layout funds row", () => {
  it("reads 预算执行情况（20分） 50.00 50.00 48.00 20 96.00% 19.20 under its header", async () => {
    const f = only(await load("rg19-budget-points-layout"));
    const u = f.funds;
    expect([u.planned, u.adjusted, u.executed, u.weight, u.rate, u.score]).toEqual([50, 50, 48, 20, 96, 19.2]);
    expect(u.unit).toBe("万元");
    expect(u.sources.map((s) => s.name)).toEqual(["财政拨款"]);
    expect(f.total).toBe(99);
    expect(byName(f, "种植户满意度")?.score).toBe(9.8);
  });
});

describe("2. the budget-execution row of an indicator table whose first column is an unlabelled 绩效指标 column", () => {
  it("reads level 1 预算执行情况, name, target, actual, 分值, 得分 in their columns", async () => {
    const f = only(await load("rg19-indicator-column-tab"));
    const b = f.indicators[0]!;
    expect([b.level1, b.level2, b.name]).toEqual(["预算执行情况", "预算执行率", "项目预算执行率"]);
    expect([b.target?.raw, b.actual?.raw, b.weight, b.score]).toEqual(["100%", "96.00%", 10, 9.6]);
    expect(f.indicators.map((i) => i.level1)).toEqual(["预算执行情况", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(byName(f, "活动方案审核通过率")?.score).toBe(14);
  });
});

describe("3. a closing block below the 合计 row", () => {
  it("takes the total from 自评结论's 总分, not the 合计 row's Σ分值, and reads the grade", async () => {
    const f = only(await load("rg19-indicator-column-tab"));
    expect(f.total).toBe(98.6);
    expect(f.grade).toBe("优");
  });
});

describe("4. a level-1 label written one character per line with its points (产/出/指/标/（40/分）)", () => {
  it("reads level 1 产出指标 with points 40 (效益 30, 满意度 10); the pieces never glued onto names nor rows of their own", async () => {
    const f = only(await load("rg19-vertical-points-layout"));
    expect(f.indicators.map((i) => i.name)).toEqual([
      "建成尾水治理示范点",
      "治理养殖池塘面积",
      "尾水抽检达标率",
      "示范点建成时间",
      "每亩治理补助标准",
      "示范区尾水化学需氧量下降幅度",
      "示范点运行管护制度",
      "参与养殖户满意度",
    ]);
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
    expect(f.indicators.map((i) => i.level1Points ?? null)).toEqual([40, 40, 40, 40, 40, 30, 30, 10]);
  });
});
