/**
 * Layout: shanxi-target — 山西县级项目支出绩效目标表：表头（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金 元，实施期/年度并列）+ 八列指标表（实施期 一级/二级/三级/指标值，年度 二级/三级/指标值）
 *
 * The form, top to bottom (000 l.488–515 is a typical one):
 *   项目名称 / 主管部门及代码 + 实施单位 / 项目属性 + 项目期      → project (common/header.ts)
 *   项目资金 （元） 实施期资金总额：N 年度资金总额：N            → funds.periodTotal / annualTotal
 *     其中：中央财政资金 N 中央财政资金 N … 其他资金              → funds.sources (period, annual)
 *   项目概况 / 立项依据 / 项目设立必要性 / 保证…措施 / 项目实施计划 → project.details
 *   实施期目标 … 年度目标 / 总体目标 text … text                  → goals.period / goals.annual
 *   绩效指标 一级 二级 三级 指标值 二级 三级 指标值              → indicators
 *   负责人： 经办人： 联系电话： 填报日期：                       → end of the form
 *
 * How it reads (driven by labels and header roles, never by line offsets or column numbers):
 * - Funds: in every row of the funds block each label is paired with the amount that follows it
 *   (cells shift between forms); the first label of a kind in a row is the period (实施期) amount,
 *   the second the year (年度) amount. A lone label goes to the side whose total label is nearer
 *   in column. A label followed directly by another label (or nothing) has amount null.
 * - Goals: texts after 总体目标 go to 实施期 or 年度 by column proximity to the 实施期目标 / 年度目标
 *   header cells; two texts on one row are period then year. Following rows before the table are
 *   joined as wrapped text.
 * - Indicator table: each row is aligned to the header's roles with the tolerant DP of
 *   common/align.ts, using a compat function that knows values ("≥10台", "100%", "2022年前") from
 *   names. The alignment is monotone, so year cells (annualLevel2/annualName/annualTarget) can
 *   never overwrite period cells. Level-1/level-2 labels are carried down. When a row's level-1
 *   label contradicts its level-2 label (000 l.1397 "效益指标 / 成本指标"), the level 2 wins for
 *   `level1` (the raw label stays in `level1Raw`) and a warning is added.
 * - Conventions (consistent on every form):
 *   · a row that holds a level-2 label but no 三级指标 and no value (000 l.508 "成本指标") becomes
 *     an Indicator with `name: ""`, `target: null`, `annualTarget: null`, so that rules can flag
 *     an empty required indicator; a row with only a level-1 label is not an indicator;
 *   · `annualName` is set only when the year column's 三级指标 differs from `name`
 *     ("办公设备验收合格" vs "办公设备验收合格率", l.506); `annualLevel2` likewise only when the year
 *     column's 二级指标 (normalised) differs from `level2`;
 *   · a row with only text cells in name roles (no label, no value) is a wrapped continuation and
 *     is appended to the previous indicator (`parse.rowsMerged`).
 * - The 负责人/经办人/联系电话/填报日期 footer ends the form (`endLine`).
 */
import type { Row } from "../read/grid.js";
import { filledCells, isBlankRow } from "../read/grid.js";
import type { Diagnostic, Form, FundSource, Indicator } from "../model/types.js";
import type { Text } from "../model/loc.js";
import type { LayoutRecognizer, Region } from "./types.js";
import { keywordScore, regionText, lineOf } from "./common/region.js";
import { emptyForm, applyProjectFields } from "./common/form.js";
import { headerFields, headerLabel, parseAmount } from "./common/header.js";
import { defaultCompat, mapHeader, type Column, type Role } from "./common/align.js";
import { alignRow } from "../recognise/align.js";
import { normalizeLevel1, normalizeLevel2, level1Of, isLabelFragment, cleanLabel } from "./common/labels.js";
import { parseValue } from "../normalize/value.js";

const ID = "shanxi-target";
const KEYWORDS = ["实施期资金总额", "年度资金总额", "实施期目标", "年度目标", "主管部门及代码"];

const FOOTER = /^(负责人|经办人|联系电话|填报日期|填报人|审核人)/;
const FUNDS_ANCHOR = /^项目资金/;
const PERIOD_TOTAL = /^实施期资金总额/;
const ANNUAL_TOTAL = /^年度资金总额/;
const GOAL_PERIOD = /^(实施期目标|实施期总体目标)/;
const GOAL_ANNUAL = /^(年度目标|年度总体目标)/;
const GOAL_ROW_LABEL = /^(总体目标|绩效目标|目标)$/;

