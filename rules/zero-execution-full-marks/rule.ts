/**
 * zero-execution-full-marks: nothing was spent (全年执行数 0 or 执行率 0) yet the indicators get full
 * marks or the total reaches the top band, or 实际完成情况 claims the goal was met ("目标完成率100%").
 */
import { defineRule } from "../../src/engine/types.js";
import { completionClaim, fmt, fundsLoc, fundsTotalLeftBlank, isFullMarks, isNum, scored, totalLoc } from "../../src/engine/services/scoring.js";

export default defineRule({
  meta: {
    id: "zero-execution-full-marks",
    category: "score-arithmetic",
    severity: "error",
    scope: "form",
    appliesTo: ["self-assessment"],
    title: { zh: "资金未执行却高分或称完成", en: "Nothing spent, yet full marks or 'completed'" },
    description: {
      zh: "全年执行数为 0（或执行率为 0），说明项目资金一分没有花，但指标仍全部满分、总分评优，或实际完成情况写“目标完成率100%”“圆满完成”。没有支出就谈不上完成产出，自评分严重失真。",
      en: "Nothing was spent, yet the indicators get full marks, the total reaches the top band, or the form claims the goal was fully met.",
    },
    messages: {
      total: {
        zh: "全年执行数 {{executed}}、执行率 {{rate}}%，资金未执行，指标得分却{{how}}，总分 {{total}}。",
        en: "Executed {{executed}}, rate {{rate}}%: nothing was spent, yet the indicators {{howEn}} and the total is {{total}}.",
      },
      claim: {
        zh: "全年执行数 {{executed}}，资金未执行，实际完成情况却写“{{claim}}”。",
        en: "Executed {{executed}}: nothing was spent, yet the form claims \"{{claim}}\".",
      },
    },
  },
  create(ctx) {
    const scheme = ctx.knowledge.scheme;
    const topMin = [...scheme.grades].sort((a, b) => b.min - a.min)[0]?.min ?? 90;
    return {
      form(form, doc) {
        if (fundsTotalLeftBlank(form)) return; // a blank total row, not zero spending (fund-split-sum)
        const { executed, rate } = form.funds;
        const zero = (isNum(executed) && executed === 0) || (!isNum(executed) && isNum(rate) && rate === 0);
        if (!zero) return;
        const inds = scored(form);
        const allFull = inds.length > 0 && inds.every(isFullMarks);
        const highTotal = isNum(form.total) && form.total >= topMin;
        if (allFull || highTotal) {
          ctx.report({
            messageId: "total",
            data: {
              executed: fmt(executed ?? 0),
              rate: fmt(rate ?? 0),
              how: allFull ? "全部满分" : `仍达 ${fmt(form.total)} 分`,
              howEn: allFull ? "all get full marks" : "still score high",
              total: fmt(form.total),
            },
            form,
            // a funds figure is the defect (nothing spent): the funds total row, where docs/labelling.md
            // and the blind golds put it; the 总分 it contradicts is the related location (decision 93)
            field: "funds",
            loc: fundsLoc(form),
            evidence: (isNum(executed) ? form.funds.raw?.executed?.text : form.funds.raw?.rate?.text)?.trim() || fmt(isNum(executed) ? executed : (rate ?? 0)),
            expected: "资金未执行，产出、效益指标应按实际完成情况扣分",
            related: [{ source: doc.source, line: totalLoc(form).line ?? null, loc: totalLoc(form), text: form.totalRaw ?? fmt(form.total), note: "总分" }],
          });
        }
        const actual = form.goals.actual;
        const claim = actual ? completionClaim(actual.text) : null;
        if (actual && claim) {
          ctx.report({
            messageId: "claim",
            data: { executed: fmt(executed ?? 0), claim },
            form,
            field: "goals.actual",
            evidence: claim,
            expected: "如实说明资金未执行、目标未完成的情况",
          });
        }
      },
    };
  },
});
