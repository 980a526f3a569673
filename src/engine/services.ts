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
 * jieba's dictionary words in code-unit order, without a string per word: the dictionary's text and
 * where each word starts and ends. The dictionary file is sorted already, which is checked once; an
 * unsorted one is split and sorted as before. null when it cannot be loaded.
 */
export interface DictWords {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}
let dictWords: DictWords | null | undefined;

function loadDictWords(): DictWords | null {
  try {
    const dict = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    return dictionaryIndex(Buffer.from(dict.dict).toString("utf8"));
  } catch {
    return null;
  }
}

/** the words of a dictionary's text (a word, then optionally a space and more, per line) in code-unit order */
export function dictionaryIndex(text: string): DictWords {
  // each line's word: the line up to its first space (a line without one is its word), empty words left out
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at <= text.length; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let sp = at;
    while (sp < nl && text.charCodeAt(sp) !== 32) sp++;
    if (sp > at) {
      starts.push(at);
      ends.push(sp);
    }
    at = nl + 1;
  }
  const words: DictWords = { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  for (let i = 1; i < starts.length; i++) {
    if (compareWord(words, i - 1, text, starts[i], ends[i]) > 0) {
      // not in code-unit order: one string per word, sorted, as one text joined by "\n"
      const list = starts.map((s, k) => text.slice(s, ends[k])).sort();
      return loadSorted(list);
    }
  }
  return words;
}

function loadSorted(list: string[]): DictWords {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  let at = 0;
  list.forEach((w, i) => {
    starts[i] = at;
    ends[i] = at + w.length;
    at += w.length + 1;
  });
  return { text: list.join("\n"), starts, ends };
}

/** word i of the dictionary against the characters [s, e) of `other`, in code-unit order (as sort()) */
function compareWord(d: DictWords, i: number, other: string, s: number, e: number): number {
  const a = d.starts[i];
  const la = d.ends[i] - a;
  const lb = e - s;
  const n = Math.min(la, lb);
  for (let k = 0; k < n; k++) {
    const diff = d.text.charCodeAt(a + k) - other.charCodeAt(s + k);
    if (diff) return diff;
  }
  return la - lb;
}

/**
 * Whether jieba's dictionary holds a word that begins with `prefix` and goes on past it ("技术骨" begins
 * 技术骨干): a text ending on those characters stops inside that word. The dictionary (some 5 MB) is read
 * on first use, then each question is a binary search, not a scan of the whole text; false
 * when jieba's dictionary cannot be loaded.
 */
export const dictionaryWordGoesOn: (prefix: string) => boolean = perDistinctText((prefix: string) => {
  if (dictWords === undefined) dictWords = loadDictWords();
  return !!dictWords && wordGoesOn(dictWords, prefix);
});

/** a word of the dictionary begins with `prefix` and is longer than it */
export function wordGoesOn(d: DictWords, prefix: string): boolean {
  if (!prefix) return false;
  // the first word not before the prefix, then the words that start with it: one longer than it?
  const n = d.starts.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareWord(d, mid, prefix, 0, prefix.length) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < n && d.text.startsWith(prefix, d.starts[i]) && d.ends[i] - d.starts[i] >= prefix.length; i++) if (d.ends[i] - d.starts[i] > prefix.length) return true;
  return false;
}

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
