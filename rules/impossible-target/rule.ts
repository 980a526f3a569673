/**
 * impossible-target: a target that cannot be met or means nothing (rates over 100% are
 * rate-over-100's):
 *  - a 下降/减少 of 100% or more ("立案数下降" 100%);
 *  - a 数量指标 whose name counts things, valued in % ("开展禁毒宣传活动、印刷宣传册" ≥95%);
 *  - a share that should be high (处理率, 合格率 …) capped from above ("故障处理率" <5%);
 *  - a cost cap far above the project's funds (≤200000万元 on a 20万元 project) or an absurd
 *    rent per square metre;
 *  - the value contradicting the indicator's own text: a different amount or count ("不超过679.63万元"
 *    valued 50万元, "五十类" valued ≥100项), or the opposite direction ("盗窃案件减少" valued 有效提升);
 *  - a unit that cannot belong to the level 2: 成本 valued with a date, area or count, 质量 valued
 *    with a date, 时效 valued with a count.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Form, Indicator, Value } from "../../src/model/types.js";
import { parseValue, parseChineseNumeral } from "../../src/normalize/value.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];

const DECREASE = /下降|减少|降低|压减|缩减/u;
const INCREASE_WORD = /提升|提高|增加|增长|增强|上升/u;
/** words that make a name a share or a change, so a % value is natural */
const SHARE = /率|比|度|占|覆盖|比例|百分|%|％|完成|到位|下降|减少|降低|增长|提高|提升|增幅|降幅|指数|水平/u;
/** shares that should be high; an upper bound on them is backwards */
const POSITIVE_RATE = /(合格|达标|完成|处理|处置|及时|满意|覆盖|到位|知晓|执行|支付|发放|破案|准确|正确|成功|出勤|在线|完好|利用|使用|办结|结案|响应|验收)(率|度)\s*[(（]?%?[)）]?$/u;
const MONEY_UNIT = /元/u;

/** money amounts and counts stated in a name: "不超过679.63万元", "五十类", "45 人" */
function statedInName(name: string): Value[] {
  const out: Value[] = [];
  const re = /(?:不超过|不高于|不低于|不少于|控制在|≤|≥|<|>)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(万元|元|亿元|类|项|个|人|次|台|套|处|件|辆|名)/gu;
  for (const m of name.matchAll(re)) {
    const num = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (num === null) continue;
    const v = parseValue(`${num}${m[2]}`);
    if (v.kind === "numeric") out.push(v);
  }
  return out;
}

function fundsBase(form: Form): number | null {
  const f = form.funds;
  const scale = f.unit === "万元" ? 10000 : f.unit === "元" ? 1 : null;
  if (scale === null) return null;
  const xs = [f.annualTotal, f.periodTotal, f.planned, f.adjusted, f.declared].filter((x): x is number => typeof x === "number" && x > 0);
  return xs.length ? Math.max(...xs) * scale : null;
}

