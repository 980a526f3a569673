/**
 * grade-mismatch: the grade (优/良/中/差, or the longer words a scheme lists for them: 优秀, 良好 …) must be
 * the one the scheme's bands give the 总分.
 */
import { defineRule } from "../../src/engine/types.js";
import { fmt, gradeFor, isNum, totalLoc } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "grade-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "评价等级与总分不符", en: "Grade does not match the total" },
    description: {
      zh: "评价等级应按总分和评分方案的分档确定（全国通行：优≥90、良80–90、中60–80、差<60）。等级与总分不符，评价结论就有误。",
      en: "The grade must follow from the total by the scheme's bands (national: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差).",
    },
    messages: {
      mismatch: {
        zh: "总分 {{total}} 按评分方案应评“{{expected}}”，表中评“{{grade}}”。",
        en: "A total of {{total}} earns \"{{expected}}\" under the scheme, not \"{{grade}}\".",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    // a grade as the form writes it, by its scheme name or one of the longer words for it ("优秀" is 优)
    const canonical = new Map<string, string>();
    for (const b of scheme.grades) for (const w of [b.grade, ...(b.aliases ?? [])]) canonical.set(w, b.grade);
    return {
      form(form) {
        const g = form.grade?.trim();
        const grade = g ? canonical.get(g) : undefined;
        if (!isNum(form.total) || !g || !grade) return;
        const expected = gradeFor(form.total, scheme);
        if (expected === grade) return;
        ctx.report({
          messageId: "mismatch",
          data: { total: fmt(form.total), expected, grade: g },
          form,
          field: "grade",
          loc: totalLoc(form),
          evidence: g,
          expected,
        });
      },
    };
  },
});
