/**
 * weak-evidence (checklist item 10): a self-assessment's actual that proves nothing —
 *  - it copies the target with its comparator ("≥95%" as 实际完成值 of a "≥95%" target): an actual
 *    is what happened, a figure, not a bound. "=" fixes the figure, so an "=100%" copied under "=100%"
 *    still reports 100%: it is reported (message copiesExact) only where the form's own notation for
 *    actuals is the bare figure — more of its actuals under a signed target are written bare ("9块" under
 *    "=12块") than with a sign — so the one carrying the target's "=" was pasted, not written. A form that
 *    prints every actual with its sign ("=378000元" under "=382000元", one provincial system's print) has
 *    "=" as its notation, and "100%" under "=100%" is a figure that equals the target: neither is reported;
 *  - it says only "已完成", "完成", "达到" for a quantitative target (a number was asked for);
 *  - points were lost (得分 < 分值) and no 偏差原因 is given, where the form has that column (a reason
 *    cell holding only a placeholder of lexicon placeholder-values, "待定", gives none either) — not the
 *    budget-execution row scored in the table at 90% or more (the scheme's reasonBelowRate, the one
 *    low-execution-reason reads, or the option minRate), whose points follow the rate by formula;
 *  - in a row without a score (a 专项资金自评表 with 完成情况 / 未完成原因), the row says 未完成 or its numeric
 *    actual falls short of its target, and the 未完成原因 cell is empty.
 *  - its 实际完成情况 copies the 预期目标 (or 实施期目标) word for word: the goal restated is no account of what
 *    was done (a text of a goal's length, not a short "=100%" cell, which the first point weighs).
 * "达成预期指标" and other template wording are placeholder-value's.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Indicator } from "../../src/model/types.js";
import { fmt, isNum, reasonBelowRate, ReasonRateOption, shortfall, type ReasonRateOptions } from "../../src/engine/services/scoring.js";

const COMPARATOR = /^[≥≤><＞＜≧≦=＝]|^(不低于|不少于|不高于|不超过|大于|小于|低于|高于|等于)/u;
/** the comparator that leaves no room: the copied figure is still the figure (its own message) */
const EXACT = /^[=＝]|^等于/u;
const ONLY_DONE = /^(已经?|均已?|全部|全面|圆满|顺利|基本)?(完成|达成|达到|实现|达标)(了)?$/u;
const compact = (s: string) => s.replace(/\s+/gu, "");
/** a 完成情况 cell saying the row was not achieved */
const NOT_DONE = /^(未完成|部分完成|未达成|未达标|基本完成|未实现)$/u;
/** a 偏差原因 cell that gives no reason: empty, a dash or slash, or "无" (honest only where nothing was lost) */
const NO_REASON = /^([-—－–―/／\\、.。…]*|无|暂无|没有|无偏差)[。.]?$/u;
/** the budget-execution row of an indicator table: "预算执行率", "资金执行率", "项目预算执行率" */
const BUDGET_ROW = /^(项目)?(预算|资金)(支出)?执行率$/u;
/** a goal text compared with its 实际完成情况: blanks and closing punctuation aside */
const goalText = (s: string) => compact(s).replace(/[。.；;，,！!]+$/u, "");
/** characters (at least) of a copied 实际完成情况: a sentence, not a "/" or "无" left in both cells (other rules read those) */
const MIN_GOAL_COPY = 6;

/** the form records a 偏差原因 column: the reader says so, or some row carries a reason */
function hasDeviationColumn(ind: Indicator, all: Indicator[]): boolean {
  return all.some((i) => typeof i.deviation === "string") || ind.deviation !== undefined;
}

