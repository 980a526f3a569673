/**
 * Space-aligned (-layout) tables printed from a borderless workbook with narrow columns: cells
 * wrapped over lines below, top-aligned (src/repair/layout.ts). Invented content.
 */
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/read/grid.js";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";
import { glueLayoutNumbers, isSpaceAligned, joinLayoutContinuations, pieceStarts, printedWidth } from "../../src/repair/layout.js";
import { dropPageFurniture } from "../../src/repair/index.js";

const parse = (text: string) => gridToDocument(textToGrid("layout.txt", text, "utf-8"));

const FORM = [
  "项目支出绩效自评表",
  "项目名称  乡村学校少年宫运行补助",
  "主管部门  某县教育局              实施单位  某县青少年活动中心",
  "项目资金  年初预算数  全年预算数  全年执行数",
  "          30          30          30",
  "年度总体目标  运行少年宫12所。",
  "一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分  偏差原因分析及",
  "                                                                    改进措施",
  "产出指标  数量指标  运行少年宫数  12所        12所        30    30",
  "                    量",
  "          时效指标  活动经费拨付  每学期开学  开学后两周  20    18    第二学期拨付",
  "                    时间          前          内拨付                  晚于计划",
  "效益指标  社会效益  参与活动学生  ≥3000人次   3120人次    40    40",
  "          指标      人次",
  "满意度指  服务对象  学生家长满意  ≥90%        92%         10    10",
  "标        满意度指  度",
  "          标",
].join("\n");

describe("-layout tables wrapped by narrow columns", () => {
  it("folds each wrapped line into the cells above it, by the column it stands in", () => {
    const d = parse(FORM);
    expect(d.forms).toHaveLength(1);
    // the corpus weighted layout's keywords (年度指标值, 实际完成值, 全年执行数, 年度总体目标) do not
    // take a space-aligned table from the engine
    expect(d.forms[0].layout).toBe("generic");
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "运行少年宫数量", "12所", "12所", 30, 30],
      ["产出指标", "时效指标", "活动经费拨付时间", "每学期开学前", "开学后两周内拨付", 20, 18],
      ["效益指标", "社会效益指标", "参与活动学生人次", "≥3000人次", "3120人次", 40, 40],
      ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "92%", 10, 10],
    ]);
    expect(d.forms[0].indicators[1].deviation).toBe("第二学期拨付晚于计划");
  });

  it("keeps a line as a row of its own when one of its cells stands where the line above was not full", () => {
    const header = textToGrid("h.txt", "一级指标  二级指标  三级指标      指标值", "utf-8").rows[0];
    const rows = textToGrid("r.txt", ["产出指标  数量指标  培训教师人数  120人", "          质量指标  培训合格率    ≥95%"].join("\n"), "utf-8").rows;
    const recs = rows.map((row) => ({ row, cells: {} }));
    // the second line's 质量指标 is a complete label under a complete label: a new row
    expect(joinLayoutContinuations(recs, header, ["level1", "level2", "name", "target"], (t) => /指标$/.test(t))).toHaveLength(2);
  });

  it("joins a line of label pieces and a short name piece without a figure, however wide the name column", () => {
    const header = textToGrid("h.txt", "一级指标  二级指标    三级指标              指标值", "utf-8").rows[0];
    const rows = textToGrid("r.txt", ["满意度    服务对象满  参学群众满意          ≥90%", "指标      意度指标    度"].join("\n"), "utf-8").rows;
    // cells by role as the row alignment gives them: the full row by position, the line below as it may
    const keys = ["level1", "level2", "name", "target"];
    const recs = rows.map((row) => ({ row, cells: Object.fromEntries(row.cells.filter((c) => c.text.trim()).map((c, k) => [keys[k], c])) as Record<string, Cell> }));
    const labels = ["满意度指标", "服务对象满意度指标"];
    const goesOn = (k: string, above: string, t: string) => /^level/.test(k) && !/指标$/.test(above) && labels.some((l) => l.startsWith(above + t));
    const joined = joinLayoutContinuations(recs, header, ["level1", "level2", "name", "target"], (t) => labels.includes(t), goesOn);
    expect(joined).toHaveLength(1);
    expect(Object.fromEntries(Object.entries(joined[0].cells).map(([k, c]) => [k, c!.text]))).toEqual({ level1: "满意度指标", level2: "服务对象满意度指标", name: "参学群众满意度", target: "≥90%" });
    // without the label pieces going on, "度" under a name that leaves room is a row of its own
    expect(joinLayoutContinuations(rows.map((row, k) => ({ ...recs[k], cells: { ...recs[k].cells } })), header, ["level1", "level2", "name", "target"], (t) => labels.includes(t))).toHaveLength(2);
  });

  it("reads positions only in space-aligned text: single-space separators say nothing", () => {
    const grid = textToGrid("s.txt", ["一级指标 二级指标 三级指标 指标值", "一级指标  二级指标  三级指标  指标值"].join("\n"), "utf-8");
    expect(isSpaceAligned(grid.rows[0])).toBe(false);
    expect(isSpaceAligned(grid.rows[1])).toBe(true);
    expect(printedWidth("≥90%人")).toBe(6);
  });

  it("reads a funds table and goals whose labels and header cells wrapped (年初预 / 算数, 年度资金总 / 额, 年度总体 / 目标)", () => {
    const d = parse(
      [
        "项目支出绩效自评表",
        "项目名称  社区食堂助餐补贴",
        "主管部门  某区民政局              实施单位  某街道办事处",
        "项目资金（万  年初预    全年预    全年执    分值  执行率    得分",
        "元）          算数      算数      行数",
        "年度资金总    48.00     45.00     44.10     10    98.00%    9.80",
        "额",
        "其中：财政拨  48.00     45.00     44.10     —     —         —",
        "款",
        "年度总体  预期目标                  实际完成情况",
        "目标",
        "          为600名老人提供助餐服务。 为612名老人提供助餐服务。",
        "一级指标  二级指标  三级指标      年度指标值  实际完成值  分值  得分",
        "产出指标  数量指标  助餐老人人数  ≥600人      612人       90    90",
      ].join("\n"),
    );
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect([f.funds.unit, f.funds.planned, f.funds.adjusted, f.funds.executed, f.funds.score]).toEqual(["万元", 48, 45, 44.1, 9.8]);
    expect(f.funds.sources.map((x) => [x.name, x.adjusted])).toEqual([["财政拨款", 45]]);
    expect(f.goals.annual?.text).toBe("为600名老人提供助餐服务。");
  });
});

