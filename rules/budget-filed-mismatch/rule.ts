/**
 * budget-filed-mismatch (checklist item 7): a self-assessment whose 年初预算数 (the 目标申报数 where
 * the form splits it: the amount declared with the targets) differs from the 年度资金总额 of the
 * project's target form. The year-start budget is the one filed with the targets; a later change
 * belongs in 全年预算数, not in the year-start column. Amounts are compared in 元 when both forms
 * state their unit, to the precision the coarser of the two cells shows.
 *
 * Where the target form is:
 * - in the self-assessment's own document (the same normalised name, no conflicting department or
 *   year, one target form of that name): compared there, as the document is checked;
 * - elsewhere in the run (a department's 目标表 and its 自评表 filed as two files): compared at the
 *   end of the run, when the document holds no target form of the project's department and year.
 *   Across files the pairing asks more, since nothing but the cells ties the two forms together:
 *   the same department (`departmentKey`, stated on both), the same normalised name, no conflicting
 *   budget year, both units stated, and one target form in the run (or several filing one amount).
 *   Each form keeps a compact signature (its ref, year, amount, unit, cell text and place); sharded
 *   runs save and load those.
 */
import { defineRule, type FormRef, type RuleContext } from "../../src/engine/types.js";
import type { Form, KpiDocument } from "../../src/model/types.js";
import type { Loc } from "../../src/model/loc.js";
import { packLoc, pairShard, unpackLoc, type PackedLoc, type PairState } from "../../src/engine/corpus.js";
import { fmt, fundsLoc } from "../../src/engine/services/scoring.js";
import { MONEY_SCALE, departmentKey, writtenDecimals } from "../../src/engine/services/project.js";

/** a form's money as kept to the end of the run: a target form's 年度资金总额, a self-assessment's year-start column */
interface Money {
  ref: FormRef;
  /** the form's budget year (its title's, else its document's) */
  year: number | null;
  amount: number;
  unit: string;
  /** the cell as written (null: the amount came without its cell) */
  text: string | null;
  loc: Loc;
  /** self-assessments: the 目标申报数 column (else 年初预算数) */
  declared: boolean;
}

type Packed = [ref: number, year: number | null, amount: number, unit: number, text: number | null, loc: PackedLoc, declared: 0 | 1];

/** per-run state, keyed by the run's rule context (create and finalize receive the same one) */
const STATE = new WeakMap<object, PairState<Money>>();

/** equal to the precision the coarser of the two cells shows, in 元 */
function agrees(a: number, aScale: number, aText: string | null | undefined, b: number, bScale: number, bText: string | null | undefined): boolean {
  const tol = 0.5 * Math.max(aScale * 10 ** -writtenDecimals(aText), bScale * 10 ** -writtenDecimals(bText));
  return Math.abs(a * aScale - b * bScale) <= tol + 1e-9;
}

const baseName = (source: string) => source.split(/[\\/]/).pop() ?? source;

