/**
 * period-annual-mismatch: dual-column target forms — a one-year project's 实施期 and 年度 values
 * of the same indicator must agree; in a project of several years, a 数量 count of the year cannot
 * exceed the whole period's (warning: the period includes the year). Conservative: both numeric, same unit, same indicator name
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
      annualAbovePeriod: {
        zh: "指标“{{name}}”年度指标值 {{annual}} 超过了整个实施期的指标值 {{period}}：实施期包含本年度，一年的数量不可能多于全期，两栏必有一处填错。",
        en: "\"{{name}}\": the annual value {{annual}} exceeds the whole period's {{period}}; the period includes the year.",
      },
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
        if (!isOneYear(form)) {
          // several years: a count the year promises cannot exceed the whole period's (the period counts
          // all its years: "三年累计 ≥600人次" over a year's "≥900人次"); rates and money are not summed
          const count = (ind.level2 ?? "").includes("数量") && p.dimension !== "percent" && p.dimension !== "money";
          if (count && a.value > p.value && (p.op === ">=" || p.op === "=" || !p.op) && !a.broken) {
            ctx.report({
              messageId: "annualAbovePeriod",
              data: { name: ind.name, period: p.raw.trim(), annual: a.raw.trim() },
              form,
              indicator: ind,
              field: "annualTarget",
              severity: "warning",
              evidence: a.raw,
              expected: `≤${p.raw.trim().replace(/^[≥>=＞＝]+/u, "")}`,
            });
          }
          return;
        }
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
