/**
 * weighted-self-assessment (layout 2, "附件 1", rules/templates/weighted-self-assessment.yml on the
 * header engine): corpus/002_3d262858df1b1b5e.txt from l.1836.
 * Rows are broken across lines, level-1 labels are cut into pieces and printed in the middle of
 * their group, template rows ("指标 2:", "...", "—") are left empty. Every expectation below was
 * read off the corpus text by eye; the corpus line numbers are in the comments.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFile, gridToDocument } from "../../src/parse.js";
import { textToGrid } from "../../src/read/text.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const FILE = "corpus/002_3d262858df1b1b5e.txt";
const LINES = readFileSync(FILE, "utf8").replace(/\r\n?/g, "\n").split("\n");

let doc: KpiDocument;
beforeAll(async () => {
  doc = await parseFile(FILE);
});

/** the form whose 项目名称 row is on `line` */
function formAt(line: number): Form {
  const f = doc.forms.find((x) => x.line === line);
  if (!f) throw new Error(`no form at l.${line}`);
  return f;
}

/** [line, level1, 权重, level2, name, 年度指标值 raw, 实际完成值 raw, 分值, 得分] */
type Exp = [number, string, number | null, string, string, string, string, number, number];

function check(ind: Indicator, [line, l1, w1, l2, name, target, actual, weight, score]: Exp) {
  expect(ind.line, `line of ${name}`).toBe(line);
  expect(ind.level1, `level1 l.${line}`).toBe(l1);
  expect(ind.level1Weight ?? null, `权重 l.${line}`).toBe(w1);
  expect(ind.level2, `level2 l.${line}`).toBe(l2);
  expect(ind.name, `name l.${line}`).toBe(name);
  expect(ind.target?.raw ?? "", `年度指标值 l.${line}`).toBe(target);
  expect(ind.adjustedTarget, `no 调整后指标值 in layout 2, l.${line}`).toBeNull();
  expect(ind.actual?.raw ?? "", `实际完成值 l.${line}`).toBe(actual);
  expect(ind.weight, `分值 l.${line}`).toBe(weight);
  expect(ind.score, `得分 l.${line}`).toBe(score);
}

describe("weighted-self-assessment: the whole of 002", () => {
  it("finds 13 layout-2 forms, each a self-assessment with a name, a total and scored indicators", () => {
    const forms = doc.forms.filter((f) => f.layout === "weighted-self-assessment");
    expect(forms).toHaveLength(13);
    for (const f of forms) {
      expect(f.kind).toBe("self-assessment");
      expect(f.project.name, `name l.${f.line}`).not.toBe("");
      expect(f.project.department).toBe("汾阳市公安局");
      expect(f.total, `total l.${f.line}`).toEqual(expect.any(Number));
      expect(f.totalWeight, `分值 total l.${f.line}`).toBe(100);
      expect(f.grade).toBeNull(); // layout 2 has no grade cell
      expect(f.funds.weight, `funds 分值 l.${f.line}`).toBe(10);
      expect(f.indicators.length).toBeGreaterThan(0);
      for (const i of f.indicators) {
        expect(i.weight, `分值 l.${i.line}`).toEqual(expect.any(Number));
        expect(i.score, `得分 l.${i.line}`).toEqual(expect.any(Number));
        expect(i.name, `template prefix stripped l.${i.line}`).not.toMatch(/^指标\s*\d\s*[:：]?/);
        expect(i.level2, `level2 l.${i.line}`).not.toBeNull();
      }
      expect(f.parse.rowsSkipped ?? 0).toBeGreaterThan(0);
    }
  });
});