export default defineRule<{ fundsFactor: number; maxMoneyPerSquareMetreMonth: number; nameTolerance: number }>({
  meta: {
    id: "impossible-target",
    category: "impossible-target",
    severity: "error",
    scope: "indicator",
    title: { zh: "指标值不可能达到或没有意义", en: "Impossible or meaningless target" },
    description: {
      zh: "指标值本身不可能实现或无法用于考核：下降100%、用百分比考核个数、成本上限远超项目资金、租金单价离谱、指标值与指标名称自相矛盾（名称写“不超过679.63万元”却填50万元，名称写“减少”却填“提升”）、成本指标填日期、质量指标填日期等。",
      en: "The target cannot be met or cannot be used: a 100% decrease, a count valued in %, a cost cap far above the project's funds, an absurd rent, a value contradicting the indicator's own text, or a unit that does not fit the level 2 (a date as a cost or quality target).",
    },
    messages: {
      decrease100: {
        zh: "“{{name}}”要求下降/减少{{text}}，即降为零，不可能实现，也无法考核。",
        en: "\"{{name}}\" asks for a decrease of {{text}}, i.e. to zero: not achievable.",
      },
      countInPercent: {
        zh: "数量指标“{{name}}”考核的是个数，指标值却是百分比“{{text}}”，应写具体数量和单位。",
        en: "Quantity indicator \"{{name}}\" counts things but is valued in percent (\"{{text}}\"); a count with its unit is expected.",
      },
      backwardsRate: {
        zh: "“{{name}}”应当越高越好，{{field}}却是上限“{{text}}”，方向写反了。",
        en: "\"{{name}}\" should be as high as possible, but {{fieldEn}} is a cap (\"{{text}}\"): the direction is reversed.",
      },
      costAboveFunds: {
        zh: "成本指标“{{name}}”的{{field}}“{{text}}”是项目资金（{{funds}}）的{{ratio}}倍，明显不合理。",
        en: "Cost indicator \"{{name}}\": {{fieldEn}} \"{{text}}\" is {{ratio}} times the project's funds ({{funds}}).",
      },
      absurdUnitCost: {
        zh: "成本指标“{{name}}”的{{field}}“{{text}}”单价明显不合理（每平方米每月超过{{max}}元），请核实单位。",
        en: "Cost indicator \"{{name}}\": {{fieldEn}} \"{{text}}\" is an absurd unit price (over {{max}} yuan per m² per month).",
      },
      contradictsName: {
        zh: "指标名称写的是“{{stated}}”，{{field}}却是“{{text}}”，二者矛盾。",
        en: "The indicator says \"{{stated}}\" but {{fieldEn}} is \"{{text}}\": they contradict each other.",
      },
      oppositeDirection: {
        zh: "指标名称“{{name}}”要求减少/下降，{{field}}却写“{{text}}”，方向相反。",
        en: "\"{{name}}\" asks for a decrease but {{fieldEn}} says \"{{text}}\" (an increase).",
      },
      wrongUnit: {
        zh: "{{level2}}“{{name}}”的{{field}}是{{what}}“{{text}}”，无法衡量{{measure}}。",
        en: "{{level2En}} \"{{name}}\": {{fieldEn}} is {{whatEn}} (\"{{text}}\"), which cannot measure {{measureEn}}.",
      },
    },
    options: z.object({ fundsFactor: z.number().positive(), maxMoneyPerSquareMetreMonth: z.number().positive(), nameTolerance: z.number().nonnegative() }).strict(),
    defaultOptions: { fundsFactor: 10, maxMoneyPerSquareMetreMonth: 1000, nameTolerance: 0.05 },
  },
  create(ctx) {
    const { fundsFactor, maxMoneyPerSquareMetreMonth, nameTolerance } = ctx.options;

    function check(ind: Indicator, form: Form, f: Field, v: Value): string | null {
      const name = ind.name.replace(/\s+/gu, "");
      const l2 = ind.level2 ?? "";
      const data: Record<string, string> = { name: ind.name.trim(), field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim(), level2: l2, level2En: l2 };
      const report = (messageId: string, extra: Record<string, string> = {}) => {
        ctx.report({ messageId, data: { ...data, ...extra }, form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
        return messageId;
      };
      const pct = v.kind === "numeric" && v.unit === "%" && v.value !== null;

      if (pct && DECREASE.test(name) && !INCREASE_WORD.test(name) && v.value! >= 100 && v.op !== "<=" && v.op !== "<") return report("decrease100");
      if (pct && /数量/u.test(l2) && !SHARE.test(name)) return report("countInPercent");
      if (pct && (v.op === "<" || v.op === "<=") && POSITIVE_RATE.test(name) && v.value! < 50) return report("backwardsRate");

      // text of the name against the value
      if (v.kind === "numeric" && v.value !== null && v.unit) {
        for (const s of statedInName(name)) {
          const sameMoney = s.dimension === "money" && v.dimension === "money" && s.base && v.base;
          const sameCount = s.dimension !== "money" && v.dimension !== "money" && !!s.unit && !!v.unit && (v.unit.includes(s.unit) || s.unit.includes(v.unit));
          const a = sameMoney ? s.base! : sameCount ? s.value! : null;
          const b = sameMoney ? v.base! : sameCount ? v.value! : null;
          if (a !== null && b !== null && Math.abs(a - b) > nameTolerance * Math.max(a, b)) return report("contradictsName", { stated: s.raw });
        }
      }
      if (DECREASE.test(name) && !INCREASE_WORD.test(name) && v.kind === "qualitative" && INCREASE_WORD.test(v.raw) && !DECREASE.test(v.raw)) return report("oppositeDirection");

      if (/成本/u.test(l2)) {
        if (v.kind === "numeric" && v.dimension === "money" && v.base) {
          const perArea = /平方米|㎡|m2/u.test(v.unit ?? "");
          if (perArea) {
            const perMonth = /月/u.test(v.unit ?? "") ? v.base : /年/u.test(v.unit ?? "") ? v.base / 12 : null;
            if (perMonth !== null && perMonth > maxMoneyPerSquareMetreMonth) return report("absurdUnitCost", { max: String(maxMoneyPerSquareMetreMonth) });
          } else if (v.op !== ">=" && v.op !== ">") {
            const funds = fundsBase(form);
            if (funds && v.base > fundsFactor * funds) {
              return report("costAboveFunds", { funds: `${funds.toLocaleString("zh-CN")}元`, ratio: String(Math.round(v.base / funds)) });
            }
          }
        }
        if (v.kind === "date") return report("wrongUnit", { what: "日期", whatEn: "a date", measure: "成本（应为金额）", measureEn: "a cost (an amount is expected)", level2En: "Cost indicator" });
        // "1000每人" is money without its unit, not a wrong dimension: only clear non-money units count
        if (v.kind === "numeric" && v.dimension && ["area", "length", "weight", "volume", "count"].includes(v.dimension) && !MONEY_UNIT.test(v.unit ?? "") && !/^每|\//u.test(v.unit ?? "")) {
          return report("wrongUnit", { what: "非金额的数量", whatEn: "a non-money quantity", measure: "成本（应为金额）", measureEn: "a cost (an amount is expected)", level2En: "Cost indicator" });
        }
      }
      if (/质量/u.test(l2) && v.kind === "date") return report("wrongUnit", { what: "日期", whatEn: "a date", measure: "质量", measureEn: "quality", level2En: "Quality indicator" });
      if (/时效/u.test(l2) && v.kind === "numeric" && v.dimension === "count") return report("wrongUnit", { what: "个数", whatEn: "a count", measure: "时效（应为时间或期限）", measureEn: "timeliness (a date or period is expected)", level2En: "Timeliness indicator" });
      return null;
    }

    return {
      indicator(ind, form) {
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || !v.raw.trim() || v.kind === "placeholder" || v.kind === "empty") continue;
          check(ind, form, f, v);
        }
      },
    };
  },
});
