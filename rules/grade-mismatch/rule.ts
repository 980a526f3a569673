/**
 * grade-mismatch: the grade (优/良/中/差) must be the one the scheme's bands give the 总分.
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
    const known = new Set(scheme.grades.map((g) => g.grade));
    return {
      form(form) {
        const g = form.grade?.trim();
        if (!isNum(form.total) || !g || !known.has(g)) return;
        const expected = gradeFor(form.total, scheme);
        if (expected === g) return;
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
