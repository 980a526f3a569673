/**
 * parseValue on real value strings from the four corpus files. Each row: the string, where it
 * comes from (file:line; "in" = a substring of a longer cell on that line), and what a reader
 * sees in it — checked by eye against the document, not copied from the program.
 *   000 = corpus/000_a245d8b4fdd54633.txt   001 = corpus/001_365c8d074fbd9767.txt
 *   002 = corpus/002_3d262858df1b1b5e.txt   004 = corpus/004_8ee0b106a6d1f1e1.txt
 */
import { describe, expect, it } from "vitest";
import { parseValue, parseNumber, parseChineseNumeral, isQuantitative, isBrokenNumber } from "../../src/normalize/value.js";
import type { Value } from "../../src/model/types.js";

type Exp = Partial<Value> & { kind: Value["kind"] };
type Case = [raw: string, src: string, exp: Exp, context?: "target" | "actual"];

const N = (op: Value["op"], value: number, unit: string | null, dimension: Value["dimension"], more: Partial<Value> = {}): Exp => ({
  kind: "numeric",
  op,
  value,
  unit,
  dimension,
  ...more,
});
const D = (year: number, month: number | undefined, bound: "by" | "end" | "within" | "at" | "start", op: Value["op"] = null): Exp => ({
  kind: "date",
  op,
  value: null,
  date: month === undefined ? { year, bound } : { year, month, bound },
});
const Q = (qualitative: string | null): Exp => ({ kind: "qualitative", op: null, value: null, unit: null, qualitative });
const P = (placeholder: string, op: Value["op"] = null, unit: string | null = null): Exp => ({ kind: "placeholder", op, value: null, unit, placeholder });
const PERIOD: Exp = { kind: "period", value: null };

