/**
 * placeholder-value: an indicator value that is template residue or a dummy — a comparator or
 * unit with no number ("=个", "≥%"), "XX"/"**", a generic word standing in for an actual
 * ("达成预期指标"), or a lexicon entry such as "根据需求"/"按标准" used as a target.
 * The value parser (src/normalize/value.ts) classes the first kinds; the lexicon
 * rules/lexicons/placeholder-values.yml holds the reviewer-editable words.
 * Checklist item 8 also: the same stock sentence in every explanation cell of a form (指标解释,
 * 指标描述, 指标值确定依据, 偏差原因 — at least three rows, every filled one the same text): nothing was
 * explained; and a self-assessment row with a target and a score but its 实际完成值 left empty while
 * the form's other rows state theirs (checklist item 10: nothing proves the score).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { level2Service, type Level2Service } from "../../src/engine/services/level2.js";
import { lexiconMatches, type Knowledge } from "../../src/engine/knowledge.js";
import { detach } from "../../src/model/strings.js";
import { perDistinctText, stockWordingText } from "../../src/engine/services.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget", "actual"];
/** the explanation columns an indicator carries, with their names */
const EXPLANATIONS = [
  ["explanation", "指标解释", "explanation"],
  ["description", "指标描述", "description"],
  ["basis", "指标值确定依据", "basis of the target"],
  ["deviation", "偏差原因", "deviation note"],
] as const;
/** "XX", "×××", "**" inside an explanation or basis ("《XX省动物疫病监测计划》"): a dummy the template
 *  left for a name or figure; not part of a Latin word ("XXL") */
const DUMMY_IN_EXPLANATION = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[xXｘＸ]{2,}|×{2,}|[*＊]{2,})(?![A-Za-zＡ-Ｚａ-ｚ])/u;
/** the explanation columns whose cell states what the indicator means or rests on (not 偏差原因, a
 *  self-assessment's reason, which weak-evidence reads) */
const EXPLAINING = EXPLANATIONS.filter(([key]) => key !== "deviation");

/** a 调整后指标值 cell saying the target was not adjusted ("—", "/", "无", "未调整"): an answer, not residue */
const NOT_ADJUSTED = /^(?:[—–\-－―/／\\]+|无|未调整|无调整|不调整|不适用)$/u;
/** "无" answers an indicator only when it counts adverse events ("安全事故发生数 无") */
const NONE = /^(无|暂无|没有)$/u;
const ADVERSE = /事故|事件|投诉|差错|故障|隐患|违规|违纪|违法|案件|发生|问题|纠纷|上访|污染|风险|损失|伤亡|处罚|通报/u;

/**
 * A value that fills nothing in (checklist item 8): the form's instruction or example, "略", "同上"
 * (lexicon non-answers), or "无" for an indicator that asks for a number, a rate or a deadline (not a
 * count of adverse events). vague-value leaves these to this rule.
 */
export function isNonAnswer(knowledge: Knowledge, level2s: Level2Service, ind: Indicator, raw: string): boolean {
  const t = raw.replace(/\s+/gu, "");
  const lex = knowledge.lexicon("non-answers");
  if (lexiconMatches(lex, t)) return true;
  if (!NONE.test(t) || ADVERSE.test(ind.name)) return false;
  const d = level2s.demand(ind);
  return d === "number" || d === "standard" || d === "deadline";
}

/**
 * The target the actual answers is a word, not a figure ("效果明显", "严格执行相关制度规定"): there
 * "达成预期指标" is the tier the national template prescribes for a qualitative indicator (达成 /
 * 部分达成 / 未达成), allowed though weak (info); checklist item 10 sends it back only under a
 * quantitative target: a target with a figure in it.
 */
function qualitativeTarget(ind: Indicator): boolean {
  // the form itself calls the indicator qualitative (指标性质 定性): "形成2项品牌赛事" is graded by tier
  if (ind.valueKind === "qualitative") return true;
  const t = ind.adjustedTarget?.raw.trim() ? ind.adjustedTarget : ind.target;
  // a figure anywhere in the target ("20、2021、2022", "自1月1日至12…" cut) is a fact to report
  return !!t && t.kind === "qualitative" && !/[0-9０-９]/u.test(t.raw);
}

/** stock wording that claims the target was reached ("达到预期", "已达成预期效果", "圆满完成"): a tier answer */
const ACHIEVED = /^(圆满|全面|顺利|已经?|均已?|基本)?(达成|达到|完成|实现)/u;

/**
 * An actual of "无" whose 偏差原因 cell says why ("无" / "没有轮换、动用库存") reports that nothing
 * happened and explains it: a shortfall, answered, not a cell left unfilled.
 */
function explainedNone(ind: Indicator, raw: string): boolean {
  return NONE.test(raw.replace(/\s+/gu, "")) && !!(ind.deviation ?? "").replace(/[\s/／—-]+/gu, "");
}

