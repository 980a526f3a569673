/**
 * budget-cut-full-execution: 全年预算数 cut below half of 年初预算数, then reported ~100% executed
 * (warning); cut by more than a fifth (info — the production systems' yellow flag: more than 20% of
 * the money initially arranged was not used). Not an error in itself: the rate was computed on the
 * cut budget, so the reviewer should look.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import { computedRate, fmt, isNum, statedRate } from "../../src/engine/services/scoring.js";

export default defineRule<{ cutShare?: number; infoShare?: number }>({
  meta: {
    id: "budget-cut-full-execution",
    category: "score-arithmetic",
    severity: "warning",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "预算大幅调减后报执行率100%", en: "Budget cut sharply, then 100% executed" },
    description: {
      zh: "全年预算数比年初预算数减少一半以上，再按调减后的预算报执行率 100%（调减超过五分之一时作为提示）。执行率虽然算得对，但年初安排的资金大部分没有用，预算执行率得满分掩盖了预算编制不准的问题，需要审核人员关注。",
      en: "The full-year budget is less than half the initial budget (info: less than four fifths), and the form reports 100% execution of the reduced budget.",
    },
    messages: {
      cut: {
        zh: "年初预算数 {{planned}}，全年预算数调减为 {{adjusted}}（只剩 {{share}}%），再报执行率 {{rate}}%，预算执行得满分，需关注预算调整原因。",
        en: "Initial budget {{planned}} was cut to {{adjusted}} ({{share}}%), then {{rate}}% executed.",
      },
    },
    options: z.object({ cutShare: z.number().positive().max(1), infoShare: z.number().positive().max(1) }).partial().strict(),
    defaultOptions: { cutShare: 0.5, infoShare: 0.8 },
  },
  create(ctx) {
    const share = ctx.options.cutShare ?? 0.5;
    const infoShare = Math.max(share, ctx.options.infoShare ?? 0.8);
    return {
      form(form) {
        const { planned, adjusted } = form.funds;
        if (!isNum(planned) || !isNum(adjusted) || planned <= 0 || adjusted <= 0) return;
        if (adjusted >= infoShare * planned) return;
        const severity = adjusted < share * planned ? undefined : "info";
        const rate = statedRate(form) ?? computedRate(form);
        if (!isNum(rate) || rate < 99) return;
        ctx.report({
          messageId: "cut",
          severity,
          data: { planned: fmt(planned), adjusted: fmt(adjusted), share: fmt(Math.round((adjusted / planned) * 1000) / 10), rate: fmt(rate) },
          form,
          field: "funds",
          evidence: form.funds.raw?.adjusted?.text ?? fmt(adjusted),
          expected: `全年预算数 ≥ ${fmt(Math.round((severity ? infoShare : share) * planned * 1000) / 1000)}，或说明调减原因`,
        });
      },
    };
  },
});