const CASES: Case[] = [
  // ── comparators: symbols ──────────────────────────────────────────────
  ["≥95%", "004:24", N(">=", 95, "%", "percent", { base: 95 })],
  ["≥ 95%", "004:66", N(">=", 95, "%", "percent")],
  ["≧95%", "004:142", N(">=", 95, "%", "percent")],
  ["≧200万", "004:132", N(">=", 200, "万元", "money", { base: 2_000_000 })],
  ["≤1%", "004:105", N("<=", 1, "%", "percent")],
  ["≤1700元", "000:1060", N("<=", 1700, "元", "money", { base: 1700 })],
  ["≤1.92万元", "000:1630", N("<=", 1.92, "万元", "money", { base: 19200 })],
  ["≤200万元", "000:865", N("<=", 200, "万元", "money", { base: 2_000_000 })],
  [">70人", "000:634", N(">", 70, "人", "count")],
  [">500万元", "000:1231", N(">", 500, "万元", "money")],
  [">1000平方米", "000:862", N(">", 1000, "平方米", "area")],
  ["<5%", "000:734", N("<", 5, "%", "percent")],
  ["<20万元", "000:637", N("<", 20, "万元", "money", { base: 200_000 })],
  ["<1 次", "001:3531", N("<", 1, "次", "count")],
  ["=10个", "002:598", N("=", 10, "个", "count")],
  ["=107300元", "002:1323", N("=", 107300, "元", "money")],
  ["=183.99万元", "002:1501", N("=", 183.99, "万元", "money", { base: 1_839_900 })],
  ["=100%", "002:987", N("=", 100, "%", "percent")],
  ["=1级", "002:1462", N("=", 1, "级", "other")],
  ["≥100%", "000:506", N(">=", 100, "%", "percent")],
  ["≥80％", "001:3377", N(">=", 80, "%", "percent")],
  ["≥80 百分比", "001:2808", N(">=", 80, "%", "percent")],
  ["≥5", "004:81", N(">=", 5, null, null, { base: 5 })],
  // ── comparators: words (in a longer cell: the value part of the sentence) ──
  ["95%以上", "001:2326 in", N(">=", 95, "%", "percent")],
  ["10天以上", "001:2353 in", N(">=", 10, "天", "time")],
  ["9次以上", "001:2369 in", N(">=", 9, "次", "count")],
  ["4000人以上", "001:2423 in", N(">=", 4000, "人", "count")],
  ["3%以下", "002:606 in", N("<=", 3, "%", "percent")],
  ["1%以内", "004:105 in", N("<=", 1, "%", "percent")],
  ["不超过679.63万元", "004:20 in", N("<=", 679.63, "万元", "money", { base: 6_796_300 })],
  ["不少于 10人", "001:2390 in", N(">=", 10, "人", "count")],
  ["小于 5%", "001:2423 in", N("<", 5, "%", "percent")],
  ["50余人", "004:309", N(">", 50, "人", "count")],
  // ── numbers as extracted ─────────────────────────────────────────────
  ["3, 778, 389. 4", "000:684", N(null, 3778389.4, null, null)],
  ["2, 120, 000", "000:716", N(null, 2120000, null, null)],
  ["1,288,343.32", "000:1451", N(null, 1288343.32, null, null)],
  ["2,934,177.3", "000:1282", N(null, 2934177.3, null, null)],
  ["1144629.25", "002:601", N(null, 1144629.25, null, null)],
  ["0.00%", "002:1983", N(null, 0, "%", "percent")],
  ["98.3%", "002:1843", N(null, 98.3, "%", "percent")],
  ["20.52%", "002:1878", N(null, 20.52, "%", "percent")],
  ["五十类", "001:2499 in", N(null, 50, "类", "count")],
  ["三人", "004:152 in", N(null, 3, "人", "count")],
  // ── money ────────────────────────────────────────────────────────────
  ["50万元", "004:20", N(null, 50, "万元", "money", { base: 500_000 })],
  ["1437.66 万元", "004:333", N(null, 1437.66, "万元", "money")],
  ["19270元", "004:158", N(null, 19270, "元", "money", { base: 19270 })],
  ["1055726.46元", "002:1119", N(null, 1055726.46, "元", "money")],
  ["205.1967万", "002:1088", N(null, 205.1967, "万元", "money")],
  ["23.81 万元", "002:2062", N(null, 23.81, "万元", "money")],
  ["10万元/年", "004:107", N(null, 10, "万元/年", "money", { base: 100_000 })],
  ["≤8000元/平方米·月", "000:898", N("<=", 8000, "元/平方米·月", "money", { base: 8000 })],
  ["≥188272元", "002:1819", N(">=", 188272, "元", "money")],
  // ── counts ───────────────────────────────────────────────────────────
  ["253人", "004:37", N(null, 253, "人", "count")],
  ["326 人", "004:330", N(null, 326, "人", "count")],
  ["10000个", "004:100", N(null, 10000, "个", "count")],
  ["2处", "004:57", N(null, 2, "处", "count")],
  ["200块", "004:65", N(null, 200, "块", "count")],
  ["2套", "004:229", N(null, 2, "套", "count")],
  ["≥1起", "004:194", N(">=", 1, "起", "count")],
  ["5次", "004:311", N(null, 5, "次", "count")],
  ["≥10台（套）", "000:505", N(">=", 10, "台(套)", "count")],
  ["≥20人/月", "000:1092", N(">=", 20, "人/月", "count")],
  ["≥20卷", "000:1694", N(">=", 20, "卷", "count")],
  ["≥10间", "000:1692", N(">=", 10, "间", "count")],
  ["=89家", "002:1815", N("=", 89, "家", "count")],
  ["≥3500 件", "002:2254", N(">=", 3500, "件", "count")],
  ["≥100 项或类", "001:2499", N(">=", 100, "项或类", "other")],
  // ── area, length ─────────────────────────────────────────────────────
  ["3374平方米", "004:16", N(null, 3374, "平方米", "area", { base: 3374 })],
  ["5740平米", "004:265", N(null, 5740, "平方米", "area")],
  ["1273平方", "002:738", N(null, 1273, "平方米", "area")],
  ["273 平方公里", "002:1850", N(null, 273, "平方公里", "area", { base: 273e6 })],
  ["3.3公顷", "000:1360", N(null, 3.3, "公顷", "area", { base: 33000 })],
  ["1000米", "004:62", N(null, 1000, "米", "length", { base: 1000 })],
  ["≥1公里", "000:1695", N(">=", 1, "公里", "length", { base: 1000 })],
  // ── time spans (numeric with a time unit) ────────────────────────────
  ["110天", "004:175", N(null, 110, "天", "time")],
  ["30 天", "002:2225", N(null, 30, "天", "time")],
  ["1 月", "002:2225", N(null, 1, "月", "time")],
  ["7个月", "000:1435", N(null, 7, "月", "time")],
  ["≥18月", "002:1118", N(">=", 18, "月", "time")],
  ["=17个月", "002:1465", N("=", 17, "月", "time")],
  ["1 年", "004:9", N(null, 1, "年", "time")],
  ["≥10年", "000:1401", N(">=", 10, "年", "time")],
  ["≤24小时", "000:572", N("<=", 24, "小时", "time")],
  ["≤0.5 小时", "001:3729", N("<=", 0.5, "小时", "time")],
  ["24 小时/天", "001:2609", N(null, 24, "小时/天", "time")],
  ["300天-350天", "001:2406 in", N(null, 300, "天", "time", { upper: 350 })],
  // ── relative change: a number with a direction word ──────────────────
  ["提高5%", "000:738", N(null, 5, "%", "percent", { qualitative: "提升" })],
  ["提高 98%", "002:1928", N(null, 98, "%", "percent", { qualitative: "提升" })],
  // ── dates ────────────────────────────────────────────────────────────
  ["2024年底", "004:19", { ...D(2024, 12, "end"), unit: null }],
  ["2024年", "004:106", D(2024, undefined, "at")],
  ["2024 年", "004:177", D(2024, undefined, "at")],
  ["2018年9月", "000:604", D(2018, 9, "at")],
  ["2019年", "000:1362", D(2019, undefined, "at")],
  ["2015年", "002:2092", D(2015, undefined, "at")],
  // ── periods and frequencies ──────────────────────────────────────────
  ["全年", "000:636", PERIOD],
  ["按月", "000:700", PERIOD],
  ["按月发放", "004:157", PERIOD],
  ["每年", "000:924", PERIOD],
  ["长期", "000:731", PERIOD],
  ["当年度", "000:540", PERIOD],
  ["本年度", "000:1233", PERIOD],
  ["年底完成", "000:832", PERIOD],
  ["每月 25 日前发工资", "001:3186", PERIOD],
  ["2022.06-2023.06", "002:1075 in", { ...PERIOD, date: { year: 2022, month: 6, bound: "at" }, dateEnd: { year: 2023, month: 6, bound: "at" } }],
  ["2022.7-2023.11", "002:1453 in", { ...PERIOD, date: { year: 2022, month: 7, bound: "at" }, dateEnd: { year: 2023, month: 11, bound: "at" } }],
  ["11月至2025", "002:635", { ...PERIOD, dateEnd: { year: 2025, bound: "at" } }],
  ["年7月至2024", "002:1055", { ...PERIOD, dateEnd: { year: 2024, bound: "at" } }],
  ["11月1日至12", "002:1781", PERIOD],
  // ── qualitative ──────────────────────────────────────────────────────
  ["提升", "000:539", Q("提升")],
  ["有效提升", "004:21", Q("提升")],
  ["有效改善", "004:42", Q("提升")],
  ["显著增强", "004:22", Q("提升")],
  ["逐步改善", "004:78", Q("提升")],
  ["逐步提高", "000:639", Q("提升")],
  ["有效下降", "004:113", Q("下降")],
  ["减少", "000:1235", Q("下降")],
  ["满意", "004:87", Q("满意")],
  ["及时", "000:733", Q("及时")],
  ["按时发放", "000:662", Q("及时")],
  ["符合国家标准", "002:599", Q("达标")],
  ["符合资金管理办法", "004:76", Q("达标")],
  ["合格", "002:2156", Q("达标")],
  ["保障", "000:703", Q("保障")],
  ["圆满完成", "002:1678", Q("完成")],
  ["达成预期指标", "002:599 (as a target it reads as a claim of completion)", Q("完成")],
  ["持续发挥", "004:23", Q("有效")],
  ["良好", "000:1628", Q("有效")],
  ["有效防止", "004:244", Q("有效")],
  ["专款专用", "000:1591", Q(null)],
  ["一次性", "002:1356", Q(null)],
  ["无纠纷", "000:1361", Q(null)],
  // stock wording, not a value: left qualitative; rules/lexicons/placeholder-values.yml flags it
  ["根据需求", "000:541", Q(null)],
  ["按标准", "000:800", Q(null)],
  // ── copy-paste doubling: parsed as the single text, raw kept ─────────
  ["2022年前2022年前", "000:507", D(2022, undefined, "by")],
  ["正常正常", "000:510", Q("有效")],
  ["保障保障", "000:511", Q("保障")],
  ["满足满足", "000:896", Q("达标")],
  // ── placeholders ─────────────────────────────────────────────────────
  ["=个", "002:598", P("unit-without-number", "=", "个")],
  ["=元", "002:601", P("unit-without-number", "=", "元")],
  ["≥%", "002:603", P("unit-without-number", ">=", "%")],
  ["=%", "002:987", P("unit-without-number", "=", "%")],
  ["=万元", "002:1019", P("unit-without-number", "=", "万元")],
  ["=个月", "002:1465", P("unit-without-number", "=", "月")],
  ["=平方米", "002:667", P("unit-without-number", "=", "平方米")],
  ["≥元", "002:1819", P("unit-without-number", ">=", "元")],
  ["提高%", "002:1577", P("unit-without-number", null, "%")],
  ["**", "001:2891", P("asterisks")],
  ["***", "001:2899", P("asterisks")],
  ["XX%", "002:818 in", P("xx")],
  ["—", "002:1844", P("dashes")],
  ["--", "002:2249", P("dashes")],
  // invented (checklist item 8): a dummy mark where the number goes, after a comparator or before a unit
  ["≥X%", "invented", P("xx", ">=", "%")],
  ["x个", "invented", P("xx", null, "个")],
  ["≥*个", "invented", P("xx", ">=", "个")],
  ["-%", "invented", P("xx", null, "%")],
  ["≥__%", "invented", P("xx", ">=", "%")],
  ["≥※%", "invented", P("xx", ">=", "%")],
  ["≤ x 元", "invented", P("xx", "<=", "元")],
  // look-alikes that are values: a negative rate, a word starting with X
  ["-5%", "invented", N(null, -5, "%", "percent")],
  ["达成预期指标", "002:599 as 实际完成值", P("generic-actual"), "actual"],
  ["达成预期指标", "002:634 as 实际完成值", P("generic-actual"), "actual"],
  // ── empty ────────────────────────────────────────────────────────────
  ["", "004:12 (其他资金, no amount)", { kind: "empty", op: null, value: null, unit: null }],
  [" ", "004:286 (value cell of the wrapped row)", { kind: "empty", op: null, value: null, unit: null }],
];

