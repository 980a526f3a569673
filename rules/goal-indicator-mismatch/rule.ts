/**
 * goal-indicator-mismatch: a count stated in the goal ("实有 326 名辅警") differing from the
 * 数量指标 that counts the same thing ("补助辅警实有人数 253人"). Matched by the counted noun (it must
 * appear in the indicator's name) and a compatible unit (persons against person-times — "培训教师200人次"
 * against "培训人数 150人" — is a warning: the same work counted two ways); conservative: a noun the goal counts with
 * two different numbers, comparators that allow the difference (≥, ≤) and years are left alone.
 * Also (checklist item 6): a unit cost times the quantity it is paid for above the form's funds
 * ("≤1500元/人·月" × "=36名" × 12 months on 48万元), and a one-year project's overview naming other money.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";
import { details, fundsFor, isOneYear } from "../../src/engine/services/project.js";
import { hanPairs } from "../../src/engine/services.js";

const YUAN: Record<string, number> = { 元: 1, 万元: 1e4 };
/** what the overview says the project needs: "共需…377.83894万元", "需申请100万元", "补助3110220元" */
const OVERVIEW_SUM = /(共需|需要|需|申请|所需|总计|共计|合计|总额|预算|补助|费用)[^，,。；;0-9]{0,10}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/gu;
/** what a goal says the project is given: "安排资金10万元", "申请经费8万元", "总投入资金18.6万元" — the whole money, not a
 *  standard paid on each ("每人5000元", "补助标准300元"): only words that allocate, and no 每/标准/人均 between;
 *  nor a part ("其中安排培训经费2万元", "用于…安排…") */
