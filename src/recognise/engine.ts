/**
 * The header engine: one reader for every form.
 *
 * A region (from its title lines to the next form) is read with the template that explains most of
 * its indicator header (rules/templates/*.yml; generic when none explains more): header fields and
 * funds by label synonyms, the indicator table by column roles, the 总分 row. A list-style table (a
 * 项目名称 column) yields one form per project. Nothing is dropped silently: unexplained header
 * columns are kept as extra fields and listed in a diagnostic; a form without indicators is reported.
 */
import type { Diagnostic, Form, FormKind } from "../model/types.js";
import { type Region, documentDepartment, lineOf } from "./region.js";
import { clonePlain, emptyForm } from "./form.js";
import { splitCodeName } from "./field-values.js";
import { parseTotal } from "./blocks.js";
import { readGoalColumns, readClosingBlocks, readConversionRows, scoreWarnings, scoresFromCoefficients, dropIndicatorSubtotal } from "./self-assessment.js";
import { dropPageFurniture } from "../repair/index.js";
import { hittingChars, holdsAny, literalWords, loadTemplates, matchRole, squashHeader, type Template } from "./templates.js";
import { sourceName } from "./funds-label.js";
import { parseAmount } from "./field-values.js";
import { findHeader, isPositional, type Header } from "./header.js";
import { readHeaderFields, unitAbove, type FieldHit } from "./fields.js";
import { keyOf, readTable, type BlockResult, type RowView } from "./table.js";
import { isDepartmentForm } from "./subject.js";
import { projectTableAt, takeProjectLines, takeProjectTable, takeSpendingLines } from "./spending.js";
import { filledCells, isBlankRow, joinRowTexts, type Row } from "../read/grid.js";
import { readSpacedForm, readSpendingPlan } from "./spaced.js";
import { isSpaceAligned } from "../repair/layout.js";

export const GENERIC_ID = "generic";

interface Choice {
  tpl: Template;
  header: Header;
  score: number;
}

export function titleText(region: Region): string {
  return joinRowTexts(region.rows, 0, region.anchor + 1, " ").replace(/\s+/g, "");
}

/** the template that explains most of the region's header, with the header it found */
export function chooseTemplate(region: Region, rows: Row[], templates: Template[] = loadTemplates()): Choice | null {
  const positional = isPositional(region.grid);
  const title = titleText(region);
  const text = joinRowTexts(rows, 0, 80, "\n").replace(/\s+/g, "");
  let best: Choice | null = null;
  // the rows' header-start masks, found once for every template's search
  const masks: (number | undefined)[] = [];
  for (const tpl of templates) {
    if (tpl.requireRes.some((re) => !re.test(text))) continue;
    // from the anchor on, else above it (rows from the anchor on were just scanned: not again)
    const from = Math.max(0, region.anchor);
    const header = findHeader(tpl, rows, from, positional, rows.length, masks) ?? findHeader(tpl, rows, 0, positional, from, masks);
    if (!header) continue;
    const explained = header.columns.filter((c) => c.role).length / Math.max(1, header.columns.length);
    const cues = tpl.titleRes.filter((re) => re.test(title)).length;
    const score = explained + 0.25 * cues + (tpl.id === GENERIC_ID ? 0 : 0.001 * (cues + tpl.requireRes.length > 0 ? 1 : -1));
    if (!best || score > best.score) best = { tpl, header, score };
  }
  return best;
}

function diag(code: string, severity: Diagnostic["severity"], zh: string, en: string, row: Row): Diagnostic {
  return { code, severity, message: zh, messageEn: en, line: lineOf(row), loc: { ...row.loc } };
}

