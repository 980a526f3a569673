/**
 * One parser for every indicator value string: comparator + number + unit, dates and periods,
 * qualitative words, and the kinds empty / placeholder.
 *
 * parseValue("≥95%")          → {kind:"numeric", op:">=", value:95, unit:"%"}
 * parseValue("不超过679.63万元") → {kind:"numeric", op:"<=", value:679.63, unit:"万元", base:6796300}
 * parseValue("2024年底")       → {kind:"date", date:{year:2024, month:12, bound:"end"}}
 * parseValue("=个")            → {kind:"placeholder", placeholder:"unit-without-number"}
 */
import type { Comparator, DateValue, UnitDimension, Value } from "../model/types.js";
import type { Loc } from "../model/loc.js";
import { UNITS, lookupUnit } from "./units.js";
import { detach } from "../model/strings.js";

const FULLWIDTH_DIGITS = /[０-９．％＋－]/g;

/** NFKC-like folding of the characters that matter for values; keeps Chinese text intact. */
export function foldValueText(s: string): string {
  return s
    .replace(FULLWIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, " ")
    .replace(/，/g, ",")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/～|〜/g, "~")
    .replace(/—|–|－/g, "-")
    .trim();
}

const COMPARATOR_SYMBOLS: [RegExp, Comparator][] = [
  [/^(≥|≧|>=|＞=|⩾)/, ">="],
  [/^(≤|≦|<=|＜=|⩽)/, "<="],
  [/^(>|＞)/, ">"],
  [/^(<|＜)/, "<"],
  [/^(=|＝|==)/, "="],
  [/^(≈|约)/, "~"],
];

/** words before a number: 不低于95%, 不超过50万元, 达到, 大于 … */
const PREFIX_WORDS: [RegExp, Comparator][] = [
  [/^(不低于|不少于|不小于|大于等于|大于或等于|至少|最少|达到|达|超过或等于)/, ">="],
  [/^(不高于|不超过|不多于|不大于|小于等于|小于或等于|最多|控制在|低于或等于)/, "<="],
  [/^(大于|高于|多于|超过)/, ">"],
  [/^(小于|低于|少于)/, "<"],
  [/^(等于)/, "="],
];

/** words after a number: 95%以上, 10万元以内 … */
const SUFFIX_WORDS: [RegExp, Comparator][] = [
  [/(以上|及以上|或以上|之上)$/, ">="],
  [/(以下|及以下|或以下|以内|之内|内)$/, "<="],
];

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** "十二" → 12, "五十" → 50, "一百二十" → 120, "三" → 3; null when not a Chinese numeral */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else {
      const u = CN_UNITS[ch];
      if (u === 10000) {
        section = (section + digit) * u;
        total += section;
        section = 0;
      } else {
        section += (digit === 0 && u === 10 ? 1 : digit) * u;
      }
      digit = 0;
    }
  }
  return total + section + digit;
}

/**
 * Parse a number as it appears in the corpus: "3, 778, 389. 4", "1,144,629.25", "1.92", "５０",
 * "1 1566.21" (a broken number: returns null; see `isBrokenNumber`).
 */
export function parseNumber(s: string): number | null {
  let t = foldValueText(s);
  // spaces after a thousands comma or around a decimal point come from PDF extraction
  t = t.replace(/,\s+(?=\d)/g, ",").replace(/(\d)\s*\.\s*(\d)/g, "$1.$2");
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^[+-]?\.\d+$/.test(t)) return Number(t);
  const cn = parseChineseNumeral(t);
  return cn;
}

/** "1 1566.21" — digits separated by a space inside what should be one number */
export function isBrokenNumber(s: string): boolean {
  return /(^|[^\d,.])\d{1,3} (\d{3,}|0\d+)(\.\d+)?(?![\d])/.test(foldValueText(s));
}

const NUMBER_RE = String.raw`[+-]?(?:\d{1,3}(?:,\s?\d{3})+|\d+)(?:\s?\.\s?\d+)?`;

