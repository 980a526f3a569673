/**
 * Train the level-2 classifier of misclassified-indicator (npm run train, or npx tsx scripts/train-level2.ts).
 *
 * Reads corpus/*.txt with the project's parser, takes every indicator with a canonical level 2 and a
 * real name (plus its 绩效指标描述 when present), and trains natural's BayesClassifier. The token
 * scheme is chosen by cross-validation BY DOCUMENT: train on all documents but one, test on the one
 * left out, once per document; per-fold accuracy is printed. The chosen scheme is then trained on
 * every document and written with its metadata (corpus hashes, counts, cross-validation figures;
 * no date) to rules/misclassified-indicator/model.json, so the same corpus gives the same file.
 *
 * Options: --scheme <s> (skip the choice), --thresholds (print how the rule's thresholds behave on
 * the held-out folds, for tuning), --dry-run (do not write the model).
 */
import { readdirSync, writeFileSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, basename } from "node:path";
import { parseFile } from "../src/parse.js";
import { createServices } from "../src/engine/services.js";
import { packageRoot } from "../src/engine/paths.js";
import type { Indicator } from "../src/model/types.js";
import {
  BayesClassifier,
  LEVEL2,
  near,
  Level2Classifier,
  MODEL_PATH,
  TOKEN_SCHEMES,
  hasRealName,
  posterior,
  tokenize,
  verdict,
  type Level2Model,
  type ModelMeta,
  type TokenScheme,
} from "../rules/misclassified-indicator/classifier.js";
import { DEFAULTS } from "../rules/misclassified-indicator/rule.js";

const SMOOTHING = 1;

interface Example {
  doc: string;
  ind: Indicator;
  label: string;
}

const args = process.argv.slice(2);
const opt = (k: string): string | undefined => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};

const root = packageRoot();
const corpusDir = join(root, "corpus");
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const services = createServices();
const words = (s: string): string[] => services.words(s);

const examples: Example[] = [];
const corpus: ModelMeta["corpus"] = [];
for (const f of files) {
  const path = join(corpusDir, f);
  const doc = await parseFile(path);
  let n = 0;
  for (const form of doc.forms) {
    for (const ind of form.indicators) {
      if (!ind.level2 || !(LEVEL2 as readonly string[]).includes(ind.level2) || !hasRealName(ind)) continue;
      examples.push({ doc: f, ind, label: ind.level2 });
      n++;
    }
  }
  corpus.push({ file: f, sha256: createHash("sha256").update(readFileSync(path)).digest("hex"), indicators: n });
}
console.log(`语料 ${files.length} 份，可用指标 ${examples.length} 条 / ${examples.length} usable indicators in ${files.length} documents`);

function train(exs: Example[], scheme: TokenScheme): BayesClassifier {
  const c = new BayesClassifier(undefined, SMOOTHING);
  for (const e of exs) {
    const toks = tokenize(e.ind, scheme, words);
    if (toks.length) c.addDocument(toks, e.label);
  }
  c.train();
  return c;
}

function serialise(c: BayesClassifier, meta: ModelMeta): Level2Model {
  const { classFeatures, classTotals, totalExamples, smoothing } = c.classifier;
  return { meta, natural: { features: c.features, classifier: { classFeatures, classTotals, totalExamples, smoothing } } };
}

interface Held {
  ex: Example;
  scores: { label: string; log: number }[];
  known: number;
}