/** a value cell with something in it */
const filledValue = (v: Value | null | undefined): v is Value => !!v && v.kind !== "empty" && !!v.raw.trim();
/** rows of the form (at least) that state their actual before an empty one counts as left unfilled */
const MIN_STATED = 3;

/** rows (at least) whose explanation cells must all say the same for it to be stock text */
const SAME_TEXT_ROWS = 3;

export default defineRule({
  meta: {
    id: "placeholder-value",
    category: "placeholder",
    severity: "error",
    scope: "indicator",
    title: { zh: "指标值是模板占位内容", en: "Indicator value is a template placeholder" },
    description: {
      zh: "指标值只有比较符或单位（如“=个”“≥%”）、是“XX”“**”等占位符，或用“达成预期指标”“根据需求”之类的套话代替具体数值，说明表格没有真正填写。",
      en: "The value is only a comparator or unit (\"=个\", \"≥%\"), a dummy (\"XX\", \"**\"), or stock wording (\"达成预期指标\", \"根据需求\") instead of a real value.",
    },
    messages: {
      placeholder: {
        zh: "{{field}}“{{text}}”是模板占位内容，没有填写实际值。",
        en: "{{fieldEn}} \"{{text}}\" is template residue, not a real value.",
      },
      nonAnswer: {
        zh: "“{{name}}”的{{field}}是“{{text}}”（填写说明、示例或“无”“略”“同上”之类），等于没有填写，应写明具体的数值、标准或时限。",
        en: "\"{{name}}\": {{fieldEn}} is \"{{text}}\" (an instruction, an example, or \"无\"/\"略\"/\"同上\"), i.e. not filled in; give a figure, standard or deadline.",
      },
      sameExplanation: {
        zh: "{{column}}一栏每个指标都写“{{text}}”（共 {{count}} 行），等于没有解释，应逐项写明指标含义和取值依据。",
        en: "Every row's {{columnEn}} says \"{{text}}\" ({{count}} rows): nothing is explained; explain each indicator.",
      },
      tierAnswer: {
        zh: "“{{name}}”是定性指标，{{field}}只写“{{text}}”：按档次评价可以，但最好写明具体完成了什么。",
        en: "\"{{name}}\" is qualitative and its {{fieldEn}} only says \"{{text}}\": a tier answer is allowed, but say what was achieved.",
      },
      actualMissing: {
        zh: "“{{name}}”的指标值是“{{target}}”，实际完成值却空着（分值 {{weight}}、得分 {{score}}），本表其他指标都填了实际完成值；没有实绩，得分无从核验。",
        en: "\"{{name}}\": target \"{{target}}\" but the actual is empty ({{score}} of {{weight}} points) while the form's other rows state theirs; the score cannot be checked.",
      },
      explanationDummy: {
        zh: "“{{name}}”的{{column}}中留有占位符“{{match}}”（“{{text}}”），应填写实际的名称或数字。",
        en: "\"{{name}}\": the {{columnEn}} still holds the dummy \"{{match}}\" (\"{{text}}\"); fill in the real name or figure.",
      },
      explanationNonAnswer: {
        zh: "“{{name}}”的{{column}}是“{{text}}”，是表格的填写说明或“略”“同上”之类，没有写明指标的含义和依据。",
        en: "\"{{name}}\": the {{columnEn}} is \"{{text}}\", the form's instruction or a non-answer; the indicator is not explained.",
      },
      stockWording: {
        zh: "{{field}}“{{text}}”是套话，不是可核验的指标值。",
        en: "{{fieldEn}} \"{{text}}\" is stock wording, not a verifiable value.",
      },
    },
  },
  create(ctx) {
    const lex = ctx.knowledge.lexicon("placeholder-values");
    const nonAnswers = ctx.knowledge.lexicon("non-answers");
    const level2s = level2Service(ctx.knowledge);
    /** an explanation cell's text: a non-answer, or the dummy it holds; once per distinct text (explanations
     *  are long and recur on every copy of a form) */
    const explanationSigns = perDistinctText((text: string): { nonAnswer: boolean; dummy: string | null } => {
      const dummy = DUMMY_IN_EXPLANATION.exec(text);
      return { nonAnswer: lexiconMatches(nonAnswers, text.replace(/\s+/gu, "")), dummy: dummy ? detach(dummy[0]) : null };
    });
    // a dash before the words is the comparator cell left empty ("—" under 计算符号, then "待定"), no part of them
    const stock = (raw: string): boolean => {
      const t = stockWordingText(raw);
      return !!t && lexiconMatches(lex, t);
    };
    /** rows with a target and a score but no actual, in a form whose other rows (most of them) state an actual */
    const reportMissingActuals = (form: Form): void => {
      const scored = form.indicators.filter((i) => i.name.trim() && filledValue(i.target ?? i.adjustedTarget) && (i.weight !== null || i.score !== null));
      const missing = scored.filter((i) => !filledValue(i.actual));
      const stated = scored.length - missing.length;
      if (!missing.length || stated < MIN_STATED || stated < 2 * missing.length) return;
      for (const ind of missing) {
        const t = (ind.target ?? ind.adjustedTarget)!;
        ctx.report({ messageId: "actualMissing", severity: "warning", form, indicator: ind, field: "actual", evidence: ind.actual?.raw ?? "", data: { name: ind.name.trim(), target: t.raw.trim(), weight: ind.weightRaw?.trim() || (ind.weight === null ? "—" : String(ind.weight)), score: ind.scoreRaw?.trim() || (ind.score === null ? "—" : String(ind.score)) } });
      }
    };
    return {
      indicator(ind, form) {
        for (const field of FIELDS) {
          const v = ind[field as "target"] as Value | null;
          if (!v || !v.raw.trim()) continue;
          if (field === "adjustedTarget" && NOT_ADJUSTED.test(v.raw.replace(/\s+/gu, ""))) continue;
          // the messages' data, made only when a finding is
          const data = () => ({ field: FIELD_NAMES_ZH[field], fieldEn: FIELD_NAMES_EN[field], text: v.raw.trim() });
          // the tier answer in other words ("达到预期", "已达成预期效果": stock wording claiming the target was reached)
          // under a qualitative target is the same tier, as weak and as allowed
          const tierWords = field === "actual" && v.kind !== "placeholder" && ACHIEVED.test(stockWordingText(v.raw)) && stock(v.raw);
          if (((v.kind === "placeholder" && v.placeholder === "generic-actual") || tierWords) && field === "actual" && qualitativeTarget(ind)) {
            ctx.report({ messageId: "tierAnswer", severity: "info", data: { ...data(), name: ind.name.trim() }, form, indicator: ind, field, evidence: v.raw });
            continue;
          }
          if (v.kind === "placeholder") ctx.report({ messageId: "placeholder", severity: v.placeholder === "generic-actual" ? "warning" : undefined, data: data(), form, indicator: ind, field, evidence: v.raw });
          else if (stock(v.raw)) ctx.report({ messageId: "stockWording", severity: "warning", data: data(), form, indicator: ind, field, evidence: v.raw });
          else if (!(field === "actual" && explainedNone(ind, v.raw)) && isNonAnswer(ctx.knowledge, level2s, ind, v.raw)) ctx.report({ messageId: "nonAnswer", severity: "warning", data: { ...data(), name: ind.name.trim() }, form, indicator: ind, field, evidence: v.raw });
        }
        // the explanation and basis cells: the form's instruction left in place, or a dummy in the text;
        // a row whose name or target is itself a dummy ("**" throughout) was never filled in, and is
        // reported once, by its value or by template-residue
        const unfilledRow = [ind.target, ind.annualTarget].some((v) => v?.kind === "placeholder") || DUMMY_IN_EXPLANATION.test(ind.name);
        for (const [key, column, columnEn] of unfilledRow ? [] : EXPLAINING) {
          const text = (ind[key] ?? "").trim();
          if (!text) continue;
          const data = () => ({ name: ind.name.trim(), column, columnEn, text });
          const { nonAnswer, dummy } = explanationSigns(text);
          if (nonAnswer) ctx.report({ messageId: "explanationNonAnswer", severity: "warning", data: data(), form, indicator: ind, field: key, evidence: text });
          else if (dummy !== null) ctx.report({ messageId: "explanationDummy", data: { ...data(), match: dummy }, form, indicator: ind, field: key, evidence: dummy });
        }
      },
      form(form) {
        for (const [key, column, columnEn] of EXPLANATIONS) {
          const rows = form.indicators.filter((i) => (i[key] ?? "").trim());
          if (rows.length < SAME_TEXT_ROWS) continue;
          const texts = new Set(rows.map((i) => i[key]!.replace(/\s+/g, "")));
          const [only] = texts;
          if (texts.size !== 1 || only.length < 4) continue;
          const text = rows[0][key]!.trim();
          ctx.report({ messageId: "sameExplanation", severity: "warning", data: { column, columnEn, text, count: String(rows.length) }, form, indicator: rows[0], field: key, evidence: text });
        }
        if (form.kind === "self-assessment") reportMissingActuals(form);
        // 实际完成情况 written as stock wording ("圆满完成预期目标") says nothing about what was done
        const g = form.goals.actual;
        if (g && stock(g.text)) {
          ctx.report({ messageId: "stockWording", severity: "warning", data: { field: FIELD_NAMES_ZH["goals.actual"], fieldEn: FIELD_NAMES_EN["goals.actual"], text: g.text.trim() }, form, field: "goals.actual", loc: g.loc, evidence: g.text });
        }
      },
    };
  },
});
