/**
 * misclassified-indicator: an indicator under the wrong level 2, judged from its text. Cues per
 * level 2 live in the reviewer-editable lexicon rules/lexicons/level2-cues.yml:
 *   "目标 <- 来源1|来源2 : 正则"  a name matching the regexp, placed under a listed level 2, belongs
 *                                 to 目标 (a 满意度 row under 质量指标; “雇佣时限” under 数量指标);
 *   "二级 !: 正则"               a row under this level 2 must carry one of these words, or a money
 *                                 value (成本指标 “不发生吸毒肇事肇祸事件”; 经济效益 “工作完成率”).
 * Only confident cues are listed; rows whose name is only a level label or a placeholder are left
 * to other rules.
 *
 * Where no cue speaks, a naive-Bayes classifier trained on the corpus (classifier.ts, model.json,
 * retrained with `npm run train`) may report `classifierSuggests`: only a confident move (options
 * below) and never between near neighbours unless it is all but certain. The lexicon stays the
 * primary signal: the model learned the corpus, errors included.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import { LABEL_ONLY, LEVEL2, PLACEHOLDER, hasRealName, isMoney, loadLevel2Classifier, tokenize, verdict } from "./classifier.js";

interface MoveCue {
  to: string;
  from: Set<string>;
  re: RegExp;
}
interface MustCue {
  level2: string;
  re: RegExp;
}

export function parseCues(terms: readonly string[]): { moves: MoveCue[]; musts: MustCue[] } {
  const moves: MoveCue[] = [];
  const musts: MustCue[] = [];
  for (const t of terms) {
    let m = /^\s*(\S+)\s*<-\s*(\S+)\s*:\s*(.+)$/u.exec(t);
    if (m) {
      moves.push({ to: m[1], from: new Set(m[2].split("|")), re: new RegExp(m[3].trim(), "u") });
      continue;
    }
    m = /^\s*(\S+)\s*!:\s*(.+)$/u.exec(t);
    if (m) {
      musts.push({ level2: m[1], re: new RegExp(m[2].trim(), "u") });
      continue;
    }
    throw new Error(`rules/lexicons/level2-cues.yml: 无法理解的线索 / cannot parse cue: ${t}`);
  }
  return { moves, musts };
}

/**
 * Thresholds of the classifier path (tuned on leave-one-document-out cross-validation, see README):
 * the predicted level 2 must have posterior ≥ minPosterior and lead the current level 2 by ≥
 * minMargin; a move between near neighbours (NEAR_GROUPS in classifier.ts: 数量/质量/时效, the 效益 level 2s, 满意度 with 社会效益/可持续影响) needs
 * posterior ≥ nearPosterior; the text must share ≥ minKnownTokens tokens with the training
 * corpus. classifier: false turns the path off (lexicon only).
 */
export const Options = z
  .object({
    classifier: z.boolean(),
    minPosterior: z.number().min(0).max(1),
    minMargin: z.number().min(0).max(1),
    nearPosterior: z.number().min(0).max(1),
    minKnownTokens: z.number().int().nonnegative(),
  })
  .strict();
export type Options = z.infer<typeof Options>;
export const DEFAULTS: Options = { classifier: true, minPosterior: 0.95, minMargin: 0.8, nearPosterior: 0.999, minKnownTokens: 3 };

export default defineRule<Options>({
  meta: {
    id: "misclassified-indicator",
    category: "misclassification",
    severity: "warning",
    scope: "indicator",
    title: { zh: "指标放错了二级指标", en: "Indicator under the wrong level 2" },
    description: {
      zh: "从指标文字看，它明显属于另一个二级指标：满意度指标放在质量指标下、“雇佣时限”放在数量指标下、“不发生吸毒肇事肇祸事件”放在成本指标下。放错类别会让产出、效益、满意度的评价失真。",
      en: "Judging from its text, the indicator clearly belongs to another level 2 (a satisfaction rate under quality, a time limit under quantity, an effect under cost).",
    },
    messages: {
      belongsTo: {
        zh: "指标“{{name}}”放在{{level2}}下，但从文字看属于{{expectedLevel2}}（线索“{{cue}}”）。",
        en: "Indicator \"{{name}}\" is under {{level2}} but its text makes it a {{expectedLevel2}} indicator (cue \"{{cue}}\").",
      },
      notThisLevel: {
        zh: "指标“{{name}}”放在{{level2}}下，但文字和指标值都与{{level2}}无关。",
        en: "Indicator \"{{name}}\" is under {{level2}}, but neither its text nor its value has anything to do with {{level2}}.",
      },
      classifierSuggests: {
        zh: "指标“{{name}}”放在{{level2}}下，但按语料训练的分类器判断它属于{{expectedLevel2}}（把握 {{confidence}}，属于{{level2}}仅 {{currentConfidence}}），请复核。",
        en: "Indicator \"{{name}}\" is under {{level2}}, but the classifier trained on the corpus puts it under {{expectedLevel2}} (confidence {{confidence}}; {{level2}} only {{currentConfidence}}); please review.",
      },
    },
    options: Options,
    defaultOptions: DEFAULTS,
  },
  create(ctx) {
    const opts = { ...DEFAULTS, ...ctx.options };
    const { moves, musts } = parseCues(ctx.knowledge.lexicon("level2-cues").terms);
    return {
      indicator(ind, form) {
        const level2 = ind.level2;
        if (!level2) return;
        const name = ind.name.replace(/\s+/g, "");
        if (name.length < 2 || LABEL_ONLY.test(name) || PLACEHOLDER.test(name)) return;
        for (const c of moves) {
          if (!c.from.has(level2) || c.to === level2) continue;
          const m = c.re.exec(name);
          if (!m) continue;
          ctx.report({ messageId: "belongsTo", form, indicator: ind, field: "level2", evidence: ind.name, expected: c.to, data: { name: ind.name.trim(), level2, expectedLevel2: c.to, cue: m[0] } });
          return;
        }
        for (const c of musts) {
          if (c.level2 !== level2) continue;
          if (c.re.test(name) || isMoney(ind)) continue;
          ctx.report({ messageId: "notThisLevel", form, indicator: ind, field: "level2", evidence: ind.name, data: { name: ind.name.trim(), level2 } });
          return;
        }
        // the classifier: only where the lexicon said nothing, only for canonical level 2s and real names
        if (!opts.classifier || !(LEVEL2 as readonly string[]).includes(level2) || !hasRealName(ind)) return;
        const model = loadLevel2Classifier();
        if (!model) return;
        const tokens = tokenize(ind, model.meta.tokenScheme, ctx.services.words);
        const v = verdict(model.classify(tokens), level2, model.known(tokens), ind, opts);
        if (!v) return;
        ctx.report({
          messageId: "classifierSuggests",
          form,
          indicator: ind,
          field: "level2",
          evidence: ind.name,
          expected: v.expected,
          data: {
            name: ind.name.trim(),
            level2,
            expectedLevel2: v.expected,
            confidence: `${Math.round(v.p * 100)}%`,
            currentConfidence: `${Math.round(v.pCurrent * 100)}%`,
            posterior: Math.round(v.p * 1000) / 1000,
            source: "classifier",
          },
        });
      },
    };
  },
});
