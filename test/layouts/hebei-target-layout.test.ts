/**
 * A Hebei-family target form printed with its columns aligned (pdftotext -layout: two spaces or more
 * between cells, long cells wrapped under their column), not with the single spaces of corpus 001.
 * Invented form (a county culture bureau's library project, figures made up); expectations written by hand from the text below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const text = [
  "某县文化和旅游局2025年部门预算",
  "",
  "                        2025年项目支出绩效目标表",
  "",
  "项目编码    130999250007              项目名称    乡镇图书分馆图书配送项目",
  "预算数（万元）    36.00",
  "资金支出计划（%）     3月底     6月底     10月底    12月底",
  "                      10        40        85        100",
  "绩效目标    为全县18个乡镇分馆配送新书2.4万册，开展阅读推广活动36场，提高乡镇群众借阅",
  "            便利度",
  "一级指标    二级指标    三级指标                绩效指标描述                    指标值          指标值确定依",
  "                                                                                                据",
  "产出指标    数量指标    配送新书册数            向乡镇分馆配送的新采购图书      ≥2.4万册        计划标准",
  "                        阅读推广活动场次        在乡镇分馆举办的读书会、讲座等  ≥36场           计划标准",
  "                                                活动",
  "            质量指标    图书编目准确率          编目数据抽检合格的比例          ≥98%            行业标准",
  "            成本指标    单册图书采购均价        含加工及配送费用                ≤15元/册        预算测算",
  "效益指标    社会效益指  乡镇分馆年借阅人次      乡镇分馆全年借阅图书的人次      ≥5万人次        历史标准",
  "            标",
  "满意度指标  服务对象满  乡镇读者满意度          问卷调查                        ≥90%            计划标准",
  "            意度指标",
].join("\n");

describe("a Hebei-family form printed space-aligned", () => {
  const d = gridToDocument(textToGrid("test.txt", text, "utf-8"));
  const f = d.forms[0];
  it("is read with its template, as a table of aligned columns", () => {
    expect(d.forms).toHaveLength(1);
    expect(f.layout).toBe("hebei-target");
    expect(f.project.code).toBe("130999250007");
    expect(f.project.name).toBe("乡镇图书分馆图书配送项目");
    expect(f.project.department).toBe("某县文化和旅游局");
    expect(f.funds.annualTotal).toBe(36);
  });
  it("reads the spending plan: months, then percentages", () => {
    expect(f.funds.spendingPlan?.map((p) => [p.month, p.value])).toEqual([
      [3, 10],
      [6, 40],
      [10, 85],
      [12, 100],
    ]);
  });
  it("joins wrapped cells in their own column: a description's tail, a level 2 cut at the cell edge", () => {
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.target?.raw, i.basis])).toEqual([
      ["产出指标", "数量指标", "配送新书册数", "向乡镇分馆配送的新采购图书", "≥2.4万册", "计划标准"],
      ["产出指标", "数量指标", "阅读推广活动场次", "在乡镇分馆举办的读书会、讲座等活动", "≥36场", "计划标准"],
      ["产出指标", "质量指标", "图书编目准确率", "编目数据抽检合格的比例", "≥98%", "行业标准"],
      ["产出指标", "成本指标", "单册图书采购均价", "含加工及配送费用", "≤15元/册", "预算测算"],
      ["效益指标", "社会效益指标", "乡镇分馆年借阅人次", "乡镇分馆全年借阅图书的人次", "≥5万人次", "历史标准"],
      ["满意度指标", "服务对象满意度指标", "乡镇读者满意度", "问卷调查", "≥90%", "计划标准"],
    ]);
  });
});

describe("a Hebei-family form whose spending plan pairs each month with its value on one line", () => {
  // invented: the same form with "3月底 10 6月底 40 …" printed on the label's line
  const paired = text.replace("资金支出计划（%）     3月底     6月底     10月底    12月底\n                      10        40        85        100", "资金支出计划（%）  3月底    10          6月底     40          10月底    85          12月底    90");
  const f = gridToDocument(textToGrid("test.txt", paired, "utf-8")).forms[0];
  it("reads each value after its month, on the label's line", () => {
    expect(paired).not.toBe(text);
    expect(f.funds.spendingPlan?.map((p) => [p.month, p.value])).toEqual([
      [3, 10],
      [6, 40],
      [10, 85],
      [12, 90],
    ]);
    expect(f.fields["funds.spendingPlan"]?.loc.line).toBe(7);
  });
});
