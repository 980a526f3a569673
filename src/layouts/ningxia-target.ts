/**
 * Layout: ningxia-target — 宁夏部门项目支出预算绩效目标表：项目名称、主管部门及代码、项目属性、项目资金（万元）、年度总体目标，五列指标表（名称 一级 二级 三级 指标值）
 *
 * Header block (label cell then value cell, positions vary between forms):
 *   项目名称 ⇥ … ⇥ 2024 年辅警业务经费
 *   主管部门及代码 ⇥ 平罗县公安局 019001 ⇥ 实施单位 ⇥ 平罗县公安局
 *   项目属性 ⇥ 0101-一年期项目 ⇥ 项目期 ⇥ 1 年
 *   项目资金 (万元) ⇥ 年度资金总额: ⇥ 316 万元
 *              ⇥ 其中: 财政拨款 ⇥ 316 万元
 *              ⇥ 其他资金 ⇥
 *   年度总体目标 ⇥ text
 * then the indicator table "名称 ⇥ 一级指标 ⇥ 二级指标 ⇥ 三级指标 ⇥ 指标值", parsed by the shared
 * table engine (header recognition + tolerant alignment). Labels cut over two rows ("产出指" / "标",
 * "数量指标（必填硬性指" / "标)") are joined here.
 */
import type { LayoutRecognizer, Region } from "./types.js";
import type { Form, FundSource, Indicator } from "../model/types.js";
import type { Text } from "../model/loc.js";
import type { Row } from "../read/grid.js";
import { filledCells, isBlankRow } from "../read/grid.js";
import { keywordScore, regionText } from "./common/region.js";
import { headerFields, headerLabel, parseAmount } from "./common/header.js";
import { applyProjectFields, confidence, emptyForm } from "./common/form.js";
import { findHeader, parseIndicatorTable } from "./common/table.js";
import { defaultCompat, mapHeader, type Role } from "./common/align.js";
import { normalizeLevel1, normalizeLevel2, level1Of } from "./common/labels.js";

const KEYWORDS = ["年度总体目标", "主管部门及代码", "年度资金总额", "项目资金"];

const ID = "ningxia-target";

/** "项目资金 (万元)", "项目资金（元）", "项目资金" */
const FUNDS_LABEL = /^项目资金\s*(?:[(（]\s*(万元|元|千元|亿元)\s*[)）])?/;
/** "年度资金总额:", "资金总额", "年度预算数" */
const FUNDS_TOTAL = /^(年度)?(资金总额|预算(金额|数|资金)|资金合计|合计)[:：]?$/;
const ANNUAL_GOAL = /^(年度总体目标|年度绩效目标|年度目标|总体目标|绩效目标)[:：]?$/;

/** the tail of a label cut over two rows: "标", "标)", "指标", "指标）" */
const LABEL_TAIL = /^[指标]{1,2}[)）]?$|^[)）]$/;

function compact(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** a cell that is the tail of a cut label fits the label columns */
function compat(text: string, role: Role): number {
  const t = compact(text);
  if ((role === "level1" || role === "level2") && LABEL_TAIL.test(t)) return 5;
  return defaultCompat(text, role);
}

/** index of the first row in rows[from..to) whose first filled cell matches re */
function findLabelRow(rows: Row[], re: RegExp, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const first = filledCells(rows[i])[0];
    if (first && re.test(compact(first.cell.text))) return i;
  }
  return -1;
}

interface FundsResult {
  unit: string | null;
  annualTotal: number | null;
  sources: FundSource[];
  raw: Record<string, Text>;
  warnings: string[];
}

/**
 * The funds block: from the 项目资金 row down to the next header label / goal / table header.
 * Each row: [项目资金 (万元)] label amount? — the label is the first filled cell that is not
 * 项目资金 itself; the amount is the next filled cell.
 */
function parseFunds(rows: Row[], from: number, to: number): FundsResult {
  const out: FundsResult = { unit: null, annualTotal: null, sources: [], raw: {}, warnings: [] };
  const start = findLabelRow(rows, FUNDS_LABEL, from, to);
  if (start < 0) {
    out.warnings.push("找不到“项目资金”行");
    return out;
  }
  const head = FUNDS_LABEL.exec(compact(filledCells(rows[start])[0].cell.text));
  out.unit = head?.[1] ?? null;
  for (let i = start; i < to; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    let cells = filledCells(row);
    if (i > start) {
      const first = compact(cells[0].cell.text);
      // the block ends at the next header label or the goal
      if (headerLabel(first) || ANNUAL_GOAL.test(first) || FUNDS_LABEL.test(first) || mapHeader(row)) break;
    } else {
      cells = cells.slice(1);
    }
    if (!cells.length) continue;
    const label = compact(cells[0].cell.text).replace(/^其中[:：]?/, "").replace(/[:：]$/, "");
    const amountCell = cells[1]?.cell;
    const amount = amountCell ? parseAmount(amountCell.text) : null;
    if (amountCell && amount === null) out.warnings.push(`资金“${label}”的金额无法识别：${amountCell.text}`);
    if (!out.unit && amountCell) {
      const u = /(万元|千元|亿元|元)\s*$/.exec(amountCell.text);
      if (u) out.unit = u[1];
    }
    if (FUNDS_TOTAL.test(label)) {
      out.annualTotal = amount;
      if (amountCell) out.raw.annualTotal = { text: amountCell.text.trim(), loc: { ...amountCell.loc } };
      continue;
    }
    if (!label) continue;
    const loc = amountCell ? { ...amountCell.loc } : { ...cells[0].cell.loc };
    // a 1-year form states only the year's money: that amount is both the only and the annual one
    out.sources.push({ name: label, period: amount, annual: amount, loc });
    if (amountCell) out.raw[`sources.${label}`] = { text: amountCell.text.trim(), loc: { ...amountCell.loc } };
  }
  return out;
}

