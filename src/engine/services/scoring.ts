/**
 * Scoring arithmetic shared by the score-arithmetic / inconsistency rules: the scheme's formulas
 * (budget score, grade bands, indicator scoring), where the 总分 and funds rows are, and a small
 * extractor for the figures a narrative states (预算执行率 X%, 满意度 X%, completion claims).
 *
 * Everything reviewer-editable (weights, grade bands, tolerances, cap) comes from the scheme
 * (rules/schemes/*.yml); nothing here hard-codes it.
 */
import type { Loc } from "../../model/loc.js";
import type { Form, Indicator, Value } from "../../model/types.js";
import { z } from "zod";
import type { Scheme } from "../knowledge.js";
import { detach } from "../../model/strings.js";
/** the row a narrative sentence stands on (a section's text may span several rows) */
export { narrativeLocAt } from "../../recognise/blocks.js";

/** a number for messages: at most 4 decimals, no trailing zeros */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(Math.round(n * 10000) / 10000);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function isNum(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

/**
 * A form scored by weight shares (权重占比 per row, 得分 out of 100, 折算得分 = 得分 × 权重占比): its
 * indicators carry a share and no 分值.
 */
export function scoredByShares(form: Form): boolean {
  return form.indicators.some((i) => isNum(i.weightShare)) && !form.indicators.some((i) => isNum(i.weight));
}

/**
 * The share (in percent) by which a form converts its whole indicator part (指标得分小计 × 权重占比 =
 * 折算得分, 总分 = 折算得分 + the budget line's 得分), or null when it states none. Its indicators are
 * then scored out of 100 / share × (100 − the budget line's points): 100 beside a 90% share and 10 points.
 */
export function indicatorShare(form: Form): number | null {
  const s = form.conversion?.share;
  return isNum(s) && s > 0 && s <= 100 ? s : null;
}

/** 分值 of the budget-execution line: as the form states it, else 100 in a form scored by weight
 *  shares (its 得分 is out of 100 like every row's), else the scheme's */
export function budgetWeight(form: Form, scheme: Scheme): number {
  if (isNum(form.funds.weight) && form.funds.weight > 0) return form.funds.weight;
  if (scoredByShares(form)) return 100;
  return impliedBudgetWeight(form, scheme) ?? statedRestWeight(form, scheme) ?? scheme.budgetWeight;
}

/**
 * the budget line's points as the 总分 row's 分值 leaves them: a form stating the full marks (100) on its 总分 row
 * whose indicators' 分值 add up to 80 gives its budget part the other 20 (预算执行情况（20分）, the other scheme the
 * checklist names; the scheme's `otherBudgetWeights`) — asked only where the budget line states no points of its own (budgetWeight), no level 1
 * states its points (impliedBudgetWeight) and its 得分, if read, is beyond the scheme's points; any other rest
 * is a wrong Σ分值, weights-sum's finding
 */
function statedRestWeight(form: Form, scheme: Scheme): number | null {
  // a budget 得分 read within the scheme's points (9.7) says the line is the scheme's: the 80 is then a wrong Σ分值
  if (isNum(form.funds.score) && form.funds.score <= scheme.budgetWeight + 1e-9) return null;
  const full = scheme.indicatorWeight + scheme.budgetWeight;
  if (!isNum(form.totalWeight) || Math.abs(form.totalWeight - full) > 1e-6) return null;
  const inds = scored(form);
  if (inds.length < 2) return null;
  const rest = round2(full - inds.reduce((s, i) => s + (i.weight as number), 0));
  return scheme.otherBudgetWeights.includes(rest) ? rest : null;
}

/** the points a level 1 states for itself: its 权重 cell (layout 2) or its label ("产出指标（30分）") */
export function level1Points(ind: Indicator): number | null {
  if (isNum(ind.level1Weight)) return ind.level1Weight;
  return isNum(ind.level1Points) ? ind.level1Points : null;
}

/**
 * the budget line's points as the form's level-1 points leave them: when every scored indicator's
 * level 1 states its points (产出指标（30分）, 成本指标（10分）…), 100 less their sum — 20 in a form with a
 * 20-point budget part; null when some level 1 states none or the rest is not a plausible budget part
 */
export function impliedBudgetWeight(form: Form, scheme: Scheme): number | null {
  const inds = scored(form);
  if (!inds.length) return null;
  const groups = new Map<string, number>();
  for (const i of inds) {
    const p = level1Points(i);
    if (p === null || !i.level1) return null;
    groups.set(i.level1, p);
  }
  const rest = scheme.indicatorWeight + scheme.budgetWeight - [...groups.values()].reduce((a, b) => a + b, 0);
  return rest > 0 && rest <= 30 ? rest : null;
}

/** the budget an execution rate is taken against: 全年预算数, else (not stated at all) 年初预算数 */
export function rateBase(form: Form): { value: number; zh: string; en: string } | null {
  const { adjusted, planned } = form.funds;
  if (isNum(adjusted)) return { value: adjusted, zh: "全年预算数", en: "budget" };
  if (adjusted === null || adjusted === undefined) if (isNum(planned)) return { value: planned, zh: "年初预算数", en: "initial budget" };
  return null;
}

/** 执行率 in percent as computed from the funds (null when the budget is 0 or missing) */
export function computedRate(form: Form): number | null {
  const base = rateBase(form);
  const { executed } = form.funds;
  if (!base || !isNum(executed) || base.value <= 0) return null;
  return (executed / base.value) * 100;
}

/**
 * The funds total row was left blank: its budget and executed amounts are zero or missing while the
 * source rows beneath it (本年财政拨款, 上年结转…) carry the money. The zero is not zero spending;
 * fund-split-sum reports the unfilled total, and the execution rules must not read it as "nothing spent".
 */
export function fundsTotalLeftBlank(form: Form): boolean {
  const { planned, adjusted, executed } = form.funds;
  const blank = (n: number | null | undefined): boolean => !isNum(n) || n === 0;
  if (!blank(planned) || !blank(adjusted) || !blank(executed)) return false;
  return (form.funds.sources ?? []).some((s) => (isNum(s.executed) && s.executed > 0) || (isNum(s.adjusted) && s.adjusted > 0));
}

/** the stated 执行率 in percent; a rate written as a share (0.983) is scaled up when the funds confirm it */
export function statedRate(form: Form): number | null {
  const r = form.funds.rate;
  if (!isNum(r)) return null;
  const c = computedRate(form);
  if (r > 0 && r <= 1.5 && c !== null && Math.abs(r * 100 - c) < Math.abs(r - c)) return r * 100;
  return r;
}

/** the decimals a written figure shows ("98.32%" → 2, "99%" → 0); null when no number is written */
function writtenDecimals(text: string | undefined): number | null {
  const m = /\d+(?:\.(\d+))?/u.exec((text ?? "").replace(/[,，]/gu, ""));
  return m ? (m[1] ?? "").length : null;
}

/**
 * How far a stated 执行率 may lie from 全年执行数 / 全年预算数 and still be the same rate: one unit of
 * its last written decimal (rounded or cut: "98.3%" for 98.36), plus what the rounding of the two
 * amounts as written can move the quotient — never more than the scheme's tolerance, which stays
 * the bound when the written rate is unknown. A rate written "99.12%" claims hundredths; 0.8 points
 * from the funds' 98.32% is another figure, not its rounding.
 */
export function rateTolerance(form: Form, schemeTol: number): number {
  const raw = form.funds.raw ?? {};
  const text = raw.rate?.text;
  let d = writtenDecimals(text);
  const c = computedRate(form);
  if (d === null || c === null) return schemeTol;
  // a rate written as a share (0.983): its decimals count in hundredths of a percent
  if (!/[%％]/u.test(text ?? "") && isNum(form.funds.rate) && form.funds.rate <= 1.5 && statedRate(form) !== form.funds.rate) d = Math.max(0, d - 2);
  const base = rateBase(form);
  const half = (t: string | undefined, v: number | null | undefined): number => {
    const k = writtenDecimals(t);
    return isNum(v) && v > 0 ? (0.5 * 10 ** -(k ?? 0)) / v : 0;
  };
  const baseKey = base?.zh === "年初预算数" ? "planned" : "adjusted";
  const amounts = c * (half(raw.executed?.text, form.funds.executed) + half(raw[baseKey]?.text, base?.value));
  return Math.min(schemeTol, 10 ** -d + amounts + 1e-9);
}

/** budget 得分 the scheme expects for a rate in percent */
export function expectedBudgetScore(ratePct: number, weight: number, scheme: Scheme): number {
  const share = Math.max(0, ratePct / 100);
  return (scheme.capBudgetScore ? Math.min(share, 1) : share) * weight;
}

/** the grade a total earns under the scheme's bands */
export function gradeFor(total: number, scheme: Scheme): string {
  const bands = [...scheme.grades].sort((a, b) => b.min - a.min);
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    const ok = i === 0 && scheme.topGradeStrict ? total > b.min : total >= b.min;
    if (ok) return b.grade;
  }
  return bands[bands.length - 1].grade;
}

