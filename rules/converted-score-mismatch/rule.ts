/**
 * converted-score-mismatch (checklist item 9, converted scores): in a form scored by weight shares
 * (权重占比 per row, 得分 out of 100, 折算得分 = 得分 × 权重占比) —
 *  - a row's 折算得分 that is not its 得分 × 权重占比;
 *  - 权重占比 that do not add up to 100% (with the budget line's share, or 100% less the scheme's
 *    budget weight when the budget line's share is not read);
 *  - a total (合计 / 总分) outside Σ折算得分 + what the budget line can add.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Indicator } from "../../src/model/types.js";
import { fmt, isNum, round2, scoredByShares, totalLoc } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "converted-score-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "折算得分算错", en: "Converted score miscalculated" },
    description: {
      zh: "按权重占比评分的自评表，每项得分按百分制打分，折算得分 = 得分 × 权重占比，总分 = 各项折算得分之和；权重占比合计应为 100%。折算得分、权重合计或总分算错，自评结果就不可信。",
      en: "In a self-assessment scored by weight shares, each row is scored out of 100 and its converted score is score × share; shares sum to 100% and the total is the sum of converted scores.",
    },
    messages: {
      converted: {
        zh: "“{{name}}”得分 {{score}}、权重占比 {{share}}%，折算得分应为 {{expected}}，表中填 {{converted}}。",
        en: "\"{{name}}\": score {{score}} × share {{share}}% = {{expected}}, but the converted score is {{converted}}.",
      },
      shareSum: {
        zh: "各指标权重占比合计 {{sum}}%，加上预算执行{{budget}}应为 100%。",
        en: "The indicators' weight shares sum to {{sum}}%; with the budget line's {{budgetEn}} they should make 100%.",
      },
      total: {
        zh: "总分填 {{total}}，但各指标折算得分合计 {{sum}}，加预算执行折算得分（最多 {{budget}}）应在 {{low}}–{{high}} 之间。",
        en: "The total is {{total}}, but the converted scores sum to {{sum}}; with the budget line (at most {{budget}}) it should lie in {{low}}–{{high}}.",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    const tol = scheme.tolerance.score;
    return {
      form(form) {
        if (!scoredByShares(form)) return;
        const rows = form.indicators.filter((i): i is Indicator & { weightShare: number } => isNum(i.weightShare));
        for (const ind of rows) {
          if (!isNum(ind.score) || !isNum(ind.convertedScore)) continue;
          const expected = round2((ind.score * ind.weightShare) / 100);
          if (Math.abs(expected - ind.convertedScore) <= tol) continue;
          ctx.report({
            messageId: "converted",
            data: { name: ind.name.trim(), score: fmt(ind.score), share: fmt(ind.weightShare), expected: fmt(expected), converted: fmt(ind.convertedScore) },
            form,
            indicator: ind,
            field: "score",
            evidence: fmt(ind.convertedScore),
            expected: fmt(expected),
          });
        }
        // the budget line's share is not read: it takes what the scheme gives the budget part
        const sum = round2(rows.reduce((s, i) => s + i.weightShare, 0));
        const budgetShare = scheme.budgetWeight;
        if (Math.abs(sum - 100) > tol && Math.abs(sum + budgetShare - 100) > tol) {
          const first = rows[0];
          ctx.report({
            messageId: "shareSum",
            data: { sum: fmt(sum), budget: `（${fmt(budgetShare)}%）`, budgetEn: `${fmt(budgetShare)}%` },
            form,
            indicator: first,
            field: "weight",
            evidence: `${fmt(sum)}%`,
            expected: `${fmt(100 - budgetShare)}% 或 100%`,
          });
        }
        const total = form.total;
        const converted = rows.map((i) => i.convertedScore);
        if (!isNum(total) || !converted.every(isNum)) return;
        const low = round2(converted.reduce((s: number, x) => s + (x as number), 0));
        const high = round2(low + (Math.abs(sum - 100) <= tol ? 0 : budgetShare));
        if (total >= low - tol && total <= high + tol) return;
        ctx.report({
          messageId: "total",
          data: { total: fmt(total), sum: fmt(low), budget: fmt(high - low), low: fmt(low), high: fmt(high) },
          form,
          field: "total",
          loc: totalLoc(form),
          evidence: form.totalRaw ?? fmt(total),
          expected: low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`,
        });
      },
    };
  },
});
