/**
 * truncated-text: text cut off at a fixed width or lost in a wrapped cell —
 *  - a level-1/level-2 label cut inside its last word ("服务对象满意度指");
 *  - the year column's 三级指标 that is a strict prefix of the period column's ("办公设备验收合格" vs
 *    "办公设备验收合格率");
 *  - a name, value, goal or narrative that ends on a dangling word (lexicon dangling-endings:
 *    "工作正常运转或专项业务保", "市局审批为") or on 、，：( “, or starts with a lone character cut
 *    from the previous word ("备,更新后运");
 *  - a date range missing its start year/month or its end unit ("年6月至2023", "自1日至2024年",
 *    "自1月1日至12"), or a year list whose first year lost digits ("20、2021、2022");
 *  - brackets or quotes opened and never closed;
 *  - a rate unit that stops on its slash ("≤0.24万元/": per what?);
 *  - a number whose unit lost its last character: "4083.38平方" (平方米), "12立方" (立方米), and in a money
 *    row (成本, or a name about 金额/资金/费用) "405.1967万" (万元, info: 万 alone is sometimes written on purpose).
 *  - a sentence (goal, analysis, header text) ending on a bare number ("日处理能力达到500");
 *  - the project name and the 主管部门 cut like an indicator name ("……设施运行维", "……人民政");
 *  - a bare number whose twin in the row's other target column has its unit ("≥1200" beside "≥1200人");
 *  - an indicator valued in percent whose name stops at the stem of its rate ("办公设备验收合格" for 合格率;
 *    lexicon rate-words);
 *  - a text ending on the first half of a fixed collocation ("……服务水" for 服务水平; lexicon cut-collocations),
 *    a project name ending on the first character of a project-name ending ("……免费开放项" for 项目;
 *    lexicon project-name-endings), the 实施单位 cut like the 主管部门, and a 项目期 whose date range is cut
 *    ("2025年1月-2025年1").
 *  - an open range or a day-less date ("2025年3月-", "2025年3月至", "2024年12月2"), a unit cut to 公 ("≥45公"),
 *    a sentence stopping on a word that asks for a figure ("…获取率达到", "不低于"), and a 偏差原因 cut like a goal.
 *  - a sentence whose last word and lone last character begin a longer word of jieba's dictionary ("…技术骨"),
 *    and one without the full stop all other texts of its kind in the document have that stops on a lone
 *    character ending no word ("…与交通部门的协").
 *  - a sentence whose last clause is a bare verb, with no subject and no object ("…120万尾，带动").
 *  - a name valued in percent that names no rate, while the form's goal or results text carries its ending
 *    on into a rate with its figure ("…病虫害绿色" / "…病虫害绿色防控技术覆盖率88%").
 *  - a count target that is a bare figure ("≥3000") whose figure the form's goal writes with its unit
 *    ("采集样品3000份以上"): the unit was cut off.
 * A lone last character is taken for half a word only when nothing says the ending is whole: endings
 * that segmentation splits but that are complete (运维, 一网通办, 村村通电; lexicon whole-endings),
 * phrases in parallel (应保尽保, 群防群治, 无漏发或错发) and a text closed by a colon are kept quiet.
 * Labels split over rows that the parser joins ("产出指"/"标") are not reported: the model holds
 * the joined label.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Form, Indicator, KpiDocument, Value } from "../../src/model/types.js";
import type { Loc } from "../../src/model/loc.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import { detach } from "../../src/model/strings.js";
import { dictionaryWordGoesOn, loadJieba, perDistinctText } from "../../src/engine/services.js";
import { level2Service } from "../../src/engine/services/level2.js";
import { lookupUnit, UNITS } from "../../src/normalize/units.js";

/** why a text looks cut: a message and the piece it names */
type CutResult = { messageId: string; tail?: string; head?: string };
/**
 * What `cut` finds in a text without looking at its document: a verdict, or — when the text ends on a
 * lone character that may be half a word — the last characters to look up in the document, the
 * finding if they go on there, and the verdict if they do not.
 */
type Shape = { final: CutResult | null } | { elsewhere: string; last: string; cutHere: CutResult; rest: CutResult | null };
/** distinct texts kept per memo before it is emptied: a bound on memory whatever the run's size */
const MEMO_CAP = 20_000;
/** questions a document's text answers by search before it is indexed (see `followers`) */
const SCAN_LIMIT = 16;

/** a 评分标准 ending on points given or deducted without their 分: "…扣0.5", "…得10" */
const POINTS_CUT = /\p{Script=Han}*[扣得加减计]\s*(\d+(?:\.\d+)?)$/u;

/** an indicator row's text cells besides its name, values and 偏差原因, and whether each is prose
 *  (one list for the run: a row's cells are read from it, no list is made per row) */
const ROW_TEXTS: readonly (readonly ["description" | "explanation" | "basis" | "scoringMethod" | "standard" | "remark", boolean])[] = [
  ["description", true],
  ["explanation", true],
  ["basis", true],
  ["scoringMethod", false],
  ["standard", false],
  ["remark", false],
];

const compact = (s: string) => s.replace(/\s+/gu, "");
/** drop a trailing note in brackets: "数量指标（必填硬性指标)" → "数量指标" */
const label = (s: string) => compact(s).replace(/[（(][^）)]*[）)]?$/u, "");

/** a value that names its rate before the figure: "达标率100%", "通客车率≥98%", "覆盖率 100%" */
const RATE_BEFORE_FIGURE = /\p{Script=Han}[率度]\s*[≥≤=＝><≧≦]?\s*\d/u;

