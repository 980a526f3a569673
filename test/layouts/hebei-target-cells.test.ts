/**
 * A Hebei form as a workbook or Word table holds it: one value per cell instead of space-separated
 * wrapped lines. Fixture: corpus/001 l.2478–2521 (first form) re-typed into cells, with the
 * spending plan corrected to percentages (25/50/75/100) — named as such in test/fixtures/layouts/.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";

describe("hebei-target from cell-based input", () => {
  it("reads header, funds, plan and the six columns", async () => {
    const d = await parseFile("test/fixtures/layouts/hebei-target-001-l2478-as-cells.txt");
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).toBe("hebei-target");
    expect(f.project.code).toBe("13053224P00273513141T");
    expect(f.project.name).toBe("FK 及扫黑除恶工作经费（办案业务）");
    expect(f.funds.annualTotal).toBe(38);
    expect(f.funds.spendingPlan?.map((p) => [p.month, p.value])).toEqual([
      [3, 25],
      [6, 50],
      [10, 75],
      [12, 100],
    ]);
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.target?.raw, i.basis])).toEqual([
      ["产出指标", "数量指标", "办公事项五十类", "维持工作运转的事项", "≥100 项或类", "部门职责及工作安排"],
      ["产出指标", "质量指标", "完成率", "实际完成工作量占应完成工作量的比率", "≥95%", "部门职责及工作安排"],
      ["效益指标", "社会效益指标", "社会影响力", "保障工作正常运转，提升服务社会能力", "保障", "部门职责及工作安排"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "调查中满意人数占总人数比率", "≥95%", "群众反馈"],
    ]);
    expect(f.indicators[0].target?.value).toBe(100);
  });
});
