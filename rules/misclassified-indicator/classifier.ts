/**
 * The level-2 classifier of misclassified-indicator: how an indicator becomes tokens, how the trained
 * model (model.json, written by scripts/train-level2.ts) is loaded and how it scores. Shared by the
 * rule and the training script so that both tokenise the same way.
 *
 * The model is natural's BayesClassifier, serialised by natural (its `features` table and the
 * apparatus counts), without the training documents. Scoring is multinomial naive Bayes over those
 * counts, in log space and normalised over the classes (see Level2Classifier.classify).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { BayesClassifier as NaturalBayesClassifier } from "natural";
import type { Indicator, Value } from "../../src/model/types.js";
import { normalizeForCompare } from "../../src/engine/services.js";
import { packageRoot } from "../../src/engine/paths.js";

const require = createRequire(import.meta.url);

/**
 * natural's BayesClassifier, required from its own module: natural's index also loads its storage
 * backends, which run dotenv and print to stdout (that would corrupt `check --format json`).
 */
export const BayesClassifier = require("natural/lib/natural/classifiers/bayes_classifier.js") as typeof NaturalBayesClassifier;
export type BayesClassifier = NaturalBayesClassifier;

/** canonical level 2s the classifier knows */
export const LEVEL2 = [
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
] as const;

/**
 * Near neighbours: level 2s that forms routinely mix up and reviewers accept — 数量/质量/时效 (及时率
 * under 质量, a count read as quality), the 效益 level 2s among themselves, and 服务对象满意度 with
 * 社会效益/可持续影响 (安全感, 幸福感, 群众满意度 stated as an outcome; the lexicon does not move
 * satisfaction words out of 效益 either). A move between near neighbours needs a far stricter
 * posterior than a move across (an effect under 成本, a satisfaction rate under 数量).
 */
export const NEAR_GROUPS: readonly (readonly string[])[] = [
  ["数量指标", "质量指标", "时效指标"],
  ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  ["社会效益指标", "可持续影响指标", "服务对象满意度指标"],
];

export function near(a: string, b: string): boolean {
  return NEAR_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

export const TOKEN_SCHEMES = ["char2", "char23", "jieba", "jieba+char2", "char23+value", "jieba+char2+value"] as const;
export type TokenScheme = (typeof TOKEN_SCHEMES)[number];

export const LABEL_ONLY = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|产出|效益)(指标)?$/;
export const PLACEHOLDER = /^(\*+|x+|—+|-+|_+|指标\s*\d*[:：]?|\.\.\.|…+)$/i;

/** a name worth classifying: not empty, not a level label, not a placeholder */
export function hasRealName(ind: Indicator): boolean {
  const name = ind.name.replace(/\s+/g, "");
  return name.length >= 2 && !LABEL_ONLY.test(name) && !PLACEHOLDER.test(name) && /\p{Script=Han}/u.test(name);
}

/** the text the classifier reads: the name, plus the 绩效指标描述 when the form has one */
export function indicatorText(ind: Indicator): string {
  const name = ind.name.trim();
  const desc = ind.description?.trim();
  return desc && !PLACEHOLDER.test(desc.replace(/\s+/g, "")) ? `${name} ${desc}` : name;
}

function charNgrams(t: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= t.length; i++) out.push(t.slice(i, i + n));
  return out;
}

/** coarse shape of the value (not its text): which dimension, a qualitative word, a date */
function valueShape(ind: Indicator): string[] {
  const v: Value | null = ind.target ?? ind.annualTarget ?? ind.adjustedTarget ?? ind.actual;
  if (!v) return [];
  if (v.dimension) return [`#v:${v.dimension}`];
  if (v.kind === "date" || v.kind === "period") return ["#v:date"];
  if (v.kind === "qualitative") return ["#v:qual"];
  return [];
}

