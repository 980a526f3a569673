/**
 * period-annual-mismatch: dual-column target forms — a one-year project's 实施期 and 年度 values
 * of the same indicator must agree. Conservative: both numeric, same unit, same indicator name
 * (or none given for the year), and not a mere cut (a cut year column is truncation's business).
 */
import { defineRule } from "../../src/engine/types.js";
import { isOneYear } from "../fund-split-sum/rule.js";

export default defineRule({
  meta: {
    id: "period-annual-mismatch",
    category: "inconsistency",
    severity: "error",
    scope: "indicator",
    appliesTo: ["target"],
    title: { zh: "一年期项目实施期与年度指标值不同", en: "Period and annual targets differ (one-year project)" },
    description: {
      zh: "一年期项目的实施期就是预算年度，实施期指标值与年度指标值应一致。两栏数值不同，说明有一栏填错，考核时不知以哪个为准。",
      en: "For a one-year project the period and annual values of an indicator must agree.",
    },
    messages: {
      differ: {
        zh: "指标“{{name}}”实施期指标值 {{period}}，年度指标值 {{annual}}；一年期项目两者应相同。",
        en: "\"{{name}}\": period value {{period}}, annual value {{annual}}; they must agree for a one-year project.",
      },
    },
  },
  create(ctx) {
    return {
      indicator(ind, form) {
        const p = ind.target;
        const a = ind.annualTarget;
        if (!p || !a || p.kind !== "numeric" || a.kind !== "numeric" || p.broken || a.broken) return;
        if (p.value === null || a.value === null || (p.unit ?? "") !== (a.unit ?? "")) return;
        if (ind.annualName && ctx.services.normalize(ind.annualName) !== ctx.services.normalize(ind.name)) return;
        if (!isOneYear(form)) return;
        const sameOp = (p.op ?? "=") === (a.op ?? "=");
        if (p.value === a.value && sameOp) return;
        // the year cell cut short ("≥9" for "≥95%") is truncation, not a different target
        const pr = p.raw.replace(/\s/g, "");
        const ar = a.raw.replace(/\s/g, "");
        if (pr.startsWith(ar) || ar.startsWith(pr)) return;
        ctx.report({
          messageId: "differ",
          data: { name: ind.name, period: p.raw.trim(), annual: a.raw.trim() },
          form,
          indicator: ind,
          field: "annualTarget",
          evidence: a.raw,
          expected: p.raw.trim(),
        });
      },
    };
  },
});
