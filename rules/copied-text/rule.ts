/**
 * copied-text: a goal, a result report (实际完成情况 / 项目绩效分析 section) or a whole indicator
 * set that is a near-copy (≥ 0.8 character-3-gram Jaccard by default) of another project's, within a
 * document or across the documents of a run. One finding per form and kind of text, at the copied
 * text's line, naming how many other projects share it and where one of them is.
 *
 * Near-copies are found with MinHash LSH over distinct texts (src/engine/similarity), verified by
 * exact Jaccard — never all pairs. Not reported: texts shorter than `minLength` (generic phrases such
 * as “保障单位正常运转” are generic-goal's), the project that owns the text (its name is what the text
 * is about), goals and indicator sets shared only with projects of the same subject (a continuing
 * project may keep its goal), and goals goal-mismatch reports.
 */
import type { RuleContext } from "../../src/engine/types.js";
import { defineRule, type FormRef } from "../../src/engine/types.js";
import { departmentKey } from "../../src/engine/services/project.js";
import { COPY_DEFAULTS, COPY_OPTIONS, copyIndexFor, formUnits, mismatchOwner, ownedBySome, packUnit, unpackUnit, ownsText, type CopyIndex, type Neighbour, type Unit } from "../../src/engine/similarity/copies.js";

const KIND_ZH = { goal: "绩效目标", report: "完成情况/绩效分析", indicators: "整套绩效指标" } as const;
const KIND_EN = { goal: "goal", report: "results analysis", indicators: "indicator set" } as const;

/** compact per-run state: text units collected in create(), used in finalize() */
const STATE = new WeakMap<RuleContext<any>, Unit[]>();

/** the figures of a text in order ("3200,100,90"): the copy index compares texts with every number alike */
const figures = (s: string) => (s.match(/\d+(?:\.\d+)?/gu) ?? []).join(",");
/** the department of a form; without one, its document stands for it */
const departmentOf = (r: FormRef) => r.department?.trim() || `\u0000${r.source}`;

/**
 * A department's standard wording: every form carrying the text (or a near-copy) belongs to one
 * department, and each filled in its own figures ("保障3200名…" / "保障460名…"). A reviewer accepts
 * such a sentence and notes it; a text shared with another department, or repeated with the same
 * figures, was copied without being adapted. Per distinct text: the departments and how many forms
 * carry each set of figures.
 */
function standardWordingOf(index: CopyIndex) {
  const memo = new Map<object, { departments: Set<string>; figures: Map<string, number> }>();
  return (u: Unit): boolean => {
    if (u.kind === "indicators") return false;
    const mine = figures(u.raw);
    if (!mine) return false;
    const info = index.group(u);
    let st = memo.get(info);
    if (!st) {
      st = { departments: new Set(), figures: new Map() };
      const seen = new Set<string>();
      for (const c of info.candidates) {
        const fk = index.formKey(c.unit.ref);
        if (seen.has(fk)) continue;
        seen.add(fk);
        st.departments.add(departmentOf(c.unit.ref));
        const f = figures(c.unit.raw);
        st.figures.set(f, (st.figures.get(f) ?? 0) + 1);
      }
      memo.set(info, st);
    }
    return st.departments.size === 1 && st.departments.has(departmentOf(u.ref)) && (st.figures.get(mine) ?? 0) <= 1;
  };
}

