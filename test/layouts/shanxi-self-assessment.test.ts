/**
 * shanxi-self-assessment (layout 1): 汾阳市公安局 2024 项目支出绩效自评表, corpus/002_3d262858df1b1b5e.txt
 * from l.585. Every expectation below was read off the corpus text by eye; the corpus line numbers
 * are in the comments.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFile, gridToDocument } from "../../src/parse.js";
import { textToGrid } from "../../src/read/text.js";
import { readForm } from "../../src/recognise/engine.js";
import type { Diagnostic, Form, Indicator, KpiDocument } from "../../src/model/types.js";

const FILE = "corpus/002_3d262858df1b1b5e.txt";
const LINES = readFileSync(FILE, "utf8").replace(/\r\n?/g, "\n").split("\n");

let doc: KpiDocument;
beforeAll(async () => {
  doc = await parseFile(FILE);
});

/** the form whose region starts at the title line `start` */
function formAt(start: number): Form {
  const f = doc.forms.find((x) => x.startLine === start);
  if (!f) throw new Error(`no form starting at l.${start}`);
  return f;
}

/** [line, level1, level2, name, 年初指标值 raw, 调整后指标值 raw, 实际完成值 raw, 分值, 得分] ("" = no cell) */
type Exp = [number, string, string, string, string, string, string, number, number];

function check(ind: Indicator, [line, l1, l2, name, target, adjusted, actual, weight, score]: Exp) {
  expect(ind.line, `line of ${name}`).toBe(line);
  expect(ind.level1, `level1 l.${line}`).toBe(l1);
  expect(ind.level2, `level2 l.${line}`).toBe(l2);
  expect(ind.name, `name l.${line}`).toBe(name);
  expect(ind.target?.raw ?? "", `年初指标值 l.${line}`).toBe(target);
  expect(ind.adjustedTarget?.raw ?? "", `调整后指标值 l.${line}`).toBe(adjusted);
  expect(ind.actual?.raw ?? "", `实际完成值 l.${line}`).toBe(actual);
  expect(ind.weight, `分值 l.${line}`).toBe(weight);
  expect(ind.score, `得分 l.${line}`).toBe(score);
  expect(ind.loc.line).toBe(line);
}

describe("shanxi-self-assessment: the whole of 002", () => {
  it("finds 36 layout-1 forms, each a self-assessment with a name, total, grade and scored indicators", () => {
    const forms = doc.forms.filter((f) => f.layout === "shanxi-self-assessment");
    expect(forms).toHaveLength(36);
    for (const f of forms) {
      expect(f.kind).toBe("self-assessment");
      expect(f.project.name, `name l.${f.line}`).not.toBe("");
      expect(f.total, `total l.${f.line}`).toEqual(expect.any(Number));
      expect(f.grade, `grade l.${f.line}`).toMatch(/^[优良中差]$/);
      expect(f.indicators.length, `indicators l.${f.line}`).toBeGreaterThan(0);
      expect(f.funds.unit).toBe("万元");
      for (const i of f.indicators) {
        expect(i.weight, `分值 l.${i.line}`).toEqual(expect.any(Number));
        expect(i.score, `得分 l.${i.line}`).toEqual(expect.any(Number));
      }
      // the six narrative headings of the template are all there (项目实施… is worded in 3 ways)
      expect(f.narrative.length, `narrative l.${f.line}`).toBe(7);
      expect(f.notes?.length ?? 0, `notes l.${f.line}`).toBeGreaterThanOrEqual(1);
    }
  });

  it("finds 13 layout-2 forms, so no layout-1 form was mistaken for one", () => {
    expect(doc.forms.filter((f) => f.layout === "weighted-self-assessment")).toHaveLength(13);
  });
});