/** qualitative vocabulary: canonical word → variants (matched as substrings, first entry wins) */
const QUALITATIVE: [string, RegExp][] = [
  ["提升", /提升|提高|增强|加强|改善|优化|促进|增加|上升|增长/],
  ["下降", /下降|降低|减少|减轻/],
  ["保障", /保障|保证|确保|保持|维持|维护/],
  ["达标", /达标|合格|符合|达到.*(标准|要求)|满足/],
  ["完成", /完成|完工|实现|落实|达成/],
  ["满意", /满意/],
  ["及时", /及时|按时|准时|按期/],
  ["有效", /有效|显著|明显|良好|较好|持续|稳定|正常|规范|安全|效果/],
];

/** placeholder residue that is never a value */
const PLACEHOLDER_PATTERNS: [RegExp, string][] = [
  [/^[*＊]+$/, "asterisks"],
  [/^[_＿]+$/, "underscores"],
  [/^[-—–－/／\\.…、。]+$/, "dashes"],
  [/^(x|X|×|xx|XX|ｘ|Ｘ)+\s*(%|％)?$/, "xx"],
  [/^[≥≤><=≧≦＞＜＝]\s*[a-zA-Z]{1,3}$/, "comparator-without-number"],
  [/^(指标\s*\d*\s*[:：]?)$/, "template-label"],
  // the form's own instruction left in place: "≤1万元/台(万元/辆等)", "合格XX型号等"
  [/[(（][^)）]*[/、][^)）]*等[)）]\s*$/, "template-example"],
];

/**
 * a dummy standing where the number goes, after the comparator: "≥X%", "x个", "≥*个", "-%", "≥__%",
 * "≥※%" — a mark the template or the filler left, followed by nothing or by a unit only
 */
const DUMMY_NUMBER = /^(?:[xX×ｘＸ*＊_＿※○□？?]+|[-—–－]+)\s*(?!.*\d)(.*)$/u;

/** a number (digits or a Chinese numeral followed by more text) must follow a comparator word */
const NUMBER_AHEAD = /^\s*([+-]?\d|[.．]\d|[零〇一二两三四五六七八九十百千万]+\s*[^\s零〇一二两三四五六七八九十百千万])/;

function detectComparator(t: string): { op: Comparator | null; rest: string } {
  for (const [re, op] of COMPARATOR_SYMBOLS) {
    const m = re.exec(t);
    if (m) return { op, rest: t.slice(m[0].length).trim() };
  }
  for (const [re, op] of PREFIX_WORDS) {
    const m = re.exec(t);
    // "达成预期指标" is not "≥ 成预期指标": a word counts as a comparator only before a number
    if (m && NUMBER_AHEAD.test(t.slice(m[0].length))) return { op, rest: t.slice(m[0].length).trim() };
  }
  return { op: null, rest: t };
}

/** a change word before a number: "提高5%", "提高 98%", "下降10%" */
const DIRECTION: [RegExp, string][] = [
  [/^(提高|提升|增长|增加|上升|增幅)(了|到|至)?/, "提升"],
  [/^(下降|降低|减少|缩短|缩减|降幅)(了|到|至)?/, "下降"],
];

const DATE_RE =
  /^(?:(?<y>(?:19|20)\d{2})\s*年(?:度)?)?\s*(?:(?<m>1[0-2]|0?[1-9])\s*月(?:份)?)?\s*(?:(?<d>[12]\d|3[01]|0?[1-9])\s*[日号])?\s*(?<b>底前|年底前|年底|年末|底|末|前|之前|以前|内|以内|之内|上半年|下半年|前完成|内完成|完成|止|起|开始)?$/;

function parseDatePart(t: string): DateValue | null {
  const s = t.replace(/\s+/g, "");
  // 2024.12, 2024-12-31, 2024/12/31
  let m = /^((?:19|20)\d{2})[./-](1[0-2]|0?[1-9])(?:[./-]([12]\d|3[01]|0?[1-9]))?(前|之前|以前|底|末)?$/.exec(s);
  if (m) {
    const d: DateValue = { year: +m[1], month: +m[2] };
    if (m[3]) d.day = +m[3];
    d.bound = boundOf(m[4]);
    return d;
  }
  m = DATE_RE.exec(s);
  if (m && m.groups && (m.groups.y || m.groups.m)) {
    const g = m.groups;
    if (!g.y) return null; // a bare month is a period, not a date
    const d: DateValue = { year: +g.y };
    if (g.m) d.month = +g.m;
    if (g.d) d.day = +g.d;
    const b = g.b ?? "";
    if (/底|末/.test(b)) {
      d.bound = "end";
      if (!d.month) d.month = 12;
    } else if (/前/.test(b)) d.bound = "by";
    else if (/内/.test(b)) d.bound = "within";
    else if (/起|开始/.test(b)) d.bound = "start";
    else if (/上半年/.test(b)) {
      d.bound = "by";
      d.month = 6;
    } else if (/下半年/.test(b)) {
      d.bound = "by";
      d.month = 12;
    } else d.bound = "at";
    return d;
  }
  return null;
}

