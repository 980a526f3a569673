/**
 * stale-date: a time target that lies before the form's budget year — "2018年9月", "2019年",
 * "2022年前" or "年6月至2023" in a 2024 form, a list of past years "20、2021、2022" — or an indicator
 * whose own text sets a deadline in an earlier year ("2023年内完成整体建设" in a 2024 form, whatever
 * the value says), or whose name is labelled with an earlier year ("2023年培训人数", "2022年度…完成率"
 * in a 2024 form: copied from that year's form). The budget year is the form's (title "(2024年度)"), else the document's.
 * Targets only: an actual may well report a past date.
 * Also a 年度目标 promising the project's own work of an earlier year ("完成2023年度职业技能等级认定考务组织工作"
 * in the 2024 form of 职业技能等级认定考务经费: a year right after a verb of doing, rules/lexicons/goal-work-verbs.yml,
 * and the words after it carrying half the project name's subject words); a thing that carries a year
 * ("完成94家事业单位2024年度报告公示" of a 登记管理 project) is not the project's work.
 * Also a 年度目标 that opens with an earlier year as its label ("2024年，保障…" in a 2025 form): the
 * annual goal of last year's form, kept. Only an opening year set off as a label counts: a year named
 * as background ("在2024年基础上…", "2016年某某因公受伤，…") is no label, and the 实施期目标 of a
 * multi-year project may well name other years.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Value } from "../../src/model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import { subjectBigrams, subjectScore } from "../../src/engine/similarity/subject.js";

/** a year the goal's work is labelled with: "2023年度职业技能…工作", "2023年…" (not "2023年底", "2023年以来") */
const WORK_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年度?(?![底末内前初中]|\d|[上下]半年|以[前内来]|基础|相比|同期|的)([\u4e00-\u9fa5]{4,30})/gu;
/** the share of the project's subject words the work after the year must carry to be the project's own work */
const OWN_WORK = 0.5;

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];
/** a year used as a date: followed by 年, a date separator, a list separator or 至 */
const YEAR_AS_DATE = /(?<!\d)((?:19|20)\d{2})(?!\d)(?=\s*(?:年|[.\-/]\s*\d|[、,，]|至|到))/gu;
const YEAR_AT_END = /(?<!\d)((?:19|20)\d{2})\s*$/u;
/** a deadline in the indicator's own text: "2023年内完成", "2022年底前", "2023年12月前" */
const NAME_DEADLINE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(内|底|末|前|以前|之前|完成|上半年|下半年)/u;

/** a name that opens with its year, as a label: "2023年培训人数", "2022年度设备购置数量" (not "2023年底前…",
 *  which NAME_DEADLINE reads, nor a span "2023-2025年") */
const NAME_LABEL = /^((?:19|20)\d{2})\s*年度?(?![底末内前初中]|\d|[上下]半年|以[前内来])/u;

/** a goal that opens with its year as a label, set off by punctuation or written 年度: "2024年，保障…",
 *  "2024年度：完成…", "2024年度完成…". A year run into the sentence ("2016年王某因公受伤…", "2024年底前…",
 *  "2024年基础上…") is a fact or a deadline the goal states, not its label; a span "2023-2025年" is none. */
const GOAL_LABEL = /^((?:19|20)\d{2})\s*(?:年\s*[，,：:、]|年度(?![底末内前初中]|[上下]半年|以[前内来]|基础|相比|同期|的))/u;

/** the dimensions of a measure that is not a time: a figure the value measures in them is no year */
const NOT_TIME = new Set(["money", "count", "percent", "area", "length", "weight", "volume", "energy"]);

function yearsIn(v: Value): number[] {
  // a figure the value itself measures in money, things or space ("2000-2500元/场", a range of unit
  // costs; "2019-2021个") is a quantity, not a year: only a date, a period or a bare figure can name one
  if (v.kind === "numeric" && v.unit && v.dimension && NOT_TIME.has(v.dimension)) return [];
  const ys: number[] = [];
  for (const m of v.raw.matchAll(YEAR_AS_DATE)) ys.push(+m[1]);
  const timeLike = v.kind === "date" || v.kind === "period" || /至|到|、/u.test(v.raw);
  const end = YEAR_AT_END.exec(v.raw);
  if (end && timeLike) ys.push(+end[1]);
  if (v.date?.year) ys.push(v.date.year);
  if (v.dateEnd?.year) ys.push(v.dateEnd.year);
  return ys;
}

