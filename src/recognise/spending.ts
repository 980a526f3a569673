/**
 * A department-level form's money by kind of spending. Its funds block lists 基本支出 (with 人员经费 /
 * 公用经费 below it) and 项目支出 where a project's form lists its sources; the readers take every
 * labelled funds row for a source, so for a department's form the rows the template's spendingLines
 * name are moved from `funds.sources` to `funds.spending` (they are parts of the total at two levels,
 * not sources that add up to it).
 */
import type { FundSource, Funds, SpendingKind } from "../model/types.js";
import { isProjectTableWord, matchRole, type Template } from "./templates.js";
import { bareFundsLabel } from "./funds-label.js";
import { filledCells, isBlankRow, type Row } from "../read/grid.js";
import { parseAmount } from "./field-values.js";
import { num, percent } from "./cells.js";

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

/** the row heading a table of projects ("项目名称 | 全年预算数 | …": a funds column after 项目名称), or -1 */
export function projectTableAt(tpl: Template, rows: Row[]): number {
  return rows.findIndex((r) => {
    const cells = filledCells(r).map((c) => c.cell.text.replace(/\s+/g, ""));
    const k = cells.findIndex((t) => isProjectTableWord(tpl, "name", t));
    return k >= 0 && k + 1 < cells.length && matchRole(tpl.fundRes, cells[k + 1]) !== null;
  });
}

/**
 * The projects a department form lists in a table of their own ("项目名称 | 全年预算数 | 全年执行数 |
 * 执行率 | 项目自评得分 | 权重占比 | 折算得分"): one project per row below that header, its amounts
 * placed by the header's funds columns (the template's fundColumns: 年初预算数 → planned, 全年预算数 →
 * adjusted, 全年执行数 → executed, 执行率 → rate) and its scores by projectLineColumns (score, share,
 * converted), up to the 合计 row (kept apart as `projectLinesTotal`), a blank row or a row without a
 * name and an amount. Kept only when there are two or more, and only where no project line was read
 * under 项目支出.
 */
export function takeProjectTable(tpl: Template, funds: Funds, rows: Row[]): void {
  if (funds.projectLines?.length) return;
  const at = projectTableAt(tpl, rows);
  if (at < 0) return;
  const header = filledCells(rows[at]);
  const nameAt = header.findIndex((c) => isProjectTableWord(tpl, "name", c.cell.text.replace(/\s+/g, "")));
  type Role = "planned" | "adjusted" | "executed" | "rate" | "score" | "share" | "converted";
  const columns = new Map<number, Role>();
  for (const c of header.slice(nameAt + 1)) {
    const text = c.cell.text.replace(/\s+/g, "");
    const fund = matchRole(tpl.fundRes, text);
    const role: Role | null =
      fund === "planned" || fund === "adjusted" || fund === "executed" || fund === "rate" ? fund : matchRole(tpl.projectLineRes, text);
    if (role && ![...columns.values()].includes(role)) columns.set(c.index, role);
  }
  if (![...columns.values()].some((r) => r === "planned" || r === "adjusted" || r === "executed")) return;
  const nameIndex = header[nameAt].index;
  const lines: FundSource[] = [];
  let total: FundSource | undefined;
  for (let k = at + 1; k < rows.length; k++) {
    const row = rows[k];
    if (isBlankRow(row)) break;
    const nameCell = row.cells[nameIndex];
    const name = (nameCell?.text ?? "").replace(/\s+/g, "");
    if (!/[\u4e00-\u9fff]{2}/u.test(name)) break;
    const line: FundSource = { name, loc: { ...nameCell.loc } };
    for (const [index, role] of columns) {
      const cell = row.cells[index];
      const text = cell?.text.trim() ?? "";
      const value = role === "rate" || role === "share" ? percent(text) : role === "score" || role === "converted" ? num(text) : parseAmount(text);
      line[role] = value;
      if (value !== null && cell) (line.raw ??= {})[role] = { text, loc: { ...cell.loc } };
    }
    if (![...columns.values()].some((role) => line[role] != null)) break;
    if (isProjectTableWord(tpl, "total", name)) {
      total = line;
      break;
    }
    lines.push(line);
  }
  if (lines.length < 2) return;
  funds.projectLines = lines;
  if (total) funds.projectLinesTotal = total;
}
