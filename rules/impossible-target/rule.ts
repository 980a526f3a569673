/**
 * impossible-target: a target that cannot be met or means nothing (rates over 100% are
 * rate-over-100's):
 *  - a 下降/减少 of 100% or more ("立案数下降" 100%);
 *  - a 数量指标 whose name counts things, valued in % ("开展禁毒宣传活动、印刷宣传册" ≥95%);
 *  - a share that should be high (处理率, 合格率, 节约率 …) capped from above ("故障处理率" <5%), one
 *    that should be low (故障率, 事故率, 投诉率 …) given as a floor ("设备故障率" ≥3%), or
 *    the time the work takes given as a floor ("建成时间" ≥18月);
 *  - a headcount valued in another unit ("离退休干部人数" 1个, "培训人数" ≥100万元);
 *  - a rate or share valued in money, area, length, weight or volume ("培训合格率" ≥20万元);
 *  - a cost cap far above the project's funds (≤200000万元 on a 20万元 project) or an absurd
 *    rent per square metre;
 *  - the value contradicting the indicator's own text: a different amount or count ("不超过679.63万元"
 *    valued 50万元, "五十类" valued ≥100项), or the opposite direction ("盗窃案件减少" valued 有效提升);
 *  - a comparator against the row's own 指标方向性: 正向 (higher is better) with "≤"/"<", 反向 with "≥"/">"
 *    (warning: the form contradicts itself, and which of the two is wrong the row cannot say);
 *  - a unit that cannot belong to the level 2: 成本 valued with a date, area or count, 质量 valued
 *    with a date, 时效 valued with a count.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import type { Field } from "../../src/engine/types.js";
import type { Form, Indicator, Value } from "../../src/model/types.js";
import { parseValue, parseChineseNumeral } from "../../src/normalize/value.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "../../src/engine/fields.js";
import { level2Service, isShareName, isSure, type Measure } from "../../src/engine/services/level2.js";
import { fundsFor } from "../../src/engine/services/project.js";
import { perDistinctText } from "../../src/engine/services.js";

const FIELDS: Field[] = ["target", "annualTarget", "adjustedTarget"];

const DECREASE = /下降|减少|降低|压减|缩减/u;
const INCREASE_WORD = /提升|提高|增加|增长|增强|上升/u;
/** words that make a name a share or a change, so a % value is natural */
const SHARE = /率|比|度|占|覆盖|比例|百分|%|％|完成|到位|下降|减少|降低|增长|提高|提升|增幅|降幅|指数|水平/u;
/** shares that should be high; an upper bound on them is backwards */
const POSITIVE_RATE = /(合格|达标|完成|处理|处置|及时|满意|覆盖|到位|知晓|执行|支付|发放|破案|准确|正确|成功|出勤|在线|完好|利用|使用|办结|结案|响应|验收|节约|节省|节支)(率|度)\s*[(（]?%?[)）]?$/u;
/** rates that should be low (failures, accidents, complaints); a floor on them is backwards */
const NEGATIVE_RATE = /(故障|事故|差错|投诉|误报|漏报|发病|死亡|发案|返工|返修|违法|违规|违纪|流失|辍学|空置|损耗|超标|不合格|失败|出错|退回|复发)(率|比例)\s*[(（]?%?[)）]?$/u;
/** a time the work takes, which is a cap: "建成时间 ≥18月" asks for at least 18 months */
const DURATION_CAP = /(完成|建成|竣工|办结|交付|响应|处置|到位|建设|施工|维修|修复|审批|办理)(时间|时限|周期|工期|用时)$|工期$/u;
/** a headcount: its unit is a person (人, 名, 位, 人次) */
const HEADCOUNT = /人数$|人次$/u;
/** a person unit, in ten thousands or not, with "余"/"多" (more than) and per a span of time: "人", "万人次",
 *  "万余人次", "人次/月" — a headcount a month is still a headcount */
const PERSON_UNIT = /^万?[余多]?(人|名|位|人次|人\/次)(\/(日|天|周|旬|月|季|季度|半年|年))?$/u;
const MONEY_UNIT = /元/u;
/** dimensions a rate or share (…率, …比例) can never be measured in */
const SHARE_FOREIGN = new Set(["money", "area", "length", "weight", "volume"]);

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

/**
 * What the patterns say of an indicator name (spaces removed), once per distinct name: every value
 * column of every row asks, and a template's names recur on every copy of a form.
 */
