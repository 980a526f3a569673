/**
 * narrative-contradicts-table: the 项目绩效分析 (and 实际完成情况) must agree with the table —
 * its 预算执行率 with the table's 执行率, its 全年预算/执行/结余 amounts with the funds (within the rounding of
 * the written figure), its money completion rate with the funds, its satisfaction
 * figures with the 满意度 actuals (below the lowest, or above the highest when all are plain figures), the
 * quantities it states with the 数量 actuals they name (same subject, same unit), its total score ("自评得分96.46分")
 * with the 总分, its overspending/savings claims with 结余 and 执行率; a problem
 * analysis admitting a delay while a 时效 indicator has full marks is info.
 * Reported at the line of the sentence that makes the claim (docs/labelling.md; decision 93), also
 * inside a cell written over several lines (a quoted multi-line TAB cell, a wrapped "|" cell: decision
 * 94); the section's first line when the reader did not record which line each piece came from.
 */
import { defineRule, type ReportDescriptor } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import type { Loc } from "../../src/model/loc.js";
import {
  amountClaims,
  computedRate,
  executionRateClaims,
  fundsTotalLeftBlank,
  fmt,
  indicatorShare,
  isNum,
  moneyCompletionClaims,
  narrativeLocAt,
  overspendClaim,
  satisfactionClaims,
  savingsClaim,
  scoredByShares,
  statedRate,
  totalScoreClaims,
} from "../../src/engine/services/scoring.js";

/** a narrative admitting the work ran late: "导致进度略有延迟", "工资发放滞后", "试运行期延长15天" */
const DELAY = /[^，,。；;]{0,12}(延迟|滞后|延误|拖延|推迟|延期|未能?按(期|时)|延长\d+\s*(天|日|个月|周)|影响了?(整体|工程|项目)?进度)[^，,。；;]{0,8}/u;
/** … unless it says there was none ("无延迟", "未出现滞后"), or the lag is the spending's ("预算执行进度滞后": 执行率's business, not 时效's) */
const NO_DELAY = /(无|未|没有|未出现|未发生|不存在|避免|防止)[^，,。；;]{0,4}(延迟|滞后|延误|拖延|推迟|延期)|(执行|支出|资金|预算|拨付)进度[^，,。；;]{0,2}(延迟|滞后|延误|拖延|推迟|延期)/u;

/** a clause that states a plan, a target, a past year or a running total rather than the year's result */
const NOT_RESULT = /目标|计划|预期|任务|要求|上年|去年|同期|累计|以上|以下|不少于|不低于|不超过|超过|至少|约|近|余|多/u;

/** words right before a figure that make it a difference (an excess, an increase, a shortfall), not the total */
const DIFFERENCE = /(超额|超出|增加|增长|减少|下降|提高|降低|多|少|差)(完成|了)?$/u;

/** words before a figure in its clause that make it a share of each part, not the total: 各 (not 各类, 各项 …), 每, 分别, 平均 */
const PART = /各(?![类项级种界地部个])|每|分别|平均/u;
/** a clause listing figures item by item, joined by 、: "终端8台、无人机4架" */
const ENUMERATION = /\d[^\d、，,。；;]{0,4}、[^\d、，,。；;]{0,10}\d/u;

/** a figure whose digits are the start of another's, shorter ("30" of "305", "1.2" of "1.25"): the rest went to the next line */
const cutOf = (figure: string, whole: string) => figure.length < whole.length && whole.startsWith(figure);

/** the longest run of Chinese characters that a and b share (a few short names against a clause: plain search) */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let k = best + 1; i + k <= a.length; k++) {
      const piece = a.slice(i, i + k);
      if (!/^\p{Script=Han}+$/u.test(piece) || !b.includes(piece)) break;
      best = k;
    }
  }
  return best;
}

/**
 * The quantity claims of a narrative that contradict a quantity indicator's actual: a clause naming the
 * indicator's subject (four Chinese characters or more of its name) and stating a figure in the very unit of
 * its actual ("全年办理各类不动产登记4.2万件" against 不动产登记办件量 3.8万件), the figure neither the actual (within
 * its rounding) nor the target, in a clause that states the year's result (no 目标, 计划, 上年, 累计, 以上 …), and
 * not as a difference (超额完成1期, 增加2场).
 */
/** a count, or a unit the normaliser does not know ("万页"): the claim must then carry the very same unit, which
 *  is what ties it to the row; money, rates, times and measures (area, length) are other checks' or none */
const countLike = (d: string | null | undefined) => d === "count" || d === "other";

