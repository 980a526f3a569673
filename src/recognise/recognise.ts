/**
 * Grid → forms. Segments the grid into regions, reads each with the header engine and the template
 * that explains its header (src/recognise, rules/templates/*.yml), and turns every failure into a
 * diagnostic with its line: a region that looks like a form is never dropped silently, and one bad
 * form never stops the others.
 */
import type { Grid, Row } from "../read/grid.js";
import { joinRowTexts } from "../read/grid.js";
import { NO_FORMS, type Diagnostic, type Form } from "../model/types.js";
import { segment } from "./segment.js";
import { readRegion, chooseTemplate, readDepartmentFundsForm } from "./engine.js";
import { dropPageFurniture } from "../repair/index.js";
import { internText } from "../read/intern.js";
import { type Region, documentDepartment, lineOf, regionText, yearFromTitle } from "./region.js";

const INDICATOR_HEADER = /一级指标|二级指标|三级指标/;
const FORM_HINTS = /主管部门|项目资金|绩效目标|预算数|实施单位|绩效指标/;

export interface Recognised {
  forms: Form[];
  diagnostics: Diagnostic[];
  year: number | null;
  department: string | null;
}

/** budget year and department from the document's first lines */
export function documentContext(grid: Grid): { year: number | null; department: string | null } {
  // a project name's own year ("项目名称 2023年度…补助") is no budget year: its line is left out
  const head = grid.rows
    .slice(0, 40)
    .map((r) => r.text)
    .filter((t) => !/^\s*项目名称/u.test(t))
    .join("\n");
  // "预算年度：2024" (label and value often on different lines) before any year in the title
  const labelled = /(预算|决算|会计)年度[:：]?\s*(20\d{2})/.exec(head.replace(/\s+/g, ""));
  const year = labelled ? Number(labelled[2]) : yearFromTitle(head);
  return { year, department: documentDepartment(grid.rows) };
}

export function recognise(grid: Grid): Recognised {
  for (const row of grid.rows) for (const c of row.cells) c.text = internText(c.text);
  const diagnostics: Diagnostic[] = [];
  const forms: Form[] = [];
  const ctx = documentContext(grid);
  const covered: [number, number][] = [];
  for (const raw of segment(grid)) {
    covered.push([raw.start, raw.end]);
    // page numbers and running page headers are dropped for every region, whoever reads it (repair stage)
    const all = grid.rows.slice(raw.start, raw.end);
    const rows = dropPageFurniture(all, grid.rows);
    const anchor = rows.indexOf(grid.rows[raw.anchor]);
    const region: Region = { grid, rows: anchor < 0 ? all : rows, start: raw.start, anchor: raw.anchor - raw.start, year: ctx.year };
    if (anchor >= 0) region.anchor = anchor;
    const anchorLine = lineOf(grid.rows[raw.anchor]);
    if (!hasIndicatorHeader(region.rows, 80) && !chooseTemplate(region, rows)) {
      const text = regionText(region, 80);
      // a department's form made of its funds and its projects only is still a form
      const department = readDepartmentFundsForm(region);
      if (department) {
        forms.push(department);
        continue;
      }
      if (FORM_HINTS.test(text)) {
        diagnostics.push({
          code: "layout/no-indicator-table",
          severity: "warning",
          message: `第 ${anchorLine} 行起的表格像是绩效表（有项目名称），但找不到指标表（一级/二级/三级指标），未解析`,
          messageEn: `the table at line ${anchorLine} looks like a performance form (it has 项目名称) but has no indicator table; not parsed`,
          line: anchorLine,
          loc: { ...grid.rows[raw.anchor].loc },
        });
      }
      continue;
    }
    // the title lines above the anchor name the budget year; the anchor row holds the project name,
    // whose own year ("2023年度动物疫病强制免疫补助" in a 2025 form) is a stale label for the rules
    // to report, not the form's year: it is read only when nothing else names one
    const titleYear =
      yearFromTitle(joinRowTexts(rows, 0, region.anchor, " ")) ??
      (ctx.year === null ? yearFromTitle(rows[region.anchor]?.text ?? "") : null);
    if (titleYear) region.year = titleYear;
    try {
      for (const form of readRegion(region, diagnostics)) {
        if (form.year == null) form.year = region.year ?? null;
        forms.push(form);
      }
    } catch (e) {
      const id = templateOf(region);
      diagnostics.push({
        code: "layout/parse-failed",
        severity: "error",
        message: `第 ${anchorLine} 行起的表格（版式 ${id}）解析失败：${(e as Error).message}`,
        messageEn: `the form at line ${anchorLine} (layout ${id}) could not be parsed: ${(e as Error).message}`,
        line: anchorLine,
        loc: { ...grid.rows[raw.anchor].loc },
      });
    }
  }
  carryMoneyUnit(forms);
  if (forms.length === 0) diagnostics.push(noFormDiagnostic(grid, diagnostics));
  else diagnostics.push(...headlessTables(grid, covered));
  return { forms, diagnostics: [...grid.diagnostics, ...diagnostics], year: ctx.year, department: ctx.department };
}