export default defineRule({
  meta: {
    id: "stale-date",
    category: "stale-date",
    severity: "warning",
    scope: "indicator",
    title: { zh: "时间目标早于预算年度", en: "Time target before the budget year" },
    description: {
      zh: "指标值中的日期早于本表的预算年度（如2024年度的表写“2022年前”“2018年9月”），或指标名称本身写着更早年份的期限（“2023年内完成”），说明是照搬往年的表格，目标在本年度已无意义。",
      en: "A date target lies before the form's budget year (\"2022年前\" in a 2024 form), or the indicator's own text sets a deadline in an earlier year (\"2023年内完成\"): the form was copied from an earlier year and the target is void.",
    },
    messages: {
      staleValue: {
        zh: "“{{name}}”的{{field}}“{{text}}”是{{year}}年，早于本表预算年度{{budgetYear}}年，这个时间目标已经过去。",
        en: "\"{{name}}\": {{fieldEn}} \"{{text}}\" is in {{year}}, before the budget year {{budgetYear}}.",
      },
      staleLabel: {
        zh: "指标名称“{{name}}”标明的是{{year}}年，早于本表预算年度{{budgetYear}}年，可能照搬了往年的表格。",
        en: "The indicator \"{{name}}\" is labelled {{year}}, before the budget year {{budgetYear}}: probably copied from that year's form.",
      },
      staleGoal: {
        zh: "年度目标以“{{year}}年”开头，而本表预算年度是{{budgetYear}}年，可能照搬了往年的年度目标。",
        en: "The annual goal opens with {{year}}, but the budget year is {{budgetYear}}: probably last year's goal, copied.",
      },
      staleWork: {
        zh: "年度目标写的是{{year}}年度的“{{work}}”，而本表预算年度是{{budgetYear}}年，可能照搬了往年的年度目标。",
        en: "The annual goal promises the {{year}} \"{{work}}\", but the budget year is {{budgetYear}}: probably last year's goal, copied.",
      },
      staleName: {
        zh: "指标“{{name}}”写的期限是{{year}}年，早于本表预算年度{{budgetYear}}年{{conflict}}。",
        en: "The indicator \"{{name}}\" sets a deadline in {{year}}, before the budget year {{budgetYear}}{{conflictEn}}.",
      },
    },
  },
  create(ctx) {
    const verbs = ctx.knowledge.lexicon("goal-work-verbs").terms;
    const generic = ctx.knowledge.lexicon("project-name-generic");
    return {
      form(form, doc) {
        const budgetYear = form.year ?? doc.year ?? null;
        const g = form.goals.annual;
        if (!budgetYear || !g) return;
        const text = g.text.replace(/\s+/gu, "");
        const label = GOAL_LABEL.exec(text);
        if (label && +label[1] < budgetYear) {
          ctx.report({ messageId: "staleGoal", data: { year: +label[1], budgetYear }, form, field: "goals.annual", loc: g.loc, evidence: g.text.trim().slice(0, 20) });
          return;
        }
        // the goal promises this project's own work of an earlier year ("完成2023年度职业技能等级认定考务组织工作"
        // in the 2024 form of 职业技能等级认定考务经费): a year right after a verb of doing, and the words after it
        // naming the project's subject — not a thing that merely carries a year ("2024年度报告公示")
        const subject = subjectBigrams(form.project.name ?? "", { genericTerms: generic.terms, genericPatterns: generic.regexps });
        if (subject.length < 2) return;
        for (const m of text.matchAll(WORK_YEAR)) {
          const year = +m[1];
          const before = text.slice(0, m.index ?? 0);
          if (year >= budgetYear || !verbs.some((v) => before.endsWith(v))) continue;
          if (subjectScore(subject, m[2]) < OWN_WORK) continue;
          ctx.report({ messageId: "staleWork", data: { year, budgetYear, work: m[2] }, form, field: "goals.annual", loc: g.loc, evidence: `${m[1]}年度${m[2]}`.slice(0, 30) });
          return;
        }
      },
      indicator(ind, form, doc) {
        const budgetYear = form.year ?? doc.year ?? null;
        if (!budgetYear) return;
        let reported = false;
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || !v.raw.trim() || v.kind === "placeholder" || v.kind === "empty") continue;
          const ys = yearsIn(v);
          if (!ys.length) continue;
          const last = Math.max(...ys);
          if (last >= budgetYear) continue;
          reported = true;
          ctx.report({
            messageId: "staleValue",
            data: { name: ind.name.trim(), field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim(), year: last, budgetYear },
            form,
            indicator: ind,
            field: f,
            loc: { ...(v.loc ?? ind.loc), line: ind.line },
            evidence: v.raw,
          });
        }
        const label = NAME_LABEL.exec(ind.name.replace(/\s+/gu, ""));
        if (!reported && label && +label[1] < budgetYear) {
          ctx.report({ messageId: "staleLabel", data: { name: ind.name.trim(), year: +label[1], budgetYear }, form, indicator: ind, field: "name", evidence: ind.name });
          return;
        }
        const m = NAME_DEADLINE.exec(ind.name.replace(/\s+/gu, ""));
        if (!reported && m && +m[1] < budgetYear) {
          const later = FIELDS.map((f) => ind[f as "target"] as Value | null).find((v) => v && yearsIn(v).some((y) => y > +m[1]));
          ctx.report({
            messageId: "staleName",
            data: {
              name: ind.name.trim(),
              year: +m[1],
              budgetYear,
              conflict: later ? `，且与指标值“${later.raw.trim()}”矛盾` : "",
              conflictEn: later ? ` and contradicts the value "${later.raw.trim()}"` : "",
            },
            form,
            indicator: ind,
            field: "name",
            evidence: ind.name,
          });
        }
      },
    };
  },
});
