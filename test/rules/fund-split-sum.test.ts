import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const target = readFileSync("test/fixtures/target-drift/000-l488-target.txt", "utf8");

// a 部门整体支出绩效自评表 (invented): 基本支出 (人员经费 + 公用经费) + 项目支出 = 年度资金总额
const dept = (basic: string, personnel: string, project: string) =>
  [
    "部门整体支出绩效自评表",
    "部门名称\t示例县民政局",
    "年度预算执行情况（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分",
    "\t年度资金总额\t300\t320\t310\t96.88%\t10\t9.69",
    `\t其中：基本支出\t${basic}`,
    `\t人员经费\t${personnel}`,
    "\t公用经费\t40\t40\t38\t95%",
    `\t项目支出\t${project}`,
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
    "产出指标\t数量指标\t救助人数\t≥500人\t520人\t90\t90",
    "",
  ].join("\n");

// a target form naming its 实施期 and 年度 columns once, in a header row over the amounts (invented)
const twin = (period: string, rows: string[]) =>
  [
    "项目支出绩效目标表",
    "项目名称\t乡村河道保洁经费",
    `项目属性\t经常性项目\t项目期\t${period}`,
    "项目资金\t实施期资金总额\t年度资金总额",
    ...rows,
    "年度总体目标\t完成12条乡村河道日常保洁，河面垃圾清理及时率达到95%。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t保洁河道条数\t=12条",
    "满意度指标\t服务对象满意度指标\t沿河村民满意度\t≥90%",
    "",
  ].join("\n");

// a target form stating one total over one row of amounts, its sources in the header row beside it (invented)
const oneColumn = (header: string, amounts: string) =>
  [
    "项目支出绩效目标表",
    "项目名称\t村级公益性公墓管护经费",
    "主管部门\t某县民政局\t项目类别\t经常性项目",
    `项目资金\t${header}`,
    `\t${amounts}`,
    "年度绩效目标\t完成9处村级公益性公墓日常管护。",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t管护公墓数量\t=9处",
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
    "",
  ].join("\n");

// invented: one funds row per column, each opening with its total and listing its sources after it
// (中期 over 年度), the county's share labelled 县级
const rowPerColumn = (annual: string) =>
  [
    "项目支出绩效目标表",
    "（2025年度）",
    "项目名称\t乡镇气象灾害预警设施建设",
    "主管部门及代码\t[231]示例县气象局\t实施单位\t示例县气象台",
    "项目属性\t新增项目\t项目期\t2025年1月—2027年12月",
    "中期资金总额（2025—2027年）\t150.00\t其中：中央补助\t50.00\t县级\t100.00",
    `年度资金总额（2025年）\t60.00\t其中：中央补助\t20.00\t县级\t${annual}`,
    "年度目标（2025年）\t完成8个乡镇预警大喇叭安装调试。",
    "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
    "产出指标\t数量指标\t安装预警大喇叭乡镇数\t≥20个\t≥8个",
    "满意度指标\t服务对象满意度指标\t乡镇群众满意度\t≥90%\t≥90%",
    "",
  ].join("\n");