function applyFields(form: Form, hits: FieldHit[]): void {
  const details: Record<string, string> = { ...(form.project.details ?? {}) };
  for (const h of hits) {
    const v = h.value;
    switch (h.key) {
      case "project":
        if (!form.project.name) {
          // a project code glued before the name ("51112225R000000315 某某项目")
          const m = /^([0-9A-Z]{6,}[-_]?[0-9A-Z]*)\s+(\S.*)$/.exec(v.text);
          form.project.name = m ? m[2] : v.text;
          if (m && !form.project.code) form.project.code = m[1];
          form.fields["project.name"] = v;
        }
        break;
      case "parentProject":
        details[h.label] = v.text;
        form.fields[`project.details.${h.label}`] = v;
        break;
      case "code":
        form.project.code = v.text;
        form.fields["project.code"] = v;
        break;
      case "department": {
        if (form.project.department) break;
        const { code, name } = splitCodeName(v.text);
        form.project.department = v.text;
        if (code && name) details["主管部门代码"] = code;
        form.fields["project.department"] = v;
        break;
      }
      case "departmentCode":
        details["主管部门代码"] = v.text;
        form.fields[`project.details.主管部门代码`] = v;
        break;
      case "implementer":
        form.project.implementer = v.text;
        form.fields["project.implementer"] = v;
        break;
      case "attribute": {
        // a form may state the attribute under two labels (项目属性 新增/延续 beside 项目类型 一次性/经常性):
        // both are kept, the ticked options of a checkbox only
        const text = tickedOptions(v.text);
        if (form.project.attribute) form.project.attribute = `${form.project.attribute}；${text}`;
        else {
          form.project.attribute = text;
          form.fields["project.attribute"] = v;
        }
        break;
      }
      case "period":
        form.project.period = v.text;
        form.fields["project.period"] = v;
        break;
      case "goalAnnual":
        if (!form.goals.annual) {
          form.goals.annual = v;
          form.fields["goals.annual"] = v;
        }
        break;
      case "goalPeriod":
        if (!form.goals.period) {
          form.goals.period = v;
          form.fields["goals.period"] = v;
        }
        break;
      case "goalActual":
        if (!form.goals.actual) {
          form.goals.actual = v;
          form.fields["goals.actual"] = v;
        }
        break;
      case "spendingPlan":
        // months and percentages: read by the reader of spaced text (spaced.ts); no text field
        break;
      default:
        details[h.label] = v.text;
        form.fields[`project.details.${h.label}`] = v;
    }
  }
  if (Object.keys(details).length) form.project.details = details;
}

const TICKED = /[☑☒■√✓✔]/u;
const UNTICKED_BOX = /[□☐]/u;
/**
 * The options a checkbox field ticks ("新增项目☑ 延续项目□" → "新增项目", "□新增项目 ☑延续项目" → "延续项目"):
 * the box stands after its option, or before it when the text opens with one. A text with no box, or
 * none ticked, is kept with its boxes dropped ("新增项目 延续项目": no option chosen).
 */
export function tickedOptions(text: string): string {
  const t = text.trim();
  if (!TICKED.test(t) && !UNTICKED_BOX.test(t)) return t;
  const before = TICKED.test(t[0]) || UNTICKED_BOX.test(t[0]);
  const box = /[□☐☑☒■√✓✔]/gu;
  const options: { name: string; ticked: boolean }[] = [];
  let last = 0;
  for (const m of t.matchAll(box)) {
    const at = m.index ?? 0;
    if (before) {
      if (options.length) options[options.length - 1].name = t.slice(last, at).trim();
      options.push({ name: "", ticked: TICKED.test(m[0]) });
    } else options.push({ name: t.slice(last, at).trim(), ticked: TICKED.test(m[0]) });
    last = at + m[0].length;
  }
  if (before && options.length) options[options.length - 1].name = t.slice(last).trim();
  const chosen = options.filter((o) => o.ticked && o.name).map((o) => o.name);
  return chosen.length ? chosen.join(" ") : t.replace(box, " ").replace(/\s+/gu, " ").trim();
}

