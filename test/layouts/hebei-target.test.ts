/**
 * hebei-target: 平乡县公安局 2024 项目支出绩效目标表 (corpus/001_365c8d074fbd9767.txt, from l.2478).
 * Cells are separated by single spaces and wrapped over lines. Every expectation below was read off
 * the corpus text by eye; the corpus line numbers are in the comments.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFile, gridToDocument } from "../../src/parse.js";
import { textToGrid } from "../../src/read/text.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const FILE = "corpus/001_365c8d074fbd9767.txt";
const LINES = readFileSync(FILE, "utf8").replace(/\r\n?/g, "\n").split("\n");

/** [line, level1, level2, name, description, raw value, kind, op, value, unit, basis] */
type Exp = [number, string, string, string, string, string, string, string | null, number | null, string | null, string];

const nospace = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

function check(ind: Indicator, [line, l1, l2, name, desc, raw, kind, op, value, unit, basis]: Exp) {
  expect(ind.line, `line of ${name}`).toBe(line);
  expect(ind.level1, `level1 l.${line}`).toBe(l1);
  expect(ind.level2, `level2 l.${line}`).toBe(l2);
  expect(ind.name, `name l.${line}`).toBe(name);
  expect(ind.description, `description l.${line}`).toBe(desc);
  expect(ind.target?.raw, `raw l.${line}`).toBe(raw);
  expect(ind.target?.kind, `kind l.${line}`).toBe(kind);
  expect(ind.target?.op, `op l.${line}`).toBe(op);
  expect(ind.target?.value, `value l.${line}`).toBe(value);
  expect(ind.target?.unit, `unit l.${line}`).toBe(unit);
  // wrapped cells are joined; spaces inside a wrapped basis are not significant
  expect(nospace(ind.basis), `basis l.${line}`).toBe(nospace(basis));
  expect(ind.annualTarget).toBeNull();
  expect(ind.actual).toBeNull();
}

let doc: KpiDocument;
let forms: Form[];
const byLine = (line: number) => {
  const f = forms.find((x) => x.line === line);
  if (!f) throw new Error(`no form at l.${line}`);
  return f;
};

beforeAll(async () => {
  doc = await parseFile(FILE);
  forms = doc.forms.filter((f) => f.layout === "hebei-target");
});

