/**
 * Shared work of the copy rules (copied-text, goal-mismatch): collect compact text units per form
 * while documents stream by, then, once per run, find near-copies with MinHash LSH over distinct
 * normalised texts (identical copies collapse into one item, so 500 counties sharing a template
 * cost one LSH item, not 125,000 pairs) and re-verify candidates with exact Jaccard.
 */
import type { Field, FormRef } from "../types.js";
import type { Loc } from "../../model/loc.js";
import type { Form } from "../../model/types.js";
import { normalizeForCompare, charShingles } from "../services.js";
import { nearDuplicatePairs, type LshOptions } from "./lsh.js";
import { frequentNameBigrams, subjectBigrams, type SubjectOptions } from "./subject.js";

export type UnitKind = "goal" | "report" | "indicators";

export interface Unit {
  ref: FormRef;
  kind: UnitKind;
  field: Field;
  loc: Loc;
  /** text as in the source */
  raw: string;
  /** normalised text (comparison key) */
  norm: string;
  /** section label for reports ("项目管理中存在的主要问题及原因分析") */
  label: string;
  /** normalised indicator names of the form (goal units only; for goal-mismatch) */
  indicatorText?: string;
}

const EMPTY = /^(无|暂无|没有|略|\*+|x+|—+|-+)$/i;

/** the units of one form: goals, result reports (实际完成情况, narrative sections), the indicator set */
export function formUnits(form: Form, ref: FormRef): Unit[] {
  const out: Unit[] = [];
  const add = (kind: UnitKind, field: Field, raw: string, loc: Loc, label: string, extra: Partial<Unit> = {}) => {
    const norm = normalizeForCompare(raw);
    if (!norm || EMPTY.test(norm)) return;
    if (out.some((u) => u.kind === kind && u.norm === norm)) return; // 实施期 = 年度 goal: one unit
    out.push({ ref, kind, field, loc, raw: raw.trim(), norm, label, ...extra });
  };
  const indicatorText = form.indicators.map((i) => normalizeForCompare(`${i.name} ${i.annualName ?? ""}`)).join("|");
  if (form.goals.annual) add("goal", "goals.annual", form.goals.annual.text, form.goals.annual.loc, "年度目标", { indicatorText });
  if (form.goals.period) add("goal", "goals.period", form.goals.period.text, form.goals.period.loc, "实施期目标", { indicatorText });
  if (form.goals.actual) add("report", "goals.actual", form.goals.actual.text, form.goals.actual.loc, "实际完成情况");
  for (const n of form.narrative) add("report", "narrative", n.text, n.loc, n.section);
  const names = [...new Set(form.indicators.map((i) => normalizeForCompare(i.name)).filter((n) => n.length >= 2 && !EMPTY.test(n)))].sort();
  if (names.length >= 3 && form.indicators[0]) {
    const first = form.indicators[0];
    out.push({ ref, kind: "indicators", field: "name", loc: first.loc, raw: form.indicators.map((i) => i.name).join("；"), norm: names.join("|"), label: "绩效指标" });
  }
  return out;
}

export interface Neighbour {
  unit: Unit;
  similarity: number;
}

export interface CopyIndex {
  units: Unit[];
  /** other-form units whose text is a near-copy (≥ threshold), same kind */
  neighbours(u: Unit): Neighbour[];
  subject(ref: FormRef): string[];
  formKey(ref: FormRef): string;
}

export function formKey(ref: FormRef): string {
  return `${ref.source}\u0000${ref.formIndex}\u0000${ref.line}`;
}

export function buildCopyIndex(units: Unit[], opts: { threshold: number; minLength: number; lsh?: LshOptions; subject: SubjectOptions }): CopyIndex {
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
    const items = [...groups.keys()].filter((k) => k.startsWith(kind + "\u0000")).map((k) => ({ key: k, shingles: charShingles(k.slice(kind.length + 1).replace(/\|/g, "")) }));
    if (items.length < 2) continue;
    const { pairs } = nearDuplicatePairs(items, { weights: [0.1, 0.9], ...opts.lsh, threshold: opts.threshold });
    for (const p of pairs) {
      (adj.get(p.a) ?? adj.set(p.a, []).get(p.a)!).push({ key: p.b, similarity: p.similarity });
      (adj.get(p.b) ?? adj.set(p.b, []).get(p.b)!).push({ key: p.a, similarity: p.similarity });
    }
  }
  // place and department names: bigrams frequent among the project names of the run or of one document
  const names = new Map<string, { source: string; name: string }>();
  for (const u of units) names.set(formKey(u.ref), { source: u.ref.source, name: u.ref.project });
  const frequent = frequentNameBigrams([...names.values()].map((n) => n.name), opts.subject);
  for (const src of new Set([...names.values()].map((n) => n.source))) {
    for (const b of frequentNameBigrams([...names.values()].filter((n) => n.source === src).map((n) => n.name), opts.subject)) frequent.add(b);
  }
  const subjects = new Map<string, string[]>();
  return {
    units: eligible,
    neighbours(u) {
      const me = formKey(u.ref);
      const k = `${u.kind}\u0000${u.norm}`;
      const out: Neighbour[] = [];
      for (const o of groups.get(k) ?? []) if (formKey(o.ref) !== me) out.push({ unit: o, similarity: 1 });
      for (const n of adj.get(k) ?? []) for (const o of groups.get(n.key) ?? []) if (formKey(o.ref) !== me) out.push({ unit: o, similarity: n.similarity });
      return out;
    },
    subject(ref) {
      const k = formKey(ref);
      let s = subjects.get(k);
      if (!s) subjects.set(k, (s = subjectBigrams(ref.project, { ...opts.subject, frequent })));
      return s;
    },
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
  const textB = bigrams(u.norm);
  if (subjectScore(own, textB) >= FOREIGN_SCORE) return null;
  const indB = bigrams(u.indicatorText ?? "");
  let best: Neighbour | null = null;
  let bestScore = 0;
  for (const n of index.neighbours(u)) {
    const theirs = index.subject(n.unit.ref);
    if (sameSubject(own, theirs)) continue;
    const s = subjectScore(theirs, textB);
    if (s < OWNER_SCORE) continue;
    const named = theirs.filter((b) => textB.has(b));
    // the form's own indicators talk about that subject too: then the goal may be right after all
    if (named.filter((b) => indB.has(b)).length * 2 >= named.length) continue;
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}

/** the project's own subject is what the text is about, at least as much as any partner's */
export function ownsText(index: CopyIndex, u: Unit, partners: Neighbour[]): boolean {
  const textB = bigrams(u.norm);
  const mine = subjectScore(index.subject(u.ref), textB);
  if (mine < OWNER_SCORE) return false;
  return partners.every((p) => subjectScore(index.subject(p.unit.ref), textB) <= mine);
}

export { sameSubject, subjectScore, bigrams };
