/**
 * low-execution-reason (checklist item 10): a self-assessment whose budget execution rate is below 90%
 * (the scheme's reasonBelowRate, shared with weak-evidence, or the option minRate; Sichuan's template and
 * the provincial systems require a written reason then) and which says
 * nowhere why the money was not spent — no 原因 text in the funds block, the 实际完成情况, a 偏差原因
 * cell or the analysis. "Says why" is a reason cue from the editable lexicon `reason-cues`
 * (原因, 由于, 结转, 未到位, 受…影响 …); the form's own wording decides, never a list of forms. The funds
 * block's own reason cell (read by its 原因 label) holding a sentence about the money is a reason given,
 * whatever its words: how good the reason is, is the reviewer's judgement, not a missing reason.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { computedRate, fmt, fundsTotalLeftBlank, reasonBelowRate, ReasonRateOption, statedRate, type ReasonRateOptions } from "../../src/engine/services/scoring.js";

/** a reason cell that says nothing: a dash or slash, "无" */
const NO_ANSWER = /^(?:[\/／\\—–\-－、.。…·]*|无|暂无|没有)$/u;
/** a sentence about spending: 资金, 执行率, 支付 … */
const MONEY_TALK = /资金|经费|执行率|执行数|支付|拨付|结算|兑付|支出/u;

/** a reason cell's text that is a sentence about the money: eight Chinese characters or more, naming the money or its spending */
function ownSentence(t: string): boolean {
  return (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8 && MONEY_TALK.test(t);
}

/** every free text of a self-assessment in which a reason for low spending may be written */
function reasonTexts(form: Form): string[] {
  const out: string[] = [];
  // the funds table's own 原因 cell
  if (form.funds.raw?.reasons?.text) out.push(form.funds.raw.reasons.text);
  if (form.goals.actual?.text) out.push(form.goals.actual.text);
  for (const n of form.narrative) out.push(n.text);
  for (const n of form.notes ?? []) out.push(n.text);
  for (const t of Object.values(form.extra ?? {})) out.push(t.text);
  for (const t of Object.values(form.project.details ?? {})) out.push(t);
  for (const i of form.indicators) if (i.deviation) out.push(i.deviation);
  // a goal cell that also holds the achievement (预期目标 and 实际完成情况 read as one text): only its
  // sentences about the money count, so that a plan's own words ("节约用水") never pass for a reason
  for (const g of [form.goals.annual, form.goals.period]) {
    for (const part of (g?.text ?? "").split(/[。；;！!]/u)) if (MONEY_TALK.test(part)) out.push(part);
  }
  return out;
}

export default defineRule<ReasonRateOptions>({
  meta: {
    id: "low-execution-reason",
    category: "placeholder",
    severity: "warning",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "执行率低于 90% 未说明原因", en: "Low execution rate without a reason" },
    description: {
      zh: "预算执行率低于 90% 时，自评表应写明资金没有按计划支出的原因（如招标延迟、资金结转、质保金未付）和改进措施。表中资金栏、实际完成情况、偏差原因和绩效分析都没有说明原因的，审核人员会退回补写。",
      en: "A self-assessment whose budget execution rate is below 90% must say why the money was not spent; none of its texts (funds block, achievement, deviation notes, analysis) does.",
    },
    messages: {
      noReason: {
        zh: "预算执行率 {{rate}}%，低于 {{min}}%，表中没有说明资金未按计划支出的原因，应写明原因和改进措施。",
        en: "The execution rate is {{rate}}%, below {{min}}%, and the form does not say why the money was not spent.",
      },
    },
    // minRate: the rate below which a reason is asked for; by default the scheme's reasonBelowRate (90),
    // which weak-evidence reads too
    options: ReasonRateOption,
    defaultOptions: {},
  },
  create(ctx) {
    const min = reasonBelowRate(ctx.options, ctx.knowledge.scheme);
    const cues = ctx.knowledge.lexicon("reason-cues");
    const says = (t: string) => cues.terms.some((w) => t.includes(w)) || cues.regexps.some((re) => re.test(t));
    return {
      form(form) {
        if (fundsTotalLeftBlank(form)) return; // a blank total row says nothing about the rate
        const rate = statedRate(form) ?? computedRate(form);
        if (rate === null || rate >= min - 1e-9) return;
        // the funds block's own reason cell (未执行原因, 偏差原因) answered "/" or "无": the form gives the
        // reason its own place and leaves it empty; only a sentence about the money elsewhere can stand in
        // for it — a delay named under an indicator explains the indicator, not the unspent money
        const own = form.funds.raw?.reasons?.text;
        const ownEmpty = own !== undefined && NO_ANSWER.test(own.replace(/\s+/gu, ""));
        // the funds block's own reason cell holding a sentence about the money is the reason the form gives
        // ("项目资金已由县财政直接支付给定点机构"): whether it is a good one is the reviewer's call, not a missing reason
        if (own !== undefined && !ownEmpty && ownSentence(own)) return;
        const texts = ownEmpty ? reasonTexts(form).flatMap((t) => t.split(/[。；;！!，,]/u)).filter((t) => MONEY_TALK.test(t)) : reasonTexts(form);
        if (texts.some(says)) return;
        const r = Math.round(rate * 100) / 100;
        ctx.report({
          messageId: "noReason",
          data: { rate: fmt(r), min: fmt(min) },
          form,
          field: "funds",
          evidence: form.funds.raw?.rate?.text ?? `${fmt(r)}%`,
          expected: "写明执行率偏低的原因",
        });
      },
    };
  },
});
