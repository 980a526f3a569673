/**
 * A department-level form's money by kind of spending. Its funds block lists 基本支出 (with 人员经费 /
 * 公用经费 below it) and 项目支出 where a project's form lists its sources; the readers take every
 * labelled funds row for a source, so for a department's form the rows the template's spendingLines
 * name are moved from `funds.sources` to `funds.spending` (they are parts of the total at two levels,
 * not sources that add up to it).
 */
import type { Funds, SpendingKind } from "../model/types.js";
import type { Template } from "./templates.js";
import { bareFundsLabel } from "./funds-label.js";

/** the kind of spending a funds row's label names, or null */
export function spendingKind(tpl: Template, name: string): SpendingKind | null {
  const t = bareFundsLabel(name.replace(/\s+/g, "")).replace(/[:：]$/, "");
  for (const [re, kind] of tpl.spendingRes) if (re.test(t)) return kind;
  return null;
}

/** move a department form's spending lines out of its sources (the first row of each kind) */
export function takeSpendingLines(tpl: Template, funds: Funds): void {
  const spending: NonNullable<Funds["spending"]> = {};
  const rest = funds.sources.filter((s) => {
    const kind = spendingKind(tpl, s.name);
    if (!kind) return true;
    spending[kind] ??= s;
    return false;
  });
  if (!Object.keys(spending).length) return;
  funds.sources = rest;
  funds.spending = spending;
}
