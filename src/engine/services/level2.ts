/**
 * What a level 2 measures, modelled once (checklist item 1). For an indicator, which level 2 its
 * wording and its value's dimension point to — count, rate, deadline, money, money gained, social,
 * environmental, lasting, satisfaction — with a confidence; and what its own level 2 asks of its
 * value. misclassified-indicator, vague-value and impossible-target's unit checks ask this service
 * instead of each keeping its own list.
 *
 * Knowledge a reviewer edits lives in three lexicons, validated when the service is built:
 *  - rules/lexicons/level2-measures.yml: "measure strong|weak : regexp" — wording cues per measure;
 *  - rules/lexicons/level2-cues.yml: "目标 <- 来源1|来源2 : regexp" (a move between given level 2s)
 *    and "二级 !: regexp" (words a row under that level 2 must carry);
 *  - rules/lexicons/level2-doubts.yml: what lowers the confidence of a misplacement (a cost valued as a
 *    saving, a move between two level 2s that both fit, a cue that is only a modifier of the name).
 *
 * Every misplacement carries a confidence; the rules report it only from MISPLACED_MIN_CONFIDENCE.
 */
import type { Indicator, UnitDimension, Value } from "../../model/types.js";
import type { Knowledge, Lexicon } from "../knowledge.js";
import { KnowledgeError } from "../knowledge.js";
import { detach } from "../../model/strings.js";
import { perDistinctText } from "../services.js";

export const MEASURES = ["count", "rate", "deadline", "money", "money-gained", "social", "environmental", "lasting", "satisfaction"] as const;
export type Measure = (typeof MEASURES)[number];

/** the canonical level 2 of each measure */
export const LEVEL2_OF: Record<Measure, string> = {
  count: "数量指标",
  rate: "质量指标",
  deadline: "时效指标",
  money: "成本指标",
  "money-gained": "经济效益指标",
  social: "社会效益指标",
  environmental: "生态效益指标",
  lasting: "可持续影响指标",
  satisfaction: "服务对象满意度指标",
};

const LEVEL2_PATTERNS: [RegExp, Measure][] = [
  // the newer national templates' 成本指标 level 1 holds 经济成本 (money), 社会成本 and 生态环境成本: costs
  // borne by people or the environment, measured in their own units (人, 亩, 吨), not in money
  [/社会成本/u, "social"],
  [/(生态|环境)\S*成本/u, "environmental"],
  [/满意/u, "satisfaction"],
  [/数量/u, "count"],
  [/质量/u, "rate"],
  [/时效/u, "deadline"],
  [/经济效益/u, "money-gained"],
  [/成本/u, "money"],
  [/社会效益/u, "social"],
  [/生态/u, "environmental"],
  [/可持续/u, "lasting"],
];

/** the measure a level-2 label stands for ("数量指标", "数量", "社会效益"…), or null when unknown */
export function measureOfLevel2(level2: string | null | undefined, level1?: string | null): Measure | null {
  if (!level2) return level1 === "满意度指标" ? "satisfaction" : null;
  return measureOfLabel(level2);
}
/** a handful of distinct labels, asked for every row by several rules: the patterns once per label */
const measureOfLabel = perDistinctText((level2: string): Measure | null => LEVEL2_PATTERNS.find(([re]) => re.test(level2))?.[1] ?? null, 1000);

/** a cost level 2 of any kind (成本指标, 经济成本指标, 社会成本指标, 生态环境成本指标): its targets are caps */
export function isCostLevel2(level2: string | null | undefined): boolean {
  return !!level2 && /成本/u.test(level2);
}

/**
 * The confidence from which a misplacement is reported (misclassified-indicator's default threshold,
 * and what impossible-target's unit check defers to). Below it the service still answers, with the
 * doubt that lowered it, but a reviewer would not send the row back on that evidence.
 */
export const MISPLACED_MIN_CONFIDENCE = 0.6;