/**
 * The money unit stated once for a document's tables ("单位：万元" above the first form of a budget
 * publication's section): forms that state none take it, when the first form states it and no form
 * states another.
 */
function carryMoneyUnit(forms: Form[]): void {
  const units = new Set(forms.map((f) => f.funds.unit).filter((u): u is string => !!u));
  const unit = forms[0]?.funds.unit;
  if (!unit || units.size !== 1) return;
  for (const f of forms) f.funds.unit ??= unit;
}

/** the template a region would be read with, for a message about it ("generic" when none or on error) */
function templateOf(region: Region): string {
  try {
    return chooseTemplate(region, region.rows)?.tpl.id ?? "generic";
  } catch {
    return "generic";
  }
}

/**
 * Whether the region's first rows name an indicator level (一级指标 …), spaces inside a word set
 * aside: what `INDICATOR_HEADER.test(regionText(region, maxRows))` says, row by row (rows are joined
 * by line breaks there, so no match spans two rows), and without the text of a row holding no 级,
 * which every level's name has; it stops at the first row that names one.
 */
function hasIndicatorHeader(rows: Row[], maxRows: number): boolean {
  const n = Math.min(rows.length, maxRows);
  for (let i = 0; i < n; i++) {
    const t = rows[i].text;
    if (t.includes("级") && INDICATOR_HEADER.test(t.replace(/[ \t\u3000]+/g, ""))) return true;
  }
  return false;
}

/** a row that heads an indicator table: two of 一级指标 / 二级指标 / 三级指标 in its cells */
function isIndicatorHeaderRow(cells: string[]): boolean {
  const levels = new Set(cells.map((c) => c.replace(/\s+/g, "")).filter((c) => /^[一二三]级指标$/.test(c)));
  return levels.size >= 2;
}

/**
 * Indicator tables outside every form region (no 项目名称 or other form label above them, e.g. the
 * end of a form whose first page is missing), in a file where other forms were read: one
 * diagnostic per such table, so their indicators are not lost without a word.
 */
function headlessTables(grid: Grid, covered: [number, number][]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // the rows inside a region, marked once (not every row against every region: a file of many forms)
  const inRegion = new Uint8Array(grid.rows.length);
  for (const [a, b] of covered) inRegion.fill(1, Math.max(0, a), Math.max(0, Math.min(b, grid.rows.length)));
  grid.rows.forEach((row, i) => {
    if (inRegion[i]) return;
    if (!isIndicatorHeaderRow(row.cells.map((c) => c.text))) return;
    const line = lineOf(row);
    out.push({
      code: "layout/headless-table",
      severity: "warning",
      message: `第 ${line} 行的指标表上方没有“项目名称”“部门名称”等表头字段，不属于任何绩效表，未解析`,
      messageEn: `the indicator table at line ${line} has no form label (项目名称, 部门名称 …) above it and belongs to no form; not parsed`,
      line,
      loc: { ...row.loc },
    });
  });
  return out;
}

/** A file in which no form was read gets one diagnostic naming the file and the reason. */
function noFormDiagnostic(grid: Grid, diagnostics: Diagnostic[]): Diagnostic {
  const all = grid.rows.map((r) => r.text).join("\n").replace(/[ \t\u3000]+/g, "");
  const reported = diagnostics.length > 0;
  const reason = reported
    ? "见上面的提示"
    : INDICATOR_HEADER.test(all)
      ? "有指标表表头，但表头上方没有“项目名称”“部门名称”等可识别的表头字段"
      : "既没有“项目名称”等表头字段，也没有指标表表头（一级/二级/三级指标）";
  const reasonEn = reported
    ? "see the messages above"
    : INDICATOR_HEADER.test(all)
      ? "it has an indicator header but no recognisable label (项目名称, 部门名称 …) above it"
      : "it has neither a form label such as 项目名称 nor an indicator header (一级/二级/三级指标)";
  return {
    code: NO_FORMS,
    severity: "warning",
    message: `${grid.source}：没有读出任何绩效表（${reason}）`,
    messageEn: `${grid.source}: no performance form was read (${reasonEn})`,
  };
}
