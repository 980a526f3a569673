/**
 * MinHash LSH (banding), after datasketch's MinHashLSH (lsh.py): the signature is cut into `b`
 * bands of `r` rows; two sets become candidates when any band is equal. The probability of that is
 * the S-curve P(s) = 1 − (1 − s^r)^b. (b, r) are chosen, as in datasketch's `_optimal_param`, to
 * minimise fpWeight·FP + fnWeight·FN, where FP is the area under P below the threshold and FN the
 * area above it — or given explicitly as `params`. Query results are candidates only: callers must
 * verify them with exact Jaccard (see nearDuplicatePairs).
 */
import { DEFAULT_NUM_PERM, DEFAULT_SEED, MinHasher } from "./minhash.js";
import { allPairsExact, jaccard, shinglesOf, type Item, type Pair } from "./jaccard.js";

function integrate(f: (x: number) => number, a: number, b: number, steps = 200): number {
  if (b <= a) return 0;
  const h = (b - a) / steps;
  let s = 0.5 * (f(a) + f(b));
  for (let i = 1; i < steps; i++) s += f(a + i * h);
  return s * h;
}

export function falsePositiveArea(threshold: number, b: number, r: number): number {
  return integrate((s) => 1 - Math.pow(1 - Math.pow(s, r), b), 0, threshold);
}

export function falseNegativeArea(threshold: number, b: number, r: number): number {
  return integrate((s) => 1 - (1 - Math.pow(1 - Math.pow(s, r), b)), threshold, 1);
}

/** datasketch's _optimal_param: grid search over b·r ≤ numPerm */
export function optimalParams(threshold: number, numPerm: number, weights: [number, number] = [0.5, 0.5]): { b: number; r: number } {
  let best = { b: 1, r: numPerm };
  let minErr = Infinity;
  for (let b = 1; b <= numPerm; b++) {
    const maxR = Math.floor(numPerm / b);
    for (let r = 1; r <= maxR; r++) {
      const err = weights[0] * falsePositiveArea(threshold, b, r) + weights[1] * falseNegativeArea(threshold, b, r);
      if (err < minErr) {
        minErr = err;
        best = { b, r };
      }
    }
  }
  return best;
}

export interface LshOptions {
  /** target Jaccard similarity, 0 < threshold < 1 (default 0.8) */
  threshold?: number;
  numPerm?: number;
  seed?: number;
  /** [false-positive weight, false-negative weight], summing to 1 (default [0.5, 0.5]) */
  weights?: [number, number];
  /** explicit [bands, rows]; skips the optimiser */
  params?: [number, number];
}

export interface LshSettings {
  threshold: number;
  numPerm: number;
  seed: number;
  bands: number;
  rows: number;
}

const paramCache = new Map<string, { b: number; r: number }>();

export class MinHashLSH {
  readonly settings: LshSettings;
  readonly hasher: MinHasher;
  private readonly tables: Map<string, string[]>[];
  private readonly sigs = new Map<string, Uint32Array>();

  constructor(opts: LshOptions = {}) {
    const threshold = opts.threshold ?? 0.8;
    const numPerm = opts.numPerm ?? DEFAULT_NUM_PERM;
    const seed = opts.seed ?? DEFAULT_SEED;
    if (!(threshold > 0 && threshold < 1)) throw new Error(`threshold must be in (0, 1), got ${threshold}`);
    const weights = opts.weights ?? [0.5, 0.5];
    if (Math.abs(weights[0] + weights[1] - 1) > 1e-9) throw new Error(`weights must sum to 1, got ${weights.join(" + ")}`);
    let b: number, r: number;
    if (opts.params) {
      [b, r] = opts.params;
      if (b * r > numPerm) throw new Error(`bands × rows = ${b * r} exceeds numPerm ${numPerm}. Did you forget to specify numPerm?`);
    } else {
      const key = `${threshold}|${numPerm}|${weights.join(",")}`;
      let p = paramCache.get(key);
      if (!p) paramCache.set(key, (p = optimalParams(threshold, numPerm, weights)));
      ({ b, r } = p);
    }
    this.settings = { threshold, numPerm, seed, bands: b, rows: r };
    this.hasher = new MinHasher({ numPerm, seed });
    this.tables = Array.from({ length: b }, () => new Map<string, string[]>());
  }

  private bandKeys(sig: Uint32Array): string[] {
    const { bands, rows } = this.settings;
    const out: string[] = [];
    for (let i = 0; i < bands; i++) out.push(Array.from(sig.subarray(i * rows, (i + 1) * rows)).join(","));
    return out;
  }

  insert(key: string, shingles: Iterable<string>): Uint32Array {
    if (this.sigs.has(key)) throw new Error(`key already inserted: ${key}`);
    const sig = this.hasher.signature(shingles);
    this.sigs.set(key, sig);
    this.bandKeys(sig).forEach((bk, i) => {
      const t = this.tables[i];
      const l = t.get(bk);
      if (l) l.push(key);
      else t.set(bk, [key]);
    });
    return sig;
  }

