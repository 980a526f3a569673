/**
 * MinHash signatures, after datasketch's MinHash (ekzhu/datasketch, minhash.py): `numPerm` hash
 * functions, each slot keeps the minimum hash over the set; the share of equal slots of two
 * signatures estimates their Jaccard similarity.
 *
 * Hash family: a 32-bit FNV-1a hash of the shingle, then, per permutation i, murmur3's fmix32 of
 * (h XOR salt_i). The salts come from a seeded PRNG (mulberry32), so signatures are comparable only
 * between MinHashers with the same `seed` and `numPerm` — record both in run metadata.
 */

export const DEFAULT_NUM_PERM = 128;
export const DEFAULT_SEED = 1;

/** FNV-1a, 32 bit, over UTF-16 code units */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 finaliser: a good 32-bit mixer */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: small seeded PRNG returning uint32 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export interface MinHasherOptions {
  numPerm?: number;
  seed?: number;
}

export class MinHasher {
  readonly numPerm: number;
  readonly seed: number;
  private readonly salts: Uint32Array;

  constructor(opts: MinHasherOptions = {}) {
    this.numPerm = opts.numPerm ?? DEFAULT_NUM_PERM;
    this.seed = opts.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(this.numPerm) || this.numPerm < 1) throw new Error(`numPerm must be a positive integer, got ${this.numPerm}`);
    const rnd = mulberry32(this.seed);
    this.salts = new Uint32Array(this.numPerm);
    for (let i = 0; i < this.numPerm; i++) this.salts[i] = rnd();
  }

  /** signature of a set of shingles; an empty set gives all slots 0xffffffff (datasketch: max hash) */
  signature(shingles: Iterable<string>): Uint32Array {
    const sig = new Uint32Array(this.numPerm).fill(0xffffffff);
    for (const s of shingles) {
      const h = hash32(s);
      for (let i = 0; i < this.numPerm; i++) {
        const v = fmix32(h ^ this.salts[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }
}

/** estimated Jaccard: the share of equal slots */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`signatures of different length (${a.length} vs ${b.length}): built with different numPerm?`);
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}