/** fund split labels; canonical names as the model documents them */
const SOURCE_LABELS: [RegExp, string][] = [
  [/^中央(财政)?(资金|补助)?$/, "中央财政资金"],
  [/^省级?(财政)?(资金|补助)?$/, "省级财政资金"],
  [/^市县[（(]?区?[）)]?(财政)?(资金)?$/, "市县（区）财政资金"],
  [/^(市级|县级|区级)(财政)?(资金)?$/, "市县（区）财政资金"],
  [/^单位自筹(资金)?$/, "单位自筹"],
  [/^其他(资金)?$/, "其他资金"],
  [/^(财政拨款|上年结转(资金)?)$/, "$1"],
];

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** "其中：中央财政资金" → "中央财政资金"; null when not a fund split label */
function sourceLabel(text: string): string | null {
  const t = squash(text).replace(/^其中[:：]?/, "").replace(/[:：]+$/, "");
  for (const [re, canon] of SOURCE_LABELS) {
    const m = re.exec(t);
    if (m) return canon.startsWith("$") ? m[1] : canon;
  }
  return null;
}

function isFundLabel(text: string): boolean {
  const t = squash(text);
  return PERIOD_TOTAL.test(t) || ANNUAL_TOTAL.test(t) || sourceLabel(t) !== null || FUNDS_ANCHOR.test(t);
}

function firstText(row: Row): string {
  return squash(filledCells(row)[0]?.cell.text ?? "");
}

// ---------------------------------------------------------------------------------------------
// indicator table

function valueStrength(text: string): number {
  const v = parseValue(text);
  if (v.kind === "numeric") return v.dimension && v.dimension !== "other" ? 3 : 1;
  if (v.kind === "date" || v.kind === "period" || v.kind === "placeholder") return 2;
  return 0;
}

/** compat for this layout: the default, sharpened by how much a cell looks like a value */
export function shanxiCompat(text: string, role: Role): number {
  const base = defaultCompat(text, role);
  const t = text.trim();
  const isLabel = normalizeLevel1(t) !== null || normalizeLevel2(t) !== null;
  if (isLabel) return base;
  const vs = valueStrength(t);
  switch (role) {
    case "name":
    case "annualName":
      return base - (vs >= 3 ? 6 : vs === 2 ? 3 : 0) + (squash(t).length > 6 ? 0.5 : 0);
    case "target":
    case "annualTarget":
      return base + vs - (squash(t).length > 12 ? 1 : 0);
    default:
      return base;
  }
}

interface TableOut {
  indicators: Indicator[];
  rowsMerged: number;
  /** rows with only a level-1 label (no level 2, name or value): not indicators */
  rowsSkipped: number;
  tableRows: number;
  warnings: string[];
  endIndex: number;
}

