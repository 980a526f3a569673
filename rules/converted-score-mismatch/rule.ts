/**
 * converted-score-mismatch (checklist item 9, converted scores): in a form scored by weight shares
 * (权重占比 per row, 得分 out of 100, 折算得分 = 得分 × 权重占比) —
 *  - a row's 折算得分 that is not its 得分 × 权重占比;
 *  - 权重占比 that do not add up to 100% (with the budget line's share, or 100% less the scheme's
 *    budget weight when the budget line's share is not read);
 *  - a total (合计 / 总分) outside Σ折算得分 + what the budget line can add (exactly Σ折算得分 + the budget
 *    line's 折算得分 when the funds block writes it, which must itself be its 得分 × 权重占比);
 * and in a form converting its whole indicator part by one share (指标得分小计 × 权重占比 = 折算得分,
 * 总分 = 折算得分 + the budget line's 得分): a 小计 that is not Σ得分, a 折算得分 that is not 小计 × share;
 * and in a department form's table of projects (项目自评得分 × 权重占比 = 折算得分, 合计 = Σ折算得分): a
 * project line's 折算得分 that is not its 得分 × 权重占比, a 合计 that is not their sum, and a line's
 * 权重占比 that is not its budget ÷ the lines' total budget (within one unit of the share's last written
 * digit).
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { fmt, indicatorShare, isNum, round2, scored, scoredByShares, totalLoc } from "../../src/engine/services/scoring.js";

/** a product of two two-decimal figures rounded to two decimals: off by at most a cent or two */
const CONVERTED_ROUNDING = 0.02;

