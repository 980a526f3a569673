/**
 * shanxi-target: the 38 project target forms of corpus/000 (lines ~484–1742).
 * Every expectation below was read off the document text; the comment gives the corpus line.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { parseFile, parseBytes } from "../../src/parse.js";
import { textToGrid } from "../../src/read/text.js";
import { readForm } from "../../src/recognise/engine.js";
import type { Diagnostic, Form, Indicator, KpiDocument } from "../../src/model/types.js";

const FILE = "corpus/000_a245d8b4fdd54633.txt";
let doc: KpiDocument;

beforeAll(async () => {
  doc = await parseFile(FILE);
});

function formAt(line: number): Form {
  const f = doc.forms.find((x) => x.line === line);
  if (!f) throw new Error(`no form at line ${line}`);
  return f;
}

function ind(form: Form, line: number): Indicator {
  const i = form.indicators.filter((x) => x.line === line);
  expect(i, `indicator at line ${line}`).toHaveLength(1);
  return i[0];
}

/** period + year columns of one indicator row */
function expectRow(
  form: Form,
  line: number,
  e: { l1: string; l2: string; name: string; target: string | null; annual: string | null; annualName?: string },
) {
  const i = ind(form, line);
  expect(i.level1).toBe(e.l1);
  expect(i.level2).toBe(e.l2);
  expect(i.name).toBe(e.name);
  if (e.target === null) expect(i.target).toBeNull();
  else expect(i.target?.raw).toBe(e.target);
  if (e.annual === null) expect(i.annualTarget).toBeNull();
  else expect(i.annualTarget?.raw).toBe(e.annual);
  if (e.annualName) expect(i.annualName).toBe(e.annualName);
  else expect(i.annualName ?? null).toBeNull();
  if (i.target) expect(i.target.loc?.line).toBe(line);
  return i;
}