/**
 * Tokens of an indicator under a scheme. `words` is jieba segmentation (ctx.services.words in the
 * rule, createServices().words in the training script). Tokens are a set: the Bayes model counts
 * presence, not frequency.
 */
export function tokenize(ind: Indicator, scheme: TokenScheme, words: (s: string) => string[]): string[] {
  const text = indicatorText(ind);
  const t = normalizeForCompare(text);
  const out = new Set<string>();
  const [base, ...extra] = scheme.split("+");
  if (base === "char2" || base === "char23") {
    for (const g of charNgrams(t, 2)) out.add(g);
    if (base === "char23") for (const g of charNgrams(t, 3)) out.add(g);
  } else if (base === "jieba") {
    for (const w of words(text)) {
      const n = normalizeForCompare(w);
      if (n) out.add(`w:${n}`);
    }
  }
  if (extra.includes("char2")) for (const g of charNgrams(t, 2)) out.add(g);
  if (extra.includes("value")) for (const s of valueShape(ind)) out.add(s);
  return [...out];
}

export interface ModelMeta {
  /** what the model is, for a human opening the file */
  description: string;
  classifier: "natural.BayesClassifier";
  tokenScheme: TokenScheme;
  smoothing: number;
  /** divides the log scores before normalising (fitted on the cross-validation) */
  temperature: number;
  corpus: { file: string; sha256: string; indicators: number }[];
  counts: { examples: number; features: number; perLevel2: Record<string, number> };
  crossValidation: {
    method: string;
    folds: { heldOut: string; examples: number; accuracy: number }[];
    /** micro-averaged over all held-out examples */
    accuracy: number;
    /** every scheme tried, same folds */
    schemes: Record<string, number>;
    /** held-out log loss per temperature tried */
    temperatures?: Record<string, number>;
    /** held-out calibration at the chosen temperature: predictions with posterior ≥ p, and how many were right */
    calibration?: { minPosterior: number; predictions: number; accuracy: number }[];
    /** what the default thresholds flag in the held-out folds */
    flagged?: { thresholds: Thresholds & { classifier?: boolean }; examples: number; flags: number; near: number };
  };
}

export interface Level2Model {
  meta: ModelMeta;
  /** natural.BayesClassifier as natural serialises it, minus `docs` */
  natural: Record<string, unknown>;
}

export interface Scored {
  label: string;
  p: number;
}

/** a loaded model ready to score token lists */
export class Level2Classifier {
  readonly meta: ModelMeta;
  private readonly index = new Map<string, number>();
  private readonly labels: string[];
  /** log P(c) */
  private readonly logPrior: number[];
  /** per class: token index → log P(t|c), and log P(unseen|c) */
  private readonly logLik: Map<number, number>[];
  private readonly logUnseen: number[];

  constructor(model: Level2Model) {
    this.meta = model.meta;
    const bayes = BayesClassifier.restore(structuredClone(model.natural));
    Object.keys(bayes.features).forEach((f, i) => this.index.set(f, i));
    const c = bayes.classifier;
    const alpha = model.meta.smoothing ?? 1;
    const v = this.index.size;
    this.labels = Object.keys(c.classFeatures);
    // natural/apparatus store, per class, (documents with the token + smoothing) and (documents + 1)
    const docs = this.labels.map((l) => c.classTotals[l] - 1);
    const allDocs = docs.reduce((a, b) => a + b, 0);
    this.logPrior = docs.map((n) => Math.log(n / allDocs));
    this.logLik = [];
    this.logUnseen = [];
    for (const l of this.labels) {
      const counts = Object.entries(c.classFeatures[l]).map(([i, n]) => [Number(i), n - c.smoothing] as const);
      const total = counts.reduce((a, [, n]) => a + n, 0);
      const denom = Math.log(total + alpha * v);
      this.logLik.push(new Map(counts.map(([i, n]) => [i, Math.log(n + alpha) - denom])));
      this.logUnseen.push(Math.log(alpha) - denom);
    }
  }

