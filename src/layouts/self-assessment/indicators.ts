/**
 * The indicator table of a self-assessment, for both layouts:
 *
 *   layout 1  绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初指标值 | 调整后指标值 | 实际完成值 | 分值 | 得分 | 偏差…
 *   layout 2  绩效指标 | 一级指标 | 权重 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差…
 *
 * The header (common/align.ts mapHeader) says which value roles exist and in which order. A row is
 * read by what its cells ARE, not where they sit, because extraction drops empty cells and shifts
 * the rest (002 l.599 "供暖质量 ⇥ ⇥ ⇥ 符合国家标准 ⇥ 达成预期指标 ⇥ 10 ⇥ 10"):
 *   - level-1 / level-2 labels (labels.ts), and pieces of labels cut over rows ("益 指 标") which
 *     are ignored; a number right after a level-1 label is that group's 权重 when the header has one;
 *   - the 三级指标: the first remaining cell (in layout 2 the template item "指标 1:…", whose prefix
 *     is stripped);
 *   - 分值 and 得分: the last two numbers of the row; anything after them is 偏差原因;
 *   - the cells between the name and 分值 are right-aligned to the header's value roles
 *     (实际完成值, then 调整后指标值, then 年初/年度指标值).
 *
 * Layout 2 prints each level-2 group as numbered template items ("指标 1:", "指标 2:", "...") and
 * centres its labels vertically, so a label can come AFTER the rows it governs (002 l.1860 holds
 * "指标 1:社会治安稳定", l.1862 "效益指标 ⇥ 30 ⇥ 社会效益指标 ⇥ 性"). Rule: a group starts with its item
 * 1; an item 1 with no label on its row, when the current group already had its item 1, opens a
 * new group whose label is still to come — the next level-2 label standing on a row without an
 * item of its own closes it. If that label never comes (a label lost in extraction, l.2263), the
 * group gets the one canonical level 2 lying between its neighbours (LEVEL2 order: 数量 质量 时效
 * 成本 经济效益 社会效益 生态效益 可持续影响 服务对象满意度), with a warning.
 *
 * Empty template items ("指标 2:", "...", "—" with no values) are skipped and counted; text on a
 * row with no value, no label-bearing item and no template prefix continues the previous
 * indicator's name (l.1862 "性", l.1899 "理规范有序").
 */
import type { Row } from "../../read/grid.js";
import type { Indicator } from "../../model/types.js";
import type { Column, Role } from "../common/align.js";
import { mapHeader } from "../common/align.js";
import { LEVEL2, level1Of } from "../common/labels.js";
import { DEFAULT_STOP } from "../common/table.js";
import { isSubtotalLabel } from "../../repair/index.js";
import { parseValue } from "../../normalize/value.js";
import { lineOf } from "../common/region.js";
import {
  filled,
  squash,
  joinCjk,
  level1Label,
  level2Label,
  labelFragment,
  isDash,
  isBareNumber,
  num,
  templateItem,
  isEmptyName,
  type FilledCell,
} from "../../recognise/cells.js";

export interface IndicatorTableOptions {
  /** strip the layout-2 template prefix "指标 1:" and track item numbers */
  template?: boolean;
  /** remove spaces PDF extraction put inside wrapped CJK text (layout 2) */
  joinCjkSpaces?: boolean;
  stop?: RegExp;
}

export interface IndicatorTableResult {
  indicators: Indicator[];
  /** index one past the last table row */
  end: number;
  rowsMerged: number;
  /** empty template rows skipped */
  rowsSkipped: number;
  /** non-blank rows looked at */
  rowsSeen: number;
  /** rows that held only labels */
  labelRows: number;
  warnings: string[];
}

const LEVEL2_ORDER = Object.keys(LEVEL2);

const VALUE_ROLES: Role[] = ["target", "annualTarget", "adjusted", "actual"];

interface Group {
  level2: string | null;
  level2Raw: string | null;
  /** the group's item 1 has been seen */
  hadFirst: boolean;
}