describe("shanxi-target on corpus/000", () => {
  it("finds all 38 target forms, each with a project name", () => {
    const forms = doc.forms.filter((f) => f.layout === "shanxi-target");
    expect(forms).toHaveLength(38);
    for (const f of forms) {
      expect(f.kind).toBe("target");
      expect(f.project.name.length).toBeGreaterThan(0);
      expect(f.indicators.length).toBeGreaterThan(0);
      expect(f.funds.unit).toBe("元");
      expect(f.parse.rows).toBe(f.indicators.length);
      expect(f.parse.confidence).toBeGreaterThan(0.5);
    }
    // first and last forms (l.488, l.1710)
    expect(forms[0].line).toBe(488);
    expect(forms[37].project.name).toBe("H雪亮工程前期费用"); // l.1710
    expect(forms[37].endLine).toBe(1742); // footer 负责人… l.1742
  });

  it("form l.488 蔡家崖派出所办公家具采购项目, field by field", () => {
    const f = formAt(488);
    expect(f.startLine).toBe(484); // title l.484
    expect(f.endLine).toBe(515); // 负责人 footer
    expect(f.project.name).toBe("蔡家崖派出所办公家具采购项目"); // l.488
    expect(f.fields["project.name"].loc.line).toBe(488);
    expect(f.project.department).toBe("027-兴县公安局"); // l.489
    expect(f.project.implementer).toBe("兴县公安局"); // l.489
    expect(f.project.attribute).toBe("一次性项目（1年结束）"); // l.490
    expect(f.project.period).toBe("1年"); // l.490
    expect(f.project.details?.["项目概况"]).toMatch(/^为了改善民辅警办公条件.*需采购部分办公家具。$/); // l.497
    expect(f.project.details?.["立项依据"]).toBe("县政府批准"); // l.498
    expect(f.project.details?.["项目设立必要性"]).toBe("单位正常运转"); // l.499
    expect(f.project.details?.["保证项目实施的制度、措施"]).toBe("合同有关规定"); // l.500
    expect(f.project.details?.["项目实施计划"]).toBe("按时支付"); // l.501

    // funds l.491–496
    expect(f.funds.unit).toBe("元");
    expect(f.funds.periodTotal).toBe(50000);
    expect(f.funds.annualTotal).toBe(50000);
    expect(f.funds.raw?.periodTotal.text).toBe("50,000");
    expect(f.funds.sources.map((s) => [s.name, s.period, s.annual, s.loc.line])).toEqual([
      ["中央财政资金", 0, 0, 492],
      ["省级财政资金", 0, 0, 493],
      ["市县（区）财政资金", 50000, 50000, 494],
      ["单位自筹", 0, 0, 495],
      ["其他资金", null, null, 496],
    ]);

    // goals l.503
    expect(f.goals.period?.text).toBe("保障单位正常运转");
    expect(f.goals.annual?.text).toBe("保障单位正常运转");
    expect(f.goals.period?.loc.line).toBe(503);

    // indicators l.505–514
    expect(f.indicators.map((i) => i.line)).toEqual([505, 506, 507, 508, 509, 510, 511, 512, 513, 514]);
    const P = "产出指标";
    const E = "效益指标";
    const a = expectRow(f, 505, { l1: P, l2: "数量指标", name: "购置办公设备数量", target: "≥10台（套）", annual: "≥10台（套）" });
    expect([a.target?.op, a.target?.value, a.target?.kind]).toEqual([">=", 10, "numeric"]);
    expect(a.target?.unit).toMatch(/^台/);
    const b = expectRow(f, 506, {
      l1: P,
      l2: "质量指标",
      name: "办公设备验收合格率",
      target: "≥100%",
      annual: "≥100%",
      annualName: "办公设备验收合格", // the year column's name is cut
    });
    expect([b.target?.op, b.target?.value, b.target?.unit]).toEqual([">=", 100, "%"]);
    expectRow(f, 507, { l1: P, l2: "时效指标", name: "资产投入使用时间", target: "2022年前2022年前", annual: "2022年前2022年前" });
    // label-only rows: an indicator with an empty name and no value
    expectRow(f, 508, { l1: P, l2: "成本指标", name: "", target: null, annual: null });
    expectRow(f, 509, { l1: E, l2: "经济效益指标", name: "", target: null, annual: null });
    // (the kind of doubled text such as 正常正常 is normalize/value.ts's business, not asserted here)
    expectRow(f, 510, { l1: E, l2: "社会效益指标", name: "资产利用水平", target: "正常正常", annual: "正常正常" });
    expectRow(f, 511, {
      l1: E,
      l2: "社会效益指标", // carried down from l.510
      name: "工作正常运转或专项业务保",
      target: "保障保障",
      annual: "保障保障",
      annualName: "工作正常运转或专",
    });
    expectRow(f, 512, { l1: E, l2: "生态效益指标", name: "", target: null, annual: null });
    expectRow(f, 513, { l1: E, l2: "可持续影响指标", name: "", target: null, annual: null });
    const m = expectRow(f, 514, { l1: "满意度指标", l2: "服务对象满意度指标", name: "使用人员满意度", target: "≥100%", annual: "≥100%" });
    expect(m.level2Raw).toBe("服务对象满意度指"); // cut label, l.514
    expect([m.target?.op, m.target?.value, m.target?.unit]).toEqual([">=", 100, "%"]);
  });

  it("form l.943 民辅警体检费: shifted cells and a reordered year column", () => {
    const f = formAt(943);
    expect(f.project.name).toBe("民辅警体检费"); // l.943
    expect(f.project.department).toBe("027-兴县公安局"); // l.944
    expect(f.project.implementer).toBe("兴县公安局"); // l.944
    expect(f.project.details?.["项目实施计划"]).toBe("及时支付民警体检费用"); // l.956
    // funds l.946–951: an empty cell between each label and its amount
    expect(f.funds.periodTotal).toBe(550000);
    expect(f.funds.annualTotal).toBe(550000);
    expect(f.funds.sources.map((s) => [s.name, s.period, s.annual])).toEqual([
      ["中央财政资金", 0, 0],
      ["省级财政资金", 0, 0],
      ["市县（区）财政资金", 550000, 550000],
      ["单位自筹", 0, 0],
      ["其他资金", null, null],
    ]);
    // goals l.958
    const goal = "完成2024年度体检工作，实现从优待警职能，确保民警身体健康，排除身体疾病隐患。";
    expect(f.goals.period?.text).toBe(goal);
    expect(f.goals.annual?.text).toBe(goal);

    expect(f.indicators.map((i) => i.line)).toEqual([960, 961, 962, 963, 964, 965, 966, 967, 968, 969]);
    const P = "产出指标";
    const E = "效益指标";
    // l.960–961: the year column lists the two quantity indicators in the other order
    const r960 = expectRow(f, 960, {
      l1: P,
      l2: "数量指标",
      name: "每年体检次数",
      target: "1次",
      annual: "≤550人",
      annualName: "体检人员数量",
    });
    expect([r960.target?.value, r960.target?.unit]).toEqual([1, "次"]);
    expect([r960.annualTarget?.op, r960.annualTarget?.value, r960.annualTarget?.unit]).toEqual(["<=", 550, "人"]);
    const r961 = expectRow(f, 961, {
      l1: P,
      l2: "数量指标",
      name: "体检人员数量",
      target: "≤550人",
      annual: "1次",
      annualName: "每年体检次数",
    });
    expect([r961.target?.op, r961.target?.value, r961.target?.unit]).toEqual(["<=", 550, "人"]);
    expectRow(f, 962, { l1: P, l2: "质量指标", name: "职工健康意识", target: "逐步提高", annual: "逐步提高" });
    // l.963–964: the whole row is shifted one cell to the right
    expectRow(f, 963, { l1: P, l2: "时效指标", name: "费用发放及时性", target: "及时", annual: "及时" });
    const c = expectRow(f, 964, { l1: P, l2: "成本指标", name: "单位检查费用", target: "1000每人", annual: "1000每人" });
    expect(c.target?.value).toBe(1000);
    expectRow(f, 965, { l1: E, l2: "经济效益指标", name: "保障职工基本福利", target: "保障", annual: "保障" });
    expectRow(f, 966, { l1: E, l2: "社会效益指标", name: "单位健康隐患", target: "无", annual: "无" });
    expectRow(f, 967, { l1: E, l2: "生态效益指标", name: "", target: null, annual: null });
    expectRow(f, 968, { l1: E, l2: "可持续影响指标", name: "", target: null, annual: null });
    const sat = expectRow(f, 969, { l1: "满意度指标", l2: "服务对象满意度指标", name: "人员满意度", target: "100%", annual: "100%" });
    expect([sat.target?.op, sat.target?.value, sat.target?.unit]).toEqual([null, 100, "%"]);
    expect(f.endLine).toBe(970);
    // the reordered year column is reported
    expect(f.parse.warnings.some((w) => w.includes("第 960 行"))).toBe(true);
  });

  it("form l.1343 业务技术用房办理土地手续费用 (≤200000万元 cost cap, l.1363)", () => {
    const f = formAt(1343);
    expect(f.project.name).toBe("业务技术用房办理土地手续费用"); // l.1343
    expect(f.project.department).toBe("027-兴县公安局"); // l.1344
    expect(f.project.attribute).toBe("一次性项目（1年结束）"); // l.1345
    expect(f.project.period).toBe("1年"); // l.1345
    expect(f.project.details?.["立项依据"]).toBe("政府会议纪要"); // l.1353
    expect(f.project.details?.["保证项目实施的制度、措施"]).toBe("资金专款专用，严格把关"); // l.1355
    // funds l.1346–1351
    expect(f.funds.periodTotal).toBe(200000);
    expect(f.funds.annualTotal).toBe(200000);
    expect(f.funds.sources.map((s) => [s.name, s.period, s.annual])).toEqual([
      ["中央财政资金", 0, 0],
      ["省级财政资金", 0, 0],
      ["市县（区）财政资金", 200000, 200000],
      ["单位自筹", 0, 0],
      ["其他资金", null, null],
    ]);
    const goal = "改善我局基础设施条件，提升服务能力和水平，促进我县社会稳发展。"; // l.1358
    expect(f.goals.period?.text).toBe(goal);
    expect(f.goals.annual?.text).toBe(goal);

    expect(f.indicators.map((i) => i.line)).toEqual([1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368]);
    const P = "产出指标";
    const E = "效益指标";
    const area = expectRow(f, 1360, { l1: P, l2: "数量指标", name: "项目征地面积", target: "3.3公顷", annual: "3.3公顷" });
    expect([area.target?.value, area.target?.unit]).toEqual([3.3, "公顷"]);
    expectRow(f, 1361, { l1: P, l2: "质量指标", name: "做好群众工作", target: "无纠纷", annual: "无纠纷" });
    const t = expectRow(f, 1362, { l1: P, l2: "时效指标", name: "工程完成时间", target: "2019年", annual: "2019年" });
    expect(t.target?.kind).toBe("date");
    expect(t.target?.date?.year).toBe(2019);
    const cost = expectRow(f, 1363, { l1: P, l2: "成本指标", name: "成本控制范围", target: "≤200000万元", annual: "≤200000万元" });
    expect([cost.target?.op, cost.target?.value, cost.target?.unit]).toEqual(["<=", 200000, "万元"]);
    expect([cost.annualTarget?.op, cost.annualTarget?.value, cost.annualTarget?.unit]).toEqual(["<=", 200000, "万元"]);
    expectRow(f, 1364, { l1: E, l2: "经济效益指标", name: "", target: null, annual: null });
    expectRow(f, 1365, {
      l1: E,
      l2: "社会效益指标",
      name: "改善公安机关基础设施条件",
      target: "改善",
      annual: "改善",
      annualName: "改善公安机关基础",
    });
    expectRow(f, 1366, { l1: E, l2: "生态效益指标", name: "", target: null, annual: null });
    expectRow(f, 1367, { l1: E, l2: "可持续影响指标", name: "", target: null, annual: null });
    expectRow(f, 1368, { l1: "满意度指标", l2: "服务对象满意度指标", name: "工作人员满意度", target: "满意", annual: "满意" });
    expect(f.endLine).toBe(1369);
  });

  it("keeps other defects readable where they are (l.898, l.1299, l.831, l.1397, l.1678)", () => {
    // l.898 rent cap ≤8000元/平方米·月 under 成本指标
    const rent = ind(formAt(877), 898);
    expect(rent.level2).toBe("成本指标");
    expect(rent.name).toBe("单位租赁成本");
    expect([rent.target?.raw, rent.target?.op, rent.target?.value]).toEqual(["≤8000元/平方米·月", "<=", 8000]);
    // l.1299 节约警力数量 listed under 成本指标
    const police = ind(formAt(1279), 1299);
    expect([police.level1, police.level2, police.name, police.target?.raw]).toEqual(["产出指标", "成本指标", "节约警力数量", "≥10%"]);
    // l.831: year part shifted one cell left, no year 二级指标; the year value is still the year's
    const esc = ind(formAt(812), 831);
    expect([esc.level2, esc.name, esc.target?.raw, esc.annualTarget?.raw]).toEqual(["质量指标", "押解任务完成率", "100%", "100%"]);
    expect(esc.annualTarget?.loc?.col).not.toBe(esc.target?.loc?.col);
    // l.833: level 2 written in the level-1 column
    expect(ind(formAt(812), 833).level2).toBe("成本指标");
    // l.1395: year column cut after its 二级指标 → no year value, the period value stays
    const cut = ind(formAt(1375), 1395);
    expect([cut.level2, cut.name, cut.target?.raw, cut.annualTarget]).toEqual(["时效指标", "修缮工程时间", "1年", null]);
    // l.1396: name in the 二级指标 column, level 2 carried from l.1395
    const pay = ind(formAt(1375), 1396);
    expect([pay.level2, pay.name, pay.target?.raw, pay.annualTarget?.raw]).toEqual(["时效指标", "资金拨付及时率", "100%", "100%"]);
    // l.1397: 效益指标 written on the 成本指标 row; level 2 decides, raw label kept
    const repair = ind(formAt(1375), 1397);
    expect([repair.level1, repair.level1Raw, repair.level2, repair.name]).toEqual(["产出指标", "效益指标", "成本指标", "维修成本"]);
    expect(ind(formAt(1375), 1398).level1).toBe("效益指标");
    expect(formAt(1375).parse.warnings.some((w) => w.includes("第 1397 行"))).toBe(true);
    // l.1678–1681: period and year funds differ
    const wj = formAt(1675);
    expect([wj.funds.periodTotal, wj.funds.annualTotal]).toEqual([1650000, 1320000]);
    expect(wj.funds.sources.find((s) => s.name === "市县（区）财政资金")).toMatchObject({ period: 1650000, annual: 1320000 });
    // l.684: amounts written with spaces "3, 778, 389. 4"
    expect(formAt(681).funds.periodTotal).toBe(3778389.4);
    // l.1736: a 三级指标 that repeats its level-2 label
    expect(ind(formAt(1710), 1736)).toMatchObject({ level2: "成本指标", name: "成本指标" });
  });
});

