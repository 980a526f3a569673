/**
 * empty-required-indicator: a level 2 that templates make compulsory — 数量/质量/时效/成本 under
 * 产出, and 服务对象满意度 — whose rows carry no 三级指标 or no value, while the rest of the form is
 * filled. Empty 经济效益/生态效益/可持续影响 rows are allowed by most templates and are not reported.
 * One finding per level 2 (at its first row); a level 2 with at least one complete row is fine.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Indicator, Value } from "../../src/model/types.js";

const filled = (v: Value | null) => !!v && v.raw.trim() !== "" && v.kind !== "empty";
const hasValue = (i: Indicator) => filled(i.target) || filled(i.annualTarget) || filled(i.adjustedTarget);
const hasName = (i: Indicator) => i.name.trim() !== "" && !/^\s*指标\s*\d*\s*[:：]?\s*$/u.test(i.name);
const complete = (i: Indicator) => hasName(i) && hasValue(i);
/** a row filled with real content (not the "**" of an unfilled template) */
const real = (i: Indicator) => complete(i) && i.target?.kind !== "placeholder" && !/^[*＊\s]+$/u.test(i.name);

export default defineRule<{ required: string[]; minFilledRows: number }>({
  meta: {
    id: "empty-required-indicator",
    category: "placeholder",
    severity: "warning",
    scope: "form",
    title: { zh: "必填的二级指标没有填写", en: "Required level-2 indicator left empty" },
    description: {
      zh: "数量、质量、时效、成本指标和服务对象满意度指标是模板要求必填的。表中其他指标已经填写，这一类却没有三级指标或没有指标值，说明目标设定不完整。",
      en: "Quantity, quality, timeliness, cost and satisfaction indicators are compulsory in the template. Other rows of the form are filled, but this level 2 has no indicator or no value: the targets are incomplete.",
    },
    messages: {
      noName: {
        zh: "{{level2}}没有填写三级指标和指标值，而表中其他指标已填写；这是必填项。",
        en: "{{level2En}} has no indicator and no value although the other rows are filled; it is required.",
      },
      noValue: {
        zh: "{{level2}}“{{name}}”没有填写指标值，而表中其他指标已填写；这是必填项。",
        en: "{{level2En}} \"{{name}}\" has no value although the other rows are filled; it is required.",
      },
    },
    options: z.object({ required: z.array(z.string()), minFilledRows: z.number().int().nonnegative() }).strict(),
    defaultOptions: { required: ["数量指标", "质量指标", "时效指标", "成本指标", "服务对象满意度指标"], minFilledRows: 3 },
  },
  create(ctx) {
    const { required, minFilledRows } = ctx.options;
    return {
      form(form) {
        const inds = form.indicators;
        if (inds.filter(real).length < minFilledRows) return;
        const byL2 = new Map<string, Indicator[]>();
        for (const i of inds) {
          if (!i.level2 || !required.includes(i.level2)) continue;
          const list = byL2.get(i.level2) ?? [];
          list.push(i);
          byL2.set(i.level2, list);
        }
        for (const [l2, rows] of byL2) {
          if (rows.some(complete)) continue;
          const first = rows[0];
          const data = { level2: l2, level2En: EN[l2] ?? l2, name: first.name.trim() };
          if (!hasName(first)) ctx.report({ messageId: "noName", data, form, indicator: first, field: "level2", evidence: first.level2Raw ?? l2 });
          else ctx.report({ messageId: "noValue", data, form, indicator: first, field: "target", evidence: first.name });
        }
      },
    };
  },
});

const EN: Record<string, string> = {
  数量指标: "The quantity indicator",
  质量指标: "The quality indicator",
  时效指标: "The timeliness indicator",
  成本指标: "The cost indicator",
  服务对象满意度指标: "The satisfaction indicator",
};
