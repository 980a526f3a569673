/**
 * The indicator table engine shared by layouts: find the header row, align every following row
 * to the header's roles (align.ts), carry level-1/level-2 labels down to the rows they govern,
 * join wrapped continuation rows, and build Indicators with normalised values.
 */
import type { Row, Cell } from "../../read/grid.js";
import { filledCells, isBlankRow } from "../../read/grid.js";
import type { Indicator } from "../../model/types.js";
import { parseValue } from "../../normalize/value.js";
import { alignRow, mapHeader, type Column, type Role } from "./align.js";
import { normalizeLevel1, normalizeLevel2, level1Of, isLabelFragment, cleanLabel } from "./labels.js";
import { lineOf } from "./region.js";

export interface TableOptions {
  /** rows that end the table (总分, 负责人, 备注, 项目绩效分析 …) */
  stop?: RegExp;
  compat?: (text: string, role: Role) => number;
  /** treat a row whose only cells fit text roles (name/description/…) as a wrapped continuation */
  joinWrapped?: boolean;
}

export const DEFAULT_STOP =
  /^(总分|合计|负责人|填报人|备注|项目绩效分析|说明|注[:：]|单位负责人|联系电话|审核人|附件|第.部分)/;

export interface TableResult {
  indicators: Indicator[];
  /** index (in rows) of the header row, -1 if none */
  headerIndex: number;
  /** index one past the last table row */
  endIndex: number;
  columns: Column[];
  rowsMerged: number;
  warnings: string[];
}

/** index of the first header row in rows[from..], or -1 */
export function findHeader(rows: Row[], from = 0): { index: number; columns: Column[] } | null {
  for (let i = from; i < rows.length; i++) {
    const cols = mapHeader(rows[i]);
    if (cols) return { index: i, columns: cols };
  }
  return null;
}

function cellText(c: Cell | undefined): string {
  return c ? c.text.trim() : "";
}

function num(s: string): number | null {
  const t = s.replace(/\s+/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * Parse the indicator rows following a header. Stops at a row matching `stop` (first cell) or
 * at the end of `rows`.
 */
export function parseIndicatorTable(rows: Row[], header: { index: number; columns: Column[] }, opts: TableOptions = {}): TableResult {
  const stop = opts.stop ?? DEFAULT_STOP;
  const indicators: Indicator[] = [];
  const warnings: string[] = [];
  let rowsMerged = 0;
  let level1: string | null = null;
  let level1Raw: string | null = null;
  let level2: string | null = null;
  let level2Raw: string | null = null;
  let level1Weight: number | null = null;
  let end = rows.length;
  const textRoles = new Set<Role>(["name", "description", "basis", "deviation", "annualName"]);

  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    const first = filledCells(row)[0]?.cell.text.replace(/\s+/g, "") ?? "";
    if (stop.test(first)) {
      end = i;
      break;
    }
    if (mapHeader(row)) {
      end = i;
      break;
    }
    const a = alignRow(row, header.columns, { compat: opts.compat, allowSkip: true });
    const by = a.byRole;
    const rawL1 = cellText(by.level1);
    const rawL2 = cellText(by.level2);
    const name = cellText(by.name);
    const hasValue = ["target", "annualTarget", "adjusted", "actual", "weight", "score"].some((r) => by[r as Role]);
    const assigned = Object.keys(by) as Role[];

    // a wrapped continuation: only text roles, no labels, no values → append to the previous indicator
    if (
      opts.joinWrapped !== false &&
      indicators.length > 0 &&
      !rawL1 &&
      !rawL2 &&
      !hasValue &&
      assigned.length > 0 &&
      assigned.every((r) => textRoles.has(r))
    ) {
      const prev = indicators[indicators.length - 1];
      if (by.name) prev.name += cellText(by.name);
      if (by.description) prev.description = (prev.description ?? "") + cellText(by.description);
      if (by.basis) prev.basis = (prev.basis ?? "") + cellText(by.basis);
      if (by.deviation) prev.deviation = (prev.deviation ?? "") + cellText(by.deviation);
      if (by.annualName) prev.annualName = (prev.annualName ?? "") + cellText(by.annualName);
      rowsMerged++;
      continue;
    }

    if (rawL1) {
      const n1 = normalizeLevel1(rawL1);
      if (n1) {
        level1 = n1;
        level1Raw = rawL1;
      } else if (isLabelFragment(rawL1) && level1Raw) {
        // "产出指" then "标": the fragment completes the previous label
        level1Raw = level1Raw + rawL1;
      }
      if (by.level1Weight) level1Weight = num(cellText(by.level1Weight));
      if (n1 && !rawL2) {
        level2 = null;
        level2Raw = null;
      }
    }
    if (rawL2) {
      const n2 = normalizeLevel2(rawL2);
      level2 = n2 ?? cleanLabel(rawL2);
      level2Raw = rawL2;
      const implied = level1Of(n2);
      if (implied && implied !== level1 && !rawL1) {
        level1 = implied;
        level1Raw = level1Raw ?? implied;
      }
    }
    if (!name && !hasValue) continue; // a label-only row
    const line = lineOf(row);
    const ind: Indicator = {
      line,
      loc: { ...row.loc },
      level1,
      level1Raw,
      level2,
      level2Raw,
      name,
      target: by.target ? parseValue(by.target.text, by.target.loc) : null,
      annualTarget: by.annualTarget ? parseValue(by.annualTarget.text, by.annualTarget.loc) : null,
      adjustedTarget: by.adjusted ? parseValue(by.adjusted.text, by.adjusted.loc) : null,
      actual: by.actual ? parseValue(by.actual.text, by.actual.loc, "actual") : null,
      weight: by.weight ? num(cellText(by.weight)) : null,
      score: by.score ? num(cellText(by.score)) : null,
    };
    if (by.name) ind.nameLoc = { ...by.name.loc };
    if (by.weight) ind.weightRaw = cellText(by.weight);
    if (by.score) ind.scoreRaw = cellText(by.score);
    if (by.description) ind.description = cellText(by.description);
    if (by.basis) ind.basis = cellText(by.basis);
    if (by.deviation) ind.deviation = cellText(by.deviation);
    if (by.annualName) ind.annualName = cellText(by.annualName);
    if (by.annualLevel2) ind.annualLevel2 = cellText(by.annualLevel2);
    if (level1Weight !== null) ind.level1Weight = level1Weight;
    indicators.push(ind);
  }
  return { indicators, headerIndex: header.index, endIndex: end, columns: header.columns, rowsMerged, warnings };
}