describe("shanxi-target on damaged input", () => {
  const lines = readFileSync(FILE, "utf8").split(/\r?\n/);

  it("a form cut in the middle of its indicator table parses what is there", async () => {
    // shanxi-target-cut: the first form (l.484–509) without its second half and footer
    const text = lines.slice(483, 509).join("\n") + "\n";
    const d = await parseBytes("shanxi-target-cut.txt", new TextEncoder().encode(text));
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.layout).toBe("shanxi-target");
    expect(f.project.name).toBe("蔡家崖派出所办公家具采购项目");
    expect(f.funds.periodTotal).toBe(50000);
    // rows l.505–509 survive (fixture lines 22–26)
    expect(f.indicators.map((i) => i.name)).toEqual(["购置办公设备数量", "办公设备验收合格率", "资产投入使用时间", "", ""]);
    expect(f.parse.warnings.some((w) => w.includes("表尾"))).toBe(true);
  });

  it("a form cut inside its header block reports what it could, without throwing", () => {
    // shanxi-target-cut: l.484–494, stops inside the funds block, no table at all
    const text = lines.slice(483, 494).join("\n") + "\n";
    const grid = textToGrid("shanxi-target-cut.txt", text, "utf-8");
    const anchor = grid.rows.findIndex((r) => r.text.startsWith("项目名称"));
    const diagnostics: Diagnostic[] = [];
    const f = readForm({ grid, rows: grid.rows, start: 0, anchor, year: 2024 }, diagnostics);
    expect(f.project.name).toBe("蔡家崖派出所办公家具采购项目");
    expect(f.funds.periodTotal).toBe(50000);
    expect(f.funds.sources.map((s) => s.name)).toEqual(["中央财政资金", "省级财政资金", "市县（区）财政资金"]);
    expect(f.indicators).toEqual([]);
    expect(f.parse.confidence).toBeLessThan(0.5);
    expect(diagnostics.map((x) => x.code)).toContain("layout/no-indicator-table");
  });

  it("garbage rows after the header do not throw", () => {
    const text = [
      "项目名称\t\t随便",
      "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
      "\t\t\t\t\t\t\t\t\t\t\t\t≥",
      "???\t产出\t1\t2\t3\t4\t5\t6\t7\t8\t9",
      "\t成本指标",
    ].join("\n");
    const grid = textToGrid("shanxi-target-cut.txt", text, "utf-8");
    const diagnostics: Diagnostic[] = [];
    const f = readForm({ grid, rows: grid.rows, start: 0, anchor: 0 }, diagnostics);
    expect(f.project.name).toBe("随便");
    expect(f.indicators.some((i) => i.level2 === "成本指标" && i.name === "")).toBe(true);
  });
});