describe("-layout tables printed narrower than their header gaps, across a page break", () => {
  // invented: labels wrapped two characters a line although the column could hold four, names
  // wrapped at six characters under a header gap of eight, and a page number, a running page header
  // and the repeated header between a row and its last line
  const NARROW = [
    "                某县文化馆2024年度部门决算公开",
    "项目支出绩效自评表",
    "项目名称  乡村文化礼堂活动补助",
    "主管部门  某县文化和旅游局  实施单位  某县文化馆",
    "年度总体目标  支持文化礼堂开展活动200场。",
    "一级    二级      三级指标          年度指    实际完    分值  得分",
    "指标    指标                        标值      成值",
    "产出    数量      文化礼堂活动      ≥200场    206场     40    40",
    "指标    指标      场次",
    "        时效      活动补助拨付      2024年11  2024年11  30    30",
    "",
    "                   第 3 页",
    "                某县文化馆2024年度部门决算公开",
    "",
    "一级    二级      三级指标          年度指    实际完    分值  得分",
    "指标    指标                        标值      成值",
    "        指标      时间              月底前    月20日",
    "满意    服务对    参与活动群众      ≥90%      93%       30    30",
    "度指    象满意    满意度",
    "标      度指标",
  ].join("\n");

  it("joins the pieces of each row and leaves the running header out", () => {
    const d = parse(NARROW);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "文化礼堂活动场次", "≥200场", "206场", 40, 40],
      ["产出指标", "时效指标", "活动补助拨付时间", "2024年11月底前", "2024年11月20日", 30, 30],
      ["满意度指标", "服务对象满意度指标", "参与活动群众满意度", "≥90%", "93%", 30, 30],
    ]);
  });

  it("drops a running page header only below a page number and only when the document prints it again", () => {
    const grid = textToGrid("p.txt", ["某县文化馆2024年度部门决算公开", "项目名称  示例", "第 3 页", "某县文化馆2024年度部门决算公开", "第 4 页", "年度总体目标说明文字", "产出指标  数量指标"].join("\n"), "utf-8");
    const kept = dropPageFurniture(grid.rows).map((r) => r.text.trim());
    // the first title stays (no page number above it); the line below 第 4 页 is printed once
    expect(kept).toEqual(["某县文化馆2024年度部门决算公开", "项目名称  示例", "年度总体目标说明文字", "产出指标  数量指标"]);
    // a form title that opens every page is the form's, not page furniture
    const titles = textToGrid("t.txt", ["项目支出绩效目标表", "项目名称  甲", "第 1 页", "项目支出绩效目标表", "项目名称  乙"].join("\n"), "utf-8");
    expect(dropPageFurniture(titles.rows).map((r) => r.text.trim())).toEqual(["项目支出绩效目标表", "项目名称  甲", "项目支出绩效目标表", "项目名称  乙"]);
    // a report title containing 绩效 atop each page, inside an indicator table, is furniture all the same
    const inside = textToGrid(
      "r.txt",
      [
        "一级指标  二级指标  三级指标  年初目标值  实际完成值",
        "产出指标  数量指标  巡护里程  ≥800公里  820公里",
        "第 1 页",
        "某县林业站 2025年度项目支出绩效自评",
        "一级指标  二级指标  三级指标  年初目标值  实际完成值",
        "          质量指标  巡护覆盖率  ≥95%  96%",
        "第 2 页",
        "某县林业站 2025年度项目支出绩效自评",
        "效益指标  社会效益指标  山火发生次数  0次  0次",
      ].join("\n"),
      "utf-8",
    );
    expect(dropPageFurniture(inside.rows).map((r) => r.text.trim()).filter((t) => t.includes("林业站"))).toEqual([]);
    // the same line after an indicator row but before a form's fields starts the next form: kept
    const next = textToGrid(
      "n.txt",
      ["产出指标  数量指标  巡护里程  ≥800公里  820公里", "第 1 页", "2025年度项目支出绩效自评表", "项目名称  乙", "效益指标  社会效益指标  山火发生次数  0次  0次", "第 2 页", "2025年度项目支出绩效自评表", "项目名称  丙"].join("\n"),
      "utf-8",
    );
    expect(dropPageFurniture(next.rows).map((r) => r.text.trim()).filter((t) => t.endsWith("自评表"))).toEqual(["2025年度项目支出绩效自评表", "2025年度项目支出绩效自评表"]);
  });

  it("drops a running page footer, a text printed with the page number, when the document prints that text again", () => {
    const grid = textToGrid(
      "f.txt",
      [
        "某县图书馆2025年部门预算",
        "一级指标  二级指标  三级指标      指标值",
        "产出指标  数量指标  新增藏书册数  ≥5000册",
        "",
        "某县图书馆2025年部门预算                    第3页",
        "          质量指标  图书编目准确率 ≥98%",
        "本项目指标的说明  详见第2页",
        "项目支出绩效目标表                          第4页",
      ].join("\n"),
      "utf-8",
    );
    // the footer goes (its text is the document's title); a line ending "第2页" whose text is printed
    // once stays, and so does a form title printed with its page number
    expect(dropPageFurniture(grid.rows).map((r) => r.text.trim()).filter((t) => /页$/.test(t))).toEqual(["本项目指标的说明  详见第2页", "项目支出绩效目标表                          第4页"]);
  });
});