ruleTester.run("fund-split-sum", {
  valid: [
    {
      // a line between the total and its sources that the reader did not take for a source (专项债券额度):
      // the split the rule sees (40 + 20) is not the one the form writes, so 60 ≠ 90 says nothing
      name: "invented: sources stacked under the total with an unread line among them are not summed against it",
      text: [
        "                          项目支出绩效目标申报表",
        "                            （2025年度）                        单位：万元",
        "项目名称              乡镇农技推广站设备购置",
        "主管部门及代码        某县农业农村局 [412]",
        "实施单位              某县农业技术推广中心        项目编码    52263125T000000101",
        "项目属性              一次性项目                  项目期      1年",
        "项目资金              年度资金总额                90.00",
        "（万元）              其中：中央资金              40.00",
        "                      专项债券额度                30.00",
        "                      县级资金                    20.00",
        "年度目标              为12个乡镇农技推广站购置土壤检测设备",
        "一级指标     二级指标       三级指标                 指标值",
        "产出指标     数量指标       购置检测设备套数         =12套",
        "满意度指标   服务对象满意度 农户满意度               ≥90%",
      ].join("\n"),
    },
    { name: "000 l.488 shape: sources add up, period = annual", file: "test/fixtures/target-drift/000-l488-target.txt" },
    { name: "a department form: 基本支出 + 项目支出 = total and 人员经费 + 公用经费 = 基本支出, in every column (not summed as sources)", text: dept("200\t200\t198\t99%", "160\t160\t160\t100%", "100\t120\t112\t93.33%") },
    { name: "a header row naming 实施期 and 年度: a multi-year project whose columns differ, each adding up", text: twin("2025年至2027年", ["资金总额\t66.00\t22.00", "其中：财政拨款\t60.00\t20.00", "其他资金\t6.00\t2.00"]) },
    { name: "invented: a 项目期 running from one year into the next is no one-year project (实施期 36 vs 年度 24 may differ)", text: twin("2025年7月—2026年6月", ["资金总额\t36.00\t24.00", "其中：财政拨款\t36.00\t24.00", "其他资金\t0\t0"]) },
    { name: "invented: a 项目期 that names one year only ('2025', perhaps a range the reader cut) says nothing of the length", text: twin("2025", ["资金总额\t36.00\t24.00", "其中：财政拨款\t36.00\t24.00", "其他资金\t0\t0"]) },
    { name: "invented: one funds row per column, each adding up (中期 50 + 100 = 150, 年度 20 + 40 = 60), the county's share labelled 县级", text: rowPerColumn("40.00") },
    { name: "a header row naming 实施期 and 年度: 其他资金 written 无", text: twin("1年", ["资金总额\t18.00\t18.00", "其中：财政拨款\t18.00\t18.00", "其他资金\t无\t无"]) },
    { name: "the department-level template fixtures add up", files: ["test/fixtures/templates/sichuan-dept-coefficient-self/sichuan-dept-coefficient-self.txt", "test/fixtures/templates/chongqing-dept-tasks-self/chongqing-dept-tasks-self.txt", "test/fixtures/templates/hubei-dept-overall-target/hubei-dept-overall-target.txt"] },
    {
      name: "invented (dev-18 kind): one total over its sources in one row, adding up (30 = 24 + 6 + 0)",
      text: oneColumn("资金总额\t一般公共预算\t政府性基金预算\t其他资金", "30.00\t24.00\t6.00\t0.00"),
    },
    {
      name: "invented: a source cell left unread stands between the total and the sources read ('其中：财政资金：20.00'): the split the rule sees is not the form's",
      text: [
        "项目支出绩效目标表",
        "项目名称\t村级公益性公墓管护经费",
        "主管部门\t某县民政局\t项目类别\t经常性项目",
        "项目资金\t资金总额：30.00\t其中：财政资金：20.00\t自有资金：6.00\t其他资金：4.00",
        "年度绩效目标\t完成9处村级公益性公墓日常管护。",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t管护公墓数量\t=9处",
        "",
      ].join("\n"),
    },
    {
      name: "invented: a 财政拨款 printed beside its own parts (其中：上级补助 + 本级安排) adds up twice — a nesting, not a wrong sum",
      text: oneColumn("资金总额\t财政拨款\t其中：上级补助\t本级安排\t其他资金", "30.00\t30.00\t20.00\t10.00\t0.00"),
    },
  ],
  invalid: [
    {
      // the one-column comparison's guards (a part making the total alone may be a nesting) are for
      // sources read as written; sources read in the 年度 column were compared there before, unguarded
      name: "invented: a one-total target form whose 年度 sources make 35 against a total of 30 (30 + 5), one part equal to the total — still wrong",
      text: [
        "项目支出绩效目标表",
        "项目名称\t乡镇商会会员企业培训经费",
        "主管部门\t某县工商业联合会\t实施单位\t某县工商业联合会",
        "项目资金（万元）\t年度资金总额\t30.00",
        "\t其中：财政拨款\t30.00",
        "\t其他资金\t5.00",
        "年度绩效目标\t全年举办会员企业培训班4期，培训企业负责人200人次。",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t举办培训班期数\t=4期",
        "满意度指标\t服务对象满意度指标\t参训企业满意度\t≥90%",
        "",
      ].join("\n"),
      errors: [{ messageId: "sources", line: 4, field: "funds", evidence: "30" }],
    },
    {
      name: "invented (checklist 6): a 项目期 whose start and end lie in one year is a one-year project — 实施期 45 vs 年度 15 (2025年1月—2025年12月)",
      text: twin("2025年1月—2025年12月", ["资金总额\t45.00\t15.00", "其中：财政拨款\t45.00\t15.00", "其他资金\t0\t0"]),
      errors: [{ messageId: "periodAnnual", line: 5, field: "funds", data: { periodTotal: "45", annualTotal: "15" } }],
    },
    {
      name: "checklist 6: a department's 基本支出 + 项目支出 that do not make its 全年预算数 (200 + 130 ≠ 320)",
      text: dept("200\t200\t198\t99%", "160\t160\t160\t100%", "100\t130\t112\t86.15%"),
      errors: [{ messageId: "spending", line: 4, field: "funds", evidence: "320", data: { detail: "全年预算数基本支出 200 + 项目支出 130 = 330，与资金总额 320 不符" } }],
    },
    {
      name: "checklist 6: 人员经费 + 公用经费 that do not make the 基本支出 (150 + 40 ≠ 200 in every column)",
      text: dept("200\t200\t198\t99%", "150\t150\t150\t100%", "100\t120\t112\t93.33%"),
      errors: [{ messageId: "spending", line: 4, field: "funds", evidence: "200", data: { detail: "年初预算数人员经费 150 + 公用经费 40 = 190，与基本支出 200 不符；全年预算数人员经费 150 + 公用经费 40 = 190，与基本支出 200 不符；全年执行数人员经费 150 + 公用经费 38 = 188，与基本支出 198 不符" } }],
    },
    {
      name: "planted after 000 l.1678: one-year project, 实施期 1,650,000 vs 年度 1,320,000",
      file: "test/fixtures/fund-split-sum/000-l1678-period-vs-annual-total.txt",
      errors: [{ messageId: "periodAnnual", line: 4, field: "funds", data: { periodTotal: "1650000", annualTotal: "1320000" } }],
    },
    {
      name: "planted: 市县 40,000 + 自筹 0 ≠ total 50,000 (both columns)",
      text: target.replace("市县（区）财政资金\t50,000\t市县（区）财政资金\t50,000", "市县（区）财政资金\t40,000\t市县（区）财政资金\t40,000"),
      errors: [{ messageId: "sources", line: 6, field: "funds", evidence: "50000" }],
    },
    {
      name: "planted: only the 年度 column's 市县 is 45,000 — each column is checked against its own total (实施期 and 年度 not joined)",
      text: target.replace("市县（区）财政资金\t50,000\t市县（区）财政资金\t50,000", "市县（区）财政资金\t50,000\t市县（区）财政资金\t45,000"),
      errors: [{ messageId: "sources", line: 6, field: "funds", evidence: "50000", data: { detail: "年度资金各来源合计 45000（中央财政资金 0 + 省级财政资金 0 + 市县（区）财政资金 45000 + 单位自筹 0），与资金总额 50000 不符" } }],
    },
    {
      name: "checklist 6: sources under a header row naming 实施期 and 年度 that miss the total in both columns (20 + 2 ≠ 24)",
      text: twin("1年", ["资金总额\t24.00\t24.00", "其中：财政拨款\t20.00\t20.00", "其他资金\t2.00\t2.00"]),
      errors: [{ messageId: "sources", line: 5, field: "funds", evidence: "24" }],
    },
    {
      name: "checklist 6: a one-year project whose columns, named in a header row, differ (实施期 24 vs 年度 20)",
      text: twin("1年", ["资金总额\t24.00\t20.00", "其中：财政拨款\t24.00\t20.00", "其他资金\t0\t0"]),
      errors: [{ messageId: "periodAnnual", line: 5, field: "funds", data: { periodTotal: "24", annualTotal: "20" } }],
    },
    {
      name: "invented: a 项目期 inside one calendar year (2025年1月至2025年12月) makes a one-year project whatever its attribute; its columns differ (实施期 30 vs 年度 24)",
      text: twin("2025年1月至2025年12月", ["资金总额\t30.00\t24.00", "其中：财政拨款\t30.00\t24.00", "其他资金\t0\t0"]),
      errors: [{ messageId: "periodAnnual", line: 5, field: "funds", data: { periodTotal: "30", annualTotal: "24" } }],
    },
    {
      name: "invented: one funds row per column; the 年度 row's sources miss its total (20 + 30 ≠ 60), the 中期 row adds up",
      text: rowPerColumn("30.00"),
      errors: [{ messageId: "sources", line: 6, field: "funds", evidence: "60", data: { detail: "年度资金各来源合计 50（中央补助 20 + 县级 30），与资金总额 60 不符" } }],
    },
    {
      name: "checklist 6: a list-style table whose 财政拨款 + 其他资金 miss the project's 预算数 (40 + 2 ≠ 45)",
      text: [
        "2025年部门项目支出绩效目标表",
        "单位名称\t项目名称\t预算数\t其中：财政拨款\t其他资金\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
        "某县园林所\t行道树修剪\t45.00\t40.00\t2.00\t修剪行道树8000株。\t产出指标\t数量指标\t修剪株数\t≥8000株",
        "\t\t\t\t\t\t满意度指标\t服务对象满意度指标\t沿街居民满意度\t≥90%",
        "",
      ].join("\n"),
      errors: [{ messageId: "sources", line: 3, field: "funds", evidence: "45" }],
    },
    {
      name: "checklist 6 (invented, dev-18 kind): one total over its sources in one row that miss it (30 ≠ 20 + 6 + 0)",
      text: oneColumn("资金总额\t一般公共预算\t政府性基金预算\t其他资金", "30.00\t20.00\t6.00\t0.00"),
      errors: [{ messageId: "sources", line: 4, field: "funds", evidence: "30", data: { detail: "预算数各来源合计 26（一般公共预算 20 + 政府性基金预算 6 + 其他资金 0），与资金总额 30 不符" } }],
    },
  ],
});
