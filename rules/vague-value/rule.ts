/**
 * vague-value: a word where a number is expected — 满意度 valued "满意", 成本 valued "按标准",
 * 数量 valued "若干"/"长期", a 率 valued "逐步提高". Only the 数量, 成本 and 满意度 level 2s and names
 * ending in 率 are checked (docs/defects.md); qualitative values under 社会效益/可持续影响 are allowed.
 * Targets only (年初/调整后/年度指标值), not actuals. Values that are template placeholders are
 * placeholder-value's; dates and numbers are other rules'.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Indicator, Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];

export default defineRule<{ level2: string[] }>({
  meta: {
    id: "vague-value",
    category: "vague-value",
    severity: "warning",
    scope: "indicator",
    title: { zh: "应填数值的指标用了定性表述", en: "Qualitative value where a number is expected" },
    description: {
      zh: "数量、成本、满意度指标以及名称以“率”结尾的指标，应当写可以核验的数值（人数、金额、百分比），却写成“满意”“按标准”“逐步提高”等定性表述，年底无法据此判断是否完成。",
      en: "Quantity, cost and satisfaction indicators, and indicators named as a rate (…率), need a verifiable number (count, amount, percentage), but carry a word such as \"满意\", \"按标准\" or \"逐步提高\"; achievement cannot be judged against it.",
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
      rate: {
        zh: "“{{name}}”是比率，{{field}}却是“{{text}}”，应写百分比。",
        en: "\"{{name}}\" is a rate but {{fieldEn}} is \"{{text}}\"; a percentage is expected.",
      },
    },
    options: z.object({ level2: z.array(z.string()) }).strict(),
    defaultOptions: { level2: ["数量指标", "成本指标", "服务对象满意度指标"] },
  },
  create(ctx) {
    const lex = ctx.knowledge.lexicon("vague-values");
    const isWord = (v: Value) => {
      if (v.kind === "qualitative" || v.kind === "period") return /\p{Script=Han}/u.test(v.raw) && !/\d/u.test(v.raw);
      const t = v.raw.replace(/\s+/gu, "");
      return v.kind !== "numeric" && v.kind !== "date" && v.kind !== "placeholder" && (lex.terms.includes(t) || lex.regexps.some((r) => r.test(t)));
    };
    const kindOf = (ind: Indicator): string | null => {
      const l2 = ind.level2 ?? "";
      if (ctx.options.level2.includes(l2)) {
        if (/满意度/u.test(l2) || ind.level1 === "满意度指标") return "satisfaction";
        if (/成本/u.test(l2)) return "cost";
        if (/数量/u.test(l2)) return "quantity";
        return "rate";
      }
      // a share (合格率, 覆盖率 …) outside the effect indicators, where words are allowed; 效率 is not a share
      if (ind.level1 !== "效益指标" && /率\s*[(（]?%?[)）]?\s*$/u.test(ind.name) && !/效率\s*[(（]?%?[)）]?\s*$/u.test(ind.name)) return "rate";
      return null;
    };
    return {
      indicator(ind, form) {
        const messageId = kindOf(ind);
        if (!messageId) return;
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || !v.raw.trim() || !isWord(v)) continue;
          ctx.report({
            messageId,
            data: { name: ind.name.trim(), field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim() },
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
