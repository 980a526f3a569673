/**
 * full-marks-shortfall: full 得分 on an indicator whose numeric actual falls short of its target
 * (positive ≥ targets: actual below; reverse ≤ targets, and bare 成本 caps: actual above).
 */
import { defineRule } from "../../src/engine/types.js";
import { expectedIndicatorScore, fmt, fullScore, isFullMarks, shortfall } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "full-marks-shortfall",
    category: "score-arithmetic",
    severity: "error",
    scope: "indicator",
    appliesTo: ["self-assessment"],
    title: { zh: "未达目标却得满分", en: "Full marks although the target was missed" },
    description: {
      zh: "实际完成值没有达到指标值（正向指标低于目标、反向指标超过上限），却给了满分。按评分规则，定量指标未达标应按完成比例扣分。",
      en: "An indicator whose numeric actual misses its target still gets full marks; quantitative shortfalls lose points in proportion.",
    },
    messages: {
      positive: {
        zh: "指标“{{name}}”目标 {{target}}，实际只完成 {{actual}}，却得满分 {{weight}}；按完成比例应得约 {{expected}} 分。",
        en: "\"{{name}}\": target {{target}}, actual {{actual}}, yet full marks {{weight}}; about {{expected}} expected.",
      },
      reverse: {
        zh: "指标“{{name}}”上限 {{target}}，实际 {{actual}} 超出上限，却得满分 {{weight}}；应扣分（约 {{expected}} 分）。",
        en: "\"{{name}}\": cap {{target}}, actual {{actual}} exceeds it, yet full marks {{weight}}; about {{expected}} expected.",
      },
    },
  },
  create(ctx) {
    return {
      indicator(ind, form) {
        if (!isFullMarks(ind)) return;
        const s = shortfall(ind);
        if (!s) return;
        const expected = expectedIndicatorScore(ind, ctx.knowledge.scheme);
        ctx.report({
          messageId: s.dir === "positive" ? "positive" : "reverse",
          data: { name: ind.name, target: s.target.raw.trim(), actual: s.actual.raw.trim(), weight: fmt(fullScore(ind)), expected: fmt(expected) },
          form,
          indicator: ind,
          field: "score",
          evidence: s.actual.raw,
          expected: fmt(expected),
        });
      },
    };
  },
});