describe("a goal printed beside a label centred on its lines, across a page break", () => {
  // invented: the label 年度总体目标 stands on the second of the goal's lines, and a page number
  // with the running header falls between the goal's second and third lines
  const CENTRED = [
    "                某县图书馆2025年部门预算公开",
    "项目支出绩效目标表",
    "项目名称         农家书屋图书更新补助",
    "主管部门         某县文化和旅游局       实施单位   某县图书馆",
    "                 为全县120个农家书屋更新图书，开展",
    "年度总体目标     阅读推广活动不少于",
    "",
    "                                  — 4 —",
    "                某县图书馆2025年部门预算公开",
    "",
    "                 36场，提升群众阅读率",
    "一级指标   二级指标     三级指标           指标值",
    "产出指标   数量指标     更新图书册数       ≥12000册",
  ].join("\n");

  it("reads the whole goal, the line above its label and the line after the page break included", () => {
    const d = parse(CENTRED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].goals.annual?.text).toBe("为全县120个农家书屋更新图书，开展阅读推广活动不少于36场，提升群众阅读率");
    expect(d.forms[0].indicators.map((i) => [i.name, i.target?.raw])).toEqual([["更新图书册数", "≥12000册"]]);
  });
});

describe("a number broken by one space in a -layout row (glueLayoutNumbers)", () => {
  const rows = (lines: string[]) => textToGrid("layout.txt", lines.join("\n"), "utf-8").rows;
  const texts = (r: { cells: Cell[] }) => r.cells.map((c) => c.text);
  const HEAD = "一级指标  二级指标  三级指标      年度指标值  实际完成值  分值";
  it("joins the two digit groups standing inside one column, keeping the space", () => {
    const [head, row] = rows([HEAD, "产出指标  数量指标  服务人次      ≥2300人次   2 350人次   20"]);
    expect(texts(glueLayoutNumbers(head, row))).toEqual(["产出指标", "数量指标", "服务人次", "≥2300人次", "2 350人次", "20"]);
  });
  it("joins a second group of more than three digits too: a print cuts a number where the cell ends (2 5000条)", () => {
    const [head, row] = rows([HEAD, "产出指标  数量指标  新增储备沙袋  ≥2 5000条   26000条     20"]);
    expect(texts(glueLayoutNumbers(head, row))).toEqual(["产出指标", "数量指标", "新增储备沙袋", "≥2 5000条", "26000条", "20"]);
  });
  it("leaves pieces alone when the second starts a column of its own, or is shorter than three digits", () => {
    const [head, a, b] = rows([HEAD, "产出指标  数量指标  新建站点数    ≥12345678 1 120个       20", "产出指标  数量指标  新建站点数    12个        1 12个      20"]);
    // the target "≥12345678 1" runs to the actual column's edge: "120个" starts that column, a cell of its own
    expect(texts(glueLayoutNumbers(head, a))).toEqual(["产出指标", "数量指标", "新建站点数", "≥12345678", "1", "120个", "20"]);
    expect(texts(glueLayoutNumbers(head, b))).toEqual(texts(b));
  });
  it("changes no TAB row, nor a row under a header that is not space-aligned", () => {
    const [head, row] = rows(["一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 服务人次 2 350人次"]);
    expect(glueLayoutNumbers(head, row)).toBe(row);
  });
});