describe("shanxi-target wrapped cells", () => {
  it("joins a wrapped 三级指标 line to the indicator above, in both column groups", () => {
    // shanxi-target-cut: hand-made rows in the layout of l.504–511, with the name of l.511 wrapped
    const text = [
      "项目名称\t\t\t测试项目",
      "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
      "\t效益指标\t社会效益指标\t工作正常运转或专项业务保\t保障\t社会效益指标\t工作正常运转或专\t保障",
      "\t\t\t障程度\t\t\t项业务保障程度\t",
      "\t\t\t资产利用水平\t正常\t\t资产利用水平\t正常",
      "负责人：\t\t经办人：",
    ].join("\n");
    const grid = textToGrid("shanxi-target-cut.txt", text, "utf-8");
    const diagnostics: Diagnostic[] = [];
    const f = readForm({ grid, rows: grid.rows, start: 0, anchor: 0 }, diagnostics);
    expect(f.indicators.map((i) => i.name)).toEqual(["工作正常运转或专项业务保障程度", "资产利用水平"]);
    expect(f.indicators[0].annualName ?? null).toBeNull(); // the joined year name equals the period name
    expect(f.indicators[0].target?.raw).toBe("保障");
    expect(f.indicators[1].level2).toBe("社会效益指标");
    expect(f.parse.rowsMerged).toBe(1);
    expect(f.endLine).toBe(6);
  });
});