describe("parseValue on real corpus strings", () => {
  it("has at least 80 real rows", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES.map((c) => [c[1], c[0], c[2], c[3]] as const))("%s %j", (_src, raw, exp, context) => {
    const v = parseValue(raw, { line: 1 }, context ?? "target");
    expect(v.raw).toBe(raw);
    expect(v.loc).toEqual({ line: 1 });
    const want: Record<string, unknown> = { op: null, value: null, unit: null, ...exp };
    expect(v).toMatchObject(want);
    expect(v.broken ?? false).toBe(false);
  });
});

describe("broken numbers", () => {
  it("'1 1566.21平方米' (004:284) is flagged, not read as 1 or 11566.21", () => {
    const v = parseValue("1 1566.21平方米");
    expect(v.raw).toBe("1 1566.21平方米");
    expect(v.kind).toBe("numeric");
    expect(v.broken).toBe(true);
    expect(v.value).toBeNull();
    expect(v.unit).toBe("平方米");
    expect(isQuantitative(v)).toBe(false);
  });

  it("a group with a leading zero after a space is broken too ('86 00米', planted variant)", () => {
    const v = parseValue("86 00米");
    expect(v.broken).toBe(true);
    expect(v.value).toBeNull();
    expect(v.unit).toBe("米");
    expect(isBrokenNumber("86 00米")).toBe(true);
  });

  it("a number followed by a spaced unit is not broken ('≥100 项或类', 001:2499)", () => {
    expect(parseValue("≥100 项或类").broken ?? false).toBe(false);
  });

  it("thousands separators with spaces are not broken numbers ('3, 778, 389. 4', 000:684)", () => {
    expect(parseValue("3, 778, 389. 4").broken ?? false).toBe(false);
  });
});

