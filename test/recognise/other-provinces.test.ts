/**
 * Arrangements of provinces the template fixtures did not cover before (issue 8/9: Jiangsu,
 * Shanghai): goals and value columns side by side whose headers say which is the year's, a funds
 * row naming the whole cycle's money beside the year's, and Shanghai's 影响力 level 1 with level 2s
 * of its own. Invented content.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("provinces.txt", text, "utf-8"));

describe("arrangements of other provinces", () => {
  it("takes the 年度目标 of 总目标 | 年度目标 side by side, and the year's value column by its header, in either order", () => {
    for (const order of [["年度指标值", "实施期指标值"], ["实施期指标值", "年度指标值"]]) {
      const yearFirst = order[0] === "年度指标值";
      const v = (year: string, period: string) => (yearFirst ? `${year}\t${period}` : `${period}\t${year}`);
      const d = parse(
        [
          "项目支出绩效目标表",
          "项目名称\t某河道保洁项目\t项目代码\t32000125R0001",
          "主管部门\t某市水务局\t项目实施单位\t某市河道管理处",
          "绩效目标\t总目标\t年度目标",
          "\t三年内河道保洁全覆盖。\t本年度保洁河道40公里。",
          `一级指标\t二级指标\t三级指标\t${order.join("\t")}`,
          `产出指标\t数量指标\t保洁河道长度\t${v("40公里", "120公里")}`,
          `\t质量指标\t保洁考核优良率\t${v("≥90%", "≥92%")}`,
        ].join("\n"),
      );
      expect(d.forms, order.join("/")).toHaveLength(1);
      const f = d.forms[0];
      expect(f.goals.annual?.text).toBe("本年度保洁河道40公里。");
      expect(f.goals.period?.text).toBe("三年内河道保洁全覆盖。");
      expect(f.indicators.map((i) => [i.name, i.target?.raw, i.annualTarget?.raw])).toEqual([
        ["保洁河道长度", "120公里", "40公里"],
        ["保洁考核优良率", "≥92%", "≥90%"],
      ]);
    }
  });

  it("reads 本年度预算（万元） as the form's funds and 项目总金额（万元） as the whole cycle's", () => {
    const d = parse(
      [
        "项目绩效目标申报表",
        "项目名称\t某街心绿地提升工程\t项目编码\tX2025-01",
        "主管部门\t某区绿化局\t项目单位\t某区绿化所",
        "项目总金额（万元）\t900.00\t本年度预算（万元）\t300.00\t其中：财政资金\t300.00",
        "年度绩效目标\t提升街心绿地3处。",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量\t提升街心绿地\t3处",
        "\t质量\t种植成活率\t≥95%",
      ].join("\n"),
    );
    const f = d.forms[0];
    expect(f.funds.annualTotal).toBe(300);
    expect(f.funds.periodTotal).toBe(900);
  });

  it("knows 影响力指标 as a level 1 whose level 2s (长效管理) are its own, and a level 2 printed without 指标", () => {
    const d = parse(
      [
        "项目名称\t某垃圾分类巩固经费",
        "主管部门\t某区市容局",
        "一级指标\t二级指标\t三级指标\t指标值\t指标解释",
        "产出指标\t数量\t督导投放点\t120个\t",
        "效果指标\t社会公众或服务对象满意度\t居民满意度\t≥88%\t问卷",
        "影响力指标\t长效管理\t志愿督导机制\t建立\t",
        "\t能力建设\t专业养护人员\t≥12人\t",
      ].join("\n"),
    );
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ["产出指标", "数量指标", "督导投放点", "120个"],
      ["效益指标", "服务对象满意度指标", "居民满意度", "≥88%"],
      ["影响力指标", "长效管理", "志愿督导机制", "建立"],
      ["影响力指标", "能力建设", "专业养护人员", "≥12人"],
    ]);
  });

  it("in a form printed without borders (single spaces), a number and its unit or date word are one value, and a goal's pieces split around numbers are one text", () => {
    const d = parse(
      [
        "项目绩效目标申报表",
        "",
        "项目名称 某口袋公园建设工程 项目编码 X2025-02",
        "",
        "主管部门 某区绿化局 项目单位 某区绿化所",
        "",
        "年度绩效目标 新建口袋公园 6 座，新增绿化面积 1.8 万平方米，年内开放。",
        "",
        "一级指标 二级指标 三级指标 指标值 指标解释",
        "",
        "产出指标 数量 新建口袋公园数量 6 座 以竣工验收为准",
        "",
        "新增绿化面积 ≥1.8 万平方米",
        "",
        "时效 公园开放时间 2025 年 12 月底前",
        "",
        "效果指标 社会效益 服务半径覆盖居民 ≥3.5 万人",
      ].join("\n"),
    );
    const f = d.forms[0];
    expect(f.goals.annual?.text).toBe("新建口袋公园6座，新增绿化面积1.8万平方米，年内开放。");
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw, i.explanation ?? null])).toEqual([
      ["数量指标", "新建口袋公园数量", "6座", "以竣工验收为准"],
      ["数量指标", "新增绿化面积", "≥1.8万平方米", null],
      ["时效指标", "公园开放时间", "2025年12月底前", null],
      ["社会效益指标", "服务半径覆盖居民", "≥3.5万人", null],
    ]);
  });

  it("reads a self-assessment's funds amounts written with their unit (\"86 万元\"), converting 元 to the table's 万元", () => {
    const d = parse(
      [
        "部门项目支出绩效自评表",
        "项目名称\t某基本公共卫生服务项目",
        "主管部门及代码\t某县卫生健康局 023001\t实施单位\t某县疾控中心",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额:\t86 万元\t80 万元\t760000 元\t10\t95%\t9.5",
        "\t其中: 财政拨款\t86 万元\t80 万元\t76 万元\t—\t—\t—",
        "年度总体目标\t预期目标\t实际完成情况",
        "\t管理老年人1.2万人。\t管理老年人1.18万人。",
        "名称\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "绩效指标\t产出指标\t数量指标\t老年人健康管理人数\t1.2万人\t1.18万人\t45\t44.25",
        "\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90%\t93%\t45\t45",
      ].join("\n"),
    );
    const f = d.forms[0];
    expect([f.funds.planned, f.funds.adjusted, f.funds.executed, f.funds.rate]).toEqual([86, 80, 76, 95]);
    expect(f.funds.sources.map((s) => [s.name, s.planned, s.adjusted, s.executed])).toEqual([["财政拨款", 86, 80, 76]]);
  });
});

