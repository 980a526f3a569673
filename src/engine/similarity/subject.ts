/**
 * What a project is about, from its name: the character bigrams of the name once generic words
 * (经费, 费用, 项目, 购买服务 … — a reviewer-editable lexicon) and run-wide frequent bigrams (place
 * and department names that most project names of the run carry) are removed. Used to tell whether
 * two projects share a subject (a continuing project may keep its goal) and whether a text talks
 * about a project (the 武警中队 goal names the 武警中队 project, not the 辅警 one).
 */
import { detach, normalizeForCompare } from "../services.js";

export interface SubjectOptions {
  /** generic words removed from names before taking bigrams */
  genericTerms: readonly string[];
  genericPatterns?: readonly RegExp[];
  /** bigrams frequent across the run's project names (computed by nameBigramFrequency) */
  frequent?: ReadonlySet<string>;
}

/** the generic terms longest first, and the patterns as global regexes: made once per option list,
 *  not once per name */
const SORTED_TERMS = new WeakMap<readonly string[], string[]>();
const GLOBAL_PATTERNS = new WeakMap<readonly RegExp[], RegExp[]>();

/**
 * segments per name, per generic lexicon (terms and patterns): a name's segments do not depend on
 * the run-wide frequent bigrams, and each corpus rule asks for every name several times (run-wide
 * and per-document frequencies, then each form's subject). Bounded: dropped when full.
 */
const SEGMENTS = new WeakMap<readonly string[], WeakMap<readonly RegExp[], Map<string, string | readonly string[]>>>();
const SEGMENTS_LIMIT = 50_000;
const NO_PATTERNS: readonly RegExp[] = [];
/**
 * A name's segments are kept as one string, joined by SEP (decision 135): an array and a string per
 * segment cost about three times as much, and the memo holds up to 50,000 names. A segment holding
 * SEP itself (never seen) is kept as the array.
 */
const SEP = "\u0000";

function segments(name: string, opts: SubjectOptions): string | readonly string[] {
  const pats = opts.genericPatterns ?? NO_PATTERNS;
  let byPats = SEGMENTS.get(opts.genericTerms);
  if (!byPats) SEGMENTS.set(opts.genericTerms, (byPats = new WeakMap()));
  let memo = byPats.get(pats);
  if (!memo) byPats.set(pats, (memo = new Map()));
  let segs = memo.get(name);
  if (segs !== undefined) return segs;
  if (memo.size >= SEGMENTS_LIMIT) memo.clear();
  const list = segmentsUncached(name, opts);
  memo.set(name, (segs = list.some((x) => x.includes(SEP)) ? list : detach(list.join(SEP))));
  return segs;
}

function segmentsUncached(name: string, opts: SubjectOptions): string[] {
  let t = name.normalize("NFKC");
  const pats = opts.genericPatterns ?? [];
  let global = GLOBAL_PATTERNS.get(pats);
  if (!global) GLOBAL_PATTERNS.set(pats, (global = pats.map((re) => new RegExp(re.source, "gu"))));
  // replace() with a global regex starts from 0 and leaves lastIndex at 0: safe to reuse
  for (const re of global) t = t.replace(re, "|");
  let terms = SORTED_TERMS.get(opts.genericTerms);
  if (!terms) SORTED_TERMS.set(opts.genericTerms, (terms = [...opts.genericTerms].sort((a, b) => b.length - a.length)));
  // (a term the name does not hold leaves it as it is: only the ones it holds are split at)
  for (const g of terms) if (t.includes(g)) t = t.split(g).join("|");
  return t
    .split(/[|\s\p{P}\p{S}\d]+/u)
    .map((s) => normalizeForCompare(s))
    .filter((s) => s.length >= 2);
}

/** bigrams of a text (after normalisation), as a set */
export function bigrams(text: string): Set<string> {
  const t = normalizeForCompare(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** subject bigrams of a project name */
export function subjectBigrams(name: string, opts: SubjectOptions): string[] {
  const out = new Set<string>();
  const segs = segments(name, opts);
  if (typeof segs === "string") {
    // the bigrams of each segment in turn: pairs that do not span a separator
    for (let i = 0; i + 2 <= segs.length; i++) if (segs[i] !== SEP && segs[i + 1] !== SEP) out.add(segs.slice(i, i + 2));
  } else for (const seg of segs) for (let i = 0; i + 2 <= seg.length; i++) out.add(seg.slice(i, i + 2));
  if (opts.frequent) for (const b of opts.frequent) out.delete(b);
  return [...out];
}

/** bigrams found in at least `minShare` of the names (and at least `minCount` names) */
export function frequentNameBigrams(names: readonly string[], opts: SubjectOptions, minShare = 0.25, minCount = 3): Set<string> {
  const df = new Map<string, number>();
  for (const n of names) for (const b of subjectBigrams(n, { ...opts, frequent: undefined })) df.set(b, (df.get(b) ?? 0) + 1);
  const out = new Set<string>();
  if (names.length < 8) return out;
  for (const [b, c] of df) if (c >= minCount && c / names.length >= minShare) out.add(b);
  return out;
}

/** share of the subject bigrams that occur in the text (0 when the subject is empty) */
export function subjectScore(subject: readonly string[], text: string | Set<string>): number {
  if (!subject.length) return 0;
  const tb = typeof text === "string" ? bigrams(text) : text;
  let hit = 0;
  for (const b of subject) if (tb.has(b)) hit++;
  return hit / subject.length;
}

/** two projects share a subject: their subject bigrams overlap heavily */
export function sameSubject(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const B = new Set(b);
  let inter = 0;
  for (const x of a) if (B.has(x)) inter++;
  const jac = inter / (a.length + b.length - inter);
  const cont = inter / Math.min(a.length, b.length);
  return jac >= 0.4 || (inter >= 2 && cont >= 0.4);
}
