/**
 * rate-over-100: a share (合格率, 完成率, 满意度, 及时率 …) whose target is "≥100%", ">100%" or above
 * 100%. A share cannot exceed 100%, so "≥100%" can only mean "=100%" and ">100%" can never be met.
 * "=100%" and "100%" are fine. Growth indicators (增长率, 提高 …, 比上年) may exceed 100% and are
 * skipped. Targets only; an actual is a measurement, not a target.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];
/** names of a change, which may legitimately exceed 100% */
const GROWTH = /增长|增幅|增加|提高|提升|上升|同比|环比|比上年|较上年|比去年|较去年|倍/u;

export default defineRule({
  meta: {
    id: "rate-over-100",
    category: "impossible-target",
    severity: "error",
    scope: "indicator",
    title: { zh: "比率目标超过或“不低于”100%", en: "Share target of ≥100% or more" },
    description: {
      zh: "合格率、完成率、满意度、及时率等比率最多是100%。目标写“≥100%”等于只能是100%，写“>100%”或“120%”则永远达不到，这样的目标没有意义，也说明填报时没有认真设定。",
      en: "A share (pass rate, completion rate, satisfaction, timeliness) is at most 100%. \"≥100%\" can only mean exactly 100%; \">100%\" or \"120%\" can never be met. The target is meaningless.",
    },
    messages: {
      atLeast100: {
        zh: "“{{name}}”是比率，最多100%，{{field}}写“{{text}}”没有意义；应写“=100%”或一个可达到的下限（如“≥95%”）。",
        en: "\"{{name}}\" is a share (at most 100%); {{fieldEn}} \"{{text}}\" is meaningless. Write \"=100%\" or a reachable floor such as \"≥95%\".",
      },
      over100: {
        zh: "“{{name}}”是比率，最多100%，{{field}}“{{text}}”不可能达到。",
        en: "\"{{name}}\" is a share (at most 100%); {{fieldEn}} \"{{text}}\" can never be met.",
      },
    },
  },
  create(ctx) {
    return {
      indicator(ind, form) {
        if (GROWTH.test(ind.name)) return;
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || v.kind !== "numeric" || v.unit !== "%" || v.value === null) continue;
          const data = { name: ind.name.trim(), field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim() };
          if (v.value > 100 || (v.op === ">" && v.value >= 100)) ctx.report({ messageId: "over100", data, form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
          else if (v.op === ">=" && v.value === 100) ctx.report({ messageId: "atLeast100", severity: "warning", data, form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
        }
      },
    };
  },
});
