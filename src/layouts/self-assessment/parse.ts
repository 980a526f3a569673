/**
 * One reading order for both self-assessment layouts, each block found by its labels:
 *   项目名称 / 主管部门 / 实施单位(预算单位)          → project     (common/header.ts)
 *   funds header (1–2 rows) + 资金总额 + source rows  → funds       (funds.ts)
 *   年度目标|预期目标 … 实际完成情况                    → goals       (blocks.ts)
 *   indicator header + rows                           → indicators  (indicators.ts)
 *   总分 row                                          → total, grade
 *   项目绩效分析 …                                     → narrative
 *   备注 …                                            → notes
 * A missing block is reported in form.parse.warnings (and a diagnostic when the indicator table
 * itself is missing); nothing here throws on messy input.
 */
import type { Diagnostic, Form } from "../../model/types.js";
import type { Region } from "../types.js";
import { emptyForm, applyProjectFields } from "../common/form.js";
import { headerFields } from "../common/header.js";
import { findHeader } from "../common/table.js";
import { findFundsHeader, parseFunds } from "../../recognise/funds-table.js";
import { loadTemplates } from "../../recognise/templates.js";
import { parseGoals, parseTotal, parseNarrative, parseNotes } from "../../recognise/blocks.js";
import { parseSelfAssessmentTable, type IndicatorTableOptions } from "./indicators.js";

export function parseSelfAssessment(region: Region, diagnostics: Diagnostic[], layout: string, opts: IndicatorTableOptions = {}): Form {
  const form = emptyForm(region, "self-assessment", layout);
  const rows = region.rows;
  const warnings: string[] = [];
  const header = findHeader(rows, region.anchor);
  const tableStart = header ? header.index : rows.length;

  const funds = findFundsHeader(loadTemplates()[0], rows, region.anchor, tableStart);
  applyProjectFields(form, headerFields(rows.slice(region.anchor, funds ? funds.index : tableStart)));
  if (!form.project.name) warnings.push("找不到项目名称");

  let goalsFrom = region.anchor;
  if (funds) {
    const f = parseFunds(rows, funds, tableStart);
    form.funds = f.funds;
    warnings.push(...f.warnings);
    goalsFrom = f.end;
  } else warnings.push("找不到项目资金表头（全年预算数/全年执行数）");

  const g = parseGoals(rows, goalsFrom, tableStart);
  form.goals = g.goals;
  if (!g.found) warnings.push("找不到年度目标/实际完成情况");

  if (!header) {
    warnings.push("找不到指标表表头");
    diagnostics.push({
      code: "layout/no-indicator-table",
      severity: "warning",
      message: `第 ${form.line} 行起的自评表找不到指标表表头（一级/二级/三级指标 … 分值 得分），只解析了表头部分`,
      messageEn: `the self-assessment at line ${form.line} has no recognisable indicator header; only its header block was parsed`,
      line: form.line,
      loc: form.loc,
    });
    form.parse = { confidence: form.project.name ? 0.2 : 0, rows: 0, rowsMerged: 0, warnings };
    return form;
  }

  const t = parseSelfAssessmentTable(rows, header, opts);
  form.indicators = t.indicators;
  warnings.push(...t.warnings);

  const total = parseTotal(rows, t.end, rows.length);
  if (total) {
    form.total = total.total;
    form.totalRaw = total.totalRaw;
    if (total.totalWeight !== null) form.totalWeight = total.totalWeight;
    form.grade = total.grade;
    form.fields.total = { text: total.totalRaw ?? "", loc: total.loc };
    if (total.grade && total.gradeLoc) form.fields.grade = { text: total.grade, loc: total.gradeLoc };
  } else warnings.push("找不到总分行");

  const after = total ? total.index + 1 : t.end;
  const n = parseNarrative(rows, after, rows.length);
  form.narrative = n.sections;
  const notes = parseNotes(rows, n.index >= 0 ? n.index : after, rows.length);
  if (notes.length) form.notes = notes;

  const missing = t.indicators.filter((i) => i.weight === null || i.score === null).length;
  const understood = t.indicators.length + t.rowsMerged + t.rowsSkipped + t.labelRows;
  let confidence = t.rowsSeen ? understood / t.rowsSeen : 0;
  if (missing) confidence *= 1 - missing / Math.max(1, t.indicators.length) / 2;
  if (!funds) confidence *= 0.9;
  if (!total) confidence *= 0.9;
  if (!form.project.name) confidence *= 0.8;
  form.parse = {
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    rows: t.indicators.length,
    rowsMerged: t.rowsMerged,
    warnings,
    rowsSkipped: t.rowsSkipped,
  };
  return form;
}