export default defineRule({
  meta: {
    id: "converted-score-mismatch",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "折算得分算错", en: "Converted score miscalculated" },
    description: {
      zh: "按权重占比评分的自评表，每项得分按百分制打分，折算得分 = 得分 × 权重占比，总分 = 各项折算得分之和；权重占比合计应为 100%。折算得分、权重合计或总分算错，自评结果就不可信。",
      en: "In a self-assessment scored by weight shares, each row is scored out of 100 and its converted score is score × share; shares sum to 100% and the total is the sum of converted scores.",
    },
    messages: {
      converted: {
        zh: "“{{name}}”得分 {{score}}、权重占比 {{share}}%，折算得分应为 {{expected}}，表中填 {{converted}}。",
        en: "\"{{name}}\": score {{score}} × share {{share}}% = {{expected}}, but the converted score is {{converted}}.",
      },
      shareSum: {
        zh: "各指标权重占比合计 {{sum}}%，加上预算执行{{budget}}应为 100%。",
        en: "The indicators' weight shares sum to {{sum}}%; with the budget line's {{budgetEn}} they should make 100%.",
      },
      subtotal: {
        zh: "指标得分小计填 {{subtotal}}，但各指标得分合计 {{sum}}。",
        en: "The indicator subtotal is {{subtotal}}, but the indicator scores add up to {{sum}}.",
      },
      convertedTotal: {
        zh: "指标得分小计 {{subtotal}} × 权重占比 {{share}}% = {{expected}}，表中折算得分填 {{converted}}。",
        en: "Indicator subtotal {{subtotal}} × share {{share}}% = {{expected}}, but the converted score is {{converted}}.",
      },
      projectShare: {
        zh: "“{{name}}”{{column}} {{budget}}，占各项目{{column}}合计 {{sum}} 的 {{expected}}%，表中权重占比填 {{share}}%。",
        en: "\"{{name}}\": {{columnEn}} {{budget}} is {{expected}}% of the projects' {{sum}}, but its weight share is {{share}}%.",
      },
      projectTotal: {
        zh: "项目支出折算得分合计填 {{total}}，但各项目折算得分之和为 {{sum}}。",
        en: "The projects' converted scores are totalled as {{total}}, but they add up to {{sum}}.",
      },
      totalWithBudget: {
        zh: "总分填 {{total}}，但各指标折算得分合计 {{sum}}，加预算执行折算得分 {{budget}}，应为 {{expected}}。",
        en: "The total is {{total}}, but the converted scores sum to {{sum}}; with the budget line's {{budget}} it should be {{expected}}.",
      },
      total: {
        zh: "总分填 {{total}}，但各指标折算得分合计 {{sum}}，加预算执行折算得分（最多 {{budget}}）应在 {{low}}–{{high}} 之间。",
        en: "The total is {{total}}, but the converted scores sum to {{sum}}; with the budget line (at most {{budget}}) it should lie in {{low}}–{{high}}.",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    const tol = scheme.tolerance.score;
    /**
     * one share for the whole indicator part (指标得分小计 × 权重占比 = 折算得分): the 小计 must be Σ得分
     * (scheme.tolerance.score), the 折算得分 the 小计 × share (two-decimal rounding of a product of two
     * rounded figures: within CONVERTED_ROUNDING)
     */
    function checkConversion(form: Form): void {
      const share = indicatorShare(form);
      const c = form.conversion;
      if (share === null || !c) return;
      const inds = scored(form);
      const sum = inds.length && inds.every((i) => isNum(i.score)) ? round2(inds.reduce((s, i) => s + (i.score as number), 0)) : null;
      const subtotalAt = form.fields["conversion.score"];
      if (isNum(c.score) && sum !== null && Math.abs(c.score - sum) > tol && subtotalAt) {
        ctx.report({ messageId: "subtotal", data: { subtotal: fmt(c.score), sum: fmt(sum) }, form, field: "total", loc: subtotalAt.loc, evidence: subtotalAt.text, expected: fmt(sum) });
        return;
      }
      const base = isNum(c.score) ? c.score : sum;
      const convertedAt = form.fields["conversion.converted"];
      if (base === null || !isNum(c.converted) || !convertedAt) return;
      const expected = round2((base * share) / 100);
      if (Math.abs(expected - c.converted) <= CONVERTED_ROUNDING) return;
      ctx.report({
        messageId: "convertedTotal",
        data: { subtotal: fmt(base), share: fmt(share), expected: fmt(expected), converted: fmt(c.converted) },
        form,
        field: "total",
        loc: convertedAt.loc,
        evidence: convertedAt.text,
        expected: fmt(expected),
      });
    }
    /**
     * a department form's project lines: 折算得分 = 项目自评得分 × 权重占比 within the rounding of the
     * two written figures (half a unit of the share's last decimal, times the score, plus two cents),
     * and the 合计 row's 折算得分 = Σ折算得分 (two cents)
     */
    function checkProjectLines(form: Form): void {
      const lines = form.funds.projectLines ?? [];
      for (const line of lines) {
        const at = line.raw?.converted;
        if (!isNum(line.score) || !isNum(line.share) || !isNum(line.converted) || !at) continue;
        const decimals = (/\.(\d+)/.exec(line.raw?.share?.text ?? "") ?? ["", ""])[1].length;
        const slack = (line.score * 0.5 * 10 ** -decimals) / 100 + CONVERTED_ROUNDING;
        const expected = round2((line.score * line.share) / 100);
        if (Math.abs(expected - line.converted) <= slack) continue;
        ctx.report({
          messageId: "converted",
          data: { name: line.name, score: fmt(line.score), share: fmt(line.share), expected: fmt(expected), converted: fmt(line.converted) },
          form,
          field: "funds",
          loc: at.loc,
          evidence: at.text,
          expected: fmt(expected),
        });
      }
      checkProjectShares(lines, form);
      const total = form.funds.projectLinesTotal;
      const at = total?.raw?.converted;
      if (!total || !isNum(total.converted) || !at || !lines.length || !lines.every((l) => isNum(l.converted))) return;
      const sum = round2(lines.reduce((s, l) => s + (l.converted as number), 0));
      if (Math.abs(sum - total.converted) <= CONVERTED_ROUNDING) return;
      ctx.report({ messageId: "projectTotal", data: { total: fmt(total.converted), sum: fmt(sum) }, form, field: "funds", loc: at.loc, evidence: at.text, expected: fmt(sum) });
    }
    /**
     * a department form's project lines weighted by budget: each 权重占比 = the line's budget ÷ the
     * lines' total (全年预算数, else 年初预算数; every line must state it and its share), within one unit
     * of the share's last written digit ("40%" ±1, "39.5%" ±0.1)
     */
    function checkProjectShares(lines: NonNullable<Form["funds"]["projectLines"]>, form: Form): void {
      if (lines.length < 2 || !lines.every((l) => isNum(l.share) && l.raw?.share)) return;
      const col = (["adjusted", "planned"] as const).find((k) => lines.every((l) => isNum(l[k])));
      if (!col) return;
      const sum = lines.reduce((s, l) => s + (l[col] as number), 0);
      if (sum <= 0) return;
      for (const line of lines) {
        const at = line.raw!.share;
        const decimals = (/\.(\d+)/.exec(at.text) ?? ["", ""])[1].length;
        const expected = ((line[col] as number) / sum) * 100;
        if (Math.abs(expected - (line.share as number)) <= 10 ** -decimals + 1e-9) continue;
        ctx.report({
          messageId: "projectShare",
          data: {
            name: line.name,
            column: col === "adjusted" ? "全年预算数" : "年初预算数",
            columnEn: col === "adjusted" ? "full-year budget" : "initial budget",
            budget: fmt(line[col] as number),
            sum: fmt(round2(sum)),
            expected: fmt(round2(expected)),
            share: fmt(line.share as number),
          },
          form,
          field: "funds",
          loc: at.loc,
          evidence: at.text,
          expected: `${fmt(round2(expected))}%`,
        });
      }
    }
    return {
      form(form) {
        checkConversion(form);
        checkProjectLines(form);
        if (!scoredByShares(form)) return;
        const rows = form.indicators.filter((i): i is Indicator & { weightShare: number } => isNum(i.weightShare));
        for (const ind of rows) {
          if (!isNum(ind.score) || !isNum(ind.convertedScore)) continue;
          const expected = round2((ind.score * ind.weightShare) / 100);
          if (Math.abs(expected - ind.convertedScore) <= tol) continue;
          ctx.report({
            messageId: "converted",
            data: { name: ind.name.trim(), score: fmt(ind.score), share: fmt(ind.weightShare), expected: fmt(expected), converted: fmt(ind.convertedScore) },
            form,
            indicator: ind,
            field: "score",
            evidence: fmt(ind.convertedScore),
            expected: fmt(expected),
          });
        }
        // the budget line's share and converted score, when the funds block writes them (权重占比 | 折算得分
        // beside 执行率 | 得分): its 折算得分 is its 得分 × share, and the total is the converted scores' sum
        // with it, exactly; when not written, the budget line takes what the scheme gives the budget part
        const funds = form.funds;
        const budgetShareRead = isNum(funds.weightShare) ? funds.weightShare : null;
        const budgetConverted = isNum(funds.convertedScore) ? funds.convertedScore : null;
        const convertedAt = funds.raw?.convertedScore;
        if (budgetShareRead !== null && budgetConverted !== null && isNum(funds.score) && convertedAt) {
          const expected = round2((funds.score * budgetShareRead) / 100);
          if (Math.abs(expected - budgetConverted) > tol) {
            ctx.report({
              messageId: "converted",
              data: { name: "预算执行", score: fmt(funds.score), share: fmt(budgetShareRead), expected: fmt(expected), converted: fmt(budgetConverted) },
              form,
              field: "funds",
              loc: convertedAt.loc,
              evidence: convertedAt.text,
              expected: fmt(expected),
            });
          }
        }
        const sum = round2(rows.reduce((s, i) => s + i.weightShare, 0));
        const budgetShare = budgetShareRead ?? scheme.budgetWeight;
        if (budgetShareRead !== null ? Math.abs(sum + budgetShareRead - 100) > tol : Math.abs(sum - 100) > tol && Math.abs(sum + budgetShare - 100) > tol) {
          const first = rows[0];
          ctx.report({
            messageId: "shareSum",
            data: { sum: fmt(sum), budget: `（${fmt(budgetShare)}%）`, budgetEn: `${fmt(budgetShare)}%` },
            form,
            indicator: first,
            field: "weight",
            evidence: `${fmt(sum)}%`,
            expected: `${fmt(100 - budgetShare)}% 或 100%`,
          });
        }
        const total = form.total;
        const converted = rows.map((i) => i.convertedScore);
        if (!isNum(total) || !converted.every(isNum)) return;
        const rowsSum = round2(converted.reduce((s: number, x) => s + (x as number), 0));
        const low = budgetConverted !== null ? round2(rowsSum + budgetConverted) : rowsSum;
        const high = budgetConverted !== null ? low : round2(low + (Math.abs(sum - 100) <= tol ? 0 : budgetShare));
        if (total >= low - tol && total <= high + tol) return;
        if (budgetConverted !== null) {
          // a row converted wrongly is reported on its row: a total that is right with the row's true
          // 得分 × 权重占比 is not wrong too
          const recomputed = round2(rows.reduce((s, i) => s + (isNum(i.score) ? round2((i.score * i.weightShare) / 100) : (i.convertedScore as number)), 0) + budgetConverted);
          if (Math.abs(total - recomputed) <= tol) return;
          ctx.report({
            messageId: "totalWithBudget",
            data: { total: fmt(total), sum: fmt(rowsSum), budget: fmt(budgetConverted), expected: fmt(low) },
            form,
            field: "total",
            loc: totalLoc(form),
            evidence: form.totalRaw ?? fmt(total),
            expected: fmt(low),
          });
          return;
        }
        ctx.report({
          messageId: "total",
          data: { total: fmt(total), sum: fmt(low), budget: fmt(high - low), low: fmt(low), high: fmt(high) },
          form,
          field: "total",
          loc: totalLoc(form),
          evidence: form.totalRaw ?? fmt(total),
          expected: low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`,
        });
      },
    };
  },
});
