/**
 * Work shared by rules, computed once per run (not once per rule): text normalisation,
 * character shingles, jieba segmentation. All caches are keyed by the exact input string.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type JiebaLike = { cut(s: string, hmm?: boolean): string[] };
let jieba: JiebaLike | null | undefined;

/** jieba (null when it cannot be loaded), loaded once per process */
export function loadJieba(): JiebaLike | null {
  if (jieba !== undefined) return jieba;
  try {
    const mod = require("@node-rs/jieba") as { Jieba: { withDict(d: Uint8Array): JiebaLike } };
    const dict = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    jieba = mod.Jieba.withDict(dict.dict);
  } catch {
    jieba = null; // fall back to character bigrams
  }
  return jieba;
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 keeps a substring (sliced
 * string) or a concatenation (cons string) as a view on its parent, so a goal kept by a corpus rule
 * could keep a whole file's text alive. Flattening a fresh concatenation copies the characters.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1); // V8 does not slice below 13 characters
}

/** strip punctuation, spaces and digits; fold width — for comparing texts across forms */
export function normalizeForCompare(s: string): string {
  if (s.length > NORM_MEMO_MAX_LENGTH) return normalizeUncached(s);
  let v = NORM_MEMO.get(s);
  if (v === undefined) {
    // key and value detached: a memo entry must not keep the file the text was cut from
    v = detach(normalizeUncached(s));
    if (NORM_MEMO.size >= NORM_MEMO_LIMIT) NORM_MEMO.clear();
    NORM_MEMO.set(detach(s), v);
  }
  return v;
}

/**
 * Short texts repeat across forms (indicator names, labels, copied goals) and the copy rules
 * normalise every one of them per form: one memo for the run, bounded like the services' caches.
 */
const NORM_MEMO = new Map<string, string>();
const NORM_MEMO_LIMIT = 20_000;
const NORM_MEMO_MAX_LENGTH = 200;

function normalizeUncached(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .replace(/\d+(\.\d+)?/g, "0")
    .toLowerCase();
}

export function charShingles(s: string, n = 3): string[] {
  const t = normalizeForCompare(s);
  if (t.length <= n) return t ? [t] : [];
  const out = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n));
  return [...out];
}

export interface Services {
  normalize(s: string): string;
  shingles(s: string, n?: number): string[];
  /** jieba words (or character bigrams if jieba is unavailable) */
  words(s: string): string[];
}

/** caches are bounded: a province-scale run must not keep every text it has seen */
const CACHE_LIMIT = 20_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function createServices(): Services {
  const norm = new Map<string, string>();
  const sh = new Map<string, string[]>();
  const w = new Map<string, string[]>();
  return {
    normalize(s) {
      return norm.get(s) ?? remember(norm, s, normalizeForCompare(s));
    },
    shingles(s, n = 3) {
      const key = `${n}\u0000${s}`;
      return sh.get(key) ?? remember(sh, key, charShingles(s, n));
    },
    words(s) {
      const v = w.get(s);
      if (v) return v;
      const j = loadJieba();
      return remember(w, s, j ? j.cut(s, false).filter((x) => x.trim() && !/^[\p{P}\p{S}\s]+$/u.test(x)) : charShingles(s, 2));
    },
  };
}
