/**
 * generic-goal (info): a goal so generic it fits any project — “保障单位正常运转” (000 l.503),
 * “认真履行职责，采取有力措施，保证各项工作顺利完成。” (000 l.892). A goal is generic when it does not
 * name its own project's subject (the words of the project name, generic words and run-wide place
 * names removed) and either
 *   - stock phrases (rules/lexicons/generic-goal-phrases.yml) cover at least 60% of it, or
 *   - every content word of it (jieba) is common in the run: found in the texts of at least
 *     `minDocFreq` other forms — measured over the run's own corpus, and only when the run holds at
 *     least `minForms` forms, so a one-form run does not call everything generic.
 * Copied goals of 15+ characters are copied-text's; this rule looks at each goal on its own.
 */
import { z } from "zod";
import { defineRule, type FormRef, type RuleContext } from "../../src/engine/types.js";
import type { Loc } from "../../src/model/loc.js";
import type { Field } from "../../src/engine/types.js";
import { packLoc, unpackLoc, type PackedLoc } from "../../src/engine/corpus.js";
import { detach } from "../../src/model/strings.js";
import { perDistinctText } from "../../src/engine/services.js";
import { frequentNameBigrams, subjectBigrams, subjectScore } from "../../src/engine/similarity/subject.js";

interface GoalUnit {
  ref: FormRef;
  field: Field;
  loc: Loc;
  raw: string;
  words: string[];
}
type PackedGoal = [ref: number, field: number, loc: PackedLoc, raw: number, words: number[]];
interface State {
  goals: GoalUnit[];
  /** each word of the run, numbered in the order first met (the shard file's order) */
  ids: Map<string, number>;
  /** per word number, the forms whose texts hold it (document frequency) */
  df: number[];
  /** per word number, the last form (by count) that counted it: a form counts a word once */
  lastForm: number[];
  forms: number;
}
const wordId = (st: State, w: string): number => {
  let id = st.ids.get(w);
  if (id === undefined) {
    st.ids.set(w, (id = st.df.length));
    st.df.push(0);
    st.lastForm.push(0);
  }
  return id;
};
const STATE = new WeakMap<RuleContext<any>, State>();

const FUNCTION_WORDS = new Set(["的", "和", "与", "及", "了", "在", "对", "为", "是", "等", "并", "将", "以", "从", "到", "为了", "通过", "进一步", "更好", "得到", "以及", "并且", "使", "把"]);

function contentWords(words: string[]): string[] {
  return [...new Set(words.filter((w) => w.length >= 2 && !/^[\d.]+/.test(w) && !FUNCTION_WORDS.has(w)))];
}