/** the title of the next form ("…绩效目标申报表") ends a table */
function isTitleRow(view: RowView): boolean {
  if (view.filled.length === 0 || view.filled.length > 2) return false;
  return /(绩效目标|绩效自评|自评|目标|支出绩效).{0,4}表$|^[（(]?20\d{2}年度?[)）]?$/.test(view.first);
}

/** the signature row that ends a form of this template (负责人 …) */
function isFooter(tpl: Template, row: Row, first = filledCells(row)[0]?.cell.text.replace(/\s+/g, "") ?? ""): boolean {
  if (!tpl.footerRe) return false;
  return tpl.footerRe.test(first);
}

/**
 * Per template: characters one of which every text naming a goal field holds, when every goal synonym is a
 * literal word (they hold 目 or 完): a goal label, squashed or cut at its colon, is made of the text's own
 * characters, so a row whose first text holds none is no goal row (asked of every table row). Null: ask.
 */
const GOAL_CHARS = new WeakMap<Template, string[] | null>();

function goalChars(tpl: Template): string[] | null {
  let chars = GOAL_CHARS.get(tpl);
  if (chars === undefined) {
    const words: string[][] = [];
    chars = [];
    for (const [re, key] of tpl.fieldRes) {
      if (key !== "goalAnnual" && key !== "goalPeriod" && key !== "goalActual") continue;
      const lit = literalWords(re);
      if (!lit) {
        chars = null;
        break;
      }
      for (const w of lit) words.push(Array.from(w));
    }
    if (chars) chars = hittingChars(words);
    GOAL_CHARS.set(tpl, chars);
  }
  return chars;
}

/** a goal or detail row (label, then its text) inside a table: part of the header, not an indicator */
function isFieldRow(tpl: Template, view: RowView): boolean {
  const first = view.filled[0]?.cell.text ?? "";
  const chars = goalChars(tpl);
  if (chars && !holdsAny(first, chars)) return false;
  const key = matchRole(tpl.fieldRes, first) ?? matchRole(tpl.fieldRes, (/^([^:：]{2,16})[:：]/.exec(first.trim()) ?? [])[1] ?? "");
  return key === "goalAnnual" || key === "goalPeriod" || key === "goalActual";
}

function kindOf(tpl: Template, header: Header, title: string): FormKind {
  if (tpl.kind !== "auto") return tpl.kind;
  const roles = new Set(header.columns.map((c) => c.role));
  if (roles.has("actual") || roles.has("score") || roles.has("convertedScore")) return "self-assessment";
  return /自评/.test(title) ? "self-assessment" : "target";
}

/**
 * One form from a region, for callers that need one even when there is no indicator table: the
 * header fields alone, with a warning and confidence 0 (the diagnostic is added as by readRegion).
 */
export function readForm(region: Region, diagnostics: Diagnostic[]): Form {
  const forms = readRegion(region, diagnostics);
  if (forms.length) return forms[0];
  const rows = dropPageFurniture(region.rows, region.grid.rows);
  const tpl = loadTemplates()[0];
  const f = emptyForm(region, "target", tpl.id);
  const head = readHeaderFields(tpl, rows);
  applyFields(f, head.hits);
  f.funds = head.funds;
  for (const [k, v] of Object.entries(f.funds.raw ?? {})) f.fields[`funds.${k}`] = v;
  f.parse = { confidence: 0, rows: 0, rowsMerged: 0, warnings: ["找不到指标表表头"] };
  return f;
}

/**
 * A department-level form without an indicator table (a 部门整体支出绩效自评表 made of its funds block,
 * its goals and a table of its projects with their amounts and converted scores): read all the same —
 * header fields, goals, funds by kind of spending and the project lines — so that it is never dropped
 * and the funds rules check it. null when the region is not a department's form (its title or its
 * labels decide, as for every form) or has no funds to read.
 */
