/**
 * Goals printed in two columns of a space-aligned (pdftotext -layout) self-assessment, whose texts wrap
 * and run past their column's edge, so that a single space is all that separates the two texts on a
 * line. Small invented forms; the expectations were written by hand from the lines below.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (text: string) => gridToDocument(textToGrid("test.txt", text, "utf-8"));

const table = [
  "绩效指标  一级指标  二级指标    三级指标              年度指标值  实际完成值  分值  得分   偏差原因分析及改进措施",
  "          产出指标  数量指标    培训乡村医生人数      ≥300人      312人       50    50     无",
  "          满意度指标 服务对象满意度 参训医生满意度    ≥90%        93%         40    40     无",
  "总分                                                                          100   100    自评等级：优",
];

describe("goal columns of a space-aligned self-assessment", () => {
  // the row label split over two lines ("年度总" / "体目标"), the column labels 预期目标 and 实际完成情况 on
  // its first line; the target text overflows its column, and the actual's wrapped line holds the rest
  // of a number ("门诊量12.4" / "万人次")
  const text = [
    "                           项目支出绩效自评表",
    "                             （2024年度）",
    "项目名称        乡村医生能力提升培训",
    "主管部门        某县卫生健康局                    实施单位        某县卫生健康局",
    "项目资金                年初预算数  全年预算数  全年执行数  分值  执行率    得分",
    "（万元）  年度资金总额  30.00       30.00       30.00       10    100.00%   10.00",
    "年度总    预期目标                        实际完成情况",
    "体目标    培训乡村医生300人，开展集中授课和跟岗进修 完成培训312人，带动村卫生室门诊量12.4",
    "          结合，提升基层常见病诊疗能力。 万人次，群众就医更便利。",
    ...table,
  ].join("\n");

  it("each wrapped piece goes to the column it starts in, and the split row label is no part of either text", () => {
    const f = parse(text).forms[0];
    expect(f.goals.annual?.text).toBe("培训乡村医生300人，开展集中授课和跟岗进修结合，提升基层常见病诊疗能力。");
    expect(f.goals.actual?.text).toBe("完成培训312人，带动村卫生室门诊量12.4万人次，群众就医更便利。");
  });
});

describe("a goal wrapped beside another text in a space-aligned print", () => {
  // a special-funds self-assessment: 年度目标 followed by the target text and, beside it, what was done;
  // both wrap onto the next line
  const text = [
    "                          专项资金绩效自评表",
    "专项资金名称    农村饮水安全维修养护",
    "主管部门        某县水利局                实施单位    某县水利局",
    "年度目标  维修养护农村集中供水工程25处，更新水质检 完成25处供水工程维修养护，水质检测设备",
    "          测设备，保障农村群众饮水安全。          已投入使用。",
    "一级指标  二级指标    三级指标            年度指标值    全年完成值    完成情况 未完成原因",
    "产出指标  数量指标    维修养护供水工程数量 ≥25处         25处          完成     无",
    "满意度指标 服务对象满意度 受益群众满意度    ≥90%          94%           完成     无",
  ].join("\n");

  it("the line's piece that starts where the goal's text starts continues the goal", () => {
    const f = parse(text).forms[0];
    expect(f.goals.annual?.text).toBe("维修养护农村集中供水工程25处，更新水质检测设备，保障农村群众饮水安全。");
  });
});

describe("an analysis beside its group label, with no section heading", () => {
  const scored = (closing: string[]) =>
    [
      "项目支出绩效自评表",
      "（2024年度）",
      "项目名称\t社区矫正教育帮扶",
      "主管部门\t某区司法局\t\t\t实施单位\t某区司法局",
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "\t年度资金总额\t20\t20\t20\t10\t100.0%\t10",
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
      "\t产出指标\t数量指标\t开展集中教育次数\t≥12次\t12次\t50\t50\t无",
      "\t满意度指标\t服务对象满意度指标\t矫正对象满意度\t≥90%\t92%\t40\t40\t无",
      "总分\t\t\t\t\t\t100\t100\t自评等级：优",
      ...closing,
    ].join("\n");

  it("a TAB row '绩效分析 | text' is the form's analysis", () => {
    const f = parse(scored(["绩效分析\t预算执行率100%，全年开展集中教育12次，矫正对象满意度92%。"])).forms[0];
    expect(f.narrative.map((n) => [n.section, n.text])).toEqual([["绩效分析", "预算执行率100%，全年开展集中教育12次，矫正对象满意度92%。"]]);
  });

  it("a label printed over two lines ('项目绩效' / '分析') opens the analysis, its wrapped text joined", () => {
    const text = [
      "                                  项目支出绩效自评表",
      "项目名称        社区矫正教育帮扶",
      "主管部门        某区司法局                    实施单位        某区司法局",
      "项目资金                年初预算数  全年预算数  全年执行数  分值  执行率    得分",
      "（万元）  年度资金总额  20.00       20.00       20.00       10    100.00%   10.00",
      "绩效指标  一级指标  二级指标    三级指标              年度指标值  实际完成值  分值  得分   偏差原因分析及改进措施",
      "          产出指标  数量指标    开展集中教育次数      ≥12次       12次        50    50     无",
      "          满意度指标 服务对象满意度 矫正对象满意度    ≥90%        92%         40    40     无",
      "总分                                                                          100   100.00 自评等级：优",
      "项目绩效  预算执行率100%，全年开展集中教育12次，下一年度将增加心理",
      "分析      辅导和就业帮扶内容。",
    ].join("\n");
    const f = parse(text).forms[0];
    expect(f.narrative.map((n) => [n.section, n.text])).toEqual([["项目绩效分析", "预算执行率100%，全年开展集中教育12次，下一年度将增加心理辅导和就业帮扶内容。"]]);
  });
});

describe("a 项目实施计划 laid out as a small table under its label", () => {
  const text = [
    "项目支出绩效目标申报表",
    "项目名称\t乡镇学校食堂改造",
    "主管部门\t某县教育局\t\t\t主管部门编码\t301",
    "项目类型\t新增项目\t\t\t项目起止时间\t2025年1月-2025年12月",
    "资金情况\t资金总额\t60\t\t其中：财政拨款\t60\t单位自筹\t0",
    "项目实施计划\t实施内容\t\t\t开始时间\t\t完成时间\t",
    "\t方案设计和招标\t\t\t2025-02-01\t\t2025-04-30\t",
    "\t施工和验收\t\t\t2025-05-01\t\t2025-08-31\t",
    "年度绩效目标\t完成6所乡镇学校食堂改造，秋季开学前投入使用。",
    "一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t目标值\t计量单位\t指标方向",
    "产出指标\t数量指标\t改造学校食堂数量\t定量\t=\t6\t所\t正向",
    "满意度指标\t服务对象满意度指标\t就餐师生满意度\t定量\t≥\t90\t%\t正向",
  ].join("\n");

  it("its rows are the plan's text, one step each, so the dates in them are read", () => {
    const f = parse(text).forms[0];
    expect(f.project.details?.["项目实施计划"]).toBe("方案设计和招标，2025-02-01，2025-04-30；施工和验收，2025-05-01，2025-08-31");
    expect(f.goals.annual?.text).toBe("完成6所乡镇学校食堂改造，秋季开学前投入使用。");
  });
});

describe("goal columns under labels centred over them, the table's title on the line below", () => {
  // invented: 预期目标 and 实际完成情况 are printed centred over their columns, so each text starts left of
  // its label (the actual's text nearer the 实际完成情况 label than the 预期目标 one); the row label is cut
  // ("年度总体" / "目标") and the indicator table's title "绩效指标" stands in its column below the texts
  const text = [
    "                              项目支出绩效自评表",
    "项目名称            乡镇敬老院运行补助",
    "主管部门            某县民政局                            实施单位    某县民政局",
    "                    年初预算数    全年预算数    全年执行数    分值    执行率    得分",
    "项目资金",
    "（万元）  年度资金总额  40.00         40.00         40.00      10     100.00%   10.00",
    "年度总体            预期目标                                    实际完成情况",
    "目标        保障全县6所乡镇敬老院全年正常运行，集中       6所敬老院全年正常运行，集中供养特困人",
    "            供养特困人员180人以上                         员186人",
    "绩效指标",
    "一级指标  二级指标      三级指标              指标值                  实际完成值              分值  得分",
    "产出指标  数量指标      集中供养特困人员人数  ≥180人                  186人                   50    50",
    "满意度    服务对象满意  供养人员满意度        ≥90%                    95%                     40    40",
    "指标      度指标",
    "总分                                                                                          100   100     自评等级：优",
  ].join("\n");

  it("each text goes to the label nearest where it starts, and the title line is no part of the goal", () => {
    const f = parse(text).forms[0];
    expect(f.goals.annual?.text).toBe("保障全县6所乡镇敬老院全年正常运行，集中供养特困人员180人以上");
    expect(f.goals.actual?.text).toBe("6所敬老院全年正常运行，集中供养特困人员186人");
  });
});

describe("a 项目实施计划 table in a space-aligned print, its label split over two rows", () => {
  // invented: pdftotext -layout of a target form; "项目实施" / "计划" beside the plan's header and first step
  const text = [
    "                         2025年度项目支出绩效目标表",
    " 项目名称        村级文化广场照明改造",
    " 主管部门        某县文化和旅游局                    实施单位      某县文化馆",
    " 项目类型        一次性项目",
    " 项目期          2025年1月至2025年12月",
    " 项目资金        年度资金总额            40.00",
    " 项目实施        实施内容                            开始时间          完成时间",
    " 计划            灯具采购和安装                      2025年4月         2025年6月",
    "                 线路检修和验收                      2025年7月         2025年9月",
    " 项目概况        为12个村级文化广场更换节能灯具，检修照明线路。",
    " 年度目标        完成12个村级文化广场照明改造，夜间开放时间延长。",
    " 一级指标   二级指标      三级指标                          指标值",
    " 产出指标   数量指标      改造文化广场数量                  =12个",
    " 满意度     服务对象满    村民满意度                        ≥90%",
    " 指标       意度指标",
  ].join("\n");

  it("reads each step with its dates, and where each step stands", () => {
    const f = parse(text).forms[0];
    expect(f.project.details?.["项目实施计划"]).toBe("灯具采购和安装，2025年4月，2025年6月；线路检修和验收，2025年7月，2025年9月");
    expect(f.fields["project.details.项目实施计划"]?.lines).toEqual([
      { offset: 0, line: 8 },
      { offset: 24, line: 9 },
    ]);
    expect(f.project.details?.["项目概况"]).toBe("为12个村级文化广场更换节能灯具，检修照明线路。");
  });
});

describe("the attribute stated twice, as a checkbox and as a type", () => {
  // invented: pdftotext -layout; 项目属性 printed as two options with their boxes, 项目类型 beside it; the
  // 主管部门 cell holds a code in brackets after a space ("某县民政局(编码 306)")
  const form = (attribute: string) =>
    [
      "                         2025年度项目支出绩效目标表",
      " 项目名称        困难群众临时救助",
      " 主管部门        某县民政局(编码 306)                实施单位      某县社会救助服务中心",
      ` 项目属性        ${attribute}                       项目类型      一次性项目`,
      " 项目期          2025年1月至2025年12月",
      " 项目资金        年度资金总额            40.00",
      " 年度目标        全年为困难群众发放临时救助金，救助600人次。",
      " 一级指标   二级指标      三级指标                          指标值",
      " 产出指标   数量指标      临时救助人次                      ≥600人次",
      " 满意度     服务对象满    受助群众满意度                    ≥90%",
      " 指标       意度指标",
    ].join("\n");

  it("keeps the ticked option of the box and the type beside it", () => {
    expect(parse(form("新增项目☑   延续项目□")).forms[0].project.attribute).toBe("新增项目；一次性项目");
    expect(parse(form("新增项目□   延续项目☑")).forms[0].project.attribute).toBe("延续项目；一次性项目");
  });
  it("reads a code in brackets split from its label by a space as part of the department", () => {
    expect(parse(form("新增项目☑   延续项目□")).forms[0].project.department).toBe("某县民政局(编码 306)");
  });
});

describe("a 中期指标值 column beside the 年度指标值 column", () => {
  // invented: a three-year form whose table names its period column 中期指标值
  const text = [
    "项目支出绩效目标表",
    "（2025年度）",
    "项目名称\t村级气象信息员培训",
    "主管部门及代码\t[231]某县气象局\t实施单位\t某县气象局",
    "项目属性\t延续项目\t项目期\t2025年1月—2027年12月",
    "中期目标（2025—2027年）\t三年累计培训气象信息员600人次。",
    "年度目标（2025年）\t培训气象信息员200人次。",
    "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
    "产出指标\t数量指标\t信息员培训人次\t≥600人次\t≥200人次",
    "满意度指标\t服务对象满意度指标\t参训信息员满意度\t≥90%\t≥90%",
  ].join("\n");

  it("reads the period's value and the year's, each in its own column", () => {
    const ind = parse(text).forms[0].indicators[0];
    expect(ind.target?.raw).toBe("≥600人次");
    expect(ind.annualTarget?.raw).toBe("≥200人次");
  });
});

describe("goal columns headed 项目年度目标 | 年度目标完成情况 (Sichuan-style self-assessment)", () => {
  // invented: the two column labels on a line of their own under the block's title, the texts wrapped
  // in both columns, the funds block right below with its own title
  const text = [
    "                  部门预算项目支出绩效自评表（2024年度）",
    "项目名称          某县农村公路养护经费",
    "主管部门          某县交通运输局",
    "项目基本情况      1.项目年度目标完成情况",
    "                  项目年度目标                          年度目标完成情况",
    "                  完成农村公路日常养护260公里，路况    全年养护农村公路262公里，优良中等路",
    "                  优良中等路率达到85%                  率86%",
    "预算执行情况（10分）  年度预算数（万元）",
    "                    年初预算    调整后预算数  预算执行数  预算执行率  权重  得分    原因",
    "总额                50.00       50.00         49.00       98.00%      10    9.80",
    "一级指标  二级指标  三级指标          指标值      完成值      权重  得分",
    "产出指标  数量指标  养护公路里程      ≥260公里    262公里     50    50",
    "满意度指  服务对象  沿线群众满意度    ≥90%        93%         40    40",
  ].join("\n");

  it("reads the target and the achievement, each in its column; the funds block is neither", () => {
    const f = parse(text).forms[0];
    expect(f.goals.annual?.text).toBe("完成农村公路日常养护260公里，路况优良中等路率达到85%");
    expect(f.goals.actual?.text).toBe("全年养护农村公路262公里，优良中等路率86%");
  });
});
