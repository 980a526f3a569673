/**
 * vague-value: a word where the level 2 asks for a measure (checklist item 2). What each level 2
 * asks is the shared level-2 service's answer (src/engine/services/level2.ts, `demand`):
 *  - a number — 数量, 成本, 满意度, and any indicator named …率/…比例 outside the 效益 level 2s: any
 *    qualitative value is reported (warning);
 *  - a rate or a standard — 质量: a vague word ("提高", "良好", "有效保障"; rules/lexicons/vague-values.yml)
 *    is reported, a standard ("合格", "符合国家标准", "验收通过") is an answer (warning);
 *  - a deadline — 时效: "及时", "按时", "全年" with no date or time limit (warning: 应写明完成时限);
 *  - 效益 (经济/社会/生态/可持续): a bare word is allowed but weak (info). Bare, as docs/labelling.md
 *    settles it: a predicate or an adjective with no subject and no object, at most with degree words in
 *    front — the value is made only of words of rules/lexicons/bare-predicates.yml, after any number of
 *    rules/lexicons/degree-words.yml ("提升", "明显改善", "得到有效保障", "安全平稳"); a value that says what
 *    changes or for whom ("群众安全感明显提升", "改善人居环境", "进一步提升服务水平") is not;
 *  - 社会成本/生态环境成本: a short word ("符合要求") is allowed but weak (info; message harm).
 * Targets only (年初/调整后/年度指标值), not actuals. Template placeholders and the stock phrases of the
 * lexicon placeholder-values (its terms: "根据需求", "按标准") are placeholder-value's;
 * dates and numbers are other rules'.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Indicator, Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import { level2Service, measureOfLevel2, isCostLevel2, isShareName } from "../../src/engine/services/level2.js";
import { isNonAnswer } from "../placeholder-value/rule.js";
import { lexiconMatches, KnowledgeError } from "../../src/engine/knowledge.js";
import { stockWordingText } from "../../src/engine/services.js";
import type { Lexicon } from "../../src/engine/knowledge.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];
/** the row's explanation or remark states a figure (a term, a count, a rate) that makes a word measurable */
const statesFigure = (ind: Indicator) => [ind.explanation, ind.remark].some((t) => !!t && /\d/u.test(t));
/** a harm (社会成本, 生态环境成本) stated in a short word ("符合要求"): at most this many characters */
const HARM_WORD_MAX = 6;

