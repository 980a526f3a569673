/**
 * A department-level form's money by kind of spending. Its funds block lists 基本支出 (with 人员经费 /
 * 公用经费 below it) and 项目支出 where a project's form lists its sources; the readers take every
 * labelled funds row for a source, so for a department's form the rows the template's spendingLines
 * name are moved from `funds.sources` to `funds.spending` (they are parts of the total at two levels,
 * not sources that add up to it).
 */
import type { FundSource, Funds, SpendingKind } from "../model/types.js";
import type { Template } from "./templates.js";
import { bareFundsLabel } from "./funds-label.js";
import { filledCells, isBlankRow, type Row } from "../read/grid.js";
import { parseAmount } from "./field-values.js";

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

/**
 * The projects a department form lists under its 项目支出 line ("其中：镇村道路养护项目 | 180", then one
 * project per row): the rows right below that line (before `end`, the indicator table) holding a name
 * and one amount. They are parts of 项目支出; a reader that took one for a fund source (by its 其中：)
 * gives it up. Kept only when there are two or more.
 */
export function takeProjectLines(funds: Funds, rows: Row[], end: number): void {
  const at = funds.spending?.project ? rows.findIndex((r) => r.loc.line === funds.spending!.project!.loc.line) : -1;
  if (at < 0) return;
  const lines: FundSource[] = [];
  for (let k = at + 1; k < Math.min(end, rows.length); k++) {
    if (isBlankRow(rows[k])) break;
    const cells = filledCells(rows[k]).map((c) => c.cell);
    if (cells.length !== 2) break;
    const name = cells[0].text.trim().replace(/^其中\s*[:：]\s*/u, "").trim();
    const amount = parseAmount(cells[1].text);
    if (!/[\u4e00-\u9fff]{2}/u.test(name) || /\d/.test(name) || amount === null) break;
    lines.push({ name, period: amount, loc: { ...cells[0].loc } });
  }
  if (lines.length < 2) return;
  funds.projectLines = lines;
  funds.sources = funds.sources.filter((s) => !lines.some((l) => l.name === s.name));
}