/** the measures of the 效益 level 2s, where qualitative values are allowed but weak */
export const EFFECT_MEASURES: ReadonlySet<Measure> = new Set(["money-gained", "social", "environmental", "lasting"]);

/**
 * Value dimensions that can never measure a level 2 (a certain error when found): a date as a
 * cost, quality or satisfaction; money as a quality (a sum or a standard in 元 is what 成本 caps); a count, money or a measure of size (an area, a length, a weight,
 * a volume) as a deadline; a count as a satisfaction; money as a count, a deadline or a satisfaction;
 * a date as a social, environmental or economic effect (a deadline is when the output is done: 时效 —
 * 可持续影响 may state a horizon, "设施使用至2035年").
 */
const FOREIGN: Partial<Record<Measure, ReadonlySet<UnitDimension | "date">>> = {
  money: new Set(["date", "area", "length", "weight", "volume", "count"]),
  rate: new Set(["date", "money"]),
  deadline: new Set(["count", "money", "area", "length", "weight", "volume"]),
  satisfaction: new Set(["date", "count", "money", "area"]),
  count: new Set(["date"]),
  social: new Set(["date"]),
  environmental: new Set(["date"]),
  "money-gained": new Set(["date"]),
};

/**
 * Quantity dimensions that, under a level 2 whose wording the row does not carry, point to 数量: not
 * impossible there (a count of 分馆 under 可持续影响, 年增粮食 in 公斤 under 经济效益 are accepted), but
 * evidence once the wording is foreign too.
 */
const QUANTITY_EVIDENCE: Partial<Record<Measure, ReadonlySet<UnitDimension>>> = {
  environmental: new Set(["count"]),
  "money-gained": new Set(["area", "length", "volume"]),
};

/** a count per span of time ("次/周", "次/月", "批/季度"): a frequency, which 时效 may measure */
const FREQUENCY_UNIT = /^(次|回|批|轮|趟|遍|场|期)\/(日|天|周|旬|月|季|季度|半年|年)$/u;

/** the value's dimension, with dates and periods as "date" */
export function dimensionOf(v: Value | null | undefined): UnitDimension | "date" | null {
  if (!v) return null;
  if (v.kind === "date") return "date";
  if (v.kind === "numeric" && v.dimension) return v.dimension;
  return null;
}

/** the measure a value's dimension alone points to (percent is shared by several: null) */
export function measureOfValue(v: Value | null | undefined): Measure | null {
  const d = dimensionOf(v);
  if (d === "money") return "money";
  if (d === "count" || d === "area" || d === "length" || d === "weight" || d === "volume" || d === "energy") return "count";
  if (d === "date") return "deadline";
  return null;
}

export interface WordingCue {
  measure: Measure;
  strong: boolean;
  re: RegExp;
}

export interface MoveCue {
  to: string;
  from: ReadonlySet<string>;
  re: RegExp;
}

export interface MustCue {
  level2: string;
  re: RegExp;
}

export interface Reading {
  /** the first wording cue that matched the name, if any */
  wording: { measure: Measure; strong: boolean; cue: string } | null;
  /** what the value's dimension points to (null when it does not say: %, a word, empty) */
  value: Measure | null;
  /** the combined best guess and its level 2 */
  measure: Measure | null;
  level2: string | null;
  /** 0..1: strong wording 0.8, weak 0.5, a value dimension alone 0.6; +0.15 when wording and value agree */
  confidence: number;
}

export interface Misplacement {
  /** the level 2 it belongs to, or null when only "not this level 2" is known */
  to: string | null;
  cue: string;
  kind: "belongsTo" | "notThisLevel";
  /** the value's unit proves it: its dimension is foreign to the current level 2 and fits the target one */
  unitProves: boolean;
  /** set when the value alone proves it (money under 数量): the value that does */
  value?: string;
  /**
   * 0..1: the unit proves it (a foreign dimension, or a strong cue the unit confirms) 0.95; money as a
   * 数量 value 0.9; a foreign value pointing nowhere in particular 0.85; a move cue 0.8; an output counted
   * with a floor under 社会/生态环境成本 0.8; a cost worded and valued as a cost under 效益 0.75; another measure's wording where the
   * level 2's own words are missing 0.75 (strong) / 0.6 (weak); a quantity where the level 2 has no
   * word for it 0.7. Lowered by the doubts of level2-doubts.yml (see `doubts`): saving −0.5; shared, modifier,
   * effect −0.3.
   */
  confidence: number;
  /** what lowered the confidence, if anything: "saving", "shared", "modifier", "effect" */
  doubts: string[];
}