export default defineRule<ReasonRateOptions>({
  meta: {
    id: "weak-evidence",
    category: "placeholder",
    severity: "warning",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "实际完成值不是实绩", en: "Actual value proves nothing" },
    description: {
      zh: "实际完成值应写实际达到的数值：照抄带比较符的指标值（“≥95%”）、对定量指标只写“已完成”，都无法核验；扣了分却不写偏差原因，审核人员无从判断原因和整改措施。",
      en: "An actual value should be what was achieved: copying the target with its comparator (\"≥95%\"), or writing only \"已完成\" for a quantitative target, proves nothing; points lost without a deviation note cannot be reviewed.",
    },
    messages: {
      copiesTarget: {
        zh: "“{{name}}”的实际完成值“{{text}}”照抄了带比较符的指标值，应填写实际达到的数值（如“96.5%”）。",
        en: "\"{{name}}\": the actual \"{{text}}\" copies the target with its comparator; give the figure achieved.",
      },
      copiesExact: {
        zh: "“{{name}}”的实际完成值“{{text}}”连同比较符“=”照抄了指标值，而本表的实际完成值大多只写数值：看不出是实际达到的数，应只写实际达到的数值（如“100%”）。",
        en: "\"{{name}}\": the actual \"{{text}}\" is the target copied with its \"=\" sign where this form writes most of its actuals as bare figures; it does not show a figure achieved: write the figure alone (e.g. \"100%\").",
      },
      onlyDone: {
        zh: "“{{name}}”的指标值是“{{target}}”，实际完成值只写“{{text}}”，应填写实际达到的数值。",
        en: "\"{{name}}\": the target is \"{{target}}\" but the actual says only \"{{text}}\"; give the figure achieved.",
      },
      shortfallNoReason: {
        zh: "“{{name}}”指标值 {{target}}，实际完成 {{actual}}，未达到目标，却没有填写未完成原因，应说明原因和改进措施。",
        en: "\"{{name}}\": target {{target}}, actual {{actual}}, not achieved, and no reason given; explain why and what will change.",
      },
      actualCopiesGoal: {
        zh: "实际完成情况“{{text}}”与{{goal}}一字不差，只是照抄目标，没有写明实际完成了什么。",
        en: "The actual-achievement text \"{{text}}\" repeats the {{goalEn}} word for word: it says nothing about what was done.",
      },
      noDeviationReason: {
        zh: "“{{name}}”分值 {{weight}}、得分 {{score}}，扣了分却没有填写偏差原因，应说明未完成的原因和改进措施。",
        en: "\"{{name}}\": {{score}} of {{weight}} points and no deviation note; explain why and what will change.",
      },
    },
    // minRate: the budget-execution row at this rate or above needs no reason for its lost points; by
    // default the scheme's reasonBelowRate (90), which low-execution-reason reads too
    options: ReasonRateOption,
    defaultOptions: {},
  },
  create(ctx) {
    const minRate = reasonBelowRate(ctx.options, ctx.knowledge.scheme);
    const placeholders = new Set(ctx.knowledge.lexicon("placeholder-values").terms);
    /** the 偏差原因 cell gives no reason: empty, a dash, "无", or a placeholder ("待定", "另定") */
    const noReasonIn = (s: string) => NO_REASON.test(compact(s)) || placeholders.has(compact(s).replace(/[。.]$/u, ""));
    return {
      form(form) {
        const actual = form.goals.actual;
        const done = actual ? goalText(actual.text) : "";
        if (actual && done.length >= MIN_GOAL_COPY) {
          const goals = [[form.goals.annual, "预期目标", "goal"], [form.goals.period, "实施期目标", "implementation-period goal"]] as const;
          const copied = goals.find(([g]) => g && goalText(g.text) === done);
          if (copied) ctx.report({ messageId: "actualCopiesGoal", form, field: "goals.actual", loc: actual.loc, evidence: actual.text, data: { text: actual.text.trim(), goal: copied[1], goalEn: copied[2] } });
        }
        // the form's notation for actuals, read from its rows whose target carries a sign: bare figures or signed ones
        let bareActuals = 0;
        let signedActuals = 0;
        for (const ind of form.indicators) {
          const a = ind.actual;
          if (!a || a.kind !== "numeric" || ![ind.target, ind.adjustedTarget, ind.annualTarget].some((x) => x && x.kind === "numeric" && COMPARATOR.test(compact(x.raw)))) continue;
          if (COMPARATOR.test(compact(a.raw))) signedActuals++;
          else bareActuals++;
        }
        const writesBare = bareActuals > signedActuals;
        for (const ind of form.indicators) {
          const a = ind.actual;
          const t = ind.target ?? ind.adjustedTarget ?? ind.annualTarget;
          const data = { name: ind.name.trim(), text: a?.raw.trim() ?? "", target: t?.raw.trim() ?? "" };
          const copies = !!a && !!t && a.kind === "numeric" && t.kind === "numeric" && COMPARATOR.test(compact(a.raw)) && [ind.target, ind.adjustedTarget, ind.annualTarget].some((x) => x && compact(x.raw) === compact(a.raw));
          if (copies && EXACT.test(compact(a!.raw))) {
            if (writesBare) ctx.report({ messageId: "copiesExact", form, indicator: ind, field: "actual", evidence: a!.raw, data });
          } else if (copies) {
            ctx.report({ messageId: "copiesTarget", form, indicator: ind, field: "actual", evidence: a!.raw, data });
          } else if (a && t && t.kind === "numeric" && t.value !== null && ONLY_DONE.test(compact(a.raw))) {
            ctx.report({ messageId: "onlyDone", form, indicator: ind, field: "actual", evidence: a.raw, data });
          }
          const noReason = hasDeviationColumn(ind, form.indicators) && noReasonIn(ind.deviation ?? "");
          if (noReason && !isNum(ind.weight) && !isNum(ind.score) && (NOT_DONE.test(compact(ind.status ?? "")) || shortfall(ind))) {
            ctx.report({ messageId: "shortfallNoReason", form, indicator: ind, field: "actual", evidence: a?.raw ?? ind.status ?? "", data: { name: ind.name.trim(), target: t?.raw.trim() ?? "", actual: a?.raw.trim() ?? "" } });
          }
          // the budget-execution row scored in the indicator table (预算执行率 98% → 9.80) earns its points by
          // formula from the rate: a reason is asked for below the rate low-execution-reason asks one at only
          const budgetRow = BUDGET_ROW.test(compact(ind.name)) && ind.actual?.kind === "numeric" && ind.actual.unit === "%" && isNum(ind.actual.value) && ind.actual.value >= minRate;
          if (ind.weight !== null && ind.score !== null && ind.score < ind.weight && noReason && !budgetRow) {
            ctx.report({ messageId: "noDeviationReason", form, indicator: ind, field: "score", evidence: ind.scoreRaw ?? String(ind.score), data: { name: ind.name.trim(), weight: fmt(ind.weight), score: fmt(ind.score) } });
          }
        }
      },
    };
  },
});
