/**
 * Forms whose subject label or value header no fixture used before (issue 8: a form with a subject
 * label and an indicator header is never missed), and self-assessments a corpus layout claims by
 * its keywords but cannot read. Invented content.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("unseen.txt", text, "utf-8"));

describe("labels and headers of unseen templates", () => {
  it("reads a department-level form whose subject label is 部门（单位）名称, also when the label wraps", () => {
    for (const label of [["部门（单位）名称"], ["部门（单位）名", "称"]]) {
      const d = parse(
        [
          "部门整体支出绩效目标表",
          `${label[0]}\t某县文化馆\t部门预算编码\t401002`,
          ...(label[1] ? [label[1]] : []),
          "年度总体目标\t全年举办公益文化活动120场。",
          "一级指标\t二级指标\t三级指标\t指标解释\t目标值",
          "产出指标\t数量指标\t公益文化活动场次\t反映活动开展情况\t≥120场",
          "满意度指标\t服务对象满意度指标\t群众满意度\t问卷调查\t≥90%",
        ].join("\n"),
      );
      expect(d.forms, label.join("/")).toHaveLength(1);
      const f = d.forms[0];
      expect(f.subject).toBe("department");
      expect(f.project.name).toBe("某县文化馆");
      expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
        ["数量指标", "公益文化活动场次", "≥120场"],
        ["服务对象满意度指标", "群众满意度", "≥90%"],
      ]);
    }
  });

  it("takes a column headed 年度预期实现值 / 当年预期实现值 as the target", () => {
    for (const head of ["年度预期实现值", "当年预期实现值", "预期实现值"]) {
      const d = parse(
        [
          "项目支出名称\t乡村小剧场建设补助",
          "主管部门及其编码\t某县文化旅游局（402）",
          "绩效指标\t一级指标\t二级指标\t三级指标\t绩效标准\t" + head,
          "\t产出指标\t数量指标\t建成小剧场数量\t计划标准\t6个",
          "\t效益指标\t社会效益指标\t年均演出场次\t历史标准\t≥60场",
        ].join("\n"),
      );
      expect(d.forms, head).toHaveLength(1);
      expect(d.forms[0].project.name).toBe("乡村小剧场建设补助");
      expect(d.forms[0].indicators.map((i) => [i.name, i.target?.raw])).toEqual([
        ["建成小剧场数量", "6个"],
        ["年均演出场次", "≥60场"],
      ]);
    }
  });

  it("a self-assessment the weighted layout claims by its keywords but cannot read (项目支出名称, 预期指标值(A)) goes to the header engine", () => {
    const d = parse(
      [
        "项目支出绩效自评表",
        "项目支出名称\t社区健身器材更新",
        "预算单位\t某区体育局",
        "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t40\t40\t38\t10\t95%\t9.5",
        "年度总体目标\t更新健身器材200件。",
        "一级指标\t二级指标\t三级指标\t预期指标值(A)\t全年实际值(B)\t权重\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t更新器材数量\t200件\t200件\t50\t50\t",
        "\t小计\t\t\t\t50\t50\t",
        "满意度指标\t服务对象满意度指标\t居民满意度\t≥90%\t88%\t40\t36\t器材到货晚",
        "\t小计\t\t\t\t40\t36\t",
      ].join("\n"),
    );
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.kind).toBe("self-assessment");
    expect(f.project.name).toBe("社区健身器材更新");
    expect(f.indicators.map((i) => [i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["更新器材数量", "200件", "200件", 50, 50],
      ["居民满意度", "≥90%", "88%", 40, 36],
    ]);
    expect(d.diagnostics.map((x) => x.code)).not.toContain("layout/no-indicator-table");
  });

  it("reads labels that name their year or period (年度资金总额（2025年）, 年度目标（2025年）)", () => {
    const d = parse(
      [
        "项目名称\t河道保洁",
        "主管部门\t某县水利局",
        "中期资金总额（2025—2027年）\t90\t其中：县级\t90",
        "年度资金总额（2025年）\t30\t其中：县级\t30",
        "中期目标（2025—2027年）\t三年保洁河道120公里。",
        "年度目标（2025年度）\t保洁河道40公里。",
        "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
        "产出指标\t数量指标\t保洁河道长度\t120公里\t40公里",
      ].join("\n"),
    );
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect([f.funds.annualTotal, f.funds.periodTotal]).toEqual([30, 90]);
    expect(f.goals.annual?.text).toBe("保洁河道40公里。");
  });

  it("ends the indicator table at a 保障措施 or 审核意见 row: no indicator glued to it or made of it", () => {
    const d = parse(
      [
        "项目名称\t社区养老驿站运营补助",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t运营驿站数\t8个",
        "满意度指标\t服务对象满意度指标\t老人满意度\t≥90%",
        "保障绩效目标实现措施\t按季度检查驿站运营情况。",
        "主管部门审核意见\t\t单位公章：\t年　月　日",
      ].join("\n"),
    );
    expect(d.forms[0].indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ["运营驿站数", "8个"],
      ["老人满意度", "≥90%"],
    ]);
  });

  it("keeps a goal's numbered parts on the lines below it (目标2：…), and stops at the next label", () => {
    const d = parse(
      [
        "部门整体支出绩效目标表",
        "部门名称\t某县档案馆",
        "年度总体目标\t目标1：完成馆藏档案数字化20万页。",
        "\t目标2：接收进馆档案3000卷。",
        "部门职责\t负责全县档案的收集和利用。",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t档案数字化页数\t≥20万页",
      ].join("\n"),
    );
    expect(d.forms[0].goals.annual?.text).toBe("目标1：完成馆藏档案数字化20万页。目标2：接收进馆档案3000卷。");
  });
});