export default defineRule({
  meta: {
    id: "copied-text",
    category: "boilerplate",
    severity: "warning",
    scope: "corpus",
    title: { zh: "目标、分析或指标照搬其他项目", en: "Goal, analysis or indicators copied from another project" },
    description: {
      zh: "绩效目标、完成情况和绩效分析、整套绩效指标与另一个项目的几乎一字不差（字符三元组 Jaccard ≥ 0.8），说明是照抄模板或别的项目，没有针对本项目填写。",
      en: "A goal, results analysis or whole indicator set is nearly identical (character-3-gram Jaccard ≥ 0.8) to another project's: copied, not written for this project.",
    },
    messages: {
      standard: {
        zh: "{{what}}与本部门另外 {{count}} 个项目套用同一写法，只有数字不同（如 {{otherSource}} 第 {{otherLine}} 行“{{otherProject}}”）：部门的统一表述可以接受，但最好写明本项目具体做什么。",
        en: "The {{whatEn}} follows the same wording as {{count}} other project(s) of this department with its own figures (e.g. {{otherSource}} line {{otherLine}} \"{{otherProject}}\"): acceptable standard wording, better made specific to this project.",
      },
      original: {
        zh: "{{what}}写的是本项目，但另外 {{count}} 个项目的表里有几乎相同的文字（相似度 {{similarity}}），如 {{otherSource}} 第 {{otherLine}} 行“{{otherProject}}”：从表上看不出哪张先写，带有这段文字的每张表都应按各自项目核实、重写。",
        en: "The {{whatEn}} is about this project, but {{count}} other project(s) carry nearly the same text (similarity {{similarity}}), e.g. {{otherSource}} line {{otherLine}} \"{{otherProject}}\": the forms do not show which was written first; each form carrying it must be checked and written for its own project.",
      },
      copied: {
        zh: "{{what}}与另外 {{count}} 个项目几乎相同（相似度 {{similarity}}），如 {{otherSource}} 第 {{otherLine}} 行“{{otherProject}}”；照搬的文字不能说明本项目的目标和完成情况。",
        en: "The {{whatEn}} is nearly identical to {{count}} other project(s) (similarity {{similarity}}), e.g. {{otherSource}} line {{otherLine}} \"{{otherProject}}\"; copied text says nothing about this project.",
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
        units.push(...formUnits(form, ctx.ref(form, doc), ctx.corpus.text));
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
    const standardWording = standardWordingOf(index);
    // one finding per (form, kind), at the text shared with the most other forms (the clearest
    // template), then the closest copy, then the first line. Work is per distinct text, so a
    // template copied by many forms costs each of them O(1), not a walk over all the others.
    type Pick = { u: Unit; partner: Neighbour; forms: number; units: Unit[]; weak: boolean };
    const better = (a: Pick, b: Pick) =>
      a.forms - b.forms || a.partner.similarity - b.partner.similarity || (b.u.line ?? 0) - (a.u.line ?? 0);
    const best = new Map<string, Pick>();
    for (const u of index.units) {
      const forms = index.otherForms(u);
      if (!forms) continue;
      const own = index.subject(u.ref);
      // a result report describes one period: copies count even between projects of one subject
      // one sentence of an analysis counts as copied only with its very figures, and only when it states a
      // project's facts (names some project's subject): a sentence of a department's budget wording
      // ("全年预算48万元，执行47.52万元，预算执行率99%") recurs in every form with its own figures
      if (u.part && !ownedBySome(index, u)) continue;
      const partner =
        u.part
          ? index.bestPartner(u, (n) => figures(n.unit.raw) === figures(u.raw), `figures\u0000${figures(u.raw)}`)
          : u.kind === "report"
          ? index.bestPartner(u, () => true, "any")
          : // the verdict depends on the subject only (not on the name's serials or places): one
            // scan per distinct text and subject, not one per project name. An empty subject
            // accepts the forms of its own kind too, so it stays keyed by the name.
            index.bestPartner(u, (n) => !index.sameSubjectOf(u.ref, n.unit.ref), own.length ? `subject\u0000${own.join("|")}\u0000${departmentKey(u.ref.department)}` : `name\u0000${u.ref.project}`);
      if (!partner) continue;
      // the project the text is about (the original of a copy): reported too, as every form carrying a
      // copy is (labelling.md: a reviewer cannot tell which form was written first), with its own message;
      // a form's finding prefers the text it does not own
      const weak = ownsText(index, u);
      if (mismatchOwner(index, u)) continue;
      // one finding per goal or indicator set; a result report copied from an unrelated project is
      // wrong in every section it copies (one finding per section), from a related one (the same
      // subject: last year's form of this project) once per form
      const perSection = u.kind === "report" && !index.sameSubjectOf(u.ref, partner.unit.ref);
      const key = `${index.formKey(u.ref)}\u0000${u.kind}\u0000${perSection ? u.label : ""}`;
      const pick: Pick = { u, partner, forms, units: [u], weak };
      const cur = best.get(key);
      if (!cur) best.set(key, pick);
      else {
        cur.units.push(u);
        if ((cur.weak && !weak) || (cur.weak === weak && better(pick, cur) > 0)) Object.assign(cur, { u, partner, forms, weak });
      }
    }
    for (const { u, partner: p, units, weak } of best.values()) {
      const count = index.otherFormsOf(units);
      const ref: FormRef = u.ref;
      // a department's standard wording with each form's own figures stays a note, in the form it is about too
      const standard = units.every(standardWording);
      ctx.report({
        messageId: standard ? "standard" : weak ? "original" : "copied",
        severity: standard ? "info" : undefined,
        form: ref,
        field: u.field,
        loc: u.loc,
        evidence: u.raw,
        expected: "针对本项目填写的目标、完成情况和分析",
        data: {
          what: u.kind === "report" ? `“${u.label}”` : KIND_ZH[u.kind],
          whatEn: KIND_EN[u.kind],
          count,
          similarity: p.similarity.toFixed(2),
          otherSource: p.unit.ref.source,
          otherLine: p.unit.line ?? p.unit.ref.line,
          otherProject: p.unit.ref.project,
        },
        related: [{ source: p.unit.ref.source, line: p.unit.line ?? null, loc: p.unit.loc, project: p.unit.ref.project, text: p.unit.raw, note: `相似度 ${p.similarity.toFixed(2)}` }],
      });
    }
  },
});