describe("a -layout header with two narrow columns printed one space apart (权重占比 得分, 折算得分 偏差原因)", () => {
  // invented: a weighted self-assessment whose short header cells stand one space from their
  // neighbours twice; its level-1 labels, a goal-like value and a reason wrapped under their columns
  const WEIGHTED = [
    "项目支出绩效自评表",
    "项目名称  乡村巡回展览补助",
    "主管部门  某县文化和旅游局              实施单位  某县博物馆",
    "年度总体目标  举办乡村巡回展览12场。",
    "一级指标  二级指标      三级指标              年度指标值    实际完成值      权重占比 得分    折算得分 偏差原因",
    "产出指    数量指标      巡回展览场次          ≥12场         10场            20%      83.33   16.67    两场因汛期取消，",
    "标                                                                                                    下年补办",
    "          质量指标      展品完好率            ≥98%          99%             20%      100.00  20.00",
    "效益指    社会效益指标  群众文化参与          农村群众观展  观展2.1万人次   40%      100.00  40.00",
    "标                                            机会明显增多",
    "满意度    服务对象满意  观众满意度            ≥90%          93%             20%      100.00  20.00",
    "指标      度指标",
  ].join("\n");

  it("is still a space-aligned header: one single-space gap for every three wide ones", () => {
    const head = textToGrid("h.txt", WEIGHTED, "utf-8").rows[4];
    expect(isSpaceAligned(head)).toBe(true);
    // two narrow gaps among three wide ones are a raw line's separators, not a printed layout
    expect(isSpaceAligned(textToGrid("r.txt", "一级指标  二级指标 三级指标  指标值 分值  得分", "utf-8").rows[0])).toBe(false);
  });

  it("folds each wrapped line into the cells above it, by the column it stands in", () => {
    const d = parse(WEIGHTED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.deviation || null])).toEqual([
      ["产出指标", "数量指标", "巡回展览场次", "≥12场", "10场", "两场因汛期取消，下年补办"],
      ["产出指标", "质量指标", "展品完好率", "≥98%", "99%", null],
      ["效益指标", "社会效益指标", "群众文化参与", "农村群众观展机会明显增多", "观展2.1万人次", null],
      ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "93%", null],
    ]);
  });
});

describe("-layout rows pushed right by a long value, and a value wrapped narrower beside one wrapped full", () => {
  // invented: the 社会效益 row's target overflows its column, so its actual, 分值 and 得分 start three
  // columns right of their header cells; the 可持续影响 row's target wraps full width, its actual narrower
  const PUSHED = [
    "项目支出绩效自评表",
    "项目名称  社区助餐服务补助",
    "主管部门  某区民政局              实施单位  某街道办事处",
    "年度总体目标  为600名老人提供助餐服务。",
    "一级指标  二级指标        三级指标              年度指标值    实际完成值          分值  得分    偏差原因",
    "产出指    数量指标        助餐老人人数          ≥600人        612人               50    50",
    "标（50",
    "分）",
    "效益指    社会效益指标    老人用餐保障          无因停餐断供投诉 未发生因停餐断供    20    20",
    "标（40                                                        引发的投诉",
    "分）",
    "          可持续影响指标  助餐食品安全          全年助餐服务无食品 未发生食品安      20    20",
    "                                                安全事故      全事故",
    "满意度    服务对象满意    老人满意度            ≥90%          94%                 10    10",
    "指标      度指标",
  ].join("\n");

  it("folds the wrapped lines into their rows: a pushed piece has only the rest of its column, and a line opening no row goes on from one that did wrap", () => {
    const d = parse(PUSHED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "助餐老人人数", "≥600人", "612人", 50, 50],
      ["效益指标", "社会效益指标", "老人用餐保障", "无因停餐断供投诉", "未发生因停餐断供引发的投诉", 20, 20],
      ["效益指标", "可持续影响指标", "助餐食品安全", "全年助餐服务无食品安全事故", "未发生食品安全事故", 20, 20],
      ["满意度指标", "服务对象满意度指标", "老人满意度", "≥90%", "94%", 10, 10],
    ]);
  });

  it("keeps a line with a piece in the name column as a row of its own, even without a figure", () => {
    const header = textToGrid("h.txt", "一级指标  二级指标  三级指标      指标值        完成值        分值", "utf-8").rows[0];
    const keys = ["level1", "level2", "name", "target", "actual", "weight"];
    const recsOf = (lines: string[]) =>
      textToGrid("r.txt", lines.join("\n"), "utf-8").rows.map((row) => ({ row, cells: Object.fromEntries(row.cells.filter((c) => c.text.trim()).map((c, k) => [keys[k], c])) as Record<string, Cell> }));
    const first = "效益指标  社会效益  群众参与      全年组织群众  参与群众      20";
    // the target filled its column, the actual did not: a line under both goes on from the row…
    expect(joinLayoutContinuations(recsOf([first, "                                  参与宣讲      较多"]), header, keys, (t) => /指标$/.test(t))).toHaveLength(1);
    // …unless it names an indicator of its own
    expect(joinLayoutContinuations(recsOf([first, "                    宣讲活动      参与宣讲      较多"]), header, keys, (t) => /指标$/.test(t))).toHaveLength(2);
  });
});

