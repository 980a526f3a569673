/**
 * The corpus rules' shared store (issue 11): what the run-wide rules keep until the end of a run is
 * held once, whichever rules keep it.
 *
 * - `ref(form, doc)`: one FormRef per form, shared by every rule (four rules used to keep four).
 * - `text(s)`: one copy of each distinct text per run (a goal copied by 500 forms, and kept by three
 *   rules, is one string), detached from the file it was cut from.
 * - Sharded runs: a rule's saved item names texts and refs by number (`pack`); the store writes each
 *   text and ref once per shard, before the first item that names it, as `{"t": text}` and
 *   `{"r": [...]}` records under the pseudo-rule `@corpus` (numbers are implied by order). The merge
 *   reads them back (`load`) and resolves the numbers of the rules' items (`unpack`) per shard.
 */
import type { Form, FormKind, KpiDocument } from "../model/types.js";
import type { Loc } from "../model/loc.js";
import type { FormRef } from "./types.js";
import { detach } from "./services.js";

/** a text file's loc (`{line}` or `{line, col}`, in that order) as `[line]` / `[line, col]`; others as they are */
export type PackedLoc = Loc | [number] | [number, number];

export function packLoc(loc: Loc): PackedLoc {
  const keys = Object.keys(loc);
  if (keys[0] !== "line" || typeof loc.line !== "number") return loc;
  if (keys.length === 1) return [loc.line];
  if (keys.length === 2 && keys[1] === "col" && typeof loc.col === "number") return [loc.line, loc.col];
  return loc;
}

export function unpackLoc(p: PackedLoc): Loc {
  if (!Array.isArray(p)) return p;
  return p.length === 1 ? { line: p[0] } : { line: p[0], col: p[1] };
}

/** what a corpus rule pairing target forms with self-assessments keeps: one list of each (target-drift, budget-filed-mismatch) */
export interface PairState<E> {
  targets: E[];
  selfs: E[];
}

/**
 * The shard hooks of a rule whose state is a PairState: one item per kept form, `{target: packed}`
 * or `{self: packed}`, the targets first, each list in the order it was collected; `load` puts an
 * item back in its list.
 */
export function pairShard<C, E, P>(state: (ctx: C) => PairState<E> | undefined, pack: (ctx: C, e: E) => P, unpack: (ctx: C, p: P) => E) {
  return {
    *save(ctx: C): Iterable<unknown> {
      const st = state(ctx);
      if (!st) return;
      for (const e of st.targets) yield { target: pack(ctx, e) };
      for (const e of st.selfs) yield { self: pack(ctx, e) };
    },
    load(ctx: C, item: unknown): void {
      const st = state(ctx);
      if (!st) return;
      const it = item as { target?: P; self?: P };
      const packed = it.target ?? it.self;
      if (packed === undefined || packed === null) return;
      (it.target !== undefined && it.target !== null ? st.targets : st.selfs).push(unpack(ctx, packed));
    },
  };
}

/** the pseudo-rule id under which the store's records travel in shard files */
export const CORPUS_STATE = "@corpus";

type RefRecord = [source: number, formIndex: number, kind: number, layout: number, line: number, loc: PackedLoc, project: number, department: number | null];
/** a text, or a ref: the store's records in a shard file */
type Record_ = string | RefRecord;

export interface CorpusPack {
  /** the number of a text in this shard */
  text(s: string): number;
  /** a text or null */
  opt(s: string | null | undefined): number | null;
  /** the number of a form's ref in this shard */
  ref(r: FormRef): number;
}

export interface CorpusUnpack {
  text(n: number): string;
  opt(n: number | null | undefined): string | null;
  ref(n: number): FormRef;
}

