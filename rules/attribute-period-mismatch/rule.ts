/**
 * attribute-period-mismatch (checklist item 6): 项目属性, 项目期 and 项目实施计划 must tell one story.
 *  - 项目属性 says one year (一次性项目（1年结束）, 一年期项目) but 项目期 says more ("3年", "2023-2025");
 *  - 项目属性 says several years (多年期, 跨年) but 项目期 says one year (a recurring 经常性 / 延续 project is
 *    funded year by year: 1年 and "常年实施" are its normal state; a checkbox printed with every option
 *    unticked, "新增项目 延续项目", states no attribute);
 *  - a one-year project whose 项目实施计划 says it runs every year or for long (常年实施, 每年, 长期);
 *  - a one-year project whose term indicator lasts longer ("雇佣时限 长期", "租赁时间 2年"; not a
 *    warranty or a lifetime: 质保期限, 使用年限).
 * Dates outside the budget year are project-dates'; 实施期 vs 年度 funds of a one-year project are
 * fund-split-sum's.
 */
import { defineRule } from "../../src/engine/types.js";
import { details, isOneYear, MULTI_YEAR_ATTRIBUTE, PLAN_LABEL, periodYears } from "../../src/engine/services/project.js";

const ONE_YEAR_ATTRIBUTE = /一次性|一年期|1\s*年(结束|期)|当年/u;
/** a recurring project (经常性项目, 延续项目): funded year by year, so a 项目期 of 1年 and a plan that runs
 *  every year are its normal state, not a contradiction */
const RECURRING_ATTRIBUTE = /经常性|常年|延续/u;
/** a recurring attribute that does not also say it spans years ("延续项目（多年期）" does) */
const recurringOnly = (a: string) => RECURRING_ATTRIBUTE.test(a) && !/多年|跨年/u.test(a);
/** a template's checkbox printed with every option and none ticked ("新增项目 延续项目"): no attribute */
const UNTICKED = /新增.*延续|延续.*新增/u;
/** words of a plan that recurs or lasts: 常年实施, 每年, 长期, 逐年, 多年 */
const RECURRING_PLAN = /常年|每年|长期|逐年|多年|持续实施|年年/u;

/** an indicator naming the term of the work or service: 雇佣时限, 租赁时间, 服务期限, 实施周期 */
const TERM_NAME = /(时限|期限|期间|周期|工期|租期|服务期|(雇佣|聘用|租赁|服务|实施|建设|合同|项目)(时间|年限))$/u;
/** … not a lifetime or a guarantee, which may well outlast the year: 质保期限, 使用年限, 存储期限 */
const LIFETIME_NAME = /质保|保修|保质|使用|寿命|存储|保存|有效期|维护期/u;

/** "长期", "常年", "2年", "3 年", "18个月" — a term longer than one year */
function tooLong(raw: string): boolean {
  const t = raw.replace(/\s+/gu, "");
  if (/^[=≥>]?(长期|常年|永久|多年|持续)$/u.test(t)) return true;
  const y = /^[=≥>]?(\d+(?:\.\d+)?)年$/u.exec(t);
  if (y) return +y[1] > 1;
  const mo = /^[=≥>]?(\d+)个?月$/u.exec(t);
  return !!mo && +mo[1] > 12;
}

export default defineRule({
  meta: {
    id: "attribute-period-mismatch",
    category: "inconsistency",
    severity: "warning",
    scope: "form",
    appliesTo: ["target", "self-assessment"],
    title: { zh: "项目属性与项目期、实施计划矛盾", en: "Project attribute contradicts the period or the plan" },
    description: {
      zh: "项目属性、项目期和项目实施计划说的应是同一件事：属性写“一次性项目（1年结束）”而项目期写“3年”，属性写“延续项目”“多年期”而项目期写“1年”，或一次性项目的实施计划写“常年实施”“每年”，说明表头是随手填写或照搬的，资金安排和目标的期限也就无从核对。",
      en: "The project attribute, period and implementation plan disagree: a one-off project with a 3-year period, a multi-year project with a 1-year period, or a one-off project whose plan says it runs every year.",
    },
    messages: {
      oneYearLongPeriod: {
        zh: "项目属性是“{{attribute}}”（一年期），项目期却是“{{period}}”，二者矛盾。",
        en: "The attribute \"{{attribute}}\" says one year, but the period is \"{{period}}\".",
      },
      multiYearOnePeriod: {
        zh: "项目属性是“{{attribute}}”，项目期却只有“{{period}}”，二者矛盾。",
        en: "The attribute \"{{attribute}}\" says several years or recurring, but the period is \"{{period}}\".",
      },
      longTimeTarget: {
        zh: "本项目是一年期项目（{{attribute}}），指标“{{name}}”的指标值却是“{{value}}”，超出一年，与项目属性矛盾。",
        en: "A one-year project ({{attribute}}), but the indicator \"{{name}}\" is valued \"{{value}}\", longer than a year.",
      },
      recurringPlan: {
        zh: "本项目是一年期项目（{{attribute}}），{{label}}却写“{{text}}”，与项目属性矛盾。",
        en: "A one-year project ({{attribute}}), but its {{labelEn}} says \"{{text}}\" (recurring or long-running).",
      },
    },
  },
  create(ctx) {
    return {
      form(form) {
        const stated = (form.project.attribute ?? "").trim();
        const attribute = UNTICKED.test(stated) ? "" : stated;
        const period = (form.project.period ?? "").trim();
        const years = period ? periodYears(period) : null;
        const data = { attribute, period };
        if (attribute && ONE_YEAR_ATTRIBUTE.test(attribute) && years !== null && years > 1 && years < 10) {
          ctx.report({ messageId: "oneYearLongPeriod", form, field: "project.attribute", evidence: attribute, data });
        } else if (attribute && MULTI_YEAR_ATTRIBUTE.test(attribute) && !recurringOnly(attribute) && !ONE_YEAR_ATTRIBUTE.test(attribute) && years === 1) {
          ctx.report({ messageId: "multiYearOnePeriod", form, field: "project.attribute", evidence: attribute, data });
        }
        if (!isOneYear(form) || recurringOnly(attribute)) return;
        for (const d of details(form, PLAN_LABEL)) {
          const m = RECURRING_PLAN.exec(d.text);
          if (!m) continue;
          ctx.report({ messageId: "recurringPlan", form, field: "project.details", loc: d.loc, evidence: d.text, data: { attribute: attribute || period, label: d.label, labelEn: "implementation plan", text: d.text.trim() } });
        }
        // a time target of a one-year project that lasts longer: "雇佣时限 长期", "租赁时间 2年"
        for (const ind of form.indicators) {
          const name = ind.name.replace(/\s+/gu, "");
          if (!TERM_NAME.test(name) || LIFETIME_NAME.test(name)) continue;
          for (const field of ["target", "annualTarget"] as const) {
            const v = ind[field];
            if (!v || !tooLong(v.raw)) continue;
            ctx.report({ messageId: "longTimeTarget", form, indicator: ind, field, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw, data: { attribute: attribute || period, name: ind.name.trim(), value: v.raw.trim() } });
          }
        }
      },
    };
  },
});