/** scored indicators: those carrying a 分值 */
export function scored(form: Form): Indicator[] {
  return form.indicators.filter((i) => isNum(i.weight));
}

/** a 得分系数 is the share of its row's 权重 the row earned: 0 to 1 (outside it, what the form meant is unknown) */
export function isCoefficientShare(coefficient: number): boolean {
  return coefficient >= 0 && coefficient <= 1;
}

/**
 * A row scored as 得分 = 得分系数 × 权重: the score, and how far a stated 得分 may lie from it — half a
 * unit of the coefficient's last written decimal times the 权重 (0.92 may stand for 0.915–0.925; a
 * whole 1 or 0 is exact), plus the 得分's own rounding to 2 decimals.
 */
export function coefficientScore(coefficient: number, weight: number): { score: number; tolerance: number } {
  const decimals = (String(coefficient).split(".")[1] ?? "").length;
  const cut = decimals === 0 ? 0 : 0.5 * 10 ** -decimals * Math.abs(weight);
  return { score: round2(coefficient * weight), tolerance: cut + 0.01 };
}

/** the most a row can score: its 分值, or 100 for a row weighted by its share (权重占比) */
export function fullScore(ind: Indicator): number | null {
  if (isNum(ind.weight)) return ind.weight;
  return isNum(ind.weightShare) ? 100 : null;
}