export interface CorpusStore {
  /** the one FormRef of a form (strings detached from the file) */
  ref(form: Form, doc: KpiDocument, index: number): FormRef;
  /** the run's one copy of a text, detached from its file */
  text(s: string): string;
  /** the run's number of a text (kept as `text` keeps it): for state kept in typed arrays */
  id(s: string): number;
  /** the text of a number `id` gave */
  at(n: number): string;
  /** sharded runs: numbering for a rule's saved items */
  readonly pack: CorpusPack;
  /** the store's records numbered since the last call (written before the item that uses them) */
  drain(): Record_[];
  /** merge: read one of the store's records of the current shard */
  load(record: unknown): void;
  /** merge: resolve the numbers of the current shard's items */
  readonly unpack: CorpusUnpack;
  /** merge: the current shard is complete (its numbers end here) */
  endShard(): void;
}

export function createCorpusStore(): CorpusStore {
  // each distinct text once, numbered in the order first kept
  const texts = new Map<string, number>();
  const list: string[] = [];
  const refs = new WeakMap<Form, FormRef>();
  const id = (s: string): number => {
    const hit = texts.get(s);
    if (hit !== undefined) return hit;
    const own = detach(s);
    texts.set(own, list.length);
    list.push(own);
    return list.length - 1;
  };
  const text = (s: string): string => list[id(s)];

  // writing: numbers per shard, records queued until drained
  const textNo = new Map<string, number>();
  const refNo = new Map<FormRef, number>();
  let queue: Record_[] = [];
  const pack: CorpusPack = {
    text(s) {
      let n = textNo.get(s);
      if (n === undefined) {
        textNo.set(s, (n = textNo.size));
        queue.push(s);
      }
      return n;
    },
    opt(s) {
      return s === null || s === undefined ? null : pack.text(s);
    },
    ref(r) {
      let n = refNo.get(r);
      if (n === undefined) {
        const rec: RefRecord = [pack.text(r.source), r.formIndex, pack.text(r.kind), pack.text(r.layout), r.line, packLoc(r.loc), pack.text(r.project), pack.opt(r.department)];
        refNo.set(r, (n = refNo.size));
        queue.push(rec);
      }
      return n;
    },
  };

  // reading: this shard's texts and refs, in the order written
  let inTexts: string[] = [];
  let inRefs: FormRef[] = [];
  const unpack: CorpusUnpack = {
    text(n) {
      const s = inTexts[n];
      if (s === undefined) throw new Error(`分片状态引用了不存在的文字 #${n} / shard state names a missing text #${n}`);
      return s;
    },
    opt(n) {
      return n === null || n === undefined ? null : unpack.text(n);
    },
    ref(n) {
      const r = inRefs[n];
      if (!r) throw new Error(`分片状态引用了不存在的表 #${n} / shard state names a missing form #${n}`);
      return r;
    },
  };

  return {
    ref(form, doc, index) {
      let r = refs.get(form);
      if (!r) {
        r = {
          source: text(doc.source),
          formIndex: index,
          // the run's one copy (a document's strings are its own: each ref held its layout's)
          kind: text(form.kind) as FormKind,
          layout: text(form.layout),
          line: form.line,
          loc: form.loc,
          project: text(form.project.name),
          department: form.project.department ?? doc.department ?? null,
        };
        if (r.department !== null) r.department = text(r.department);
        refs.set(form, r);
      }
      return r;
    },
    text,
    id,
    at: (n) => list[n],
    pack,
    drain() {
      const out = queue;
      queue = [];
      return out;
    },
    load(record) {
      if (typeof record === "string") inTexts.push(text(record));
      else if (Array.isArray(record)) {
        const [source, formIndex, kind, layout, line, loc, project, department] = record as RefRecord;
        inRefs.push({
          source: unpack.text(source),
          formIndex,
          kind: unpack.text(kind) as FormKind,
          layout: unpack.text(layout),
          line,
          loc: unpackLoc(loc),
          project: unpack.text(project),
          department: unpack.opt(department),
        });
      } else throw new Error("分片里有无法识别的共享状态 / unrecognised shared state in a shard");
    },
    unpack,
    endShard() {
      inTexts = [];
      inRefs = [];
    },
  };
}