export default defineRule({
  meta: {
    id: "generic-goal",
    category: "boilerplate",
    severity: "info",
    scope: "corpus",
    title: { zh: "绩效目标是通用套话", en: "Generic goal" },
    description: {
      zh: "绩效目标只有“保障单位正常运转”“保证各项工作顺利完成”之类放进任何项目都成立的套话，没有写本项目要做成什么、达到什么程度。",
      en: "The goal is stock wording that fits any project (\"保障单位正常运转\"), saying nothing about what this project is to achieve.",
    },
    messages: {
      stockPhrases: {
        zh: "{{what}}“{{text}}”由通用套话组成（{{share}} 的文字是套话），没有提到本项目“{{project}}”要达到的具体目标。",
        en: "The {{whatEn}} \"{{text}}\" is made of stock phrases ({{share}} of it) and says nothing specific about \"{{project}}\".",
      },
      commonWords: {
        zh: "{{what}}“{{text}}”只用了本次审核的其他项目也都在用的字眼，没有提到本项目“{{project}}”要达到的具体目标。",
        en: "The {{whatEn}} \"{{text}}\" only uses words common to the other projects of this run and says nothing specific about \"{{project}}\".",
      },
    },
    options: z.object({ minForms: z.number().int().min(2), minDocFreq: z.number().int().min(1), stockShare: z.number().gt(0).max(1) }).partial().strict(),
    defaultOptions: { minForms: 10, minDocFreq: 4, stockShare: 0.6 },
  },
  create(ctx) {
    const st: State = { goals: [], ids: new Map(), df: [], lastForm: [], forms: 0 };
    const keep = ctx.corpus.text;
    STATE.set(ctx, st);
    // a text's content words and their numbers, once per distinct text: names and goals recur on
    // every copy of a form. A word is numbered when first met, which is in the first form that holds
    // it (this is the only caller), in the order the form's texts and words come: the order of the
    // document frequencies in a shard file, as when they were counted by word
    const contentOf = new Map<string, { words: string[]; ids: number[] }>();
    const content = (t: string): { words: string[]; ids: number[] } => {
      let v = contentOf.get(t);
      if (v === undefined) {
        if (contentOf.size >= 20_000) contentOf.clear();
        const words = contentWords(ctx.services.words(t)).map(detach);
        contentOf.set(detach(t), (v = { words, ids: words.map((w) => wordId(st, w)) }));
      }
      return v;
    };
    // … and as the run keeps them (the corpus store's one copy of each word), once per distinct goal:
    // a goal copied by many forms shares one array
    const kept = perDistinctText((t: string): string[] => content(t).words.map(keep));
    /** a text's words counted for the form (each word once per form): by number, no string hashed */
    const count = (t: string | null | undefined, formNo: number) => {
      if (!t) return;
      for (const id of content(t).ids) {
        if (st.lastForm[id] === formNo) continue;
        st.lastForm[id] = formNo;
        st.df[id]++;
      }
    };
    return {
      form(form, doc) {
        const formNo = ++st.forms;
        const ref = ctx.ref(form, doc);
        count(form.goals.annual?.text, formNo);
        count(form.goals.period?.text, formNo);
        count(form.goals.actual?.text, formNo);
        for (const n of form.narrative) count(n.text, formNo);
        for (const i of form.indicators) count(i.name, formNo);
        const seen = new Set<string>();
        for (const [field, g] of [["goals.annual", form.goals.annual], ["goals.period", form.goals.period]] as const) {
          if (!g?.text.trim()) continue;
          const norm = ctx.services.normalize(g.text);
          if (!norm || seen.has(norm)) continue;
          seen.add(norm);
          // the normalised text is derived again in finalize (as a shard's load did): not kept per goal
          st.goals.push({ ref, field, loc: g.loc, raw: keep(g.text.trim()), words: kept(g.text) });
        }
      },
    };
  },
  // sharded runs: the form count, each goal (texts and ref by number: the corpus store writes
  // them once; the normalised text is derived again), then the word document frequencies
  shard: {
    *save(ctx) {
      const st = STATE.get(ctx);
      if (!st) return;
      const p = ctx.corpus.pack;
      yield { forms: st.forms };
      for (const g of st.goals) yield { g: [p.ref(g.ref), p.text(g.field), packLoc(g.loc), p.text(g.raw), g.words.map(p.text)] satisfies PackedGoal };
      for (const [w, id] of st.ids) yield { w, n: st.df[id] };
    },
    load(ctx, item) {
      const st = STATE.get(ctx);
      if (!st) return;
      const it = item as { forms?: number; g?: PackedGoal; w?: string; n?: number };
      if (it.forms !== undefined) st.forms += it.forms;
      else if (it.g) {
        const p = ctx.corpus.unpack;
        const [ref, field, loc, raw, words] = it.g;
        const text = p.text(raw);
        st.goals.push({ ref: p.ref(ref), field: p.text(field) as Field, loc: unpackLoc(loc), raw: text, words: words.map(p.text) });
      } else if (it.w !== undefined) st.df[wordId(st, it.w)] += it.n ?? 0;
    },
  },
  finalize(ctx) {
    const st = STATE.get(ctx);
    if (!st) return;
    const o = ctx.options as { minForms?: number; minDocFreq?: number; stockShare?: number };
    const minForms = o.minForms ?? 10;
    const minDf = o.minDocFreq ?? 4;
    const stockShare = o.stockShare ?? 0.6;
    const names = ctx.knowledge.lexicon("project-name-generic");
    const subjOpts = { genericTerms: names.terms, genericPatterns: names.regexps };
    const frequent = frequentNameBigrams([...new Set(st.goals.map((g) => g.ref.project))], subjOpts);
    const stock = ctx.knowledge.lexicon("generic-goal-phrases");
    const terms = [...stock.terms].map((t) => ctx.services.normalize(t)).filter(Boolean).sort((a, b) => b.length - a.length);
    const stockRes = stock.regexps.map((re) => new RegExp(re.source, "gu"));
    // per distinct project name its subject, per distinct goal text its stock share: computed once
    const subjects = new Map<string, string[]>();
    const shares = new Map<string, number>();
    const stockShareOf = (norm: string): number => {
      let share = shares.get(norm);
      if (share !== undefined) return share;
      // share of the goal's characters covered by stock phrases
      const covered = new Array<boolean>(norm.length).fill(false);
      for (const t of terms) {
        for (let i = norm.indexOf(t); i >= 0; i = norm.indexOf(t, i + 1)) for (let k = i; k < i + t.length; k++) covered[k] = true;
      }
      for (const re of stockRes) {
        for (const m of norm.matchAll(re)) for (let k = m.index ?? 0; k < (m.index ?? 0) + m[0].length; k++) covered[k] = true;
      }
      share = covered.filter(Boolean).length / norm.length;
      shares.set(norm, share);
      return share;
    };
    for (const g of st.goals) {
      let subject = subjects.get(g.ref.project);
      if (!subject) subjects.set(g.ref.project, (subject = subjectBigrams(g.ref.project, { ...subjOpts, frequent })));
      const norm = ctx.services.normalize(g.raw);
      if (subjectScore(subject, norm) >= 0.1) continue; // the goal names its own project
      const share = stockShareOf(norm);
      const what = g.field === "goals.period" ? "实施期目标" : "年度目标";
      const whatEn = g.field === "goals.period" ? "period goal" : "annual goal";
      const data = { what, whatEn, text: g.raw, project: g.ref.project, share: `${Math.round(share * 100)}%` };
      if (share >= stockShare) {
        ctx.report({ messageId: "stockPhrases", form: g.ref, field: g.field, loc: g.loc, evidence: g.raw, expected: "写明本项目要完成的任务和要达到的效果", data });
        continue;
      }
      if (st.forms < minForms || !g.words.length) continue;
      // every content word is common in the run (present in ≥ minDf other forms)
      if (g.words.every((w) => (st.df[st.ids.get(w) ?? -1] ?? 0) - 1 >= minDf)) {
        ctx.report({ messageId: "commonWords", form: g.ref, field: g.field, loc: g.loc, evidence: g.raw, expected: "写明本项目要完成的任务和要达到的效果", data });
      }
    }
  },
});