describe("helpers", () => {
  it("parseNumber", () => {
    expect(parseNumber("3, 778, 389. 4")).toBe(3778389.4); // 000:684
    expect(parseNumber("1,144,629.25")).toBe(1144629.25); // brief; 002:601 has 1144629.25
    expect(parseNumber("５０")).toBe(50);
    expect(parseNumber("1 1566.21")).toBeNull(); // 004:284
    expect(parseNumber("abc")).toBeNull();
  });
  it("parseChineseNumeral", () => {
    expect(parseChineseNumeral("五十")).toBe(50); // 001:2499 办公事项五十类
    expect(parseChineseNumeral("十二")).toBe(12); // 000:83 十二、农林水支出
    expect(parseChineseNumeral("二十二")).toBe(22); // 000:93
    expect(parseChineseNumeral("三")).toBe(3); // 004:152
    expect(parseChineseNumeral("一百二十")).toBe(120);
    expect(parseChineseNumeral("次")).toBeNull();
  });
  it("never throws on odd input", () => {
    for (const s of [null, undefined, "≥", "%", "年", "12", "20、2021、2022", "H禁毒专款", "指标 2: —", "1000每人", "≥ ≥ 5"]) {
      expect(() => parseValue(s as string)).not.toThrow();
    }
    expect(parseValue(null).kind).toBe("empty");
  });
});