/** whether `text` is a run of words of `words`, end to end (word break over a small lexicon) */
function coveredBy(text: string, words: ReadonlySet<string>, longest: number): boolean {
  const ok = new Array<boolean>(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (let n = 1; n <= longest && i + n <= text.length; n++) if (words.has(text.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[text.length]!;
}

/**
 * The words of a lexicon that a value is cut into (bare-predicates, degree-words): terms only, each a
 * run of Chinese characters — a pattern cannot take part in the cutting, and a term with a space or a
 * punctuation mark could never match the compacted value. Checked when the rule starts, naming the file.
 */
export function wordsOf(lex: Lexicon): string[] {
  const file = `rules/lexicons/${lex.id}.yml`;
  if (lex.patterns.length) throw new KnowledgeError(file, "这个词表只能用 terms（整词），不能用 patterns / terms only, no patterns");
  lex.terms.forEach((w, i) => {
    if (!/^\p{Script=Han}+$/u.test(w)) throw new KnowledgeError(file, `terms.${i}: “${w}”应当只由汉字组成 / a term must be Chinese characters only`);
  });
  return lex.terms;
}

/**
 * A bare word (docs/labelling.md, decision on bare effect values): degree words, then one or more
 * bare predicates or adjectives, and nothing else — "提升", "有所提高", "得到有效保障", "提升明显",
 * "安全平稳". Punctuation and spaces between them do not count ("提高、改善").
 */
export function bareWordTest(predicates: readonly string[], degrees: readonly string[]): (value: string) => boolean {
  const preds = new Set(predicates);
  const degs = new Set(degrees);
  const longest = Math.max(0, ...predicates.map((w) => w.length), ...degrees.map((w) => w.length));
  return (value) => {
    const t = value.replace(/[\s\p{P}\p{S}]+/gu, "");
    for (let i = 0; i < t.length; i++) {
      if ((i === 0 || coveredBy(t.slice(0, i), degs, longest)) && coveredBy(t.slice(i), preds, longest)) return true;
    }
    return false;
  };
}

export default defineRule<{ effects: boolean }>({
  meta: {
    id: "vague-value",
    category: "vague-value",
    severity: "warning",
    scope: "indicator",
    title: { zh: "应填数值的指标用了定性表述", en: "Qualitative value where a number is expected" },
    description: {
      zh: "数量、成本、满意度指标以及名称以“率”“比例”结尾的指标，应当写可以核验的数值（人数、金额、百分比），却写成“满意”“按标准”“逐步提高”等定性表述；质量指标写“提高”“良好”而不是合格率或标准；时效指标写“及时”“按时”“全年”而没有完成时限（以上为警告）。效益指标只写“提升”“有效”等定性词是允许的，但较弱（提示）。",
      en: "Quantity, cost and satisfaction indicators, and indicators named as a rate or share (…率, …比例), need a verifiable number but carry a word such as \"满意\", \"按标准\" or \"逐步提高\"; a quality indicator says \"提高\" instead of a rate or standard; a timeliness indicator says \"及时\" or \"全年\" with no deadline (warnings). A bare word such as \"提升\" for an effect indicator is allowed but weak (info).",
    },
    messages: {
      satisfaction: {
        zh: "满意度指标“{{name}}”的{{field}}是“{{text}}”，应写满意度百分比（如“≥90%”）。",
        en: "Satisfaction indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\"; a percentage is expected (e.g. \"≥90%\").",
      },
      cost: {
        zh: "成本指标“{{name}}”的{{field}}是“{{text}}”，应写金额或单价上限（如“≤5万元”）。",
        en: "Cost indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\"; an amount or unit-cost cap is expected (e.g. \"≤5万元\").",
      },
      quantity: {
        zh: "数量指标“{{name}}”的{{field}}是“{{text}}”，应写具体数量和单位（如“≥10个”）。",
        en: "Quantity indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\"; a count with its unit is expected (e.g. \"≥10个\").",
      },
      deadline: {
        zh: "时效指标“{{name}}”的{{field}}是“{{text}}”，没有写明完成时限，应写明具体时间（如“2024年6月底前”“30个工作日内”）。",
        en: "Timeliness indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\" with no deadline; state when (e.g. \"2024年6月底前\", \"30个工作日内\").",
      },
      standard: {
        zh: "质量指标“{{name}}”的{{field}}是“{{text}}”，既不是比率也不是可核验的标准，应写合格率、达标率等百分比或明确的质量标准。",
        en: "Quality indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\", neither a rate nor a verifiable standard; give a pass rate or a named standard.",
      },
      harm: {
        zh: "{{level2}}“{{name}}”的{{field}}只写了“{{text}}”：社会成本、生态环境成本允许定性表述，但最好写明可核查的上限（如“≤20亩”“=0起”）。",
        en: "{{level2}} \"{{name}}\": {{fieldEn}} is only \"{{text}}\": a cost borne by society or the environment may be qualitative, but a checkable cap (\"≤20亩\", \"=0起\") is better.",
      },
      effect: {
        zh: "效益指标“{{name}}”的{{field}}只写了“{{text}}”：允许定性表述，但最好分档或量化（如“群众安全感≥95%”“投诉量下降10%”）。",
        en: "Effect indicator \"{{name}}\": {{fieldEn}} is only \"{{text}}\": allowed, but better graded or measurable (e.g. a rate or a change in %).",
      },
      rate: {
        zh: "“{{name}}”是比率，{{field}}却是“{{text}}”，应写百分比。",
        en: "\"{{name}}\" is a rate but {{fieldEn}} is \"{{text}}\"; a percentage is expected.",
      },
    },
    /** effects: false turns off the info findings on 效益 indicators */
    options: z.object({ effects: z.boolean() }).strict(),
    defaultOptions: { effects: true },
  },
  create(ctx) {
    const lex = ctx.knowledge.lexicon("vague-values");
    // what a bare effect value is made of (docs/labelling.md): bare predicates and adjectives, degree words in front
    const isBareWord = bareWordTest(wordsOf(ctx.knowledge.lexicon("bare-predicates")), wordsOf(ctx.knowledge.lexicon("degree-words")));
    // a deadline or a schedule stated in words: 年底, 6月前, 按月, 每季度, 当日清运 (rules/lexicons/deadline-cues.yml)
    const deadlines = ctx.knowledge.lexicon("deadline-cues");
    const hasDeadline = (t: string) => lexiconMatches(deadlines, t);
    // non-answers ("略", "同上", "无", "请填写") and the stock phrases that stand in for a whole value
    // ("根据需求", "按标准": the terms of lexicon placeholder-values) are placeholder-value's, which reports
    // them: one defect, one finding. A reference with content ("按照协议书约定", the lexicon's patterns)
    // still says something about the measure, and stays vague-value's too.
    const stockTerms = new Set(ctx.knowledge.lexicon("placeholder-values").terms);
    // a dash before the words is the comparator cell left empty ("—" under 计算符号, "— 待定"), no part of
    // them: the words are read as placeholder-value reads them (stockWordingText)
    const isResidue = (ind: Indicator, raw: string) => isNonAnswer(ctx.knowledge, level2s, ind, raw) || stockTerms.has(stockWordingText(raw));
    const level2s = level2Service(ctx.knowledge);
    // a value that states a checkable standard: 达标, 合格, 符合国家标准 (rules/lexicons/standard-answers.yml)
    const standards = ctx.knowledge.lexicon("standard-answers");
    const isVagueWord = (t: string) => lexiconMatches(lex, t);
    const isWord = (v: Value) => {
      if (v.kind === "qualitative" || v.kind === "period") return /\p{Script=Han}/u.test(v.raw) && !/\d/u.test(v.raw);
      const t = v.raw.replace(/\s+/gu, "");
      return v.kind !== "numeric" && v.kind !== "date" && v.kind !== "placeholder" && isVagueWord(t);
    };
    /** which message, and whether the value is vague for what the level 2 asks */
    const judge = (ind: Indicator, v: Value): { messageId: string; severity?: "info" } | null => {
      if (!isWord(v) || isResidue(ind, v.raw)) return null;
      const t = v.raw.replace(/\s+/gu, "");
      // a word pasted twice ("保障保障", "正常正常") is a paste error, doubled-text's finding: one defect, one finding
      if (t.length >= 4 && t.length % 2 === 0 && t.slice(0, t.length / 2) === t.slice(t.length / 2)) return null;
      const demand = level2s.demand(ind);
      const measure = measureOfLevel2(ind.level2, ind.level1);
      switch (demand) {
        case "number":
          // a standard ("达标", "符合国家标准") on a 数量 row whose name counts nothing ("监控清晰度"): a quality
          // indicator in the wrong level 2 — misclassification's defect, not a count left unstated
          if (measure === "count" && !isShareName(ind.name) && level2s.read(ind).wording?.measure !== "count" && lexiconMatches(standards, t)) return null;
          return { messageId: measure === "satisfaction" ? "satisfaction" : measure === "money" ? "cost" : measure === "count" ? "quantity" : "rate" };
        case "standard":
          return isVagueWord(t) ? { messageId: "standard" } : null;
        case "deadline":
          return hasDeadline(t) ? null : { messageId: "deadline" };
        case "graded":
          // a word the row's own 指标解释 or 备注 makes measurable ("长期" — "设备设计使用年限10年以上")
          if (ctx.options.effects === false || statesFigure(ind)) return null;
          if (isCostLevel2(ind.level2)) {
            // a harm: "无", "不发生", "全部消除" state a checkable end state (nil, all), not a vague one
            return !/^(无|没有|零|未发生|不发生|杜绝|全部|全面|全覆盖)/u.test(t) && t.length <= HARM_WORD_MAX && (isVagueWord(t) || v.kind === "qualitative") ? { messageId: "harm", severity: "info" } : null;
          }
          // an effect: only a bare word, whatever its length; a value that names what changes or for whom is an answer
          return isBareWord(t) ? { messageId: "effect", severity: "info" } : null;
        default:
          return null;
      }
    };
    return {
      indicator(ind, form) {
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || !v.raw.trim()) continue;
          const j = judge(ind, v);
          if (!j) continue;
          ctx.report({
            messageId: j.messageId,
            severity: j.severity,
            data: { name: ind.name.trim(), level2: ind.level2 ?? "", field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim() },
            form,
            indicator: ind,
            field: f,
            evidence: v.raw,
          });
        }
      },
    };
  },
});