export function isFullMarks(ind: Indicator): boolean {
  // a row scored out of 100 and weighted by its share (权重占比) has full marks at 100
  if (!isNum(ind.weight) && isNum(ind.weightShare) && isNum(ind.score)) return Math.abs(ind.score - 100) < 1e-9;
  return isNum(ind.weight) && isNum(ind.score) && ind.weight > 0 && Math.abs(ind.score - ind.weight) < 1e-9;
}

/** where the 总分 row is: the parser's own loc when it gives one, else just below the last indicator row */
export function totalLoc(form: Form): Loc {
  const own = form.fields?.total?.loc ?? form.fields?.["total"]?.loc;
  if (own) return own;
  const lastInd = form.indicators.reduce((m, i) => Math.max(m, i.line), 0);
  const firstNarr = form.narrative.length ? Math.min(...form.narrative.map((n) => n.loc.line ?? Infinity)) : Infinity;
  if (Number.isFinite(firstNarr) && firstNarr > lastInd) return { line: firstNarr - 1 };
  if (lastInd > 0) {
    const guess = lastInd + 2;
    return { line: form.endLine && guess > form.endLine ? form.endLine : guess };
  }
  return form.loc;
}

/** the funds total row: the reader's own loc, else the row of a funds cell it read (a template-read
 *  form keeps each cell's provenance in \`funds.raw\`), else the form's */