function boundOf(s: string | undefined): DateValue["bound"] {
  if (!s) return "at";
  if (/底|末/.test(s)) return "end";
  if (/前/.test(s)) return "by";
  return "at";
}

/** one side of a date range, where a bare year ("2025") is a year */
function parseRangeSide(t: string): DateValue | null {
  const s = t.replace(/\s+/g, "");
  if (/^(19|20)\d{2}$/.test(s)) return { year: +s, bound: "at" };
  return parseDatePart(s);
}

/** the start of a range cut before its year: "11月", "年7月" ("2023年7月" cut at the left), "11月1日" */
const YEARLESS_START = /^年?\s*(1[0-2]|0?[1-9])\s*月\s*((3[01]|[12]\d|0?[1-9])\s*[日号])?$/;
/** the end of a range, possibly cut: "2025", "2024年6月", "12" (a cut "12月31日") */
const RANGE_END = /^((19|20)\d{2}(\s*年.*|[./-]\d{1,2}.*)?|(1[0-2]|0?[1-9])(\s*月.*)?)$/;

const PERIOD_WORDS =
  /^(按月|按季|按季度|按年|按周|按日|按天|每月|每季度?|每年|每周|每日|每天|全年|年度内|当年度?|本年度?|长期|常年|实时|即时|随时|定期|按需|按照?进度|按合同约定?|按计划|项目期内|项目实施期内?|[1-9一二三四]季度|上半年|下半年|年内|月底前?|年底前?|年末)$/;
/** a frequency or period word followed by a short action: "按月发放", "每月25日前发工资", "年底完成" */
const PERIOD_PREFIX = /^(按月|按季度?|按年|按周|按日|按天|每月|每季度?|每年|每周|每日|每天|全年|年度内|年内|年底|年末|月底|当年|本年度?)(?![度化]?[≥≤<>=])/;

const UNIT_ALONE_MAX = 5;

/**
 * Parse one value cell. Never throws; unknown text becomes "qualitative" with `value: null`.
 * Pass `context` "actual" for 实际完成值 so that "达成预期指标" is classed a placeholder there.
 * Text doubled by copy-paste ("正常正常", "2022年前2022年前") is read as one copy; `raw` keeps both
 * (rules detect the doubling).
 */
export function parseValue(raw: string | null | undefined, loc?: Loc, context: "target" | "actual" = "target"): Value {
  const source = raw ?? "";
  // one map per context, so that a look-up hashes the text itself, not a prefixed copy made per call
  const cache = context === "actual" ? CACHE_ACTUAL : CACHE;
  let v = cache.get(source);
  if (!v) {
    // parsed from a copy, kept under a copy: the cell text is a slice of its file's text, and the
    // cached value (its raw text, unit, words) must not keep that file alive
    const own = detach(source);
    v = freezeValue(parseUncached(own, context));
    if (CACHE.size + CACHE_ACTUAL.size >= CACHE_LIMIT) {
      CACHE.clear();
      CACHE_ACTUAL.clear();
    }
    cache.set(own, v);
  }
  // the cached value is frozen (nested dates too) and shared, never copied on a hit: without a
  // loc it is returned as is (read-only); with one, a shallow copy carries the caller's loc
  return loc ? { ...v, loc } : v;
}

/** Memo of parsed values: recognisers ask about the same cell text many times while aligning. */
const CACHE = new Map<string, Value>();
const CACHE_ACTUAL = new Map<string, Value>();
const CACHE_LIMIT = 50_000;

function freezeValue(v: Value): Value {
  if (v.date) Object.freeze(v.date);
  if (v.dateEnd) Object.freeze(v.dateEnd);
  return Object.freeze(v);
}