export function readDepartmentFundsForm(region: Region): Form | null {
  const rows = dropPageFurniture(region.rows, region.grid.rows);
  const tpl = loadTemplates().find((t) => t.id === GENERIC_ID);
  if (!tpl) return null;
  const title = titleText(region);
  // the table of projects is no header field ("项目名称 | 全年预算数" names no project)
  const table = projectTableAt(tpl, rows);
  const head = readHeaderFields(tpl, table < 0 ? rows : rows.slice(0, table));
  if (!isDepartmentForm(tpl, title, head.hits)) return null;
  const f = emptyForm(region, /自评/.test(title) ? "self-assessment" : "target", tpl.id);
  f.subject = "department";
  applyFields(f, head.hits);
  f.funds = clonePlain(head.funds);
  f.funds.unit ??= unitAbove(region.grid.rows, region.start);
  takeSpendingLines(tpl, f.funds);
  takeProjectTable(tpl, f.funds, rows);
  if (!f.funds.spending && !f.funds.projectLines) return null;
  for (const [k, v] of Object.entries(f.funds.raw ?? {})) f.fields[`funds.${k}`] = v;
  if (!f.project.name && f.project.department) {
    f.project.name = f.project.department;
    if (f.fields["project.department"]) f.fields["project.name"] = f.fields["project.department"];
  }
  if (f.kind === "self-assessment") f.unscored = true;
  if (table >= 0) readClosingBlocks(f, rows, table + 1);
  f.parse = { confidence: 1, rows: 0, rowsMerged: 0, warnings: ["无指标表：只读了资金和项目行"] };
  return f;
}

/**
 * A list-style table's fund-source columns beside its 预算数 ("预算数 | 其中：财政拨款 | 其他资金"): the
 * columns no indicator role claims whose header names a fund source, each read on the project's row
 * as a source of the year's budget (the list states one amount per project, the budget year's).
 */
/** a list-style header's column naming a fund source (its own header after a group's: "预算数（万元）/财政拨款") */
function isListSource(tpl: Template, header: string): boolean {
  return matchRole(tpl.fieldRes, squashHeader(header.split("/").pop() ?? header)) === "fundsSource";
}

function readListSources(tpl: Template, header: Header, cells: Record<string, { text: string; loc: Form["loc"] & { col?: number } } | undefined>, f: Form): void {
  for (const col of header.columns) {
    if (col.role || !isListSource(tpl, col.header)) continue;
    // a sub-column under its group ("预算数（万元）/财政拨款") is named by its own header
    const label = squashHeader(col.header.split("/").pop() ?? col.header);
    const cell = cells[keyOf(col)];
    const text = cell?.text.trim() ?? "";
    if (!cell || !text) continue;
    const name = sourceName(tpl, label);
    if (f.funds.sources.some((s) => s.name === name)) continue;
    const amount = parseAmount(text);
    f.funds.sources.push({ name, period: amount, annual: amount, loc: { ...cell.loc } });
    f.funds.raw = { ...(f.funds.raw ?? {}), [`sources.${name}`]: { text, loc: { ...cell.loc } } };
    f.fields[`funds.sources.${name}`] = { text, loc: { ...cell.loc } };
  }
}

/** a list-style header's column no indicator role claims whose header names the project's code (项目编码 /
 *  项目编号 / 项目代码, the template's words for the form's code field): each project's code, on its row */
function isListCode(tpl: Template, header: string): boolean {
  return matchRole(tpl.fieldRes, squashHeader(header.split("/").pop() ?? header)) === "code";
}

/**
 * A list-style table with no 预算数 column, only its fund sources ("财政拨款 | 其他资金"): the project's
 * budget is their sum, kept with the sources' texts ("1080.00+180.00") at the first source's cell.
 */
function listTotalOfSources(f: Form, sources: Form["funds"]["sources"]): void {
  if (f.funds.annualTotal != null || sources.length === 0) return;
  if (sources.some((s) => typeof s.annual !== "number")) return;
  const total = Math.round(sources.reduce((n, s) => n + (s.annual as number), 0) * 1e6) / 1e6;
  const texts = sources.map((s) => f.funds.raw?.[`sources.${s.name}`]?.text ?? String(s.annual));
  f.funds.annualTotal = total;
  f.funds.raw = { ...(f.funds.raw ?? {}), annualTotal: { text: texts.join("+"), loc: { ...sources[0].loc } } };
}