/** 年度总体目标: the next filled cells of its row, plus continuation rows with an empty first column */
function parseGoal(rows: Row[], from: number, to: number): Text | null {
  const i = findLabelRow(rows, ANNUAL_GOAL, from, to);
  if (i < 0) return null;
  const parts: string[] = [];
  const cells = filledCells(rows[i]).slice(1);
  let loc = cells[0] ? { ...cells[0].cell.loc } : { ...rows[i].loc };
  for (const c of cells) parts.push(c.cell.text.trim());
  for (let k = i + 1; k < to; k++) {
    const row = rows[k];
    if (isBlankRow(row)) continue;
    const fc = filledCells(row);
    if (row.cells[0]?.text.trim() || headerLabel(fc[0].cell.text) || mapHeader(row)) break;
    if (!parts.length) loc = { ...fc[0].cell.loc };
    for (const c of fc) parts.push(c.cell.text.trim());
  }
  const text = parts.join("");
  return text ? { text, loc } : null;
}

/**
 * The table engine joins a cut level 1 ("产出指" + "标") but takes a cut level-2 tail ("标)") for
 * a new label. Rebuild such rows from the label above them.
 */
function joinCutLabels(indicators: Indicator[]): void {
  let prev: Indicator | null = null;
  for (const ind of indicators) {
    if (prev && ind.level2Raw && !normalizeLevel2(ind.level2Raw) && LABEL_TAIL.test(compact(ind.level2Raw))) {
      if (prev.level2Raw && ind.level2Raw !== prev.level2Raw && !prev.level2Raw.endsWith(ind.level2Raw)) {
        // first row carrying the tail: complete the label of the rows above that share it
        const tail = ind.level2Raw;
        const joined = prev.level2Raw + tail;
        for (const other of indicators) if (other.level2Raw === prev.level2Raw && other.level2 === prev.level2) other.level2Raw = joined;
        ind.level2Raw = joined;
      } else {
        ind.level2Raw = prev.level2Raw ?? ind.level2Raw;
      }
      ind.level2 = prev.level2;
    }
    // "产出指" on the first row, "产出指标" (joined by the engine) on the next: one label
    if (prev && prev.level1Raw && ind.level1Raw && ind.level1Raw !== prev.level1Raw && ind.level1Raw.startsWith(prev.level1Raw) && ind.level1 === prev.level1) {
      const cut = prev.level1Raw;
      for (const other of indicators) if (other.level1Raw === cut) other.level1Raw = ind.level1Raw;
    }
    if (ind.level1 === null && ind.level2) ind.level1 = level1Of(ind.level2);
    if (ind.level1Raw && !ind.level1) ind.level1 = normalizeLevel1(ind.level1Raw);
    prev = ind;
  }
}

function parseNingxia(region: Region): Form {
  const form = emptyForm(region, "target", ID);
  const rows = region.rows;
  const header = findHeader(rows, region.anchor);
  const headEnd = header ? header.index : rows.length;

  // project
  const fields = headerFields(rows.slice(region.anchor, headEnd));
  applyProjectFields(form, fields);
  if (!form.project.name) form.parse.warnings.push("找不到项目名称");

  // funds
  const funds = parseFunds(rows, region.anchor, headEnd);
  form.funds.unit = funds.unit;
  if (funds.annualTotal !== null) form.funds.annualTotal = funds.annualTotal;
  form.funds.sources = funds.sources;
  if (Object.keys(funds.raw).length) form.funds.raw = funds.raw;
  for (const [k, t] of Object.entries(funds.raw)) form.fields[`funds.${k}`] = t;
  form.parse.warnings.push(...funds.warnings);

  // goal
  const goal = parseGoal(rows, region.anchor, headEnd);
  if (goal) {
    form.goals.annual = goal;
    form.fields["goals.annual"] = goal;
  } else form.parse.warnings.push("找不到年度总体目标");

  if (!header) {
    form.parse.warnings.push("找不到指标表表头（名称 一级指标 二级指标 三级指标 指标值）");
    form.parse.confidence = form.project.name ? 0.2 : 0;
    return form;
  }

  const t = parseIndicatorTable(rows, header, { compat });
  joinCutLabels(t.indicators);
  form.indicators = t.indicators;
  const tableRows = rows.slice(header.index + 1, t.endIndex).filter((r) => !isBlankRow(r)).length - t.rowsMerged;
  let conf = confidence(t.indicators.length, tableRows);
  if (!form.project.name) conf *= 0.8;
  if (form.funds.annualTotal == null) conf *= 0.9;
  const unlabelled = t.indicators.filter((i) => !i.level1 || !i.level2).length;
  if (unlabelled) {
    form.parse.warnings.push(`${unlabelled} 个指标缺少一级或二级指标`);
    conf *= 1 - (0.5 * unlabelled) / Math.max(1, t.indicators.length);
  }
  const noValue = t.indicators.filter((i) => !i.target || i.target.kind === "empty").length;
  if (noValue) form.parse.warnings.push(`${noValue} 个指标没有指标值`);
  form.parse = {
    confidence: Math.round(conf * 100) / 100,
    rows: t.indicators.length,
    rowsMerged: t.rowsMerged,
    warnings: [...form.parse.warnings, ...t.warnings],
  };
  return form;
}

export const ningxiaTarget: LayoutRecognizer = {
  id: ID,
  kind: "target",
  explains: ["rowLabel", "level1", "level2", "name", "target"],
  description: "宁夏部门项目支出预算绩效目标表：项目名称、主管部门及代码、项目属性、项目资金（万元）、年度总体目标，五列指标表（名称 一级 二级 三级 指标值）",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse(region) {
    return parseNingxia(region);
  },
};
