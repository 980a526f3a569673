/**
 * Exact similarity over character shingles. Chinese has no word boundaries, so texts are compared
 * as sets of character n-grams after normalisation (punctuation, spaces removed; digits folded to 0;
 * width folded) — see normalizeForCompare in ../services.ts.
 */
import { charShingles } from "../services.js";

/** Jaccard |A∩B| / |A∪B| of two shingle sets (1 when both are empty) */
export function jaccard(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  const A = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a as readonly string[]);
  const B = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[]);
  if (A.size === 0 && B.size === 0) return 1;
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

/** containment |A∩B| / |A| — how much of A is found in B */
export function containment(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  const A = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a as readonly string[]);
  const B = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[]);
  if (A.size === 0) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / A.size;
}

/** Jaccard of two texts over character n-grams (n = 3 by default) */
export function textJaccard(a: string, b: string, n = 3): number {
  return jaccard(charShingles(a, n), charShingles(b, n));
}

export interface Item {
  key: string;
  /** the shingles, or a function that builds them (lazily, to bound memory) */
  shingles: readonly string[] | (() => readonly string[]);
}

/** an item's shingles, building them if they were given lazily */
export function shinglesOf(it: Item): readonly string[] {
  return typeof it.shingles === "function" ? it.shingles() : it.shingles;
}

export interface Pair {
  a: string;
  b: string;
  similarity: number;
}

/** exact all-pairs: every pair with Jaccard ≥ threshold (O(n²); the reference for LSH) */
export function allPairsExact(items: readonly Item[], threshold: number): Pair[] {
  const sets = items.map((it) => new Set(shinglesOf(it)));
  const out: Pair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = jaccard(sets[i], sets[j]);
      if (s >= threshold) out.push({ a: items[i].key, b: items[j].key, similarity: s });
    }
  }
  return out;
}