describe("form l.1838 飞机航测专项经费", () => {
  let f: Form;
  beforeAll(() => {
    f = formAt(1840);
  });

  it("reads header, funds and goals", () => {
    expect(f.startLine).toBe(1836); // "附件 1"
    expect(f.project.name).toBe("飞机航测专项经费"); // l.1840
    expect(f.project.department).toBe("汾阳市公安局"); // l.1841 主管部门
    expect(f.project.implementer).toBe("汾阳市公安局"); // l.1841 实施单位
    // l.1843 " ⇥ 10 ⇥ 年度资金总额 ⇥ 10 ⇥ 10 ⇥ 9.83 ⇥ 10 ⇥ 98.3% ⇥ 9.8"
    expect(f.funds).toMatchObject({ unit: "万元", planned: 10, adjusted: 10, executed: 9.83, weight: 10, rate: 98.3, score: 9.8 });
    expect(f.funds.raw?.rate.text).toBe("98.3%");
    expect(f.funds.sources.map((s) => [s.name, s.planned, s.adjusted, s.executed, s.loc.line])).toEqual([
      ["当年财政拨款", 10, 10, 9.83, 1844], // l.1844 "其中：当年财政拨款 ⇥ 10 ⇥ 10 ⇥ 9.83 ⇥ — ⇥ ⇥ —"
      ["上年结转资金", null, null, null, 1845], // l.1845 only "—"
      ["其他资金", null, null, null, 1846], // l.1846 empty
    ]);
    expect(f.goals.annual?.text).toBe("为提高检测发现和查处打击能力，最大限度铲除非法种植的票粟，确保人民远离毒品的侵害，构建美好的生活环境。"); // l.1848
    expect(f.goals.actual?.text).toBe("圆满完成预期目标"); // l.1848
  });

  it("reads every indicator (l.1850–1868), joining l.1860 with its label and the '性' of l.1862", () => {
    const exp: Exp[] = [
      [1850, "产出指标", 50, "数量指标", "航测面积", "273 平方公里", "273 平方公里", 20, 20], // "指标 1 航测面积"
      [1852, "产出指标", 50, "质量指标", "航测效果", "重点区域全覆盖、零种植、零产量", "重点区域全覆盖、零种植、零产量", 20, 20],
      [1855, "产出指标", 50, "时效指标", "航测时间选择", "票粟开花、结果生长之际", "票粟开花、结果生长之际", 10, 10],
      [1857, "产出指标", 50, "成本指标", "航测费用", "10", "9.83", 10, 9.8],
      // l.1860 "指标 1:社会治安稳定 ⇥ 提高 ⇥ 提高 ⇥ 30 ⇥ 30"; its labels come after it, l.1862
      // "效益指标 ⇥ 30 ⇥ 社会效益指标 ⇥ 性"
      [1860, "效益指标", 30, "社会效益指标", "社会治安稳定性", "提高", "提高", 30, 30],
      [1867, "满意度指标", 10, "服务对象满意度指标", "人民群众满意度", "96%", "97%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
    // empty template rows: l.1851, 1853, 1854 (...), 1856, 1858, 1859 (经济效益 指标 1:), 1863, 1865, 1866, 1868
    expect(f.parse.rowsSkipped).toBe(10);
    expect(f.parse.rowsMerged).toBe(1); // "性"
    expect(f.parse.warnings).toEqual([]);
  });

  it("reads the total (l.1869 '100 ⇥ 99.8')", () => {
    expect(f.total).toBe(99.8);
    expect(f.totalWeight).toBe(100);
    expect(f.grade).toBeNull();
    expect(f.narrative).toEqual([]);
  });
});

describe("form l.1873 汾阳市公安局辰北派出所业务技术用房建设其他费用（前期费用）", () => {
  let f: Form;
  beforeAll(() => {
    f = formAt(1875);
  });

  it("reads header, funds and goals", () => {
    expect(f.project.name).toBe("汾阳市公安局辰北派出所业务技术用房建设其他费用（前期费用）"); // l.1875
    // l.1878 " ⇥ 10 ⇥ 年度资金总额 ⇥ 257.3 ⇥ 257.3 ⇥ 52.8 ⇥ 10 ⇥ 20.52% ⇥ 2.5"
    expect(f.funds).toMatchObject({ planned: 257.3, adjusted: 257.3, executed: 52.8, weight: 10, rate: 20.52, score: 2.5 });
    expect(f.funds.sources[0]).toMatchObject({ name: "当年财政拨款", planned: 257.3, adjusted: 257.3, executed: 52.8 }); // l.1879
    // l.1883: one cell, under 预期目标; nothing under 实际完成情况
    expect(f.goals.annual?.text).toBe("该费用用于建设辰北派出所公安业务技术用房前期费用，及时实施该项目，并圆满完成预期目标 按照规定保质保量完成。");
    expect(f.goals.actual ?? null).toBeNull();
  });

  it("reads every indicator (l.1885–1905)", () => {
    const exp: Exp[] = [
      [1885, "产出指标", 50, "数量指标", "新建辰北派出所业务技术用房", "1", "1", 20, 20],
      [1888, "产出指标", 50, "质量指标", "按照该项目规定，保证质量", "98%", "98%", 20, 20],
      [1891, "产出指标", 50, "时效指标", "资金下达及时实施", "98%", "98%", 10, 10],
      // l.1894 "成本指标 ⇥ ⇥ ⇥ 指标 1: 成本 ⇥ 257.3 ⇥ 52.8 ⇥ 1 ⇥ 2.5" — 得分 above 分值, as written
      [1894, "产出指标", 50, "成本指标", "成本", "257.3", "52.8", 1, 2.5],
      // l.1897 "社会效益 ⇥ 指标 1: 提高基层社会治理水平，确保基层治 …" + l.1899 "效益指标 ⇥ 30 ⇥ 指标 ⇥ 理规范有序"
      [1897, "效益指标", 30, "社会效益指标", "提高基层社会治理水平，确保基层治理规范有序", "98%", "98%", 30, 30],
      [1904, "满意度指标", 10, "服务对象满意度指标", "人民群众满意度", "96%", "97%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
    expect(f.indicators[4].level2Raw).toBe("社会效益");
    expect(f.parse.rowsMerged).toBe(1);
  });

  it("reads the total (l.1906 '100 ⇥ 92.5')", () => {
    expect(f.total).toBe(92.5);
    expect(f.totalWeight).toBe(100);
  });
});

describe("form l.2242 增拨办案经费 (header row holding the first labels, a level-2 label lost)", () => {
  let f: Form;
  beforeAll(() => {
    f = formAt(2244);
  });

  it("reads header, funds and goals", () => {
    expect(f.project.name).toBe("增拨办案经费"); // l.2244
    // l.2247 " ⇥ 10 ⇥ 年度资金总额 ⇥ 136 ⇥ 136 ⇥ 136 ⇥ 10 ⇥ 100% ⇥ 10"
    expect(f.funds).toMatchObject({ planned: 136, adjusted: 136, executed: 136, weight: 10, rate: 100, score: 10 });
    // l.2248 "其中：当年财政拨款 ⇥ 136 ⇥ 136 ⇥ 136 ⇥ - ⇥ ⇥ -", l.2249 "上年结转资金 … --"
    expect(f.funds.sources.map((s) => [s.name, s.planned, s.adjusted, s.executed])).toEqual([
      ["当年财政拨款", 136, 136, 136],
      ["上年结转资金", null, null, null],
      ["其他资金", null, null, null],
    ]);
    expect(f.goals.annual?.text).toBe("保障办案顺利进行，维护社会大局稳定"); // l.2252
    expect(f.goals.actual?.text).toBe("圆满完成预期目标"); // l.2252
  });

  it("reads every indicator (l.2253–2269)", () => {
    const exp: Exp[] = [
      // l.2253 is the header row and also carries "产出 指标 ⇥ 数量 指标"; l.2254 "指标 2024 年办理案件 数"
      // lost the item number — the word 指标 is still the template's prefix
      [2254, "产出指标", null, "数量指标", "2024年办理案件数", "≥3500 件", "3600", 20, 20],
      // l.2255 "质量 指标 ⇥ 指标 2:" (an empty item of the 数量 group beside the 质量 label), l.2256 "指标 1: …"
      [2256, "产出指标", null, "质量指标", "案件高质量完成", "≥100%", "100%", 20, 20],
      [2258, "产出指标", null, "时效指标", "办案时效", "提高", "提高", 10, 10],
      [2260, "产出指标", null, "成本指标", "增拨办案经费", "136", "136", 10, 10],
      // l.2263 "指标 1: 社会治安稳定 性 …" after the 经济效益 item 1 of l.2262 and before 生态效益 (l.2266):
      // the 社会效益 label itself is missing from the text; the template order gives it back
      [2263, "效益指标", null, "社会效益指标", "社会治安稳定性", "提高", "提高", 30, 30],
      // l.2268 "满 意 指 标 ⇥ 10 ⇥ 服务对象 满意度指 标 ⇥ 指标 1: 人民群众满意 度 …"
      [2268, "满意度指标", 10, "服务对象满意度指标", "人民群众满意度", "96%", "97%", 10, 10],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
    expect(f.parse.warnings).toHaveLength(1);
    expect(f.parse.warnings[0]).toContain("社会效益指标");
  });

  it("reads the total (l.2270 '100 ⇥ 100')", () => {
    expect(f.total).toBe(100);
    expect(f.totalWeight).toBe(100);
  });
});

describe("inline goals (l.1987 '预期目标 消除安全隐患…' / '实际完成情况 圆满完成预期目标')", () => {
  it("strips the label from the cell", () => {
    const f = formAt(1980);
    expect(f.goals.annual?.text).toBe("消除安全隐患，建设门卫用房，综合便民服务中心楼前改造");
    expect(f.goals.actual?.text).toBe("圆满完成预期目标");
    // l.1983 " ⇥ 10 ⇥ 年度资金总额 ⇥ 127 ⇥ 127 ⇥ 0 ⇥ 10 ⇥ 0.00% ⇥ 0"
    expect(f.funds).toMatchObject({ planned: 127, adjusted: 127, executed: 0, weight: 10, rate: 0, score: 0 });
    // l.1999 "效 益 ⇥ 经济 效益 指标" and l.2004 "益 指 标": no 权重 written for 效益 in this form
    const social = f.indicators.find((i) => i.line === 2000)!;
    expect(social).toMatchObject({ level1: "效益指标", level2: "社会效益指标", name: "社会治安稳定性", level1Weight: null });
  });
});

describe("robustness", () => {
  const parseText = (text: string) => gridToDocument(textToGrid("cut.txt", text, "utf-8"));

  it("a form cut in the middle of its indicator table parses what is there", () => {
    const doc2 = parseText(LINES.slice(1835, 1857).join("\n")); // l.1836–1857
    expect(doc2.forms).toHaveLength(1);
    const f = doc2.forms[0];
    expect(f.layout).toBe("weighted-self-assessment");
    expect(f.funds.executed).toBe(9.83);
    expect(f.indicators.map((i) => i.name)).toEqual(["航测面积", "航测效果", "航测时间选择", "航测费用"]);
    expect(f.total).toBeNull();
  });

  it("a label group that never gets its label degrades with a warning, and a filled empty template row is kept with a warning", () => {
    const text = [
      "项目名称\t试验项目",
      "绩效指标\t一级指标\t权重\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "\t产出指标\t50\t数量指标\t指标 1: 甲\t1\t1\t20\t20",
      "\t\t\t\t指标 1: 乙\t2\t2\t10\t10",
      "\t\t\t\t指标 2:\t3\t3\t5\t5",
      "\t\t\t\t指标 3:",
    ].join("\n");
    const f = parseText(text).forms[0];
    // 乙 is a second item 1 with no label of its own: a new group whose label never comes; with no
    // label after it the group keeps the previous level 2, with a warning
    expect(f.indicators.map((i) => [i.name, i.level2, i.level1Weight, i.weight, i.score])).toEqual([
      ["甲", "数量指标", 50, 20, 20],
      ["乙", "数量指标", 50, 10, 10],
      // the engine keeps an empty item given values as written, for every template (the
      // template-residue rule names it: test/rules/template-residue.test.ts); the layout module wrote ""
      ["指标 2:", "数量指标", 50, 5, 5],
    ]);
    expect(f.parse.rowsSkipped).toBe(1);
    expect(f.parse.warnings.some((w) => w.includes("空的模板行"))).toBe(true);
    expect(f.parse.warnings.some((w) => w.includes("二级指标标签缺失"))).toBe(true);
  });
});