/** punctuation after which something must follow */
const OPEN_END = /[、，,：:；（(“‘《【\-—~～]$/u;
const PAIRS: [RegExp, RegExp][] = [
  [/[（(]/gu, /[）)]/gu],
  [/“/gu, /”/gu],
  [/《/gu, /》/gu],
  [/【/gu, /】/gu],
];

/** single characters that can end a phrase on their own (率, 度, 好, 高, 比 as in 占比 …): never taken for a cut
 *  word. 户 and 点 are not here: a text ending on them is whole by the whole-endings lexicon (农牧户, 积水点;
 *  not 重点, 难点 …), which every check that reads this set asks first */
const WORD_END = /^[率度性量数化费等类项者人次个件年月日天元好高低强快多少优佳全齐足稳升降增减到内外上下中后前时处所比]$/u;

/** unit pieces that are the start of a longer unit, and that unit: "4083.38平方" lost its 米 */
const CUT_UNITS: [RegExp, string][] = [
  [/\d\s*平方$/u, "平方米"],
  [/\d\s*立方$/u, "立方米"],
  [/\d\s*公$/u, "公里、公顷或公斤"],
];

/** the dimensions of quantities measured (not counted), named by a measure word (产量, 面积, 长度) */
const QUANTITY: ReadonlySet<string> = new Set(["area", "length", "weight", "volume", "energy"]);
/** the dimensions of things counted or measured, whose unit a bare target cannot leave out */
const COUNTED: ReadonlySet<string> = new Set(["count", "area", "length", "weight", "volume", "energy"]);

/** a figure whose unit stops on its slash ("≤0.24万元/"): a rate unit that lost what it is per (…/家, …/次) */
function perWhatCut(t: string): string | null {
  const m = /\d\s*(\p{Script=Han}{1,3})\/$/u.exec(t);
  return m ? `${m[1]}/…` : null;
}

/** the units of two Han characters or more ("个工作日", "平方公里", "小时"), longest first */
const HAN_UNITS = [...UNITS.keys()].filter((u) => /^\p{Script=Han}{2,}$/u.test(u)).sort((a, b) => b.length - a.length);
/**
 * A figure followed, at the text's end, by characters that are no unit but the beginning of one, ending on a
 * lone character: "资金到账后10个工" (个工作日), "≥12.6平方公" (平方公里), "平均6小" (小时). The unit lost its end at
 * the cell's edge. A numeral (3千, 5百) and a word of its own (千瓦) are no unit pieces. The full unit, or null.
 */
function unitPrefixCut(t: string): string | null {
  const m = /\d(\p{Script=Han}{1,3})$/u.exec(t);
  if (!m || lookupUnit(m[1]) || /^[千百十万亿]$/u.test(m[1])) return null;
  const full = HAN_UNITS.find((u) => u.length > m[1].length && u.startsWith(m[1]));
  if (!full) return null;
  // the piece must end on a lone character: a word of its own (千瓦, a unit of power) is a unit the table lacks
  const words = loadJieba()?.cut(m[1], false);
  return !words || [...(words[words.length - 1] ?? "")].length === 1 ? full : null;
}

/** a row about money: 万 alone is 万元 cut short */
const MONEY_ROW = /成本|金额|资金|经费|费用|预算|投资|补助|补贴|租金|费$/u;

/** a text closed by its writer: a full stop, question or exclamation mark, or a semicolon */
const STOPPED = /[。！？!?；;]$/u;
/** a text written as sentences: twelve characters or more, with a clause break inside */
const sentence = (t: string): boolean => compact(t).length >= 12 && /[，,。；;]/u.test(t.trim().slice(0, -1));
/** jieba's tags of a verb or an adjective: what a clause says of its subject (a verbal noun, "巡查" in
 *  "巡查频次", is no predicate) */
const PREDICATE_TAG = /^(?:v|vd|vi|vg|a|ad|ag|z)$/u;
/** words that open a cause or an intention, which the clause must then state */
const ANNOUNCING = /^(?:因|由于|因为|将|拟)$/u;
type Tagger = { tag(s: string, hmm?: boolean): { tag: string; word: string }[] };
/**
 * The last clause of a text (after its last comma or stop) when it announces a cause or an intention
 * (因, 由于, 将, 拟) or ends on what is measured (频次, 比例) and holds no verb and no adjective to say it
 * ("因境外团组", "资金结余将按规定", "巡查频次"), with its last word; null otherwise, or when jieba cannot tag.
 */
function clauseWithoutPredicate(t: string, measures: readonly string[]): { clause: string; last: string } | null {
  const j = loadJieba() as unknown as Partial<Tagger> | null;
  if (!j || typeof j.tag !== "function") return null;
  const clause = t.split(/[，,；;。：:]/u).pop()?.trim() ?? "";
  if (!/\p{Script=Han}/u.test(clause)) return null;
  const words = j.tag(clause, true).filter((w) => w.word.trim());
  if (!words.length || words.some((w) => PREDICATE_TAG.test(w.tag))) return null;
  // part-of-speech tags are rough (通车, 合格 come out as nouns): only a clause that announces what it
  // does not say — a cause (因, 由于), what will be done (将, 拟), or what is measured (频次, 比例: lexicon
  // measure-nouns) with nothing said of it — is taken for one cut short
  if (!words.some((w) => ANNOUNCING.test(w.word)) && !measures.includes(words[words.length - 1].word)) return null;
  return { clause, last: words[words.length - 1].word };
}

/** jieba's tags of what can head a clause's action after a preposition: verbs, verbal nouns ("巡查" in
 *  "在沿河重点巡查"), adjectives */
const ACTION_TAG = /^(?:v|vn|vd|vi|vg|vq|a|ad|ag|an|z)$/u;
/**
 * The last clause announces what will be done (将, 拟) and ends inside the adverbial that was to
 * introduce it: a preposition (在, 对, 向, 与, 从 …) whose noun phrase is followed by no verb ("下一步将联合
 * 公安在沿河重点": at the key places along the river, do what?). The preposition must stand after a
 * non-verb, so that a verb's complement ("将重点放在沿河", one word 放在) is not taken for one. The last
 * word, or null (also when jieba cannot tag).
 */
function intentWithoutVerb(t: string): string | null {
  const clause = t.split(/[，,；;。：:]/u).pop()?.trim() ?? "";
  if (!/[将拟]/u.test(clause) || !/[在对向与从按给为跟同就]/u.test(clause)) return null;
  const j = loadJieba() as unknown as Partial<Tagger> | null;
  if (!j || typeof j.tag !== "function") return null;
  const words = j.tag(clause, true).filter((w) => w.word.trim());
  let k = -1;
  for (let i = words.length - 1; i >= 0; i--) if (words[i].tag === "p") { k = i; break; }
  if (k <= 0 || k === words.length - 1) return null;
  if (!words.slice(0, k).some((w) => ANNOUNCING.test(w.word) && w.word !== "因" && w.word !== "由于" && w.word !== "因为")) return null;
  if (/^v/u.test(words[k - 1].tag)) return null;
  if (words.slice(k + 1).some((w) => ACTION_TAG.test(w.tag))) return null;
  return words[words.length - 1].word;
}

/**
 * The last clause of a sentence (after its last comma or semicolon) when it is one verb of two characters
 * or more and nothing else ("…，带动", "…；推动"): a clause cannot be a bare verb, with neither a subject
 * nor an object, so the words after it were cut. A clause that is an adverb and a verb ("，全部完成") or a
 * subject and a verb ("，质量提升") says something and is whole; jieba's tag "v" only (verbal nouns,
 * intransitive and adjective tags are left alone). Null otherwise, or when jieba cannot tag.
 */
function bareVerbClause(t: string): string | null {
  if (!sentence(t) || !/[，,；;]/u.test(t)) return null;
  const clause = t.split(/[，,；;]/u).pop()?.trim() ?? "";
  if (!/^\p{Script=Han}{2,4}$/u.test(clause)) return null;
  const j = loadJieba() as unknown as Partial<Tagger> | null;
  if (!j || typeof j.tag !== "function") return null;
  const words = j.tag(clause, true).filter((w) => w.word.trim());
  return words.length === 1 && words[0].tag === "v" && words[0].word === clause ? clause : null;
}

/** words that announce an action to come, whose object the clause must then name */
const ANNOUNCED = /^(?:将|拟|要|需|应|下一步|计划)$/u;
/** verbs of being, after which a distinguishing word may stand alone as the predicate ("级别为省级") */
const COPULA = /^(?:是|为|系|属|属于|均为|即)$/u;
/**
 * A sentence whose last clause ends on a verb and then only a word that cannot be its object on its own
 * (jieba's tags): a distinguishing word, which only ever modifies a noun ("…成果内容符合省级": 省级 what?), or
 * a lone character after a verb of two characters ("…下一步将联合乡镇开展线": a two-character verb takes a
 * word of two characters or more as its object in written Chinese, so 线 is the first half of 线下 or 线上).
 * A verb of being before the distinguishing word ("级别为省级") makes it the predicate, whole; characters that
 * end phrases on their own (率, 度, 人, 中, 后 …) are left alone. The last word, or null (also when jieba cannot tag).
 */
function objectCut(t: string): string | null {
  if (!sentence(t)) return null;
  const clause = t.split(/[，,；;。：:]/u).pop()?.trim() ?? "";
  if (!/^\p{Script=Han}{3,}$/u.test(clause)) return null;
  const j = loadJieba() as unknown as Partial<Tagger> | null;
  if (!j || typeof j.tag !== "function") return null;
  const words = j.tag(clause, true).filter((w) => w.word.trim());
  if (words.length < 2) return null;
  const last = words[words.length - 1];
  const verb = words[words.length - 2];
  if (verb.tag !== "v" || COPULA.test(verb.word)) return null;
  if (last.tag === "b") return last.word;
  // the one-character object only where the clause announces what will be done (将, 拟, 下一步 …), as a
  // measure of improvement does: elsewhere jieba takes modifiers for verbs ("喝上放心水": 放心 tagged a verb);
  // a verb with a resultative complement (用上, 送到) takes a one-character object and is whole
  if (words.slice(0, -2).some((w) => ANNOUNCED.test(w.word)) && [...verb.word].length >= 2 && !/[上下进出回过起开到好完住掉走]$/u.test(verb.word) && /^\p{Script=Han}$/u.test(last.word) && /^(?:n|ng)$/u.test(last.tag) && !WORD_END.test(last.word)) return last.word;
  return null;
}

/** a value ending on 万 with no unit after it ("≥2.6万"), and one that writes its unit after 万 ("≥18万羽",
 *  not 万元: money is cutUnit's) */
const BARE_WAN = /\d\s*万$/u;
const WAN_WITH_UNIT = /\d\s*万\s*(?!元)\p{Script=Han}/u;

/** another value of the form written with a count unit after 万, when `raw` ends on a bare 万 */
function wanUnitElsewhere(form: Form, raw: string): string | null {
  if (!BARE_WAN.test(compact(raw))) return null;
  for (const o of form.indicators) {
    for (const w of [o.target, o.annualTarget, o.adjustedTarget, o.actual]) if (w && WAN_WITH_UNIT.test(compact(w.raw))) return w.raw.trim();
  }
  return null;
}

/** the full unit a number's cut unit stands for, and whether it is only a weak sign (info) */
function cutUnit(raw: string, ind: Indicator): { expected: string; weak: boolean } | null {
  const s = valueSigns(raw);
  if (s.unitCut) return { expected: s.unitCut, weak: false };
  if (s.wan && (/成本/u.test(ind.level2 ?? "") || MONEY_ROW.test(compact(ind.name)))) return { expected: "万元", weak: true };
  return null;
}

/**
 * What a value's own characters say, once per distinct value text (a form's values recur on every
 * copy of it, and each is tried against a dozen patterns): the row and the column decide the rest.
 */
interface ValueSigns {
  /** cutDate or openRange: a date, or a range's start, whose end is gone */
  date: boolean;
  dateRange: boolean;
  yearList: boolean;
  /** the full unit a cut unit stands for ("平方" → 平方米), or null */
  unitCut: string | null;
  /** a number followed by 万 alone */
  wan: boolean;
  /** brackets or quotes opened and not closed (of the trimmed text) */
  unbalanced: boolean;
  /** a figure and a range sign with nothing after it */
  openValueRange: boolean;
  /** the value names its rate before the figure ("达标率100%") */
  rateBeforeFigure: boolean;
}
const valueSigns = perDistinctText((raw: string): ValueSigns => {
  const t = compact(raw);
  return {
    date: cutDate(raw) || openRange(raw),
    dateRange: cutDateRange(raw),
    yearList: cutYearList(raw),
    unitCut: CUT_UNITS.find(([re]) => re.test(t))?.[1] ?? perWhatCut(t) ?? unitPrefixCut(t),
    wan: BARE_WAN.test(t),
    unbalanced: unbalanced(raw.trim()),
    openValueRange: OPEN_VALUE_RANGE.test(t),
    rateBeforeFigure: RATE_BEFORE_FIGURE.test(t),
  };
});

/** a header text's field key and its pool of texts, one string per label for the run: a key made per
 *  form and looked up in the form's fields is hashed afresh every time */
const DETAIL_FIELDS = new Map<string, [field: string, pool: string]>();
const detailKeys = (label: string): [string, string] => {
  let k = DETAIL_FIELDS.get(label);
  if (k === undefined) {
    if (DETAIL_FIELDS.size >= 5_000) DETAIL_FIELDS.clear();
    DETAIL_FIELDS.set(detach(label), (k = [detach(`project.details.${label}`), detach(`details:${label}`)]));
  }
  return k;
};
const detailField = (label: string) => detailKeys(label)[0];
const detailPool = (label: string) => detailKeys(label)[1];

/** a value in percent */
const isPercent = (v: Value | null | undefined): boolean => v?.kind === "numeric" && v.unit === "%";
/** a value that names its rate before its figure ("达标率100%") */
const ratesBeforeFigure = (v: Value | null | undefined): boolean => !!v && valueSigns(v.raw).rateBeforeFigure;

/** the columns of one row that state the same target twice: 实施期 / 年度, 年初 / 调整后 */
const SIBLINGS: Partial<Record<Field, Field[]>> = { target: ["annualTarget", "adjustedTarget"], annualTarget: ["target"], adjustedTarget: ["target"] };

/** a bare number whose twin in the row's other target column carries a unit ("≥1200" beside
 *  "≥1200人"): the cell lost its unit at the edge */
function unitInSibling(ind: Indicator, field: Field, v: Value): { field: Field; value: Value } | null {
  if (v.unit || v.value === null || v.broken) return null;
  for (const f of SIBLINGS[field] ?? []) {
    const o = ind[f as "target"] as Value | null;
    if (o && o.kind === "numeric" && o.unit && o.unit !== "%" && o.value === v.value && compact(o.raw).startsWith(compact(v.raw))) return { field: f, value: o };
  }
  return null;
}

function unbalanced(s: string): boolean {
  return PAIRS.some(([o, c]) => (s.match(o)?.length ?? 0) > (s.match(c)?.length ?? 0));
}

/** list markers that close a bracket they never opened: "1）", "2)", "一）", "a)" at the start or after punctuation */
const LIST_MARKER = /(^|[\s，,、；;。：:])[\da-zA-Z一二三四五六七八九十]{1,2}[)）]/gu;

/** a closing bracket or quote with no opening one before it ("医保+单位补助”双重保障"): the text lost its
 *  beginning, where the opening one stood */
function closedNeverOpened(s: string): boolean {
  const t = s.replace(LIST_MARKER, "$1");
  return PAIRS.some(([o, c]) => (t.match(c)?.length ?? 0) > (t.match(o)?.length ?? 0));
}

