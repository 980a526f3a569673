/**
 * project-dates (checklist item 5): the dates of the form's header and its time targets —
 *  - a one-year project whose 项目实施计划 / 项目起止时间 / 项目期 names a year before or after the
 *    budget year ("2023年9月启动" in a 2024 form of a 一次性项目) — warning; a new project (新增项目), however
 *    long, whose plan or period starts before the budget year (it gets its first money that year) — warning;
 *  - a dummy period: ten years or more for a one-year project ("项目期 20年") — warning; a time target
 *    spanning ten years or more ("2025年—2055年") where the form's 项目期 is shorter or not given — warning;
 *  - a project name labelled with an earlier year for recurring money ("2022年度禁毒经费",
 *    "2023年辅警工资" in a 2024 form) — warning; any other project name whose years all lie before
 *    the budget year (a construction project named after the year it started, arrears named by the
 *    period they pay for: "2019-2023年取暖费") — info: the checklist asks for the budget year's name,
 *    but paying for an earlier period is allowed when the form says so;
 *  - a malformed date in a header field or a time target: a month 13, a day 32, a day past its month's
 *    end ("2025年2月30日", "2024年4月31日"), "2025013" — error.
 * Time targets before the budget year are stale-date's; a 项目期 of several years that includes the budget
 * year contradicts a one-year attribute (attribute-period-mismatch reports that, once).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Form, Value } from "../../src/model/types.js";
import type { Loc } from "../../src/model/loc.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import { measureOfLevel2 } from "../../src/engine/services/level2.js";
import { budgetYear, details, isOneYear, locAt, PLAN_LABEL, periodYears, yearsIn, type HeaderText } from "../../src/engine/services/project.js";

const VALUE_FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];
/** recurring money: a project of this kind is funded again each year, under that year's name */
const RECURRING = /经费|补助|补贴|工资|津贴|保险|公积金|运行费|运转|保障金|工作经费|办公费|取暖费|物业费|租赁费|奖励|慰问/u;
/** "2022年度", "2022年" — but not "2022年10月至2023年12月…", which names the period paid for (arrears) */
const NAME_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(度)?(?!\s*\d{1,2}\s*月)(?!\s*[至到-])/u;
/** a month over 12 or a day over 31, written with 年/月/日 or dots */
const BAD_MONTH = /(?<!\d)(?:19|20)\d{2}\s*(?:年|[.\-/])\s*(1[3-9]|[2-9]\d|0?0)\s*(?:月|[.\-/](?=\d))/u;
const BAD_DAY = /(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*(3[2-9]|[4-9]\d|0?0)\s*日/u;
/** a compact date with a digit missing or one too many: 2025013, 202401321 (8 digits are YYYYMMDD) */
const BROKEN_COMPACT = /(?<![\d.])((?:19|20)\d{2})(\d{2,3}|\d{5})(?![\d.%])/u;

/** an attribute naming a new project ("新增项目", the ticked option of a checkbox) */
const NEW_PROJECT = /新增|新建项目|新上/u;
/** …not a checkbox printed with every option and none ticked ("新增项目 延续项目") */
const isNewProject = (attribute: string) => NEW_PROJECT.test(attribute) && !/新增.*延续|延续.*新增/u.test(attribute);

/** years a period must span to be a dummy for a one-year project or a time target */
const DUMMY_YEARS = 10;
/** a year with its month: "2025年1月", "2025.1", "2025-01" */
const YEAR_MONTH = /(?<!\d)((?:19|20)\d{2})\s*(?:年|[.\-/])\s*(\d{1,2})(?!\d)(?:\s*月)?/gu;
/**
 * A term of whole years that includes the budget year: two to nine years, written in years only
 * ("2024-2026年") or from a January to a December ("2025年1月—2027年12月"). Such a 项目期 for a one-year
 * project is a several-year term the attribute contradicts (attribute-period-mismatch's, once). A
 * period that starts or ends inside a neighbouring year ("2025年1月-2026年6月") is a one-year project
 * dated past its budget year: a date outside the year, reported here too.
 */
function wholeYearsSpanningBudgetYear(text: string, year: number): boolean {
  const ys = yearsIn(text);
  const n = periodYears(text);
  if (!(ys.length >= 2 && n !== null && n > 1 && n < 10 && Math.min(...ys) <= year && year <= Math.max(...ys))) return false;
  const months = [...text.replace(/\s+/gu, "").matchAll(YEAR_MONTH)].map((m) => ({ year: +m[1], month: +m[2] }));
  const first = months.find((m) => m.year === Math.min(...ys));
  const last = [...months].reverse().find((m) => m.year === Math.max(...ys));
  return (!first || first.month === 1) && (!last || last.month === 12);
}

/** a day past the end of its month ("2025年2月30日", "2024年4月31日"; 29 February only in a leap year) */
const YEAR_MONTH_DAY = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
function pastMonthEnd(t: string): string | null {
  for (const m of t.matchAll(YEAR_MONTH_DAY)) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12) continue;
    // day 0 of the next month is the last day of this one
    if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return m[0];
  }
  return null;
}

