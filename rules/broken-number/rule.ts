/**
 * broken-number: a number split by a stray space in extraction ("1 1566.21平方米"). The value
 * parser marks such values `broken` and leaves `value` null rather than guessing 11566.21 or 1566.21.
 * A value split over cells (计算符号 / 指标值 / 度量单位) is broken too when the cell its header gives the
 * number holds two groups of digits apart ("1 5"): that cell holds one number, so a space inside it can
 * only be a break, however short the groups (in running text "1 5" may be two numbers; not in this cell).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";

const FIELDS = ["target", "annualTarget", "adjustedTarget", "actual"] as const;
/** digits, a space, digits: a number cell broken apart */
const SPLIT_DIGITS = /^\d+(?:\.\d+)?\s+\d+(?:\.\d+)?$/u;

/** the value is broken: by the value parser, or in the cell its split columns give the number */
function broken(v: Value): boolean {
  return !!v.broken || !!v.cells?.some((c) => c.role === "number" && SPLIT_DIGITS.test(c.text.trim()));
}

export default defineRule({
  meta: {
    id: "broken-number",
    category: "truncation",
    severity: "warning",
    scope: "indicator",
    title: { zh: "指标值中的数字被拆断", en: "Number broken apart in a value" },
    description: {
      zh: "指标值里的数字中间夹着空格（如“1 1566.21平方米”），无法确定是 11566.21 还是 1566.21，目标值因此不可用。",
      en: "A number in the value is split by a space (\"1 1566.21平方米\"): it could be 11566.21 or 1566.21, so the target cannot be used.",
    },
    messages: {
      broken: {
        zh: "{{field}}“{{text}}”中的数字被空格拆开，无法确定实际数值，请单位核实。",
        en: "{{fieldEn}} \"{{text}}\": the number is split by a space and cannot be read; ask the department.",
      },
    },
  },
  create(ctx) {
    return {
      indicator(ind, form) {
        for (const f of FIELDS) {
          const v = ind[f] as Value | null;
          if (!v || !broken(v)) continue;
          ctx.report({ messageId: "broken", data: { field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim() }, form, indicator: ind, field: f, evidence: v.raw });
        }
      },
    };
  },
});
