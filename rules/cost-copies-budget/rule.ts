/**
 * cost-copies-budget (checklist item 4, info): every cost row of a form (two or more) carries the
 * whole budget as its target — the cost was not broken down; each row then says nothing of its
 * own. Compared column by column with the funds the target belongs to (services/project.ts).
 * Also (warning): a cost row holding the funds' digits at another power of ten — 765554元 in a form
 * of 765.554万元 — a unit or decimal-point slip.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Indicator, Value } from "../../src/model/types.js";
import { measureOfLevel2 } from "../../src/engine/services/level2.js";
import { fundsFor } from "../../src/engine/services/project.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];

/** significant digits of an amount: 7655540 → 6 ("765554"), 200000 → 1; a round sum proves no slip */
function significantDigits(x: number): number {
  return String(Math.round(x * 100)).replace(/^0+|0+$/gu, "").length;
}

export default defineRule({
  meta: {
    id: "cost-copies-budget",
    category: "inconsistency",
    severity: "info",
    scope: "form",
    title: { zh: "每个成本指标都填项目总预算", en: "Every cost row repeats the whole budget" },
    description: {
      zh: "表中有两个以上成本指标，指标值却都等于项目资金总额，说明成本没有分解，各项成本指标等于没写。允许，但应按成本构成（人员、设备、服务等）分别填写。",
      en: "Two or more cost rows, each valued at the whole budget: the cost was not broken down, so each row says nothing of its own.",
    },
    messages: {
      powerOfTen: {
        zh: "成本指标“{{name}}”的指标值“{{text}}”与项目资金 {{funds}} 数字相同，数量级却是它的{{times}}，多半是单位（元、万元）或小数点写错了。",
        en: "Cost row \"{{name}}\": \"{{text}}\" has the digits of the funds ({{funds}}) at another power of ten ({{times}}): a unit or decimal-point slip.",
      },
      copied: {
        zh: "本表 {{rows}} 个成本指标的{{field}}都等于项目资金 {{funds}}（如“{{name}}”“{{text}}”），成本没有分解，应按成本构成分别填写。",
        en: "All {{rows}} cost rows have {{fieldEn}} equal to the funds ({{funds}}), e.g. \"{{name}}\" \"{{text}}\": the cost was not broken down.",
      },
    },
  },
  create(ctx) {
    return {
      form(form) {
        const costs = form.indicators.filter((i) => measureOfLevel2(i.level2, i.level1) === "money");
        // a cost row holding the funds' digits at another power of ten (765554元 for 765.554万元): a unit slip
        for (const ind of costs) {
          for (const f of FIELDS) {
            const v = ind[f as "target"] as Value | null;
            const funds = fundsFor(form, f);
            if (!funds || !v || v.kind !== "numeric" || v.dimension !== "money" || !v.base || significantDigits(funds) < 3) continue;
            const k = Math.round(Math.log10(v.base / funds));
            if (k === 0 || Math.abs(k) > 4 || Math.abs(v.base / (funds * 10 ** k) - 1) > 0.001) continue;
            ctx.report({
              messageId: "powerOfTen",
              severity: "warning",
              form,
              indicator: ind,
              field: f,
              evidence: v.raw,
              data: { name: ind.name.trim(), text: v.raw.trim(), funds: `${funds.toLocaleString("zh-CN")}元`, times: k > 0 ? `${10 ** k} 倍` : `${10 ** -k} 分之一` },
            });
          }
        }
        if (costs.length < 2) return;
        for (const f of FIELDS) {
          const funds = fundsFor(form, f);
          if (!funds) continue;
          const vals = costs.map((i) => [i, i[f as "target"] as Value | null] as [Indicator, Value | null]);
          if (!vals.every(([, v]) => v && v.kind === "numeric" && v.dimension === "money" && v.base && Math.abs(v.base - funds) <= 0.005 * funds)) continue;
          const [ind, v] = vals[1];
          ctx.report({
            messageId: "copied",
            form,
            indicator: ind,
            field: f,
            evidence: v!.raw,
            data: { rows: costs.length, field: f === "annualTarget" ? "年度指标值" : "指标值", fieldEn: f, funds: `${funds.toLocaleString("zh-CN")}元`, name: ind.name.trim(), text: v!.raw.trim() },
          });
          return;
        }
      },
    };
  },
});
