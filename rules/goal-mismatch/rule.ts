/**
 * goal-mismatch: a goal that talks about another project's subject. The goal is a near-copy of
 * another project's goal, names that project's subject (words of its name, e.g. 武警中队), and names
 * neither this project's subject nor what its own indicators are about — e.g. 004 l.327: the 辅警
 * project carries the 武警中队 goal of l.171. Reported once per form, at the goal's line, with the
 * project the goal belongs to as `related`. Near-copies come from MinHash LSH, verified exactly.
 */
import type { RuleContext } from "../../src/engine/types.js";
import { defineRule } from "../../src/engine/types.js";
import { COPY_DEFAULTS, COPY_OPTIONS, copyIndexFor, formUnits, mismatchOwner, packUnit, unpackUnit, type Unit } from "../../src/engine/similarity/copies.js";

/** compact per-run state: text units collected in create(), used in finalize() */
const STATE = new WeakMap<RuleContext<any>, Unit[]>();

export default defineRule({
  meta: {
    id: "goal-mismatch",
    category: "boilerplate",
    severity: "warning",
    scope: "corpus",
    title: { zh: "绩效目标写的是别的项目", en: "Goal describes another project" },
    description: {
      zh: "本项目的绩效目标与另一个项目的目标几乎相同，而且写的是那个项目的内容（出现那个项目名称里的主题词），与本项目名称和本项目的指标都对不上：目标是从别的项目抄来的，没有改。",
      en: "The goal is a near-copy of another project's goal and names that project's subject, not this project's name or indicators: copied from the other project and never adapted.",
    },
    messages: {
      otherProject: {
        zh: "绩效目标讲的是“{{otherProject}}”（{{otherSource}} 第 {{otherLine}} 行，相似度 {{similarity}}），与本项目“{{project}}”及其指标无关。",
        en: "The goal is about \"{{otherProject}}\" ({{otherSource}} line {{otherLine}}, similarity {{similarity}}), not about this project \"{{project}}\" or its indicators.",
      },
    },
    options: COPY_OPTIONS,
    defaultOptions: COPY_DEFAULTS,
  },
  create(ctx) {
    const units: Unit[] = [];
    STATE.set(ctx, units);
    return {
      form(form, doc) {
        units.push(...formUnits(form, ctx.ref(form, doc), ctx.corpus.text).filter((u) => u.kind === "goal"));
      },
    };
  },
  // sharded runs: the units are the compact per-form signatures
  shard: {
    save: (ctx) => (STATE.get(ctx) ?? []).map((u) => packUnit(u, ctx.corpus.pack)),
    load: (ctx, item) => void STATE.get(ctx)?.push(unpackUnit(item, ctx.corpus.unpack, ctx.corpus.text)),
  },
  finalize(ctx) {
    const units = STATE.get(ctx) ?? [];
    const index = copyIndexFor(ctx, units);
    const done = new Set<string>();
    for (const u of index.units) {
      const key = index.formKey(u.ref);
      if (done.has(key)) continue;
      const owner = mismatchOwner(index, u);
      if (!owner) continue;
      done.add(key);
      const p = owner.unit;
      ctx.report({
        messageId: "otherProject",
        form: u.ref,
        field: u.field,
        loc: u.loc,
        evidence: u.raw,
        expected: `写明本项目“${u.ref.project}”要达到的目标`,
        data: { project: u.ref.project, otherProject: p.ref.project, otherSource: p.ref.source, otherLine: p.line ?? p.ref.line, similarity: owner.similarity.toFixed(2) },
        related: [{ source: p.ref.source, line: p.line ?? null, loc: p.loc, project: p.ref.project, text: p.raw, note: `相似度 ${owner.similarity.toFixed(2)}` }],
      });
    }
  },
});
