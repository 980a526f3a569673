/**
 * template-residue: the blank template's own text or dummies left in a filled form —
 * a project name that is only a serial number ("55 号"), "**"/"XX" in header cells (预算数,
 * 资金支出计划), in goals and in narratives ("满意度达XX%"), a goal that only repeats the project
 * name, and an indicator named only "指标 1:" or only by a level label ("质量指标", "满意度指标") while
 * it carries values.
 * Indicator *values* that are placeholders are placeholder-value's job; this rule looks at the rest.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Form, Value } from "../../src/model/types.js";
import type { Loc } from "../../src/model/loc.js";
import { lookupUnit } from "../../src/normalize/units.js";
import { detach } from "../../src/model/strings.js";
import { perDistinctText } from "../../src/engine/services.js";

/** a cell that holds nothing but a dummy: "**", "***", "XX", "xx%", "_" */
const DUMMY = /^\s*(?:[*＊]+|[xXｘＸ]{2,}\s*[%％]?|[_＿]{2,})(?:\s+(?:[*＊]+|[xXｘＸ]{2,}))*\s*$/u;
/** a dummy inside running text: "**" anywhere, or "XX" standing for a figure — followed by a unit ("达XX%",
 *  "XX万元", "处置医疗废物XX吨", "XX平方米"; any unit the value parser knows) — not part of a Latin word */
const STARS_IN_TEXT = /[*＊]{2,}/u;
const X_IN_TEXT = /(?<![A-Za-zＡ-Ｚａ-ｚ])[xXｘＸ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])\s*([^\s，。；;,、:：）)]{1,5})?/gu;
/** the first dummy of running text, as written ("XX%", "XX吨", "**"), or null: once per distinct text
 *  (goals and analyses recur on every copy of a form, and are long) */
export const dummyInText: (text: string) => string | null = perDistinctText((text) => {
  const found = dummyInTextOf(text);
  return found === null ? null : detach(found);
});

/** a goal's empty numbered slot ("目标4：……"), as reported, or null: once per distinct goal */
const goalStub = perDistinctText((text: string): string | null => {
  const t = text.trim();
  return GOAL_STUB.test(t) ? detach(GOAL_STUB.exec(t)![0].replace(/^[。；;\s]+/u, "").trim()) : null;
});

function dummyInTextOf(text: string): string | null {
  for (const m of text.matchAll(X_IN_TEXT)) {
    const after = m[1] ?? "";
    for (let k = after.length; k > 0; k--) if (lookupUnit(after.slice(0, k))) return m[0].slice(0, m[0].length - after.length + k).replace(/\s+/gu, "");
  }
  return STARS_IN_TEXT.exec(text)?.[0] ?? null;
}
/** a project name that is only a serial number: "55 号", "49号交警", "项目1" */
const SERIAL_NAME = /^\s*(?:\d+\s*号\s*\S{0,3}|项目\s*\d+|[*＊xX]+)\s*$/u;
/** an indicator name that is only the template's slot label or a dummy: "指标1：", "指标一", "三级指标2",
 *  "指标名称", "（一）", "……", "—", "XXX指标" */
const SLOT_NAME = /^\s*(?:(?:三级)?指标\s*(?:名称)?\s*(?:\d+|[一二三四五六七八九十]+|[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）])?|[xX×ｘＸ*＊]{2,}\s*指标|…+|\.{3,}|—+|-{2,})\s*[:：]?\s*$/u;
/** an indicator name that only repeats a level-1 or level-2 label: "质量指标", "满意度指标", "社会效益",
 *  "服务对象满意度" (服务对象 is the template's stand-in for whoever is served). "社会公众满意度" names a
 *  real group (the public) and is a satisfaction indicator of its own on service projects; only
 *  "社会公众满意度指标", the level-2 label itself, is residue. */
const LABEL_NAME = /^(?:(产出|效益|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)(指标)?|(?:社会公众或服务对象|社会公众)满意度指标)([0-9０-９]+|[一二三四五六七八九十])?$/u;