export function fundsLoc(form: Form): Loc {
  if (form.funds.loc) return form.funds.loc;
  const raw = form.funds.raw ?? {};
  for (const k of ["adjusted", "executed", "planned", "annualTotal", "periodTotal", "rate", "score"]) {
    const loc = raw[k]?.loc;
    if (loc) return loc;
  }
  return form.loc;
}

/** money in the form's funds unit (万元 by default) from a value: 元 → /10000; a bare number is taken as is */
export function moneyInFundsUnit(v: Value, fundsUnit: string | null): number | null {
  if (!isNum(v.value)) return null;
  if (v.dimension && v.dimension !== "money") return null;
  const unit = fundsUnit ?? "万元";
  if (v.unit === null || v.unit === undefined) return v.value;
  if (isNum(v.base)) return unit === "元" ? v.base : v.base / 10000;
  if (v.unit === unit) return v.value;
  if (v.unit === "元" && unit === "万元") return v.value / 10000;
  if (v.unit === "万元" && unit === "元") return v.value * 10000;
  return null;
}

export type Direction = "positive" | "reverse" | "exact";

/** how a target is met: ≥/> positive, ≤/< reverse, "=" or bare: reverse for 成本, else positive */
export function direction(target: Value, ind: Indicator): Direction {
  switch (target.op) {
    case ">=":
    case ">":
      return "positive";
    case "<=":
    case "<":
      return "reverse";
    default:
      if ((ind.level2 ?? "").includes("成本")) return "reverse";
      if (/(下降|降低|减少|控制在|不超过|故障率|发案率|投诉率|差错率|事故率|死亡率)/.test(ind.name)) return "reverse";
      return "positive";
  }
}

/** a money target of a 成本 indicator written with ≥ or > — costs are caps; a saving (节约, 压减 …) is not a cost */
export function costFloor(target: Value, ind: Indicator): boolean {
  return (
    (target.op === ">=" || target.op === ">") &&
    target.dimension === "money" &&
    (ind.level2 ?? "").includes("成本") &&
    !/节约|节省|降低|减少|压减|压缩/u.test(ind.name)
  );
}

/** the target a self-assessment's actual is measured against: 调整后指标值 when filled, else 年初/年度指标值 */
export function effectiveTarget(ind: Indicator): Value | null {
  const a = ind.adjustedTarget;
  if (a && a.kind === "numeric" && isNum(a.value)) return a;
  const t = ind.target;
  if (t && t.kind === "numeric" && isNum(t.value)) return t;
  return null;
}

function sameScale(t: Value, a: Value): boolean {
  if (t.dimension && a.dimension && t.dimension !== a.dimension) return false;
  if (t.unit && a.unit && t.unit !== a.unit) {
    return isNum(t.base) && isNum(a.base);
  }
  // a percent target against a bare count (or the reverse) is not comparable
  if ((t.unit === "%") !== (a.unit === "%") && (t.unit || a.unit)) return false;
  return true;
}

