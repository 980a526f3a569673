/**
 * ningxia-target: 宁夏部门项目支出预算绩效目标表 (corpus/004_8ee0b106a6d1f1e1.txt).
 * Every expectation was read off the corpus text by eye; the line numbers are in the comments.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile, gridToDocument } from "../../src/parse.js";
import { textToGrid } from "../../src/read/text.js";
import { readForm } from "../../src/recognise/engine.js";
import { isAnchorRow } from "../../src/recognise/segment.js";
import type { Diagnostic, Form, Indicator } from "../../src/model/types.js";

const FILE = "corpus/004_8ee0b106a6d1f1e1.txt";
const LINES = readFileSync(FILE, "utf8").replace(/\r\n?/g, "\n").split("\n");

/** [line, level1, level2, name, raw value, kind, op, value, unit] */
type Row = [number, string, string, string, string, string, string | null, number | null, string | null];

function check(ind: Indicator, [line, l1, l2, name, raw, kind, op, value, unit]: Row) {
  expect(ind.line, `line of ${name}`).toBe(line);
  expect(ind.level1, `level1 l.${line}`).toBe(l1);
  expect(ind.level2, `level2 l.${line}`).toBe(l2);
  expect(ind.name, `name l.${line}`).toBe(name);
  expect(ind.target?.raw, `raw l.${line}`).toBe(raw);
  expect(ind.target?.kind, `kind l.${line}`).toBe(kind);
  expect(ind.target?.op, `op l.${line}`).toBe(op);
  expect(ind.target?.value, `value l.${line}`).toBe(value);
  expect(ind.target?.unit, `unit l.${line}`).toBe(unit);
  expect(ind.annualTarget).toBeNull();
  expect(ind.actual).toBeNull();
}

