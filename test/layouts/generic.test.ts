/**
 * A form of a layout no recogniser knows (an invented provincial template, written for this test:
 * funds row of its own, 年度指标值/实际完成值/分值/得分/未完成原因 columns) is parsed by the generic
 * header-driven recogniser, with a diagnostic saying so.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";

describe("generic recogniser", () => {
  it("reads an unknown self-assessment layout by its header", async () => {
    const d = await parseFile("test/fixtures/layouts/generic-unknown-self-assessment.txt");
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).toBe("generic");
    expect(f.kind).toBe("self-assessment");
    expect(f.project.name).toBe("城乡环境卫生整治");
    expect(d.diagnostics.map((x) => x.code)).toContain("layout/generic");
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "清扫道路长度", "≥300公里", "320公里", 20, 20],
      ["产出指标", "质量指标", "道路保洁合格率", "≥95%", "达成预期指标", 20, 20],
      ["效益指标", "社会效益指标", "群众投诉下降率", "≥100%", "15%", 30, 30],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10],
    ]);
    // "总分 … 90 88": the 分值 total, then the 得分 total
    expect(f.totalWeight).toBe(90);
    expect(f.total).toBe(88);
    expect(f.fields.total.loc.line).toBe(10);
  });
});