describe("-layout: a line whose level label goes on is the rest of its row, figures and all", () => {
  // invented: the 效益 rows' values wrap at ten characters, fewer than the columns' printed width when
  // the line holds digits; the line below carries the level 1's points ("（30分）") or the level 2's
  // last character ("标") beside the values' second halves, one of which holds a figure
  const WRAPPED = [
    "项目支出绩效自评表",
    "项目名称  农村饮水安全巡检经费",
    "主管部门  某县水利局                      实施单位  某县农村供水站",
    "年度总体目标  巡检农村供水工程60处。",
    "一级指标  二级指标      三级指标              指标值                  实际完成值              分值  得分",
    "产出指标  数量指标      巡检供水工程数量      ≥60处                   62处                    40    40",
    "（50分）",
    "效益指标  社会效益指标  农村饮水保障          农村群众饮水安全保障水  完成62处工程水质抽检，  20    20",
    "（30分）                                      平进一步提高            发现问题7处全部整改",
    "          可持续影响指  巡检机制运行          县乡两级供水巡检机制长  巡检制度已覆盖全县1     20    20",
    "          标                                  期有效运行              2个乡镇",
    "满意度    服务对象满意  用水群众满意度        ≥90%                    94%                     10    10",
    "指标      度指标",
  ].join("\n");

  it("folds the line into the row above instead of reading it as a row of its own", () => {
    const d = parse(WRAPPED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "巡检供水工程数量", "≥60处", "62处", 40, 40],
      ["效益指标", "社会效益指标", "农村饮水保障", "农村群众饮水安全保障水平进一步提高", "完成62处工程水质抽检，发现问题7处全部整改", 20, 20],
      ["效益指标", "可持续影响指标", "巡检机制运行", "县乡两级供水巡检机制长期有效运行", "巡检制度已覆盖全县1 2个乡镇", 20, 20],
      ["满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%", "94%", 10, 10],
    ]);
  });
});

describe("-layout: the table's title printed again with its header on the next page", () => {
  // invented: "绩效指标" stands over the header on both pages; the row before the page break ends on a
  // name that is cut ("…巡查完"), which the title must not complete
  const PAGED = [
    "某县水利局2025年部门预算",
    "",
    "                    项目支出绩效目标表",
    "项目名称      河道巡查保洁经费",
    "主管部门      某县水利局                    项目实施单位  某县河道管理所",
    "年度绩效      完成全县18条河道日常巡查保洁",
    "目标",
    "绩效指标",
    "一级指标    二级指标        三级指标                指标值",
    "产出指标    数量指标        巡查保洁河道条数        =18条",
    "            质量指标        河道巡查完              =100%",
    "",
    "                                  第 12 页",
    "某县水利局2025年部门预算",
    "",
    "绩效指标",
    "一级指标    二级指标        三级指标                指标值",
    "            时效指标        问题处置时限            ≤48小时",
    "满意度指标  服务对象满意    沿河群众满意度          ≥90%",
    "            度指标",
    "",
    "                                  第 13 页",
  ].join("\n");

  it("drops the repeated title with the repeated header instead of gluing it onto the name above", () => {
    const d = parse(PAGED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ["数量指标", "巡查保洁河道条数", "=18条"],
      ["质量指标", "河道巡查完", "=100%"],
      ["时效指标", "问题处置时限", "≤48小时"],
      ["服务对象满意度指标", "沿河群众满意度", "≥90%"],
    ]);
  });
});