  /** candidate keys sharing at least one band with the given shingles (or inserted key) */
  query(shinglesOrKey: Iterable<string> | string): string[] {
    const sig = typeof shinglesOrKey === "string" ? this.sigs.get(shinglesOrKey) : this.hasher.signature(shinglesOrKey);
    if (!sig) return [];
    const out = new Set<string>();
    this.bandKeys(sig).forEach((bk, i) => {
      for (const k of this.tables[i].get(bk) ?? []) out.add(k);
    });
    if (typeof shinglesOrKey === "string") out.delete(shinglesOrKey);
    return [...out];
  }

  signature(key: string): Uint32Array | undefined {
    return this.sigs.get(key);
  }
}

/**
 * Near-duplicate pairs via LSH: sign every item, bucket the signatures band by band, verify the
 * candidates by exact Jaccard ≥ threshold. Items with identical shingle sets should be collapsed by
 * the caller first when many copies are expected (see groupIdentical).
 *
 * Memory: an item's shingles may be given lazily (a function); they are then built once to sign
 * the item and again only for the few candidate pairs, so a province-scale run never holds every
 * text's shingle set at once. Band keys are 52-bit hashes of the band's slots (a collision only adds
 * a candidate, which exact verification drops). Buckets are found by sorting each band's keys, and
 * candidate pairs are collected as numbers in a typed array, sorted and deduplicated: no map entry,
 * array or boxed number per item and band (nine of them per distinct text made the end of a large
 * run's peak), only 8 bytes per item and band while the candidates are found.
 */
export function nearDuplicatePairs(items: readonly Item[], opts: LshOptions = {}): { pairs: Pair[]; candidates: number; settings: LshSettings } {
  const lsh = new MinHashLSH(opts);
  const { bands, rows, threshold } = lsh.settings;
  const n = items.length;
  // band keys, band-major: keys[b * n + i]
  const keys = new Float64Array(bands * n);
  items.forEach((it, i) => {
    const sig = lsh.hasher.signature(shinglesOf(it));
    for (let b = 0; b < bands; b++) {
      let h1 = 0x811c9dc5 ^ b;
      let h2 = 0x01000193 + b;
      for (let r = b * rows; r < (b + 1) * rows; r++) {
        h1 = Math.imul(h1 ^ sig[r], 0x01000193) >>> 0;
        h2 = Math.imul(h2 + sig[r], 0x5bd1e995) >>> 0;
      }
      keys[b * n + i] = (h1 & 0xfffff) * 0x100000000 + h2;
    }
  });
  // candidate pairs (i < j) as i * n + j (exact below 2^53 for any n this runs on)
  let codes = new Float64Array(1024);
  let count = 0;
  const order = new Uint32Array(n);
  for (let b = 0; b < bands; b++) {
    const base = b * n;
    for (let i = 0; i < n; i++) order[i] = i;
    // equal keys become runs, items in input order within a run (as a bucket lists them)
    order.sort((x, y) => keys[base + x] - keys[base + y] || x - y);
    for (let s = 0; s < n; ) {
      let e = s + 1;
      while (e < n && keys[base + order[e]] === keys[base + order[s]]) e++;
      for (let x = s; x < e; x++) {
        for (let y = x + 1; y < e; y++) {
          if (count === codes.length) {
            const grown = new Float64Array(codes.length * 2);
            grown.set(codes);
            codes = grown;
          }
          codes[count++] = order[x] * n + order[y];
        }
      }
      s = e;
    }
  }
  // in (i, j) order, each pair once: the order the pairs are verified and reported in
  const sorted = codes.subarray(0, count).sort();
  const pairs: Pair[] = [];
  let candidates = 0;
  let cache: { i: number; set: Set<string> } | null = null;
  for (let k = 0; k < count; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    candidates++;
    const i = Math.floor(sorted[k] / n);
    const j = sorted[k] - i * n;
    if (!cache || cache.i !== i) cache = { i, set: new Set(shinglesOf(items[i])) };
    const sim = jaccard(cache.set, new Set(shinglesOf(items[j])));
    if (sim >= threshold) pairs.push({ a: items[i].key, b: items[j].key, similarity: sim });
  }
  return { pairs, candidates, settings: lsh.settings };
}

export interface Comparison {
  items: number;
  exactPairs: number;
  lshPairs: number;
  candidates: number;
  /** share of exact pairs LSH found */
  recall: number;
  exactMs: number;
  lshMs: number;
  settings: LshSettings;
}

/** benchmark hook: LSH against exact all-pairs on the same items */
export function compareLshWithExact(items: readonly Item[], opts: LshOptions = {}): Comparison {
  const threshold = opts.threshold ?? 0.8;
  let t = performance.now();
  const exact = allPairsExact(items, threshold);
  const exactMs = performance.now() - t;
  t = performance.now();
  const lsh = nearDuplicatePairs(items, opts);
  const lshMs = performance.now() - t;
  const key = (p: Pair) => (p.a < p.b ? `${p.a}\u0000${p.b}` : `${p.b}\u0000${p.a}`);
  const found = new Set(lsh.pairs.map(key));
  const hit = exact.filter((p) => found.has(key(p))).length;
  return {
    items: items.length,
    exactPairs: exact.length,
    lshPairs: lsh.pairs.length,
    candidates: lsh.candidates,
    recall: exact.length ? hit / exact.length : 1,
    exactMs,
    lshMs,
    settings: lsh.settings,
  };
}
