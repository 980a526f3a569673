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

/** jieba's dictionary words, sorted (code-unit order); null when it cannot be loaded */
let dictWords: string[] | null | undefined;

/**
 * Whether jieba's dictionary holds a word that begins with `prefix` and goes on past it ("技术骨" begins
 * 技术骨干): a text ending on those characters stops inside that word. The dictionary (some 5 MB) is read
 * and sorted on first use, then each question is a binary search, not a scan of the whole text; false
 * when jieba's dictionary cannot be loaded.
 */
export const dictionaryWordGoesOn: (prefix: string) => boolean = perDistinctText((prefix: string) => {
  if (dictWords === undefined) {
    try {
      const dict = require("@node-rs/jieba/dict") as { dict: Uint8Array };
      dictWords = Buffer.from(dict.dict)
        .toString("utf8")
        .split("\n")
        .map((line) => line.split(" ", 1)[0])
        .filter((w) => w.length > 0)
        .sort();
    } catch {
      dictWords = null;
    }
  }
  if (!dictWords || !prefix) return false;
  // the first word not before the prefix, then the words that start with it: one longer than it?
  let lo = 0;
  let hi = dictWords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dictWords[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < dictWords.length && dictWords[i].startsWith(prefix); i++) if (dictWords[i].length > prefix.length) return true;
  return false;
});

import { detach } from "../model/strings.js";

export { detach };

/**
 * Caches are bounded by the bytes they hold, not by entries: a province-scale run must not keep
 * every text it has seen, and 20,000 entries of word lists of long narrative texts weigh many
 * times 20,000 indicator names. Sizes are estimates (UTF-16 characters, V8's object headers);
 * a full cache is dropped, keys and values detached so that no entry keeps a file's text alive.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private bytes = 0;
  constructor(
    private readonly budget: number,
    private readonly sizeOf: (v: V) => number,
  ) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): V {
    const cost = ENTRY_BYTES + stringBytes(key) + this.sizeOf(value);
    if (this.bytes + cost > this.budget) {
      this.map.clear();
      this.bytes = 0;
    }
    this.map.set(detach(key), value);
    this.bytes += cost;
    return value;
  }
  get size(): number {
    return this.map.size;
  }
}

/** a map entry's own cost (hash table slots) */
const ENTRY_BYTES = 32;
/** a heap string's approximate size: header and two bytes a character */
export const stringBytes = (s: string): number => 24 + 2 * s.length;
const listBytes = (l: string[]): number => {
  let n = 16 + 8 * l.length;
  for (const x of l) n += stringBytes(x);
  return n;
};

/** strip punctuation, spaces and digits; fold width — for comparing texts across forms */
export function normalizeForCompare(s: string): string {
  if (s.length > NORM_MEMO_MAX_LENGTH) return normalizeUncached(s);
  // key and value detached: a memo entry must not keep the file the text was cut from
  return NORM_MEMO.get(s) ?? NORM_MEMO.set(s, detach(normalizeUncached(s)));
}

/**
 * Short texts repeat across forms (indicator names, labels, copied goals) and the copy rules
 * normalise every one of them per form: one memo for the run, bounded like the services' caches.
 */
const NORM_MEMO = new BoundedCache<string>(2 << 20, stringBytes);
const NORM_MEMO_MAX_LENGTH = 200;

function normalizeUncached(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .replace(/\d+(\.\d+)?/g, "0")
    .toLowerCase();
}

/**
 * A value's words as stock wording is matched against (placeholder-value's 待定, 根据需求; vague-value
 * leaves those to it): whitespace removed, and a leading dash dropped — the comparator cell (计算符号)
 * left empty, read in front of the words ("— 待定" is the stock wording 待定), is no part of them.
 */
export function stockWordingText(raw: string): string {
  return raw.replace(/\s+/gu, "").replace(/^[—–－-]+/u, "");
}

/**
 * A pure function of a text, computed once per distinct text for the run: names, values, goals and
 * analyses recur on every copy of a form, and the rules test each against lists of patterns. A Map
 * bounded by entries (emptied when full); keys detached, so that no entry keeps a file's text alive
 * (`compute` detaches what its value keeps of the text). Values are shared: callers only read them.
 */
export function perDistinctText<V>(compute: (text: string) => V, cap = 20_000): (text: string) => V {
  const memo = new Map<string, V>();
  return (text) => {
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) {
      if (memo.size >= cap) memo.clear();
      v = compute(text);
      memo.set(detach(text), v);
    }
    return v as V;
  };
}

/**
 * The pairs of adjacent Chinese characters of a text (punctuation, digits and Latin letters break a
 * pair): what goal-other-project and goal-indicator-mismatch compare goals, names and clauses by;
 * once per distinct text for the run (a form's names are paired again for every other form of its
 * document). The set is shared: callers must not change it.
 */
export const hanPairs: (text: string) => ReadonlySet<string> = perDistinctText((text) => {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fa5]+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
});

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

const MB = 1 << 20;

export function createServices(): Services {
  const norm = new BoundedCache<string>(2 * MB, stringBytes);
  const sh = new BoundedCache<string[]>(4 * MB, listBytes);
  const w = new BoundedCache<string[]>(8 * MB, listBytes);
  return {
    normalize(s) {
      return norm.get(s) ?? norm.set(s, normalizeForCompare(s));
    },
    shingles(s, n = 3) {
      const key = `${n}\u0000${s}`;
      return sh.get(key) ?? sh.set(key, charShingles(s, n));
    },
    words(s) {
      const v = w.get(s);
      if (v) return v;
      const j = loadJieba();
      return w.set(s, j ? j.cut(s, false).filter((x) => x.trim() && !/^[\p{P}\p{S}\s]+$/u.test(x)) : charShingles(s, 2));
    },
  };
}
