/**
 * Shared work of the copy rules (copied-text, goal-mismatch): collect compact text units per form
 * while documents stream by, then, once per run, find near-copies with MinHash LSH over distinct
 * normalised texts (identical copies collapse into one item, so 500 counties sharing a template
 * cost one LSH item, not 125,000 pairs) and re-verify candidates with exact Jaccard.
 */
import type { Field, FormRef } from "../types.js";
import type { Loc } from "../../model/loc.js";
import type { Form } from "../../model/types.js";
import { normalizeForCompare, charShingles, detach } from "../services.js";
import { z } from "zod";
import type { RuleContext } from "../types.js";
import { packLoc, unpackLoc, type CorpusPack, type CorpusUnpack, type PackedLoc } from "../corpus.js";
import { nearDuplicatePairs, type LshOptions } from "./lsh.js";
import { frequentNameBigrams, subjectBigrams, type SubjectOptions } from "./subject.js";
import { departmentKey } from "../services/project.js";

export type UnitKind = "goal" | "report" | "indicators";

/** a unit's kind, field and label, and whether it is one sentence: one number per distinct combination of the process */
const SHAPES: { kind: UnitKind; field: Field; label: string; part: boolean }[] = [];
const SHAPE_NO = new Map<string, number>();
function shapeOf(kind: UnitKind, field: Field, label: string, part: boolean): number {
  const k = `${kind}\u0000${field}\u0000${label}\u0000${part ? 1 : 0}`;
  let n = SHAPE_NO.get(k);
  if (n === undefined) {
    SHAPE_NO.set(k, (n = SHAPES.length));
    SHAPES.push({ kind, field, label: detach(label), part });
  }
  return n;
}

/**
 * A text unit of a form, as kept to the end of the run (decision 135): its kind, field, section
 * label and `part` as one number (`shape`), its place as numbers when it is a text file's
 * `{line}` / `{line, col}` — no loc object per unit — else the loc as it came.
 */
export class Unit {
  ref: FormRef;
  /** text as in the source */
  raw: string;
  /** normalised text (comparison key); for goals and reports derived from `raw` when the run's index is built ("" until then): not kept while documents stream */
  norm: string;
  /** normalised indicator names of the form (goal units only; for goal-mismatch) */
  indicatorText: string | undefined;
  private readonly shape: number;
  /** the line (col kept apart), or the loc as it came */
  private readonly at: number | Loc;
  /** the column + 1; 0: none */
  private readonly col: number;

  constructor(ref: FormRef, kind: UnitKind, field: Field, loc: Loc, raw: string, norm: string, label: string, indicatorText?: string, part?: boolean) {
    this.ref = ref;
    this.raw = raw;
    this.norm = norm;
    this.indicatorText = indicatorText;
    this.shape = shapeOf(kind, field, label, part === true);
    const p = packLoc(loc);
    if (Array.isArray(p) && Number.isInteger(p[0]) && (p.length === 1 || (Number.isInteger(p[1]) && p[1]! >= 0))) {
      this.at = p[0];
      this.col = p.length === 2 ? p[1]! + 1 : 0;
    } else {
      this.at = loc;
      this.col = 0;
    }
  }
  get kind(): UnitKind {
    return SHAPES[this.shape].kind;
  }
  get field(): Field {
    return SHAPES[this.shape].field;
  }
  /** section label for reports ("项目管理中存在的主要问题及原因分析") */
  get label(): string {
    return SHAPES[this.shape].label;
  }
  /** one sentence of a report (factSentences), not the whole text */
  get part(): boolean {
    return SHAPES[this.shape].part;
  }
  /** the unit's line, as `loc.line` */
  get line(): number | undefined {
    return typeof this.at === "number" ? this.at : this.at.line;
  }
  get loc(): Loc {
    if (typeof this.at !== "number") return this.at;
    return this.col === 0 ? { line: this.at } : { line: this.at, col: this.col - 1 };
  }
}

const EMPTY = /^(无|暂无|没有|略|\*+|x+|—+|-+)$/i;

/**
 * The sentences of a text of two sentences or more (split at 。！？；) that state facts: twenty characters or
 * more, holding a figure. A stock sentence without figures ("严格按照预算执行，资金使用规范") is left to
 * the whole text's comparison; a sentence of figures describes one project's year.
 */
