/**
 * required-text-missing (checklist item 8): a text field the template requires, answered with
 * nothing — "无", "/", "—", "暂无", "略" — or left empty: 项目概况, 立项依据, 项目设立必要性, 保证项目实施的
 * 制度、措施 (保障措施), 项目实施计划, 资金用途; and the 年度 goal when the 实施期 goal is filled (or the
 * reverse), or the form's only goal answered so; a self-assessment's 实际完成情况 answered so against a stated
 * goal; a self-assessment's analysis section (主要经验做法, 存在的主要问题 …) answered "无" is info.
 * The template's instruction left in such a field ("（简要说明项目内容，不超过300字）", lexicon
 * `non-answers`) is no answer either — in a goal or 实际完成情况 too ("请填写本年度预期达到的产出和效果") —
 * nor a field that only repeats the project's name.
 * A header field the reader found no text for is reported only when the form carries
 * its sibling fields (the template has the block), so a template without 项目概况 is not blamed.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { perDistinctText } from "../../src/engine/services.js";

/** the required header fields, by label */
const REQUIRED: { label: RegExp; name: string }[] = [
  { label: /项目概况|项目简介|项目基本情况/u, name: "项目概况" },
  { label: /立项依据/u, name: "立项依据" },
  { label: /必要性/u, name: "项目设立必要性" },
  { label: /保证.*措施|保障措施|实施.*制度/u, name: "保证项目实施的制度、措施" },
  { label: /实施计划|实施进度/u, name: "项目实施计划" },
  { label: /资金用途/u, name: "资金用途" },
];
/** an answer that says nothing */
const NOTHING = /^(无|暂无|没有|空|略|详见附件|见附件|[\/／\\\-—–_＿.。、…·*＊]+|n\/?a)?$/iu;

/** a text without spaces and punctuation, for comparing a field with the project name */
const bare = (s: string | null | undefined): string => (s ?? "").replace(/[\s\p{P}\p{S}]+/gu, "");

/** an answer that says nothing, closed by a full stop or not ("无。"): once per distinct text (goals and
 *  header texts are long and recur on every copy of a form) */
const emptyText = perDistinctText((t: string): boolean => NOTHING.test(t.replace(/\s+/gu, "").replace(/(?<=[^.。…])[。.；;]$/u, "")));
const empty = (s: string | null | undefined): boolean => emptyText(s ?? "");