/** is a misplacement sure enough to report (or to defer to)? */
export function isSure(m: Misplacement | null | undefined, min = MISPLACED_MIN_CONFIDENCE): m is Misplacement {
  return !!m && m.confidence >= min - 1e-9;
}

/** what a level 2 asks of its value (vague-value) */
export type Demand =
  /** a number: 数量, 成本, 满意度, and any indicator named …率/…比例 (效率 excepted) */
  | "number"
  /** a rate or a stated standard: 质量 (合格, 符合国家标准 are answers; 提高, 良好 are not) */
  | "standard"
  /** a deadline: 时效 */
  | "deadline"
  /** 效益: qualitative allowed but weak */
  | "graded";

export interface Level2Service {
  read(ind: Indicator): Reading;
  /** the measure of the indicator's own level 2 */
  current(ind: Indicator): Measure | null;
  misplaced(ind: Indicator): Misplacement | null;
  /** is the value's dimension impossible for this measure? */
  foreign(measure: Measure | null, v: Value | null | undefined): boolean;
  demand(ind: Indicator): Demand | null;
}

/** a name that is only a level label or a template slot: nothing to judge */
export const LABEL_ONLY = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|产出|效益)(指标)?$/u;
export const SLOT = /^(\*+|x+|—+|-+|_+|指标\s*\d*[:：]?|\.\.\.|…+)$/iu;

function compact(s: string): string {
  return s.replace(/\s+/gu, "");
}

/** the name without spaces and without a unit in brackets at its end ("身份证制证废品率(%)", "维修成本（万元）"):
 *  once per distinct name (each indicator's is asked two to four times per rule that reads it) */
const bareName = perDistinctText((s: string): string => detach(compact(s).replace(/[(（][^()（）]{1,8}[)）]$/u, "")));
/** the per-text memos' size: emptied when full */
const MEMO_CAP = 20_000;

/** a name ending in 率 / 比例 / 占比 (a share), 效率 excepted */
export function isShareName(name: string): boolean {
  const n = compact(name).replace(/[(（]?[%％][)）]?$/u, "");
  return /(率|比例|占比|比重)$/u.test(n) && !/效率$/u.test(n);
}

export function parseMeasureCues(lex: Lexicon): WordingCue[] {
  return lex.terms.map((t) => {
    const m = /^\s*([a-z-]+)\s+(strong|weak)\s*:\s*(.+)$/u.exec(t);
    if (!m || !(MEASURES as readonly string[]).includes(m[1])) {
      throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无法理解的线索（应为“衡量对象 strong|weak : 正则”，衡量对象为 ${MEASURES.join("/")}）/ cannot parse cue: ${t}`);
    }
    try {
      return { measure: m[1] as Measure, strong: m[2] === "strong", re: new RegExp(m[3].trim(), "u") };
    } catch (e) {
      throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无效的正则表达式 / invalid regular expression: ${t}: ${(e as Error).message}`);
    }
  });
}

export interface DoubtCues {
  /** value words that make a cost a saving */
  saving: RegExp[];
  /** moves between two level 2s that both fit a name matching re */
  shared: { between: ReadonlySet<string>; re: RegExp }[];
  /** what may follow a cue for the cue to be the name's head ("率", "人数") */
  head: RegExp[];
  /** names of an effect counted in people or households (带动就业人数, 受益户数) */
  effect: RegExp[];
  /** direction words at a name's end, dropped before its head is found */
  tail: RegExp[];
}