function quantityClaims(text: string, form: Form): { claim: string; indicator: string; actual: string; index: number }[] {
  const rows = form.indicators.filter((i) => /数量/u.test(i.level2 ?? "") && i.actual?.kind === "numeric" && isNum(i.actual.value) && !!i.actual.unit && countLike(i.actual.dimension) && (!i.actual.op || i.actual.op === "="));
  if (!rows.length) return [];
  const out: { claim: string; indicator: string; actual: string; index: number }[] = [];
  let at = 0;
  for (const clause of text.split(/(?<=[，,。；;！!])/u)) {
    const start = at;
    at += clause.length;
    if (NOT_RESULT.test(clause)) continue;
    const c = clause.replace(/\s+/gu, "");
    for (const ind of rows) {
      const a = ind.actual!;
      const unit = a.unit!;
      const m = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)${unit.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}`, "u").exec(c);
      if (!m) continue;
      const name = ind.name.replace(/\s+/gu, "");
      if (sharedRun(name, c.slice(0, m.index)) < 4) continue;
      // a difference, not the total: "超额完成1期", "较上年增加2场", "少3人"
      if (DIFFERENCE.test(c.slice(0, m.index))) continue;
      // a part, not the total: each of several ("上半年和下半年各完成检测1次", "每季度1次"), or one item of a list
      // ("购置移动执法终端8台、无人机4架" against 终端/无人机 12台（架）)
      if (PART.test(c.slice(0, m.index)) || ENUMERATION.test(c)) continue;
      const v = Number(m[1]);
      const decimals = (m[1].split(".")[1] ?? "").length;
      const slack = 0.5 * 10 ** -decimals + 1e-9;
      const target = [ind.target, ind.annualTarget, ind.adjustedTarget].find((x) => x?.kind === "numeric" && x.unit === unit && isNum(x.value));
      if (Math.abs(v - (a.value as number)) <= slack || (target && Math.abs(v - (target.value as number)) <= 1e-9)) continue;
      // the figure's digits begin the actual's ("30座" against 305座): a number cut where a wrapped cell broke, not a claim
      if (cutOf(m[1], String(a.value))) continue;
      out.push({ claim: m[0], indicator: name, actual: a.raw.trim(), index: start + Math.max(0, clause.indexOf(m[1])) });
    }
  }
  return out;
}

const AMOUNT_NAMES = { adjusted: ["全年预算数", "budget"], executed: ["全年执行数", "amount spent"], balance: ["资金结余", "balance"] } as const;

interface Piece {
  text: string;
  loc: Loc;
  /** the location of the row holding the character at an index of text */
  at: (index: number) => Loc;
  field: "narrative" | "goals.actual";
  section: string;
}

function pieces(form: Form): Piece[] {
  const out: Piece[] = form.narrative.map((n) => ({ text: n.text, loc: n.loc, at: (i: number) => narrativeLocAt(n, i), field: "narrative" as const, section: n.section }));
  const actual = form.goals.actual;
  if (actual) out.push({ text: actual.text, loc: actual.loc, at: () => actual.loc, field: "goals.actual", section: "实际完成情况" });
  return out;
}

export default defineRule({
  meta: {
    id: "narrative-contradicts-table",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "绩效分析与表内数据矛盾", en: "Narrative contradicts the table" },
    description: {
      zh: "项目绩效分析（及实际完成情况）中的预算执行率、资金完成率、满意度、超支或结余的说法，应与表内的执行率、执行数、结余和满意度实际完成值一致。文字与表格矛盾，说明分析是套写的，至少有一处不实。",
      en: "The narrative's execution rate, completion rate, satisfaction figures and overspending/savings claims must agree with the table.",
    },
    messages: {
      rate: {
        zh: "{{section}}写“{{claim}}”，但表中执行率为 {{rate}}%。",
        en: "{{section}} says \"{{claim}}\", but the table's execution rate is {{rate}}%.",
      },
      completion: {
        zh: "{{section}}写“{{claim}}”，但表中执行率为 {{rate}}%{{calc}}。",
        en: "{{section}} says \"{{claim}}\", but the table's execution rate is {{rate}}%{{calcEn}}.",
      },
      satisfaction: {
        zh: "{{section}}写“{{claim}}”，低于满意度指标的实际完成值 {{actual}}，两者矛盾。",
        en: "{{section}} says \"{{claim}}\", below the satisfaction actual {{actual}}.",
      },
      satisfactionAbove: {
        zh: "{{section}}写“{{claim}}”，高于满意度指标的实际完成值 {{actual}}，分析夸大了完成情况。",
        en: "{{section}} says \"{{claim}}\", above the satisfaction actual {{actual}}: the narrative overstates the result.",
      },
      overspend: {
        zh: "{{section}}称“{{claim}}”，但表中全年执行数 {{executed}} 未超过全年预算数 {{adjusted}}（执行率 {{rate}}%）。",
        en: "{{section}} claims overspending (\"{{claim}}\"), but {{executed}} spent does not exceed the budget {{adjusted}}.",
      },
      delay: {
        zh: "{{section}}写“{{claim}}”，承认进度延误，时效指标“{{indicator}}”却得满分 {{score}} 分，请核实时效指标的评分。",
        en: "{{section}} admits a delay (\"{{claim}}\"), yet the timeliness indicator \"{{indicator}}\" has full marks ({{score}}).",
      },
      amount: {
        zh: "{{section}}写“{{claim}}”，但表中{{what}}为 {{table}} 万元。",
        en: "{{section}} says \"{{claim}}\", but the table's {{whatEn}} is {{table}} (10k yuan).",
      },
      quantity: {
        zh: "{{section}}写“{{claim}}”，但数量指标“{{indicator}}”的实际完成值为 {{actual}}，两者矛盾。",
        en: "{{section}} says \"{{claim}}\", but the quantity indicator \"{{indicator}}\" reports {{actual}}.",
      },
      total: {
        zh: "{{section}}写“{{claim}}”，但表中总分为 {{total}}，两者矛盾。",
        en: "{{section}} says \"{{claim}}\", but the table's total is {{total}}.",
      },
      savings: {
        zh: "{{section}}称“{{claim}}”，但表中资金结余为 {{balance}}、执行率 {{rate}}%，并无结余。",
        en: "{{section}} claims savings (\"{{claim}}\"), but the balance is {{balance}} and the rate {{rate}}%.",
      },
    },
  },
  create(ctx) {
    const tol = ctx.knowledge.scheme.tolerance.rate;
    return {
      form(form) {
        const rate = statedRate(form) ?? computedRate(form);
        // satisfaction actuals: the lowest stated figure is what every satisfaction claim must reach
        const satActuals = form.indicators
          .filter((i) => /满意/.test(i.level2 ?? "") || /满意度/.test(i.name))
          .map((i) => i.actual)
          .filter((a) => a && a.kind === "numeric" && a.unit === "%" && isNum(a.value) && a.op !== "<=" && a.op !== "<");
        const satMin = satActuals.length ? Math.min(...satActuals.map((a) => a!.value as number)) : null;
        const satRaw = satActuals.find((a) => a!.value === satMin)?.raw.trim() ?? "";
        // the highest satisfaction the table reports, when every actual is a plain figure (an actual
        // written "≥96%" copies its target and bounds nothing): a claim above it is not in the table
        const satExact = satActuals.every((a) => a!.op !== ">=" && a!.op !== ">");
        const satMax = satActuals.length && satExact ? Math.max(...satActuals.map((a) => a!.value as number)) : null;
        const satMaxRaw = satActuals.find((a) => a!.value === satMax)?.raw.trim() ?? "";
        const { executed, adjusted, balance } = form.funds;
        /** the table's amount a narrative claim names, in 万元 */
        const tableAmount = (kind: "adjusted" | "executed" | "balance"): number | null => {
          const perWan = form.funds.unit === "元" ? 1 / 10000 : 1;
          const budget = isNum(adjusted) ? adjusted : null;
          const v = kind === "adjusted" ? budget : kind === "executed" ? (isNum(executed) ? executed : null) : isNum(balance) ? balance : budget !== null && isNum(executed) ? budget - executed : null;
          return v === null || fundsTotalLeftBlank(form) ? null : v * perWan;
        };

        // a 时效 indicator with full marks: a narrative admitting a delay contradicts it (checklist item 10; info)
        const timely = form.indicators.find((i) => /时效/u.test(i.level2 ?? "") && isNum(i.weight) && i.weight > 0 && i.score === i.weight);
        for (const p of pieces(form)) {
          const base = { form, field: p.field, loc: p.loc };
          // on the row of the sentence holding the claim, not the section's first row
          const report = (d: ReportDescriptor) => ctx.report({ ...d, loc: p.at(p.text.indexOf(d.evidence)) });
          const section = p.section;
          // only where the form states its problems: elsewhere "避免勤务延误" is a purpose, not an admission
          const delay = timely && p.field === "narrative" && /问题|原因|不足|困难/u.test(section) ? DELAY.exec(p.text) : null;
          if (delay && !NO_DELAY.test(p.text.slice(Math.max(0, delay.index - 6), delay.index + delay[0].length))) {
            report({ ...base, messageId: "delay", severity: "info", data: { section, claim: delay[0], indicator: timely!.name.trim(), score: fmt(timely!.score) }, evidence: delay[0], expected: "与时效指标得分一致的分析" });
          }
          if (isNum(rate)) {
            for (const c of executionRateClaims(p.text)) {
              if (c.atLeast ? c.value <= rate + tol : Math.abs(c.value - rate) <= tol) continue;
              report({ ...base, messageId: "rate", data: { section, claim: c.text, rate: fmt(rate) }, evidence: c.text, expected: `预算执行率${fmt(rate)}%` });
            }
            for (const c of moneyCompletionClaims(p.text)) {
              const calc = isNum(c.planned) && isNum(c.done) && c.planned > 0 ? (c.done / c.planned) * 100 : null;
              const offRate = Math.abs(c.value - rate) > tol;
              const offCalc = calc !== null && Math.abs(c.value - calc) > tol;
              if (!offRate || (calc !== null && !offCalc)) continue;
              report({
                ...base,
                messageId: "completion",
                data: {
                  section,
                  claim: c.text,
                  rate: fmt(rate),
                  calc: calc !== null ? `，按文中数字 ${fmt(c.done)}÷${fmt(c.planned)} 也只有 ${fmt(Math.round(calc * 10) / 10)}%` : "",
                  calcEn: calc !== null ? `, and ${fmt(c.done)}/${fmt(c.planned)} = ${fmt(Math.round(calc * 10) / 10)}%` : "",
                },
                evidence: c.text,
                expected: `${fmt(rate)}%`,
              });
            }
          }
          if (satMin !== null && (p.field === "goals.actual" || /满意|效益|绩效|情况/.test(section))) {
            for (const c of satisfactionClaims(p.text)) {
              // "满意度达到90%以上" with an actual of 96% is a weaker statement, not a contradiction
              if (c.atLeast) continue;
              // a figure above every satisfaction actual overstates the result as much as one below it understates it
              if (satMax !== null && c.value > satMax + tol) {
                report({ ...base, messageId: "satisfactionAbove", data: { section, claim: c.text, actual: satMaxRaw }, evidence: c.text, expected: satMaxRaw });
                continue;
              }
              if (c.value + tol >= satMin) continue;
              report({ ...base, messageId: "satisfaction", data: { section, claim: c.text, actual: satRaw }, evidence: c.text, expected: satRaw });
            }
          }
          // the total score the narrative states ("项目自评得分96.46分") is the 总分 row's (checklist item 10): within the
          // rounding of the figure as written. Not in a form whose indicator part is converted by a share (its
          // narratives state the raw and the converted score alike), nor where one text states several scores
          // (a department's analysis of its projects)
          if (p.field === "narrative" && isNum(form.total) && indicatorShare(form) === null && !scoredByShares(form)) {
            const claims = totalScoreClaims(p.text);
            if (new Set(claims.map((c) => c.value)).size === 1) {
              const c = claims[0];
              const decimals = (/\.(\d+)/u.exec(c.text)?.[1] ?? "").length;
              if (Math.abs(c.value - form.total) > 0.5 * 10 ** -decimals + 0.005 + 1e-9) {
                report({ ...base, messageId: "total", data: { section, claim: c.text, total: fmt(form.total) }, evidence: c.text, expected: `${fmt(form.total)}分` });
              }
            }
          }
          if (p.field === "narrative") {
            for (const c of amountClaims(p.text)) {
              const t = tableAmount(c.kind);
              if (t === null) continue;
              // a figure written with fewer decimals than the table's is rounded: half its last place, plus a cent
              const decimals = (c.text.match(/\d+(?:\.(\d+))?\s*万?元/u)?.[1] ?? "").length;
              const slack = 0.5 * 10 ** -decimals + 0.005;
              if (Math.abs(c.value - t) <= slack) continue;
              const what = AMOUNT_NAMES[c.kind];
              report({ ...base, messageId: "amount", data: { section, claim: c.text, what: what[0], whatEn: what[1], table: fmt(t) }, evidence: c.text, expected: `${fmt(t)}万元` });
            }
          }
          // the analysis only: comparing the figures an indicator row's 实际完成情况 cell states as well (dev-26,
          // decision 137) gave a false alarm on a clean form of a held-out set at the coordinator's gate, so it is
          // withdrawn until a development set shows how such cells state their figures
          if (p.field === "narrative") {
            for (const q of quantityClaims(p.text, form)) {
              ctx.report({ ...base, loc: p.at(q.index), messageId: "quantity", data: { section, claim: q.claim, indicator: q.indicator, actual: q.actual }, evidence: q.claim, expected: q.actual });
            }
          }
          if (p.field === "narrative" && /预算|执行|资金/.test(section) && isNum(executed) && isNum(adjusted) && adjusted > 0) {
            const over = overspendClaim(p.text);
            if (over && executed <= adjusted + 1e-9) {
              report({ ...base, messageId: "overspend", data: { section, claim: over, executed: fmt(executed), adjusted: fmt(adjusted), rate: fmt(rate) }, evidence: over, expected: "与表中执行数一致的说明" });
            }
            const save = savingsClaim(p.text);
            if (save && isNum(balance) && balance === 0 && isNum(rate) && rate >= 100 - tol) {
              report({ ...base, messageId: "savings", data: { section, claim: save, balance: fmt(balance), rate: fmt(rate) }, evidence: save, expected: "与表中结余一致的说明" });
            }
          }
        }
      },
    };
  },
});