/** a numbered part of a goal with nothing after its number but an ellipsis or a dash: "目标4：……",
 *  "3、…", "（五）——"; the template's empty slot kept in the filled goal */
const GOAL_STUB = /(?:^|[。；;\s])((?:目标|任务)\s*(?:\d+|[一二三四五六七八九十]+)\s*[:：]|(?:\d+|[一二三四五六七八九十]+)\s*[、.．]|[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）])\s*(?:…+|\.{3,}|—+|-{2,}|[：:])?\s*[。；;]?\s*(?=$|(?:目标|任务)\s*(?:\d+|[一二三四五六七八九十]+)\s*[:：])/u;

function strip(s: string): string {
  return s
    .replace(/^\s*(?:[（(]?\d+[)）.、．]|[一二三四五六七八九十]+[、.．])\s*/u, "")
    .replace(/[\s，。,.;；:：、]+/gu, "")
    .replace(/项目$/u, "");
}

function hasValue(v: Value | null): boolean {
  return !!v && v.raw.trim() !== "";
}

export default defineRule({
  meta: {
    id: "template-residue",
    category: "placeholder",
    severity: "error",
    scope: "form",
    title: { zh: "表中留有模板内容或占位符", en: "Template residue left in the form" },
    description: {
      zh: "项目名称只是编号（如“55 号”）、预算数或资金支出计划填“**”、目标或绩效分析中留有“XX%”、绩效目标只重复项目名称、三级指标只写“指标 1:”却有指标值——这些都是空白模板的内容，表格实际没有填写。",
      en: "A serial-number project name (\"55 号\"), \"**\" in the budget or spending plan, \"XX%\" left in a goal or narrative, a goal that only repeats the project name, or an indicator named only \"指标 1:\": the blank template was never filled in.",
    },
    messages: {
      serialName: {
        zh: "项目名称“{{text}}”只是编号或占位符，没有写明是什么项目。",
        en: "Project name \"{{text}}\" is only a serial number or dummy, not a real project name.",
      },
      dummyCell: {
        zh: "{{field}}填的是“{{text}}”，是模板占位符，不是实际数字。",
        en: "{{fieldEn}} holds \"{{text}}\", a template dummy instead of a figure.",
      },
      dummyInText: {
        zh: "{{field}}中留有占位符“{{match}}”，数值没有填写。",
        en: "{{fieldEn}} still contains the dummy \"{{match}}\"; the figure was never filled in.",
      },
      goalStub: {
        zh: "{{field}}中的“{{match}}”只有编号、没有内容，是模板留下的空项，应填写具体目标或删去。",
        en: "{{fieldEn}}: \"{{match}}\" is a numbered item with nothing in it, a slot of the template; fill it in or remove it.",
      },
      goalIsName: {
        zh: "{{field}}只写了“{{text}}”，与项目名称相同，没有说明要达到什么目标。",
        en: "{{fieldEn}} only says \"{{text}}\", the project name; no goal is stated.",
      },
      slotLeft: {
        zh: "指标表里留着模板的空行“{{text}}”：没有指标名称，也没有指标值，应填写具体指标或删除这一行。",
        en: "The table keeps the template's empty row \"{{text}}\": no indicator and no value; fill it in or remove it.",
      },
      labelName: {
        zh: "三级指标只写了二级指标的名称“{{text}}”，没有写明具体考核什么，应写成具体指标（如“培训合格率”“受益群众满意度”）。",
        en: "The indicator only repeats the level label \"{{text}}\"; name what is measured (e.g. a pass rate, a named group's satisfaction).",
      },
      slotName: {
        zh: "三级指标只写了模板的“{{text}}”，却填了指标值，没有写明考核什么。",
        en: "The indicator is named only \"{{text}}\" (the template slot) but carries values; what is measured is not stated.",
      },
    },
  },
  create(ctx) {
    const report = (form: Form, messageId: string, field: Field, text: string, loc: Loc | undefined, extra: Record<string, string> = {}) =>
      ctx.report({
        messageId,
        data: { field: FIELD_ZH[field] ?? field, fieldEn: FIELD_EN[field] ?? field, text: text.trim(), ...extra },
        form,
        field,
        loc,
        evidence: text,
      });
    return {
      form(form) {
        const name = form.project.name ?? "";
        if (name && SERIAL_NAME.test(name)) report(form, "serialName", "project.name", name, form.fields["project.name"]?.loc);

        // header money cells and the spending plan
        for (const [key, t] of Object.entries(form.funds.raw ?? {})) {
          if (!t || !DUMMY.test(t.text)) continue;
          const field: Field = key.startsWith("spendingPlan") ? "funds.spendingPlan" : "funds";
          report(form, "dummyCell", field, t.text, t.loc);
        }

        // other header cells (资金用途, 项目概况, 立项依据 …) holding only a dummy
        for (const [label, text] of Object.entries(form.project.details ?? {})) {
          if (text && DUMMY.test(text)) report(form, "dummyCell", "project.details", text, form.fields[`project.details.${label}`]?.loc, { field: label, fieldEn: label });
        }

        // goals
        const proj = strip(name);
        for (const key of ["period", "annual", "actual"] as const) {
          const g = form.goals[key];
          if (!g || !g.text.trim()) continue;
          const field = `goals.${key}` as Field;
          const m = dummyInText(g.text);
          if (DUMMY.test(g.text)) report(form, "dummyCell", field, g.text, g.loc);
          else if (m) report(form, "dummyInText", field, g.text, g.loc, { match: m });
          else if (goalStub(g.text) !== null) {
            const stub = goalStub(g.text)!;
            ctx.report({ messageId: "goalStub", severity: "warning", data: { field: FIELD_ZH[field] ?? field, fieldEn: FIELD_EN[field] ?? field, text: g.text.trim(), match: stub }, form, field, loc: g.loc, evidence: stub });
          } else if (key !== "actual" && proj.length >= 2 && strip(g.text) !== "" && proj.startsWith(strip(g.text)) && strip(g.text).length >= Math.min(4, proj.length)) {
            report(form, "goalIsName", field, g.text, g.loc);
          }
        }

        // narrative sections
        for (const n of form.narrative) {
          const m = dummyInText(n.text);
          if (m) report(form, "dummyInText", "narrative", n.text, n.loc, { match: m });
        }

        // indicator named only by the template slot ("指标1：") or by a level label ("质量指标",
        // "满意度指标" in the 三级指标 cell: checklist item 8), with values
        for (const ind of form.indicators) {
          const name = ind.name.replace(/\s+/gu, "");
          const slot = SLOT_NAME.test(ind.name) && !!name;
          const label = !slot && LABEL_NAME.test(name);
          if (!slot && !label) continue;
          if (hasValue(ind.target) || hasValue(ind.annualTarget) || hasValue(ind.adjustedTarget) || hasValue(ind.actual)) {
            ctx.report({ messageId: slot ? "slotName" : "labelName", severity: slot ? undefined : "warning", data: { text: ind.name.trim() }, form, indicator: ind, field: "name", evidence: ind.name });
          } else if (slot && ind.weight === null && ind.score === null) {
            // an empty slot row ("指标2：", "……") with nothing in it, among rows that carry plain names (the
            // reader keeps it only there; a template of numbered items prints spare slots in every group)
            ctx.report({ messageId: "slotLeft", severity: "warning", data: { text: ind.name.trim() }, form, indicator: ind, field: "name", evidence: ind.name });
          }
        }
      },
    };
  },
});

const FIELD_ZH: Partial<Record<Field, string>> = {
  "project.name": "项目名称",
  funds: "预算数",
  "funds.spendingPlan": "资金支出计划",
  "goals.period": "实施期目标",
  "goals.annual": "年度目标",
  "goals.actual": "实际完成情况",
  narrative: "绩效分析",
};
const FIELD_EN: Partial<Record<Field, string>> = {
  "project.name": "project name",
  funds: "budget amount",
  "funds.spendingPlan": "spending plan",
  "goals.period": "period goal",
  "goals.annual": "annual goal",
  "goals.actual": "achievement",
  narrative: "narrative",
};