/** a list-style table printed by -layout (invented): one header, each project's cells wrapped beside its indicator rows */
const LIST = [
  "某某县2025年部门预算",
  "2025年项目支出绩效目标表",
  "单位名称    项目名称      预算数  年度目标              一级指标  二级指标  三级指标        指标值",
  "某某县林业  森林防火巡护  40.00   聘用护林员30名，全年  产出指标  数量指标  聘用护林员人数  =30名",
  "工作站                            巡护林区1.5万亩，森林            质量指标  巡护记录完整率  ≥95%",
  "                                  火灾受害率控制在0.9‰            时效指标  火情报告时限    ≤30分钟",
  "                                  以内。                  效益指标  生态效益  森林火灾受害率  ≤0.9‰",
  "                                                                  指标",
  "某某县林业  林木种苗补助  12.50   培育苗木20万株。      产出指标  数量指标  培育苗木数量    ≥20万株",
  "局          资金                                        满意度指  服务对象  育苗户满意度    ≥90%",
  "                                                        标        满意度指",
  "                                                                  标",
].join("\n");

describe("list-style tables printed by -layout (src/repair/list-layout.ts)", () => {
  it("reads one form per project block, its wrapped cells joined by the column they stand in", () => {
    const d = parse(LIST);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text])).toEqual([
      ["森林防火巡护", "某某县林业工作站", 40, "聘用护林员30名，全年巡护林区1.5万亩，森林火灾受害率控制在0.9‰以内。"],
      ["林木种苗补助资金", "某某县林业局", 12.5, "培育苗木20万株。"],
    ]);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ["产出指标", "数量指标", "聘用护林员人数", "=30名"],
      ["产出指标", "质量指标", "巡护记录完整率", "≥95%"],
      ["产出指标", "时效指标", "火情报告时限", "≤30分钟"],
      ["效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"],
    ]);
    expect(d.forms[1].indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ["数量指标", "培育苗木数量", "≥20万株"],
      ["服务对象满意度指标", "育苗户满意度", "≥90%"],
    ]);
  });

  it("goes on with the project above after a page break that repeats the header, its bare page number dropped", () => {
    const lines = LIST.split("\n");
    const text = [
      ...lines.slice(0, 6),
      "                                                  17",
      "\f某某县2025年部门预算",
      "",
      lines[2],
      ...lines.slice(6),
      "                                                  18",
    ].join("\n");
    const d = parse(text);
    expect(d.forms.map((f) => f.project.name)).toEqual(["森林防火巡护", "林木种苗补助资金"]);
    expect(d.forms[0].goals.annual?.text).toBe("聘用护林员30名，全年巡护林区1.5万亩，森林火灾受害率控制在0.9‰以内。");
    expect(d.forms[0].indicators.map((i) => i.name)).toEqual(["聘用护林员人数", "巡护记录完整率", "火情报告时限", "森林火灾受害率"]);
    expect(d.forms[1].indicators.map((i) => i.target?.raw)).toEqual(["≥20万株", "≥90%"]);
  });

  it("drops a running head printed once above the list header repeated on the next page", () => {
    const lines = LIST.split("\n").slice(1);
    const text = [...lines.slice(0, 5), "                                                  17", "\f某某县林业局部门预算公开", "", lines[1], ...lines.slice(5)].join("\n");
    const d = parse(text);
    expect(d.forms.map((f) => [f.project.name, f.project.department])).toEqual([
      ["森林防火巡护", "某某县林业工作站"],
      ["林木种苗补助资金", "某某县林业局"],
    ]);
    expect(d.forms[0].goals.annual?.text).toBe("聘用护林员30名，全年巡护林区1.5万亩，森林火灾受害率控制在0.9‰以内。");
  });

  it("keeps a project's name wrapped early (short line) with its project: only a budget amount or a name under none opens a row", () => {
    const text = [
      "单位名称    项目名称      预算数  年度目标              一级指标  二级指标  三级指标        指标值",
      "某某县文化  文化惠民LED   26.00   更新显示屏3块。       产出指标  数量指标  更新显示屏数量  =3块",
      "馆          显示屏更新                                            质量指标  验收合格率      =100%",
    ].join("\n");
    const d = parse(text);
    expect(d.forms.map((f) => [f.project.name, f.project.department, f.indicators.length])).toEqual([["文化惠民LED显示屏更新", "某某县文化馆", 2]]);
  });

  it("drops a bare number only where it ends a page", () => {
    const rows = textToGrid("p.txt", ["一级指标  二级指标  三级指标  指标值", "                    7", "产出指标  数量指标  某某数量  5个", "          9", "\f下一页"].join("\n"), "utf-8").rows;
    const kept = dropPageFurniture(rows).map((r) => r.text.trim());
    expect(kept).toContain("7");
    expect(kept).not.toContain("9");
  });
  it("reads a header split over two lines: a wrapped label joined, the budget's fund-source sub-columns as sources", () => {
    const text = [
      "某某县2025年项目支出绩效目标表",
      "单位名称    项目名称      预算数（万元）              年度目标        一级指  二级指  三级指标        指标值",
      "                          合计    财政拨款  其他资金                  标      标",
      "某某县农机  农机安全检验  18.00   15.00     3.00      检验农机1200台  产出指  数量指  检验农机数量    ≥1200台",
      "推广站      补助                                      次。            标      标",
      "                                                                              质量指  检验记录合格率  ≥98%",
      "                                                                              标",
      "                                                                      满意度  服务对  农机户满意度    ≥90%",
      "                                                                      指标    象满意",
      "                                                                              度指标",
    ].join("\n");
    const d = parse(text);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect([f.project.name, f.project.department, f.funds.annualTotal, f.goals.annual?.text]).toEqual(["农机安全检验补助", "某某县农机推广站", 18, "检验农机1200台次。"]);
    expect(f.funds.sources.map((x) => [x.name, x.annual])).toEqual([
      ["财政拨款", 15],
      ["其他资金", 3],
    ]);
    // read as sources, not kept as extra columns
    expect(d.diagnostics.map((x) => x.code)).not.toContain("layout/unexplained-column");
    expect(f.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ["产出指标", "数量指标", "检验农机数量", "≥1200台"],
      ["产出指标", "质量指标", "检验记录合格率", "≥98%"],
      ["满意度指标", "服务对象满意度指标", "农机户满意度", "≥90%"],
    ]);
  });
});