/**
 * A list-style header (a 项目名称 column) without a 年度目标 column whose 绩效目标 column was taken for the
 * row label ("绩效目标 | 一级指标 …" heads a form's indicator rows so): beside the project's cells it is
 * the project's goal.
 */
function listGoalColumn(tpl: Template, header: Header): Header {
  const cols = header.columns;
  if (!cols.some((c) => c.role === "project") || cols.some((c) => c.role === "goal")) return header;
  const goalRes = tpl.columnRes.filter(([, role]) => role === "goal");
  const at = cols.findIndex((c) => c.role === "rowLabel" && matchRole(goalRes, squashHeader(c.header)) === "goal");
  if (at < 0) return header;
  return { ...header, columns: cols.map((c, k) => (k === at ? { ...c, role: "goal" } : c)) };
}

/** Read a region into forms (several for a list-style table). Never throws on messy input. */
export function readRegion(region: Region, diagnostics: Diagnostic[]): Form[] {
  const rows = dropPageFurniture(region.rows, region.grid.rows);
  const anchor = Math.max(0, rows.indexOf(region.rows[region.anchor]));
  const r: Region = { ...region, rows, anchor };
  const choice = chooseTemplate(r, rows);
  const title = titleText(r);
  const anchorRow = rows[anchor] ?? region.rows[0];
  if (!choice) {
    diagnostics.push(
      diag(
        "layout/no-indicator-table",
        "warning",
        `${region.grid.source} 第 ${lineOf(anchorRow)} 行起的表格像是绩效表，但找不到指标表表头（需有三级指标/指标名称等列和指标值/实际完成值等列），未解析`,
        `${region.grid.source}: the table at line ${lineOf(anchorRow)} looks like a performance form but has no indicator header (a name column and a value column); not parsed`,
        anchorRow,
      ),
    );
    return [];
  }
  const { tpl } = choice;
  const header = listGoalColumn(tpl, choice.header);
  // text printed without drawn borders: cells split at single spaces and wrapped over lines (a
  // borderless PDF's reader has already rebuilt its cells from their positions: read as a table)
  // — but a table printed with its columns aligned (two spaces or more between cells, pdftotext -layout)
  // keeps its cells whole on each line: read as a table, its wrapped cells joined by position
  if (tpl.spacedCells && !header.positional && region.grid.format === "text" && !isSpaceAligned(rows[header.first])) return [readSpacedForm(r, tpl, header, applyFields)];
  const kind = kindOf(tpl, header, title);
  const t = readTable(tpl, rows, header, (row, _i, view) => isTitleRow(view) || isFooter(tpl, row, view.first), (_row, view) => isFieldRow(tpl, view));
  const head = readHeaderFields(tpl, [...rows.slice(0, header.first), ...t.interludes.map((k) => rows[k])]);
  head.funds.unit ??= unitAbove(region.grid.rows, region.start);
  const listStyle = header.columns.some((c) => c.role === "project") && t.projects.length > 0;
  const forms: Form[] = [];
  const base = (): Form => {
    const f = emptyForm(r, kind, tpl.id);
    f.template = tpl.id;
    applyFields(f, head.hits);
    f.funds = clonePlain(head.funds);
    // a self-assessment whose funds line names only 年度资金总额 beside its 全年执行数 ("年度资金总额：18.00
    // 全年执行数：12.60 …"): that total is the budget the execution is taken against
    if (kind === "self-assessment" && f.funds.planned == null && f.funds.adjusted == null && typeof f.funds.annualTotal === "number" && typeof f.funds.executed === "number") {
      f.funds.adjusted = f.funds.annualTotal;
      if (f.funds.raw?.annualTotal) f.funds.raw.adjusted = f.funds.raw.annualTotal;
    }
    if (kind === "self-assessment" && !f.goals.annual && !f.goals.actual && !f.goals.period) readGoalColumns(f, rows, header.first);
    // the template's forms name no department: the document's cover does
    if (tpl.documentDepartment && !f.project.department) f.project.department = documentDepartment(region.grid.rows);
    // 资金支出计划: a row of months, then a row of percentages (one reader for every arrangement)
    const plan = head.hits.find((h) => h.key === "spendingPlan");
    const planAt = plan ? rows.findIndex((row, k) => k < header.first && row.loc.line === plan.value.loc.line) : -1;
    if (planAt >= 0) {
      f.funds.raw ??= {};
      readSpendingPlan(f, rows, planAt, f.funds.raw);
    }
    for (const [k, v] of Object.entries(f.funds.raw ?? {})) f.fields[`funds.${k}`] = v;
    return f;
  };
  if (listStyle) {
    t.projects.forEach((p, k) => {
      const f = base();
      const c = p.record.cells;
      const to = k + 1 < t.projects.length ? t.projects[k + 1].at : t.indicators.length;
      f.indicators = t.indicators.slice(p.at, to);
      f.line = lineOf(p.record.row);
      f.loc = { ...p.record.row.loc };
      if (c.project) {
        f.project.name = c.project.text.trim();
        f.fields["project.name"] = { text: f.project.name, loc: { ...c.project.loc } };
      }
      const dep = c.department ?? c["carried:department"];
      if (dep) {
        f.project.department = dep.text.trim();
        f.fields["project.department"] = { text: f.project.department, loc: { ...dep.loc } };
      }
      if (c.budget) {
        const n = Number(c.budget.text.replace(/[,\s，]/g, "").replace(/万?元$/, ""));
        if (Number.isFinite(n)) f.funds.annualTotal = n;
        f.funds.raw = { ...(f.funds.raw ?? {}), annualTotal: { text: c.budget.text.trim(), loc: { ...c.budget.loc } } };
      }
      const codeCol = header.columns.find((col) => !col.role && isListCode(tpl, col.header));
      const code = codeCol ? c[keyOf(codeCol)] : undefined;
      if (code?.text.trim()) {
        f.project.code = code.text.trim();
        f.fields["project.code"] = { text: f.project.code, loc: { ...code.loc } };
      }
      const before = f.funds.sources.length;
      readListSources(tpl, header, c, f);
      if (!header.columns.some((col) => col.role === "budget")) listTotalOfSources(f, f.funds.sources.slice(before));
      if (p.goal) f.goals.annual = p.goal;
      forms.push(f);
    });
  } else forms.push(base());
  const last = forms[forms.length - 1];
  const total = parseTotal(rows, t.end, rows.length);
  if (total && total.total !== null) {
    last.total = total.total;
    last.totalRaw = total.totalRaw;
    if (total.totalWeight !== null) last.totalWeight = total.totalWeight;
    last.grade = total.grade;
    last.fields.total = { text: total.totalRaw ?? "", loc: total.loc };
    if (total.grade && total.gradeLoc) last.fields.grade = { text: total.grade, loc: total.gradeLoc };
  }
  if (!listStyle) last.indicators = t.indicators;
  if (kind === "self-assessment") readConversionRows(tpl, last, rows, t.end, total ? total.index : rows.length);
  readClosingBlocks(last, rows, total ? total.index + 1 : t.end);
  if (tpl.footerRe) {
    // the form ends at its signature row; without one the table may have been cut
    const footer = rows.slice(t.end).find((x) => !isBlankRow(x));
    if (footer && isFooter(tpl, footer)) last.endLine = lineOf(footer);
    else {
      const lastRow = rows.slice(0, t.end).reverse().find((x) => !isBlankRow(x));
      if (lastRow) last.endLine = lineOf(lastRow);
      t.warnings.push("未找到表尾（负责人/填报日期），表格可能不完整");
    }
  }
  const roles = new Set(t.headers.flatMap((h) => h.columns.map((c) => c.role)));
  const dataRows = rows.slice(header.index + 1, t.end).filter((x) => !isBlankRow(x)).length;
  for (const f of forms) {
    finishForm(f, { tpl, title, head: head.hits, roles, t, dataRows, kind, rows, headerAt: header.first });
    if (kind === "self-assessment" && roles.has("weight") && roles.has("score")) f.parse.warnings.push(...scoreWarnings(f, f !== last || f.total != null));
    if (!f.indicators.length) {
      diagnostics.push(
        diag(
          "layout/no-indicators",
          "warning",
          `${region.grid.source} 第 ${f.line} 行起的表格（${f.project.name || "未命名"}）有指标表表头，但没有读出任何指标行`,
          `${region.grid.source}: the form at line ${f.line} (${f.project.name || "unnamed"}) has an indicator header but no indicator row could be read`,
          rows[header.index],
        ),
      );
    }
  }
  // a list's fund-source columns are read as each project's sources (readListSources) and its 项目编码 as
  // each project's code: not kept as extras
  const extras = listStyle ? t.extras.filter((x) => !isListSource(tpl, x) && !isListCode(tpl, x)) : t.extras;
  if (extras.length) {
    diagnostics.push(
      diag(
        "layout/unexplained-column",
        "info",
        `第 ${lineOf(rows[header.index])} 行的指标表表头中有未识别的列：${extras.join("、")}；其内容已作为附加字段保留`,
        `the indicator header at line ${lineOf(rows[header.index])} has columns no role explains: ${extras.join(", ")}; kept as extra fields`,
        rows[header.index],
      ),
    );
  }
  if (tpl.id === GENERIC_ID) {
    const f = forms[0];
    diagnostics.push(
      diag(
        "layout/generic",
        "info",
        `第 ${f.line} 行起的表格不属于已知版式，已按通用规则解析（可信度 ${f.parse.confidence.toFixed(2)}）`,
        `the form at line ${f.line} matches no known layout; parsed generically (confidence ${f.parse.confidence.toFixed(2)})`,
        anchorRow,
      ),
    );
  }
  return forms;
}