function parseUncached(source: string, context: "target" | "actual"): Value {
  const base: Value = { raw: source, kind: "empty", op: null, value: null, unit: null };
  const t = foldValueText(source);
  if (t === "") return base;
  try {
    return parseFolded(t, base, context);
  } catch {
    return { ...base, kind: "qualitative", qualitative: null };
  }
}

function undouble(t: string): string {
  const c = t.replace(/\s+/g, "");
  if (c.length >= 4 && c.length % 2 === 0 && c.slice(0, c.length / 2) === c.slice(c.length / 2)) return c.slice(0, c.length / 2);
  return t;
}

function parseFolded(folded: string, base: Value, context: "target" | "actual"): Value {
  const t = undouble(folded);

  for (const [re, why] of PLACEHOLDER_PATTERNS) {
    if (re.test(t)) return { ...base, kind: "placeholder", placeholder: why };
  }
  if (/[xX×ｘＸ]{2,}|[*＊]{2,}/.test(t)) return { ...base, kind: "placeholder", placeholder: "xx" };
  if (context === "actual" && /^(达成|达到|完成|实现)(预期|年度)?(指标|目标)(值)?$/.test(t)) {
    return { ...base, kind: "placeholder", placeholder: "generic-actual" };
  }

  const { op: prefixOp, rest } = detectComparator(t);
  let op = prefixOp;
  let body = rest;
  if (op && body === "") return { ...base, kind: "placeholder", op, placeholder: "comparator-without-number" };
  const dummy = DUMMY_NUMBER.exec(body);
  if (dummy && (dummy[1] === "" ? !!op : dummy[1].length <= UNIT_ALONE_MAX && !!lookupUnit(dummy[1]))) {
    return { ...base, kind: "placeholder", op, unit: lookupUnit(dummy[1])?.unit ?? null, placeholder: "xx" };
  }

  // "提高5%": a direction word, then the number
  let direction: string | null = null;
  if (!op) {
    for (const [re, canon] of DIRECTION) {
      const m = re.exec(body);
      if (!m) continue;
      const after = body.slice(m[0].length).trim();
      if (NUMBER_AHEAD.test(after) || (after && lookupUnit(after) && after.length <= UNIT_ALONE_MAX)) {
        direction = canon;
        body = after;
      }
      break;
    }
  }

  // a unit with no number: "=个", "≥%", "提高%"
  const aloneUnit = body.length <= UNIT_ALONE_MAX && !/\d/.test(body) ? lookupUnit(body) : null;
  if (aloneUnit && (op || direction || body.length <= 2)) {
    return { ...base, kind: "placeholder", op, unit: aloneUnit.unit, placeholder: "unit-without-number" };
  }

  // suffix words: 95%以上, 10万元以内
  if (!op) {
    for (const [re, sop] of SUFFIX_WORDS) {
      if (re.test(body) && new RegExp(`^${NUMBER_RE}`).test(body)) {
        op = sop;
        body = body.replace(re, "").trim();
        break;
      }
    }
  }

  // dates and date ranges
  const date = parseDatePart(body);
  if (date) return { ...base, kind: "date", op, date, dimension: "time" };
  const range = /^(.+?)\s*(?:-|~|至|到)\s*(.+)$/.exec(body);
  if (range) {
    const d1 = parseDatePart(range[1]);
    const d2 = parseRangeSide(range[2]) ?? (d1 ? parseDatePart(`${d1.year}年${range[2]}`) : null);
    if (d1 && d2) return { ...base, kind: "period", op, date: d1, dateEnd: d2, dimension: "time" };
    if (!d1 && YEARLESS_START.test(range[1].trim()) && RANGE_END.test(range[2].trim())) {
      // a range cut at its start or end ("11月至2025", "年7月至2024", "11月1日至12")
      const v: Value = { ...base, kind: "period", op, dimension: "time", date: null, dateEnd: d2 };
      return v;
    }
  }

  // a number broken by a space: "1 1566.21平方米", "86 00米" (no number goes on with a leading 0)
  const broken = new RegExp(String.raw`^(\d{1,3}) ((?:\d{3,}|0\d+)(?:\.\d+)?)\s*(.*)$`).exec(body);
  if (broken && !/^,/.test(broken[2])) {
    const unit = lookupUnit(broken[3]);
    return {
      ...base,
      kind: "numeric",
      op,
      value: null,
      unit: unit?.unit ?? (broken[3] || null),
      dimension: unit?.dimension ?? null,
      base: null,
      broken: true,
    };
  }

  // comparator + number + unit (+ range upper bound)
  const numMatch = new RegExp(`^(${NUMBER_RE})\\s*(.*)$`).exec(body);
  if (numMatch) {
    const n = parseNumber(numMatch[1]);
    let unitText = numMatch[2].trim();
    let upper: number | null = null;
    // "300天-350天", "90%-95%", "5-10人"
    const rangeUpper = new RegExp(`^(\\D{0,6}?)\\s*(?:-|~|至|到)\\s*(${NUMBER_RE})\\s*(.*)$`).exec(unitText);
    if (rangeUpper && (!rangeUpper[1] || !rangeUpper[3] || rangeUpper[1].trim() === rangeUpper[3].trim())) {
      upper = parseNumber(rangeUpper[2]);
      unitText = (rangeUpper[3] || rangeUpper[1]).trim();
    }
    // "50余人", "30多天": more than the number
    const more = /^(余|多)\s*(.*)$/.exec(unitText);
    if (more) {
      if (!op) op = ">";
      unitText = more[2].trim();
    }
    if (!op) {
      for (const [re, sop] of SUFFIX_WORDS) {
        if (re.test(unitText)) {
          op = sop;
          unitText = unitText.replace(re, "").trim();
          break;
        }
      }
    }
    const unit = lookupUnit(unitText);
    if (n !== null && (unit || unitText === "")) {
      const v: Value = { ...base, kind: "numeric", op, value: n, unit: unit?.unit ?? null };
      v.dimension = unit?.dimension ?? null;
      v.base = unit ? round(n * unit.scale) : n;
      if (upper !== null) v.upper = upper;
      if (direction) v.qualitative = direction;
      return v;
    }
    if (n !== null && unitText.length <= 8 && !/[，,。；;\d]/.test(unitText) && !PERIOD_PREFIX.test(unitText)) {
      // a number with an unknown short unit ("3项或类"): keep it numeric
      const v: Value = { ...base, kind: "numeric", op, value: n, unit: unitText, dimension: "other", base: n };
      if (upper !== null) v.upper = upper;
      if (direction) v.qualitative = direction;
      return v;
    }
  }

  // a ratio written in words ("万分之一", "千分之三", "百分之九十五", "千分之2.5"): a percentage (0.01%,
  // 0.3%, 95%, 0.25%), as 编校差错率 and other rates of rare events are commonly stated
  const frac = /^(百|千|万)分之([零〇一二两三四五六七八九十百千万]+|\d+(?:\.\d+)?)$/.exec(body);
  if (frac) {
    const n = parseNumber(frac[2]);
    if (n !== null) {
      const pct = round((n * 100) / (frac[1] === "百" ? 100 : frac[1] === "千" ? 1000 : 10000));
      return { ...base, kind: "numeric", op, value: pct, unit: "%", dimension: "percent", base: pct };
    }
  }

  // Chinese numerals with a unit: 三个, 十二次, 五十类
  const cn = /^([零〇一二两三四五六七八九十百千万]+)\s*(.{1,4})$/.exec(body);
  if (cn) {
    const n = parseChineseNumeral(cn[1]);
    const unit = lookupUnit(cn[2]);
    if (n !== null && unit) {
      return { ...base, kind: "numeric", op, value: n, unit: unit.unit, dimension: unit.dimension, base: round(n * unit.scale) };
    }
  }

  if (PERIOD_WORDS.test(body) || (PERIOD_PREFIX.test(body) && body.length <= 16)) {
    return { ...base, kind: "period", op, dimension: "time", qualitative: body };
  }

  for (const [canon, re] of QUALITATIVE) {
    if (re.test(body)) return { ...base, kind: "qualitative", op, qualitative: canon };
  }
  return { ...base, kind: "qualitative", op, qualitative: null };
}

/** float noise from scaling (1.92 × 1e4) */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** true if the value carries a usable number */
export function isQuantitative(v: Value | null | undefined): boolean {
  return !!v && v.kind === "numeric" && v.value !== null;
}

export { UNITS };
export type { UnitDimension };