describe("forms not in the corpus (examples from the brief, for the remaining comparator words)", () => {
  it.each([
    ["不低于95%", ">=", 95, "%"],
    ["不高于50万元", "<=", 50, "万元"],
    ["≥1.92万", ">=", 1.92, "万元"],
  ] as const)("%s", (raw, op, value, unit) => {
    expect(parseValue(raw)).toMatchObject({ kind: "numeric", op, value, unit });
  });
  it("dates with a day and a bound", () => {
    expect(parseValue("2024年12月31日前")).toMatchObject({ kind: "date", date: { year: 2024, month: 12, day: 31, bound: "by" } });
    expect(parseValue("2023.8-2024.3")).toMatchObject({
      kind: "period",
      date: { year: 2023, month: 8 },
      dateEnd: { year: 2024, month: 3 },
    });
  });
});

describe("template residue named in DOMAIN.md (not corpus cells)", () => {
  it("instruction examples left in a value cell are placeholders", () => {
    expect(parseValue("≤1万元/台(万元/辆等)")).toMatchObject({ kind: "placeholder", placeholder: "template-example" });
    expect(parseValue("合格XX型号等")).toMatchObject({ kind: "placeholder", placeholder: "xx" });
  });
});

describe("a ratio written in words (invented values; dev-19's 编校差错率 ≤万分之一 was read as a word)", () => {
  it.each([
    ["≤万分之一", "<=", 0.01],
    ["≤千分之三", "<=", 0.3],
    ["≥百分之九十五", ">=", 95],
    ["≤千分之2.5", "<=", 0.25],
  ] as const)("%s is a percentage", (raw, op, value) => {
    expect(parseValue(raw)).toMatchObject({ kind: "numeric", op, value, unit: "%", dimension: "percent" });
  });
  it("words around it keep it qualitative ('差错率控制在万分之一以内' is a sentence)", () => {
    expect(parseValue("差错率控制在万分之一以内").kind).not.toBe("numeric");
  });
});
