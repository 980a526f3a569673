/**
 * The reader of spaced text (src/recognise/spaced.ts, templates with `spacedCells: true`) on small
 * forms of the Hebei family written for these tests (invented county, projects and numbers).
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (lines: string[]) => gridToDocument(textToGrid("spaced.txt", lines.join("\n"), "utf-8"));

const TABLE = [
  "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据",
  "",
  "产出指标 数量指标 培训人次 全年培训基层人员人次 ≥300 人次 年度培训计划",
  "",
  "效益指标 社会效益指标 服务能力 基层服务能力 明显提升 部门职责",
];

describe("spaced header block", () => {
  it("reads labels and the values up to the next label, a wrapped name, amounts, the use of the money, the spending plan and the goal", () => {
    const d = parse([
      "1、示例县基层培训经费绩效目标表",
      "单位：万元",
      "项目编码 13000024P00000000001A 项目名称 示例县基层干部能力提升培训",
      "经费",
      "预算规模及资金用途",
      "预算数 12.50 其中：财政 资金 12.50 其他资金",
      "用于基层干部培训的场地、",
      "师资和资料支出。",
      "资金支出计划（%）",
      "3 月底 6 月底 9 月底 12 月底",
      "20.00 50.00 80.00 100.00",
      "绩效目标 1.全年培训基层人员 300 人次；",
      "2.提升基层服务能力。",
      ...TABLE,
    ]);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).toBe("hebei-target");
    expect(f.project.name).toBe("示例县基层干部能力提升培训经费");
    expect(f.project.code).toBe("13000024P00000000001A");
    expect(f.funds.unit).toBe("万元");
    expect(f.funds.annualTotal).toBe(12.5);
    expect(f.funds.sources.map((s) => [s.name, s.period])).toEqual([
      ["财政资金", 12.5],
      ["其他资金", null],
    ]);
    expect(f.project.details).toEqual({ 资金用途: "用于基层干部培训的场地、师资和资料支出。" });
    expect(f.funds.spendingPlan?.map((p) => [p.month, p.value])).toEqual([
      [3, 20],
      [6, 50],
      [9, 80],
      [12, 100],
    ]);
    expect(f.goals.annual?.text).toBe("1.全年培训基层人员 300 人次；\n2.提升基层服务能力。");
    expect(f.indicators.map((i) => [i.level2, i.name, i.description, i.target?.raw, i.basis])).toEqual([
      ["数量指标", "培训人次", "全年培训基层人员人次", "≥300 人次", "年度培训计划"],
      ["社会效益指标", "服务能力", "基层服务能力", "明显提升", "部门职责"],
    ]);
  });

  it("reads a 部门整体 form (部门名称, no 项目名称) as the department's form", () => {
    const d = parse([
      "示例县文化广电和旅游局部门整体绩效目标表",
      "部门名称 示例县文化广电和旅游局 部门编码 205",
      "预算规模及资金用途 预算数 860.00 其中：财政资金 860.00 其他资金",
      "保障机关运转和公共文化服务。",
      "资金支出计划（%） 3 月底 6 月底 9 月底 12 月底",
      "25.00 50.00 75.00 100.00",
      "绩效目标 全年开展送文化下乡 120 场。",
      ...TABLE,
    ]);
    const f = d.forms[0];
    expect(f.subject).toBe("department");
    expect(f.project.name).toBe("示例县文化广电和旅游局");
    expect(f.project.department).toBe("示例县文化广电和旅游局");
    expect(f.funds.annualTotal).toBe(860);
    expect(f.funds.spendingPlan?.map((p) => p.month)).toEqual([3, 6, 9, 12]);
    expect(f.goals.annual?.text).toBe("全年开展送文化下乡 120 场。");
    expect(f.indicators).toHaveLength(2);
  });
});