function malformed(text: string): string | null {
  const t = text.replace(/\s+/gu, "");
  const m = BAD_MONTH.exec(t) ?? BAD_DAY.exec(t);
  if (m) return m[0];
  const past = pastMonthEnd(t);
  if (past) return past;
  const c = BROKEN_COMPACT.exec(t);
  if (c && !/元|人|个|次|台|件|米|号|%/u.test(t.slice(c.index + c[0].length, c.index + c[0].length + 2))) return c[0];
  // YYYYMMDD with an impossible month or day
  const d = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/u.exec(t);
  if (d && (+d[2] < 1 || +d[2] > 12 || +d[3] < 1 || +d[3] > 31)) return d[0];
  return null;
}

export default defineRule({
  meta: {
    id: "project-dates",
    category: "stale-date",
    severity: "warning",
    scope: "form",
    appliesTo: ["target", "self-assessment"],
    title: { zh: "项目期、实施计划或项目名称的年份与预算年度不符", en: "Project dates outside the budget year" },
    description: {
      zh: "一年期（一次性）项目的实施计划、项目起止时间或项目期写的是预算年度以外的年份，项目期写成几十年，项目名称标着往年的年份（“2022年度……经费”出现在2024年度的表里），都说明表格是照搬往年或随手填的；日期本身写错（13月、32日、“2025013”）则肯定是错的。",
      en: "A one-year project whose implementation plan, start/end dates or period name a year outside the budget year, a period of decades, a recurring project named after an earlier year, or a malformed date (month 13, day 32, \"2025013\").",
    },
    messages: {
      planOutsideYear: {
        zh: "本项目是一年期项目，{{label}}“{{text}}”却写到{{year}}年，不在预算年度{{budgetYear}}年内，应写本年度的实施安排。",
        en: "A one-year project, but its {{labelEn}} \"{{text}}\" names {{year}}, outside the budget year {{budgetYear}}.",
      },
      newPlanBefore: {
        zh: "本项目是新增项目，预算年度{{budgetYear}}年才开始安排资金，{{label}}“{{text}}”却从{{year}}年开始，早于预算年度，应写本年度起的实施安排。",
        en: "A new project, funded from the budget year {{budgetYear}}, but its {{labelEn}} \"{{text}}\" starts in {{year}}, before that year.",
      },
      dummyTarget: {
        zh: "时效指标“{{name}}”的指标值“{{text}}”跨越{{years}}年，不是完成时限，像是随手填的期限，应写明本年度的完成时间。",
        en: "Timeliness indicator \"{{name}}\": \"{{text}}\" spans {{years}} years, no deadline but a dummy period; state when in the budget year.",
      },
      dummyPeriod: {
        zh: "项目属性是“{{attribute}}”，项目期却写“{{text}}”（{{years}}年），像是随手填的，应写实际的实施期限。",
        en: "The project is \"{{attribute}}\" but its period is \"{{text}}\" ({{years}} years): a dummy value.",
      },
      pastYearName: {
        zh: "项目名称“{{text}}”标的是{{year}}年（或以前）的年份，早于本表预算年度{{budgetYear}}年；若是续建或支付以前年度的费用，应在名称或项目概况中写明本年度做什么、付哪一期。",
        en: "The project name \"{{text}}\" carries {{year}} or earlier, before the budget year {{budgetYear}}; if it continues or pays for an earlier period, the name or the overview should say what this year's money does.",
      },
      staleProjectName: {
        zh: "项目名称“{{text}}”标着{{year}}年，早于本表预算年度{{budgetYear}}年，像是照搬往年的表，应改为本年度的项目名称。",
        en: "The project name \"{{text}}\" carries the year {{year}}, before the budget year {{budgetYear}}: copied from an earlier year's form.",
      },
      malformedDate: {
        zh: "{{field}}“{{text}}”中的日期“{{date}}”写错了（月份、日期不存在或位数不对），请改正。",
        en: "{{fieldEn}} \"{{text}}\": the date \"{{date}}\" is malformed (no such month or day, or a digit missing).",
      },
    },
  },
  create(ctx) {
    return {
      form(form: Form, doc) {
        const year = budgetYear(form, doc);
        const at = (loc: Loc | undefined, line?: number) => (loc ? { ...loc } : line !== undefined ? { line } : undefined);
        // malformed dates: header fields and time targets
        const headers: { field: Field; label: string; text: string; loc?: Loc; lines?: HeaderText["lines"] }[] = [];
        if (form.project.period) headers.push({ field: "project.period", label: "项目期", text: form.project.period, loc: form.fields["project.period"]?.loc });
        for (const d of details(form, PLAN_LABEL)) headers.push({ field: "project.details", label: d.label, text: d.text, loc: d.loc, lines: d.lines });
        for (const h of headers) {
          const bad = malformed(h.text);
          if (bad) {
            ctx.report({ messageId: "malformedDate", severity: "error", form, field: h.field, loc: at(h.loc), evidence: h.text, data: { field: h.label, fieldEn: h.label, text: h.text.trim(), date: bad } });
            continue;
          }
          if (!year) continue;
          const oneYear = isOneYear(form);
          // a new project (新增项目) gets its first money in the budget year: its plan or period cannot start
          // before it, however many years it runs
          if (!oneYear && !isNewProject(form.project.attribute ?? "")) continue;
          // a 项目期 of several whole years that includes the budget year ("2025年1月—2027年12月" for a
          // 一次性项目 of 2025) contradicts the attribute rather than leaving the year: attribute-period-mismatch's
          if (oneYear && h.field === "project.period" && wholeYearsSpanningBudgetYear(h.text, year)) continue;
          const outside = yearsIn(h.text).filter((y) => (oneYear ? y !== year : y < year));
          if (outside.length) {
            const y = outside.find((x) => x < year) ?? outside[0];
            // a plan laid out as steps, one a row: the finding stands on the step naming the year
            const where = h.lines ? locAt({ label: h.label, text: h.text, loc: h.loc ?? {}, lines: h.lines }, h.text.search(new RegExp(`(?<!\\d)${y}(?!\\d)`, "u"))) : h.loc;
            ctx.report({ messageId: oneYear ? "planOutsideYear" : "newPlanBefore", form, field: h.field, loc: at(where), evidence: h.text, data: { label: h.label, labelEn: h.field === "project.period" ? "project period" : "implementation plan", text: h.text.trim(), year: y, budgetYear: year } });
          }
        }
        for (const ind of form.indicators) {
          for (const f of VALUE_FIELDS) {
            const v = ind[f as "target"] as Value | null;
            // a bare number is a date only where a date is expected (时效): "2025013"
            if (!v || !v.raw.trim() || (v.kind === "numeric" && (v.unit || measureOfLevel2(ind.level2, ind.level1) !== "deadline"))) continue;
            const bad = malformed(v.raw);
            if (bad) {
              ctx.report({ messageId: "malformedDate", severity: "error", form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw, data: { field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim(), date: bad } });
              continue;
            }
            // a time target spanning decades ("2025年—2055年") is no deadline: a dummy period, unless the
            // form's own 项目期 runs that long
            if (f !== "target" || measureOfLevel2(ind.level2, ind.level1) !== "deadline") continue;
            const n = yearsIn(v.raw).length >= 2 ? periodYears(v.raw) : null;
            const own = form.project.period ? periodYears(form.project.period) : null;
            if (n !== null && n >= DUMMY_YEARS && (own === null || own < n)) {
              ctx.report({ messageId: "dummyTarget", form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw, data: { name: ind.name.trim(), text: v.raw.trim(), years: n } });
            }
          }
        }
        // a dummy period for a one-year project
        if (form.project.period && isOneYear(form)) {
          const n = periodYears(form.project.period);
          if (n !== null && n >= DUMMY_YEARS) {
            ctx.report({ messageId: "dummyPeriod", form, field: "project.period", loc: at(form.fields["project.period"]?.loc), evidence: form.project.period, data: { attribute: (form.project.attribute ?? "").trim(), text: form.project.period.trim(), years: n } });
          }
        }
        // a recurring project named after an earlier year
        // a year inside a work's title (《某县志（2011—2020）》, 《2023年度统计公报》) names what the work covers, not the
        // year the money is for: the title is left out before the name's own years are read
        const fullName = form.project.name ?? "";
        const name = fullName.replace(/《[^》]*》/gu, "《》");
        const m = NAME_YEAR.exec(name);
        if (year && m && +m[1] < year && (m[2] || RECURRING.test(name.slice(m.index)))) {
          ctx.report({ messageId: "staleProjectName", form, field: "project.name", evidence: fullName, data: { text: fullName.trim(), year: +m[1], budgetYear: year } });
        } else if (year) {
          // every year the name names lies before the budget year ("2019-2023年", "（2022.06-2023.06）")
          const ys = yearsIn(name);
          const last = ys.length ? Math.max(...ys) : null;
          if (last !== null && last < year) {
            ctx.report({ messageId: "pastYearName", severity: "info", form, field: "project.name", evidence: fullName, data: { text: fullName.trim(), year: last, budgetYear: year } });
          }
        }
      },
    };
  },
});
