/**
 * duplicate-indicator: the same indicator (same 三级指标 text, ignoring punctuation and spaces)
 * listed twice under the same level 2 of one form — reported at the second occurrence; a different
 * value makes it worse (which one counts?). e.g. 004 l.251/252: “人民群众生命财产安全得到保护，群众
 * 安全感得到提升。” ≥98% and again ≥96%. The same text under different level 2s (a 数量 and a 成本
 * row for one item) is normal and not reported, nor the same row in a form's 长期 block and again in
 * its 年度 block (each block is a full indicator set of its own).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Indicator, Value } from "../../src/model/types.js";

/** the numbers a name holds, in order ("1号楼" → "1") */
const numbersIn = (s: string): string => (s.normalize("NFKC").match(/\d+(?:\.\d+)?/gu) ?? []).join(",");
const PLACEHOLDER = /^(\*+|x+|—+|-+|_+|指标\d*)$/i;

function valueText(v: Value | null): string {
  return (v?.raw ?? "").replace(/\s+/g, "");
}

export default defineRule({
  meta: {
    id: "duplicate-indicator",
    category: "boilerplate",
    severity: "warning",
    scope: "form",
    title: { zh: "同一指标重复填列", en: "Indicator listed twice" },
    description: {
      zh: "同一张表的同一个二级指标下，同一个三级指标出现两次。重复的指标不增加任何信息；指标值不同时更无法判断以哪个为准。",
      en: "The same level-3 indicator appears twice under the same level 2 of one form; with different values it is unclear which one applies.",
    },
    messages: {
      duplicate: {
        zh: "指标“{{name}}”在第 {{firstLine}} 行已经列过，重复填列。",
        en: "Indicator \"{{name}}\" is already listed on line {{firstLine}}.",
      },
      duplicateDiffers: {
        zh: "指标“{{name}}”在第 {{firstLine}} 行已经列过（指标值 {{firstValue}}），这里又列一次且指标值为 {{value}}，两者矛盾。",
        en: "Indicator \"{{name}}\" is already listed on line {{firstLine}} (value {{firstValue}}); listed again here with value {{value}}.",
      },
    },
  },
  create(ctx) {
    return {
      form(form, doc) {
        const seen = new Map<string, Indicator>();
        for (const ind of form.indicators) {
          const name = ctx.services.normalize(ind.name);
          if (name.length < 2 || PLACEHOLDER.test(name)) continue;
          // a form with a 长期 block and a 年度 block sets each indicator once per block: the same
          // satisfaction row in both is the period target and the year's, not a duplicate
          const key = `${ind.block ?? ""}\u0000${ind.level2 ?? ""}\u0000${name}`;
          const first = seen.get(key);
          if (!first) {
            seen.set(key, ind);
            continue;
          }
          // names that differ only in their numbers ("1号楼维修面积" / "2号楼维修面积", "第1季度…" /
          // "第3季度…") name different items: the comparison text maps every number to 0
          if (numbersIn(first.name) !== numbersIn(ind.name)) continue;
          const a = valueText(first.target);
          const b = valueText(ind.target);
          const differs = a !== b && a !== "" && b !== "";
          ctx.report({
            messageId: differs ? "duplicateDiffers" : "duplicate",
            form,
            indicator: ind,
            field: "name",
            evidence: ind.name,
            expected: "每个指标只列一次",
            data: { name: ind.name.trim(), firstLine: first.line, firstValue: a, value: b },
            related: [{ source: doc.source, line: first.line, loc: first.loc, text: `${first.name} ${a}`.trim(), note: "第一次出现" }],
          });
        }
      },
    };
  },
});