function finishForm(
  f: Form,
  ctx: { tpl: Template; title: string; head: FieldHit[]; roles: Set<string | null>; t: BlockResult; dataRows: number; kind: FormKind; rows: Row[]; headerAt: number },
): void {
  if (isDepartmentForm(ctx.tpl, ctx.title, ctx.head, f.project.name)) {
    f.subject = "department";
    takeSpendingLines(ctx.tpl, f.funds);
    takeProjectLines(f.funds, ctx.rows, ctx.headerAt);
    if (!f.project.name && f.project.department) {
      f.project.name = f.project.department;
      if (f.fields["project.department"]) f.fields["project.name"] = f.fields["project.department"];
    }
  }
  if (ctx.kind === "self-assessment" && !ctx.roles.has("weight") && !ctx.roles.has("score")) f.unscored = true;
  if (ctx.roles.has("coefficient")) scoresFromCoefficients(f);
  const n = f.indicators.length;
  const read = n + ctx.t.rowsSkipped;
  f.parse = {
    confidence: ctx.dataRows ? Math.min(1, read / Math.max(1, ctx.dataRows - ctx.t.rowsMerged)) : n ? 1 : 0,
    rows: n,
    rowsMerged: ctx.t.rowsMerged,
    ...(ctx.tpl.labelRows || ctx.kind === "self-assessment" ? { rowsSkipped: ctx.t.rowsSkipped } : {}),
    warnings: [...ctx.t.warnings, ...(n ? [] : ["找不到指标行"])],
  };
  dropIndicatorSubtotal(f);
}