function parseTable(rows: Row[], headerIndex: number, columns: Column[]): TableOut {
  const indicators: Indicator[] = [];
  const warnings: string[] = [];
  let rowsMerged = 0;
  let rowsSkipped = 0;
  let tableRows = 0;
  let level1: string | null = null;
  let level1Raw: string | null = null;
  let level2: string | null = null;
  let level2Raw: string | null = null;
  /** a level-1 label displaced onto a row whose level 2 belongs elsewhere (l.1397), kept for its own group */
  let displacedL1: { norm: string; raw: string } | null = null;
  let end = rows.length;
  const hasAnnualCols = columns.some((c) => c.role === "annualTarget" || c.role === "annualName");

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    const first = firstText(row);
    if (FOOTER.test(first) || /^项目名称/.test(first) || mapHeader(row)) {
      end = i;
      break;
    }
    tableRows++;
    let by: Partial<Record<Role, { text: string; loc: Row["loc"] }>> = {};
    try {
      by = alignRow(row, columns, { compat: shanxiCompat, allowSkip: true }).byRole;
    } catch {
      by = {};
    }
    const txt = (r: Role) => (by[r] ? by[r]!.text.trim() : "");
    // a cell in the row-label column is a level-1 label shifted left (l.514 "满意度指标 ⇥ …")
    let rawL1 = txt("level1");
    if (!rawL1 && by.rowLabel && normalizeLevel1(txt("rowLabel"))) rawL1 = txt("rowLabel");
    const rawL2 = txt("level2");
    const name = txt("name");
    const hasPeriodValue = !!by.target;
    const hasAnnual = !!(by.annualTarget || by.annualName || by.annualLevel2);

    // wrapped continuation: name text only (period and/or year), no label, no value
    if (
      indicators.length > 0 &&
      !rawL1 &&
      !rawL2 &&
      !by.annualLevel2 &&
      !by.target &&
      !by.annualTarget &&
      (by.name || by.annualName)
    ) {
      const prev = indicators[indicators.length - 1];
      if (by.name) prev.name += name;
      if (by.annualName) {
        const base = prev.annualName ?? (by.name ? prev.name.slice(0, prev.name.length - name.length) : prev.name);
        prev.annualName = base + txt("annualName");
        if (prev.annualName === prev.name) prev.annualName = null;
      }
      rowsMerged++;
      continue;
    }

    if (rawL1) {
      const n1 = normalizeLevel1(rawL1);
      if (n1) {
        level1 = n1;
        level1Raw = rawL1;
        if (!rawL2) {
          level2 = null;
          level2Raw = null;
        }
      } else if (isLabelFragment(rawL1) && level1Raw) {
        level1Raw = level1Raw + rawL1;
        const joined = normalizeLevel1(level1Raw);
        if (joined) level1 = joined;
      } else {
        level1 = cleanLabel(rawL1);
        level1Raw = rawL1;
      }
    }
    if (rawL2) {
      const n2 = normalizeLevel2(rawL2);
      level2 = n2 ?? cleanLabel(rawL2);
      level2Raw = rawL2;
      const implied = level1Of(n2);
      if (implied && implied !== level1) {
        const n1 = rawL1 ? normalizeLevel1(rawL1) : null;
        if (rawL1 && n1) {
          warnings.push(
            `第 ${lineOf(row)} 行：一级指标“${rawL1}”与二级指标“${rawL2}”不符，按二级指标归入${implied}`,
          );
          displacedL1 = { norm: n1, raw: rawL1 };
        }
        level1 = implied;
        if (!rawL1) {
          level1Raw = displacedL1 && displacedL1.norm === implied ? displacedL1.raw : null;
          if (displacedL1 && displacedL1.norm === implied) displacedL1 = null;
        }
      }
    }
    if (!name && !hasPeriodValue && !hasAnnual && !rawL2) {
      if (rawL1) rowsSkipped++; // a level-1-only row
      else warnings.push(`第 ${lineOf(row)} 行：无法识别的指标表行，已跳过`);
      continue;
    }
    const ind: Indicator = {
      line: lineOf(row),
      loc: { ...row.loc },
      level1,
      level1Raw: rawL1 ? rawL1 : level1Raw,
      level2,
      level2Raw,
      name,
      target: by.target ? parseValue(by.target.text, { ...by.target.loc }) : null,
      annualTarget: by.annualTarget ? parseValue(by.annualTarget.text, { ...by.annualTarget.loc }) : null,
      adjustedTarget: null,
      actual: null,
      weight: null,
      score: null,
    };
    if (by.name) ind.nameLoc = { ...by.name.loc };
    const aName = txt("annualName");
    if (aName && aName !== name) ind.annualName = aName;
    const aL2 = txt("annualLevel2");
    if (aL2) {
      const n = normalizeLevel2(aL2) ?? cleanLabel(aL2);
      if (n !== level2) ind.annualLevel2 = aL2;
    }
    if (hasAnnualCols && by.target && !by.annualTarget) {
      warnings.push(`第 ${ind.line} 行：年度指标值缺失（年度列被截断）`);
    }
    if (aName && name && !name.startsWith(aName) && !aName.startsWith(name)) {
      warnings.push(`第 ${ind.line} 行：年度三级指标“${aName}”与实施期“${name}”不是同一指标`);
    }
    indicators.push(ind);
  }
  return { indicators, rowsMerged, rowsSkipped, tableRows, warnings, endIndex: end };
}

// ---------------------------------------------------------------------------------------------
// funds