export function parseDoubtCues(lex: Lexicon): DoubtCues {
  const out: DoubtCues = { saving: [], shared: [], head: [], tail: [], effect: [] };
  for (const t of lex.terms) {
    const m = /^\s*(saving|head|tail|effect|shared\s+(\S+))\s*:\s*(.+)$/u.exec(t);
    if (!m) throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无法理解的线索（应为“saving|head|tail|effect|shared 二级1|二级2 : 正则”）/ cannot parse cue: ${t}`);
    let re: RegExp;
    try {
      re = new RegExp(m[3].trim(), "u");
    } catch (e) {
      throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无效的正则表达式 / invalid regular expression: ${t}: ${(e as Error).message}`);
    }
    if (m[2]) out.shared.push({ between: new Set(m[2].split("|")), re });
    else out[m[1] as "saving" | "head" | "tail" | "effect"].push(re);
  }
  return out;
}

export function parseMoveCues(lex: Lexicon): { moves: MoveCue[]; musts: MustCue[] } {
  const moves: MoveCue[] = [];
  const musts: MustCue[] = [];
  for (const t of lex.terms) {
    try {
      let m = /^\s*(\S+)\s*<-\s*(\S+)\s*:\s*(.+)$/u.exec(t);
      if (m) {
        moves.push({ to: m[1], from: new Set(m[2].split("|")), re: new RegExp(m[3].trim(), "u") });
        continue;
      }
      m = /^\s*(\S+)\s*!:\s*(.+)$/u.exec(t);
      if (m) {
        musts.push({ level2: m[1], re: new RegExp(m[2].trim(), "u") });
        continue;
      }
    } catch (e) {
      throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无效的正则表达式 / invalid regular expression: ${t}: ${(e as Error).message}`);
    }
    throw new KnowledgeError(`rules/lexicons/${lex.id}.yml`, `无法理解的线索 / cannot parse cue: ${t}`);
  }
  return { moves, musts };
}

/** the value an indicator is judged by: the first target column that is filled */
export function mainValue(ind: Indicator): Value | null {
  for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) if (v && v.raw.trim() && v.kind !== "empty") return v;
  return null;
}

function isMoneyValue(ind: Indicator): boolean {
  for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) {
    if (v?.dimension === "money") return true;
    if (v?.raw && /元/u.test(v.raw)) return true;
  }
  return false;
}

/** the first target or actual value stated in money ("500万元", "=96万元"; not a bare "=万元" slot) */
function moneyValue(ind: Indicator): Value | null {
  for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) if (v?.kind === "numeric" && v.dimension === "money") return v;
  return null;
}

/** a time value: a date, a period, a duration, a share, or a timing word (及时, 按时) */
function isTimeValue(ind: Indicator): boolean {
  const v = mainValue(ind);
  if (!v) return false;
  if (v.kind === "date" || v.kind === "period" || v.dimension === "time" || v.dimension === "percent") return true;
  if (FREQUENCY_UNIT.test(v.unit ?? "")) return true;
  return /及时|按时|按期|准时|时限|期限|之前|以前|[前底末内]$/u.test(compact(v.raw));
}

/** what misplaced() reads of a row, as one string: level labels, name, and each value's text and reading */
function rowKey(ind: Indicator): string {
  let k = `${ind.level2 ?? ""}\u0000${ind.level1 ?? ""}\u0000${ind.name}`;
  for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) {
    k += v ? `\u0000${v.kind}\u0001${v.dimension ?? ""}\u0001${v.unit ?? ""}\u0001${v.op ?? ""}\u0001${v.value ?? ""}\u0001${v.raw}` : "\u0000";
  }
  return k;
}

const NO_DOUBTS: DoubtCues = { saving: [], shared: [], head: [], tail: [], effect: [] };

export function createLevel2Service(measureLex: Lexicon, cueLex: Lexicon, doubtLex?: Lexicon): Level2Service {
  const cues = parseMeasureCues(measureLex);
  const { moves, musts } = parseMoveCues(cueLex);
  const doubtCues = doubtLex ? parseDoubtCues(doubtLex) : NO_DOUBTS;

  /**
   * What follows a cue in the name, direction words at the end dropped: null when nothing or only a
   * generic head ("率", "人数") follows — the cue is the name's head ("疫苗接种率"); otherwise the head
   * ("渗滤液达标处理率": 处理率).
   */
  function headAfter(name: string, m: RegExpExecArray): string | null {
    let rest = name.slice(m.index + m[0].length);
    for (const re of doubtCues.tail) rest = rest.replace(re, "");
    if (!rest || doubtCues.head.some((re) => re.test(rest))) return null;
    return rest;
  }

  /** does a head noun measure this level 2 (its own cue or a word the level 2's rows carry)? */
  function headMeasures(head: string, level2: string, cur: Measure | null): boolean {
    if (cur && wording(head)?.measure === cur) return true;
    return musts.some((c) => c.level2 === level2 && c.re.test(head));
  }

  /** doubts about moving a row from its level 2 to `to`, on the cue match `m` of its name */
  function doubtsOf(ind: Indicator, name: string, to: string | null, m: RegExpExecArray | null, opts: { openLevel: boolean }): string[] {
    const out: string[] = [];
    const level2 = ind.level2 ?? "";
    const cur = current(ind);
    // a cost the value says to lower is money saved, which 效益 measures ("群众出行成本 降低")
    const raw = compact(mainValue(ind)?.raw ?? "");
    if (to && measureOfLevel2(to) === "money" && cur && EFFECT_MEASURES.has(cur) && doubtCues.saving.some((re) => re.test(raw))) out.push("saving");
    // two level 2s a reviewer accepts either way ("人均增收": people's income is money gained and a social effect)
    if (to && doubtCues.shared.some((s) => s.between.has(level2) && s.between.has(to) && s.re.test(name))) out.push("shared");
    // an effect counted in people under an effect level 2 ("带动就业人数 ≥50人" under 经济效益) is not an output
    if (to === LEVEL2_OF.count && cur && EFFECT_MEASURES.has(cur) && doubtCues.effect.some((re) => re.test(name))) out.push("effect");
    // a cue between the name's subject and its head only qualifies the head ("渗滤液 | 达标 | 处理率"); it is
    // evidence when it is the subject ("案件 | 办结率") or the head ("疫苗 | 接种率"). Doubted where the head
    // measures this level 2, or where the level 2's wording is open (效益)
    if (m && m.index > 0) {
      const head = headAfter(name, m);
      if (head && (opts.openLevel || headMeasures(head, level2, cur))) out.push("modifier");
    }
    return out;
  }

  const PENALTY: Record<string, number> = { saving: 0.5, shared: 0.3, modifier: 0.3, effect: 0.3 };
  function withDoubts(base: number, doubts: string[]): number {
    return Math.max(0, Math.round((base - doubts.reduce((s, d) => s + (PENALTY[d] ?? 0), 0)) * 100) / 100);
  }

  /**
   * The first cue a text matches, once per distinct text: every indicator is read by several rules
   * (misclassified-indicator, impossible-target, vague-value) and names recur on every copy of a
   * form, while the cues are some thirty patterns tried in turn. The answer is shared: callers only
   * read it. Bounded (emptied when full), keys detached from their file's text.
   */
  const wording = perDistinctText(wordingOf);
  function wordingOf(name: string): Reading["wording"] {
    for (const c of cues) {
      const m = c.re.exec(name);
      if (m) return { measure: c.measure, strong: c.strong, cue: detach(m[0]) };
    }
    return null;
  }

  function read(ind: Indicator): Reading {
    const name = bareName(ind.name);
    const w = name.length >= 2 && !LABEL_ONLY.test(name) && !SLOT.test(name) ? wording(name) : null;
    const value = measureOfValue(mainValue(ind));
    let measure: Measure | null = w?.measure ?? value;
    let confidence = w ? (w.strong ? 0.8 : 0.5) : value ? 0.6 : 0;
    if (w && value) {
      if (w.measure === value || (value === "money" && w.measure === "money-gained")) confidence = Math.min(1, confidence + 0.15);
      else if (!w.strong) {
        measure = value;
        confidence = 0.6;
      }
    }
    return { wording: w, value, measure, level2: measure ? LEVEL2_OF[measure] : null, confidence };
  }

  const current = (ind: Indicator) => measureOfLevel2(ind.level2, ind.level1);

  function foreign(measure: Measure | null, v: Value | null | undefined): boolean {
    if (!measure) return false;
    // a frequency ("≥2次/周", "1次/月") is how often the work is done: a timeliness measure
    if (measure === "deadline" && FREQUENCY_UNIT.test(v?.unit ?? "")) return false;
    const d = dimensionOf(v);
    return !!d && !!FOREIGN[measure]?.has(d);
  }

  /**
   * the unit proves the move: foreign to where the row is (a count under 质量 too; a sum of money under 数量, which
   * counts things in their own unit — as misplacedOf's money-valued 数量 row says), and the dimension of where it belongs
   */
  function proves(ind: Indicator, to: string | null): boolean {
    const v = mainValue(ind);
    const target = measureOfLevel2(to);
    const cur = current(ind);
    const d = dimensionOf(v);
    return !!target && (foreign(cur, v) || (cur === "rate" && d === "count") || (cur === "count" && d === "money")) && measureOfValue(v) === target;
  }

  /**
   * a value that by itself shows the row measures what its level 2 asks (a must-cue then stays quiet), or,
   * under 满意度, a value that is no figure.
   * Asked only of a name without the level 2's words: under 时效 a percentage is a timeliness rate only
   * when the name says of what timing (及时率, 按期完成率); a share named without it ("问题整改率") is the
   * share of the work done, which the value does not make a timing
   */
  function fitsMust(ind: Indicator): boolean {
    // under 满意度 only a figure named as an output's measure is evidence (a pass rate, a headcount, a completion
    // time): a percentage beside a described service or effect ("方便群众办事 ≥95%", "降低群众办事成本 ≥95%") is read
    // by reviewers as the satisfaction with it
    if (current(ind) === "satisfaction") {
      const w = read(ind).wording;
      return !(mainValue(ind)?.kind === "numeric" && w?.strong && (w.measure === "rate" || w.measure === "count" || w.measure === "deadline"));
    }
    if (current(ind) !== "deadline") return isMoneyValue(ind);
    return isTimeValue(ind) && !(mainValue(ind)?.dimension === "percent" && isShareName(ind.name));
  }

  /**
   * Positive evidence that a row belongs to another level 2 than its own: its value's dimension is
   * one the current level 2 can never hold (a count under 时效 — the unit proves it), or its wording
   * carries another measure's cue and the value does not contradict that measure ("工作完成率 ≥95%"
   * under 经济效益: a rate; "利用平台破案次数 ≥20次": a count).
   */
  /** a count of adverse events ("食品安全事故发生次数 0次") is a standard to keep, not a quantity of output */
  function adverse(ind: Indicator): boolean {
    return /事故|事件|投诉|差错|故障|隐患|违规|违纪|违法|案件|发生/u.test(compact(ind.name)) || mainValue(ind)?.value === 0;
  }

  function elsewhere(ind: Indicator): { to: string | null; cue: string; unitProves: boolean; confidence: number; doubts: string[] } | null {
    const cur = current(ind);
    const v = mainValue(ind);
    const byValue = measureOfValue(v);
    if (foreign(cur, v)) return { to: byValue ? LEVEL2_OF[byValue] : null, cue: v?.raw.trim() ?? "", unitProves: !!byValue, confidence: byValue ? 0.95 : 0.85, doubts: [] };
    // a quantity in its own unit where the level 2 has no word for it: things counted one by one (网点,
    // 场次) under 生态效益, an area or a length under 经济效益 ("新增有效灌溉面积 1200亩")
    const d = dimensionOf(v);
    if (d && d !== "date" && QUANTITY_EVIDENCE[cur ?? "count"]?.has(d) && !adverse(ind)) {
      const doubts = doubtsOf(ind, bareName(ind.name), LEVEL2_OF.count, null, { openLevel: true });
      return { to: LEVEL2_OF.count, cue: v?.raw.trim() ?? "", unitProves: false, confidence: withDoubts(0.7, doubts), doubts };
    }
    const r = read(ind);
    const w = r.wording;
    // a share whose name says nothing of time, valued in percent under 时效 ("问题整改率 ≥90%"): a rate of the
    // work done, which is what 质量 measures; no other level 2's wording to go by, so the weakest confidence
    if (!w && cur === "deadline" && d === "percent" && isShareName(ind.name)) {
      return { to: LEVEL2_OF.rate, cue: v?.raw.trim() ?? "", unitProves: false, confidence: 0.6, doubts: [] };
    }
    if (!w || w.measure === cur) return null;
    if (byValue && byValue !== w.measure && !(byValue === "money" && w.measure === "money-gained")) return null;
    // a percentage of a counted thing is its change or share ("接待人次同比增长 ≥10%" under 经济效益), not a
    // count — unless the level 2 asks for money, which a percentage is not either ("节约警力数量 ≥10%" under 成本)
    if (w.measure === "count" && dimensionOf(v) === "percent" && cur !== "money") return null;
    const to = LEVEL2_OF[w.measure];
    const name = bareName(ind.name);
    const m = cues.find((c) => c.measure === w.measure && c.strong === w.strong && c.re.test(name))?.re.exec(name) ?? null;
    // under a 效益 level 2 the wording is open: a cue that only modifies the head is no evidence there
    const doubts = doubtsOf(ind, name, to, m, { openLevel: !!cur && EFFECT_MEASURES.has(cur) });
    return { to, cue: w.cue, unitProves: false, confidence: withDoubts(w.strong ? 0.75 : 0.6, doubts), doubts };
  }

  /**
   * misplaced() once per distinct row: its answer depends only on the row's level labels, its name
   * and its four values' texts and readings, and a template's rows recur on every copy of a form,
   * while the answer tries the move, must and measure cues in turn. The answer is shared (callers
   * only read it). Bounded; keys flattened (no view on a file's text).
   */
  const placements = new Map<string, Misplacement | null>();
  function misplaced(ind: Indicator): Misplacement | null {
    if (!ind.level2) return null;
    const key = rowKey(ind);
    let m = placements.get(key);
    if (m === undefined) {
      if (placements.size >= MEMO_CAP) placements.clear();
      placements.set(detach(key), (m = misplacedOf(ind)));
    }
    return m;
  }

  function misplacedOf(ind: Indicator): Misplacement | null {
    const level2 = ind.level2;
    if (!level2) return null;
    const name = bareName(ind.name);
    // a level label as the name is left to other rules (template residue), except a satisfaction one
    // under another level 2: "服务对象满意度 ≥90%" under 时效 is a satisfaction indicator in the wrong place
    const satisfactionLabel = /满意度$/u.test(name) && current(ind) !== "satisfaction";
    if (name.length < 2 || (LABEL_ONLY.test(name) && !satisfactionLabel) || SLOT.test(name)) return null;
    const v = mainValue(ind);
    for (const c of moves) {
      if (!c.from.has(level2) || c.to === level2) continue;
      const m = c.re.exec(name);
      // the wording points there, but a value that level 2 can never hold ("满意度 50人") says otherwise
      if (m && !foreign(measureOfLevel2(c.to), v)) {
        const unitProves = proves(ind, c.to);
        const doubts = unitProves ? [] : doubtsOf(ind, name, c.to, m, { openLevel: false });
        return { to: c.to, cue: m[0], kind: "belongsTo", unitProves, confidence: unitProves ? 0.95 : withDoubts(0.8, doubts), doubts };
      }
    }
    for (const c of musts) {
      if (c.level2 !== level2 || c.re.test(name) || fitsMust(ind)) continue;
      // wording we do not know is not evidence: real departments word a level 2 in more ways than any
      // list holds. Only a row whose wording or value points to another level 2 is reported.
      const other = elsewhere(ind);
      if (other) return { to: other.to, cue: other.cue, kind: "notThisLevel", unitProves: other.unitProves, confidence: other.confidence, doubts: other.doubts };
    }
    // the measures: a strong wording cue whose dimension the value confirms, under a level 2 that
    // cannot hold that dimension (a headcount "培训教师人数 120人" under 质量指标)
    const r = read(ind);
    const cur = current(ind);
    const misfit = foreign(cur, v) || (cur === "rate" && dimensionOf(v) === "count");
    if (r.wording?.strong && r.measure && cur && r.measure !== cur && r.value === r.measure && misfit && !adverse(ind)) {
      return { to: LEVEL2_OF[r.measure], cue: r.wording.cue, kind: "belongsTo", unitProves: true, confidence: 0.95, doubts: [] };
    }
    // an output counted with a floor under a cost of society or the environment ("培训村级财务人员人数 ≥120人"
    // under 社会成本指标): such costs are harms kept under a cap ("新增水土流失面积 ≤20亩"), an output is not
    if (isCostLevel2(level2) && cur !== "money" && r.wording?.strong && r.wording.measure === "count" && r.value === "count" && (v?.op === ">=" || v?.op === ">") && !adverse(ind)) {
      return { to: LEVEL2_OF.count, cue: r.wording.cue, kind: "belongsTo", unitProves: false, confidence: 0.8, doubts: [] };
    }
    // a cost stated as a cost under an effect level 2: the wording says what is spent ("污泥处置费用")
    // and the value is that sum, a cap when under 经济效益 ("≤86万元"; money gained is "≥"). A name that
    // is only a sum ("补贴总额", weak wording) is a cost when capped: an effect is reached, a cost kept under
    const cap = v?.op === "<=" || v?.op === "<";
    if (r.wording?.measure === "money" && r.value === "money" && cur && EFFECT_MEASURES.has(cur) && !isCostLevel2(level2) && (cap || (r.wording.strong && cur !== "money-gained"))) {
      return { to: LEVEL2_OF.money, cue: r.wording.cue, kind: "belongsTo", unitProves: false, confidence: 0.75, doubts: [] };
    }
    // money as the value of a 数量 row ("设备购置规模 >500万元"): a 数量 row counts things in their own
    // unit (台, 套, 平方米); a sum of money is what 成本 measures — the unit proves it
    const money = cur === "count" && !(r.wording?.strong && r.wording.measure === "count") ? moneyValue(ind) : null;
    if (money) return { to: LEVEL2_OF.money, cue: "", kind: "belongsTo", unitProves: true, value: money.raw.trim(), confidence: 0.9, doubts: [] };
    return null;
  }

  function demand(ind: Indicator): Demand | null {
    const cur = current(ind);
    if (cur === "count" || cur === "money" || cur === "satisfaction" || isShareName(ind.name)) return "number";
    if (cur && EFFECT_MEASURES.has(cur)) return "graded";
    if (cur === "rate") return "standard";
    if (cur === "deadline") return "deadline";
    return null;
  }

  return { read, current, misplaced, foreign, demand };
}

const cache = new WeakMap<object, Level2Service>();

/** the service for a run's knowledge (built once per set of lexicons) */
export function level2Service(knowledge: Knowledge): Level2Service {
  const key = knowledge.lexicons;
  let s = cache.get(key);
  if (!s) {
    s = createLevel2Service(knowledge.lexicon("level2-measures"), knowledge.lexicon("level2-cues"), knowledge.lexicon("level2-doubts"));
    cache.set(key, s);
  }
  return s;
}
