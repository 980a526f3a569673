/**
 * budget-filed-mismatch (checklist item 7): a document that holds a project's target form and its
 * self-assessment — the same project name and department, no conflicting year — and whose
 * self-assessment's 年初预算数 (the 目标申报数 where the form splits it: the amount declared with the
 * targets) differs from the target form's 年度资金总额. The year-start budget is the one filed with the
 * targets; a later change belongs in 全年预算数, not in the year-start column. Amounts are compared in
 * 元 when both forms state their unit, to the precision the coarser of the two cells shows.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { fmt } from "../../src/engine/services/scoring.js";
import { MONEY_SCALE, departmentKey, writtenDecimals } from "../../src/engine/services/project.js";


export default defineRule({
  meta: {
    id: "budget-filed-mismatch",
    category: "inconsistency",
    severity: "warning",
    scope: "document",
    appliesTo: ["self-assessment"],
    title: { zh: "自评表年初预算数与同一材料中的目标表资金不一致", en: "Year-start budget differs from the attached target form" },
    description: {
      zh: "同一份材料里既有某项目的绩效目标表又有它的自评表时，自评表的年初预算数（分列时为目标申报数）应等于目标表的年度资金总额：年初预算就是随目标申报的资金，年中调整应写在全年预算数里。两者不一致，说明有一张表填错或照搬。",
      en: "When a document holds a project's target form and its self-assessment, the self-assessment's year-start budget must be the target form's annual funds; a change during the year belongs in the full-year budget column.",
    },
    messages: {
      differs: {
        zh: "自评表的{{column}}是 {{planned}}{{unit}}，本材料中同一项目的绩效目标表（第 {{line}} 行）年度资金总额是 {{filed}}{{filedUnit}}，两者不一致。",
        en: "The self-assessment's year-start budget is {{planned}}{{unit}}, but the project's target form in this document (l.{{line}}) files {{filed}}{{filedUnit}} as its annual funds.",
      },
    },
  },
  create(ctx) {
    const key = (f: Form) => ctx.services.normalize(f.project.name);
    return {
      document(doc) {
        const targets = new Map<string, Form[]>();
        for (const f of doc.forms) {
          if (f.kind !== "target" || !key(f) || typeof f.funds.annualTotal !== "number") continue;
          targets.set(key(f), [...(targets.get(key(f)) ?? []), f]);
        }
        if (!targets.size) return;
        for (const sa of doc.forms) {
          if (sa.kind !== "self-assessment" || !key(sa)) continue;
          const found = targets.get(key(sa));
          // one target form of that name only: two would leave the filed amount in doubt
          if (!found || found.length !== 1) continue;
          const t = found[0];
          const dt = departmentKey(t.project.department), ds = departmentKey(sa.project.department);
          if (dt && ds && dt !== ds) continue;
          const ty = t.year ?? doc.year ?? null;
          const sy = sa.year ?? doc.year ?? null;
          if (ty !== null && sy !== null && ty !== sy) continue;
          const declared = typeof sa.funds.declared === "number";
          const amount = declared ? sa.funds.declared! : sa.funds.planned;
          if (typeof amount !== "number") continue;
          // units: both stated (and compared in 元), or neither (the same form family's one unit)
          const us = sa.funds.unit, ut = t.funds.unit;
          if ((us === null) !== (ut === null)) continue;
          const ss = us === null ? 1 : MONEY_SCALE[us], st = ut === null ? 1 : MONEY_SCALE[ut];
          if (!ss || !st) continue;
          const cell = sa.funds.raw?.[declared ? "declared" : "planned"];
          const filedCell = t.funds.raw?.annualTotal;
          const tol = 0.5 * Math.max(ss * 10 ** -writtenDecimals(cell?.text), st * 10 ** -writtenDecimals(filedCell?.text));
          if (Math.abs(amount * ss - t.funds.annualTotal! * st) <= tol + 1e-9) continue;
          ctx.report({
            messageId: "differs",
            form: sa,
            field: "funds",
            loc: cell?.loc ?? sa.funds.loc,
            evidence: cell?.text ?? fmt(amount),
            data: {
              column: declared ? "目标申报数" : "年初预算数",
              planned: cell?.text.trim() ?? fmt(amount),
              unit: us ?? "",
              filed: filedCell?.text.trim() ?? fmt(t.funds.annualTotal!),
              filedUnit: ut ?? "",
              line: (filedCell?.loc ?? t.funds.loc)?.line ?? "?",
            },
          });
        }
      },
    };
  },
});
