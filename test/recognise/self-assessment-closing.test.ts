/**
 * Self-assessment blocks the eighth development set showed unread, on small forms written for these
 * tests (an invented township water-supply project and figures): a funds block whose label wraps its
 * unit onto the totals row ("项目资金" / "（万元） ⇥ 年度资金总额 …"), a reason written as a row under the
 * amounts ("预算执行偏差原因：…") or wrapped out of its 原因 cell, an analysis written after its label
 * in one cell ("项目绩效分析：…"), and a form converting its indicator part by one share (指标得分小计 ×
 * 权重占比 = 折算得分). Expectations were written by hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { T } from "./scored-form.js";
import { conversionForm } from "../helpers/conversion-snippet.js";
import { loadTemplates, parseTemplate } from "../../src/recognise/templates.js";
import { conversionRowOf } from "../../src/recognise/blocks.js";
import { KnowledgeError } from "../../src/engine/knowledge.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

/** invented: a 20-point budget part in space-aligned text, the unit of 项目资金 wrapped onto the totals row */
const LAYOUT = [
  "                              项目支出绩效自评表",
  "项目名称     某镇农村饮水提升经费",
  "主管部门     某县水利局（305）       实施单位  某镇水务站",
  "项目资金     资金来源         年初预算数 全年预算数 全年执行数 资金结余 执行率   分值 得分",
  "（万元）     年度资金总额     50.00      50.00      42.00      8.00     84.00%   20   16.80",
  "             其中：财政拨款   50.00      50.00      42.00      8.00     —        —    —",
  "预算执行偏差原因：两处管网改造延至2025年实施，结余8.00万元",
  "年度总体目标 预期目标                                 实际完成情况",
  "             改造农村供水管网12公里。                 改造农村供水管网10公里。",
  "一级指标    二级指标        三级指标                  年度指标值      实际完成值        分值 得分   偏差原因分析及改进措施",
  "产出指标    数量指标        改造供水管网长度          ≥12公里         10公里            40   33.33  两处改造延期",
  "效益指标    社会效益指标    自来水普及率              ≥95%            96%               30   30.00  无",
  "满意度指标  服务对象满意度指标 用水户满意度            ≥90%            94%               10   10.00  无",
  "总分                                                                                    100  90.13  自评等级：优",
  "项目绩效分析：全年预算50.00万元，执行42.00万元，预算执行率84.00%；用水户满意度",
  "达94%。",
  "项目负责人：        财务负责人：",
].join("\n");

describe("a self-assessment's funds block and analysis in space-aligned text", () => {
  const f = parse(LAYOUT).forms[0];

  it("reads the totals row whose first cell is the wrapped unit of the block's label", () => {
    expect(f.funds).toMatchObject({ unit: "万元", planned: 50, adjusted: 50, executed: 42, balance: 8, rate: 84, weight: 20, score: 16.8 });
    expect(f.funds.sources.map((s) => s.name)).toEqual(["财政拨款"]);
  });

  it("takes a reason row under the amounts as the block's reason, not as a fund source", () => {
    expect(f.funds.raw?.reasons?.text).toBe("两处管网改造延至2025年实施，结余8.00万元");
    expect(f.funds.raw?.reasons?.loc.line).toBe(7);
  });

  it("reads an analysis written after its label in one cell, wrapped, up to the signature line", () => {
    expect(f.narrative).toHaveLength(1);
    expect(f.narrative[0]).toMatchObject({ section: "项目绩效分析", text: "全年预算50.00万元，执行42.00万元，预算执行率84.00%；用水户满意度达94%。" });
    expect(f.narrative[0].loc.line).toBe(15);
  });
});

/** invented: the block's title and its unit printed on the totals row, the header's first cell empty */
const TITLED = [
  "                              项目支出绩效自评表",
  "项目名称     某镇农村饮水提升经费",
  "主管部门     某县水利局              实施单位  某镇水务站",
  "                                 年初预算数   全年预算数   全年执行数   分值   执行率    得分",
  "项目资金（万元）  年度资金总额        44.00        44.00        44.00     10   100.00%   10.00",
  "                  其中：财政拨款      38.00        38.00        38.00      —      —        —",
  "                        上年结转资金   6.00         6.00         6.00      —      —        —",
  "年度总体目标 预期目标                                 实际完成情况",
  "             改造农村供水管网12公里。                 改造农村供水管网12公里，全部通水。",
  "一级指标    二级指标        三级指标                  年度指标值      实际完成值        分值 得分   偏差原因分析及改进措施",
  "产出指标    数量指标        改造供水管网长度          ≥12公里         12公里            50   50     无",
  "效益指标    社会效益指标    自来水普及率              ≥95%            96%               30   30     无",
  "满意度指标  服务对象满意度指标 用水户满意度            ≥90%            94%               10   10     无",
  "总分                                                                                    100  100    自评等级：优",
].join("\n");

