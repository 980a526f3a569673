/**
 * sustainable-repeats-social: a 可持续影响指标 row that repeats a 社会效益指标 row of the same form
 * (same or nearly the same text: ≥ 0.75 character-bigram Jaccard by default — bigrams because indicator names are short) — e.g. 004 l.201
 * “改善群众生活环境质量 有效改善” under 可持续影响 repeats l.200 under 社会效益. The lasting impact of a
 * project is a different thing from its immediate social effect; a copied row measures nothing new.
 * A renamed row whose target repeats a 社会效益 row's statement (eight Han characters or more, no
 * figure) is the same copy (`repeatsValue`, at the target).
 * Reported at the 可持续影响 row.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import { textJaccard } from "../../src/engine/similarity/jaccard.js";
import type { Form, Indicator, KpiDocument } from "../../src/model/types.js";

const SOCIAL = /^社会效益/;

/** a row's target written as a statement: eight Han characters or more and no figure */
function statement(ind: Indicator): string | null {
  const v = ind.target;
  if (!v || v.kind === "numeric" || /\d/u.test(v.raw)) return null;
  return (v.raw.match(/\p{Script=Han}/gu) ?? []).length >= 8 ? v.raw : null;
}
const SUSTAIN = /^可持续影响/;

export default defineRule({
  meta: {
    id: "sustainable-repeats-social",
    category: "boilerplate",
    severity: "warning",
    scope: "form",
    title: { zh: "可持续影响指标照抄社会效益指标", en: "Sustainable-impact row repeats a social-effect row" },
    description: {
      zh: "可持续影响指标与同一张表的社会效益指标内容相同或几乎相同。可持续影响应说明项目的长期作用，照抄社会效益指标等于没有设定。",
      en: "A sustainable-impact indicator repeats a social-effect indicator of the same form; the lasting impact is then not set at all.",
    },
    messages: {
      repeats: {
        zh: "可持续影响指标“{{name}}”与第 {{socialLine}} 行的社会效益指标“{{socialName}}”重复（相似度 {{similarity}}）。",
        en: "Sustainable-impact indicator \"{{name}}\" repeats the social-effect indicator on line {{socialLine}} \"{{socialName}}\" (similarity {{similarity}}).",
      },
      repeatsValue: {
        zh: "可持续影响指标“{{name}}”的指标值“{{value}}”与第 {{socialLine}} 行社会效益指标“{{socialName}}”的指标值相同（相似度 {{similarity}}），只是换了名称，没有写出项目的长期作用。",
        en: "Sustainable-impact indicator \"{{name}}\" states the same target \"{{value}}\" as the social-effect indicator on line {{socialLine}} \"{{socialName}}\" (similarity {{similarity}}): only the name differs.",
      },
    },
    options: z.object({ threshold: z.number().gt(0).max(1) }).partial().strict(),
    defaultOptions: { threshold: 0.75 },
  },
  create(ctx) {
    const threshold = (ctx.options as { threshold?: number }).threshold ?? 0.75;
    /**
     * The same effect written in words under both level 2s, whatever the names ("公厕环境卫生" / "公厕长效管护",
     * both valued "…状况改善，群众如厕更加便利"): a target stated as a sentence of its own (eight Han
     * characters or more, no figure) that a 社会效益 row states too says the lasting impact is the social
     * effect copied. Short words ("提升", "长期") and figures ("≥95%") are shared by chance, not copied.
     */
    const valueRepeat = (form: Form, doc: KpiDocument, ind: Indicator, social: Indicator[]) => {
      const own = statement(ind);
      if (!own) return;
      let best: { s: Indicator; sim: number } | null = null;
      for (const s of social) {
        const other = statement(s);
        if (!other) continue;
        const sim = ctx.services.normalize(other) === ctx.services.normalize(own) ? 1 : textJaccard(other, own, 2);
        if (sim >= threshold && (!best || sim > best.sim)) best = { s, sim };
      }
      if (!best) return;
      ctx.report({
        messageId: "repeatsValue",
        form,
        indicator: ind,
        field: "target",
        evidence: own,
        expected: "说明项目长期、持续作用的指标值",
        data: { name: ind.name.trim(), value: own.trim(), socialLine: best.s.line, socialName: best.s.name.trim(), similarity: best.sim.toFixed(2) },
        related: [{ source: doc.source, line: best.s.line, loc: best.s.loc, text: best.s.target?.raw ?? "", note: "社会效益指标" }],
      });
    };
    return {
      form(form, doc) {
        const social = form.indicators.filter((i) => SOCIAL.test(i.level2 ?? ""));
        if (!social.length) return;
        for (const ind of form.indicators) {
          if (!SUSTAIN.test(ind.level2 ?? "")) continue;
          const name = ctx.services.normalize(ind.name);
          if (name.length < 2) continue;
          let best: { s: Indicator; sim: number } | null = null;
          for (const s of social) {
            const sim = ctx.services.normalize(s.name) === name ? 1 : textJaccard(s.name, ind.name, 2);
            if (sim >= threshold && (!best || sim > best.sim)) best = { s, sim };
          }
          if (!best) {
            valueRepeat(form, doc, ind, social);
            continue;
          }
          ctx.report({
            messageId: "repeats",
            form,
            indicator: ind,
            field: "name",
            evidence: ind.name,
            expected: "说明项目长期、持续作用的指标",
            data: { name: ind.name.trim(), socialLine: best.s.line, socialName: best.s.name.trim(), similarity: best.sim.toFixed(2) },
            related: [{ source: doc.source, line: best.s.line, loc: best.s.loc, text: best.s.name, note: "社会效益指标" }],
          });
        }
      },
    };
  },
});
