/**
 * A -layout self-assessment whose header prints its two narrow first labels one space apart
 * ("一级指标 二级指标      三级指标 …"), with level-1 labels one character a line and their points
 * on a line of their own ("（40）"), a level 2 wrapped ("服务对象满意" / "度指标"), and reasons wrapped
 * over several lines in the last column and in the funds block. Invented form and figures;
 * expectations written by hand from the text.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { at } from "../helpers/layout-text.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const text = [
  at([[24, "2024年度项目支出绩效自评表"]]),
  " 项目名称：乡镇文化站设备更新",
  " 主管部门：某县文化和旅游局                实施单位：某县文化馆",
  at([[1, "资金情况"], [15, "年初预算数"], [27, "全年预算数"], [39, "全年执行数"], [51, "分值"], [57, "执行率"], [67, "得分"], [75, "未完成原因"]]),
  " （万元）",
  at([[1, "年度资金总额"], [15, "20.00"], [27, "20.00"], [39, "15.00"], [51, "10"], [57, "75.00%"], [67, "7.50"], [75, "3个站点的音响设备"]]),
  at([[75, "改由省级配送，采购"]]),
  at([[75, "取消"]]),
  at([[1, "年度目标"], [11, "预期目标"], [61, "实际完成情况"]]),
  at([[11, "为12个乡镇文化站更新音响和投影设备。"], [61, "更新9个乡镇文化站设备。"]]),
  at([[1, "一级指标"], [10, "二级指标"], [24, "三级指标"], [52, "年度指标值"], [70, "实际完成值"], [86, "分值"], [92, "得分"], [100, "未完成原因分析及改进措施"]]),
  at([[1, "产"], [9, "数量指标"], [23, "更新设备站点数"], [51, "≥12个"], [69, "9个"], [85, "40"], [91, "30.00"], [99, "3个站点设备由省级统一配送，"]]),
  at([[1, "出"], [99, "本县不再采购"]]),
  at([[1, "指"], [9, "质量指标"], [23, "设备验收合格率"], [51, "=100%"], [69, "100%"], [85, "20"], [91, "20"]]),
  at([[1, "标"]]),
  at([[1, "（60）"]]),
  at([[1, "效"], [9, "社会效益指标"], [23, "文化活动受益群众人次"], [51, "≥20000人次"], [69, "21000人次"], [85, "20"], [91, "20"]]),
  at([[1, "益"]]),
  at([[1, "（20）"]]),
  at([[1, "满意度"], [9, "服务对象满意"], [23, "群众满意度"], [51, "≥90%"], [69, "94%"], [85, "10"], [91, "10"]]),
  at([[1, "（10）"], [9, "度指标"]]),
  at([[1, "总分"], [85, "100"], [91, "87.50"], [99, "良"]]),
].join("\n");

describe("a -layout header whose first two labels stand one space apart", () => {
  const f = parse(text).forms[0];
  it("reads one indicator a row: the points and the level-2 tail under a label are no indicator", () => {
    expect(f.indicators.map((i) => i.name)).toEqual(["更新设备站点数", "设备验收合格率", "文化活动受益群众人次", "群众满意度"]);
    expect(f.indicators.map((i) => i.level2)).toEqual(["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"]);
  });
  it("a level 1 printed one character a line ('产' / '出' / '指' / '标') is the level 1 of every row it spans", () => {
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "满意度指标"]);
  });
  it("the bare （60） / （20） / （10） under each level 1 is its points (40 + 20 under 产出, 20, 10)", () => {
    expect(f.indicators.map((i) => i.level1Points)).toEqual([60, 60, 20, 10]);
  });
  it("a reason wrapped in the last column goes on the reason, not on the name", () => {
    const i = f.indicators[0];
    expect(i.name).toBe("更新设备站点数");
    expect(i.deviation).toBe("3个站点设备由省级统一配送，本县不再采购");
  });
  it("the funds block's reason wrapped over three lines is read whole", () => {
    expect(f.funds.raw?.reasons?.text).toBe("3个站点的音响设备改由省级配送，采购取消");
    expect(f.funds.rate).toBe(75);
  });
});

describe("a -layout header value wrapped under itself, another field to its right", () => {
  /** invented: 主管部门's value wraps its last characters onto the next line, under its first character */
  const wrapped = (below: string) =>
    [
      at([[24, "项目支出绩效目标表"]]),
      at([[0, "项目名称"], [16, "乡村公路日常养护"]]),
      at([[0, "主管部门及代码"], [16, "[301002]青石县交通运"], [42, "实施单位"], [52, "青石县公路养护中心"]]),
      below,
      at([[0, "项目属性"], [16, "延续项目"], [42, "项目期"], [52, "1年"]]),
      at([[0, "年度目标"], [16, "养护县乡公路120公里。"]]),
      at([[0, "一级指标"], [10, "二级指标"], [22, "三级指标"], [44, "指标值"]]),
      at([[0, "产出指标"], [10, "数量指标"], [22, "养护公路里程"], [44, "≥120公里"]]),
    ].join("\n");

  it("joins the piece that starts under the value and ends before the next field's label", () => {
    const f = parse(wrapped(at([[16, "输局"]]))).forms[0];
    expect(f.project.department).toBe("[301002]青石县交通运输局");
    expect(f.project.implementer).toBe("青石县公路养护中心");
    expect(f.indicators.map((i) => i.name)).toEqual(["养护公路里程"]);
  });

  it("joins each piece of a line wrapping both values to the value it stands under", () => {
    const f = parse(
      wrapped(at([[16, "输局"], [52, "心"]])).replace("青石县公路养护中心", "青石县公路养护中"),
    ).forms[0];
    expect(f.project.department).toBe("[301002]青石县交通运输局");
    expect(f.project.implementer).toBe("青石县公路养护中心");
  });

  it("leaves a line with a piece in the label column: it is no wrap of the row's values", () => {
    const f = parse(wrapped(at([[0, "备"], [16, "输局"]]))).forms[0];
    expect(f.project.department).toBe("[301002]青石县交通运");
  });

  it("leaves a piece that runs on under the next field's label: it is not the value's column", () => {
    const f = parse(wrapped(at([[16, "输局养护科室及下属各乡镇养护站点"]]))).forms[0];
    expect(f.project.department).toBe("[301002]青石县交通运");
  });
});