describe("a funds block whose title stands on its totals row", () => {
  it("reads the row by the total named after the title, and the title's unit", () => {
    const f = parse(TITLED).forms[0];
    expect(f.funds).toMatchObject({ unit: "万元", planned: 44, adjusted: 44, executed: 44, rate: 100, weight: 10, score: 10 });
    expect(f.funds.sources.map((s) => [s.name, s.planned])).toEqual([
      ["财政拨款", 38],
      ["上年结转资金", 6],
    ]);
  });
});

/** invented: a self-assessment's funds written as one line of label：amount cells, the goal's label cut over two lines */
const ONE_LINE = [
  "                              项目支出绩效自评表",
  " 项目名称        某镇文化站设备更新",
  " 主管部门        某县文化和旅游局                实施单位        某镇文化站",
  " 项目资金        年度资金总额：20.00    全年执行数：15.00    分值：10    执行率：75.00%     得分：7.50",
  " （万元）        其中：财政拨款 20.00      其他资金 0.00",
  " 年度总体        预期目标                                      实际完成情况",
  " 目标            更新文化站音响和投影设备6台（套），开展        更新设备5台（套），开展群众文化",
  "                 群众文化活动24场。                              活动26场。",
  " 一级指标   二级指标     三级指标                  年度指标值        实际完成值     分值   得分   偏差原因分析及改进措施",
  " 产出指标   数量指标     更新设备数量              ≥6台（套）        5台（套）      50     41.67  一台投影仪到货延迟",
  " 效益指标   社会效益指标 开展群众文化活动场次      ≥24场             26场           30     30     /",
  " 满意度指标 服务对象满意度指标 群众满意度          ≥90%              95%            10     10     /",
  " 总分                                                                               100    89.17  自评等级：良",
].join("\n");

describe("a self-assessment's funds in one line of label：amount cells", () => {
  const f = parse(ONE_LINE).forms[0];

  it("reads each named column (执行数, 分值, 执行率, 得分) beside the total, the total as the budget", () => {
    expect(f.funds).toMatchObject({ adjusted: 20, executed: 15, weight: 10, rate: 75, score: 7.5 });
  });

  it("completes a goal label cut over two lines of a space-aligned print, its columns kept", () => {
    expect(f.goals.annual?.text).toBe("更新文化站音响和投影设备6台（套），开展群众文化活动24场。");
    expect(f.goals.actual?.text).toBe("更新设备5台（套），开展群众文化活动26场。");
  });
});

describe("an analysis opening with its problems, without a group label", () => {
  it("reads the 存在问题及改进措施 row after the 总分 as a section of the analysis", () => {
    const f = parse(
      T([
        ["项目支出绩效自评表"],
        ["项目名称", "某镇农村饮水提升经费"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "30.00", "30.00", "30.00", "10", "100.00%", "10.00"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "改造供水管网长度", "≥12公里", "12公里", "50", "50", "/"],
        ["满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "94%", "40", "40", "/"],
        ["总分", "", "", "", "", "100", "100", "自评等级：优"],
        ["存在问题及改进措施", "部分村组管网末端水压偏低，下一步加装增压设备。"],
      ]),
    ).forms[0];
    expect(f.narrative.map((n) => [n.section, n.text, n.loc.line])).toEqual([["存在问题及改进措施", "部分村组管网末端水压偏低，下一步加装增压设备。", 9]]);
  });
});

describe("a reason wrapped out of the funds row's 原因 cell", () => {
  it("joins the piece alone on the next line to the reason, and still reads the sources below", () => {
    const f = parse(
      T([
        ["项目支出绩效自评表"],
        ["项目名称", "某镇农村饮水提升经费"],
        ["主管部门", "某县水利局", "实施单位", "某镇水务站"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "权重", "得分", "原因"],
        ["年度资金总额", "30.00", "30.00", "0.00", "0.00%", "10", "0.00", "管材由县水利局统一招标采购，本项目资金未支"],
        ["出"],
        ["其中：财政拨款", "30.00", "30.00", "0.00", "0.00%", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "改造供水管网长度", "≥12公里", "12公里", "50", "50", "无"],
        ["效益指标", "社会效益指标", "自来水普及率", "≥95%", "96%", "30", "30", "无"],
        ["满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "94%", "10", "10", "无"],
        ["总分", "", "", "", "", "100", "90", "优"],
      ]),
    ).forms[0];
    expect(f.funds.raw?.reasons?.text).toBe("管材由县水利局统一招标采购，本项目资金未支出");
    expect(f.funds.sources.map((s) => [s.name, s.adjusted])).toEqual([["财政拨款", 30]]);
  });
});

describe("a form converting its indicator part by one share", () => {
  it("reads 指标得分小计, 权重占比 and 折算得分 as the conversion, not as indicators, and the 总分 below them", () => {
    const f = parse(conversionForm()).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["改造供水管网长度", "自来水普及率", "用水户满意度"]);
    expect(f.conversion).toEqual({ weight: 100, score: 100, share: 90, converted: 90 });
    expect(f.total).toBe(99.8);
    expect(f.fields["conversion.converted"]?.loc.line).toBe(12);
    expect(f.fields["conversion.weight"]?.loc.line).toBe(10);
  });

  it("reads a 小计 row stating only the 得分 total", () => {
    const f = parse(conversionForm({ subtotal: ["100.00"] })).forms[0];
    expect(f.conversion).toEqual({ weight: null, score: 100, share: 90, converted: 90 });
  });

  it("reads the rows' labels with a colon or a bracketed note, and ends the table at them", () => {
    const text = conversionForm().replace("指标得分小计", "指标得分小计（分）").replace("权重占比", "权重占比：").replace("折算得分", "折算得分（分）");
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["改造供水管网长度", "自来水普及率", "用水户满意度"]);
    expect(f.conversion).toEqual({ weight: 100, score: 100, share: 90, converted: 90 });
  });
});