const GOAL_SUM = /(?<!(?:其中|用于|部分)[^，,。；;]{0,8})(安排|申请|共需|所需|总计|共计|合计|总投入|总额)(?:[^，,。；;0-9每均准]{0,6}?)(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/gu;

/**
 * The sums of money the 项目概况 of a one-year project names that match none of the form's funds
 * totals (10% tolerance): the overview copied from another year or another project. Returns the
 * first such sum, or null (also when one of the stated sums does match: the overview then explains
 * a part and the whole).
 */
function overviewSum(form: Form, text: string, pattern: RegExp = OVERVIEW_SUM): { raw: string; value: number } | null {
  const f = form.funds;
  const scale = f.unit ? YUAN[f.unit] : undefined;
  if (!scale) return null;
  const totals = [f.annualTotal, f.periodTotal, f.planned, f.adjusted, f.declared].filter((x): x is number => isNum(x) && x > 0).map((x) => x * scale);
  if (!totals.length) return null;
  let first: { raw: string; value: number } | null = null;
  for (const m of text.matchAll(pattern)) {
    const yuan = Number(m[2].replace(/,/gu, "")) * YUAN[m[3]];
    if (!(yuan > 0)) continue;
    if (totals.some((t) => Math.abs(yuan - t) <= 0.1 * t)) return null;
    first ??= { raw: `${m[2]}${m[3]}`, value: yuan };
  }
  return first;
}

/** a unit cost's unit: money per one thing, by the month or the year ("元/人·月", "万元/人·年", "万元/个") */
const UNIT_COST_UNIT = /^(万元|元)\/([^/·・.]{1,4})(?:[·・.](年|月))?$/u;
/** a cost per a stretch of time or per occasion, which no quantity counts */
const PER_TIME = /^(年|月|日|天|次|小时|季度?|周|期)$/u;
/** how far a unit cost times its quantity may exceed the funds (rounding, a standard set a little high) */
const UNIT_COST_SLACK = 0.1;
/** beyond this many times the funds, the quantity is evidently not what the money buys */
const UNIT_COST_FAR = 3;

/** how far an indicator's floor may lie below the goal's exact count and still be a cautious target */
const FLOOR_SLACK = 0.1;

/** the units of counts (rules/lexicons/count-units*.yml): all of them, those counting persons, and
 *  measures written after what they measure */
export interface Units {
  all: string[];
  person: Set<string>;
  measure: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** a unit with its alternative classifier in brackets ("头（只）" for animals counted by head or by piece,
 *  "件（套）") is the unit before the brackets, whichever side writes the alternative */
function bareUnit(u: Units, x: string): string {
  const m = /^(.+?)\s*[（(]\s*([^）)]{1,3}?)\s*[）)]$/u.exec(x.trim());
  return m && u.all.includes(m[2]) ? m[1] : x.trim();
}

function sameUnit(u: Units, a: string, b: string): boolean {
  const [x, y] = [bareUnit(u, a), bareUnit(u, b)];
  return x === y || (u.person.has(x) && u.person.has(y));
}

/** persons and person-times ("培训教师200人次" against "培训人数 150人"): one family, not one unit */
function sameFamily(u: Units, a: string, b: string): boolean {
  const person = (x: string) => u.person.has(bareUnit(u, x)) || bareUnit(u, x) === "人次";
  return sameUnit(u, a, b) || (person(a) && person(b));
}

/**
 * A goal's count in the indicator's scale: "1.2万株" against "≥10000株" is 12000 株, "3000人" against
 * "≥0.25万人" is 0.3 万人 — the same unit written in ten thousands on one side only. The count itself when
 * both write the same scale; null when the units are of no one family.
 */
function inUnitOf(u: Units, c: GoalCount, vUnit: string): GoalCount | null {
  if (sameFamily(u, vUnit, c.unit)) return c;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  if (c.unit.startsWith("万") && !vUnit.startsWith("万") && sameFamily(u, vUnit, c.unit.slice(1))) return { ...c, value: round(c.value * 1e4), unit: vUnit };
  if (vUnit.startsWith("万") && !c.unit.startsWith("万") && sameFamily(u, vUnit.slice(1), c.unit)) return { ...c, value: round(c.value / 1e4), unit: vUnit };
  return null;
}

interface GoalCount {
  value: number;
  unit: string;
  /** the goal states a floor ("不少于21.5万人", "120场以上"), not an exact count */
  floor: boolean;
  /** an approximate or per-unit figure ("约18吨", "日均转运量约18吨", "户均2亩"): not a promise of a total */
  approximate: boolean;
  /** a count per period, per head or for each thing named ("每季度…1次", "户均2亩", "各配置1套"): compared with no
   *  yearly indicator */
  perPeriod: boolean;
  /** the count is the last item of a list of named things ("县图书馆、文化馆和18个乡镇综合文化站"): a part of
   *  what a row may count in all (20 场馆) */
  listed?: boolean;
  /** which clause of the text (split at ，；。) the count stands in: counts of one clause may be the parts of one list */
  clause?: number;
  /** the words around the count: what it counts ("2135 名…扶助对象", "高标准农田 2 万亩") */
  context: string;
  text: string;
}


/** a goal's count stated as a floor: "不少于21.5万人", "至少 3 所", "120场以上" */
const FLOOR_BEFORE = /(不少于|不低于|至少|≥|>=)\s*$/u;
const FLOOR_AFTER = /^\s*(以上|及以上)/u;

/** before a count: an approximation or an average per day, week, month, quarter, year, person or
 *  household ("每季度轮换图书1次" is four a year, not one) */
const APPROXIMATE_BEFORE = /(约|大约|近|日均|周均|月均|季均|年均|人均|户均|平均|每(?:[天日周旬月年人户]|季度?|半年))[\u4e00-\u9fa5]{0,6}$/u;

/** before a count: a rate per day, week, month, quarter, person or household ("每季度轮换图书1次",
 *  "户均2亩"), or per any one thing ("每个社区配备1名", "每所学校安装2台", "每次培训50人"), never the year's total
 *  whatever the indicator's comparator (每年: a year is its own period) */
const PER_PERIOD_BEFORE = /(日均|周均|月均|季均|人均|户均|每(?!年)\p{Script=Han})[\u4e00-\u9fa5]{0,6}$/u;
/** before a count: a number of things, then 各 and at most a two-character verb — a count for each of them ("3台锅炉各
 *  配置1套监测系统" is one set per boiler, three in all), never the total; 各 naming no number of things ("组织各乡镇
 *  120名网格员") may count them all */
const EACH_BEFORE = /\d[^，,。；;、\d]{0,12}各[\u4e00-\u9fa5]{0,2}$/u;

/** how closely a name matches the words around a goal's count: the character pairs of those words it carries */
function closeness(context: string, name: string): number {
  const p = hanPairs(name);
  let n = 0;
  for (const part of context.split("|")) for (const q of hanPairs(part)) if (p.has(q)) n++;
  return n;
}

/** a 数量 indicator counting the same thing that carries exactly the goal's count: the goal agrees with
 *  the form, and a second row with another value is a duplicate (duplicate-indicator's finding) */
function goalMetElsewhere(u: Units, form: Form, c: GoalCount, except: Indicator): boolean {
  // every count in units, not ten thousands ("1.8万人" is 18000 人): a row may write the goal's count in the other scale
  const goal = plain(u, c.value, c.unit);
  const counting = (o: Indicator) => [o.target, o.annualTarget].map((v) => (v?.kind === "numeric" && isNum(v.value) && !!v.unit ? plain(u, v.value, v.unit) : null)).find((p) => !!p && sameFamily(u, p.unit, goal.unit));
  const rows = form.indicators.filter((o) => (o.level2 ?? "").includes("数量") && counting(o) && sharedNoun(c.context, o.name) !== null);
  // …a row that carries it in the goal's own unit where this one counts in another of its family (资助学生1200人次:
  // 免学费资助人数 ≥1200人次, not 助学金 ≥380人), or that names what is counted at least as closely as this one does —
  // "电视节目365期、广播新闻节目365期" against 电视新闻节目制作期数 ≥300期 is not met by 广播新闻节目制作期数 ≥365期,
  // which shares only 节目 with the first count's words
  const own = closeness(c.context, except.name);
  const inGoalUnit = (o: Indicator) => sameUnit(u, counting(o)?.unit ?? "", goal.unit);
  if (rows.some((o) => o !== except && counting(o)!.value === goal.value && ((inGoalUnit(o) && !inGoalUnit(except)) || closeness(c.context, o.name) >= own))) return true;
  // the goal's count is the total of its parts ("资助寄宿生2520人": 小学 ≥1176人 + 初中 ≥1344人)
  const sum = rows.reduce((t, o) => t + counting(o)!.value, 0);
  return rows.length > 1 && Math.abs(sum - goal.value) <= 1e-6 * Math.max(1, goal.value);
}

/** a count in units rather than ten thousands: "1.8万人" is 18000 人, "2万亩" 20000 亩; others as written */
function plain(u: Units, value: number, unit: string): { value: number; unit: string } {
  return unit.startsWith("万") && u.all.includes(unit.slice(1)) ? { value: Math.round(value * 1e4 * 1e6) / 1e6, unit: unit.slice(1) } : { value, unit };
}

/** the Chinese character pairs of a text (punctuation and digits break a pair), shared per distinct text */
const pairs = hanPairs;

/** the least number of the project name's character pairs a goal must carry to be about its project */
const MIN_ABOUT = 3;

/** the indicator is listed again under the same name with the goal's count (新增造林面积 ≥3000亩 and ≥3500亩) */
function listedTwice(form: Form, ind: Indicator, value: number): boolean {
  return form.indicators.some((o) => o !== ind && o.name.trim() === ind.name.trim() && [o.target, o.annualTarget].some((v) => v?.kind === "numeric" && v.value === value));
}

/** words that say nothing about what is counted */
const GENERIC = /^(数量|人数|个数|次数|全县|全市|全区|县级|完成|实现|确保|保障|提高|提升|开展|年度|本年|全年|新建|新增|改造|建设|项目|工作)$/;

/** a goal's counts' pattern, compiled once per set of units (matchAll works on a copy: the one regex is shared) */
const COUNT_RE = new WeakMap<Units, RegExp>();

export function goalCounts(text: string, u: Units): GoalCount[] {
  const out: GoalCount[] = [];
  // "21.5万人": a count in ten thousands keeps 万 in its unit, as the indicator's value does ("≥20.5万人");
  // longer units first ("人次" before "人")
  let re = COUNT_RE.get(u);
  if (!re) {
    const alternatives = [...u.all].sort((a, b) => b.length - a.length).map(escape).join("|");
    // an alternative classifier in brackets ("1.5万头（只）") belongs to the count, not to what it counts
    COUNT_RE.set(u, (re = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万?(?:${alternatives}))(?:\\s*[（(](?:${alternatives})[）)])?`, "gu")));
  }
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    if (!Number.isFinite(value)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // the Chinese run after the unit (what is counted: "名符合条件的…对象") and before the number ("新建高标准农田")
    // "120场以上的培训" — 以上 says how many, not what
    const after = (/^[\u4e00-\u9fa5]{1,24}/u.exec(text.slice(end))?.[0] ?? "").replace(/^及?以上的?/u, "");
    const before = /[\u4e00-\u9fa5]{1,12}$/u.exec(text.slice(0, start).replace(/\s+$/, ""))?.[0] ?? "";
    // "20" in "2024年" or "12" in "12月" is not a count
    if (/^[年月日]/.test(text.slice(end - 1))) continue;
    // a classifier counts what follows it ("326 名辅警"); a measure follows what it measures ("农田 2 万亩")
    const measure = u.measure.has(m[2].replace(/^万(?!亩)/u, ""));
    const floor = FLOOR_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || FLOOR_AFTER.test(text.slice(end));
    // a classifier counts what follows it ("326 名辅警"), or, when nothing follows ("完成改厕320户，"),
    // what stands before it
    const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || /^\s*(左右|上下)/u.test(text.slice(end));
    const perPeriod = PER_PERIOD_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || EACH_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const listed = /[\u4e00-\u9fa5]{2}(、|和|及|以及|与)\s*$/u.test(text.slice(Math.max(0, start - 12), start));
    const clause = (text.slice(0, start).match(/[，,；;。！!]/gu) ?? []).length;
    out.push({ value, unit: m[2], floor, approximate, perPeriod, listed, clause, context: measure || after.length < 2 ? `${before}|${after}` : after, text: m[0] });
  }
  return out;
}

/** "326名辅警", "2135名…奖励扶助", "新建高标准农田2万亩": the count with the words it counts */
function describe(c: GoalCount, noun: string): string {
  const count = c.text.replace(/\s+/g, "");
  const [before, after] = c.context.includes("|") ? c.context.split("|") : ["", c.context];
  if (after.startsWith(noun)) return count + noun;
  if (after.includes(noun)) return `${count}…${noun}`;
  if (before.endsWith(noun)) return noun + count;
  return `${noun}…${count}`;
}

/** the longest substring (≥ 2 characters, not a generic word) shared by the goal's context and the name */
function sharedNoun(context: string, name: string): string | null {
  let best: string | null = null;
  for (const part of context.split("|")) {
    for (let i = 0; i < part.length; i++) {
      for (let j = part.length; j - i >= 2 && (!best || j - i > best.length); j--) {
        const sub = part.slice(i, j);
        if (name.includes(sub) && !GENERIC.test(sub)) {
          best = sub;
          break;
        }
      }
    }
  }
  return best;
}

/** the longest run of Chinese characters (≥ 2, not a generic word) two names share */
function commonNoun(a: string, b: string): { at: number; bt: number; text: string } | null {
  let best: { at: number; bt: number; text: string } | null = null;
  for (let i = 0; i < a.length; i++) {
    for (let j = a.length; j - i >= 2 && (!best || j - i > best.text.length); j--) {
      const sub = a.slice(i, j);
      if (!/^[\u4e00-\u9fa5]+$/u.test(sub) || GENERIC.test(sub)) continue;
      const k = b.indexOf(sub);
      if (k >= 0) {
        best = { at: i, bt: k, text: sub };
        break;
      }
    }
  }
  return best;
}

/**
 * Two names that count one noun but qualify it differently ("刑事案件办案补贴标准" and "办理法律援助案件数"
 * share 案件; 刑事 and 援助 stand before it, neither in the other name): a kind of the thing and another kind
 * or the whole, so a standard paid on the one is no price of the other. A name with nothing before the
 * noun is its whole kind ("护林员补助标准" is paid on every 生态护林员).
 */
function otherKinds(cost: string, quantity: string): boolean {
  const n = commonNoun(cost, quantity);
  if (!n) return false;
  const before = (s: string, at: number) => /[\u4e00-\u9fa5]{2}$/u.exec(s.slice(0, at))?.[0] ?? null;
  const [c, q] = [before(cost, n.at), before(quantity, n.bt)];
  return !!c && !!q && !quantity.includes(c) && !cost.includes(q);
}

/** a deadline a goal sets: "2025年6月底前完成…", "于2024年9月30日前完成…上线部署" — year and month, and a word
 *  saying by when (前, 之前, 以前, 底, 末) */
const GOAL_DEADLINE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|之前|以前)|(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)/gu;
/** any other date in the same clause makes it a schedule of several steps, not one deadline */
const ANY_DATE = /(?:19|20)\d{2}\s*年|\d{1,2}\s*月/gu;

export interface GoalDeadline {
  year: number;
  month: number;
  /** the clause's words around the date, "before|after" ("|完成苗圃灌溉管网维修") */
  context: string;
  /** the date as written */
  text: string;
}

/** The deadlines a goal sets, one per clause: a clause holding one date with a by-word, and no other date. */
export function goalDeadlines(text: string): GoalDeadline[] {
  const out: GoalDeadline[] = [];
  for (const clause of text.split(/[，,。；;！!]/u)) {
    const found = [...clause.matchAll(GOAL_DEADLINE)];
    if (found.length !== 1 || [...clause.matchAll(ANY_DATE)].length > 2) continue;
    const m = found[0];
    const [year, month] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
    if (!(month >= 1 && month <= 12)) continue;
    const at = m.index ?? 0;
    const han = (t: string) => t.replace(/[^\u4e00-\u9fa5]+/gu, "");
    out.push({ year, month, context: `${han(clause.slice(0, at))}|${han(clause.slice(at + m[0].length))}`, text: m[0].replace(/\s+/gu, "") });
  }
  return out;
}

export default defineRule({
  meta: {
    id: "goal-indicator-mismatch",
    category: "inconsistency",
    severity: "error",
    scope: "form",
    title: { zh: "目标中的数量与指标值不一致", en: "Count in the goal differs from the indicator" },
    description: {
      zh: "年度（总体）目标中写明的数量（如“326 名辅警”）与统计同一对象的数量指标（如“补助辅警实有人数 253人”）不一致。两处必有一处填错，按哪个数考核和拨款都说不清。",
      en: "A count stated in the goal differs from the quantity indicator that counts the same thing.",
    },
    messages: {
      mismatch: {
        zh: "目标写“{{goal}}”，数量指标“{{name}}”却是 {{target}}，两者统计同一对象（{{noun}}）但数量不同。",
        en: "The goal says \"{{goal}}\" but the indicator \"{{name}}\" is {{target}}: the same thing ({{noun}}) counted differently.",
      },
      overviewFunds: {
        zh: "项目概况写本项目需要 {{sum}}，本表资金却是 {{funds}}{{unit}}，两者相差较大；项目概况可能照搬了往年或其他项目，应按本年度的资金重写。",
        en: "The project overview names {{sum}}, but the form's funds are {{funds}} {{unit}}: the overview may be copied from another year or project.",
      },
      unmeasured: {
        zh: "目标讲的是“{{project}}”（{{words}}），数量指标（{{names}}）却与目标和项目名称没有一个共同的词，讲的是“{{other}}”，指标考核的不是目标所说的工作，可能整套照搬了该项目。",
        en: "The goal is about \"{{project}}\" ({{words}}), but no quantity indicator ({{names}}) shares a word with the goal or the project name; they are about \"{{other}}\": the indicators measure other work.",
      },
      unitCostOverFunds: {
        zh: "成本指标“{{name}}”{{target}}，按数量指标“{{quantityName}}”{{quantity}}{{months}}计算需 {{product}}万元，超过本表资金 {{funds}}万元；单价、数量和资金三者对不上，应核实。",
        en: "The cost \"{{name}}\" {{target}} times the quantity \"{{quantityName}}\" {{quantity}}{{monthsEn}} comes to {{product}} (10k yuan), above the form's funds of {{funds}}: unit cost, quantity and funds disagree.",
      },
      deadline: {
        zh: "目标写“{{goal}}”，时效指标“{{name}}”却是 {{target}}，同一项工作（{{noun}}）的完成时限前后不一，按哪个时限考核说不清。",
        en: "The goal says \"{{goal}}\" but the timeliness indicator \"{{name}}\" is {{target}}: two deadlines for the same work ({{noun}}).",
      },
      goalFunds: {
        zh: "目标写本项目安排 {{sum}}，本表资金却是 {{funds}}{{unit}}，两个数说的是同一笔钱，应统一。",
        en: "The goal says the project is given {{sum}}, but the form's funds are {{funds}} {{unit}}: two figures for the same money.",
      },
      overviewMismatch: {
        zh: "项目概况写“{{goal}}”，数量指标“{{name}}”却是 {{target}}，两者统计同一对象（{{noun}}）但数量不同。",
        en: "The project overview says \"{{goal}}\" but the indicator \"{{name}}\" is {{target}}: the same thing ({{noun}}) counted differently.",
      },
    },
  },
  create(ctx) {
    const person = ctx.knowledge.lexicon("count-units-person").terms;
    const measure = ctx.knowledge.lexicon("count-units-measure").terms;
    // each unit is listed once, in the one lexicon its kind belongs to; the goal's counts may use any
    const units: Units = {
      all: [...new Set([...ctx.knowledge.lexicon("count-units").terms, ...person, ...measure])],
      person: new Set(person),
      measure: new Set(measure),
    };
    /** the values a goal is compared with: a 年度 goal with the year column (or the only one), a 实施期
     *  goal with the period column; a form with 长期 and 年度 blocks one after the other compares each
     *  goal with its own block only. A form of several years stating both goals over one column of values
     *  (项目总目标 "两年内新建口袋公园12座", 年度绩效目标 "本年度新建6座", 新建口袋公园数量 6座) measures the year with
     *  it: the whole period's goal has no column to be compared with */
    const valuesFor = (form: Form, ind: Indicator, which: "period" | "annual" | "any") => {
      if (which !== "any" && ind.block && ind.block !== which) return [];
      if (which === "annual") return [ind.annualTarget ?? ind.target];
      if (which === "period" && !ind.block && !ind.annualTarget && form.goals.annual?.text && !isOneYear(form, false)) return [];
      if (which === "period") return [ind.target];
      return [ind.target, ind.annualTarget];
    };
    /** checklist item 6: a goal about its project (several words of its name) whose 数量 indicators share no
     *  word with the goal or the name — the indicator set measures another project's work (a 坡耕地治理 goal
     *  over 除险加固小型水库座数 and 新建溢洪道长度) */
    const unmeasured = (form: Form, doc: KpiDocument) => {
      const goal = form.goals.annual?.text ? form.goals.annual : form.goals.period;
      if (!goal?.text || !form.project.name) return;
      const name = pairs(form.project.name);
      const goalPairs = pairs(goal.text);
      const about = [...goalPairs].filter((p) => name.has(p));
      if (about.length < MIN_ABOUT) return;
      const quantity = form.indicators.filter((i) => (i.level2 ?? "").includes("数量") && pairs(i.name).size > 0);
      if (quantity.length < 2) return;
      // words that say nothing about what is counted (新建, 完成, 项目) do not tie an indicator to the goal
      if (quantity.some((i) => [...pairs(i.name)].some((p) => !GENERIC.test(p) && (goalPairs.has(p) || name.has(p))))) return;
      // and they name another project of the document (除险加固小型水库座数 / 小型水库除险加固项目): the set
      // was copied from it — parts of the work the goal leaves unnamed (速裁法庭, 医务室 of a renovation) are not
      const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((p) => b.has(p) && !GENERIC.test(p)).length;
      const other = doc.forms.find((o) => o !== form && !!o.project.name && o.project.name !== form.project.name && quantity.some((i) => shared(pairs(i.name), pairs(o.project.name!)) >= 2));
      if (!other) return;
      ctx.report({
        messageId: "unmeasured",
        severity: "warning",
        form,
        field: form.goals.annual?.text ? "goals.annual" : "goals.period",
        loc: goal.loc,
        evidence: goal.text,
        expected: "与目标所说工作对应的数量指标",
        data: { project: form.project.name, words: about.join("、"), names: quantity.map((i) => i.name).join("、"), other: other.project.name ?? "" },
        related: [{ source: doc.source, line: other.line, loc: other.loc, project: other.project.name, text: other.project.name ?? "", note: "指标所讲的项目" }],
      });
    };
    const check = (form: Form, goalText: string | undefined, reported: Set<Indicator>, messageId = "mismatch", which: "period" | "annual" | "any" = "any") => {
      if (!goalText) return;
      const counts = goalCounts(goalText, units);
      for (const written of counts) {
        // ambiguous: the goal counts the same unit with different numbers around the same words
        if (counts.some((o) => o !== written && o.unit === written.unit && o.context === written.context && o.value !== written.value)) continue;
        if (written.perPeriod) continue;
        for (const ind of form.indicators) {
          if (reported.has(ind) || !(ind.level2 ?? "").includes("数量")) continue;
          const values = valuesFor(form, ind, which);
          // a text compared with both columns (项目概况: it may describe the whole period or the year) agrees with a
          // row that carries its count in either: "2025年计划改造8条路段" against 实施期 ≥20条 and 年度 8条
          if (values.length > 1 && values.some((v) => v?.kind === "numeric" && !!v.unit && !v.broken && inUnitOf(units, written, v.unit)?.value === v.value)) continue;
          for (const v of values) {
            if (!v || v.kind !== "numeric" || !isNum(v.value) || !v.unit || v.broken) continue;
            // the goal's count in the indicator's scale ("1.2万株" against "≥10000株"), as written otherwise
            const c = inUnitOf(units, written, v.unit) ?? written;
            // a floor in the indicator may lie below an exact count of the goal (a cautious target); two
            // floors that differ ("不少于21.5万人" in the goal, "≥20.5万人" in the indicator) contradict
            const floors = c.floor && (v.op === ">=" || v.op === ">");
            // an exact count in the goal ("资助学生1200人") against a floor in the indicator ("≥1000人"):
            // a floor a little below the goal is a cautious target, one far below it (or above it)
            // measures a different promise — a warning to explain, not a proven error
            // A floor above the goal promises more than the goal says even when the same indicator is listed
            // again with the goal's count: the two rows and the goal cannot all hold (新增造林3000亩: ≥3000亩
            // and again ≥3500亩). A row of another name with the goal's count still excuses it (a long-term block).
            const exactGoal = !c.floor && !c.approximate && (v.op === ">=" || v.op === ">");
            const floorAboveGoal = exactGoal && v.value > c.value && listedTwice(form, ind, c.value);
            const floorOffGoal = floorAboveGoal || (exactGoal && (v.value < c.value * (1 - FLOOR_SLACK) || v.value > c.value) && !goalMetElsewhere(units, form, written, ind));
            if (v.op && v.op !== "=" && !floors && !floorOffGoal) continue;
            const exact = sameUnit(units, v.unit, c.unit);
            if (!exact && !sameFamily(units, v.unit, c.unit)) continue;
            const noun = sharedNoun(c.context, ind.name);
            if (!noun) continue;
            if (v.value === c.value) continue;
            // the goal's count is one item of a list of named things ("县图书馆、文化馆和18个乡镇综合文化站"): a row
            // counting more (免费开放场馆数 =20个) counts the whole list
            if (c.listed && v.value > c.value) continue;
            // another 数量 row counting what the goal counts carries its number ("214个行政村应急广播终端" /
            // 维护应急广播终端数 =214个): the goal agrees with the form, and this row counts something that
            // only shares a word with it (乡镇广播电视服务所 =9个)
            if (!floorAboveGoal && goalMetElsewhere(units, form, written, ind)) continue;
            // another count of the goal with this unit matches the indicator: it counts something else
            if (counts.some((o) => o !== written && sameFamily(units, o.unit, v.unit!) && o.value === v.value)) continue;
            // the goal lists items one by one ("超声诊断仪1台、生化分析仪1台") and the indicator counts them all (2台)
            const listed = counts.filter((o) => sameUnit(units, o.unit, v.unit!));
            if (listed.length > 1 && Math.abs(listed.reduce((a, o) => a + o.value, 0) - v.value) < 1e-9) continue;
            // …or one clause of it lists the parts ("全县2个街道、8个乡镇全覆盖") and the row counts the whole (=10个),
            // while other clauses count other things in the same unit
            const parts = listed.filter((o) => o.clause === written.clause);
            if (parts.length > 1 && Math.abs(parts.reduce((a, o) => a + o.value, 0) - v.value) < 1e-9) continue;
            reported.add(ind);
            ctx.report({
              // persons against person-times: the same work counted two ways, to be explained, not proven wrong
              ...(exact && !floors && !floorOffGoal ? {} : { severity: "warning" as const }),
              messageId,
              data: { goal: describe(c, noun), name: ind.name, target: v.raw.trim(), noun },
              form,
              indicator: ind,
              field: v === ind.target ? "target" : "annualTarget",
              evidence: v.raw,
              expected: `${fmt(c.value)}${v.unit}（与目标一致，或修改目标）`,
            });
            break;
          }
        }
      }
    };
    /** checklist item 6: the goal sets a deadline for a piece of work ("2025年6月底前完成苗圃灌溉管网维修") and the
     *  时效 indicator naming the same work ("灌溉管网维修完成时间") a month of the same year two or more away ("2025年9月底
     *  前"): two deadlines for one thing. Only a clause with one date; only a single date on the indicator (not a range) */
    const deadline = (form: Form, goalText: string | undefined, reported: Set<Indicator>, which: "period" | "annual") => {
      if (!goalText) return;
      for (const d of goalDeadlines(goalText)) {
        for (const ind of form.indicators) {
          if (reported.has(ind) || !(ind.level2 ?? "").includes("时效")) continue;
          const noun = sharedNoun(d.context, ind.name);
          if (!noun) continue;
          const v = valuesFor(form, ind, which).find((x) => x?.kind === "date" && !!x.date?.month && !x.dateEnd);
          if (!v || !v.date) continue;
          // another year is a date outside the budget year, stale-date's and project-dates' finding (one defect,
          // one finding); within the year, another month is a second deadline for the same work
          // …and a month apart is how loosely "6月前", "6月底前" and "7月1日前" are written for one deadline: two
          // months or more is another deadline
          if (v.date.year !== d.year || Math.abs((v.date.month ?? d.month) - d.month) < 2) continue;
          reported.add(ind);
          ctx.report({
            messageId: "deadline",
            severity: "warning",
            form,
            indicator: ind,
            field: v === ind.target ? "target" : "annualTarget",
            evidence: v.raw,
            expected: `${d.text}（与目标一致，或修改目标）`,
            data: { goal: `${d.text}${d.context.split("|")[1] ?? ""}`, name: ind.name.trim(), target: v.raw.trim(), noun },
          });
        }
      }
    };
    /** checklist item 6: a unit cost ("≤1500元/人·月") times the quantity it is paid for (the 数量 indicator
     *  counted in the cost's unit, "=36名"; by the month over the year) above the form's own funds by more
     *  than a tenth: the standard cannot be paid for the stated quantity with this money */
    const paid = ctx.knowledge.lexicon("paid-standards").terms;
    const unitCostOverFunds = (form: Form) => {
      for (const ind of form.indicators) {
        const t = ind.target;
        const m = t && t.kind === "numeric" && t.dimension === "money" && (t.op === "<=" || t.op === "=") && isNum(t.value) ? UNIT_COST_UNIT.exec((t.unit ?? "").replace(/\s+/gu, "")) : null;
        if (!t || !m || PER_TIME.test(m[2])) continue;
        // a cap on an average cost ("人均培训成本 ≤150元/人次") is met by a lower actual: only a standard paid
        // per unit (补助标准, 单价, 服务费 — lexicon paid-standards) or an exact value must fit the funds
        if (t.op !== "=" && !paid.some((w) => ind.name.includes(w))) continue;
        const funds = fundsFor(form, "target");
        if (!funds) continue;
        const per = m[2];
        const same = (u: string) => u === per || (units.person.has(u) && units.person.has(per));
        let best: { ind: Indicator; count: number } | null = null;
        for (const q of form.indicators) {
          const v = q.target;
          if (q === ind || !v || v.kind !== "numeric" || v.dimension === "money" || !isNum(v.value) || !(v.op === "=" || v.op === ">=")) continue;
          const u = (v.unit ?? "").replace(/\s+/gu, "");
          const count = same(u) ? v.value : u.startsWith("万") && same(u.slice(1)) ? v.value * 1e4 : null;
          // the quantity counts what the cost is paid for: the two names share a word ("群测群防员")
          if (![...pairs(q.name)].some((p) => pairs(ind.name).has(p) && !GENERIC.test(p))) continue;
          // …and the same kind of it: a standard for 刑事案件 is not paid on every 法律援助案件
          if (otherKinds(ind.name, q.name)) continue;
          if (count !== null && count > 0 && (!best || count < best.count)) best = { ind: q, count };
        }
        if (!best) continue;
        const months = m[3] === "月" ? 12 : 1;
        const product = (t.value as number) * YUAN[m[1]] * best.count * months;
        // many times the funds: the quantity is not what this money buys (a stock held, people reached)
        if (product <= funds * (1 + UNIT_COST_SLACK) || product > funds * UNIT_COST_FAR) continue;
        ctx.report({
          messageId: "unitCostOverFunds",
          severity: "warning",
          form,
          indicator: ind,
          field: "target",
          evidence: t.raw,
          expected: `≤${fmt(Math.round((funds / 1e4) * 100) / 100)}万元`,
          data: {
            name: ind.name.trim(),
            target: t.raw.trim(),
            quantityName: best.ind.name.trim(),
            quantity: best.ind.target!.raw.trim(),
            months: months === 12 ? "×12个月" : "",
            monthsEn: months === 12 ? " × 12 months" : "",
            product: fmt(Math.round((product / 1e4) * 100) / 100),
            funds: fmt(Math.round((funds / 1e4) * 100) / 100),
          },
        });
      }
    };
    return {
      form(form, doc) {
        unmeasured(form, doc);
        unitCostOverFunds(form);
        const reported = new Set<Indicator>();
        check(form, form.goals.annual?.text, reported, "mismatch", "annual");
        check(form, form.goals.period?.text, reported, "mismatch", "period");
        const late = new Set<Indicator>();
        deadline(form, form.goals.annual?.text, late, "annual");
        deadline(form, form.goals.period?.text, late, "period");
        // checklist item 6: counts stated in 项目概况 ("为120名学生…") against the quantity indicators
        for (const [label, text] of Object.entries(form.project.details ?? {})) if (/项目概况|项目简介|基本情况/u.test(label)) check(form, text, reported, "overviewMismatch");
        // checklist item 6: the money the year's goal says the project is given ("安排资金10万元") against the form's
        // funds (any of its totals; a goal stating a part and the whole is not reported) — a 实施期 goal only for a
        // one-year project, whose period and year are one
        for (const [key, g] of [["goals.annual", form.goals.annual], ["goals.period", isOneYear(form) ? form.goals.period : undefined]] as const) {
          const sum = g?.text ? overviewSum(form, g.text, GOAL_SUM) : null;
          if (!g || !sum) continue;
          const f = form.funds;
          const funds = f.annualTotal ?? f.periodTotal ?? f.adjusted ?? f.planned;
          ctx.report({ messageId: "goalFunds", severity: "warning", form, field: key, loc: g.loc, evidence: sum.raw, expected: `${fmt(funds)}${f.unit ?? ""}`, data: { sum: sum.raw, funds: fmt(funds), unit: f.unit ?? "" } });
          break;
        }
        // checklist item 6: the sum a one-year project's 项目概况 says it needs against the form's funds
        if (isOneYear(form)) {
          for (const d of details(form, /项目概况|项目简介|基本情况/u)) {
            const sum = overviewSum(form, d.text);
            if (!sum) continue;
            const f = form.funds;
            const funds = f.annualTotal ?? f.periodTotal ?? f.adjusted ?? f.planned;
            ctx.report({ messageId: "overviewFunds", severity: "warning", form, field: "project.details", loc: d.loc, evidence: sum.raw, expected: `${fmt(funds)}${f.unit ?? ""}`, data: { sum: sum.raw, funds: fmt(funds), unit: f.unit ?? "" } });
          }
        }
      },
    };
  },
});
