/**
 * List-style target tables saved from a workbook as TAB-separated text (test/fixtures/list-tab,
 * decision 136): one header for many projects, each project's cells and its indicator rows below.
 * Variants the reader did not read before: a project row holding only the project's cells, the
 * table continued under a title marked （续） and the header repeated, 预算数 over 合计 / 财政拨款 /
 * 其他资金 in a two-row header, and fund-source columns with no 预算数 column. Invented rows.
 */
import { describe, expect, it } from "vitest";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

const parse = (lines: string[]) => gridToDocument(textToGrid("list-tab.txt", lines.join("\n"), "utf-8"));

const HEADER = "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值";

describe("list-style tables in TAB-separated workbooks", () => {
  it("opens a project on a row holding only its cells, its indicator rows below with those cells empty", () => {
    const d = parse([
      "某县2025年项目绩效目标表",
      "单位：万元",
      HEADER,
      "某县甲局\t道路保洁\t40.00\t全年保洁道路60公里。",
      "\t\t\t\t产出指标\t数量指标\t保洁道路长度\t≥60公里",
      "\t\t\t\t满意度指标\t服务对象满意度指标\t居民满意度\t≥85%",
      "某县乙站\t路灯维护\t12.50\t维护路灯800盏，亮灯率不低于98%。",
      "\t\t\t\t产出指标\t质量指标\t路灯亮灯率\t≥98%",
      "合计\t\t52.50",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text])).toEqual([
      ["道路保洁", "某县甲局", 40, "全年保洁道路60公里。"],
      ["路灯维护", "某县乙站", 12.5, "维护路灯800盏，亮灯率不低于98%。"],
    ]);
    expect(d.forms.map((f) => f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw]))).toEqual([
      [
        ["产出指标", "数量指标", "保洁道路长度", "≥60公里"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%"],
      ],
      [["产出指标", "质量指标", "路灯亮灯率", "≥98%"]],
    ]);
    // the project row keeps its place: the form starts there, the 预算数 cell is where it was read
    expect(d.forms[1].line).toBe(7);
    expect(d.forms[1].funds.raw?.annualTotal?.loc.line).toBe(7);
  });

  it("reads the project row alone under a 序号 column, with level 1 / 2 printed once per group", () => {
    const d = parse([
      "序号\t单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "1\t某镇政府\t村道养护\t30.00\t养护村道20公里。",
      "\t\t\t\t\t产出指标\t数量指标\t养护村道长度\t≥20公里",
      "\t\t\t\t\t\t\t养护路段数\t≥12段",
      "\t\t\t\t\t效益指标\t社会效益指标\t群众出行条件\t明显改善",
      "",
      "2\t某镇服务中心\t农田管护\t18.00\t管护农田5000亩。",
      "\t\t\t\t\t产出指标\t数量指标\t管护面积\t≥5000亩",
    ]);
    expect(d.forms.map((f) => f.project.name)).toEqual(["村道养护", "农田管护"]);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "养护村道长度"],
      ["产出指标", "数量指标", "养护路段数"],
      ["效益指标", "社会效益指标", "群众出行条件"],
    ]);
    expect(d.forms[1].indicators.map((i) => i.name)).toEqual(["管护面积"]);
  });

  it("goes on after a title marked （续） and the same header on the next page: the project above keeps its rows", () => {
    const d = parse([
      "某市项目绩效目标表",
      HEADER,
      "某市甲局\t客运补贴\t20.00\t补贴客运班线10条。\t产出指标\t数量指标\t补贴班线数\t=10条",
      "\t\t\t\t产出指标\t质量指标\t班线正常运营率\t≥95%",
      "\f某市项目绩效目标表（续）",
      HEADER,
      "\t\t\t\t效益指标\t社会效益指标\t通客车率\t=100%",
      "某市乙站\t航标维护\t8.00\t维护航标40座。\t产出指标\t数量指标\t维护航标数\t≥40座",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.indicators.map((i) => i.name)])).toEqual([
      ["客运补贴", ["补贴班线数", "班线正常运营率", "通客车率"]],
      ["航标维护", ["维护航标数"]],
    ]);
  });

  it("still starts a new table under a title not marked as continued", () => {
    const d = parse([
      "某市甲系统项目绩效目标表",
      HEADER,
      "某市甲局\t客运补贴\t20.00\t补贴客运班线10条。\t产出指标\t数量指标\t补贴班线数\t=10条",
      "某市乙系统项目绩效目标表",
      HEADER,
      "某市乙站\t航标维护\t8.00\t维护航标40座。\t产出指标\t数量指标\t维护航标数\t≥40座",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.line])).toEqual([
      ["客运补贴", 3],
      ["航标维护", 6],
    ]);
  });

  it("takes 预算数's 合计 sub-column as the budget in a two-row header, its sources beside it", () => {
    const d = parse([
      "单位名称\t项目名称\t年度目标\t预算数\t\t\t一级指标\t二级指标\t三级指标\t指标值",
      "\t\t\t合计\t财政拨款\t其他资金",
      "某镇政府\t垃圾收运\t建成收运体系。\t50.00\t40.00\t10.00\t产出指标\t数量指标\t收运村数\t=5个",
    ]);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.funds.annualTotal).toBe(50);
    expect(f.funds.sources.map((s) => [s.name, s.annual])).toEqual([
      ["财政拨款", 40],
      ["其他资金", 10],
    ]);
  });

  it("sums 财政拨款 and 其他资金 into the budget where the table has no 预算数 column", () => {
    const d = parse([
      "单位名称\t项目名称\t财政拨款\t其他资金\t一级指标\t二级指标\t三级指标\t指标值\t年度目标",
      "某区甲院\t产前筛查\t70.00\t14.00\t产出指标\t数量指标\t筛查人数\t≥4500人\t完成产前筛查4500人。",
      "某区乙中心\t疫苗接种\t21.00\t0\t产出指标\t质量指标\t接种率\t≥95%\t接种率保持在95%以上。",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.funds.annualTotal, f.funds.raw?.annualTotal?.text, f.goals.annual?.text])).toEqual([
      ["产前筛查", 84, "70.00+14.00", "完成产前筛查4500人。"],
      ["疫苗接种", 21, "21.00+0", "接种率保持在95%以上。"],
    ]);
    // provenance: the summed total points at the first source's cell
    expect(d.forms[0].funds.raw?.annualTotal?.loc).toMatchObject({ line: 2, col: 3 });
  });

  it("reads past a 合计 row printed first under the header, and takes 绩效目标 beside the project's cells as its goal", () => {
    const d = parse([
      "序号\t预算单位\t项目名称\t项目金额（万元）\t绩效目标\t一级指标\t二级指标\t三级指标\t指标值",
      "合计\t\t\t52.50",
      "1\t某县甲局\t道路保洁\t40.00\t全年保洁道路60公里。\t产出指标\t数量指标\t保洁道路长度\t≥60公里",
      "2\t某县乙站\t路灯维护\t12.50\t维护路灯800盏。\t产出指标\t质量指标\t路灯亮灯率\t≥98%",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text, f.indicators.map((i) => i.name)])).toEqual([
      ["道路保洁", "某县甲局", 40, "全年保洁道路60公里。", ["保洁道路长度"]],
      ["路灯维护", "某县乙站", 12.5, "维护路灯800盏。", ["路灯亮灯率"]],
    ]);
  });

  it("carries a 单位名称 printed once (on a row of its own, or on its first project's row) to the unit's projects below", () => {
    const d = parse([
      HEADER,
      "某县文旅局",
      "\t场馆开放\t92.00\t保障场馆免费开放。",
      "\t\t\t\t产出指标\t数量指标\t开放场馆数\t=20个",
      "\t图书推广\t18.50\t开展阅读推广。\t产出指标\t数量指标\t新增图书\t≥1万册",
      "某县水务局\t河道保洁\t30.00\t保洁河道8条。\t产出指标\t数量指标\t保洁河道数\t=8条",
      "\t管网巡检\t9.00\t巡检管网40公里。\t产出指标\t数量指标\t巡检长度\t≥40公里",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.indicators.map((i) => i.name)])).toEqual([
      ["场馆开放", "某县文旅局", ["开放场馆数"]],
      ["图书推广", "某县文旅局", ["新增图书"]],
      ["河道保洁", "某县水务局", ["保洁河道数"]],
      ["管网巡检", "某县水务局", ["巡检长度"]],
    ]);
    // the department keeps the place it was written at
    expect(d.forms[1].fields["project.department"]?.loc.line).toBe(2);
    expect(d.forms[3].fields["project.department"]?.loc.line).toBe(6);
  });

  it("anchors a list header whose 项目名称 stands after 序号 / 单位编码 / 单位名称", () => {
    const d = parse([
      "某区2025年部门项目绩效目标表",
      "序号\t单位编码\t单位名称\t项目名称\t项目类别\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "1\t401001\t某区甲局\t道路保洁\t一般项目\t40.00\t全年保洁道路60公里。",
      "\t\t\t\t\t\t\t产出指标\t数量指标\t保洁道路长度\t≥60公里",
      "2\t401002\t某区乙站\t路灯维护\t一般项目\t12.50\t维护路灯800盏。\t产出指标\t质量指标\t路灯亮灯率\t≥98%",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.indicators.map((i) => i.name)])).toEqual([
      ["道路保洁", "某区甲局", 40, ["保洁道路长度"]],
      ["路灯维护", "某区乙站", 12.5, ["路灯亮灯率"]],
    ]);
  });

  it("takes a unit's own row (序号 一, 单位名称, its subtotal; no project) as the head of its projects, not as a project", () => {
    const d = parse([
      "序号\t单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "\t合计\t\t70.00",
      "一\t某县文旅局\t\t52.50",
      "1\t\t场馆开放\t40.00\t保障场馆免费开放。\t产出指标\t数量指标\t开放场馆数\t=20个",
      "2\t\t图书推广\t12.50\t开展阅读推广。\t产出指标\t数量指标\t新增图书\t≥1万册",
      "二\t某县水务局\t\t17.50",
      "1\t\t河道保洁\t17.50\t保洁河道8条。\t产出指标\t数量指标\t保洁河道数\t=8条",
      "\t小计\t\t17.50",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.indicators.map((i) => i.name)])).toEqual([
      ["场馆开放", "某县文旅局", 40, ["开放场馆数"]],
      ["图书推广", "某县文旅局", 12.5, ["新增图书"]],
      ["河道保洁", "某县水务局", 17.5, ["保洁河道数"]],
    ]);
  });
  it("reads a 项目编码 column as each project's code, on its first row or its own row, not as an unexplained column", () => {
    const d = parse([
      "序号\t单位名称\t项目编码\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "1\t某县甲局\t520301250001\t道路保洁\t40.00\t全年保洁道路60公里。\t产出指标\t数量指标\t保洁道路长度\t≥60公里",
      "\t\t\t\t\t\t满意度指标\t服务对象满意度指标\t居民满意度\t≥85%",
      "2\t某县乙站\t520301250002\t路灯维护\t12.50\t维护路灯800盏。",
      "\t\t\t\t\t\t产出指标\t质量指标\t路灯亮灯率\t≥98%",
      "3\t某县乙站\t\t路灯更换\t6.00\t更换路灯60盏。\t产出指标\t数量指标\t更换路灯数\t≥60盏",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.code, f.indicators.map((i) => i.name)])).toEqual([
      ["道路保洁", "520301250001", ["保洁道路长度", "居民满意度"]],
      ["路灯维护", "520301250002", ["路灯亮灯率"]],
      ["路灯更换", null, ["更换路灯数"]],
    ]);
    // the code keeps the cell it was read from
    expect(d.forms[1].fields["project.code"]?.loc).toMatchObject({ line: 4, col: 3 });
    expect(d.forms[2].fields["project.code"]).toBeUndefined();
    const unexplained = d.diagnostics.filter((x) => x.code === "layout/unexplained-column").map((x) => x.message);
    expect(unexplained.some((m) => m.includes("项目编码"))).toBe(false);
    expect(unexplained.some((m) => m.includes("序号"))).toBe(true);
  });
  it("takes a header cell saying only 项目 as the project column when the rest of the row is a list header", () => {
    const d = parse([
      "某县2025年项目绩效目标表",
      "序号\t单位名称\t项目\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标值",
      "1\t某县甲局\t道路保洁\t40.00\t全年保洁道路60公里。\t产出指标\t数量指标\t保洁道路长度\t≥60公里",
      "\t\t\t\t\t满意度指标\t服务对象满意度指标\t居民满意度\t≥85%",
      "2\t某县乙站\t路灯维护\t12.50\t维护路灯800盏。",
      "\t\t\t\t\t产出指标\t质量指标\t路灯亮灯率\t≥98%",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text, f.indicators.map((i) => i.name)])).toEqual([
      ["道路保洁", "某县甲局", 40, "全年保洁道路60公里。", ["保洁道路长度", "居民满意度"]],
      ["路灯维护", "某县乙站", 12.5, "维护路灯800盏。", ["路灯亮灯率"]],
    ]);
    expect(d.forms[1].fields["project.name"]?.loc).toMatchObject({ line: 5, col: 3 });
  });

  it("keeps a 项目 header cell with no list columns beside it (one project's form) as it was", () => {
    const d = parse([
      "项目名称\t村道养护",
      "预算数（万元）\t30.00",
      "年度目标\t养护村道20公里。",
      "项目\t一级指标\t二级指标\t三级指标\t指标值",
      "村道养护\t产出指标\t数量指标\t养护村道长度\t≥20公里",
      "\t效益指标\t社会效益指标\t群众出行条件\t明显改善",
    ]);
    expect(d.forms.map((f) => [f.project.name, f.funds.annualTotal, f.indicators.map((i) => i.name)])).toEqual([
      ["村道养护", 30, ["养护村道长度", "群众出行条件"]],
    ]);
  });
});