  get features(): number {
    return this.index.size;
  }

  /** how many of these tokens the model has seen */
  known(tokens: readonly string[]): number {
    return tokens.filter((t) => this.index.has(t)).length;
  }

  /**
   * Posterior per level 2, highest first. Multinomial naive Bayes with Laplace smoothing over
   * natural's counts (apparatus' own scoring divides by the class size, which favours the rarest
   * class whenever a token is unseen), in log space, normalised over the classes. Tokens the model
   * never saw are ignored.
   */
  classify(tokens: readonly string[], temperature = this.meta.temperature ?? 1): Scored[] {
    return posterior(this.logScores(tokens), temperature);
  }

  /** unnormalised log P(c) + Σ log P(t|c) per level 2 */
  logScores(tokens: readonly string[]): { label: string; log: number }[] {
    const idx = tokens.map((t) => this.index.get(t)).filter((i): i is number => i !== undefined);
    return this.labels.map((label, k) => {
      let lp = this.logPrior[k];
      for (const i of idx) lp += this.logLik[k].get(i) ?? this.logUnseen[k];
      return { label, log: lp };
    });
  }
}

/**
 * Normalise log scores into posteriors, dividing them by a temperature first. Naive Bayes counts
 * overlapping n-grams as independent evidence and so is far too sure of itself (posteriors of 1.000
 * for coin flips); the temperature, fitted on the cross-validation (lowest held-out log loss),
 * makes a posterior of 0.9 mean roughly "right nine times in ten".
 */
export function posterior(scores: readonly { label: string; log: number }[], temperature = 1): Scored[] {
  const logs = scores.map((s) => s.log / temperature);
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return scores.map((s, i) => ({ label: s.label, p: exps[i] / sum })).sort((a, b) => b.p - a.p);
}

/** the value is an amount of money (then a row under 成本指标 is where it belongs) */
export function isMoney(ind: Indicator): boolean {
  for (const v of [ind.target, ind.annualTarget, ind.adjustedTarget, ind.actual]) {
    if (v?.dimension === "money") return true;
    if (v?.raw && /元/.test(v.raw)) return true;
  }
  return false;
}

export interface Thresholds {
  minPosterior: number;
  minMargin: number;
  nearPosterior: number;
  minKnownTokens: number;
}

export interface Verdict {
  expected: string;
  p: number;
  pCurrent: number;
}

/**
 * Does the classifier say the row belongs elsewhere? The predicted level 2 must differ from the
 * current one, have posterior ≥ minPosterior and lead the current level 2 by ≥ minMargin; a move
 * between near neighbours (NEAR_GROUPS) needs ≥ nearPosterior; the text must share ≥
 * minKnownTokens tokens with the training corpus; a 成本指标 row valued in money stays.
 */
export function verdict(scored: readonly Scored[], current: string, known: number, ind: Indicator, t: Thresholds): Verdict | null {
  const top = scored[0];
  if (!top || top.label === current || known < t.minKnownTokens) return null;
  if (!(LEVEL2 as readonly string[]).includes(current)) return null;
  if (current === "成本指标" && isMoney(ind)) return null;
  const pCurrent = scored.find((s) => s.label === current)?.p ?? 0;
  if (top.p < t.minPosterior || top.p - pCurrent < t.minMargin) return null;
  if (near(top.label, current) && top.p < t.nearPosterior) return null;
  return { expected: top.label, p: top.p, pCurrent };
}

export const MODEL_PATH = (): string => join(packageRoot(), "rules", "misclassified-indicator", "model.json");

let loaded: Level2Classifier | null | undefined;

/** the committed model, loaded once per process; null when the file is missing or unreadable */
export function loadLevel2Classifier(): Level2Classifier | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = new Level2Classifier(JSON.parse(readFileSync(MODEL_PATH(), "utf8")) as Level2Model);
  } catch {
    loaded = null;
  }
  return loaded;
}