describe("-layout rows whose cells are vertically centred (a row's single-line cells on the middle line of its tallest cell)", () => {
  // invented: the 社会效益 row's name, values and reason wrap over three lines centred on the row, so
  // their first lines stand above the line holding its level labels, 分值 and 得分; the 满意度 row's
  // level 2 "服务对象满意度指标" prints "服务对象" above its name
  const CENTRED = [
    "项目支出绩效自评表",
    "项目名称  社区老年食堂运营补助",
    "主管部门  某县民政局              实施单位  某县养老服务中心",
    "年度总体目标  支持8个社区老年食堂运营。",
    "一级指标  二级指标  三级指标        年度指标值  实际完成值  分值  得分    偏差原因",
    "产出指标  数量指标  运营老年食堂数  =8个        8个         40    40",
    "                    量",
    "          社会效益  老年人就餐便利  社区老人就  老人就近就                部分食堂离小区较",
    "效益指标  指标      程度            近用餐更加  餐需求基本  40    36      远，下年度增设送",
    "                                    方便        满足                      餐点",
    "满意度指  服务对象",
    "标        满意度指  就餐老人满意度  ≥90%        95%         20    20",
    "          标",
  ].join("\n");

  it("puts the lines above a row's anchor line into that row when its cells close symmetrically below", () => {
    const d = parse(CENTRED);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "运营老年食堂数量", "=8个", "8个", 40, 40],
      ["效益指标", "社会效益指标", "老年人就餐便利程度", "社区老人就近用餐更加方便", "老人就近就餐需求基本满足", 40, 36],
      ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "95%", 20, 20],
    ]);
    expect(d.forms[0].indicators[1].deviation).toBe("部分食堂离小区较远，下年度增设送餐点");
  });

  const header = () => textToGrid("h.txt", "一级指标  二级指标  三级指标        指标值", "utf-8").rows[0];
  const keys = ["level1", "level2", "name", "target"];
  // each piece keyed by the header column it stands in (as the row alignment would)
  const starts = [0, 10, 20, 36];
  const recsOf = (lines: string[]) =>
    textToGrid("r.txt", lines.join("\n"), "utf-8").rows.map((row) => ({
      row,
      cells: Object.fromEntries((pieceStarts(row) ?? []).map((p) => [keys[starts.filter((s) => s <= p.start + 2).length - 1], p.cell])) as Record<string, Cell>,
    }));

  it("leaves a top-aligned print alone: a line that goes on from the row above is that row's tail", () => {
    // "量" finishes the row above's name (which filled its column); the next row is top-aligned
    const lines = [
      "产出指标  数量指标  运营老年食堂数  =8个",
      "                    量",
      "          质量指标  食堂食品安全检  全年无食品安全",
      "                    查合格率        事故",
    ];
    const out = joinLayoutContinuations(recsOf(lines), header(), keys, (t) => /指标$/.test(t));
    expect(out.map((r) => (r.merged ?? []).length)).toEqual([1, 1]);
    expect(out[1].row.text).toContain("质量指标");
  });

  it("moves no line whose wrapped piece would not close below the anchor (a two-line cell printed top-aligned)", () => {
    // the value's first line stands above the anchor, but nothing of the row goes on below it: no centred cell
    const lines = [
      "产出指标  数量指标  运营老年食堂数  =8个",
      "                                    全年无食品安",
      "          质量指标  食品安全事故数  全事故",
    ];
    const out = joinLayoutContinuations(recsOf(lines), header(), keys, (t) => /指标$/.test(t));
    const anchor = out.find((r) => r.row.text.trim().startsWith("质量指标"));
    expect(anchor?.cells.target?.text).toBe("全事故");
    expect(anchor?.merged ?? []).toHaveLength(0);
  });

  it("does not take a running title printed across the columns as the first line of the row below", () => {
    const lines = [
      "产出指标  数量指标  运营老年食堂数  =8个",
      "                      某县项目支出绩效目标表（续）",
      "效益指标  社会效益  老年人就餐便利  社区老人就近",
      "          指标      程度            用餐更方便",
    ];
    const out = joinLayoutContinuations(recsOf(lines), header(), keys, (t) => /指标$/.test(t));
    expect(out.some((r) => r.row.text.startsWith("效益指标") && (r.merged ?? []).some((m) => m.text.includes("目标表")))).toBe(false);
  });

  // invented: a 社会效益 row whose target value wraps over five lines centred on the row (two lines above
  // the anchor, two below), its name, actual value and reason over two or three lines from the line above it
  const fiveLineRow = (level1: string, weight: string, score: string) => [
    "                                    社区老人就",
    "          社会效益  老年人就餐便利  近用餐更加  老人就近就                部分食堂离小区较",
    `${level1}  指标      程度            方便快捷且  餐需求基本  ${weight}    ${score}      远，下年度增设送`,
    "                                    费用可以负  满足                      餐点",
    "                                    担",
  ];

  it("takes both lead lines of a cell wrapped over five lines (two above the anchor, two below)", () => {
    // invented: the 社会效益 row's target value wraps over five lines, so two of its lines stand above the
    // anchor line (the one holding 效益指标, 40 and 36) and two below; its name, actual value and reason
    // start one line above the anchor
    const text = [
      ...CENTRED.split("\n").slice(0, 7),
      ...fiveLineRow("效益指标", "40", "36"),
      ...CENTRED.split("\n").slice(10),
    ].join("\n");
    const d = parse(text);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "运营老年食堂数量", "=8个", "8个", 40, 40],
      ["效益指标", "社会效益指标", "老年人就餐便利程度", "社区老人就近用餐更加方便快捷且费用可以负担", "老人就近就餐需求基本满足", 40, 36],
      ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "95%", 20, 20],
    ]);
    expect(d.forms[0].indicators[1].deviation).toBe("部分食堂离小区较远，下年度增设送餐点");
  });

  it("takes both lead lines when the upper one would also pass for the lead of the lower (no level 1 on the anchor)", () => {
    // invented: the five-line row is the second under 效益指标, so its anchor line holds no complete label;
    // the line holding its name's first piece seems to open a row, and taking the top line as its lead
    // alone would leave the anchor line (分值, 得分) a row of its own
    const text = [
      ...CENTRED.split("\n").slice(0, 7),
      "效益指标  经济效益  就餐补助标准    ≤10元/餐    9元/餐      10    10",
      "          指标",
      ...fiveLineRow("        ", "30", "26"),
      ...CENTRED.split("\n").slice(10),
    ].join("\n");
    const d = parse(text);
    expect(d.forms).toHaveLength(1);
    expect(d.forms[0].indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ["产出指标", "数量指标", "运营老年食堂数量", "=8个", "8个", 40, 40],
      ["效益指标", "经济效益指标", "就餐补助标准", "≤10元/餐", "9元/餐", 10, 10],
      ["效益指标", "社会效益指标", "老年人就餐便利程度", "社区老人就近用餐更加方便快捷且费用可以负担", "老人就近就餐需求基本满足", 30, 26],
      ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "95%", 20, 20],
    ]);
    expect(d.forms[0].indicators[2].deviation).toBe("部分食堂离小区较远，下年度增设送餐点");
  });

  it("takes a lead line in the last column under a one-line value that is a whole quantity (not that value's tail)", () => {
    // invented: the 成本 row's value "≤19元/亩" is complete (a comparison, a number, a unit); the line below
    // it is the first line of the 经济效益 row's value, wrapped over three lines centred on that row
    const lines = [
      "产出指标  成本指标  亩均管护补助  ≤19元/亩",
      "                                    较建设前提高不",
      "效益指标  经济效益  管护区粮食亩  少于50公斤，稳",
      "          指标      产            定在600公斤以",
      "                                    上",
    ];
    // a complete level label: a "指标" piece alone is the rest of one ("经济效益" / "指标")
    const out = joinLayoutContinuations(recsOf(lines), header(), keys, (t) => /^\S{2,}指标$/.test(t));
    expect(out.map((r) => r.cells.target?.text)).toEqual(["≤19元/亩", "较建设前提高不少于50公斤，稳定在600公斤以上"]);
  });
});