/** the numeric shortfall of an actual against its target, or null when it meets it or cannot be compared */
export function shortfall(ind: Indicator): { target: Value; actual: Value; dir: Direction; t: number; a: number } | null {
  const target = effectiveTarget(ind);
  const actual = ind.actual;
  if (!target || !actual || actual.kind !== "numeric" || !isNum(actual.value) || actual.broken || target.broken) return null;
  if (!sameScale(target, actual)) return null;
  const useBase = target.unit && actual.unit && target.unit !== actual.unit;
  const lo = useBase ? (target.base as number) : (target.value as number);
  const a = useBase ? (actual.base as number) : (actual.value as number);
  const dir = direction(target, ind);
  // a range ("1.8-2.2%", "2000-2500元/场") is met by any actual between its bounds: a positive target
  // falls short only below its lower bound, a reverse one only above its upper
  const hi = isNum(target.upper) && target.upper > (target.value as number) ? (useBase ? (target.upper * (target.base as number)) / (target.value as number) : target.upper) : null;
  const t = hi !== null && dir === "reverse" ? hi : lo;
  // "=7级", "=3" without a comparator: only counts, money, shares and measures have an obvious direction
  if ((target.op === "=" || target.op === null) && (!target.dimension || target.dimension === "other" || target.dimension === "time")) return null;
  const eps = Math.max(1e-9, Math.abs(t) * 1e-6);
  if (dir === "positive") {
    // a cost written as a floor ("≥45元/册" under 成本指标) is a cap with its comparator reversed
    // (impossible-target's finding): spending less than it is not a shortfall
    if (costFloor(target, ind)) return null;
    if (target.op === ">" ? a > t : a >= t - eps) return null;
    // an actual written "≥96%" against "≥96%" is a claim at the bound; "≤" actuals cannot prove a shortfall either
    if (actual.op === "<=" || actual.op === "<") return null;
    return { target, actual, dir, t, a };
  }
  if (dir === "reverse") {
    if (target.op === "<" ? a < t : a <= t + eps) return null;
    return { target, actual, dir, t, a };
  }
  return null;
}

/** the score the scheme gives a numeric indicator (positive: 分值 × actual/target; reverse: by scheme.reverseFormula) */
export function expectedIndicatorScore(ind: Indicator, scheme: Scheme): number | null {
  const s = shortfall(ind);
  const w = fullScore(ind);
  if (w === null) return null;
  if (!s) return w;
  if (s.dir === "positive") return s.t > 0 ? round2(Math.max(0, (w * s.a) / s.t)) : 0;
  if (s.t <= 0) return 0;
  return scheme.reverseFormula === "ratio" ? round2((w * s.t) / s.a) : round2(Math.max(0, w * (1 - (s.a - s.t) / s.t)));
}

// ---------------------------------------------------------------------------------------------
// Narrative figures

export interface Figure {
  /** the number as written (percent) */
  value: number;
  /** the matched phrase, exactly as in the text */
  text: string;
  /** "以上"/"超过" after the figure: a lower bound */
  atLeast: boolean;
  index: number;
}

const NUM = "(\\d+(?:\\.\\d+)?)\\s*[%％]";

/** words naming one part of a form's money (a kind of spending, a source, a level of government) */
const MONEY_PARTS = "基本支出|项目支出|人员经费|公用经费|上年结转|财政拨款|自筹|中央|省级|市级|县级";

/** a rate of one part of the money, not the form's: "项目支出执行率", "基本支出执行率", "人员经费执行率" */
const PART_RATE = new RegExp(`(${MONEY_PARTS}|结转|其他)(资金|预算)*$`, "u");

/**
 * A narrative's claims, found once per distinct text: analyses are long, recur on every copy of a
 * form, and each finder runs its patterns over the whole text. The lists are shared (callers only
 * read them); their texts and the keys are detached, and the memo is emptied past a character budget.
 */
function perText<T extends { text: string }>(find: (text: string) => T[]): (text: string) => T[] {
  const memo = new Map<string, T[]>();
  let chars = 0;
  return (text) => {
    let v = memo.get(text);
    if (v === undefined) {
      if (chars + text.length > CLAIM_MEMO_CHARS) {
        memo.clear();
        chars = 0;
      }
      v = find(text);
      for (const c of v) c.text = detach(c.text);
      memo.set(detach(text), v);
      chars += text.length;
    }
    return v;
  };
}
const CLAIM_MEMO_CHARS = 4_000_000;

/** "预算执行率100%", "预算执行率为102%", "执行率达到92%" (not the rate of one part: "项目支出执行率90.75%") */
export const executionRateClaims = perText(executionRateClaimsOf);
/** the form's own amounts a narrative states (see amountClaimsOf) */
export const amountClaims = perText(amountClaimsOf);
/** money completion rates (see moneyCompletionClaimsOf) */
export const moneyCompletionClaims = perText(moneyCompletionClaimsOf);
/** satisfaction figures (see satisfactionClaimsOf) */
export const satisfactionClaims = perText(satisfactionClaimsOf);
/** the form's total score as a narrative states it (see totalScoreClaimsOf) */
export const totalScoreClaims = perText(totalScoreClaimsOf);