interface NameFacts {
  decrease: boolean;
  increase: boolean;
  share: boolean;
  positiveRate: boolean;
  negativeRate: boolean;
  durationCap: boolean;
  headcount: boolean;
  shareName: boolean;
  yuan: boolean;
  unitCost: boolean;
  saving: boolean;
  stated: Value[];
}
const nameFacts = perDistinctText(
  (name: string): NameFacts => ({
    decrease: DECREASE.test(name),
    increase: INCREASE_WORD.test(name),
    share: SHARE.test(name),
    positiveRate: POSITIVE_RATE.test(name),
    negativeRate: NEGATIVE_RATE.test(name),
    durationCap: DURATION_CAP.test(name),
    headcount: HEADCOUNT.test(name),
    shareName: isShareName(name),
    yuan: /元/u.test(name),
    unitCost: UNIT_COST.test(name),
    saving: /节约|节省|降低|减少|压减|压缩/u.test(name),
    stated: statedInName(name),
  }),
);

/** a unit cost (元/人, 单价, 人均, 标准), which is not compared with the whole project's funds */
const UNIT_COST = /单价|人均|每人|每[个台套次件辆户年月天]|标准|均价|\/|元\s*[/每]/u;

const UNIT_WORDS: Record<string, { zh: string; en: string }> = {
  date: { zh: "日期", en: "a date" },
  count: { zh: "个数", en: "a count" },
  money: { zh: "金额", en: "an amount of money" },
  area: { zh: "面积", en: "an area" },
  length: { zh: "长度", en: "a length" },
  weight: { zh: "重量", en: "a weight" },
  volume: { zh: "体积", en: "a volume" },
  other: { zh: "非金额的数量", en: "a non-money quantity" },
};
const MEASURE_WORDS: Partial<Record<Measure, { zh: string; en: string; level2En: string }>> = {
  money: { zh: "成本（应为金额）", en: "a cost (an amount is expected)", level2En: "Cost indicator" },
  rate: { zh: "质量", en: "quality", level2En: "Quality indicator" },
  deadline: { zh: "时效（应为时间或期限）", en: "timeliness (a date or period is expected)", level2En: "Timeliness indicator" },
  satisfaction: { zh: "满意度（应为百分比）", en: "satisfaction (a percentage is expected)", level2En: "Satisfaction indicator" },
  count: { zh: "数量（应为个数、人数等）", en: "a quantity (a count is expected)", level2En: "Quantity indicator" },
};

function fundsColumn(form: Form, f: Field): string {
  if (form.kind === "self-assessment") return "预算数";
  return f === "annualTarget" ? "年度资金" : form.indicators.some((i) => i.annualTarget) ? "实施期资金" : "年度资金";
}
function fundsColumnEn(form: Form, f: Field): string {
  return { 预算数: "budget", 年度资金: "annual funds", 实施期资金: "implementation-period funds" }[fundsColumn(form, f)]!;
}