describe("hebei-target on 001", () => {
  it("finds the 22 target forms, each with a name and a code", () => {
    expect(forms).toHaveLength(22);
    for (const f of forms) {
      expect(f.kind).toBe("target");
      expect(f.project.name.length, `name at l.${f.line}`).toBeGreaterThan(0);
      expect(f.project.code, `code at l.${f.line}`).toMatch(/^13053\d{3}P\d{9,}[0-9A-Z]$/);
    }
    // first and last anchors: l.2481 and l.3793
    expect(forms[0].line).toBe(2481);
    expect(forms[21].line).toBe(3793);
  });

  it("form 1 (l.2478, wrapped cells): FK 及扫黑除恶工作经费（办案业务）", () => {
    const f = byLine(2481);
    expect(f.title).toContain("FK 及扫黑除恶工作经费（办案业务）绩效目标表"); // l.2478
    expect(f.project.code).toBe("13053224P00273513141T"); // l.2481
    expect(f.project.name).toBe("FK 及扫黑除恶工作经费（办案业务）"); // l.2481
    expect(f.fields["project.name"].loc.line).toBe(2481);
    expect(f.project.department).toBe("平乡县公安局"); // l.2 "312 平乡县公安局"
    expect(f.funds.unit).toBe("万元"); // l.2479
    expect(f.funds.annualTotal).toBe(38); // l.2484 预算数 38.00
    expect(f.funds.sources.map((s) => [s.name, s.period])).toEqual([
      ["财政资金", 38], // l.2484 其中：财政 资金 38.00
      ["其他资金", null], // l.2484 其他资金 (empty)
    ]);
    expect(f.project.details?.["资金用途"]).toBe("打击涉黑恶犯罪，维护社会稳定。"); // l.2486
    // l.2489 months, l.2491 values as written (not percentages that climb to 100)
    expect(f.funds.spendingPlan).toEqual([
      { month: 3, value: 8, raw: "8.00" },
      { month: 6, value: 10, raw: "10.00" },
      { month: 10, value: 10, raw: "10.00" },
      { month: 12, value: 10, raw: "10.00" },
    ]);
    expect(f.goals.annual?.text).toBe("1.打击涉黑恶犯罪，维护社会稳定"); // l.2493
    expect(f.goals.annual?.loc.line).toBe(2493);
    const P = "产出指标";
    const E = "效益指标";
    const S = "满意度指标";
    const exp: Exp[] = [
      [2499, P, "数量指标", "办公事项五十类", "维持工作运转的事项", "≥100 项或类", "numeric", ">=", 100, "项或类", "部门职责及工作安排"],
      [2501, P, "质量指标", "完成率", "实际完成工作量占应完成工作量的比率", "≥95%", "numeric", ">=", 95, "%", "部门职责及工作安排"],
      [2503, P, "时效指标", "及时率", "各项工作实际完成时间占应完成时间的比率", "≥95%", "numeric", ">=", 95, "%", "部门职责及工作安排"],
      [2505, P, "成本指标", "成本控制率", "合理安排预算，减少不必要开支", "≤5%", "numeric", "<=", 5, "%", "部门职责及工作安排"],
      [2509, E, "社会效益指标", "社会影响力", "保障工作正常运转，提升服务社会能力", "保障", "qualitative", null, null, null, "部门职责及工作安排"],
      // l.2511–2515: the value "部门工作正常可持续 / 运转" is wrapped, the basis follows on l.2515
      [2511, E, "可持续影响指标", "可持续性影响", "常态化推进各项工作任务", "部门工作正常可持续运转", "qualitative", null, null, null, "部门职责及工作安排"],
      [2517, E, "可持续影响指标", "持续维护生态稳定", "保持生态稳定", "保持生态的稳定", "qualitative", null, null, null, "部门职责及工作安排"],
      [2519, E, "可持续影响指标", "持续维护社会稳定", "公众安全指数", "≥95%", "numeric", ">=", 95, "%", "部门职责及工作安排"],
      [2521, S, "服务对象满意度指标", "群众满意度", "调查中满意人数占总人数比率", "≥95%", "numeric", ">=", 95, "%", "群众反馈"],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
    expect(f.parse.rows).toBe(9);
    expect(f.parse.rowsMerged).toBe(3); // l.2512, 2514, 2515 joined into the l.2511 row
    expect(f.endLine).toBeLessThan(2522); // l.2522 is the next form's title
  });

  it("form 2 (l.2522): 公安业务费, plan in amounts and cells wrapped over three lines", () => {
    const f = byLine(2525);
    expect(f.project.code).toBe("13053224P002735130258"); // l.2525
    expect(f.project.name).toBe("公安业务费"); // l.2525
    expect(f.funds.unit).toBe("万元"); // l.2523
    expect(f.funds.annualTotal).toBe(331); // l.2528
    expect(f.funds.sources.find((s) => s.name === "财政资金")?.period).toBe(331); // l.2528
    expect(f.project.details?.["资金用途"]).toBe("维护社会大局持续稳定。"); // l.2530
    // l.2535: 82.75 in every column, kept as written
    expect(f.funds.spendingPlan?.map((p) => [p.month, p.raw])).toEqual([
      [3, "82.75"],
      [6, "82.75"],
      [10, "82.75"],
      [12, "82.75"],
    ]);
    expect(f.goals.annual?.text).toBe(".维护社会大局持续稳定。"); // l.2537
    const P = "产出指标";
    const E = "效益指标";
    const exp: Exp[] = [
      [2543, P, "数量指标", "破案数", "破获各类案件数量", "≥500 起", "numeric", ">=", 500, "起", "部门工作任务"],
      [2545, P, "质量指标", "案件办理合格率", "办理案件的合格率占总案件的比率", "≥98%", "numeric", ">=", 98, "%", "部门工作任务"],
      [2547, P, "时效指标", "任务完成进度", "办理案件的任务完成进度", "≥98%", "numeric", ">=", 98, "%", "部门工作任务"],
      // l.2549–2555: basis "资金总需求为 368 / 万元，本次申请 331 / 万元"
      [2549, P, "成本指标", "案例办理单位成本", "案例办理单位成本", "≤7360 元", "numeric", "<=", 7360, "元", "资金总需求为368万元，本次申请331万元"],
      [2559, E, "社会效益指标", "社会稳定水平", "社会稳定水平", "维护社会长期稳定", "qualitative", null, null, null, "部门工作任务"],
      // l.2561–2572: description over l.2562–2564, value over l.2566–2570, basis l.2572
      [2561, E, "可持续影响指标", "项目持续影响效果", "群众防范犯罪，交通安全意识、文明意识进一步提高", "群众防范犯罪，交通安全意识、文明意识进一步提高", "qualitative", null, null, null, "部门工作任务"],
      // l.2574–2578: value over l.2575–2577
      [2574, E, "社会效益指标", "促进地方经济发展", "打击违法犯罪，促进地方经济发展", "打击违法犯罪，促进地方经济发展", "qualitative", null, null, null, "部门工作任务"],
      [2580, E, "经济效益指标", "挽回经济损失", "挽回经济损失", "≥100 万元", "numeric", ">=", 100, "万元", "部门工作任务"],
      [2582, "满意度指标", "服务对象满意度指标", "群众满意度", "群众对社会的满意度", "≥95%", "numeric", ">=", 95, "%", "调查问卷"],
    ];
    expect(f.indicators).toHaveLength(exp.length);
    exp.forEach((e, k) => check(f.indicators[k], e));
  });

  it("form 6 (l.2878): \"55 号\" filled with ** still gives its rows, values as placeholders", () => {
    const f = byLine(2881);
    expect(f.project.code).toBe("13053223P002726102774"); // l.2881
    expect(f.project.name).toBe("55 号"); // l.2881
    expect(f.funds.unit).toBe("万元"); // l.2879
    expect(f.funds.annualTotal).toBeNull(); // l.2884 预算数 **
    expect(f.funds.raw?.annualTotal?.text).toBe("**");
    expect(f.funds.sources.map((s) => [s.name, s.period])).toEqual([
      ["财政资金", null], // l.2884 财政 资金 **
      ["其他资金", null],
    ]);
    expect(f.project.details?.["资金用途"]).toBe("持续维护社会大局治安稳定，为平乡经济社会发展保驾护航。"); // l.2886
    expect(f.funds.spendingPlan).toEqual([{ month: 3, value: null, raw: "**" }]); // l.2889, l.2891: a single **
    expect(f.parse.warnings.some((w) => w.includes("2891"))).toBe(true); // one value for four months
    expect(f.goals.annual?.text).toBe("持续维护社会大局治安稳定，为平乡经济社会发展保驾护航。"); // l.2893
    const P = "产出指标";
    const E = "效益指标";
    const rows: [number, string, string][] = [
      [2899, P, "数量指标"],
      [2901, P, "时效指标"],
      [2903, P, "成本指标"],
      [2905, P, "质量指标"],
      [2909, E, "社会效益指标"],
      [2911, E, "可持续影响指标"],
      [2913, E, "社会效益指标"],
      [2915, E, "经济效益指标"],
      [2917, "满意度指标", "服务对象满意度指标"],
    ];
    expect(f.indicators).toHaveLength(rows.length);
    rows.forEach(([line, l1, l2], k) => {
      const ind = f.indicators[k];
      // every row reads "<level 2> ** *** ** **"
      expect(ind.line).toBe(line);
      expect(ind.level1).toBe(l1);
      expect(ind.level2).toBe(l2);
      expect(ind.name).toBe("**");
      expect(ind.description).toBe("***");
      expect(ind.target?.raw).toBe("**");
      expect(ind.target?.kind).toBe("placeholder");
      expect(ind.target?.value).toBeNull();
      expect(ind.basis).toBe("**");
    });
  });

  it("spending plans with fewer values than months keep what is written (l.3049) and warn", () => {
    const f = byLine(3039);
    expect(f.funds.spendingPlan?.map((p) => p.raw)).toEqual(["1.00", "4.00", "3.00"]); // l.3049
    expect(f.parse.warnings.some((w) => w.includes("3049"))).toBe(true);
  });

  it("does not take the chapter after the last form (l.3855 八、政府采购预算情况) as indicators", () => {
    const f = forms[21];
    expect(f.project.name).toBe("协勤人员经费项目"); // l.3793
    expect(f.indicators).toHaveLength(8); // l.3814–3854
    expect(f.indicators[7].name).toBe("满意度"); // l.3854
    expect(f.indicators[7].basis).toBe("调查问卷"); // l.3854
    expect(Math.max(...f.indicators.map((i) => i.line))).toBeLessThanOrEqual(3854);
    expect(f.endLine).toBeLessThan(3855);
  });
});

describe("hebei-target robustness", () => {
  const parseText = (text: string) => gridToDocument(textToGrid("cut.txt", text, "utf-8"));

  it("a form cut in half inside a wrapped row parses without throwing", () => {
    // l.2478 .. l.2512: the cut falls inside the wrapped value of the l.2511 row
    const text = LINES.slice(2477, 2512).join("\n");
    let d: KpiDocument | undefined;
    expect(() => (d = parseText(text))).not.toThrow();
    const f = d!.forms.find((x) => x.layout === "hebei-target");
    expect(f).toBeDefined();
    expect(f!.project.name).toBe("FK 及扫黑除恶工作经费（办案业务）"); // l.2481
    expect(f!.indicators.length).toBe(6); // rows l.2499–2511
    expect(f!.indicators[0].target?.raw).toBe("≥100 项或类"); // l.2499
  });

  it("a form cut before its spending plan gives a form with warnings, not an exception", () => {
    // l.2478 .. l.2486 then the table header and one row of l.2495 / l.2499
    const text = [...LINES.slice(2477, 2486), LINES[2494], LINES[2498]].join("\n");
    const d = parseText(text);
    const f = d.forms.find((x) => x.layout === "hebei-target");
    expect(f).toBeDefined();
    expect(f!.funds.annualTotal).toBe(38); // l.2484
    expect(f!.goals.annual ?? null).toBeNull();
    expect(f!.parse.warnings).toContain("找不到绩效目标");
    expect(f!.indicators).toHaveLength(1);
    expect(f!.indicators[0].name).toBe("办公事项五十类"); // l.2499
  });

  it("a line it cannot place inside the table becomes a warning with its line", () => {
    // header block of form 1 (corpus l.2478–2495), then a stray line in place of the blank l.2496,
    // then l.2497–2505; the fixture's own numbering starts at 1, so the stray line is its line 19
    const text = [...LINES.slice(2477, 2495), "这一行不属于任何指标", ...LINES.slice(2496, 2505)].join("\n");
    const d = parseText(text);
    const f = d.forms.find((x) => x.layout === "hebei-target")!;
    expect(f.parse.warnings.some((w) => w.includes("第 19 行") && w.includes("这一行不属于任何指标"))).toBe(true);
    expect(f.indicators.map((i) => i.name)).toEqual(["办公事项五十类", "完成率", "及时率", "成本控制率"]);
    expect(f.parse.confidence).toBeLessThan(1);
  });
});