/** a date range cut at either end: "年6月至2023", "自1日至2024年", "自1月1日至12", "11月至2025" */
function cutDateRange(raw: string): boolean {
  const t = compact(raw);
  const m = /^(?:自|从)?(.*?)(?:至|到)(.*)$/u.exec(t);
  if (!m) return false;
  const [, start, end] = m;
  if (!/\d/u.test(start + end)) return false;
  if (/^年/u.test(start)) return true; // the year was cut off the start
  if (/^(3[01]|[12]\d|0?[1-9])[日号]$/u.test(start)) return true; // only a day left of the start
  if (/^\d{1,4}$/u.test(end) && /[年月日]/u.test(start + end) === true) return true; // end lost its 年/月/日
  if (/^\d{1,4}$/u.test(end) && /^\d{1,2}月/u.test(start)) return true;
  if (/\d月/u.test(start) && cutDate(end)) return true; // "2025年1月至2025年1": the end lost its 月
  return false;
}

/** "2025年1", "2024年12月2": a date whose last number lost its unit (月 / 日) */
function cutDate(raw: string): boolean {
  return /^(19|20)\d{2}年\d{1,2}(?:月\d{1,2})?$/u.test(compact(raw));
}

/** a figure (with its unit) followed by a range sign and nothing else: "2℃～", "≥3-", "18至" */
const OPEN_VALUE_RANGE = /\d[^\d\s]{0,4}(?:[～~—－\-]+|至|到)$/u;

/** "2025年3月-", "2025年3月至": a range whose start is written and whose end is gone */
function openRange(raw: string): boolean {
  return /^(?:自|从)?(19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:至|到|[-—－~～]+)$/u.test(compact(raw));
}

/**
 * A phrase in parallel (应保尽保, 应检尽检, 群防群治, 六稳六保, 无漏发或错发): the last character repeats the
 * one two or three places before it, or the first of the last four repeats the third. Such a phrase
 * is whole, though its last character alone looks like the first half of a word — when its four
 * characters begin a word (phraseAtWordStart in the rule: "装备配备达" only repeats 备 across two words).
 */
function parallelEnd(t: string): boolean {
  const c = [...compact(t)].slice(-5);
  const n = c.length;
  if (n < 4 || !c.slice(-4).every((x) => /\p{Script=Han}/u.test(x))) return false;
  return c[n - 1] === c[n - 3] || c[n - 4] === c[n - 2] || (n === 5 && c[4] === c[1]);
}

/** "20、2021、2022": a list of years whose first item lost digits */
function cutYearList(raw: string): boolean {
  const t = compact(raw);
  const items = t.split(/[、,，]/u).map((x) => x.replace(/年$/u, ""));
  if (items.length < 2) return false;
  const years = items.filter((x) => /^(19|20)\d{2}$/u.test(x)).length;
  const short = items.filter((x) => /^\d{1,3}$/u.test(x)).length;
  return years >= 1 && short >= 1 && years + short === items.length;
}

/**
 * \p{Script=Han} of one UTF-16 code unit, asked of the regular expression once per code unit: the
 * document index below tests every character of every document.
 */
const HAN_UNIT = new Uint8Array(0x10000); // 0 not asked yet, 1 Han, 2 not Han
function isHanUnit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  let v = HAN_UNIT[c];
  if (v === 0) HAN_UNIT[c] = v = /\p{Script=Han}/u.test(ch) ? 1 : 2;
  return v === 1;
}