/**
 * "项目自评得分96.46分", "综合得分为89分", "自评总分：97.5分", "总得分92分": the form's 总分 as a narrative states it.
 * Only a score named as the whole (自评, 综合, 评价, 考核, 绩效, 最终 before 得分/总分, or 总得分): "预算执行得19.30分"
 * and "满意度指标得分9.5分" name a part; "满分100分" and "分值" are no score.
 */
function totalScoreClaimsOf(text: string): Figure[] {
  const out: Figure[] = [];
  const re = /(?:(?:自评|综合|评价|考核|绩效|最终)总?(?:得分|分数|总分)|总得分)(?:为|是|达|达到|：|:)?\s*(\d+(?:\.\d+)?)\s*分(?!值)/gu;
  for (const m of text.matchAll(re)) out.push({ value: Number(m[1]), text: m[0], atLeast: false, index: m.index ?? 0 });
  return out;
}

function executionRateClaimsOf(text: string): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(`(?:预算|资金)?执行率(?:为|达|达到|是|约|仅为|仅)?\\s*${NUM}(以上)?`, "gu");
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    const prefix = m[0].slice(0, m[0].indexOf("执行率"));
    if (PART_RATE.test(text.slice(Math.max(0, index - 8), index) + prefix)) continue;
    out.push({ value: Number(m[1]), text: m[0], atLeast: !!m[2], index });
  }
  return out;
}

/** an amount of the form's money a narrative states: 全年预算 / 执行 / 结余 N万元 */
export interface AmountClaim {
  kind: "adjusted" | "executed" | "balance";
  /** in 万元 */
  value: number;
  text: string;
  index: number;
}

const AMOUNT_RES: [AmountClaim["kind"], RegExp][] = [
  ["adjusted", /(?:全年|年度|调整后)预算(?:数|资金)?(?:为|共|合计|总额)?\s*(\d+(?:\.\d+)?)\s*(万元|元)/gu],
  // not the amount left unspent ("未执行2.64万元", "尚未支出…")
  ["executed", /(?<![未没])(?:全年|实际)?(?:执行|支出)(?:数|资金)?(?:为|共|合计)?\s*(\d+(?:\.\d+)?)\s*(万元|元)/gu],
  ["balance", /结余(?:资金)?(?:为|共)?\s*(\d+(?:\.\d+)?)\s*(万元|元)/gu],
];

/** a clause about one part of the money, or an approximate or cumulative figure: no amount of the form's */
const NOT_THE_FORMS = new RegExp(`(${MONEY_PARTS}|其中|其他资金|约|近|超过|以上|累计|共计|截至)`, "u");

/**
 * The form's own amounts a narrative states ("全年预算96.00万元，执行82.56万元，结余13.44万元"), in 万元. A
 * clause about one part of the money ("项目支出全年预算159万元", "其中财政拨款…") or an approximate figure
 * ("约", "近", "超过", "以上") states no amount of the form's.
 */
function amountClaimsOf(text: string): AmountClaim[] {
  const out: AmountClaim[] = [];
  for (const clause of text.matchAll(/[^，,。；;：:（）()]+/gu)) {
    if (NOT_THE_FORMS.test(clause[0])) continue;
    for (const [kind, re] of AMOUNT_RES) {
      for (const m of clause[0].matchAll(re)) {
        const v = Number(m[1]);
        out.push({ kind, value: m[2] === "元" ? v / 10000 : v, text: m[0], index: (clause.index ?? 0) + (m.index ?? 0) });
      }
    }
  }
  return out;
}