export default defineRule({
  meta: {
    id: "required-text-missing",
    category: "placeholder",
    severity: "warning",
    scope: "form",
    appliesTo: ["target", "self-assessment"],
    title: { zh: "必填的文字栏目填“无”“/”或空着", en: "Required text field answered with nothing" },
    description: {
      zh: "项目概况、立项依据、项目设立必要性、保证项目实施的制度措施、项目实施计划等必填栏目填“无”“/”“—”或空着，或实施期目标填了而年度目标空着，审核人员无从判断项目做什么、为什么做、怎么保证做成，应退回补填。",
      en: "A required text field (project overview, basis, necessity, safeguards, implementation plan) is answered \"无\", \"/\" or left empty, or the annual goal is empty while the period goal is filled.",
    },
    messages: {
      answeredNothing: {
        zh: "必填栏目“{{label}}”填的是“{{text}}”，等于没有填写，应写明具体内容。",
        en: "The required field \"{{label}}\" says \"{{text}}\", i.e. nothing; it must be filled in.",
      },
      repeatsName: {
        zh: "必填栏目“{{label}}”只重复了项目名称“{{text}}”，没有说明项目的具体内容。",
        en: "The required field \"{{label}}\" only repeats the project name \"{{text}}\".",
      },
      instructionLeft: {
        zh: "必填栏目“{{label}}”里留着模板的填写说明“{{text}}”，没有填写实际内容。",
        en: "The required field \"{{label}}\" still holds the template's instruction \"{{text}}\"; it was not filled in.",
      },
      sectionNothing: {
        zh: "自评分析栏目“{{label}}”只填了“{{text}}”，没有实质内容；应写明本项目的具体情况（没有问题时也应说明依据）。",
        en: "The analysis section \"{{label}}\" says only \"{{text}}\"; it should describe this project.",
      },
      missingField: {
        zh: "本表的“{{label}}”栏目是空的，应写明具体内容。",
        en: "The field \"{{label}}\" is empty; it must be filled in.",
      },
      goalMissing: {
        zh: "{{filled}}已填写，{{missing}}却{{how}}，应补写本年度要达到的目标。",
        en: "The {{filledEn}} is filled but the {{missingEn}} is {{howEn}}.",
      },
    },
  },
  create(ctx) {
    const lex = ctx.knowledge.lexicon("non-answers");
    /** the template's instruction or example left in the answer cell ("（简要说明项目内容，不超过300字）") */
    const compact = (s: string | null | undefined) => (s ?? "").replace(/\s+/gu, "");
    /** "同上", "略", "见附件" (lexicon terms): nothing, like "无" */
    const nonAnswer = (s: string | null | undefined): boolean => lex.terms.includes(compact(s));
    const instruction = (s: string | null | undefined): boolean => {
      const t = compact(s);
      return !!t && lex.regexps.some((re) => re.test(t));
    };
    return {
      form(form: Form) {
        const details = Object.entries(form.project.details ?? {});
        const present = REQUIRED.filter((r) => details.some(([k]) => r.label.test(k)));
        for (const r of REQUIRED) {
          const hit = details.find(([k]) => r.label.test(k));
          if (hit) {
            const [label, text] = hit;
            const nothing = empty(text) || nonAnswer(text);
            if (!nothing && !instruction(text)) {
              // the field only repeats the project's name: it says nothing the name did not
              if (bare(text) && bare(text) === bare(form.project.name)) {
                ctx.report({ messageId: "repeatsName", form, field: "project.details", loc: form.fields[`project.details.${label}`]?.loc, evidence: text, data: { label, text: text.trim() } });
              }
              continue;
            }
            const loc = form.fields[`project.details.${label}`]?.loc;
            ctx.report({ messageId: nothing ? "answeredNothing" : "instructionLeft", form, field: "project.details", loc, evidence: text, data: { label, text: text.trim() || "（空）" } });
          } else if (present.length >= 3 && r.name === "项目概况") {
            // the block is there (three or more of its siblings are), this one is empty
            ctx.report({ messageId: "missingField", form, field: "project.details", evidence: "", data: { label: r.name } });
          }
        }
        // a self-assessment's analysis section answered "无" (info: weak, the template asks for it)
        for (const n of form.narrative) {
          const t = n.text.replace(/\s+/gu, "");
          if (!t || !NOTHING.test(t)) continue;
          ctx.report({ messageId: "sectionNothing", severity: "info", form, field: "narrative", loc: n.loc, evidence: n.text, data: { label: n.section, text: n.text.trim() } });
        }
        // a self-assessment's 实际完成情况 answered "无", "/" against a stated goal: what was achieved is the
        // part of the form that answers the goal, and "无" there says nothing was reported (checklist 8 and 10)
        const done = form.goals.actual;
        const goalStated = [form.goals.annual?.text, form.goals.period?.text].some((t) => !!t && !empty(t));
        if (done && done.text.trim() && (empty(done.text) || nonAnswer(done.text)) && goalStated) {
          ctx.report({ messageId: "answeredNothing", form, field: "goals.actual", loc: done.loc, evidence: done.text, data: { label: "实际完成情况", text: done.text.trim() } });
        }
        // a goal or 实际完成情况 that still holds the template's instruction ("请填写本年度预期达到的产出和效果"):
        // the form states nothing there, whatever its other goal says
        for (const [key, label] of [["annual", "年度目标"], ["period", "实施期目标"], ["actual", "实际完成情况"]] as const) {
          const g = form.goals[key];
          if (!g || !instruction(g.text)) continue;
          ctx.report({ messageId: "instructionLeft", form, field: `goals.${key}`, loc: g.loc, evidence: g.text, data: { label, text: g.text.trim() } });
        }
        // a period goal without its annual goal, or the reverse (only where the form has both columns)
        const p = form.goals.period?.text ?? null;
        const a = form.goals.annual?.text ?? null;
        const dual = form.indicators.some((i) => i.annualTarget);
        if (p !== null && !empty(p) && ((a === null && dual) || (a !== null && empty(a)))) {
          const how = a === null ? "空着" : `只写“${a.trim()}”`;
          ctx.report({ messageId: "goalMissing", form, field: a === null ? "goals.period" : "goals.annual", evidence: a ?? "", data: { filled: "实施期目标", filledEn: "period goal", missing: "年度目标", missingEn: "annual goal", how, howEn: a === null ? "empty" : `only "${a.trim()}"` } });
        } else if (a !== null && !empty(a) && p !== null && empty(p)) {
          ctx.report({ messageId: "goalMissing", form, field: "goals.period", evidence: p, data: { filled: "年度目标", filledEn: "annual goal", missing: "实施期目标", missingEn: "period goal", how: `只写“${p.trim()}”`, howEn: `only "${p.trim()}"` } });
        } else {
          // the form's only goal answered "无", "/", "略": the form states no goal at all
          for (const [key, goal, label] of [["goals.annual", a, "年度目标"], ["goals.period", p, "实施期目标"]] as const) {
            const other = key === "goals.annual" ? p : a;
            if (goal === null || !goal.trim() || !empty(goal) || (other !== null && !empty(other))) continue;
            ctx.report({ messageId: "answeredNothing", form, field: key, loc: form.goals[key === "goals.annual" ? "annual" : "period"]?.loc, evidence: goal, data: { label, text: goal.trim() } });
          }
        }
      },
    };
  },
});