export default defineRule({
  meta: {
    id: "truncated-text",
    category: "truncation",
    severity: "warning",
    scope: "indicator",
    title: { zh: "文字被截断", en: "Truncated text" },
    description: {
      zh: "指标名称、二级指标标签、指标值、目标或分析的文字在中间被切断（如“服务对象满意度指”“工作正常运转或专项业务保”“年6月至2023”），或年度列的三级指标只是实施期列名称的前半截。被截断的内容无法准确理解，需要单位补全。",
      en: "A name, label, value, goal or narrative is cut off mid-word (\"服务对象满意度指\", \"年6月至2023\"), or the year column's indicator name is only the first part of the period column's name. The text cannot be read reliably and must be completed.",
    },
    messages: {
      labelCut: {
        zh: "二级指标标签“{{text}}”被截断，完整应为“{{expected}}”。",
        en: "The level-2 label \"{{text}}\" is cut off; it should read \"{{expected}}\".",
      },
      level1Cut: {
        zh: "一级指标标签“{{text}}”被截断，完整应为“{{expected}}”。",
        en: "The level-1 label \"{{text}}\" is cut off; it should read \"{{expected}}\".",
      },
      annualPrefix: {
        zh: "年度列三级指标“{{text}}”只是实施期列“{{expected}}”的前半截，文字被截断。",
        en: "The year column's indicator \"{{text}}\" is only the beginning of the period column's \"{{expected}}\": it was cut off.",
      },
      dangling: {
        zh: "{{field}}“{{text}}”在“{{tail}}”处中断，后面的文字缺失。",
        en: "{{fieldEn}} \"{{text}}\" breaks off after \"{{tail}}\"; the rest is missing.",
      },
      startCut: {
        zh: "{{field}}“{{text}}”开头只剩半个词“{{head}}”，前面的文字缺失。",
        en: "{{fieldEn}} \"{{text}}\" starts with the stub \"{{head}}\"; the beginning is missing.",
      },
      dateCut: {
        zh: "{{field}}“{{text}}”的起止日期不完整（缺年份、月份或单位），无法确定时间范围。",
        en: "{{fieldEn}} \"{{text}}\" is an incomplete date range (year, month or unit missing).",
      },
      yearListCut: {
        zh: "{{field}}“{{text}}”中第一个年份缺了数字，年份列表被截断。",
        en: "{{fieldEn}} \"{{text}}\": the first year of the list lost digits.",
      },
      unitCut: {
        zh: "{{field}}“{{text}}”的单位不完整，应为“{{expected}}”，单元格文字被截断。",
        en: "{{fieldEn}} \"{{text}}\": the unit is cut short (\"{{expected}}\" is meant); the cell was truncated.",
      },
      rateNameCut: {
        zh: "三级指标“{{text}}”的指标值是百分比，名称却没有写完（缺结尾的“率”“度”等字），应为“{{expected}}”，文字被截断。",
        en: "The indicator \"{{text}}\" is valued in percent but its name lacks its last character (\"{{expected}}\" is meant): it was cut.",
      },
      stopMissing: {
        zh: "{{field}}“{{text}}”没有写完：本材料的其他同类文字都以句号结束，这一段却停在没有谓语的“{{tail}}”上，后面的文字缺失。",
        en: "{{fieldEn}} \"{{text}}\" is unfinished: every other text of its kind in the document ends with a full stop, this one stops on \"{{tail}}\", a clause that says nothing yet.",
      },
      stopMissingWord: {
        zh: "{{field}}“{{text}}”没有写完：本材料的其他同类文字都以句号结束，这一段却停在单独的“{{tail}}”字上，这个字不能结束一个词，后面的文字缺失。",
        en: "{{fieldEn}} \"{{text}}\" is unfinished: every other text of its kind in the document ends with a full stop, this one stops on a lone \"{{tail}}\", which ends no word.",
      },
      wanUnitLost: {
        zh: "{{field}}“{{text}}”只写到“万”，缺了计量单位（本表其他指标写作“{{otherText}}”），单元格文字被截断。",
        en: "{{fieldEn}} \"{{text}}\" stops on 万 without its unit (the form writes \"{{otherText}}\" elsewhere): the cell was cut.",
      },
      unitNameCut: {
        zh: "三级指标“{{text}}”停在一个单独的“{{tail}}”上，而指标值的单位是“{{unit}}”：名称应为“{{expected}}”，文字被截断。",
        en: "The indicator \"{{text}}\" stops on a lone \"{{tail}}\" while its value is counted in \"{{unit}}\" (\"{{expected}}\" is meant): it was cut.",
      },
      rateNameCutQuality: {
        zh: "质量指标“{{text}}”的名称停在一个单独的字上，这个字是“{{word}}”的开头，应为“{{expected}}”，文字被截断。",
        en: "The quality indicator \"{{text}}\" ends on a lone character that begins \"{{word}}\" (\"{{expected}}\" is meant): it was cut.",
      },
      unitLost: {
        zh: "{{field}}“{{text}}”没有计量单位，同一行的{{other}}却是“{{otherText}}”，单元格文字被截断。",
        en: "{{fieldEn}} \"{{text}}\" has no unit while the row's {{otherEn}} reads \"{{otherText}}\": the cell was cut.",
      },
      numberCut: {
        zh: "{{field}}“{{text}}”以数字“{{tail}}”结尾，单位和后面的文字缺失，句子被截断。",
        en: "{{fieldEn}} \"{{text}}\" ends on the bare number \"{{tail}}\": its unit and the rest are missing.",
      },
      rangeCut: {
        zh: "{{field}}“{{text}}”是一个范围，只写了起点，范围符号后的终点缺失，单元格文字被截断。",
        en: "{{fieldEn}} \"{{text}}\" is a range that stops at its range sign: its upper end is missing, the cell was cut.",
      },
      openerLost: {
        zh: "{{field}}“{{text}}”有右括号或右引号，却没有与之对应的左括号、左引号，开头的文字缺失。",
        en: "{{fieldEn}} \"{{text}}\" closes a bracket or quote it never opened: its beginning is missing.",
      },
      prefixElsewhere: {
        zh: "三级指标“{{text}}”只是本材料第 {{line}} 行“{{expected}}”的前半截，缺了说明计量什么的结尾，文字被截断。",
        en: "The indicator \"{{text}}\" is only the beginning of \"{{expected}}\" (line {{line}} of the document), without the words saying what it measures: it was cut.",
      },
      rateElsewhere: {
        zh: "三级指标“{{text}}”的指标值是百分比，名称却停在“{{tail}}”上，没有说出计量的比率；本表的目标或完成情况写着“{{expected}}”，名称被截断。",
        en: "The indicator \"{{text}}\" is valued in percent but stops on \"{{tail}}\" without naming its rate, which the form's goal or results text writes in full (\"{{expected}}\"): it was cut.",
      },
      figureCut: {
        zh: "{{field}}“{{text}}”只有数字、没有单位，本表写明同一指标为“{{written}}”，数字和单位被截断。",
        en: "{{fieldEn}} \"{{text}}\" is a bare figure without a unit, while the form states the same measure as \"{{written}}\": the figure and its unit were cut.",
      },
      unitLostGoal: {
        zh: "{{field}}“{{text}}”只有数字、没有计量单位，本表的目标写着“{{written}}”，单位被截断。",
        en: "{{fieldEn}} \"{{text}}\" is a bare figure without a unit, while the form's goal writes \"{{written}}\": the unit was cut off.",
      },
      countElsewhere: {
        zh: "三级指标“{{text}}”停在单独的“{{tail}}”字上，指标值“{{value}}”计量的对象没有写完；本表的目标或完成情况写着“{{written}}”，名称应为“{{expected}}”之类，文字被截断。",
        en: "The indicator \"{{text}}\" stops on a lone \"{{tail}}\" and does not finish naming what its value \"{{value}}\" counts, which the form's goal or results text writes out (\"{{written}}\"): it was cut.",
      },
      widthCut: {
        zh: "三级指标“{{text}}”和本表被截断的“{{otherText}}”一样长（{{n}}个字，正是单元格的宽度），名称却没有写出指标值“{{value}}”计量的是什么（次数、时限、卷数等），文字被截断。",
        en: "The indicator \"{{text}}\" is as long as the form's cut \"{{otherText}}\" ({{n}} characters, the cell's width) and stops before naming what its value \"{{value}}\" counts: it was cut at the same width.",
      },
      unbalanced: {
        zh: "{{field}}“{{text}}”的括号或引号没有闭合，文字被截断。",
        en: "{{fieldEn}} \"{{text}}\" opens a bracket or quote that is never closed: the text was cut.",
      },
    },
  },
  create(ctx) {
    const lex = ctx.knowledge.lexicon("dangling-endings");
    /** a name ending on a rate or degree word less its last character, which a percentage value
     *  proves was cut: "办公设备验收合格" (合格率), "受益群众满意" (满意度); lexicon rate-words */
    const rateWords = ctx.knowledge.lexicon("rate-words").terms.filter((w) => w.length >= 2);
    /** the rate word a name valued in percent stops short of: its stem ("办公设备验收合格" for 合格率), or
     *  — when the name's last word is a lone character no whole ending explains — that character as the
     *  first of a longer rate word ("信息核对准" for 准确率, "集中采购执行比" for 比例); the word completed */
    const rateCuts = new Map<string, string | null>();
    const rateWordCut = (name: string): string | null => {
      let v = rateCuts.get(name);
      if (v === undefined) {
        if (rateCuts.size >= MEMO_CAP) rateCuts.clear();
        rateCuts.set(detach(name), (v = rateWordCutOf(name)));
      }
      return v;
    };
    const rateWordCutOf = (name: string): string | null => {
      // a stem of one character ("比" of 比例) says nothing: "…占比" is whole
      const stem = rateWords.find((w) => w.length >= 3 && name.endsWith(w.slice(0, -1)));
      if (stem) return stem;
      const words = ctx.services.words(name);
      let last = words[words.length - 1] ?? "";
      // segmentation may glue the lone character to the end of the word before it ("信息核对准" read as
      // …核/对准, where the rest reads …核对): when the name less its last character ends on a word of two
      // characters or more that the last word cuts across, that character stands alone after a whole word
      if (words.length >= 2 && last.length >= 2 && /\p{Script=Han}$/u.test(name)) {
        const rest = ctx.services.words(name.slice(0, -1));
        const before = rest[rest.length - 1] ?? "";
        if (before.length >= 2 && !name.endsWith(before + last)) last = name.slice(-1);
      }
      // a character the dangling-endings lexicon lists ("验收合") is reported as a dangling word already
      if (words.length < 2 || !/^\p{Script=Han}$/u.test(last) || wholeEnding(name) || dangling.has(last)) return null;
      return rateWords.find((w) => w.length >= 2 && w.startsWith(last) && !name.endsWith(w)) ?? null;
    };
    const dangling = new Set(lex.terms);
    /** endings that are whole although segmentation leaves their last character alone (运维, 一网通办;
     *  lexicon whole-endings), and parallel four-character phrases (应保尽保) */
    const whole = ctx.knowledge.lexicon("whole-endings");
    /** a parallel phrase is a phrase of its own: its four characters begin a word ("实现群防群治"), not
     *  the second half of one ("执法装备配备达": 备 配 备 达 repeats 备 across 装备 and 配备) */
    const phraseAtWordStart = (c: string): boolean => {
      // the words of the text's last run of Chinese characters (segmentation drops punctuation)
      const run = /\p{Script=Han}+$/u.exec(c)?.[0] ?? "";
      const at = [...run].length - 4;
      let pos = 0;
      for (const w of ctx.services.words(run)) {
        if (pos === at) return true;
        if (pos > at) return false;
        pos += [...w].length;
      }
      return pos === at;
    };
    const wholeEnding = (t: string) => {
      const c = compact(t);
      return (parallelEnd(c) && phraseAtWordStart(c)) || whole.terms.some((w) => c.endsWith(w)) || whole.regexps.some((r) => r.test(c));
    };
    /** a verb or comparison that asks for a figure ("达到", "不低于") after an adverb saying it was met
     *  ("各项指标均达到") ends a whole sentence */
    const metAdverb = /(均|全部|都|已|已经|基本|全面|如期|顺利|完全)(达到|达)$/u;
    const collocations = ctx.knowledge.lexicon("cut-collocations").regexps;
    const nameEndings = ctx.knowledge.lexicon("project-name-endings").terms;
    /** a project name whose last word is a lone first character of a usual ending ("……开放项" for 项目),
     *  not after a numeral ("三项" is whole) */
    function nameEndingCut(name: string): string | null {
      const t = compact(name);
      const words = ctx.services.words(t);
      const last = words[words.length - 1] ?? "";
      if (words.length < 2 || !/^\p{Script=Han}$/u.test(last) || /[\d一二三四五六七八九十两几多]$/u.test(t.slice(0, -1))) return null;
      // "……新媒体平台运维": a whole ending that segmentation splits is no cut name either
      if (wholeEnding(t)) return null;
      return nameEndings.find((w) => w.length >= 2 && w[0] === last && !t.endsWith(w)) ?? null;
    }
    /** the last word jieba gives a name when it also guesses words outside its dictionary, once per
     *  distinct name (names recur on every copy of a form); null when jieba cannot cut */
    const guessedLast = perDistinctText((t: string): string | null => {
      const guessed = loadJieba()?.cut(t, true);
      return guessed ? (guessed[guessed.length - 1] ?? "") : null;
    });
    const timeWords = ctx.knowledge.lexicon("time-measure-words").terms;
    const quantityWords = ctx.knowledge.lexicon("quantity-measure-words").terms;
    /**
     * A name whose last word is a lone character that begins its own value's unit of two characters
     * or more ("联谊活动参与侨胞人" valued "≥300人次"): the name was counting in that unit (…人次) and
     * lost its end. A name ending on a whole word (老年人, 受益人) or on the whole unit is not cut. So is a
     * duration's name stopping on the first character of its measure word ("…运行时" for 运行时间).
     */
    function unitNameCut(ind: Indicator): { tail: string; unit: string; expected: string } | null {
      const t = compact(ind.name);
      const words = ctx.services.words(t);
      const last = words[words.length - 1] ?? "";
      if (words.length < 2 || !/^\p{Script=Han}$/u.test(last)) return null;
      // segmentation that also guesses words outside its dictionary (传承人, 慕课) must leave the character
      // alone too: a name ending on such a word is whole
      const guessed = guessedLast(t);
      if (guessed !== null && guessed !== last) return null;
      for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) {
        const unit = v?.kind === "numeric" ? compact(v.unit ?? "") : "";
        if (unit.length >= 2 && /^\p{Script=Han}+$/u.test(unit) && unit.startsWith(last) && !t.endsWith(unit)) return { tail: last, unit, expected: `${ind.name.trim()}${unit.slice(1)}` };
      }
      // a duration ("≥2000小时", "≤3个工作日") is named by what it measures (运行时间, 响应时长, 办结时限:
      // lexicon time-measure-words); a name stopping on that word's first character alone ("…无故障运行时")
      // lost the rest at its cell's edge
      const duration = [ind.target, ind.annualTarget, ind.adjustedTarget].find((v) => v?.kind === "numeric" && v.dimension === "time" && !!v.unit);
      const word = duration ? timeWords.find((w) => w.length >= 2 && w.startsWith(last) && !t.endsWith(w)) : undefined;
      if (duration && word) return { tail: last, unit: compact(duration.unit ?? ""), expected: `${ind.name.trim()}${word.slice(1)}` };
      // so is a quantity's (公斤, 亩, 公里, 立方米) stopping on the first character of its measure word
      // ("示范田亩均小麦产" valued "≥450公斤": 产量; lexicon quantity-measure-words)
      const quantity = [ind.target, ind.annualTarget, ind.adjustedTarget].find((v) => v?.kind === "numeric" && QUANTITY.has(v.dimension ?? "") && !!v.unit);
      const qword = quantity ? quantityWords.find((w) => w.length >= 2 && w.startsWith(last) && !t.endsWith(w)) : undefined;
      if (quantity && qword) return { tail: last, unit: compact(quantity.unit ?? ""), expected: `${ind.name.trim()}${qword.slice(1)}` };
      return null;
    }
    /**
     * The Han characters that follow three given characters somewhere in the document's text
     * (whitespace removed), in the order they first occur. A document's first questions are answered
     * by searching its text (a native string search per question); from SCAN_LIMIT distinct questions
     * on, an index of every three characters is built in one pass, so that a large document costs a
     * look-up per question, not a scan (which made large documents quadratic). Most documents ask a
     * few questions, and building the index cost more than the scans. Same answers either way.
     */
    interface DocText {
      all: string;
      index: Map<number, string> | null;
      asked: Map<string, string>;
    }
    const docTexts = new WeakMap<KpiDocument, DocText>();
    let current: KpiDocument | null = null;
    const key = (t: string, i: number) => t.charCodeAt(i) * 2 ** 32 + t.charCodeAt(i + 1) * 2 ** 16 + t.charCodeAt(i + 2);
    function docText(doc: KpiDocument): DocText {
      let d = docTexts.get(doc);
      if (d === undefined) {
        const parts: string[] = [];
        for (const f of doc.forms) {
          parts.push(f.project.name, f.goals.period?.text ?? "", f.goals.annual?.text ?? "", f.goals.actual?.text ?? "");
          for (const i of f.indicators) parts.push(i.name, i.description ?? "", i.target?.raw ?? "", i.actual?.raw ?? "");
          for (const n of f.narrative) parts.push(n.text);
        }
        d = { all: parts.map((x) => x.replace(/\s+/g, "")).join("\n"), index: null, asked: new Map() };
        docTexts.set(doc, d);
      }
      return d;
    }
    function indexOf(all: string): Map<number, string> {
      const idx = new Map<number, string>();
      for (let i = 0; i + 3 < all.length; i++) {
        const next = all[i + 3];
        if (next < "\u2e80" || !isHanUnit(next)) continue;
        const k = key(all, i);
        const seen = idx.get(k) ?? "";
        if (!seen.includes(next)) idx.set(k, seen + next);
      }
      return idx;
    }
    function followers(doc: KpiDocument, tail: string): string {
      const d = docText(doc);
      let f = d.asked.get(tail);
      if (f !== undefined) return f;
      if (d.index === null && d.asked.size >= SCAN_LIMIT) d.index = indexOf(d.all);
      if (d.index !== null) f = d.index.get(key(tail, 0)) ?? "";
      else {
        f = "";
        const all = d.all;
        for (let p = all.indexOf(tail); p >= 0 && p + 3 < all.length; p = all.indexOf(tail, p + 1)) {
          const next = all[p + 3];
          if (next < "\u2e80" || !isHanUnit(next)) continue;
          if (!f.includes(next)) f += next;
        }
      }
      d.asked.set(tail, f);
      return f;
    }
    /** the three characters stand before a comma, full stop, semicolon or enumeration comma somewhere in the
     *  document's text: a clause there ends on them (asked once per document and tail) */
    const clauseEnds = new WeakMap<KpiDocument, Map<string, boolean>>();
    function endsClauseElsewhere(doc: KpiDocument, tail: string): boolean {
      let m = clauseEnds.get(doc);
      if (!m) clauseEnds.set(doc, (m = new Map()));
      let v = m.get(tail);
      if (v === undefined) {
        const all = docText(doc).all;
        v = false;
        for (let p = all.indexOf(tail); p >= 0 && !v; p = all.indexOf(tail, p + 1)) v = /[，,。；;、]/u.test(all[p + tail.length] ?? "");
        m.set(tail, v);
      }
      return v;
    }
    /**
     * The text ends on a lone character that is not a word ending, and the same last characters go
     * on with another character elsewhere in the document ("…农村人居环" while the project is
     * "农村人居环境整治"): the cell was cut mid-word. `tail` is the text's last three characters and `last`
     * its lone last character, as shapeOf found them; only this look-up is made per call.
     */
    function continuesElsewhere(tail: string, last: string, countedByOf: Indicator | null): string | null {
      if (!current) return null;
      // the document itself closes a clause on the same characters elsewhere ("…从优待警，提高…"): the
      // ending is a whole phrase of its own, whatever word its last character begins in other places
      if (endsClauseElsewhere(current, tail)) return null;
      // the lone last character and one that follows elsewhere make one word ("环"+"境"); not the
      // classifier the row's own value counts with: a noun and its classifier make a collective noun
      // (车辆, 船只, 枪支), so "购置巡逻车" valued "=4辆" names what it counts in full, wherever 车辆 stands
      const follow = followers(current, tail);
      if (!follow) return null;
      const countedBy = countedByOf ? classifiersOf(countedByOf) : "";
      for (const next of follow) if (!countedBy.includes(next) && ctx.services.words(last + next).length === 1) return tail + next;
      return null;
    }

    /** why a piece of free text looks cut, if it does; `prose` for sentences (goals, analysis, header
     *  texts), which never end on a bare number: "日处理能力达到500" lost its unit and the rest */
    function cut(text: string, prose = false, countedBy: Indicator | null = null): CutResult | null {
      const memo = prose ? proseShapes : cellShapes;
      let shape = memo.get(text);
      if (shape === undefined) {
        if (memo.size >= MEMO_CAP) memo.clear();
        const own = detach(text);
        memo.set(own, (shape = shapeOf(own, prose)));
      }
      if ("final" in shape) return shape.final;
      // the one step that depends on the document: do the last characters go on elsewhere in it
      return continuesElsewhere(shape.elsewhere, shape.last, countedBy) ? shape.cutHere : shape.rest;
    }
    /**
     * What `cut` finds in a text from its own characters (segmentation, a dozen patterns, the
     * lexicons), found once per distinct text and kind: the same names, values and goals recur on
     * every copy of a form.
     */
    const cellShapes = new Map<string, Shape>();
    const proseShapes = new Map<string, Shape>();
    function shapeOf(text: string, prose: boolean): Shape {
      const t = text.trim().replace(/[。.！!；;]+$/u, "");
      if (!t || !/\p{Script=Han}/u.test(t)) return { final: null };
      const bare = prose && t.length >= 8 ? /\p{Script=Han}(\d+(?:\.\d+)?)$/u.exec(t) : null;
      if (bare) return { final: { messageId: "numberCut", tail: detach(bare[1]) } };
      // a long sentence ending on a comma is usually loose punctuation, not a cut
      if (OPEN_END.test(t) && !/[：:]$/u.test(t) && !(t.length > 15 && /[，,]$/u.test(t))) return { final: { messageId: "dangling", tail: t.slice(-1) } };
      if (unbalanced(t)) return { final: { messageId: "unbalanced" } };
      // a colon announces what follows in the next cell or line ("确保达到："): not a cut word
      if (/[：:]$/u.test(t)) return { final: null };
      const words = ctx.services.words(t);
      const last = words[words.length - 1] ?? "";
      // a text closed by its own full stop was written to the end: a cell cut at its edge loses the
      // stop with the rest, so a last word that looks cut ("…做到应检尽检。", 检 being the first
      // character of 检查) is the idiom's, not a cut
      // so was a text closed by a quote or bracket it opened ("…实现业务“秒批秒办”"): a cut at the edge
      // leaves the quote open, which `unbalanced` above reports
      const closed = /[。！？!?]$/u.test(text.trim()) || /[”’》）)」』】]$/u.test(t);
      const isWhole = wholeEnding(t);
      if (!closed && !isWhole && words.length >= 2 && (dangling.has(last) || lex.regexps.some((r) => r.test(last))) && !metAdverb.test(compact(t))) return { final: { messageId: "dangling", tail: detach(last) } };
      // a lone character right after a conjunction ("…常态化采集和分"): the second of two coordinated words
      // was cut after its first character (分析); a whole one-character word there ("水和电") is rare in forms,
      // and characters that end words on their own (率, 度, 费 …) are left alone
      if (!closed && !isWhole && words.length >= 3 && /^(?:和|与|及|或|并|以及)$/u.test(words[words.length - 2]) && /^\p{Script=Han}$/u.test(last) && !WORD_END.test(last) && words[words.length - 3].length >= 2) return { final: { messageId: "dangling", tail: detach(last) } };
      // the last word and a lone character after it that begin a longer word of the dictionary ("…培育乡土
      // 技术骨": 技术骨 begins 技术骨干): the text stops inside that word (in sentences only; characters that
      // end words on their own, 率, 度, 人 …, are left alone)
      if (prose && !closed && !isWhole && words.length >= 2 && /^\p{Script=Han}$/u.test(last) && !WORD_END.test(last) && /^\p{Script=Han}{2,}$/u.test(words[words.length - 2]) && t.endsWith(words[words.length - 2] + last) && dictionaryWordGoesOn(words[words.length - 2] + last)) {
        return { final: { messageId: "dangling", tail: detach(last) } };
      }
      if (!closed && !isWhole) {
        const open = intentWithoutVerb(t);
        if (open) return { final: { messageId: "dangling", tail: detach(open) } };
        // a sentence whose last clause is one verb alone ("…放流鱼苗120万尾，带动"): the comma opened a
        // clause that names neither who acts nor on what — two signs that the rest was cut
        const bare = bareVerbClause(t);
        if (bare) return { final: { messageId: "dangling", tail: detach(bare) } };
        // …or on a verb and a word that cannot be its whole object ("…符合省级", "…开展线")
        const object = objectCut(t);
        if (object) return { final: { messageId: "dangling", tail: detach(object) } };
      }
      const elsewhere = !closed && !isWhole ? elsewhereTail(t, words) : null;
      const rest = restOf(t, words, closed);
      if (elsewhere === null) return { final: rest };
      return { elsewhere, last: detach(last), cutHere: { messageId: "dangling", tail: detach(last) }, rest };
    }
    /** the last three characters continuesElsewhere looks up, or null when the text's ending cannot be
     *  a word cut in two: its last word is not a lone Han character, or one that ends words (率, 度 …) */
    function elsewhereTail(t: string, words: string[]): string | null {
      const last = words[words.length - 1] ?? "";
      if (words.length < 2 || !/^\p{Script=Han}$/u.test(last) || WORD_END.test(last)) return null;
      const tail = t.replace(/\s+/g, "").slice(-3);
      if (tail.length < 3 || !/^\p{Script=Han}+$/u.test(tail)) return null;
      return detach(tail);
    }
    /** `cut`'s signs after the look-up in the document: a collocation's first half, a stub at the start,
     *  a closing bracket never opened */
    function restOf(t: string, words: string[], closed: boolean): CutResult | null {
      const last = words[words.length - 1] ?? "";
      if (!closed && words.length >= 2 && collocations.some((r) => r.test(compact(t)))) return { messageId: "dangling", tail: detach(last) };
      const head = /^(\p{Script=Han})[,，]/u.exec(t);
      if (head && words[0] === head[1]) return { messageId: "startCut", head: head[1] };
      if (closedNeverOpened(t)) return { messageId: "openerLost" };
      return null;
    }

    /** the first characters of the units the row's values count with ("辆" of "=4辆") */
    function classifiersOf(ind: Indicator): string {
      return [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]
        .map((v) => (v?.kind === "numeric" ? (v.unit ?? "").replace(/^万/u, "").trim().charAt(0) : ""))
        .join("");
    }

    /**
     * A level label cut short: a strict beginning of its full name ("服务对象满意度指" of 服务对象满意度指标),
     * longer than its usual short form without 指标 ("社会效益"), so that it stops inside 指标. A label
     * shorter than the short form ("生态效") is not judged: a label printed over two lines whose second piece
     * the reader did not join looks the same ("可持续影" / "响指标"), and the rule cannot see the next line.
     */
    function labelCutShort(raw: string, full: string): boolean {
      const base = full.replace(/指标$/u, "");
      return raw !== full && raw !== base && full.startsWith(raw) && raw.length > base.length;
    }
    /**
     * Names cut at one width. The rows this rule found cut in a form, by column (三级指标, the year
     * column's 三级指标), with their length: a column printed at a fixed width cuts every name as long
     * as the width. Another name of that column exactly as long, valued with a number and a unit, that
     * stops before saying what its number counts ("历史档案扫描整理" valued "≥15000卷": no 卷数; "巡查记录上报"
     * valued "≤24小时": no 时限) was cut at the same width. A name of that length that ends on what it
     * measures (面积, 件数, 时限, 成本, …率: lexicon measure-heads, or a wording cue of the level-2 service)
     * was written whole, and a width of four characters or less is no evidence of a fixed column.
     */
    const measureHeads = ctx.knowledge.lexicon("measure-heads").regexps;
    /** what a text says by its own characters, once per distinct text: it ends on a measure head */
    const measureHeadIn = perDistinctText((t: string): boolean => measureHeads.some((r) => r.test(t)));
    /** a compacted name of four Han characters or more that ends on no measure head: the names
     *  prefixElsewhere and rateElsewhere look at (once per distinct name) */
    const unmeasuredName = perDistinctText((t: string): boolean => [...t].length >= 4 && /^\p{Script=Han}+$/u.test(t) && !measureHeadIn(t));
    const level2 = level2Service(ctx.knowledge);
    type Cuts = { byLength: Map<number, Indicator>; rows: Set<Indicator> };
    const cutNames = new WeakMap<Form, Map<"name" | "annualName", Cuts>>();
    function cutAt(form: Form, column: "name" | "annualName", ind: Indicator) {
      const text = column === "name" ? ind.name : ind.annualName ?? "";
      let byColumn = cutNames.get(form);
      if (!byColumn) cutNames.set(form, (byColumn = new Map()));
      let cuts = byColumn.get(column);
      if (!cuts) byColumn.set(column, (cuts = { byLength: new Map(), rows: new Set() }));
      const n = [...compact(text)].length;
      if (!cuts.byLength.has(n)) cuts.byLength.set(n, ind);
      cuts.rows.add(ind);
    }
    function sameWidthCuts(form: Form) {
      const byColumn = cutNames.get(form);
      if (!byColumn) return;
      for (const [column, { byLength, rows }] of byColumn) {
        const field: Field = column;
        const texts = form.indicators.map((ind) => compact((column === "name" ? ind.name : ind.annualName) ?? ""));
        const lengths = new Map<number, number>();
        for (const t of texts) if (t) lengths.set([...t].length, (lengths.get([...t].length) ?? 0) + 1);
        const periodNames = column === "annualName" ? new Set(form.indicators.map((i) => compact(i.name))) : null;
        // a name printed longer than the width on one line shows the column is wider: only names whose
        // row spans more lines than one (wrapped cells, joined by the reader) may exceed it
        const oneLine = (i: number) => i + 1 < form.indicators.length && form.indicators[i + 1].line === form.indicators[i].line + 1;
        const widerOnOneLine = (n: number) => texts.some((t, i) => [...t].length > n && oneLine(i));
        form.indicators.forEach((ind, i) => {
          const t = texts[i];
          const n = [...t].length;
          const other = byLength.get(n);
          // the width shows as several names of exactly its length (three at least, the cut one among them)
          if (n < 5 || !other || rows.has(ind) || (lengths.get(n) ?? 0) < 3 || !/^\p{Script=Han}+$/u.test(t)) return;
          // a year-column name the form writes whole in its period column (in another row order) is whole
          if (periodNames?.has(t) || widerOnOneLine(n)) return;
          const value = [ind.target, ind.annualTarget, ind.adjustedTarget].find((v) => v?.kind === "numeric" && v.value !== null && !!v.unit && v.unit !== "%");
          if (!value || measureHeads.some((r) => r.test(t)) || level2.read({ ...ind, name: t }).wording) return;
          const text = ((column === "name" ? ind.name : ind.annualName) ?? "").trim();
          const otherText = ((column === "name" ? other.name : other.annualName) ?? "").trim();
          ctx.report({ messageId: "widthCut", data: { text, otherText, n: String(n), value: value.raw.trim() }, form, indicator: ind, field, evidence: text });
        });
      }
    }

    /**
     * The same indicator written whole elsewhere in the document: this row's name is the beginning of
     * another row's ("汛期堤防巡查" beside "汛期堤防巡查次数"), the rest is only what the value measures
     * (次数, 时限, 率: lexicon measure-heads) and both rows are valued in the same dimension (counts of
     * 次, hours, percent). The name lost that rest at its cell's edge. A name whose value measures
     * something else ("档案数字化 ≥1000卷" beside "档案数字化率 ≥95%") is another indicator, and is whole.
     */
    const docNames = new WeakMap<KpiDocument, { names: string[]; rows: Map<string, Indicator> }>();
    function namesOf(doc: KpiDocument) {
      let d = docNames.get(doc);
      if (!d) {
        const rows = new Map<string, Indicator>();
        for (const f of doc.forms) for (const i of f.indicators) {
          const t = compact(i.name);
          if (t && !rows.has(t)) rows.set(t, i);
        }
        d = { names: [...rows.keys()].sort(), rows };
        docNames.set(doc, d);
      }
      return d;
    }
    const dimensionOfRow = (ind: Indicator): string | null => {
      const v = [ind.target, ind.annualTarget, ind.adjustedTarget].find((x) => x?.kind === "numeric" && x.value !== null && !!x.unit);
      return v ? `${v.dimension ?? "other"}:${v.dimension === "other" || !v.dimension ? v.unit : ""}` : null;
    };
    /**
     * A name valued in percent that names no rate ("桑园病虫害绿色" ≥85%: it ends on no measure head, lexicon
     * measure-heads), while the form's own goal or results text carries the name's last words on, in
     * one run of Chinese characters, into a rate followed by its figure ("…病虫害绿色防控技术覆盖率88%"): the
     * name lost the words that say what is measured (a wrapped line dropped, a cell cut at a word's end).
     * Two signs together: the name measures nothing a percentage could be of, and the form writes the
     * rate out. The suffix looked for is the name's longest ending of four characters or more found
     * there; the run after it holds at most ten characters and ends on 率 or 比例, before
     * the figure or a verb that states it (达到, 保持在 …).
     */
    /** the form's goal and analysis texts, compacted: once per form (asked per row valued in percent) */
    let goalTexts: { form: Form; texts: string[] } | null = null;
    function goalTextsOf(form: Form): string[] {
      if (goalTexts?.form !== form) goalTexts = { form, texts: [form.goals.annual?.text, form.goals.period?.text, form.goals.actual?.text, ...form.narrative.map((n) => n.text)].filter((x): x is string => !!x).map(compact) };
      return goalTexts.texts;
    }
    function rateElsewhere(form: Form, ind: Indicator): { tail: string; expected: string } | null {
      const t = compact(ind.name);
      if (!unmeasuredName(t)) return null;
      const texts = goalTextsOf(form);
      if (!texts.length) return null;
      for (let k = t.length; k >= 4; k--) {
        const suffix = t.slice(-k);
        for (const x of texts) {
          for (let p = x.indexOf(suffix); p >= 0; p = x.indexOf(suffix, p + 1)) {
            const m = /^(\p{Script=Han}{1,10}?(?:率|比例))(?:达到|达|为|保持在|不低于|超过)?[≥≤>＜<=＝]?\d/u.exec(x.slice(p + k));
            if (m) return { tail: ctx.services.words(t).pop() ?? t, expected: ind.name.trim() + m[1] };
          }
        }
      }
      return null;
    }
    /**
     * A name valued as a count ("法治宣传资料发放覆盖乡" =12个) whose last word is one lone character, while the
     * form's own goal or results text writes the value's very figure and unit followed by a longer word that
     * this character begins ("…覆盖全县12个乡镇"): what the value counts is that word, and the name lost its
     * end. Two signs together: the name stops on a lone character, and the form names the counted thing in
     * full right after the same figure. A name ending on a whole word ("…覆盖行政村" beside "12个行政村") or
     * a count whose figure the form writes before another word is not reported.
     */
    function countElsewhere(form: Form, ind: Indicator): { tail: string; written: string; expected: string; value: string } | null {
      const t = compact(ind.name);
      if ([...t].length < 4 || !/^\p{Script=Han}+$/u.test(t) || measureHeads.some((r) => r.test(t))) return null;
      const v = [ind.target, ind.annualTarget, ind.adjustedTarget].find((x) => x?.kind === "numeric" && x.value !== null && !!x.unit && x.dimension === "count");
      const figure = v ? /\d+(?:\.\d+)?/u.exec(v.raw)?.[0] : undefined;
      if (!v || !figure) return null;
      const tail = ctx.services.words(t).pop() ?? "";
      if ([...tail].length !== 1) return null;
      const texts = goalTextsOf(form);
      const head = `${figure}${v.unit}${tail}`;
      for (const x of texts) {
        for (let p = x.indexOf(head); p >= 0; p = x.indexOf(head, p + 1)) {
          // the figure must stand alone (not the end of "112个"), and what follows it must be one longer word
          if (p > 0 && /[\d.]/u.test(x[p - 1])) continue;
          const after = x.slice(p + figure.length + v.unit!.length);
          const word = ctx.services.words(after.slice(0, 12))[0] ?? "";
          if ([...word].length >= 2 && word.startsWith(tail) && /^\p{Script=Han}+$/u.test(word)) {
            return { tail, written: `${figure}${v.unit}${word}`, expected: ind.name.trim() + word.slice(tail.length), value: v.raw.trim() };
          }
        }
      }
      return null;
    }
    /**
     * A target that is a bare figure, with no unit in its cell, in the name or after it ("采集样品数量" valued
     * "≥3000"), while the form's own goal or results text writes that very figure followed by a unit of
     * things counted or measured ("采集血清和病原学样品3000份以上"): two signs together — the value names
     * nothing it counts, and the form says what it counts — so the unit was cut off. Shares, indices and
     * scores (率, 比例, 指数, 分) have no unit; money and time are left out (a form's "单位：万元" line or a
     * column heading may give their unit once for all). Returns the figure and unit as the goal writes them.
     */
    function unitInGoal(form: Form, ind: Indicator, v: Value): string | null {
      if (v.unit || v.value === null || v.broken || !/^[≥≤=＝><＞＜≧≦]?\s*\d+(?:\.\d+)?$/u.test(v.raw.trim())) return null;
      const name = compact(ind.name);
      if (/[(（][^()（）]{1,8}[)）]$/u.test(name) || /(率|比例|占比|比重|指数|系数|分|分值|得分|倍)$/u.test(name)) return null;
      const figure = /\d+(?:\.\d+)?/u.exec(v.raw)![0];
      for (const x of goalTextsOf(form)) {
        for (let p = x.indexOf(figure); p >= 0; p = x.indexOf(figure, p + 1)) {
          if (p > 0 && /[\d.]/u.test(x[p - 1])) continue;
          const after = x.slice(p + figure.length);
          if (/^[\d.]/u.test(after)) continue;
          for (const n of [4, 3, 2, 1]) {
            const u = lookupUnit(after.slice(0, n));
            if (u && COUNTED.has(u.dimension)) return `${figure}${after.slice(0, n)}`;
          }
        }
      }
      return null;
    }
    /**
     * A target that is a bare figure ("≥9", no unit) while the row's own description or the form's goal
     * states the row's measure — the name's last four characters or more, then at most a verb (达到, 保持在 …)
     * — with a percentage whose figure begins with these digits and goes on ("网民留言回复满意度达到90%以上"
     * beside "≥9"): the cell lost the rest of its figure and the %. Two signs together: no unit, and the
     * same measure written out in full with a longer figure. Returns that figure as written ("90%").
     */
    function figureInText(form: Form, ind: Indicator, v: Value): string | null {
      if (v.unit || v.value === null || v.broken) return null;
      const bare = /^[≥≤=＝><＞＜≧≦]?\s*(\d+)$/u.exec(v.raw.trim());
      if (!bare) return null;
      const name = compact(ind.name).replace(/^[\d一二三四五六七八九十]+[.、．]/u, "");
      if ([...name].length < 4 || !/\p{Script=Han}$/u.test(name)) return null;
      const texts = ind.description ? [compact(ind.description), ...goalTextsOf(form)] : goalTextsOf(form);
      for (let k = name.length; k >= 4; k--) {
        const suffix = name.slice(-k);
        for (const x of texts) {
          for (let p = x.indexOf(suffix); p >= 0; p = x.indexOf(suffix, p + 1)) {
            const m = /^(?:达到|达|为|保持在|不低于|不少于|超过|在)?[≥≤>＞<＜=＝]?(\d+(?:\.\d+)?)[%％]/u.exec(x.slice(p + k));
            if (m && m[1].length > bare[1].length && m[1].startsWith(bare[1])) return `${m[1]}%`;
          }
        }
      }
      return null;
    }
    function wholeElsewhere(doc: KpiDocument, ind: Indicator): Indicator | null {
      const t = compact(ind.name);
      if (!unmeasuredName(t)) return null;
      const dim = dimensionOfRow(ind);
      if (!dim) return null;
      const { names, rows } = namesOf(doc);
      let lo = 0;
      let hi = names.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (names[mid] <= t) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < names.length && names[i].startsWith(t); i++) {
        const rest = names[i].slice(t.length);
        if (rest.length > 3 || !measureHeadIn(rest)) continue;
        const other = rows.get(names[i])!;
        if (dimensionOfRow(other) === dim) return other;
      }
      return null;
    }

    function fieldData(field: Field, text: string, extra: Record<string, string> = {}) {
      return { field: FIELD_NAMES_ZH[field], fieldEn: FIELD_NAMES_EN[field], text: text.trim(), ...extra };
    }

    /** `label`: the column or header label a field of no fixed name stands under ("部门主要任务", an
     *  indicator column no role explains), named in the message instead of the field's generic name */
    function checkText(form: Form, ind: Indicator | null, field: Field, text: string, loc?: Loc, prose = false, label?: string): boolean {
      // the row whose values' classifiers a name may end on (found only when the document is asked)
      const c = cut(text, prose, ind && (field === "name" || field === "annualName") ? ind : null);
      if (!c) return false;
      const data = fieldData(field, text, { tail: c.tail ?? "", head: c.head ?? "" });
      if (label) Object.assign(data, { field: label, fieldEn: label });
      ctx.report({ messageId: c.messageId, data, form, indicator: ind, field, loc, evidence: text });
      return true;
    }

    /**
     * The texts of one kind (each goal column, the analysis, each header field by its label) that a
     * document writes as sentences, and how many of them it closes with a full stop: a department that
     * closes every other one shows how its texts end.
     */
    const measureNouns = ctx.knowledge.lexicon("measure-nouns").terms;
    const stopPools = new WeakMap<KpiDocument, Map<string, { n: number; stopped: number }>>();
    function poolsOf(doc: KpiDocument): Map<string, { n: number; stopped: number }> {
      let pools = stopPools.get(doc);
      if (pools) return pools;
      pools = new Map();
      const add = (kind: string, text: string | null | undefined) => {
        if (!text || !sentence(text)) return;
        const p = pools!.get(kind) ?? { n: 0, stopped: 0 };
        p.n++;
        if (STOPPED.test(text.trim())) p.stopped++;
        pools!.set(kind, p);
      };
      for (const f of doc.forms) {
        for (const key of ["period", "annual", "actual"] as const) add(`goals.${key}`, f.goals[key]?.text);
        for (const n of f.narrative) add("narrative", n.text);
        for (const [label, text] of Object.entries(f.project.details ?? {})) add(`details:${label}`, text);
        for (const [label, t] of Object.entries(f.extra ?? {})) add(`extra:${label}`, t.text);
      }
      stopPools.set(doc, pools);
      return pools;
    }
    /**
     * A sentence that stops without the full stop every other text of its kind in the document has
     * (at least two of them), in a last clause that announces a cause or an intention and never states
     * it ("…引进侨资项目2个，因境外团组", "…结余资金8.10万元将按规定"): the cell lost its end. A last clause
     * that says something ("…一体化达标", "…服务站全覆盖", "…合格后全部通车") is read as whole, however its
     * document punctuates.
     */
    function stopMissing(doc: KpiDocument, kind: string, text: string): { messageId: string; tail: string } | null {
      const t = text.trim();
      if (STOPPED.test(t) || /[\d%％）)”》」』】]$/u.test(t)) return null;
      const p = poolsOf(doc).get(kind);
      // the other texts of its kind (the pool counts sentences only, this one among them when it is one)
      const others = p ? p.n - (sentence(t) ? 1 : 0) : 0;
      if (!p || others < 2 || p.stopped !== others) return null;
      if (sentence(t)) {
        const clause = clauseWithoutPredicate(t, measureNouns)?.clause;
        if (clause) return { messageId: "stopMissing", tail: clause };
      }
      // …or that stops on a lone character that ends no word ("…下一步将加强与交通部门的协"), with or
      // without a clause break: two signs together (the document's habit and a word cut in two)
      const c = compact(t);
      if ([...c].length < 12 || wholeEnding(c)) return null;
      const words = ctx.services.words(c);
      const last = words[words.length - 1] ?? "";
      if (words.length < 3 || !/^\p{Script=Han}$/u.test(last) || WORD_END.test(last) || guessedLast(c) !== last) return null;
      return { messageId: "stopMissingWord", tail: detach(last) };
    }
    function reportStop(form: Form, field: Field, kind: string, text: string, loc: Loc | undefined, doc: KpiDocument, label?: string) {
      const stop = stopMissing(doc, kind, text);
      if (!stop) return;
      const data = fieldData(field, text, { tail: stop.tail });
      if (label) Object.assign(data, { field: label, fieldEn: label });
      ctx.report({ messageId: stop.messageId, data, form, field, loc, evidence: text });
    }

    /**
     * The row right below has no name and holds a piece of text in the same column ("接收后10个工" above "作日内",
     * "≥1200" above "亩"): the cell was printed over two lines and its second piece stands apart, so the first
     * one is not cut.
     */
    function continuedBelow(form: Form, ind: Indicator, field: Field): boolean {
      const next = form.indicators[form.indicators.indexOf(ind) + 1];
      if (!next || compact(next.name) || next.line > ind.line + 2) return false;
      const piece = compact((next[field as "target"] as Value | null | undefined)?.raw ?? "");
      // a piece, not a value of its own: text, a unit or the rest of a figure ("作日内", "亩", "5%"), no comparator first
      return !!piece && !/^[≥≤=＝><＞＜≧≦]/u.test(piece);
    }
    function checkValue(form: Form, ind: Indicator, field: Field, v: Value | null) {
      if (!v || !v.raw.trim() || v.kind === "placeholder") return;
      const signs = valueSigns(v.raw);
      if (signs.date) {
        ctx.report({ messageId: "dateCut", data: fieldData(field, v.raw), form, indicator: ind, field, evidence: v.raw });
        return;
      }
      if (v.kind === "numeric") {
        const sib = unitInSibling(ind, field, v);
        if (sib) {
          ctx.report({ messageId: "unitLost", data: fieldData(field, v.raw, { other: FIELD_NAMES_ZH[sib.field], otherEn: FIELD_NAMES_EN[sib.field], otherText: sib.value.raw.trim() }), form, indicator: ind, field, evidence: v.raw, expected: sib.value.raw.trim() });
          return;
        }
        if (signs.dateRange) ctx.report({ messageId: "dateCut", data: fieldData(field, v.raw), form, indicator: ind, field, evidence: v.raw });
        else {
          const cu = cutUnit(v.raw, ind);
          const u = cu && !continuedBelow(form, ind, field) ? cu : null;
          if (cu && !u) return;
          const other = u ? null : wanUnitElsewhere(form, v.raw);
          let written: string | null = null;
          if (u) ctx.report({ messageId: "unitCut", severity: u.weak ? "info" : undefined, data: fieldData(field, v.raw, { expected: u.expected }), form, indicator: ind, field, evidence: v.raw, expected: u.expected });
          // a count that stops on 万 ("≥2.6万") in a form that writes its other counts in 万 with their unit
          // ("≥18万羽"): this one lost its unit at the cell's edge
          else if (other) ctx.report({ messageId: "wanUnitLost", data: fieldData(field, v.raw, { otherText: other }), form, indicator: ind, field, evidence: v.raw });
          // a count target with no unit at all ("≥3000") whose figure the form's goal writes with its unit
          // ("采集样品3000份以上"): the unit was lost at the cell's edge
          else if (field !== "actual" && (written = unitInGoal(form, ind, v)) && !continuedBelow(form, ind, field)) ctx.report({ messageId: "unitLostGoal", data: fieldData(field, v.raw, { written }), form, indicator: ind, field, evidence: v.raw, expected: `${v.raw.trim()}${written.replace(/^[\d.]+/u, "")}` });
          // a bare figure ("≥9") that begins the percentage the row's description or the form's goal gives the
          // same measure ("…满意度达到90%以上"): the rest of the figure and its % were cut
          else if (field !== "actual" && (written = figureInText(form, ind, v)) && !continuedBelow(form, ind, field)) ctx.report({ messageId: "figureCut", data: fieldData(field, v.raw, { written }), form, indicator: ind, field, evidence: v.raw, expected: written });
          // a figure followed by a note whose bracket never closes ("≥98%（抽"): the note was cut
          else if (signs.unbalanced) ctx.report({ messageId: "unbalanced", data: fieldData(field, v.raw, { tail: "", head: "" }), form, indicator: ind, field, evidence: v.raw });
          // a range that states its start and stops at the range sign ("2℃～", "10-"): its end was cut
          else if (signs.openValueRange) ctx.report({ messageId: "rangeCut", data: fieldData(field, v.raw), form, indicator: ind, field, evidence: v.raw });
        }
        return;
      }
      if (signs.yearList) {
        ctx.report({ messageId: "yearListCut", data: fieldData(field, v.raw), form, indicator: ind, field, evidence: v.raw });
      } else if (signs.dateRange) {
        ctx.report({ messageId: "dateCut", data: fieldData(field, v.raw), form, indicator: ind, field, evidence: v.raw });
      } else if (signs.unitCut && /\d/u.test(v.raw)) {
        if (continuedBelow(form, ind, field)) return;
        // a text value whose figure's unit lost its end ("资金到账后10个工": 个工作日)
        ctx.report({ messageId: "unitCut", data: fieldData(field, v.raw, { expected: signs.unitCut }), form, indicator: ind, field, evidence: v.raw, expected: signs.unitCut });
      } else {
        checkText(form, ind, field, v.raw);
      }
    }

    return {
      indicator(ind, form, doc) {
        current = doc;
        const name = compact(ind.name);
        const word = rateWordCut(name);
        const percent = isPercent(ind.target) || isPercent(ind.annualTarget) || isPercent(ind.adjustedTarget) || isPercent(ind.actual);
        // a target that names its own rate before the figure ("达标率100%", "通车率100%") says which rate
        // the row measures: the name ("…设备达标", "…全覆盖") was written whole, as the statement the rate checks
        const rateInValue = ratesBeforeFigure(ind.target) || ratesBeforeFigure(ind.annualTarget) || ratesBeforeFigure(ind.adjustedTarget) || ratesBeforeFigure(ind.actual);
        // without a percentage, a quality indicator (质量指标, where names are rates: 合格率, 通过率) whose name
        // ends on a lone character that begins a rate word ("…等级保护测评通") was cut as well; a stem
        // ("…验收合格") is not enough there, since a quality name may be the statement itself
        const loneCut = !!word && !name.endsWith(word.slice(0, -1)) && ind.level2 === "质量指标" && !!(ind.target ?? ind.actual);
        if (word && (percent || loneCut) && !rateInValue) {
          const stem = name.endsWith(word.slice(0, -1));
          const expected = `${ind.name.trim()}${stem ? word.slice(-1) : word.slice(1)}`;
          ctx.report({ messageId: percent ? "rateNameCut" : "rateNameCutQuality", data: { text: ind.name.trim(), expected, word }, form, indicator: ind, field: "name", evidence: ind.name, expected });
          cutAt(form, "name", ind);
        } else if (name) {
          const u = unitNameCut(ind);
          if (u) ctx.report({ messageId: "unitNameCut", data: { text: ind.name.trim(), tail: u.tail, unit: u.unit, expected: u.expected }, form, indicator: ind, field: "name", evidence: ind.name, expected: u.expected });
          if (u || checkText(form, ind, "name", ind.name)) cutAt(form, "name", ind);
          else {
            const whole = wholeElsewhere(doc, ind);
            const rate = whole || !percent || rateInValue ? null : rateElsewhere(form, ind);
            if (whole) {
              ctx.report({ messageId: "prefixElsewhere", data: { text: ind.name.trim(), expected: whole.name.trim(), line: String(whole.line) }, form, indicator: ind, field: "name", evidence: ind.name, expected: whole.name.trim() });
              cutAt(form, "name", ind);
            } else if (rate) {
              ctx.report({ messageId: "rateElsewhere", data: { text: ind.name.trim(), tail: rate.tail, expected: rate.expected }, form, indicator: ind, field: "name", evidence: ind.name, expected: rate.expected });
              cutAt(form, "name", ind);
            } else {
              const counted = countElsewhere(form, ind);
              if (counted) {
                ctx.report({ messageId: "countElsewhere", data: { text: ind.name.trim(), ...counted }, form, indicator: ind, field: "name", evidence: ind.name, expected: counted.expected });
                cutAt(form, "name", ind);
              }
            }
          }
        }
        const an = ind.annualName ? compact(ind.annualName) : "";
        if (an && an !== name) {
          // the year column is sometimes in another row order: compare with the period names of the same level 2
          const full = name.startsWith(an)
            ? ind.name
            : form.indicators.find((o) => o !== ind && o.level2 === ind.level2 && compact(o.name) !== an && compact(o.name).startsWith(an))?.name;
          if (full) {
            ctx.report({ messageId: "annualPrefix", data: { text: ind.annualName!.trim(), expected: full.trim() }, form, indicator: ind, field: "annualName", evidence: ind.annualName!, expected: full.trim() });
            cutAt(form, "annualName", ind);
          } else if (checkText(form, ind, "annualName", ind.annualName!)) {
            cutAt(form, "annualName", ind);
          }
        }
        checkValue(form, ind, "target", ind.target);
        checkValue(form, ind, "annualTarget", ind.annualTarget);
        checkValue(form, ind, "adjustedTarget", ind.adjustedTarget);
        checkValue(form, ind, "actual", ind.actual);
        // the 偏差原因 written beside the row, cut at the cell's edge like a goal ("…培训进度滞")
        if (ind.deviation && ind.deviation.trim().length >= 4) checkText(form, ind, "deviation", ind.deviation);
        // the row's other text cells, cut at the cell's edge or on a wrapped cell's continuation line
        // ("…学徒结业考核合"): the explaining texts (绩效指标描述, 指标解释, 指标值确定依据) are sentences, which
        // never end on a bare number ("…补贴不低于120" lost its 元); 评分标准, 绩效标准, 备注 and columns no
        // role explains are judged like a name (a 评分标准 may end on its points: "…每推迟半个月扣1.5分")
        for (const [f, prose] of ROW_TEXTS) {
          const text = ind[f];
          if (!text || compact(text).length < 4) continue;
          // points deducted or given with a bare number ("每发现一例认定错误扣0.5"): the 分 after it was cut
          const points = f === "scoringMethod" ? POINTS_CUT.exec(compact(text)) : null;
          if (points) ctx.report({ messageId: "numberCut", data: fieldData(f, text, { tail: points[1] }), form, indicator: ind, field: f, evidence: text });
          else checkText(form, ind, f, text, undefined, prose);
        }
        for (const [header, text] of Object.entries(ind.extra ?? {})) if (compact(text).length >= 4) checkText(form, ind, "extra", text, undefined, false, header);
      },
      form(form, doc) {
        current = doc;
        sameWidthCuts(form);
        // labels: one finding per run of rows that share the cut label
        let prev: string | null = null;
        let prev1: string | null = null;
        let prevA: string | null = null;
        for (const ind of form.indicators) {
          const raw = ind.level2Raw ? label(ind.level2Raw) : null;
          if (raw && ind.level2 && raw !== prev) {
            const full = ind.level2;
            if (labelCutShort(raw, full)) {
              ctx.report({ messageId: "labelCut", data: { text: ind.level2Raw!.trim(), expected: full }, form, indicator: ind, field: "level2", evidence: ind.level2Raw!, expected: full });
            }
          }
          prev = raw ?? prev;
          // the year column's own label, cut at its edge while the period column's is whole ("生态效益指")
          const rawA = ind.annualLevel2Raw ? label(ind.annualLevel2Raw) : null;
          // (a year label that names another level 2 is annualLevel2's matter, not a cut)
          const fullA = ind.annualLevel2 ? null : ind.level2;
          if (rawA && fullA && rawA !== prevA) {
            if (labelCutShort(rawA, fullA)) {
              ctx.report({ messageId: "labelCut", data: { text: ind.annualLevel2Raw!.trim(), expected: fullA }, form, indicator: ind, field: "level2", evidence: ind.annualLevel2Raw!, expected: fullA });
            }
          }
          prevA = rawA ?? prevA;
          const raw1 = ind.level1Raw ? label(ind.level1Raw) : null;
          if (raw1 && ind.level1 && raw1 !== prev1) {
            const full = ind.level1;
            if (labelCutShort(raw1, full)) {
              ctx.report({ messageId: "level1Cut", data: { text: ind.level1Raw!.trim(), expected: full }, form, indicator: ind, field: "level1", evidence: ind.level1Raw!, expected: full });
            }
          }
          prev1 = raw1 ?? prev1;
        }
        // goals: each "目标 N:" part, and the whole text
        for (const key of ["period", "annual", "actual"] as const) {
          const g = form.goals[key];
          if (!g || !g.text.trim()) continue;
          const parts = g.text.split(/目标\s*[0-9一二三四五六七八九十]+\s*[:：]/u).filter((p) => p.trim());
          let found = false;
          for (const p of parts.length ? parts : [g.text]) {
            const c = cut(p, true);
            if (c) {
              ctx.report({ messageId: c.messageId, data: fieldData(`goals.${key}` as Field, p, { tail: c.tail ?? "", head: c.head ?? "" }), form, field: `goals.${key}` as Field, loc: g.loc, evidence: p.trim() });
              found = true;
              break;
            }
          }
          if (!found) reportStop(form, `goals.${key}` as Field, `goals.${key}`, g.text, g.loc, doc);
        }
        for (const n of form.narrative) if (!checkText(form, null, "narrative", n.text, n.loc, true)) reportStop(form, "narrative", "narrative", n.text, n.loc, doc);
        // the project name, cut at the cell's edge like an indicator name ("……设施运行维")
        if (form.project.name.trim()) {
          const ending = cut(form.project.name) ? null : nameEndingCut(form.project.name);
          if (ending) {
            const tail = ending[0];
            ctx.report({ messageId: "dangling", data: fieldData("project.name", form.project.name, { tail }), form, field: "project.name", evidence: form.project.name, expected: `${form.project.name.trim()}${ending.slice(1)}` });
          } else checkText(form, null, "project.name", form.project.name);
        }
        // … and the 主管部门, cut the same way ("青山县柳塘镇人民政")
        const dept = form.project.department?.replace(/^[\d\s\-—－]+/u, "") ?? "";
        if (dept.trim()) checkText(form, null, "project.department", dept);
        // … and the 实施单位, by its brackets only ("兰溪县文化馆（兰溪县非物质文化遗产保护中"): unit names
        // end on office words (党政办, 综治办) that the word-level signs would take for a cut
        const impl = form.project.implementer?.replace(/^[\d\s\-—－]+/u, "") ?? "";
        if (impl.trim() && compact(impl) !== compact(dept) && unbalanced(compact(impl))) {
          ctx.report({ messageId: "unbalanced", data: fieldData("project.implementer", impl), form, field: "project.implementer", evidence: impl });
        }
        // the 项目期 as a date range cut at its end ("2025年1月-2025年1")
        const period = form.project.period ?? "";
        if (period.trim() && (cutDate(period) || openRange(period) || cutDateRange(period.replace(/[-—－~～]/gu, "至")))) {
          ctx.report({ messageId: "dateCut", data: fieldData("project.period", period), form, field: "project.period", evidence: period });
        }
        // header texts (项目概况, 立项依据, 保证措施 …): cut like a goal
        for (const [label, text] of Object.entries(form.project.details ?? {})) {
          if (!text || text.trim().length < 8) continue;
          const loc = form.fields[detailField(label)]?.loc;
          if (!checkText(form, null, "project.details", text, loc, true)) reportStop(form, "project.details", detailPool(label), text, loc, doc);
        }
        // … and header fields no known label explains, named by their label
        for (const [label, t] of Object.entries(form.extra ?? {})) {
          if (t.text.trim().length >= 8 && !checkText(form, null, "extra", t.text, t.loc, true, label)) reportStop(form, "extra", `extra:${label}`, t.text, t.loc, doc, label);
        }
        // the reason written in the funds block of a self-assessment (未执行原因 / 原因), cut like a 偏差原因
        const reason = form.funds.raw?.reasons;
        if (reason && compact(reason.text).length >= 4) checkText(form, null, "funds", reason.text, reason.loc);
        // the 备注 footnotes under a self-assessment ("备注：…（2023年"), less their label
        for (const n of form.notes ?? []) {
          const text = n.text.replace(/^[-*•]?\s*(?:备注\s*[:：]?|注\s*[:：])\s*/u, "");
          if (compact(text).length >= 8) checkText(form, null, "notes", text, n.loc, true);
        }
      },
    };
  },
});