/** k-fold by document: per-fold accuracy and every held-out row's log scores */
function crossValidate(scheme: TokenScheme): { folds: ModelMeta["crossValidation"]["folds"]; accuracy: number; held: Held[] } {
  const folds: ModelMeta["crossValidation"]["folds"] = [];
  const held: Held[] = [];
  let right = 0;
  for (const f of files) {
    const test = examples.filter((e) => e.doc === f);
    const model = new Level2Classifier(serialise(train(examples.filter((e) => e.doc !== f), scheme), { smoothing: SMOOTHING, temperature: 1 } as ModelMeta));
    let ok = 0;
    for (const ex of test) {
      const toks = tokenize(ex.ind, scheme, words);
      const scores = model.logScores(toks);
      if (posterior(scores)[0].label === ex.label) ok++;
      held.push({ ex, scores, known: model.known(toks) });
    }
    right += ok;
    folds.push({ heldOut: f, examples: test.length, accuracy: round(test.length ? ok / test.length : 0) });
  }
  return { folds, accuracy: round(right / examples.length), held };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

const schemeArg = opt("--scheme") as TokenScheme | undefined;
const schemes: Record<string, number> = {};
let best: { scheme: TokenScheme; cv: ReturnType<typeof crossValidate> } | null = null;
for (const s of schemeArg ? [schemeArg] : TOKEN_SCHEMES) {
  const cv = crossValidate(s);
  schemes[s] = cv.accuracy;
  console.log(`\n分词方案 ${s}: 交叉验证准确率 ${pct(cv.accuracy)} / cross-validation accuracy`);
  for (const f of cv.folds) console.log(`  留出 ${f.heldOut}  ${String(f.examples).padStart(4)} 条  准确率 ${pct(f.accuracy)}`);
  if (!best || cv.accuracy > best.cv.accuracy) best = { scheme: s, cv };
}
if (!best) throw new Error("no scheme");
console.log(`\n选用 ${best.scheme}（交叉验证准确率 ${pct(best.cv.accuracy)}）/ chosen scheme`);

// temperature: the one with the lowest held-out log loss of the form's own level 2
const held = best.cv.held;
const temperatures: Record<string, number> = {};
let temperature = 1;
for (const t of [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20]) {
  let nll = 0;
  for (const h of held) nll -= Math.log(Math.max(1e-12, posterior(h.scores, t).find((s) => s.label === h.ex.label)?.p ?? 0));
  temperatures[String(t)] = round(nll / held.length);
  if (nll / held.length < (temperatures[String(temperature)] ?? Infinity)) temperature = t;
}
console.log(`温度 ${temperature}（留出对数损失 ${temperatures[String(temperature)]}）/ temperature by held-out log loss: ${JSON.stringify(temperatures)}`);

const calibration: NonNullable<ModelMeta["crossValidation"]["calibration"]> = [];
for (const minPosterior of [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]) {
  const conf = held.map((h) => ({ h, top: posterior(h.scores, temperature)[0] })).filter((x) => x.top.p >= minPosterior);
  const acc = conf.filter((x) => x.top.label === x.h.ex.label).length / (conf.length || 1);
  calibration.push({ minPosterior, predictions: conf.length, accuracy: round(acc) });
  console.log(`  后验 ≥ ${minPosterior}: ${conf.length} 条，与表中二级一致 ${pct(acc)}`);
}

/** what the rule's classifier path would flag on documents the model has not seen */
function flagsAt(t: typeof DEFAULTS): { h: Held; v: NonNullable<ReturnType<typeof verdict>> }[] {
  const out: { h: Held; v: NonNullable<ReturnType<typeof verdict>> }[] = [];
  for (const h of held) {
    const v = verdict(posterior(h.scores, temperature), h.ex.label, h.known, h.ex.ind, t);
    if (v) out.push({ h, v });
  }
  return out;
}
const flagged = flagsAt(DEFAULTS);
const nearFlags = flagged.filter((x) => near(x.v.expected, x.h.ex.label)).length;
console.log(
  `\n默认阈值（后验 ≥ ${DEFAULTS.minPosterior}，差距 ≥ ${DEFAULTS.minMargin}，近邻 ≥ ${DEFAULTS.nearPosterior}）在留出文档上标出 ${flagged.length}/${held.length} 条：`,
);
for (const { h, v } of flagged) {
  console.log(`  ${h.ex.doc}:${h.ex.ind.line}  ${h.ex.label} → ${v.expected}  p=${v.p.toFixed(3)} cur=${v.pCurrent.toFixed(3)}  ${h.ex.ind.name.trim().slice(0, 40)}`);
}

if (args.includes("--thresholds")) {
  console.log("\n阈值扫描（留出文档）/ threshold sweep on held-out documents: minPosterior minMargin → flags (near-neighbour)");
  for (const minPosterior of [0.7, 0.8, 0.85, 0.9, 0.95, 0.98]) {
    for (const minMargin of [0.3, 0.5, 0.7, 0.8, 0.9]) {
      if (minMargin > minPosterior) continue;
      const fl = flagsAt({ ...DEFAULTS, minPosterior, minMargin });
      const nf = fl.filter((x) => near(x.v.expected, x.h.ex.label)).length;
      console.log(`  ${minPosterior.toFixed(2)}  ${minMargin.toFixed(2)}  → ${fl.length} (${nf})`);
    }
  }
}

const final = train(examples, best.scheme);
const perLevel2: Record<string, number> = {};
for (const l of LEVEL2) perLevel2[l] = examples.filter((e) => e.label === l).length;
const meta: ModelMeta = {
  description:
    "misclassified-indicator 的二级指标分类器：natural BayesClassifier，由 scripts/train-level2.ts 在 corpus/*.txt 上训练（npm run train 重训）。/ Level-2 classifier of misclassified-indicator.",
  classifier: "natural.BayesClassifier",
  tokenScheme: best.scheme,
  smoothing: SMOOTHING,
  temperature,
  corpus,
  counts: { examples: examples.length, features: Object.keys(final.features).length, perLevel2 },
  crossValidation: {
    method: `按文档 ${files.length} 折：每次用其余文档训练、在留出的一份文档上测试 / leave-one-document-out`,
    folds: best.cv.folds,
    accuracy: best.cv.accuracy,
    schemes,
    temperatures,
    calibration,
    flagged: { thresholds: DEFAULTS, examples: held.length, flags: flagged.length, near: nearFlags },
  },
};
if (!args.includes("--dry-run")) {
  writeFileSync(MODEL_PATH(), JSON.stringify(serialise(final, meta)) + "\n");
  console.log(`\n已写入 ${join("rules", "misclassified-indicator", basename(MODEL_PATH()))}（${meta.counts.features} 个特征）`);
}