function parseFunds(rows: Row[], form: Form): number {
  const start = rows.findIndex((r) => FUNDS_ANCHOR.test(firstText(r)) || filledCells(r).some((c) => PERIOD_TOTAL.test(squash(c.cell.text))));
  if (start < 0) return 0;
  const anchorText = filledCells(rows[start]).map((c) => squash(c.cell.text)).join("");
  const unit = /项目资金[（(](万元|元)[）)]/.exec(anchorText);
  form.funds.unit = unit ? unit[1] : null;
  form.funds.loc = { ...rows[start].loc };
  const raw: Record<string, Text> = {};
  let periodCol: number | null = null;
  let annualCol: number | null = null;
  const sources = new Map<string, FundSource>();
  let found = 0;
  for (let i = start; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    const cells = filledCells(row);
    // the block ends at the next header label (项目概况 …) or goal / table row
    if (i > start && cells.length && !isFundLabel(cells[0].cell.text) && headerLabel(cells[0].cell.text)) break;
    if (i > start && !cells.some((c) => isFundLabel(c.cell.text))) break;
    const seenInRow = new Map<string, number>();
    for (let k = 0; k < cells.length; k++) {
      const t = squash(cells[k].cell.text);
      const next = cells[k + 1];
      const amountCell = next && !isFundLabel(next.cell.text) ? next.cell : null;
      const amount = amountCell ? parseAmount(amountCell.text) : null;
      if (PERIOD_TOTAL.test(t) || ANNUAL_TOTAL.test(t)) {
        const key = PERIOD_TOTAL.test(t) ? "periodTotal" : "annualTotal";
        if (key === "periodTotal") periodCol = cells[k].index;
        else annualCol = cells[k].index;
        if (form.funds[key] === undefined) {
          form.funds[key] = amount;
          if (amountCell) raw[key] = { text: amountCell.text, loc: { ...amountCell.loc } };
          found++;
        }
        continue;
      }
      const name = sourceLabel(t);
      if (!name) continue;
      const nth = seenInRow.get(name) ?? 0;
      seenInRow.set(name, nth + 1);
      let side: "period" | "annual";
      if (nth >= 1) side = "annual";
      else {
        const hasTwin = cells.slice(k + 1).some((c) => sourceLabel(c.cell.text) === name);
        if (hasTwin || periodCol === null || annualCol === null) side = "period";
        else side = Math.abs(cells[k].index - periodCol) <= Math.abs(cells[k].index - annualCol) ? "period" : "annual";
      }
      let src = sources.get(name);
      if (!src) {
        src = { name, period: null, annual: null, loc: { ...row.loc } };
        sources.set(name, src);
      }
      if (side === "period" && src.period === null) src.period = amount;
      else if (side === "annual" && src.annual === null) src.annual = amount;
      if (amountCell) raw[`sources.${name}.${side}`] = { text: amountCell.text, loc: { ...amountCell.loc } };
    }
  }
  form.funds.sources = [...sources.values()];
  form.funds.raw = raw;
  return found;
}

// ---------------------------------------------------------------------------------------------
// goals

function parseGoals(rows: Row[], tableHeader: number, form: Form): void {
  const limit = tableHeader >= 0 ? tableHeader : rows.length;
  const hi = rows.findIndex((r, i) => i < limit && filledCells(r).some((c) => GOAL_PERIOD.test(squash(c.cell.text)) || GOAL_ANNUAL.test(squash(c.cell.text))));
  if (hi < 0) return;
  let pCol: number | null = null;
  let aCol: number | null = null;
  for (const c of filledCells(rows[hi])) {
    const t = squash(c.cell.text);
    if (GOAL_PERIOD.test(t)) pCol = c.index;
    else if (GOAL_ANNUAL.test(t)) aCol = c.index;
  }
  const add = (key: "period" | "annual", text: string, loc: Row["loc"]) => {
    const cur = form.goals[key];
    if (cur) cur.text += text;
    else form.goals[key] = { text, loc: { ...loc } };
  };
  for (let i = hi + 1; i < limit; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    if (FOOTER.test(firstText(row)) || headerLabel(filledCells(row)[0]?.cell.text ?? "")) break;
    const texts = filledCells(row).filter((c) => !GOAL_ROW_LABEL.test(squash(c.cell.text)));
    texts.forEach((c, k) => {
      let key: "period" | "annual";
      if (texts.length >= 2) key = k === 0 ? "period" : "annual";
      else if (pCol !== null && aCol !== null) key = Math.abs(c.index - pCol) <= Math.abs(c.index - aCol) ? "period" : "annual";
      else key = aCol !== null && pCol === null ? "annual" : "period";
      add(key, c.cell.text.trim(), c.cell.loc);
    });
  }
}