describe("ningxia-target on 004", async () => {
  const doc = await parseFile(FILE);
  const byLine = (l: number): Form => {
    const f = doc.forms.find((x) => x.line === l);
    if (!f) throw new Error(`no form at l.${l}`);
    return f;
  };

  it("finds exactly the 13 forms, all ningxia-target targets, with their names", () => {
    expect(doc.forms.map((f) => [f.line, f.kind, f.layout, f.project.name])).toEqual([
      [7, "target", "ningxia-target", "2022 年执法办案管理中心项目"], // l.7
      [29, "target", "ningxia-target", "2024 年辅警业务经费"], // l.29
      [49, "target", "ningxia-target", "平罗县公安局 2024 年交通道路隐患治理采购项目"], // l.49
      [92, "target", "ningxia-target", "2024 年禁毒工作经费"], // l.92
      [122, "target", "ningxia-target", "2024 年平罗县公安局智能交通智能图控及电子警察设备运行费系统维护服务项目"], // l.122
      [146, "target", "ningxia-target", "2024 年提前退休人员公积金"], // l.146
      [165, "target", "ningxia-target", "2024 年平罗县武警中队官兵生活运行经费"], // l.165
      [186, "target", "ningxia-target", "交通违法举报、涉邪教违法犯罪举报奖励"], // l.186
      [206, "target", "ningxia-target", "平罗县公安局 2021 年智慧交通系统及交警大队指挥中心大屏建设项目"], // l.206
      [256, "target", "ningxia-target", "平罗县公安局城关等派出所业务用房建设项目"], // l.256
      [276, "target", "ningxia-target", "平罗县公安局及车辆管理所附属用房业务用房建设项目"], // l.276
      [301, "target", "ningxia-target", "司法救助资金"], // l.301
      [321, "target", "ningxia-target", "政府长聘人员经费(辅警)"], // l.321
    ]);
    expect(doc.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("counts the indicator rows of every form (blank lines and wrapped cells are not rows)", () => {
    // l.16–25: 10; l.37,39–45: 8; l.57,59–81,83–88: 30; l.100,102–118: 18; l.130,132–142: 12;
    // l.154,156–161: 7; l.173,175–182: 9; l.194,196–202: 8; l.214,216–238,240–252: 37;
    // l.265–272: 8; l.284,287–297 (l.286 "设备等" joins l.284): 12; l.309,311–317: 8; l.330–337: 8
    expect(doc.forms.map((f) => f.indicators.length)).toEqual([10, 8, 30, 18, 12, 7, 9, 8, 37, 8, 12, 8, 8]);
    expect(doc.forms.map((f) => f.parse.rows)).toEqual([10, 8, 30, 18, 12, 7, 9, 8, 37, 8, 12, 8, 8]);
    for (const f of doc.forms) {
      expect(f.parse.confidence).toBeGreaterThanOrEqual(0.9);
      for (const i of f.indicators) {
        expect(["产出指标", "效益指标", "满意度指标"]).toContain(i.level1);
        expect(i.level2).toMatch(/^(数量|质量|时效|成本|社会效益|可持续影响|服务对象满意度)指标$/);
      }
    }
  });

  it("form l.7 field by field", () => {
    const f = byLine(7);
    // title lines: l.3 "附件 2：平罗县公安局项目支出预算绩效目标表", l.5 "部门项目支出预算绩效目标表", l.6 "(2024 年度)"
    expect(f.startLine).toBe(3);
    expect(f.title).toContain("部门项目支出预算绩效目标表");
    expect(f.year).toBe(2024);
    expect(f.project.department).toBe("平罗县公安局 019001"); // l.8
    expect(f.project.implementer).toBe("平罗县公安局"); // l.8
    expect(f.project.attribute).toBe("0101—一年期项目"); // l.9 (em dash as written)
    expect(f.project.period).toBe("1 年"); // l.9
    expect(f.fields["project.name"].loc.line).toBe(7);
    expect(f.fields["project.department"].loc.line).toBe(8);
    expect(f.funds.unit).toBe("万元"); // l.10 "项目资金 (万元)"
    expect(f.funds.annualTotal).toBe(50); // l.10 "50 万元"
    expect(f.funds.sources.map((s) => [s.name, s.annual])).toEqual([
      ["财政拨款", 50], // l.11 "其中: 财政拨款 50 万元"
      ["其他资金", null], // l.12 empty
    ]);
    expect(f.fields["funds.annualTotal"].loc.line).toBe(10);
    expect(f.goals.annual?.text).toMatch(/^本项目利用原平罗县看守所建设, .*监管需求。$/); // l.13
    expect(f.goals.annual?.loc.line).toBe(13);
    const rows: Row[] = [
      [16, "产出指标", "数量指标", "完成改造执法管理中心项目", "3374平方米", "numeric", null, 3374, "平方米"],
      [17, "产出指标", "质量指标", "工程质量达到图纸设计要求", "100%", "numeric", null, 100, "%"],
      [18, "产出指标", "质量指标", "工程质量符合各项专业验收标准", "100%", "numeric", null, 100, "%"],
      [19, "产出指标", "时效指标", "2023年内完成整体建设", "2024年底", "date", null, null, null],
      [20, "产出指标", "成本指标", "项目总投资不超过679.63万元", "50万元", "numeric", null, 50, "万元"],
      [21, "效益指标", "社会效益指标", "提升服务群众能力，维护平罗县治安大局稳定", "有效提升", "qualitative", null, null, null],
      [22, "效益指标", "社会效益指标", "有利于打击违法犯罪行为，维护辖区治安", "显著增强", "qualitative", null, null, null],
      [23, "效益指标", "可持续影响指标", "提高建设空间规划水平，有利确保公安业务用房在后期建设中能够有条件开展上级公安改革建设要求", "持续发挥", "qualitative", null, null, null],
      [24, "满意度指标", "服务对象满意度指标", "提升服务环境，通过合理规划，方便群众办事", "≥95%", "numeric", ">=", 95, "%"],
      [25, "满意度指标", "服务对象满意度指标", "提升辖区群众安全感", "≥92%", "numeric", ">=", 92, "%"],
    ];
    expect(f.indicators).toHaveLength(rows.length);
    rows.forEach((r, k) => check(f.indicators[k], r));
    expect(f.indicators[3].target?.date).toMatchObject({ year: 2024, month: 12, bound: "end" }); // l.19
    expect(f.parse).toMatchObject({ rows: 10, rowsMerged: 0 });
  });

  it("form l.29 field by field (cells shifted one column right)", () => {
    const f = byLine(29);
    expect(f.project.department).toBe("平罗县公安局 019001"); // l.30
    expect(f.project.implementer).toBe("平罗县公安局"); // l.30
    expect(f.project.attribute).toBe("0101-一年期项目"); // l.31
    expect(f.project.period).toBe("1 年"); // l.31
    expect(f.funds).toMatchObject({ unit: "万元", annualTotal: 316 }); // l.32
    expect(f.funds.sources.map((s) => [s.name, s.annual])).toEqual([
      ["财政拨款", 316], // l.33
      ["其他资金", null], // l.34
    ]);
    expect(f.goals.annual?.text).toBe(
      // l.35
      "补充平罗县公安局实有 326 名辅警公用经费, 保障县辅警人员运行水电暖经费, 改善辅警人员生活质量, 提高辅警的工作积极性, 提升人民群众的幸福感和安全感。",
    );
    const rows: Row[] = [
      [37, "产出指标", "数量指标", "补助辅警实有人数", "253人", "numeric", null, 253, "人"],
      // l.38 blank
      [39, "产出指标", "质量指标", "保障出警及时率", "≥98%", "numeric", ">=", 98, "%"],
      [40, "产出指标", "时效指标", "按月支付辅警运行水电按月发放", "2024年底", "date", null, null, null],
      [41, "产出指标", "成本指标", "平罗县公安局实有人数253名辅警", "316万元", "numeric", null, 316, "万元"],
      [42, "效益指标", "社会效益指标", "改善辅警生活水平", "有效改善", "qualitative", null, null, null],
      [43, "效益指标", "社会效益指标", "提高辅警工作积极性", "有效提高", "qualitative", null, null, null],
      [44, "效益指标", "可持续影响指标", "提升人民群众的幸福感和安全感", "明显提升", "qualitative", null, null, null],
      [45, "满意度指标", "服务对象满意度指标", "全局辅警人员满意度", "≥95%", "numeric", ">=", 95, "%"],
    ];
    expect(f.indicators).toHaveLength(rows.length);
    rows.forEach((r, k) => check(f.indicators[k], r));
  });

  it("form l.92 (禁毒) field by field, with 产出指 / 标 split over l.100–102", () => {
    const f = byLine(92);
    expect(f.project.department).toBe("平罗县公安局 019001"); // l.93
    expect(f.project.attribute).toBe("0101-一年期项目"); // l.94
    expect(f.funds).toMatchObject({ unit: "万元", annualTotal: 260 }); // l.95
    expect(f.funds.sources.map((s) => [s.name, s.annual])).toEqual([
      ["财政拨款", 260], // l.96
      ["其他资金", null], // l.97
    ]);
    expect(f.goals.annual?.text).toMatch(/^通过对全县禁毒工作的经费保障, 确保达到: 目标 1: 新增吸毒人数明显下降。.*逐年提升。$/); // l.98
    const S = "社会效益指标";
    const rows: Row[] = [
      [100, "产出指标", "数量指标", "更换广场公园、交通站点、居民小区、学校禁毒宣传展板", "10000个", "numeric", null, 10000, "个"],
      // l.101 blank; l.102 holds the "标" that ends "产出指"
      [102, "产出指标", "数量指标", "建设标准化“蒲公英e家”工作室、推进“十镇百村”农村戒毒问题专项治理", "2个", "numeric", null, 2, "个"],
      [103, "产出指标", "数量指标", "开展禁毒宣传活动、印刷宣传册，订阅报刊杂志", "≥95%", "numeric", ">=", 95, "%"],
      [104, "产出指标", "数量指标", "升级改造毒品预防教育基地", "1个", "numeric", null, 1, "个"],
      [105, "产出指标", "质量指标", "年内新增吸毒人员增幅控制在1%以内", "≤1%", "numeric", "<=", 1, "%"],
      [106, "产出指标", "时效指标", "按月发放社区戒毒康复专职工作人员工资", "2024年", "date", null, null, null],
      [107, "产出指标", "成本指标", "建设标准化“蒲公英e家”工作室、推进“十镇百村”农村戒毒问题专项治理", "10万元/年", "numeric", null, 10, "万元/年"],
      [108, "产出指标", "成本指标", "开展禁毒宣传活动、印刷宣传册，订阅报刊杂志", "10万元/年", "numeric", null, 10, "万元/年"],
      [109, "产出指标", "成本指标", "聘用54名社区戒毒康复专职工作人员", "240万元/年", "numeric", null, 240, "万元/年"],
      [110, "产出指标", "成本指标", "不发生吸毒肇事肇祸事件", "有效改变", "qualitative", null, null, null],
      [111, "效益指标", S, "当地群众对禁毒知识的知晓率提升", "有效提升", "qualitative", null, null, null],
      [112, "效益指标", S, "年内社区戒毒社区康复执行率达到100%，吸毒人员管控率、社区戒毒（康复）执行率明显提升", "有效提升", "qualitative", null, null, null],
      [113, "效益指标", S, "新增吸毒人数明显下降", "有效下降", "qualitative", null, null, null],
      [114, "效益指标", "可持续影响指标", "不断提升社会公众对全县禁毒工作满意度", "有效提升", "qualitative", null, null, null],
      [115, "效益指标", "可持续影响指标", "不断增强毒品危害性知晓率的覆盖面", "明显增强", "qualitative", null, null, null],
      [116, "满意度指标", "服务对象满意度指标", "持续提高吸毒人员管控帮扶实效，增强吸毒人员戒除毒瘾", "逐步提高", "qualitative", null, null, null],
      [117, "满意度指标", "服务对象满意度指标", "群众对禁毒知识知晓率提升", "≥96%", "numeric", ">=", 96, "%"],
      [118, "满意度指标", "服务对象满意度指标", "群众识读防毒拒毒意识和能力", "≥98%", "numeric", ">=", 98, "%"],
    ];
    expect(f.indicators).toHaveLength(rows.length);
    rows.forEach((r, k) => check(f.indicators[k], r));
    // the cut label is joined: "产出指" (l.100) + "标" (l.102)
    expect(f.indicators[0].level1Raw).toBe("产出指标");
    expect(f.indicators[1].level1Raw).toBe("产出指标");
    expect(f.indicators[9].target?.base).toBeUndefined; // qualitative l.110: no number
    expect(f.indicators[6].target?.base).toBe(100000); // l.107 10万元/年 → 100000 元
  });

  it("form l.165: annotated and cut level-2 labels (l.173 '数量指标（必填硬性指' + l.175 '标)')", () => {
    const f = byLine(165);
    expect(f.indicators.map((i) => [i.line, i.level1, i.level2])).toEqual([
      [173, "产出指标", "数量指标"], // l.173 数量指标（必填硬性指
      [175, "产出指标", "数量指标"], // l.175 标)
      [176, "产出指标", "质量指标"], // l.176 质量指标（必填）
      [177, "产出指标", "时效指标"], // l.177 时效指标（必填）
      [178, "产出指标", "成本指标"], // l.178 成本指标（必填硬性指标）
      [179, "效益指标", "社会效益指标"], // l.179 社会效益指标（必填）
      [180, "效益指标", "社会效益指标"], // l.180
      [181, "效益指标", "可持续影响指标"], // l.181 可持续影响指标（必填）
      [182, "满意度指标", "服务对象满意度指标"], // l.182 服务对象满意度指标（必填）
    ]);
    expect(f.indicators[0].level2Raw).toBe("数量指标（必填硬性指标)");
    expect(f.indicators[1].level2Raw).toBe("数量指标（必填硬性指标)");
    expect(f.indicators[1].name).toBe("巡逻设卡执勤任务"); // l.175
    expect(f.indicators[1].target).toMatchObject({ value: 110, unit: "天" }); // l.175 110天
  });

  it("form l.276: wrapped name joined (l.284 + l.286), broken number kept raw, spaced label l.296", () => {
    const f = byLine(276);
    expect(f.parse.rowsMerged).toBe(1);
    const first = f.indicators[0];
    expect(first.line).toBe(284);
    expect(first.name).toBe("对新建车管所院内裸露地面进行回填土垫层、硬化、绿化、灌溉, 安装附属设备等"); // l.284 + l.286
    expect(first.target?.raw).toBe("1 1566.21平方米"); // l.284
    expect(first.target?.value).not.toBe(1);
    expect(first.target?.value).not.toBe(11566.21);
    expect(f.indicators.at(-1)?.level2).toBe("服务对象满意度指标"); // l.297 under "服务对象满意度 指标" l.296
  });

  it("form l.206 keeps the same indicator twice with different values (l.251, l.252)", () => {
    const f = byLine(206);
    const dup = f.indicators.filter((i) => i.name === "人民群众生命财产安全得到保护，群众安全感得到提升。");
    expect(dup.map((i) => [i.line, i.target?.raw])).toEqual([
      [251, "≥98%"],
      [252, "≥96%"],
    ]);
    expect(f.funds.annualTotal).toBe(200); // l.209
  });

  it("form l.321: funds with decimals, goal copied from the 武警 form (l.327)", () => {
    const f = byLine(321);
    expect(f.funds.annualTotal).toBe(1437.66); // l.324
    expect(f.goals.annual?.text.startsWith("保障县武警中队平罗县武警中队官兵 45 人运行水电暖经费")).toBe(true); // l.327
    expect(f.indicators.at(-1)).toMatchObject({ line: 337, name: "辅警满意度" }); // l.337 (last line, no newline)
  });
});

describe("ningxia-target robustness", () => {
  /** a document made of the given 1-based corpus lines */
  function docOf(from: number, to: number) {
    const text = LINES.slice(from - 1, to).join("\n");
    return gridToDocument(textToGrid("cut.txt", text, "utf-8"));
  }

  it("a form cut in the middle of its table parses what is there (l.90–108)", () => {
    const doc = docOf(90, 108);
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0];
    expect(f.layout).toBe("ningxia-target");
    expect(f.project.name).toBe("2024 年禁毒工作经费"); // l.92
    // l.100, 102–108 → 8 rows (lines of the cut document start at l.90 → +89)
    expect(f.indicators.map((i) => i.line + 89)).toEqual([100, 102, 103, 104, 105, 106, 107, 108]);
    expect(f.indicators.at(-1)?.target?.raw).toBe("10万元/年"); // l.108
  });

  it("a form cut in its header block degrades to a form with warnings, never throws (l.120–126)", () => {
    const text = LINES.slice(119, 126).join("\n");
    const grid = textToGrid("cut.txt", text, "utf-8");
    const anchor = grid.rows.findIndex((r) => isAnchorRow(r));
    expect(anchor).toBeGreaterThan(0);
    const diagnostics: Diagnostic[] = [];
    // the Ningxia form is read by the header engine with rules/templates/ningxia-target.yml
    const f = readForm({ grid, rows: grid.rows, start: 0, anchor }, diagnostics);
    expect(f.project.name).toBe("2024 年平罗县公安局智能交通智能图控及电子警察设备运行费系统维护服务项目"); // l.122
    expect(f.funds.annualTotal).toBe(272); // l.125
    expect(f.indicators).toEqual([]);
    expect(f.parse.warnings.some((w) => w.includes("指标表"))).toBe(true);
    expect(f.parse.confidence).toBeLessThan(0.5);
  });

  it("a variant with extra empty cells and wrapped goal still aligns", () => {
    // l.144–152 with the goal wrapped onto a second line and one more leading TAB on a table row
    const text = [
      "部门项目支出预算绩效目标表\t\t\t\t", // l.144
      "项目名称\t\t2024 年提前退休人员公积金\t\t", // l.146
      "主管部门及代码\t\t平罗县公安局 019001\t实施单位\t平罗县公安局", // l.147
      "项目资金 (万元)\t年度资金总额:\t\t1.93 万元\t", // l.149
      "\t其中: 财政拨款\t\t1.93 万元\t", // l.150
      "年度总体目标\t\t提供退休人员三人住房公积金，", // l.152, first half
      "\t\t提高退休人员生活水平，满足退休人员对生活满意度。\t\t", // l.152, second half
      "名称\t一级指标\t二级指标\t三级指标\t指标值", // l.153
      "绩效指标\t产出指标\t数量指标\t保障退休人员数\t3人", // l.154
      "\t\t\t质量指标\t保障住房公积金到账率\t100%", // l.156 with one extra TAB
      "\t\t时效指标\t按月支付退休人员住房公积金\t按月发放", // l.157
    ].join("\n");
    const doc = gridToDocument(textToGrid("variant.txt", text, "utf-8"));
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0];
    expect(f.funds.annualTotal).toBe(1.93);
    expect(f.goals.annual?.text).toBe("提供退休人员三人住房公积金，提高退休人员生活水平，满足退休人员对生活满意度。");
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ["数量指标", "保障退休人员数", "3人"],
      ["质量指标", "保障住房公积金到账率", "100%"],
      ["时效指标", "按月支付退休人员住房公积金", "按月发放"],
    ]);
    expect(f.indicators[2].target?.kind).toBe("period");
  });
});