describe("a narrow -layout self-assessment whose wrapped values outgrow the name", () => {
  /** invented: the 偏差原因 header wraps ("偏差原因分析及改" / "进措施"); a reason wraps over more lines than
   *  its name; a level 2 wraps with a figure in a value's tail beside it ("响指标 … 3本") */
  const cols = [0, 8, 18, 34, 48, 64, 70, 78];
  const line = (...cells: (string | null)[]) => at(cells.flatMap((c, k) => (c === null ? [] : [[cols[k], c] as [number, string]])));
  const text = [
    at([[30, "项目支出绩效自评表"]]),
    "项目名称      某县人民调解员培训经费",
    "主管部门      某县司法局                  实施单位    某县司法局",
    "绩效指标",
    line("一级指", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改"),
    line("标", null, null, null, null, null, null, "进措施"),
    line("产出指", "数量指标", "参训调解员人次", "≥80人", "80人", "12", "12"),
    line("标", null, "数"),
    line(null, null, "培训课时完成数", "≥40课时", "36课时", "13", "11.70", "部分课程因场地调"),
    line(null, null, "量", null, null, null, null, "整改为线上，下年"),
    line(null, null, null, null, null, null, null, "度补足"),
    line(null, "质量指标", "培训考核合格率", "=100%", "100%", "10", "10"),
    line("效益指", "可持续影", "调解工作长效机", "巡查、考核制度", "建立巡查台账共", "15", "15"),
    line("标", "响指标", "制运行", "持续运行", "3本"),
    line("满意度", "服务对象", "调解员满意度", "≥90%", "95%", "10", "10"),
    line("指标", "满意度指", null),
    line(null, "标"),
    "总分                                                          60    58.70   自评等级：优",
  ].join("\n");

  it("reads one row per indicator, each wrapped cell joined whole, the reason included", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score, i.deviation])).toEqual([
      ["产出指标", "数量指标", "参训调解员人次数", "≥80人", "80人", 12, 12, ""],
      ["产出指标", "数量指标", "培训课时完成数量", "≥40课时", "36课时", 13, 11.7, "部分课程因场地调整改为线上，下年度补足"],
      ["产出指标", "质量指标", "培训考核合格率", "=100%", "100%", 10, 10, ""],
      ["效益指标", "可持续影响指标", "调解工作长效机制运行", "巡查、考核制度持续运行", "建立巡查台账共3本", 15, 15, ""],
      ["满意度指标", "服务对象满意度指标", "调解员满意度", "≥90%", "95%", 10, 10, ""],
    ]);
  });
});