export function factSentences(text: string): string[] {
  const parts = text.split(/(?<=[。！？!?；;])/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  return parts.filter((x) => x.replace(/\s+/gu, "").length >= 20 && /\d/u.test(x));
}

/**
 * the units of the form last asked for: copied-text and goal-mismatch ask in turn for the same form
 * and keep the same objects (one slot, not a map over the run: a per-form array kept to the end
 * would cost more than the units it shares)
 */
let last: { ref: FormRef; units: Unit[] } | null = null;

/**
 * the units of one form: goals, result reports (实际完成情况, narrative sections), the indicator set.
 * `keep` makes the run's one copy of a text kept to the end (detached from its file).
 */
export function formUnits(form: Form, ref: FormRef, keep: (s: string) => string = detach): Unit[] {
  if (last?.ref === ref) return last.units;
  const out: Unit[] = [];
  const seen: string[] = [];
  const add = (kind: UnitKind, field: Field, raw: string, loc: Loc, label: string, extra: { indicatorText?: string; part?: boolean } = {}) => {
    const norm = normalizeForCompare(raw);
    if (!norm || EMPTY.test(norm)) return;
    const k = `${kind}\u0000${norm}`;
    if (seen.includes(k)) return; // 实施期 = 年度 goal: one unit
    seen.push(k);
    // the normalised text is derived again from the raw text when the index is built (as a shard's load does)
    out.push(new Unit(ref, kind, field, loc, keep(raw.trim()), "", label, extra.indicatorText, extra.part));
  };
  // each name normalised once (for the goals' indicator text and for the indicator set); a name without
  // a year-column twin normalises alike with the space the pair would add (spaces are dropped)
  const normNames = form.indicators.map((i) => normalizeForCompare(i.name));
  const hasGoal = !!(form.goals.annual || form.goals.period);
  const indicatorText = hasGoal ? keep(form.indicators.map((i, k) => (i.annualName ? normalizeForCompare(`${i.name} ${i.annualName}`) : normNames[k])).join("|")) : "";
  if (form.goals.annual) add("goal", "goals.annual", form.goals.annual.text, form.goals.annual.loc, "年度目标", { indicatorText });
  if (form.goals.period) add("goal", "goals.period", form.goals.period.text, form.goals.period.loc, "实施期目标", { indicatorText });
  if (form.goals.actual) add("report", "goals.actual", form.goals.actual.text, form.goals.actual.loc, "实际完成情况");
  for (const n of form.narrative) {
    add("report", "narrative", n.text, n.loc, n.section);
    // …and each of its sentences that states facts (a figure) at length: "2024年共组织集中销毁3次，销毁涉密
    // 载体6.4吨……。" opening another project's analysis was copied from that project, though the rest of the
    // analysis (its own execution rate) keeps the whole text below the threshold
    for (const sentence of factSentences(n.text)) add("report", "narrative", sentence, n.loc, n.section, { part: true });
  }
  const names = [...new Set(normNames.filter((n) => n.length >= 2 && !EMPTY.test(n)))].sort();
  if (names.length >= 3 && form.indicators[0]) {
    const first = form.indicators[0];
    out.push(new Unit(ref, "indicators", "name", first.loc, keep(form.indicators.map((i) => i.name).join("；")), keep(names.join("|")), "绩效指标"));
  }
  last = { ref, units: out };
  return out;
}

/**
 * A unit as a shard file carries it: texts and the ref by number (each written once per shard by
 * the corpus store). A goal's or report's normalised text is derived again on load; the indicator
 * set's (sorted distinct names) is not derivable from its raw text, so it travels.
 */
type PackedUnit = [ref: number, kind: number, field: number, loc: PackedLoc, raw: number, norm: number | null, label: number, indicatorText: number | null, part?: 1];

export function packUnit(u: Unit, p: CorpusPack): PackedUnit {
  const packed: PackedUnit = [p.ref(u.ref), p.text(u.kind), p.text(u.field), packLoc(u.loc), p.text(u.raw), u.kind === "indicators" ? p.text(u.norm) : null, p.text(u.label), p.opt(u.indicatorText)];
  if (u.part) packed.push(1);
  return packed;
}

export function unpackUnit(item: unknown, p: CorpusUnpack, keep: (s: string) => string): Unit {
  const [ref, kind, field, loc, raw, norm, label, indicatorText, part] = item as PackedUnit;
  const text = p.text(raw);
  return new Unit(p.ref(ref), p.text(kind) as UnitKind, p.text(field) as Field, unpackLoc(loc), text, norm === null ? keep(normalizeForCompare(text)) : p.text(norm), p.text(label), indicatorText !== null ? p.text(indicatorText) : undefined, part === 1);
}

export interface Neighbour {
  unit: Unit;
  similarity: number;
}

/**
 * What every unit of one distinct text shares, computed once per text (not once per unit): a text
 * copied by 500 forms would otherwise make each of them walk the 499 others — 250,000 steps for
 * one template, and as many neighbour lists in memory.
 */
interface GroupInfo {
  /** units with this text or a near-copy of it, best first (similarity, then source and line) */
  candidates: Neighbour[];
  /** distinct forms among the candidates */
  forms: Set<string>;
  /** bigrams of the text */
  textB: Set<string>;
  /** the two highest subject scores of candidate forms on this text (distinct forms) */
  top: { score: number; form: string }[];
  /** per distinct project name, its best candidates (at most two forms), by subject score, highest first */
  owners: { subject: string[]; score: number; reps: Neighbour[] }[];
}

export interface CopyIndex {
  units: Unit[];
  /** other-form units whose text is a near-copy (≥ threshold), same kind (allocates: prefer the methods below) */
  neighbours(u: Unit): Neighbour[];
  /** how many other forms carry the unit's text or a near-copy of it */
  otherForms(u: Unit): number;
  /** the best other-form candidate that passes `accept` (scanning from the closest copy), memoised per text and project */
  bestPartner(u: Unit, accept: (n: Neighbour) => boolean, memoKey: string): Neighbour | null;
  /** distinct other forms of several units (the sections of one form), counted once */
  otherFormsOf(units: Unit[]): number;
  group(u: Unit): GroupInfo;
  subject(ref: FormRef): string[];
  /** the two forms' projects share a subject (the words of a department they share left out) */
  sameSubjectOf(a: FormRef, b: FormRef): boolean;
  formKey(ref: FormRef): string;
}

/**
 * A form's key, one string per form for the run: the index keys sets and memos by it once per
 * candidate of every distinct text, and a fresh concatenation each time would cost a string per
 * (text, candidate) pair at the end of a large run.
 */
const FORM_KEYS = new WeakMap<FormRef, string>();
export function formKey(ref: FormRef): string {
  let k = FORM_KEYS.get(ref);
  if (k === undefined) FORM_KEYS.set(ref, (k = `${ref.source}\u0000${ref.formIndex}\u0000${ref.line}`));
  return k;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** the shorter text of a prefix copy is at least this share of the longer one */
const PREFIX_SHARE = 0.6;

/**
 * Goals copied from another project and cut short ("组织律师参与接访，提供法律咨询，引导群众依法表达诉求"
 * taken from a goal that goes on "……，推动信访问题在法治轨道上解决"): the copy is the start of the
 * original, word for word, but the lost tail pulls the 3-gram Jaccard below the threshold. Keys
 * sorted: the texts a key is the start of follow it. The shorter text must be at least twice
 * `minLength` long and PREFIX_SHARE of the longer; the pair's similarity is that share. `a` is the
 * shorter text (the copy), `b` the longer (the original).
 */
function prefixCopies(keys: string[], minLength: number): { a: string; b: string; similarity: number }[] {
  const sorted = [...keys].sort(cmpStr);
  const out: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (a.length < 2 * minLength) continue;
    for (let j = i + 1; j < sorted.length && sorted[j].startsWith(a); j++) {
      const share = a.length / sorted[j].length;
      if (share >= PREFIX_SHARE) out.push({ a, b: sorted[j], similarity: share });
    }
  }
  return out;
}

export function buildCopyIndex(units: Unit[], opts: { threshold: number; minLength: number; lsh?: LshOptions; subject: SubjectOptions; keep?: (s: string) => string }): CopyIndex {
  const keep = opts.keep ?? ((s: string) => s);
  for (const u of units) if (!u.norm) u.norm = keep(normalizeForCompare(u.raw));
  const eligible = units.filter((u) => u.norm.replace(/\|/g, "").length >= (u.kind === "indicators" ? opts.minLength * 2 : opts.minLength));
  // distinct texts per kind
  const groups = new Map<string, Unit[]>();
  for (const u of eligible) {
    const k = `${u.kind}\u0000${u.norm}`;
    const g = groups.get(k);
    if (g) g.push(u);
    else groups.set(k, [u]);
  }
  const adj = new Map<string, { key: string; similarity: number }[]>();
  for (const kind of ["goal", "report", "indicators"] as UnitKind[]) {
    // shingles built lazily: never every text's set at once
    const items = [...groups.keys()].filter((k) => k.startsWith(kind + "\u0000")).map((k) => ({ key: k, shingles: () => charShingles(k.slice(kind.length + 1).replace(/\|/g, "")) }));
    if (items.length < 2) continue;
    const { pairs } = nearDuplicatePairs(items, { weights: [0.1, 0.9], ...opts.lsh, threshold: opts.threshold });
    for (const p of pairs) {
      (adj.get(p.a) ?? adj.set(p.a, []).get(p.a)!).push({ key: p.b, similarity: p.similarity });
      (adj.get(p.b) ?? adj.set(p.b, []).get(p.b)!).push({ key: p.a, similarity: p.similarity });
    }
    // a goal cut short is a copy of the longer one, which is the original: only the copy learns of it
    if (kind === "goal") {
      const near = new Set(pairs.map((p) => `${p.a}\u0001${p.b}`));
      for (const p of prefixCopies(items.map((x) => x.key), opts.minLength)) {
        if (near.has(`${p.a}\u0001${p.b}`) || near.has(`${p.b}\u0001${p.a}`)) continue;
        (adj.get(p.a) ?? adj.set(p.a, []).get(p.a)!).push({ key: p.b, similarity: p.similarity });
      }
    }
  }
  // place and department names: bigrams frequent among the project names of the run or of one document
  const names = new Map<string, { source: string; name: string }>();
  for (const u of units) names.set(formKey(u.ref), { source: u.ref.source, name: u.ref.project });
  const frequent = frequentNameBigrams([...names.values()].map((n) => n.name), opts.subject);
  const bySource = new Map<string, string[]>();
  for (const n of names.values()) (bySource.get(n.source) ?? bySource.set(n.source, []).get(n.source)!).push(n.name);
  for (const list of bySource.values()) for (const b of frequentNameBigrams(list, opts.subject)) frequent.add(b);
  const subjects = new Map<string, string[]>();
  const subject = (ref: FormRef): string[] => {
    let s = subjects.get(ref.project);
    if (!s) subjects.set(ref.project, (s = subjectBigrams(ref.project, { ...opts.subject, frequent })));
    return s;
  };
  // two forms of one department: the words of the department's own name are no shared subject (a
  // 机构编制委员会办公室 names most of its projects 机构编制…, so "机构编制业务培训" and "机构编制实名制系统运维"
  // share only its words); each subject keeps them when it says nothing else
  const sameSubjectOf = (a: FormRef, b: FormRef): boolean => {
    const da = departmentKey(a.department);
    if (!da || da !== departmentKey(b.department)) return sameSubject(subject(a), subject(b));
    const own = bigrams(da);
    const strip = (s: string[]) => {
      const rest = s.filter((x) => !own.has(x));
      return rest.length ? rest : s;
    };
    return sameSubject(strip(subject(a)), strip(subject(b)));
  };

  const infos = new Map<string, GroupInfo>();
  const keyOf = (u: Unit) => `${u.kind}\u0000${u.norm}`;
  const group = (u: Unit): GroupInfo => {
    const k = keyOf(u);
    let info = infos.get(k);
    if (info) return info;
    const candidates: Neighbour[] = [];
    for (const o of groups.get(k) ?? []) candidates.push({ unit: o, similarity: 1 });
    for (const n of adj.get(k) ?? []) for (const o of groups.get(n.key) ?? []) candidates.push({ unit: o, similarity: n.similarity });
    candidates.sort(
      (a, b) => b.similarity - a.similarity || cmpStr(a.unit.ref.source, b.unit.ref.source) || (a.unit.line ?? 0) - (b.unit.line ?? 0),
    );
    const textB = bigrams(u.norm);
    const forms = new Set<string>();
    const bestByForm = new Map<string, number>();
    const owners = new Map<string, { subject: string[]; score: number; reps: Neighbour[] }>();
    for (const c of candidates) {
      const fk = formKey(c.unit.ref);
      forms.add(fk);
      const subj = subject(c.unit.ref);
      let o = owners.get(c.unit.ref.project);
      if (!o) owners.set(c.unit.ref.project, (o = { subject: subj, score: subjectScore(subj, textB), reps: [] }));
      if (!bestByForm.has(fk)) bestByForm.set(fk, o.score);
      if (o.reps.length < 2 && !o.reps.some((r) => formKey(r.unit.ref) === fk)) o.reps.push(c);
    }
    const top = [...bestByForm.entries()]
      .map(([form, score]) => ({ form, score }))
      .sort((a, b) => b.score - a.score || cmpStr(a.form, b.form))
      .slice(0, 2);
    const ownerList = [...owners.values()].filter((o) => o.score >= OWNER_SCORE).sort((a, b) => b.score - a.score);
    info = { candidates, forms, textB, top, owners: ownerList };
    infos.set(k, info);
    return info;
  };
  const memo = new Map<string, Neighbour | null>();
  return {
    units: eligible,
    neighbours(u) {
      const me = formKey(u.ref);
      return group(u).candidates.filter((c) => formKey(c.unit.ref) !== me);
    },
    otherForms(u) {
      const f = group(u).forms;
      return f.size - (f.has(formKey(u.ref)) ? 1 : 0);
    },
    otherFormsOf(us) {
      if (us.length === 1) return this.otherForms(us[0]);
      const all = new Set<string>();
      for (const x of us) for (const f of group(x).forms) all.add(f);
      for (const x of us) all.delete(formKey(x.ref));
      return all.size;
    },
    bestPartner(u, accept, memoKey) {
      const me = formKey(u.ref);
      const key = `${keyOf(u)}\u0000${memoKey}`;
      const hit = memo.get(key);
      if (hit !== undefined && (hit === null || formKey(hit.unit.ref) !== me)) return hit;
      for (const c of group(u).candidates) {
        if (formKey(c.unit.ref) === me || !accept(c)) continue;
        memo.set(key, c);
        return c;
      }
      memo.set(key, null);
      return null;
    },
    group,
    subject,
    sameSubjectOf,
    formKey,
  };
}

import { bigrams, sameSubject, subjectScore } from "./subject.js";

/** a project "owns" a text when the text names its subject */
export const OWNER_SCORE = 0.25;
/** a text "does not talk about" a project below this subject score */
export const FOREIGN_SCORE = 0.1;

/**
 * goal-mismatch test: u's goal is a near-copy of another project's goal, names that project's
 * subject (words of its name), and neither names u's own subject nor shares those words with u's
 * indicators. Returns the project it belongs to, or null.
 */
export function mismatchOwner(index: CopyIndex, u: Unit): Neighbour | null {
  if (u.kind !== "goal") return null;
  const own = index.subject(u.ref);
  const info = index.group(u);
  if (subjectScore(own, info.textB) >= FOREIGN_SCORE) return null;
  const me = index.formKey(u.ref);
  const indB = bigrams(u.indicatorText ?? "");
  // distinct projects naming the text, highest subject score first
  for (const o of info.owners) {
    if (sameSubject(own, o.subject)) continue;
    const rep = o.reps.find((r) => index.formKey(r.unit.ref) !== me);
    if (!rep) continue;
    const named = o.subject.filter((b) => info.textB.has(b));
    // the form's own indicators talk about that subject too: then the goal may be right after all
    if (named.filter((b) => indB.has(b)).length * 2 >= named.length) continue;
    return rep;
  }
  return null;
}

/** some form's project is what the text is about (its subject named in it): the text states a project's facts */
export function ownedBySome(index: CopyIndex, u: Unit): boolean {
  return (index.group(u).top[0]?.score ?? 0) >= OWNER_SCORE;
}

/** the project's own subject is what the text is about, at least as much as any other form's */
export function ownsText(index: CopyIndex, u: Unit): boolean {
  const info = index.group(u);
  const mine = subjectScore(index.subject(u.ref), info.textB);
  if (mine < OWNER_SCORE) return false;
  const me = index.formKey(u.ref);
  const other = info.top.find((t) => t.form !== me);
  return !other || other.score <= mine;
}

export { sameSubject, subjectScore, bigrams };

/** the options the copy rules share (copied-text, goal-mismatch), with their defaults */
export const COPY_OPTIONS = z
  .object({ threshold: z.number().gt(0).lt(1), minLength: z.number().int().min(1), numPerm: z.number().int().min(8), seed: z.number().int() })
  .partial()
  .strict();
export const COPY_DEFAULTS = { threshold: 0.8, minLength: 15, numPerm: 128, seed: 1 };

/** the copy index of a run's units, built with a copy rule's options and the project-name lexicon */
export function copyIndexFor(ctx: RuleContext<any>, units: Unit[]): CopyIndex {
  const o = { ...COPY_DEFAULTS, ...(ctx.options as z.infer<typeof COPY_OPTIONS>) };
  const lex = ctx.knowledge.lexicon("project-name-generic");
  return buildCopyIndex(units, {
    threshold: o.threshold,
    minLength: o.minLength,
    lsh: { numPerm: o.numPerm, seed: o.seed },
    subject: { genericTerms: lex.terms, genericPatterns: lex.regexps },
    keep: ctx.corpus.text,
  });
}