describe("form l.585 2019-2023年BOT取暖服务费", () => {
  let f: Form;
  beforeAll(() => {
    f = formAt(585);
  });

  it("reads the header", () => {
    expect(f.line).toBe(589);
    expect(f.project.name).toBe("2019-2023年BOT取暖服务费"); // l.589
    expect(f.project.department).toBe("011-汾阳市公安局"); // l.590
    expect(f.project.implementer).toBe("011001-汾阳市公安局"); // l.590 预算单位
    expect(f.fields["project.name"].loc.line).toBe(589);
    expect(f.fields["project.implementer"].loc.line).toBe(590);
  });

  it("reads the funds (l.591–594)", () => {
    const fu = f.funds;
    expect(fu.unit).toBe("万元"); // l.591 "(万元)"
    // l.593 "资金总额: ⇥ 114.463 ⇥ 114.463 ⇥ 114.463 ⇥ 114.463 ⇥ 0 ⇥ 100 ⇥ 10"
    expect(fu.declared).toBe(114.463);
    expect(fu.planned).toBe(114.463);
    expect(fu.adjusted).toBe(114.463);
    expect(fu.executed).toBe(114.463);
    expect(fu.balance).toBe(0);
    expect(fu.rate).toBe(100);
    expect(fu.score).toBe(10);
    expect(fu.weight).toBeNull(); // layout 1 has no 分值 column for funds
    expect(fu.loc?.line).toBe(593);
    expect(fu.raw?.rate.text).toBe("100");
    // l.594 "市县区财政资金 ⇥ 114.463 ⇥ 114.463 ⇥ 114.463 ⇥ 114.463 ⇥ 0 ⇥ 100.00 ⇥ 10.00"
    expect(fu.sources).toHaveLength(1);
    expect(fu.sources[0]).toMatchObject({ name: "市县区财政资金", planned: 114.463, adjusted: 114.463, executed: 114.463 });
    expect(fu.sources[0].loc.line).toBe(594);
  });

  it("reads the goals (l.596)", () => {
    expect(f.goals.annual?.text).toBe(
      "为坚持和发展新时代枫桥经验,强化基层治理,优化基层派出所及警务技术大队工作环境,保障我局下属10个派出所冬季采暖,2019-2023年共需取暖费114.462925万元。",
    );
    expect(f.goals.actual?.text).toBe("全年完成供暖面积120万平方米,用户室温达标率98%,设备故障率控制在1.5%以内,目标完成率100%");
    expect(f.goals.annual?.loc.line).toBe(596);
  });

  it("reads every indicator (l.598–603)", () => {
    const exp: Exp[] = [
      [598, "产出指标", "数量指标", "涉及取暖部门", "=个", "=10个", "=10个", 20, 20],
      // l.599 "供暖质量 ⇥ ⇥ ⇥ 符合国家标准 ⇥ 达成预期指标 ⇥ 10 ⇥ 10": two texts right-aligned to 调整后/实际
      [599, "产出指标", "质量指标", "供暖质量", "", "符合国家标准", "达成预期指标", 10, 10],
      [600, "产出指标", "时效指标", "供暖时效", "", "20、2021、2022", "达成预期指标", 10, 10],
      [601, "产出指标", "成本指标", "合计采暖费", "=元", "1144629.25", "1144629.25", 10, 10],
      [602, "效益指标", "社会效益指标", "基层单位工作效率", "", "提高", "达成预期指标", 30, 30],
      // l.603 starts in the first column: "满意度指标 ⇥ 服务对象满意度 ⇥ 涉及部门职工满意度 ⇥ ≥% …"
      [603, "满意度指标", "服务对象满意度指标", "涉及部门职工满意度", "≥%", "≥96%", "≥96%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
    expect(f.indicators[1].actual?.kind).toBe("placeholder"); // 达成预期指标 as an actual
    expect(f.indicators[4].level2Raw).toBe("社会效益");
  });

  it("reads the total, grade, narrative and notes", () => {
    expect(f.total).toBe(100); // l.604
    expect(f.grade).toBe("优"); // l.604
    expect(f.narrative.map((n) => [n.section, n.text, n.loc.line])).toEqual([
      ["项目实施和预算执行情况", "预算执行率100%,因极端寒潮临时增购能源导致合理超支,资金使用合规且动态调配机制有效", 605],
      ["产出情况及分析", "累计保障供暖期150天,完成设备维护升级36次,热力管网漏损率降至3%以下", 606],
      ["效益情况及分析", "单位面积能耗同比下降18%,用户取暖成本降低22%,清洁能源占比提升至45%,减排二氧化碳1.2万吨", 607],
      ["满意度情况及分析", "民警满意度达89%,重点认可供暖稳定性、费用透明性及故障响应时效(平均2小时到场处置)。", 608],
      ["主要经验做法", "实施“智慧热网+用户端温控”联调模式,建立能源价格波动对冲机制,推行24小时AI故障预警系统", 609],
      ["项目管理中存在的主要问题及原因分析", "无", 610],
      ["下一步改进措施及管理建议", "优化BOT合同弹性条款,设立专项管网改造基金,试点用户端能耗数据区块链化管理提升透明度", 611],
    ]);
    expect(f.notes?.map((n) => n.loc.line)).toEqual([613, 615, 617, 619]);
    expect(f.notes?.[0].text.startsWith("备注:1.“年初预算数”项下的")).toBe(true); // l.613
    expect(f.notes?.[3].text).toBe("4.“执行率”是执行数与“全年预算数”相比较。"); // l.619
    expect(f.parse.rows).toBe(6);
    expect(f.parse.warnings).toEqual([]);
  });
});

describe("form l.621 2024年10个派出所和警犬基地BOT取暖费 (nothing executed)", () => {
  let f: Form;
  beforeAll(() => {
    f = formAt(621);
  });

  it("reads the header", () => {
    expect(f.project.name).toBe("2024年10个派出所和警犬基地BOT取暖费"); // l.624
    expect(f.project.department).toBe("011-汾阳市公安局"); // l.625
    expect(f.project.implementer).toBe("011001-汾阳市公安局"); // l.625
  });

  it("reads the funds with 目标申报数 empty (l.626–629)", () => {
    // l.628 " ⇥ ⇥ 资金总额: ⇥ ⇥ 29.626 ⇥ 29.626 ⇥ 0 ⇥ 0 ⇥ 0 ⇥ 0": six numbers for seven columns, the empty
    // cell is 目标申报数; right to left: 得分 0, 执行率 0, 资金结余 0, 全年执行数 0, 全年预算数 29.626,
    // 预算编制数 29.626 (see src/recognise/funds-table.ts for why)
    const fu = f.funds;
    expect(fu.declared).toBeNull();
    expect(fu.planned).toBe(29.626);
    expect(fu.adjusted).toBe(29.626);
    expect(fu.executed).toBe(0);
    expect(fu.balance).toBe(0);
    expect(fu.rate).toBe(0);
    expect(fu.score).toBe(0);
    // l.629 "市县区财政资金 ⇥ ⇥ 29.626 ⇥ 29.626 ⇥ 0 ⇥ 0 ⇥ 0 ⇥ 0.00 ⇥ 0.00": seven numbers fill all seven
    // columns: 目标申报数 29.626, 预算编制数 29.626, 全年预算数 0, 全年执行数 0
    expect(fu.sources).toHaveLength(1);
    expect(fu.sources[0]).toMatchObject({ name: "市县区财政资金", planned: 29.626, adjusted: 0, executed: 0 });
  });

  it("reads the goals (l.631)", () => {
    expect(f.goals.annual?.text).toBe(
      "为坚持和发展新时代枫桥经验,强化基层治理,优化基层派出所及警犬技术大队工作环境,保障我局下属10个派出所和警犬基地冬季采暖,2024年共需取暖费296261.75元。",
    );
    expect(f.goals.actual?.text).toBe("全年完成10个派出所及警犬基地供暖面积覆盖,室温达标率97%,设备故障率控制在2%以内,目标完成率100%");
  });

  it("reads every indicator (l.633–638)", () => {
    const exp: Exp[] = [
      [633, "产出指标", "数量指标", "涉及取暖部门", "=个", "=11个", "=11个", 20, 20],
      [634, "产出指标", "质量指标", "供暖质量", "", "符合国家标准", "达成预期指标", 10, 10],
      [635, "产出指标", "时效指标", "供暖时效", "", "11月至2025", "达成预期指标", 10, 10],
      [636, "产出指标", "成本指标", "合计采暖费", "=元", "=296261.75元", "=296261.75元", 10, 10],
      [637, "效益指标", "社会效益指标", "基层单位工作效率", "", "提高", "达成预期指标", 30, 30],
      [638, "满意度指标", "服务对象满意度指标", "涉及部门职工满意度", "≥%", "≥97%", "≥97%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
  });

  it("reads total, grade and narrative", () => {
    expect(f.total).toBe(90); // l.639 "总分 … 90 ⇥ 优"
    expect(f.grade).toBe("优");
    // l.644 has no empty cell between heading and text: "⇥ 主要经验做法 ⇥ 推行…"
    expect(f.narrative.map((n) => n.section)).toEqual([
      "项目实施和预算执行情况", // l.640
      "产出情况及分析", // l.641
      "效益情况及分析", // l.642
      "满意度情况及分析", // l.643
      "主要经验做法", // l.644
      "项目管理中存在的主要问题及原因分析", // l.645
      "下一步改进措施及管理建议", // l.646
    ]);
    expect(f.narrative[0].text).toBe("预算执行率100%,资金使用合规且动态调配机制有效"); // l.640
    expect(f.narrative[4].text).toBe("推行“BOT合同+分时电价”模式,整合太阳能与空气源热泵技术,建立峰谷电价政策降低运营成本"); // l.644
    expect(f.narrative[5].text).toBe("因BOT协议中运维责任划分模糊导致部分设备维护效率偏低"); // l.645
    expect(f.notes?.map((n) => n.loc.line)).toEqual([648, 650, 652, 654]);
  });
});

describe("form l.1075 公安视频专网网络租赁费（2022.06-2023.06） (a row without labels, 总 分)", () => {
  let f: Form;
  beforeAll(() => {
    // the title l.1073 is cut ("…项目支 (2024年度)"), so the region starts at 项目名称 l.1075
    f = doc.forms.find((x) => x.line === 1075)!;
  });

  it("reads header, funds and goals", () => {
    expect(f.project.name).toBe("公安视频专网网络租赁费（2022.06-2023.06）"); // l.1075
    expect(f.project.department).toBe("011-汾阳市公安局"); // l.1076
    // l.1079 " ⇥ 资金总额： ⇥ ⇥ 205.197 ⇥ 205.197 ⇥ 205.197 ⇥ 205.197 ⇥ 0 ⇥ 100 ⇥ 10"
    expect(f.funds).toMatchObject({ unit: "万元", declared: 205.197, planned: 205.197, adjusted: 205.197, executed: 205.197, balance: 0, rate: 100, score: 10 });
    expect(f.funds.sources.map((s) => [s.name, s.planned, s.adjusted, s.executed])).toEqual([["市县区财政资金", 205.197, 205.197, 205.197]]); // l.1080
    expect(f.goals.annual?.text).toBe("保证各类数据正常传输"); // l.1082
    expect(f.goals.actual?.text).toBe("全年按时足额支付视频专网租赁费用，保障专网带宽达标率100%，覆盖辖区所有关键点位，目标全面完成"); // l.1082
  });

  it("reads every indicator (l.1084–1090)", () => {
    const exp: Exp[] = [
      [1084, "产出指标", "数量指标", "费用期间", "=年", "=1年", "=1年", 20, 20],
      [1085, "产出指标", "质量指标", "项目质量", "", "运行，各项", "达成预期指标", 10, 10],
      [1086, "产出指标", "时效指标", "费用有效期间", "", "年6月至2023", "达成预期指标", 10, 10],
      [1087, "产出指标", "成本指标", "项目总成本", "=万元", "405.1967万", "405.1967万", 5, 5],
      // l.1088 " ⇥ 本次申请金额 ⇥ ⇥ =万元 …": no labels, the name sits in the 一级指标 column; 成本指标 carries down
      [1088, "产出指标", "成本指标", "本次申请金额", "=万元", "205.1967万", "205.1967万", 5, 5],
      [1089, "效益指标", "社会效益指标", "社会治安稳定性", "", "提高", "达成预期指标", 30, 30],
      [1090, "满意度指标", "服务对象满意度指标", "人民群众满意度", "≥%", "≥97%", "≥97%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
  });

  it("reads the 总 分 row and the narrative", () => {
    expect(f.total).toBe(100); // l.1091 "总 分 … 100 ⇥ 优"
    expect(f.grade).toBe("优");
    expect(f.narrative).toHaveLength(7);
    expect(f.narrative[0]).toMatchObject({
      section: "项目实施和预算执行情况",
      text: "预算执行率100%，因合同谈判优化条款节省部分费用，资金使用合规，结余资金按规退回", // l.1092
      loc: { line: 1092 },
    });
    expect(f.narrative[6]).toMatchObject({
      section: "下一步改进措施及管理建议",
      text: "增设动态带宽调节预算模块，探索“保底+弹性”计费模式，与运营商签订应急服务优先保障协议", // l.1098
    });
  });
});

describe("special rows", () => {
  it("an indicator named like its level 2 (l.987 '质量指标 ⇥ 质量指标 ⇥ =% …')", () => {
    const ind = doc.forms.flatMap((f) => f.indicators).find((i) => i.line === 987)!;
    expect(ind.level2).toBe("质量指标");
    expect(ind.name).toBe("质量指标");
    expect(ind.target?.raw).toBe("=%");
    expect(ind.actual?.raw).toBe("=100%");
    expect([ind.weight, ind.score]).toEqual([10, 10]);
  });

  it("a 项目绩效分析 without 自评结果分析 (l.1327–1333)", () => {
    const f = doc.forms.find((x) => x.startLine <= 1327 && x.endLine >= 1327)!;
    expect(f.narrative[0]).toMatchObject({ section: "项目实施和预算执行情况", text: "项目按计划实施，预算执行情况良好，资金使用符合规定" }); // l.1327
    expect(f.narrative[6].text).toBe("加强技术培训，提升侦查技术水平，完善线索收集和分析机制"); // l.1333
  });
});

describe("robustness", () => {
  const parseText = (text: string) => gridToDocument(textToGrid("cut.txt", text, "utf-8"));

  it("a form cut in the middle of its indicator table parses what is there", () => {
    const doc2 = parseText(LINES.slice(584, 600).join("\n")); // l.585–600
    expect(doc2.forms).toHaveLength(1);
    const f = doc2.forms[0];
    expect(f.layout).toBe("shanxi-self-assessment");
    expect(f.project.name).toBe("2019-2023年BOT取暖服务费");
    expect(f.funds.executed).toBe(114.463);
    expect(f.indicators.map((i) => i.name)).toEqual(["涉及取暖部门", "供暖质量", "供暖时效"]);
    expect(f.total).toBeNull();
    expect(f.parse.warnings).toContain("找不到总分行");
  });

  it("a form cut before its indicator table, or with only a title, does not throw", () => {
    const grid = textToGrid("cut.txt", LINES.slice(584, 594).join("\n"), "utf-8"); // l.585–594
    const anchor = grid.rows.findIndex((r) => r.text.startsWith("项目名称"));
    const diagnostics: Diagnostic[] = [];
    const f = readForm({ grid, rows: grid.rows, start: 0, anchor }, diagnostics);
    expect(f.project.name).toBe("2019-2023年BOT取暖服务费");
    expect(f.funds.planned).toBe(114.463);
    expect(f.indicators).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain("layout/no-indicator-table");

    const g2 = textToGrid("cut.txt", "项目名称\t\t半张表\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分\n\t产出指标\t数量指标\t某指标\t=个", "utf-8");
    const f2 = readForm({ grid: g2, rows: g2.rows, start: 0, anchor: 0 }, []);
    expect(f2.indicators).toHaveLength(1);
    expect(f2.indicators[0].weight).toBeNull();
    expect(f2.parse.warnings.some((w) => w.includes("分值和得分"))).toBe(true);
  });
});