// ---------------------------------------------------------------------------------------------

function parse(region: Region, diagnostics: Diagnostic[]): Form {
  const form = emptyForm(region, "target", ID);
  const rows = region.rows;
  const warnings: string[] = [];

  // table header (the 8-column 绩效指标 row) and the footer
  let headerIndex = -1;
  let columns: Column[] = [];
  for (let i = region.anchor; i < rows.length; i++) {
    if (FOOTER.test(firstText(rows[i]))) break;
    const cols = mapHeader(rows[i]);
    if (cols) {
      headerIndex = i;
      columns = cols;
      break;
    }
  }

  // header fields: only rows above the table
  const headRows = rows.slice(region.anchor, headerIndex >= 0 ? headerIndex : rows.length);
  const fields = headerFields(headRows);
  applyProjectFields(form, fields);
  if (!form.project.name) {
    warnings.push("未找到项目名称");
    form.project.name = "";
  }

  let fundsFound = 0;
  try {
    fundsFound = parseFunds(headRows, form);
  } catch (e) {
    warnings.push(`项目资金解析失败：${(e as Error).message}`);
  }
  if (!fundsFound) warnings.push("未找到项目资金（实施期资金总额/年度资金总额）");
  if (!form.funds.unit && fundsFound) form.funds.unit = null;

  try {
    parseGoals(headRows, headRows.length, form);
  } catch (e) {
    warnings.push(`绩效目标解析失败：${(e as Error).message}`);
  }
  if (!form.goals.period && !form.goals.annual) warnings.push("未找到实施期目标/年度目标");

  let tableFrac = 0;
  if (headerIndex < 0) {
    warnings.push("未找到指标表表头（一级指标/二级指标/三级指标/指标值）");
    diagnostics.push({
      code: "layout/no-indicator-table",
      severity: "warning",
      message: `第 ${form.line} 行起的目标表找不到指标表表头，仅解析了表头信息`,
      messageEn: `the target form at line ${form.line} has no recognisable indicator-table header; only its header block was parsed`,
      line: form.line,
      loc: { ...form.loc },
    });
    const footer = rows.findIndex((r, i) => i > region.anchor && FOOTER.test(firstText(r)));
    if (footer >= 0) form.endLine = lineOf(rows[footer]);
  } else {
    const t = parseTable(rows, headerIndex, columns);
    form.indicators = t.indicators;
    form.parse.rowsMerged = t.rowsMerged;
    warnings.push(...t.warnings);
    form.parse.rowsSkipped = t.rowsSkipped;
    tableFrac = t.tableRows > 0 ? Math.min(1, (t.indicators.length + t.rowsMerged + t.rowsSkipped) / t.tableRows) : 0;
    if (t.endIndex < rows.length && FOOTER.test(firstText(rows[t.endIndex]))) {
      form.endLine = lineOf(rows[t.endIndex]);
    } else {
      const last = rows.slice(0, t.endIndex).reverse().find((r) => !isBlankRow(r));
      if (last) form.endLine = lineOf(last);
      warnings.push("未找到表尾（负责人/填报日期），表格可能不完整");
    }
    if (!t.indicators.length) warnings.push("指标表没有可识别的指标行");
  }

  const headerChecks = [
    !!form.project.name,
    !!form.project.department,
    form.funds.periodTotal != null || form.funds.annualTotal != null,
    !!(form.goals.period || form.goals.annual),
  ];
  const headerFrac = headerChecks.filter(Boolean).length / headerChecks.length;
  form.parse = {
    confidence: Math.round((0.7 * tableFrac + 0.3 * headerFrac) * 100) / 100,
    rows: form.indicators.length,
    rowsMerged: form.parse.rowsMerged,
    ...(form.parse.rowsSkipped !== undefined ? { rowsSkipped: form.parse.rowsSkipped } : {}),
    warnings,
  };
  return form;
}

export const shanxiTarget: LayoutRecognizer = {
  id: ID,
  kind: "target",
  explains: ["rowLabel", "level1", "level2", "name", "target"],
  description:
    "山西县级项目支出绩效目标表：表头（项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金 元，实施期/年度并列）+ 八列指标表（实施期 一级/二级/三级/指标值，年度 二级/三级/指标值）",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse,
};
