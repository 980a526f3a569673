/**
 * target-drift (corpus scope): when a run holds a target form and a self-assessment of the same
 * project — same department, fuzzy-matched project name (edit-distance ratio or character-shingle
 * Jaccard) and no conflicting year — the self-assessment's 年初指标值 must be the filed targets:
 * report changed values, indicators dropped from the target form and indicators added.
 * Keeps only compact per-form state; reports in finalize().
 */
import { z } from "zod";
import { distance } from "fastest-levenshtein";
import { packLoc, pairShard, unpackLoc, type PackedLoc, type PairState } from "../../src/engine/corpus.js";
import { defineRule, type RuleContext } from "../../src/engine/types.js";
import type { FormRef } from "../../src/engine/types.js";
import type { Loc } from "../../src/model/loc.js";
import type { Form, Value } from "../../src/model/types.js";


interface Ind {
  name: string;
  key: string;
  raw: string;
  value: number | null;
  op: string | null;
  unit: string | null;
  kind: string;
  loc: Loc;
}

/**
 * The run's indicators as kept until its end, in typed arrays (decision 135): per indicator one row
 * of IND_INTS 32-bit integers — its name and raw value as the corpus store's text numbers, its
 * (op, unit, kind) as the number of that combination in the run (×2, +1 when the value is null), its
 * line and column (+1, 0 when it has none) — and its value in `values`. A loc that is not a text
 * file's `{line}` / `{line, col}` is kept as it is, in `locs` (line = −1 − its index). An entry names
 * its rows by `first` and `count`; an indicator is an object again only for the forms matched in
 * finalize (`indsOf`), the normalised name derived there.
 */
const IND_INTS = 5;
export class IndStore {
  ints = new Int32Array(IND_INTS * 4096);
  values = new Float64Array(4096);
  rows = 0;
  combos: [op: string | null, unit: string | null, kind: string][] = [];
  comboNo = new Map<string, number>();
  locs: Loc[] = [];
  constructor(private readonly corpus: { id(s: string): number; at(n: number): string }) {}