describe("the conversion rows' labels are template data (conversionRows)", () => {
  const generic = loadTemplates()[0];

  it("knows generic's labels, and no indicator name", () => {
    expect(conversionRowOf(generic, "绩效指标得分小计")).toBe("subtotal");
    expect(conversionRowOf(generic, "指标权重占比")).toBe("share");
    expect(conversionRowOf(generic, "折算得分：")).toBe("converted");
    expect(conversionRowOf(generic, "改造供水管网长度")).toBeNull();
    // a label that only starts like one is no conversion row
    expect(conversionRowOf(generic, "权重占比说明")).toBeNull();
  });

  it("takes a template's own labels before generic's, and checks them at load", () => {
    const t = parseTemplate("rules/templates/county.yml", { description: "x", conversionRows: { converted: ["加权得分"] } }, generic);
    expect(conversionRowOf(t, "加权得分")).toBe("converted");
    expect(conversionRowOf(t, "指标得分小计")).toBe("subtotal");
    expect(conversionRowOf(generic, "加权得分")).toBeNull();
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", conversionRows: { total: ["总分"] } }, generic)).toThrow(KnowledgeError);
    expect(() => parseTemplate("rules/templates/bad.yml", { description: "x", conversionRows: { share: ["(权重"] } }, generic)).toThrow(/bad\.yml: conversionRows\.share\.0/);
  });
});

describe("a split value whose 计量单位 cell is a dash", () => {
  it("reads a deadline with \"—\" in the unit column as the deadline alone, and a count with its unit", () => {
    const f = parse(
      T([
        ["部门整体支出绩效自评表"],
        ["部门名称", "某县水利局", "部门编码", "305001"],
        ["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "年初指标值", "全年实际完成值", "指标权重（分）", "指标得分（分）", "偏差原因"],
        ["产出指标", "数量指标", "改造供水管网长度", "公里", "定量", "≥12", "12", "50", "50", "无"],
        ["", "时效指标", "管网改造完成时限", "—", "定量", "2024年11月底前", "2024年11月20日", "10", "10", "无"],
        ["合计", "", "", "", "", "", "", "60", "60"],
      ]),
    ).forms[0];
    const byName = Object.fromEntries(f.indicators.map((i) => [i.name, i.target?.raw]));
    expect(byName["管网改造完成时限"]).toBe("2024年11月底前");
    expect(byName["改造供水管网长度"]).toBe("≥12公里");
  });
});

describe("an analysis label alone on its line, the analysis indented below it", () => {
  /** invented: "项目绩效分析：" with nothing after it, two indented lines of analysis, then 备注 */
  const ALONE = [
    "                              项目支出绩效自评表",
    "项目名称     某镇农村饮水提升经费",
    "主管部门     某县水利局（305）       实施单位  某镇水务站",
    "一级指标    二级指标        三级指标                  年度指标值      实际完成值        分值 得分   偏差原因分析及改进措施",
    "产出指标    数量指标        改造供水管网长度          ≥12公里         10公里            40   33.33  两处改造延期",
    "效益指标    社会效益指标    自来水普及率              ≥95%            96%               30   30.00  无",
    "总分                                                                                    100  90.13  自评等级：优",
    "项目绩效分析：",
    "  全年预算50.00万元，执行42.00万元，预算执行率84.00%。",
    "  执行率偏低的原因是两处管网改造延至下年实施",
    "备注：执行率得分按比例计算。",
  ].join("\n");

  it("reads the indented lines up to 备注 as the analysis, named by the label without its colon", () => {
    const f = parse(ALONE).forms[0];
    expect(f.narrative).toHaveLength(1);
    expect(f.narrative[0]).toMatchObject({
      section: "项目绩效分析",
      text: "全年预算50.00万元，执行42.00万元，预算执行率84.00%。执行率偏低的原因是两处管网改造延至下年实施",
    });
    expect(f.narrative[0].loc.line).toBe(9);
    expect(f.indicators.map((i) => i.name)).toEqual(["改造供水管网长度", "自来水普及率"]);
  });
});