export default defineRule<{ fundsFactor: number; warnFactor: number; maxMoneyPerSquareMetreMonth: number; nameTolerance: number }>({
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
      backwardsLowRate: {
        zh: "“{{name}}”应当越低越好，{{field}}却是下限“{{text}}”，等于要求至少达到这个比率，方向写反了。",
        en: "\"{{name}}\" should be as low as possible, but {{fieldEn}} is a floor (\"{{text}}\"): the direction is reversed.",
      },
      backwardsDuration: {
        zh: "“{{name}}”是完成所用的时间，应写上限（“≤”），{{field}}却是“{{text}}”，等于要求至少拖这么久，方向写反了。",
        en: "\"{{name}}\" is the time the work takes, a cap (≤); {{fieldEn}} \"{{text}}\" asks for at least that long: the direction is reversed.",
      },
      headcountUnit: {
        zh: "“{{name}}”统计的是人数，{{field}}“{{text}}”的单位却是“{{unit}}”，名称与数值不对应，应写多少人。",
        en: "\"{{name}}\" counts people, but {{fieldEn}} \"{{text}}\" is in \"{{unit}}\": the unit does not fit the name.",
      },
      directionMismatch: {
        zh: "“{{name}}”的指标方向是{{direction}}，{{field}}却是“{{text}}”，比较符与方向相反，请核实哪一个填错了。",
        en: "\"{{name}}\" is marked {{directionEn}}, but {{fieldEn}} is \"{{text}}\": the comparator runs against the direction.",
      },
      shareUnit: {
        zh: "“{{name}}”是比率，{{field}}却是{{what}}“{{text}}”，比率应写百分比。",
        en: "\"{{name}}\" is a rate or share, but {{fieldEn}} is {{whatEn}} (\"{{text}}\"); a percentage is expected.",
      },
      costAboveFunds: {
        zh: "成本指标“{{name}}”的{{field}}“{{text}}”是本表{{fundsColumn}}（{{funds}}）的{{ratio}}倍，成本不可能超过项目资金，请核实金额和单位。",
        en: "Cost indicator \"{{name}}\": {{fieldEn}} \"{{text}}\" is {{ratio}} times the form's {{fundsColumnEn}} ({{funds}}); a cost cannot exceed the project's funds.",
      },
      unitCostAboveFunds: {
        zh: "成本指标“{{name}}”的单价“{{text}}”是本表{{fundsColumn}}（{{funds}}）的{{ratio}}倍：一个单位的价格就超过了项目全部资金，请核实金额和单位。",
        en: "Cost indicator \"{{name}}\": the unit price \"{{text}}\" is {{ratio}} times the form's {{fundsColumnEn}} ({{funds}}); one unit cannot cost more than the whole project.",
      },
      costFloor: {
        zh: "成本指标“{{name}}”的{{field}}是“{{text}}”：成本指标是上限，应写“≤”，写“≥”等于要求至少花这么多钱。",
        en: "Cost indicator \"{{name}}\": {{fieldEn}} is \"{{text}}\"; a cost target is a cap (≤), and \"≥\" asks to spend at least that much.",
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
    /** warnFactor: a cost above this many times the column's funds is a warning; fundsFactor: an error from this many times */
    options: z.object({ fundsFactor: z.number().positive(), warnFactor: z.number().positive(), maxMoneyPerSquareMetreMonth: z.number().positive(), nameTolerance: z.number().nonnegative() }).strict(),
    defaultOptions: { fundsFactor: 10, warnFactor: 1, maxMoneyPerSquareMetreMonth: 1000, nameTolerance: 0.05 },
  },
  create(ctx) {
    const { fundsFactor, maxMoneyPerSquareMetreMonth, nameTolerance } = ctx.options;
    const warnFactor = ctx.options.warnFactor ?? 1;
    const level2s = level2Service(ctx.knowledge);
    /** first characters of the rate words (覆 of 覆盖率, 合 of 合格率): a name whose last word is one of
     *  them alone was cut before its rate word ("增设第三卫生间公厕覆"), so its measure is unknown —
     *  truncated-text reports the cut, a percentage is no proof of a count */
    const rateHeads = new Set(ctx.knowledge.lexicon("rate-words").terms.map((w) => w[0]));
    const cutBeforeRate = (name: string) => {
      const words = ctx.services.words(name);
      const last = words[words.length - 1] ?? "";
      return words.length >= 2 && last.length === 1 && rateHeads.has(last);
    };

    function check(ind: Indicator, form: Form, f: Field, v: Value, name: string, facts: NameFacts): string | null {
      const l2 = ind.level2 ?? "";
      // the messages' data, made only when a finding is
      const base = (): Record<string, string> => ({ name: ind.name.trim(), field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text: v.raw.trim(), level2: l2, level2En: l2 });
      const report = (messageId: string, extra: Record<string, string> = {}) => {
        ctx.report({ messageId, data: { ...base(), ...extra }, form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
        return messageId;
      };
      const pct = v.kind === "numeric" && v.unit === "%" && v.value !== null;

      if (pct && facts.decrease && !facts.increase && v.value! >= 100 && v.op !== "<=" && v.op !== "<") return report("decrease100");
      if (pct && /数量/u.test(l2) && !facts.share && !cutBeforeRate(name)) return report("countInPercent");
      if (pct && (v.op === "<" || v.op === "<=") && facts.positiveRate && v.value! < 100) return report("backwardsRate");
      if (pct && (v.op === ">" || v.op === ">=") && facts.negativeRate && !facts.decrease && v.value! > 0) return report("backwardsLowRate");
      if (v.kind === "numeric" && v.dimension === "time" && (v.op === ">=" || v.op === ">") && facts.durationCap) return report("backwardsDuration");
      const against = ind.direction === "positive" ? v.op === "<=" || v.op === "<" : ind.direction === "negative" ? v.op === ">=" || v.op === ">" : false;
      if (v.kind === "numeric" && against) {
        const dir = ind.direction === "positive" ? { zh: "正向（越高越好）", en: "positive (higher is better)" } : { zh: "反向（越低越好）", en: "negative (lower is better)" };
        ctx.report({ messageId: "directionMismatch", severity: "warning", data: { ...base(), direction: dir.zh, directionEn: dir.en }, form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
        return "directionMismatch";
      }
      // a headcount in another unit: a count of things, or money, area … ("培训人数 ≥100万元"); % is countInPercent's
      if (v.kind === "numeric" && v.unit && v.dimension && v.dimension !== "percent" && v.dimension !== "time" && facts.headcount && !PERSON_UNIT.test(v.unit)) return report("headcountUnit", { unit: v.unit });
      // a rate or share is a percentage (or a ratio): money, an area, a length … cannot be one
      if (v.kind === "numeric" && v.unit && v.dimension && SHARE_FOREIGN.has(v.dimension) && facts.shareName && !facts.yuan) {
        const what = UNIT_WORDS[v.dimension] ?? UNIT_WORDS.other;
        return report("shareUnit", { what: what.zh, whatEn: what.en });
      }

      // text of the name against the value
      if (v.kind === "numeric" && v.value !== null && v.unit) {
        for (const s of facts.stated) {
          const sameMoney = s.dimension === "money" && v.dimension === "money" && s.base && v.base;
          const sameCount = s.dimension !== "money" && v.dimension !== "money" && !!s.unit && !!v.unit && (v.unit.includes(s.unit) || s.unit.includes(v.unit));
          const a = sameMoney ? s.base! : sameCount ? s.value! : null;
          const b = sameMoney ? v.base! : sameCount ? v.value! : null;
          if (a !== null && b !== null && Math.abs(a - b) > nameTolerance * Math.max(a, b)) return report("contradictsName", { stated: s.raw });
        }
      }
      if (facts.decrease && !facts.increase && v.kind === "qualitative" && INCREASE_WORD.test(v.raw) && !DECREASE.test(v.raw)) return report("oppositeDirection");

      if (/成本/u.test(l2)) {
        if (v.kind === "numeric" && v.dimension === "money" && v.base) {
          const perArea = /平方米|㎡|m2/u.test(v.unit ?? "");
          if (perArea) {
            const perMonth = /月/u.test(v.unit ?? "") ? v.base : /年/u.test(v.unit ?? "") ? v.base / 12 : null;
            if (perMonth !== null && perMonth > maxMoneyPerSquareMetreMonth) return report("absurdUnitCost", { max: String(maxMoneyPerSquareMetreMonth) });
          } else if (v.op !== ">=" && v.op !== ">") {
            // a unit price is compared with the funds too: one unit (台, 人, 次) dearer than the whole
            // project's money cannot be bought ("台式电脑采购单价 ≤60万元/台" with 19万元 of funds)
            const perUnit = facts.unitCost || UNIT_COST.test(v.raw);
            const funds = fundsFor(form, f);
            if (funds && v.base > warnFactor * funds * (1 + nameTolerance / 5)) {
              const ratio = v.base / funds;
              const severity = ratio >= fundsFactor ? "error" : "warning";
              ctx.report({
                messageId: perUnit ? "unitCostAboveFunds" : "costAboveFunds",
                severity,
                data: { ...base(), funds: `${funds.toLocaleString("zh-CN")}元`, fundsColumn: fundsColumn(form, f), fundsColumnEn: fundsColumnEn(form, f), ratio: ratio >= 10 ? String(Math.round(ratio)) : String(Math.round(ratio * 10) / 10) },
                form,
                indicator: ind,
                field: f,
                loc: { ...(v.loc ?? ind.loc), line: ind.line },
                evidence: v.raw,
              });
              return "costAboveFunds";
            }
          }
        }
        // costs are caps: a cost target with ≥ / > asks to spend at least that much
        if (v.kind === "numeric" && v.dimension === "money" && (v.op === ">=" || v.op === ">") && !facts.saving) {
          ctx.report({ messageId: "costFloor", severity: "warning", data: base(), form, indicator: ind, field: f, loc: { ...(v.loc ?? ind.loc), line: ind.line }, evidence: v.raw });
          return "costFloor";
        }
      }
      // a unit foreign to the level 2 (the shared level-2 service knows which): a date or an area as
      // a cost, a date as a quality, a count or money as a deadline, a count as a satisfaction rate.
      // "1000每人" is money without its unit, not a wrong dimension.
      const measure = level2s.current(ind);
      // a row that sits under the wrong level 2 (a headcount under 质量) is misclassified-indicator's
      if (measure && level2s.foreign(measure, v) && !isSure(level2s.misplaced(ind)) && !(measure === "money" && (MONEY_UNIT.test(v.unit ?? "") || /^每|\//u.test(v.unit ?? "")))) {
        const what = UNIT_WORDS[v.kind === "date" ? "date" : v.dimension ?? "other"] ?? UNIT_WORDS.other;
        const m = MEASURE_WORDS[measure] ?? { zh: ind.level2 ?? "", en: ind.level2 ?? "", level2En: ind.level2 ?? "" };
        return report("wrongUnit", { what: what.zh, whatEn: what.en, measure: m.zh, measureEn: m.en, level2En: m.level2En });
      }
      return null;
    }

    return {
      indicator(ind, form) {
        let name: string | null = null;
        let facts: NameFacts | null = null;
        for (const f of FIELDS) {
          const v = ind[f as "target"] as Value | null;
          if (!v || !v.raw.trim() || v.kind === "placeholder" || v.kind === "empty") continue;
          name ??= ind.name.replace(/\s+/gu, "");
          facts ??= nameFacts(name);
          check(ind, form, f, v, name, facts);
        }
      },
    };
  },
});