  push(i: Omit<Ind, "key">): void {
    if (this.rows === this.values.length) {
      const ints = new Int32Array(this.ints.length * 2);
      ints.set(this.ints);
      this.ints = ints;
      const values = new Float64Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    const ck = `${i.op ?? "\u0001"}\u0000${i.unit ?? "\u0001"}\u0000${i.kind}`;
    let combo = this.comboNo.get(ck);
    if (combo === undefined) {
      this.comboNo.set(ck, (combo = this.combos.length));
      this.combos.push([i.op, i.unit, i.kind]);
    }
    const o = this.rows * IND_INTS;
    const t = this.ints;
    t[o] = this.corpus.id(i.name);
    t[o + 1] = this.corpus.id(i.raw);
    t[o + 2] = combo * 2 + (i.value === null ? 1 : 0);
    const p = packLoc(i.loc);
    const line = Array.isArray(p) ? p[0] : NaN;
    const col = Array.isArray(p) && p.length === 2 ? p[1] : -1;
    if (Number.isInteger(line) && line >= 0 && line < 2 ** 31 - 1 && Number.isInteger(col) && col >= -1 && col < 2 ** 31 - 2) {
      t[o + 3] = line;
      t[o + 4] = col + 1;
    } else {
      t[o + 3] = -1 - this.locs.length;
      t[o + 4] = 0;
      this.locs.push(i.loc);
    }
    this.values[this.rows] = i.value ?? 0;
    this.rows++;
  }

  ind(ctx: RuleContext<any>, row: number): Ind {
    const t = this.ints;
    const o = row * IND_INTS;
    const [op, unit, kind] = this.combos[t[o + 2] >> 1];
    const line = t[o + 3];
    const loc: Loc = line < 0 ? this.locs[-1 - line] : t[o + 4] === 0 ? { line } : { line, col: t[o + 4] - 1 };
    const name = this.corpus.at(t[o]);
    return { name, key: ctx.services.normalize(name), raw: this.corpus.at(t[o + 1]), value: t[o + 2] & 1 ? null : this.values[row], op, unit, kind, loc };
  }
}

interface Entry {
  ref: FormRef;
  year: number | null;
  /** the entry's indicators: rows first … first + count − 1 of the store */
  first: number;
  count: number;
}

/** what finalize works on: an entry with what its ref gives again, and its indicators as objects */
interface Live {
  ref: FormRef;
  year: number | null;
  e: Entry;
  dept: string;
  name: string;
  /** the project name's character bigrams: derived in finalize from ref.project, not kept per form */
  shingles: Set<string>;
}

function indsOf(ctx: RuleContext<any>, e: Entry): Ind[] {
  const store = STATE.get(ctx)!.store;
  const out: Ind[] = [];
  for (let k = 0; k < e.count; k++) out.push(store.ind(ctx, e.first + k));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** "027-兴县公安局" → "兴县公安局" */
function normDept(s: string | null | undefined): string {
  return (s ?? "").replace(/^[\dA-Za-z]+[-－—\s]*/, "").replace(/\s+/g, "");
}

function sameValue(a: Ind, b: Ind): boolean {
  if (a.kind === "numeric" && b.kind === "numeric") {
    return a.value === b.value && (a.op ?? "=") === (b.op ?? "=") && (a.unit ?? "") === (b.unit ?? "");
  }
  return a.raw.replace(/\s+/g, "") === b.raw.replace(/\s+/g, "");
}

type PackedEntry = [ref: number, year: number | null, inds: [name: number, raw: number, value: number | null, op: number | null, unit: number | null, kind: number, loc: PackedLoc][]];

/** what an entry's ref gives: the department and the normalised project name */
function derived(ctx: RuleContext<any>, ref: FormRef): { dept: string; name: string } {
  return { dept: normDept(ref.department), name: ctx.services.normalize(ref.project) };
}

/** per-run state, keyed by the run's rule context (create and finalize receive the same one) */
const STATE = new WeakMap<object, PairState<Entry> & { store: IndStore }>();

export default defineRule<{ nameSimilarity: number; indicatorSimilarity: number }>({
  meta: {
    id: "target-drift",
    category: "target-drift",
    severity: "warning",
    scope: "corpus",
    title: { zh: "自评表年初指标与申报目标不一致", en: "Self-assessment targets drift from the filed targets" },
    description: {
      zh: "同一项目既有绩效目标表又有绩效自评表时，自评表的年初指标值应与申报的目标一致。自评时改动目标值、删去或新增指标，会让“完成目标”变得容易，审核时应要求单位说明。",
      en: "When a run holds a project's target form and its self-assessment, the self-assessment's initial targets must be the filed ones; changed values and dropped or added indicators are reported.",
    },
    messages: {
      changed: {
        zh: "指标“{{name}}”自评表年初指标值为 {{actual}}，申报的绩效目标表（{{source}} 第 {{line}} 行）为 {{filed}}，目标被改动。",
        en: "\"{{name}}\": the self-assessment's initial target is {{actual}}, the filed target ({{source}} l.{{line}}) is {{filed}}.",
      },
      dropped: {
        zh: "绩效目标表（{{source}} 第 {{line}} 行）申报的指标“{{name}}”（{{filed}}）在自评表中没有出现，被删去。",
        en: "The filed indicator \"{{name}}\" ({{filed}}, {{source}} l.{{line}}) is missing from the self-assessment.",
      },
      added: {
        zh: "自评表指标“{{name}}”（{{actual}}）不在申报的绩效目标表（{{source}} 第 {{line}} 行）中，是自评时新增的。",
        en: "\"{{name}}\" ({{actual}}) is not among the filed targets ({{source}} l.{{line}}): added at self-assessment.",
      },
    },
    options: z.object({ nameSimilarity: z.number().min(0).max(1), indicatorSimilarity: z.number().min(0).max(1) }).strict(),
    defaultOptions: { nameSimilarity: 0.8, indicatorSimilarity: 0.6 },
  },
  create(ctx) {
    const targets: Entry[] = [];
    const selfs: Entry[] = [];
    const store = new IndStore(ctx.corpus);
    STATE.set(ctx, { targets, selfs, store });
    const keep = ctx.corpus.text;
    const kept = (x: string | null | undefined): string | null => (x === null || x === undefined ? null : keep(x));
    return {
      form(form: Form, doc) {
        if (!ctx.services.normalize(form.project.name)) return;
        const first = store.rows;
        for (const ind of form.indicators) {
          // the filed target: the year column when the form has one, else the only value
          const v: Value | null = form.kind === "target" ? (ind.annualTarget && ind.annualTarget.kind !== "empty" ? ind.annualTarget : ind.target) : ind.target;
          const name = form.kind === "target" && ind.annualName ? ind.annualName : ind.name;
          if (!name.trim()) continue;
          store.push({ name, raw: v?.raw ?? "", value: v?.value ?? null, op: kept(v?.op), unit: kept(v?.unit), kind: keep(v?.kind ?? "empty"), loc: ind.target?.loc ?? ind.loc });
        }
        if (store.rows === first) return;
        const entry: Entry = { ref: ctx.ref(form, doc), year: form.year ?? doc.year ?? null, first, count: store.rows - first };
        (form.kind === "target" ? targets : selfs).push(entry);
      },
    };
  },
  // sharded runs: one item per kept form — texts and the ref by number (the corpus store writes
  // them once), without what the ref and the names give again (department, normalised names)
  shard: pairShard(
    (ctx: RuleContext<any>) => STATE.get(ctx),
    (ctx, e: Entry): PackedEntry => {
      const p = ctx.corpus.pack;
      return [p.ref(e.ref), e.year, indsOf(ctx, e).map((i) => [p.text(i.name), p.text(i.raw), i.value, p.opt(i.op), p.opt(i.unit), p.text(i.kind), packLoc(i.loc)])];
    },
    (ctx, [refNo, year, inds]: PackedEntry): Entry => {
      const p = ctx.corpus.unpack;
      const store = STATE.get(ctx)!.store;
      const first = store.rows;
      for (const [name, raw, value, op, unit, kind, loc] of inds) {
        store.push({ name: p.text(name), raw: p.text(raw), value, op: p.opt(op), unit: p.opt(unit), kind: p.text(kind), loc: unpackLoc(loc) });
      }
      return { ref: p.ref(refNo), year, first, count: store.rows - first };
    },
  ),
  finalize(ctx) {
    const state = STATE.get(ctx);
    if (!state) return;
    const live = (e: Entry): Live => ({ ref: e.ref, year: e.year, e, ...derived(ctx, e.ref), shingles: new Set(ctx.services.shingles(e.ref.project, 2)) });
    const targets = state.targets.map(live);
    const selfs = state.selfs.map(live);
    const nameSim = ctx.options.nameSimilarity ?? 0.8;
    const indSim = ctx.options.indicatorSimilarity ?? 0.6;
    const simName = (a: Live, b: Live) => {
      const ratio = 1 - distance(a.name, b.name) / Math.max(a.name.length, b.name.length, 1);
      return Math.max(ratio, jaccard(a.shingles, b.shingles));
    };
    // candidates by department and shared name bigrams, not all pairs: a province holds tens of
    // thousands of forms, and a self-assessment can only match a target of its own department
    // whose name shares some of its less common bigrams (or the same name)
    const byDept = new Map<string, { all: Live[]; byName: Map<string, Live[]>; posting: Map<string, Live[]> }>();
    for (const t of targets) {
      if (!t.dept) continue;
      let d = byDept.get(t.dept);
      if (!d) byDept.set(t.dept, (d = { all: [], byName: new Map(), posting: new Map() }));
      d.all.push(t);
      (d.byName.get(t.name) ?? d.byName.set(t.name, []).get(t.name)!).push(t);
      for (const sh of t.shingles) (d.posting.get(sh) ?? d.posting.set(sh, []).get(sh)!).push(t);
    }
    const order = new Map(targets.map((t, i) => [t, i]));
    const candidatesOf = (s: Live): Live[] => {
      const d = byDept.get(s.dept);
      if (!d) return [];
      if (d.all.length <= 200) return d.all;
      const stop = Math.max(200, d.all.length * 0.05);
      const out = new Set<Live>(d.byName.get(s.name) ?? []);
      for (const sh of s.shingles) {
        const list = d.posting.get(sh);
        if (list && list.length <= stop) for (const t of list) out.add(t);
      }
      // in run order, as a full scan would meet them (ties go to the first)
      return [...out].sort((a, b) => order.get(a)! - order.get(b)!);
    };
    for (const s of selfs) {
      let best: Live | null = null;
      let bestSim = 0;
      for (const t of candidatesOf(s)) {
        if (t.ref.source === s.ref.source && t.ref.formIndex === s.ref.formIndex) continue;
        if (!s.dept || s.dept !== t.dept) continue;
        if (s.year !== null && t.year !== null && s.year !== t.year) continue;
        const sim = simName(s, t);
        if (sim >= nameSim && sim > bestSim) {
          best = t;
          bestSim = sim;
        }
      }
      if (!best) continue;
      const t = best;
      const src = t.ref.source.split(/[\\/]/).pop() ?? t.ref.source;
      const related = (i: Ind | null) => [{ source: t.ref.source, line: i?.loc.line ?? t.ref.line, loc: i?.loc ?? t.ref.loc, project: t.ref.project, text: i ? `${i.name} ${i.raw}`.trim() : t.ref.project, note: "申报的绩效目标表" }];
      // match indicators: exact normalised name first, then best shingle similarity (shingles are
      // built here, for matched forms only, not kept for every indicator of the run)
      const sh = new Map<Ind, Set<string>>();
      const shinglesOf = (i: Ind) => sh.get(i) ?? sh.set(i, new Set(ctx.services.shingles(i.name, 2))).get(i)!;
      const used = new Set<Ind>();
      const pairs: [Ind, Ind | null][] = [];
      const sInds = indsOf(ctx, s.e);
      const tInds = indsOf(ctx, t.e);
      for (const si of sInds) {
        let m = tInds.find((ti) => !used.has(ti) && ti.key === si.key) ?? null;
        if (!m) {
          let bs = 0;
          for (const ti of tInds) {
            if (used.has(ti)) continue;
            const j = jaccard(shinglesOf(si), shinglesOf(ti));
            if (j >= indSim && j > bs) {
              m = ti;
              bs = j;
            }
          }
        }
        if (m) used.add(m);
        pairs.push([si, m]);
      }
      for (const [si, ti] of pairs) {
        if (!ti) {
          ctx.report({ messageId: "added", data: { name: si.name, actual: si.raw.trim() || "空", source: src, line: t.ref.line }, form: s.ref, loc: si.loc, evidence: si.name, related: related(null) });
          continue;
        }
        // an empty or placeholder 年初指标值 says nothing about drift
        if (si.kind === "empty" || si.kind === "placeholder" || ti.kind === "empty" || ti.kind === "placeholder") continue;
        if (sameValue(si, ti)) continue;
        ctx.report({
          messageId: "changed",
          data: { name: si.name, actual: si.raw.trim(), filed: ti.raw.trim(), source: src, line: ti.loc.line ?? t.ref.line },
          form: s.ref,
          loc: si.loc,
          evidence: si.raw,
          expected: ti.raw.trim(),
          related: related(ti),
        });
      }
      for (const ti of tInds) {
        if (used.has(ti)) continue;
        ctx.report({ messageId: "dropped", data: { name: ti.name, filed: ti.raw.trim() || "空", source: src, line: ti.loc.line ?? t.ref.line }, form: s.ref, evidence: ti.name, expected: `${ti.name} ${ti.raw}`.trim(), related: related(ti) });
      }
    }
  },
});
