/**
 * Cells wrapped at the cell edge, on small forms written for these tests (invented projects and
 * numbers), read by the header engine. Expectations were written by hand from the forms below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { at } from "../helpers/layout-text.js";

import { BUDGET_20, scoredForm } from "./scored-form.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));
const form = (rows: string[][]) => scoredForm([...rows, ["总分", "", "", "", "", "100", "99"]], true);

describe("wrapped label cells", () => {
  it("the suffix of a wrapped level 2 that lands in the level-1 column is not added to the level 1 a second time", () => {
    const d = parse(
      form([
        ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "50", "50"],
        ["效益指标", "社会效益指标", "村卫生室正常运转率", "≥98%", "99%", "30", "30"],
        ["满意度指标", "服务对象满意度", "村民满意度", "≥90%", "88%", "10", "9.5", "个别村反映开诊时间短"],
        ["指标"],
      ]),
    );
    const f = d.forms[0];
    expect(f.layout).toBe("generic");
    expect(f.indicators.map((i) => i.name)).toEqual(["补助村卫生室数量", "村卫生室正常运转率", "村民满意度"]);
    const sat = f.indicators[2];
    expect(sat.level1).toBe("满意度指标");
    expect(sat.level1Raw).toBe("满意度指标");
    expect(sat.level2).toBe("服务对象满意度指标");
    expect(sat.level2Raw).toBe("服务对象满意度指标");
  });
});

describe("wrapped cells of a space-aligned table", () => {
  // a special-funds self-assessment without scores, printed with spaces (pdftotext -layout style);
  // the reason of the second row wraps onto a line of its own, indented under 未完成原因
  const text = [
    "                  2024年度专项资金绩效自评表",
    "专项资金名称    某县非遗保护专项资金",
    "主管部门        某县文化馆        实施单位  某县文化馆",
    "一级指标    二级指标        三级指标                  年度指标值      全年完成值      未完成原因",
    "产出指标    数量指标        扶持传承人数              ≥15人           15人",
    "                            开展展演活动              ≥8次            7次             1次展演因场馆维修延至",
    "                                                                                      2025年1月举办",
    "            质量指标        项目档案建档率            100%            100%",
    "满意度指标  服务对象满意度指标  传承人满意度          ≥90%            96%",
  ].join("\n");

  it("a reason's continuation indented under 未完成原因 joins the reason, not the indicator name", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["扶持传承人数", "开展展演活动", "项目档案建档率", "传承人满意度"]);
    expect(f.indicators[1].deviation).toBe("1次展演因场馆维修延至2025年1月举办");
  });
});

describe("a level 1's points printed on the line below its label (-layout)", () => {
  // invented: a self-assessment printed with spaces whose level-1 cells wrap as "效益指标" / "（30分）";
  // that line also holds the rest of the wrapped level 2 and of the row's reason. Each piece is
  // placed at its printed column (a full-width character takes two), as pdftotext -layout prints
  const C = [2, 14, 26, 52, 66, 80, 86, 93];
  const row = (...cells: string[]) => at(cells.map((t, k) => [C[k], t] as [number, string]).filter(([, t]) => t));
  const text = [
    "项目名称        某县妇幼健康项目",
    "项目资金                    年初预算数 全年预算数 全年执行数 分值    执行率   得分",
    "            年度资金总额      50.00      50.00      49.00      10      98.00%   9.8",
    row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
    row("产出指标", "数量指标", "孕产妇系统管理人数", "≥1500人", "1520人", "50", "50"),
    row("（50分）"),
    row("效益指标", "社会效益指", "孕产妇健康知识知晓率", "≥90%", "84%", "30", "28", "部分外出务工孕妇随访不便，"),
    row("（30分）", "标", "", "", "", "", "", "将开通线上随访"),
    row("满意度指标", "服务对象满", "孕产妇满意度", "≥90%", "95%", "10", "10"),
    row("（10分）", "意度指标"),
    at([[2, "总分"], [80, "100"], [86, "97.8"], [93, "自评等级：优"]]),
  ].join("\n");

  it("the points join the level 1, and the reason's continuation joins the reason, not the indicator name", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["孕产妇系统管理人数", "孕产妇健康知识知晓率", "孕产妇满意度"]);
    expect(f.indicators.map((i) => i.level1Points)).toEqual([50, 30, 10]);
    expect(f.indicators[1].level2).toBe("社会效益指标");
    expect(f.indicators[1].deviation).toBe("部分外出务工孕妇随访不便，将开通线上随访");
  });
});

describe("a level-1 header stating the indicators' points", () => {
  // a 20-point budget part and "一级指标（80分）"; the level 1 效益指标 split into single characters,
  // so the column's role comes from its header, not from what its cells say
  const text = (remark: boolean) =>
    scoredForm(
      [
        ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "30", "30"],
        ["", "质量指标", "村卫生室验收合格率", "100%", "100%", "10", "10"],
        ["效", "社会效益指标", "村卫生室正常运转率", "≥98%", "99%", "20", "20"],
        ["益", "可持续影响指标", "村卫生室长效运行机制", "健全", "健全", "10", "10"],
        ["指", "经济效益指标", "村卫生室增收", "≥1万元", "1.2万元", "5", "5"],
        ["标", "生态效益指标", "医疗废物规范处置率", "100%", "100%", "5", "5"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "88%", "10", "9.5", "个别村反映开诊时间短"],
        ["总分", "", "", "", "", "100", "98.5"],
      ],
      remark,
      "一级指标（80分）",
      BUDGET_20,
    );

  it.each([false, true])("the rows below keep their own level 1 (备注 column: %s), read by the header engine", (remark) => {
    const f = parse(text(remark)).forms[0];
    expect(f.layout).toBe("generic");
    expect(f.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "效益指标", "满意度指标"]);
  });
});

describe("goals printed side by side in -layout text (预期目标 beside 实际完成情况)", () => {
  // invented: the group label wraps ("年度总体" / "目标") and both goal texts wrap in their own
  // columns; pieces are placed at their printed columns (a full-width character takes two)
  const text = [
    "项目名称        某镇农村饮水巡检项目",
    "项目资金                    年初预算数 全年预算数 全年执行数 分值    执行率   得分",
    "            年度资金总额      20.00      20.00      20.00      10      100.00%  10",
    at([[2, "年度总体"], [12, "预期目标"], [52, "实际完成情况"]]),
    at([[2, "目标"], [12, "巡检供水点40处，水质抽检"], [52, "巡检供水点40处，抽检水样"]]),
    at([[12, "合格率95%以上。"], [52, "合格率97%。"]]),
    at([[2, "一级指标"], [14, "二级指标"], [26, "三级指标"], [52, "年度指标值"], [66, "实际完成值"], [80, "分值"], [86, "得分"]]),
    at([[2, "产出指标"], [14, "数量指标"], [26, "巡检供水点数"], [52, "≥40处"], [66, "40处"], [80, "60"], [86, "60"]]),
    at([[2, "满意度指标"], [14, "满意度指标"], [26, "村民满意度"], [52, "≥90%"], [66, "94%"], [80, "30"], [86, "30"]]),
    at([[2, "总分"], [80, "100"], [86, "100"]]),
  ].join("\n");

  it("each wrapped line goes to the goal printed above it, and the group label is no goal text", () => {
    const f = parse(text).forms[0];
    expect(f.goals.annual?.text).toBe("巡检供水点40处，水质抽检合格率95%以上。");
    expect(f.goals.actual?.text).toBe("巡检供水点40处，抽检水样合格率97%。");
  });
});

describe("a header field's value wrapped in a space-aligned print", () => {
  // an invented two-column target form (实施期 beside 年度) whose 项目期 is too long for its cell
  const text = [
    "                              项目支出绩效目标表",
    "项目名称          某县古村落保护利用项目",
    "主管部门及代码    [301]某县住房和城乡建设局       实施单位    某县村镇建设服务中心",
    "项目属性          新增项目                        项目期      2年（2025年3月—2026",
    "                                                              年10月）",
    "                                  实施期资金总额          年度资金总额",
    "项目资金（元）    资金总额        600000.00               300000.00",
    "          实施期指标                                    年度指标",
    "一级指标  二级指标    三级指标            指标值        二级指标    三级指标            指标值",
    "产出指标  数量指标    修缮传统民居        ≥12栋         数量指标    修缮传统民居        ≥6栋",
    "满意度指  服务对象满  村民满意度          ≥90%          服务对象满  村民满意度          ≥90%",
    "标        意度指标                                      意度指标",
  ].join("\n");
  it("the next line's one piece printed under the value continues it", () => {
    const f = parse(text).forms[0];
    expect(f.project.period).toBe("2年（2025年3月—2026年10月）");
    expect(f.project.attribute).toBe("新增项目");
  });
});

describe("a two-column target table continued on the next page", () => {
  // an invented form: the page break repeats the page's running head, the column-group line and the header
  const text = [
    "某县教育局2025年部门预算",
    "",
    "                              项目支出绩效目标表",
    "项目名称          某县乡村学校少年宫建设项目",
    "主管部门及代码    [122]某县教育局                 实施单位    某县教育局",
    "项目属性          新增项目                        项目期      1年",
    "                                  实施期资金总额          年度资金总额",
    "项目资金（元）    资金总额        400000.00               400000.00",
    "          实施期指标                                    年度指标",
    "一级指标  二级指标    三级指标            指标值        二级指标    三级指标            指标值",
    "产出指标  数量指标    建成乡村少年宫      =4所          数量指标    建成乡村少年宫      =4所",
    "          时效指标    建成投用时间        2025年9月前   时效指标    建成投用时间        2025年9月前",
    "",
    "                                  - 7 -",
    "某县教育局2025年部门预算",
    "",
    "          实施期指标                                    年度指标",
    "一级指标  二级指标    三级指标            指标值        二级指标    三级指标            指标值",
    "产出指标  成本指标    单所建设成本        ≤10万元       成本指标    单所建设成本        ≤10万元",
    "满意度指  服务对象满  学生满意度          ≥90%          服务对象满  学生满意度          ≥90%",
    "标        意度指标                                      意度指标",
  ].join("\n");
  it("the repeated column-group line is no indicator row", () => {
    const f = parse(text).forms[0];
    expect(f.indicators.map((i) => i.name)).toEqual(["建成乡村少年宫", "建成投用时间", "单所建设成本", "学生满意度"]);
    expect(f.indicators[1].target?.raw).toBe("2025年9月前");
  });
});

describe("goals printed in two columns above a two-column table", () => {
  // an invented form: 实施期目标 beside 年度目标, wrapped, then the table's column-group line
  const text = [
    "                              项目支出绩效目标表",
    "项目名称          某县老年大学课程扩容项目",
    "主管部门及代码    [316]某县民政局                 实施单位    某县老年大学",
    "项目属性          延续项目                        项目期      1年",
    "总体目标          实施期目标                            年度目标",
    "                  新开设书画、智能手机等课程12门，招收  新开设书画、智能手机等课程12门，招收",
    "                  学员600人                             学员600人",
    "          实施期指标                                    年度指标",
    "一级指标  二级指标    三级指标            指标值        二级指标    三级指标            指标值",
    "产出指标  数量指标    新开设课程门数      =12门         数量指标    新开设课程门数      =12门",
  ].join("\n");
  it("the column-group line ends the goals: it is no part of either", () => {
    const f = parse(text).forms[0];
    expect(f.goals.period?.text).toBe("新开设书画、智能手机等课程12门，招收学员600人");
    expect(f.goals.annual?.text).toBe("新开设书画、智能手机等课程12门，招收学员600人");
  });
});