export function parseSelfAssessmentTable(
  rows: Row[],
  header: { index: number; columns: Column[] },
  opts: IndicatorTableOptions = {},
): IndicatorTableResult {
  const stop = opts.stop ?? DEFAULT_STOP;
  const indicators: Indicator[] = [];
  const warnings: string[] = [];
  const valueRoles = header.columns.map((c) => c.role).filter((r) => VALUE_ROLES.includes(r));
  const hasLevel1Weight = header.columns.some((c) => c.role === "level1Weight");
  const clean = (s: string) => (opts.joinCjkSpaces ? joinCjk(s) : s.trim());

  let level1: string | null = null;
  let level1Raw: string | null = null;
  const level1Weights = new Map<string, number>();
  const level1Raws = new Map<string, string>();
  let group: Group = { level2: null, level2Raw: null, hadFirst: false };
  /** indicators of a group whose level-2 label has not been seen yet */
  let pending: Indicator[] | null = null;
  let pendingPrev: string | null = null;
  let rowsMerged = 0;
  let rowsSkipped = 0;
  let rowsSeen = 0;
  let labelRows = 0;
  /** may a text-only row continue the last indicator's name? */
  let canContinue = false;
  let end = rows.length;

  const resolvePending = (label: string | null, raw: string | null, why: string) => {
    if (!pending) return;
    for (const ind of pending) {
      ind.level2 = label;
      ind.level2Raw = raw;
      const l1 = level1Of(label);
      if (l1) ind.level1 = l1;
    }
    if (why) warnings.push(why);
    pending = null;
    pendingPrev = null;
  };

  /** the canonical level 2 strictly between a and b, when there is exactly one */
  const between = (a: string | null, b: string | null): string | null => {
    const ia = a ? LEVEL2_ORDER.indexOf(a) : -1;
    const ib = b ? LEVEL2_ORDER.indexOf(b) : LEVEL2_ORDER.length;
    if (ia < 0 && a) return null;
    if (ib < 0) return null;
    if (ib - ia === 2) return LEVEL2_ORDER[ia + 1];
    return null;
  };

  const closePendingWithout = (next: string | null, line: number) => {
    if (!pending) return;
    if (pending.length === 0) {
      pending = null;
      pendingPrev = null;
      return;
    }
    const guess = between(pendingPrev, next);
    const lines = pending.map((p) => p.line).join(", ");
    if (guess) resolvePending(guess, null, `第 ${lines} 行指标的二级指标标签缺失，按模板顺序推定为“${guess}”`);
    else resolvePending(pendingPrev, null, `第 ${lines} 行指标的二级指标标签缺失（至第 ${line} 行仍未出现），沿用上一个二级指标`);
  };

  // labels printed inside the header row itself (002 l.2253 "绩效 指标 ⇥ 产出 指标 ⇥ 数量 指标 ⇥ 二级指标 …")
  for (const c of filled(rows[header.index])) {
    if (mapHeader({ ...rows[header.index], cells: [c.cell] })) continue;
    const l1 = level1Label(c.text);
    const l2 = level2Label(c.text);
    if (l1 && !/^一级/.test(squash(c.text))) {
      level1 = l1;
      level1Raw = c.text;
    } else if (l2) group = { level2: l2, level2Raw: c.text, hadFirst: false };
  }

  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i];
    const cells = filled(row);
    if (cells.length === 0) continue;
    const first = squash(cells[0].text);
    if (stop.test(first) || mapHeader(row)) {
      end = i;
      break;
    }
    rowsSeen++;
    const line = lineOf(row);

    // 1. labels at the front of the row (and fragments anywhere before the name)
    let k = 0;
    let rowLevel1: { norm: string; raw: string } | null = null;
    let rowLevel2: { norm: string; raw: string } | null = null;
    const rowLevel2s: { norm: string; raw: string; cell: FilledCell }[] = [];
    let rowLevel1Weight: number | null = null;
    for (; k < cells.length; k++) {
      const t = cells[k].text;
      if (templateItem(t)) break;
      const l2 = level2Label(t);
      if (l2) {
        rowLevel2 = { norm: l2, raw: t };
        rowLevel2s.push({ norm: l2, raw: t, cell: cells[k] });
        continue;
      }
      const l1 = level1Label(t);
      if (l1) {
        rowLevel1 = { norm: l1, raw: t };
        // a number right after a level-1 label is its 权重 (layout 2 also when the header lost the 权重 cell, l.2253/l.2268)
        if ((hasLevel1Weight || opts.template) && k + 1 < cells.length && isBareNumber(cells[k + 1].text)) {
          rowLevel1Weight = num(cells[k + 1].text);
          k++;
        }
        continue;
      }
      if (labelFragment(t)) continue;
      if (/^(绩效指标|绩效)$/.test(squash(t))) continue;
      break;
    }
    if (rowLevel1) {
      level1 = rowLevel1.norm;
      level1Raw = rowLevel1.raw;
      if (!level1Raws.has(rowLevel1.norm)) level1Raws.set(rowLevel1.norm, rowLevel1.raw);
      if (rowLevel1Weight !== null && !level1Weights.has(rowLevel1.norm)) level1Weights.set(rowLevel1.norm, rowLevel1Weight);
    }

    let rest = cells.slice(k);
    // an indicator named like a level-2 label (002 l.987 "质量指标 ⇥ 质量指标 ⇥ =% …"): with two
    // level-2 labels and no other name before the values, the second one is the name
    if (rowLevel2s.length >= 2 && (rest.length === 0 || isBareNumber(rest[0].text) || /^[=＝≥≤<>＜＞]/.test(rest[0].text))) {
      const last = rowLevel2s.pop()!;
      rest = [last.cell, ...rest];
      const prev = rowLevel2s[rowLevel2s.length - 1];
      rowLevel2 = { norm: prev.norm, raw: prev.raw };
    }
    // 2. the name cell and the values
    let nameCell: FilledCell | null = null;
    let item: { number: number | null; name: string } | null = null;
    let values = rest;
    if (rest.length > 0 && !isBareNumber(rest[0].text) && !/^[=＝≥≤<>＜＞]/.test(rest[0].text)) {
      nameCell = rest[0];
      values = rest.slice(1);
      if (opts.template) item = templateItem(nameCell.text);
    }
    // a subtotal row ("小计 40 38.5") states its group's points: no indicator
    if (nameCell && isSubtotalLabel(nameCell.text)) {
      rowsSkipped++;
      continue;
    }
    const hasValues = values.some((c) => !isDash(c.text));
    const name = nameCell ? clean(item ? item.name : nameCell.text) : "";

    // 3. level-2 bookkeeping
    const ownItem = !!item || (nameCell !== null && hasValues);
    if (rowLevel2) {
      if (ownItem) {
        if (pending) closePendingWithout(rowLevel2.norm, line);
        group = { level2: rowLevel2.norm, level2Raw: rowLevel2.raw, hadFirst: false };
      } else if (pending) {
        resolvePending(rowLevel2.norm, rowLevel2.raw, "");
        group = { level2: rowLevel2.norm, level2Raw: rowLevel2.raw, hadFirst: true };
      } else {
        group = { level2: rowLevel2.norm, level2Raw: rowLevel2.raw, hadFirst: false };
      }
    }
    if (item && item.number === 1) {
      if (!rowLevel2 && group.hadFirst && !pending) {
        pending = [];
        pendingPrev = group.level2;
      }
      group.hadFirst = true;
    }
    // items 2, 3 … do not open a group: on a label row they may still belong to the group above (l.2255)

    // 4. what kind of row is it?
    if (!nameCell && !hasValues) {
      // labels (and fragments) only
      labelRows++;
      continue;
    }
    if (item && isEmptyName(item.name) && !hasValues) {
      rowsSkipped++;
      canContinue = false;
      // a group opened by an empty item 1 stays open: its label may still come
      continue;
    }
    if (nameCell && isDash(nameCell.text) && !hasValues) {
      rowsSkipped++;
      canContinue = false;
      continue;
    }
    if (nameCell && !item && !hasValues && values.length === 0) {
      // text only: a wrapped continuation of the previous indicator's name
      if (canContinue && indicators.length > 0) {
        const prev = indicators[indicators.length - 1];
        prev.name = clean(prev.name + nameCell.text);
        rowsMerged++;
        continue;
      }
      warnings.push(`第 ${line} 行只有文字“${nameCell.text}”，没有指标值，无法归属，已忽略`);
      continue;
    }

    // 5. values: the last two numbers are 分值 and 得分; after them, 偏差原因
    let wIdx = -1;
    for (let j = values.length - 1; j >= 1; j--) {
      if (isBareNumber(values[j].text) && isBareNumber(values[j - 1].text)) {
        wIdx = j - 1;
        break;
      }
    }
    let weightCell: FilledCell | null = null;
    let scoreCell: FilledCell | null = null;
    let deviation: FilledCell[] = [];
    let texts: FilledCell[];
    if (wIdx >= 0) {
      weightCell = values[wIdx];
      scoreCell = values[wIdx + 1];
      deviation = values.slice(wIdx + 2);
      texts = values.slice(0, wIdx);
    } else {
      const lastNum = [...values.keys()].reverse().find((j) => isBareNumber(values[j].text));
      if (lastNum !== undefined && lastNum === values.length - 1) {
        weightCell = values[lastNum];
        texts = values.slice(0, lastNum);
      } else texts = values;
      warnings.push(`第 ${line} 行找不到成对的分值和得分`);
    }
    const byRole: Partial<Record<Role, FilledCell>> = {};
    let extra: FilledCell[] = [];
    if (texts.length > valueRoles.length) {
      extra = texts.slice(0, texts.length - valueRoles.length);
      texts = texts.slice(texts.length - valueRoles.length);
      warnings.push(`第 ${line} 行的指标值单元格多于表头列，多余的“${extra.map((c) => c.text).join(" ")}”并入三级指标`);
    }
    const offset = valueRoles.length - texts.length;
    texts.forEach((c, j) => (byRole[valueRoles[offset + j]] = c));

    const level2 = group.level2;
    const ind: Indicator = {
      line,
      loc: { ...row.loc },
      level1: level1Of(level2) ?? level1,
      level1Raw: null,
      level2,
      level2Raw: group.level2Raw,
      name: clean(name + extra.map((c) => c.text).join("")),
      target: byRole.target ? parseValue(byRole.target.text, { ...byRole.target.cell.loc }) : null,
      annualTarget: byRole.annualTarget ? parseValue(byRole.annualTarget.text, { ...byRole.annualTarget.cell.loc }) : null,
      adjustedTarget: byRole.adjusted ? parseValue(byRole.adjusted.text, { ...byRole.adjusted.cell.loc }) : null,
      actual: byRole.actual ? parseValue(byRole.actual.text, { ...byRole.actual.cell.loc }, "actual") : null,
      weight: weightCell ? num(weightCell.text) : null,
      score: scoreCell ? num(scoreCell.text) : null,
    };
    if (nameCell) ind.nameLoc = { ...nameCell.cell.loc };
    if (weightCell) ind.weightRaw = weightCell.text;
    if (scoreCell) ind.scoreRaw = scoreCell.text;
    if (deviation.length) ind.deviation = deviation.map((c) => c.text).join(" ");
    if (item && isEmptyName(item.name)) {
      ind.name = "";
      warnings.push(`第 ${line} 行是空的模板行（${nameCell?.text}），却填了指标值`);
    }
    if (!nameCell) warnings.push(`第 ${line} 行有指标值但没有三级指标名称`);
    if (rowLevel1 && !level1Of(level2)) ind.level1Raw = rowLevel1.raw;
    if (pending && !rowLevel2) pending.push(ind);
    indicators.push(ind);
    canContinue = true;
  }
  if (pending) closePendingWithout(null, lineOf(rows[Math.min(end, rows.length) - 1]));

  // level-1 raw labels and 权重 apply to every indicator of their group, wherever the label sat
  for (const ind of indicators) {
    if (ind.level1 && !ind.level1Raw) ind.level1Raw = level1Raws.get(ind.level1) ?? null;
    if (hasLevel1Weight || level1Weights.size) ind.level1Weight = ind.level1 ? (level1Weights.get(ind.level1) ?? null) : null;
  }
  void level1Raw;
  return { indicators, end, rowsMerged, rowsSkipped, rowsSeen, labelRows, warnings };
}