export default defineRule({
  meta: {
    id: "budget-filed-mismatch",
    category: "inconsistency",
    severity: "warning",
    scope: "corpus",
    appliesTo: ["self-assessment"],
    title: { zh: "自评表年初预算数与申报的目标表资金不一致", en: "Year-start budget differs from the filed target form" },
    description: {
      zh: "同一项目既有绩效目标表又有它的自评表时（在同一份材料里，或在同一次检查的另一个文件里），自评表的年初预算数（分列时为目标申报数）应等于目标表的年度资金总额：年初预算就是随目标申报的资金，年中调整应写在全年预算数里。两者不一致，说明有一张表填错或照搬。",
      en: "When a project's target form and its self-assessment are both at hand (in one document or in two files of the run), the self-assessment's year-start budget must be the target form's annual funds; a change during the year belongs in the full-year budget column.",
    },
    messages: {
      differs: {
        zh: "自评表的{{column}}是 {{planned}}{{unit}}，本材料中同一项目的绩效目标表（第 {{line}} 行）年度资金总额是 {{filed}}{{filedUnit}}，两者不一致。",
        en: "The self-assessment's year-start budget is {{planned}}{{unit}}, but the project's target form in this document (l.{{line}}) files {{filed}}{{filedUnit}} as its annual funds.",
      },
      otherFile: {
        zh: "自评表的{{column}}是 {{planned}}{{unit}}，{{source}} 中同一项目的绩效目标表（第 {{line}} 行）年度资金总额是 {{filed}}{{filedUnit}}，两者不一致。",
        en: "The self-assessment's year-start budget is {{planned}}{{unit}}, but the project's target form in {{source}} (l.{{line}}) files {{filed}}{{filedUnit}} as its annual funds.",
      },
    },
  },
  create(ctx) {
    const targets: Money[] = [];
    const selfs: Money[] = [];
    STATE.set(ctx, { targets, selfs });
    const key = (f: Form) => ctx.services.normalize(f.project.name);
    const keep = (doc: KpiDocument, f: Form, amount: number, cell: { text: string; loc: Loc } | undefined, declared: boolean): Money | null => {
      const ref = ctx.ref(f, doc);
      // across files only what states its department and its unit is paired
      if (!departmentKey(ref.department) || !f.funds.unit || !MONEY_SCALE[f.funds.unit]) return null;
      return { ref, year: f.year ?? doc.year ?? null, amount, unit: ctx.corpus.text(f.funds.unit), text: cell ? ctx.corpus.text(cell.text) : null, loc: cell?.loc ?? fundsLoc(f), declared };
    };
    return {
      document(doc) {
        const named = new Map<string, Form[]>();
        for (const f of doc.forms) {
          if (f.kind !== "target" || !key(f)) continue;
          named.set(key(f), [...(named.get(key(f)) ?? []), f]);
          if (typeof f.funds.annualTotal === "number") {
            const m = keep(doc, f, f.funds.annualTotal, f.funds.raw?.annualTotal, false);
            if (m) targets.push(m);
          }
        }
        const yearOf = (f: Form) => f.year ?? doc.year ?? null;
        // no conflicting department (as the forms state it) or year
        const compatible = (t: Form, sa: Form) => {
          const dt = departmentKey(t.project.department), ds = departmentKey(sa.project.department);
          if (dt && ds && dt !== ds) return false;
          const ty = yearOf(t), sy = yearOf(sa);
          return ty === null || sy === null || ty === sy;
        };
        for (const sa of doc.forms) {
          if (sa.kind !== "self-assessment" || !key(sa)) continue;
          const declared = typeof sa.funds.declared === "number";
          const amount = declared ? sa.funds.declared! : sa.funds.planned;
          const cell = sa.funds.raw?.[declared ? "declared" : "planned"];
          const local = named.get(key(sa)) ?? [];
          // the document holds the project's own target form: compared here, never with another file's
          if (local.some((t) => compatible(t, sa))) {
            // one target form of that name (with its annual funds) only: two would leave the filed amount in doubt
            const found = local.filter((t) => typeof t.funds.annualTotal === "number");
            if (found.length !== 1 || !compatible(found[0], sa)) continue;
            const t = found[0];
            if (typeof amount !== "number") continue;
            // units: both stated (and compared in 元), or neither (the same form family's one unit)
            const us = sa.funds.unit, ut = t.funds.unit;
            if ((us === null) !== (ut === null)) continue;
            const ss = us === null ? 1 : MONEY_SCALE[us], st = ut === null ? 1 : MONEY_SCALE[ut];
            if (!ss || !st) continue;
            const filedCell = t.funds.raw?.annualTotal;
            if (agrees(amount, ss, cell?.text, t.funds.annualTotal!, st, filedCell?.text)) continue;
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
            continue;
          }
          // none here (or only another department's or year's form of that name): the run's other files
          if (typeof amount !== "number") continue;
          const m = keep(doc, sa, amount, cell, declared);
          if (m) selfs.push(m);
        }
      },
    };
  },
  // sharded runs: one item per kept form — the ref and texts by number, the figures as they are
  shard: pairShard(
    (ctx: RuleContext<any>) => STATE.get(ctx),
    (ctx, m: Money): Packed => {
      const p = ctx.corpus.pack;
      return [p.ref(m.ref), m.year, m.amount, p.text(m.unit), p.opt(m.text), packLoc(m.loc), m.declared ? 1 : 0];
    },
    (ctx, [ref, year, amount, unit, text, loc, declared]: Packed): Money => {
      const u = ctx.corpus.unpack;
      return { ref: u.ref(ref), year, amount, unit: u.text(unit), text: u.opt(text), loc: unpackLoc(loc), declared: declared === 1 };
    },
  ),
  finalize(ctx) {
    const st = STATE.get(ctx);
    if (!st || !st.selfs.length || !st.targets.length) return;
    // the targets by department and normalised project name, in run order
    const keyOf = (r: FormRef) => `${departmentKey(r.department)}\u0000${ctx.services.normalize(r.project)}`;
    const index = new Map<string, Money[]>();
    for (const t of st.targets) {
      const k = keyOf(t.ref);
      const list = index.get(k);
      if (list) list.push(t);
      else index.set(k, [t]);
    }
    for (const s of st.selfs) {
      const candidates = (index.get(keyOf(s.ref)) ?? []).filter((t) => t.ref.source !== s.ref.source && (s.year === null || t.year === null || s.year === t.year));
      if (!candidates.length) continue;
      // several: the one stating the self-assessment's year, else one amount filed by all of them
      let pick: Money[] = candidates;
      if (pick.length > 1 && s.year !== null) {
        const sameYear = pick.filter((t) => t.year === s.year);
        if (sameYear.length) pick = sameYear;
      }
      const t = pick[0];
      const ss = MONEY_SCALE[s.unit], ts = MONEY_SCALE[t.unit];
      if (pick.some((o) => !agrees(o.amount, MONEY_SCALE[o.unit], o.text, t.amount, ts, t.text))) continue;
      if (agrees(s.amount, ss, s.text, t.amount, ts, t.text)) continue;
      const planned = s.text?.trim() ?? fmt(s.amount);
      const filed = t.text?.trim() ?? fmt(t.amount);
      ctx.report({
        messageId: "otherFile",
        form: s.ref,
        field: "funds",
        loc: s.loc,
        evidence: s.text ?? fmt(s.amount),
        data: {
          column: s.declared ? "目标申报数" : "年初预算数",
          planned,
          unit: s.unit,
          source: baseName(t.ref.source),
          filed,
          filedUnit: t.unit,
          line: t.loc.line ?? t.ref.line,
        },
        related: [{ source: t.ref.source, line: t.loc.line ?? t.ref.line, loc: t.loc, project: t.ref.project, text: `年度资金总额 ${filed}${t.unit}`, note: "申报的绩效目标表" }],
      });
    }
  },
});