/** money completion rates: "全年目标为17.42万元,实际完成19.17万元,完成率为102%" (a 完成率 in a clause about 万元/元) */
function moneyCompletionClaimsOf(text: string): (Figure & { planned: number | null; done: number | null })[] {
  const out: (Figure & { planned: number | null; done: number | null })[] = [];
  for (const clause of splitSentences(text)) {
    if (!/\d(?:\.\d+)?\s*万?元/.test(clause.text)) continue;
    const re = new RegExp(`(?<!目标|任务|发放|覆盖)完成率(?:为|达|达到|是)?\\s*${NUM}`, "gu");
    for (const m of clause.text.matchAll(re)) {
      const amounts = [...clause.text.matchAll(/(\d+(?:\.\d+)?)\s*万元/g)].map((x) => Number(x[1]));
      out.push({
        value: Number(m[1]),
        text: m[0],
        atLeast: false,
        index: clause.index + (m.index ?? 0),
        planned: amounts.length >= 2 ? amounts[0] : null,
        done: amounts.length >= 2 ? amounts[1] : null,
      });
    }
  }
  return out;
}

/** satisfaction figures: "满意度达89%", "满意度91%", "满意度较高，达到90%以上", "满意度为98%" (not "满意度提升至92分") */
function satisfactionClaimsOf(text: string): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(`满意度[^，,。；;%％\\d]{0,6}[，,]?[^，,。；;%％\\d]{0,4}${NUM}(以上|以上水平)?`, "gu");
  for (const m of text.matchAll(re)) {
    if (/XX|xx/.test(m[0])) continue;
    out.push({ value: Number(m[1]), text: m[0], atLeast: !!m[2], index: m.index ?? 0 });
  }
  return out;
}

export function splitSentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。；;]/.test(text[i])) {
      if (i > start) out.push({ text: text.slice(start, i), index: start });
      start = i + 1;
    }
  }
  return out;
}

/** "目标完成率100%", "圆满完成预期目标", "全部完成", "顺利完成" — a claim that the work was done */
export function completionClaim(text: string): string | null {
  const m = text.match(/目标完成率\s*(?:为|达|达到)?\s*100\s*[%％]|圆满完成[^，,。；;]{0,8}|(?:已|均已|全部|如期|按期|顺利)完成[^，,。；;]{0,10}/u);
  return m ? m[0] : null;
}

/** "超支" not negated ("无超支", "未出现超支", "不超支") */
export function overspendClaim(text: string): string | null {
  for (const s of text.split(/[，,。；;]/)) {
    const m = s.match(/超支/);
    if (!m) continue;
    const before = s.slice(0, m.index);
    if (/(无|未|没有|不|杜绝|避免|防止|严禁)[^超]{0,6}$/.test(before)) continue;
    return s.trim();
  }
  return null;
}

/** savings / leftover claims ("节省部分费用", "结余资金按规退回", "产生少量结余"), not negated */
export function savingsClaim(text: string): string | null {
  for (const s of text.split(/[，,。；;]/)) {
    const m = s.match(/节省|节约[^，,]{0,6}(资金|费用|经费)|结余资金|产生[^，,]{0,4}结余|形成结余|(资金|费用|经费)结余/);
    if (!m) continue;
    const before = s.slice(0, m.index);
    if (/(无|未|没有|不|杜绝)[^，,]{0,4}$/.test(before) || /无(超支或)?结余|无结余|零结余/.test(s)) continue;
    return s.trim();
  }
  return null;
}

/**
 * The option low-execution-reason and weak-evidence both take: `minRate`, the budget execution rate (%)
 * below which a reason is asked for. Left out, the scheme's `reasonBelowRate` (default 90) decides, so
 * that a reviewer who changes the scheme changes both rules; set, it overrides the scheme for one rule.
 */
export const ReasonRateOption = z.object({ minRate: z.number().positive().max(100) }).partial().strict();
export type ReasonRateOptions = z.infer<typeof ReasonRateOption>;
/** the rate below which a reason is asked for: the rule's own `minRate`, else the scheme's `reasonBelowRate` */
export function reasonBelowRate(options: ReasonRateOptions, scheme: Scheme): number {
  return options.minRate ?? scheme.reasonBelowRate;
}
