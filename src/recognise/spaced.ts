/**
 * Forms printed without drawn borders and extracted as text, for templates with `spacedCells: true`:
 * cells separated by single spaces, each cell wrapped over as many lines as its column needs
 * (src/repair/spaced.ts rebuilds the cells).
 *
 * The header block is read line by line: on each line the template's field labels are found (a label
 * may itself be printed in pieces: "其中：财政 资金"), and a label's value is everything up to the next
 * label ("项目名称 FK 及扫黑除恶工作经费"). A text field whose value ends its line (a goal, a project
 * name, a details label such as 资金用途 standing alone) goes on over the following lines that hold no
 * label. A 资金支出计划 label is followed by a row of months and a row of percentages.
 *
 * The indicator table is read by records: a record opens at a line starting with a level label (or,
 * where the level cells span their rows and are printed once, at a line holding a value after as many
 * cells as the header puts before the value column) and takes the lines below it. Its pieces are
 * grouped into the header's columns around the value.
 */
import type { Grid, Row } from "../read/grid.js";
import { filledCellAt, filledCells, isBlankRow } from "../read/grid.js";
import type { Cell } from "../read/grid.js";
import type { Form, FundSource, Indicator } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { type Region, documentDepartment, lineOf } from "./region.js";
import { emptyForm, confidence } from "./form.js";
import { cleanLabel, level1Of, normalizeLevel1, normalizeLevel2 } from "./labels.js";
import { parseNumber, parseValue } from "../normalize/value.js";
import { findValue, groupCells, interleaveCells, measureColumnWidths, piecesOf, textColumnWidths, tokensOf, type CellText, type Piece, type Token } from "../repair/spaced.js";
import { matchRole, type FieldKey, type Template } from "./templates.js";
import { sourceName } from "./funds-label.js";
import { readHeader, type Header } from "./header.js";
import type { FieldHit } from "./fields.js";

const compact = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** a row that ends the table: a new chapter ("八、政府采购预算情况") or a new form title */
const TABLE_STOP = /^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[部章节]|\d+[、.．]\S*(绩效目标表|号))/;

const AMOUNT = /^([\d.,]+|[*＊]+)$/;

function amountOf(s: string | undefined): number | null {
  if (!s || /^[*＊]+$/.test(s)) return null;
  return parseNumber(s);
}

interface Span {
  key: FieldKey;
  label: string;
  /** the value cells up to the next label */
  value: Cell[];
}

/**
 * The labels of one spaced line and their values: at each cell the longest run of up to three cells
 * that spells a field label (no number among its pieces) is a label; other cells are values of the
 * label before them. Cells before the first label are returned as `lead`.
 */
export function labelSpans(tpl: Template, cells: Cell[]): { lead: Cell[]; spans: Span[] } {
  const lead: Cell[] = [];
  const spans: Span[] = [];
  for (let i = 0; i < cells.length; ) {
    let hit: { key: FieldKey; label: string; j: number } | null = null;
    for (let j = Math.min(cells.length, i + 3); j > i && !hit; j--) {
      const parts = cells.slice(i, j).map((c) => c.text.trim());
      if (parts.slice(1).some((p) => !/[\u4e00-\u9fa5]/.test(p) || /\d/.test(p))) continue;
      const label = parts.join("");
      const key = matchRole(tpl.fieldRes, label);
      if (key) hit = { key, label, j };
    }
    if (hit) {
      spans.push({ key: hit.key, label: hit.label, value: [] });
      i = hit.j;
    } else {
      (spans.length ? spans[spans.length - 1].value : lead).push(cells[i]);
      i++;
    }
  }
  return { lead, spans };
}

/** wrapped prose: lines joined without a separator, numbered items on new lines */
function joinLines(texts: string[]): string {
  let out = "";
  for (const t0 of texts) {
    const t = t0.trim();
    if (!t) continue;
    out += out && /^\d+[.、]/.test(t) ? "\n" + t : t;
  }
  return out;
}

/** a detail label's canonical name (template `detailNames`), else the label as written */
function detailName(tpl: Template, label: string): string {
  return matchRole(tpl.detailRes, label) ?? label;
}

/** 资金支出计划（%）: the months after the label or on the next row, then a row of values */
export function readSpendingPlan(form: Form, rows: Row[], planAt: number, raw: Record<string, Text>): number {
  const warnings = form.parse.warnings;
  // months and values in pairs on the label's own line ("资金支出计划（%） 3月底 30 6月底 70 …"): each value
  // stands right after its month
  const own = rows[planAt].text.replace(/^.*?资金支出计划\s*[（(]\s*%?\s*[）)]?/, "");
  const pairs = [...own.matchAll(/(\d{1,2})\s*月(?:底|末)?\s+([\d.,]+%?|[*＊]+)(?=\s|$)(?!\s*[月号日])/g)];
  if (pairs.length >= 2) {
    form.funds.spendingPlan = pairs.map((m) => ({ month: Number(m[1]), value: /^[*＊]+$/.test(m[2]) ? null : parseNumber(m[2].replace(/%$/, "")), raw: m[2] }));
    raw["spendingPlan"] = { text: rows[planAt].text.trim(), loc: { ...rows[planAt].loc } };
    return planAt + 1;
  }
  let months: number[] = [];
  let k = planAt;
  for (; k < rows.length; k++) {
    if (isBlankRow(rows[k])) continue;
    const text = k === planAt ? rows[k].text.replace(/^.*?资金支出计划\s*[（(]\s*%?\s*[）)]?/, "") : rows[k].text;
    if (k === planAt && !/\d\s*月/.test(text)) continue;
    const ms = [...text.matchAll(/(\d{1,2})\s*月(底|末)?/g)].map((m) => Number(m[1]));
    if (ms.length) {
      months = ms;
      k++;
    }
    break;
  }
  const plan: { month: number; value: number | null; raw: string }[] = [];
  for (; k < rows.length; k++) {
    if (isBlankRow(rows[k])) continue;
    const toks = filledCells(rows[k]).map((c) => c.cell.text);
    if (!toks.every((x) => /^([\d.,]+%?|[*＊]+)$/.test(x))) break;
    toks.forEach((x) => plan.push({ month: months[plan.length] ?? 0, value: /^[*＊]+$/.test(x) ? null : parseNumber(x.replace(/%$/, "")), raw: x }));
    raw["spendingPlan"] = { text: rows[k].text.trim(), loc: { ...rows[k].loc } };
  }
  if (months.length === 0) warnings.push(`第 ${lineOf(rows[planAt])} 行：资金支出计划找不到月份`);
  if (plan.length && months.length && plan.length !== months.length)
    warnings.push(`第 ${raw["spendingPlan"]?.loc.line ?? lineOf(rows[planAt])} 行：资金支出计划只有 ${plan.length} 个数（应为 ${months.length} 个），按顺序对应 ${months.slice(0, plan.length).join("/")} 月底，位置不确定`);
  form.funds.spendingPlan = plan;
  return k;
}

/** the fields that take text and may go on over the next lines */
const TEXT_KEYS = new Set<FieldKey>(["project", "parentProject", "department", "implementer", "details", "goalAnnual", "goalPeriod", "goalActual", "attribute", "period"]);

/** Read the header block (rows before the indicator table) into the form; returns the field hits. */
export function readSpacedHeader(tpl: Template, form: Form, rows: Row[]): FieldHit[] {
  const warnings = form.parse.warnings;
  const raw: Record<string, Text> = {};
  const hits: FieldHit[] = [];
  for (const row of rows) {
    const m = /单位[:：]\s*(万元|元)/.exec(row.text);
    if (m) {
      form.funds.unit = m[1];
      raw.unit = { text: m[1], loc: { ...row.loc } };
      break;
    }
  }
  let open: { hit: FieldHit; lines: Row[] } | null = null;
  const close = () => {
    if (open && open.lines.length) {
      const first = open.hit.value.text;
      const tail = joinLines(open.lines.map((l) => l.text));
      // a label standing alone: its text is where the lines below begin
      if (!first) open.hit.value.loc = { ...open.lines[0].loc };
      const glue = open.hit.key === "goalAnnual" || open.hit.key === "details" ? (/^\d+[.、]/.test(tail) ? "\n" : "") : "";
      open.hit.value = { ...open.hit.value, text: first && tail ? first + glue + tail : first || tail };
    }
    open = null;
  };
  let fundsRead = false;
  const sources: FundSource[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const cells = filledCells(row).map((c) => c.cell);
    const { spans } = labelSpans(tpl, cells);
    if (!spans.length) {
      if (open) open.lines.push(row);
      continue;
    }
    // a row of amounts (预算数 … 其中：财政资金 …) leaves a details label above it open
    if (!spans.every((s) => s.key.startsWith("funds"))) close();
    for (let s = 0; s < spans.length; s++) {
      const { key, label, value } = spans[s];
      const last = s === spans.length - 1;
      const text = value.map((c) => c.text.trim()).join(" ");
      if (key === "spendingPlan") {
        r = readSpendingPlan(form, rows, r, raw) - 1;
        break;
      }
      if (key === "fundsTotal" || key === "fundsSource" || key === "fundsPeriodTotal") {
        if (key === "fundsTotal" && fundsRead) continue;
        const amount = value[0] && AMOUNT.test(value[0].text.trim()) ? value[0].text.trim() : undefined;
        // where the amount stands: its own cell (the column the TAB cells give it), so that a rule can see
        // whether any cell between a total and its sources went unread
        const amountLoc = amount ? { ...value[0].loc } : { ...row.loc };
        if (key === "fundsTotal") {
          fundsRead = true;
          form.funds.loc = { ...row.loc };
          if (amount) {
            form.funds.annualTotal = amountOf(amount);
            raw.annualTotal = { text: amount, loc: amountLoc };
          }
        } else if (key === "fundsSource") {
          const canonical = sourceName(tpl, label);
          sources.push({ name: canonical, period: amountOf(amount), loc: { ...amountLoc } });
          if (amount) raw[`sources.${canonical}`] = { text: amount, loc: amountLoc };
        }
        continue;
      }
      const hit: FieldHit = {
        key,
        label: key === "details" ? detailName(tpl, label) : label,
        value: { text, loc: value[0] ? { ...value[0].loc } : { ...row.loc } },
      };
      if (key === "goalAnnual" || key === "details") hit.value.loc = { ...row.loc };
      if (hits.some((h) => h.key === key && h.label === hit.label)) continue;
      hits.push(hit);
      if (last && TEXT_KEYS.has(key)) open = { hit, lines: [] };
    }
  }
  close();
  form.funds.sources = sources;
  if (!fundsRead) warnings.push("找不到预算数");
  if (!hits.some((h) => h.key === "goalAnnual")) warnings.push("找不到绩效目标");
  form.funds.raw = raw;
  return hits.filter((h) => h.value.text !== "");
}

// ---------------------------------------------------------------------------------------------
// The indicator table

interface RecordLines {
  level1: string | null;
  level1Raw: string | null;
  level2Raw: string | null;
  rows: Row[];
  /** tokens after the labels on each row */
  tokens: Token[];
  /** index in rows of the line that opened the record (lines above it: cells that start higher) */
  main: number;
  /** cells of the main line taken by level labels */
  skip: number;
}

/** a record's tokens from its rows: the main line's after its labels */
function retoken(rec: RecordLines): void {
  rec.tokens = rec.rows.flatMap((row, l) => tokensOf(filledCells(row).map((c) => c.cell).slice(l === rec.main ? rec.skip : 0), l));
}

/**
 * Rows printed line by line and centred: a row's cells taller than its main line start above it, on
 * lines that follow a blank line and run into the main line without one. Those lines, read so far as
 * the previous record's continuation (or as no record's), become the new record's lines above.
 */
function takeLinesAbove(rec: RecordLines, run: { row: Row; of: RecordLines | null }[]): void {
  if (!run.length) return;
  for (const { row, of } of run) {
    if (of) {
      of.rows = of.rows.filter((r) => r !== row);
      retoken(of);
    }
  }
  rec.rows = [...run.map((x) => x.row), ...rec.rows];
  rec.main += run.length;
  retoken(rec);
}

const isLevel2Token = (t: string) => normalizeLevel2(t) !== null && /指标$/.test(cleanLabel(t));
const isLevel1Token = (t: string) => normalizeLevel1(t) !== null && normalizeLevel2(t) === null && /指标$/.test(cleanLabel(t));

/** the roles of a record's cells after the level labels, in header order, and where the value stands */
interface Shape {
  before: string[];
  after: string[];
}

function shapeOf(header: Header): Shape {
  const roles = header.columns.filter((c) => c.role !== "level1" && c.role !== "level2" && c.role !== "rowLabel").map((c) => c.role ?? `extra:${c.header}`);
  const at = roles.indexOf("target");
  return at < 0 ? { before: roles, after: [] } : { before: roles.slice(0, at), after: roles.slice(at + 1) };
}

/** the table's column widths, measured once per grid on every record's first line (a document's forms are printed alike) */
const WIDTHS = new WeakMap<Grid, Map<string, number[]>>();

function gridWidths(grid: Grid, shape: Shape): number[] {
  let byShape = WIDTHS.get(grid);
  if (!byShape) WIDTHS.set(grid, (byShape = new Map()));
  const key = `${shape.before.length}/${shape.after.length}`;
  let widths = byShape.get(key);
  if (!widths) {
    const firstLines: Token[][] = [];
    for (const row of grid.rows) {
      // every row of the file is asked: its first one or two filled cells first, the list only for a first line
      const first = filledCellAt(row, 0);
      if (first === undefined) continue;
      const k = isLevel1Token(first.text) ? 1 : 0;
      const label = k === 0 ? first : filledCellAt(row, 1);
      if (label && isLevel2Token(label.text)) firstLines.push(tokensOf(filledCells(row).map((c) => c.cell).slice(k + 1), 0));
    }
    byShape.set(key, (widths = measureColumnWidths(firstLines, shape.before.length, shape.after.length)));
  }
  return widths;
}

/** Read the table below `header` into the form's indicators. */
export function readSpacedTable(form: Form, grid: Grid, rows: Row[], header: Header, tpl: Template): void {
  const warnings = form.parse.warnings;
  const shape = shapeOf(header);
  const records: RecordLines[] = [];
  let level1: string | null = null;
  let level1Raw: string | null = null;
  let cur: RecordLines | null = null;
  let end = rows.length;
  let afterBlank = false;
  /** the lines since the last blank line that opened no record, with the record they went to */
  let run: { row: Row; of: RecordLines | null }[] = [];
  let runAfterBlank = false;
  const orphans: Row[] = [];
  const flushOrphans = () => {
    for (const r of orphans.splice(0)) warnings.push(`第 ${lineOf(r)} 行：不属于任何指标行，未能解析：${r.text.trim()}`);
  };
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) {
      afterBlank = true;
      run = [];
      flushOrphans();
      continue;
    }
    if (afterBlank) runAfterBlank = true;
    const blankAbove = afterBlank;
    afterBlank = false;
    if (readHeader(tpl, rows, i, false)) continue; // repeated on every page
    const cells = filledCells(row).map((c) => c.cell);
    const first = cells[0].text;
    if (TABLE_STOP.test(compact(row.text))) {
      end = i;
      break;
    }
    let k = 0;
    if (isLevel1Token(first)) {
      level1 = normalizeLevel1(first);
      level1Raw = first;
      k = 1;
      if (cells.length === 1) {
        cur = null;
        continue;
      }
    }
    if (cells[k] && isLevel2Token(cells[k].text)) {
      cur = { level1, level1Raw, level2Raw: cells[k].text, rows: [row], tokens: tokensOf(cells.slice(k + 1), 0), main: 0, skip: k + 1 };
      if (runAfterBlank && !blankAbove) takeLinesAbove(cur, run.splice(0)), orphans.splice(0);
      records.push(cur);
      run = [];
      runAfterBlank = false;
      continue;
    }
    // level cells printed once over the rows they span: a line holding the cells before the value
    // and the value opens the next record of the same level 2
    const own = tokensOf(cells.slice(k), 0);
    const v = cur && shape.before.length ? findValue(own) : null;
    const opens = v ? v.start === shape.before.length && piecesOf(own.slice(0, v.start)).length === shape.before.length : blankAbove && piecesOf(own).length === shape.before.length + 1 + shape.after.length;
    if (cur && opens) {
      cur = { level1, level1Raw, level2Raw: cur.level2Raw, rows: [row], tokens: own, main: 0, skip: k };
      if (runAfterBlank && !blankAbove) takeLinesAbove(cur, run.splice(0)), orphans.splice(0);
      records.push(cur);
      run = [];
      runAfterBlank = false;
      continue;
    }
    if (k > 0) {
      warnings.push(`第 ${lineOf(row)} 行：一级指标后不是二级指标，未能解析：${row.text.trim()}`);
      cur = null;
      continue;
    }
    if (!cur) {
      orphans.push(row);
      run.push({ row, of: null });
      continue;
    }
    cur.rows.push(row);
    cur.tokens.push(...tokensOf(cells, cur.rows.length - 1));
    run.push({ row, of: cur });
  }
  flushOrphans();
  // a page number after the last row ("55") is not part of the table
  const last = records[records.length - 1];
  if (last) {
    while (last.rows.length > 1 && /^\d{1,4}$/.test(last.rows[last.rows.length - 1].text.trim())) {
      const r = last.rows.pop()!;
      last.tokens = last.tokens.filter((t) => t.loc.line !== r.loc.line);
    }
  }
  form.endLine = Math.min(form.endLine, lineOf(rows[Math.max(header.index, end - 1)]));
  const columnWidths = gridWidths(grid, shape);
  for (const rec of records) {
    form.indicators.push(buildIndicator(rec, shape, columnWidths, warnings));
    form.parse.rowsMerged += rec.rows.length - 1;
  }
  form.parse.rows = form.indicators.length;
  const good = form.indicators.filter((x) => x.name && x.target).length;
  const unplaced = warnings.filter((w) => /未能解析/.test(w)).length;
  form.parse.confidence = Math.max(0, confidence(good, records.length) - 0.05 * unplaced);
}

/**
 * A record printed line by line: its first line holds a piece of every column (the cells before the
 * value, the value, the cells after it) and the lines below continue the columns that wrap.
 */
function lineByLine(rec: RecordLines, shape: Shape, columnWidths: number[]): CellText[] | null {
  if (rec.rows.length < 2) return null;
  const at = (l: number) => rec.tokens.filter((t) => t.line === l);
  const main = at(rec.main);
  const v = findValue(main);
  const n = shape.before.length + 1 + shape.after.length;
  let columns: Piece[];
  if (v) {
    const pre = piecesOf(main.slice(0, v.start));
    const post = piecesOf(main.slice(v.end));
    if (pre.length !== shape.before.length || post.length !== shape.after.length) return null;
    const value = main.slice(v.start, v.end);
    columns = [...pre, { text: value.map((t) => t.text).join(" "), line: rec.main, loc: { ...value[0].loc } }, ...post];
  } else {
    // a value in words ("逐步健全"): the main line's pieces are the columns when there is one for each
    columns = piecesOf(main);
    if (columns.length !== n) return null;
  }
  const above: Piece[][] = [];
  for (let l = rec.main - 1; l >= 0; l--) above.push(piecesOf(at(l)));
  const below: Piece[][] = [];
  for (let l = rec.main + 1; l < rec.rows.length; l++) below.push(piecesOf(at(l)));
  return interleaveCells(columns, below, columnWidths, above, shape.before.length);
}

function buildIndicator(rec: RecordLines, shape: Shape, columnWidths: number[], warnings: string[]): Indicator {
  const widths = textColumnWidths(columnWidths, shape.before.length);
  const row0 = rec.rows[0];
  const line0 = lineOf(row0);
  const level2 = rec.level2Raw ? normalizeLevel2(rec.level2Raw) : null;
  const level1 = rec.level1 ?? level1Of(level2);
  const l0HasPieces = rec.tokens.some((t) => t.line === 0);
  const cells: Record<string, CellText | undefined> = {};
  let target: { raw: string; loc: Token["loc"] } | null = null;
  const v = findValue(rec.tokens);
  const byLine = lineByLine(rec, shape, columnWidths);
  if (byLine) {
    const roles = [...shape.before, "target", ...shape.after];
    roles.forEach((role, k) => {
      if (role === "target") target = { raw: byLine[k].text, loc: byLine[k].loc };
      else cells[role] = byLine[k];
    });
  } else if (v) {
    const vt = rec.tokens.slice(v.start, v.end);
    target = { raw: vt.map((t) => t.text).join(" "), loc: vt[0].loc };
    const pre = groupCells(piecesOf(rec.tokens.slice(0, v.start)), shape.before.length, l0HasPieces, widths).cells;
    if (pre.length > shape.before.length && shape.before.length > 0) {
      const n = shape.before.length - 1;
      pre.splice(n, pre.length - n, { ...pre[n], text: pre.slice(n).map((c) => c.text).join(" ") });
      warnings.push(`第 ${line0} 行：三级指标与指标描述之间的切分不确定`);
    }
    shape.before.forEach((role, k) => (cells[role] = pre[k]));
    const post = piecesOf(rec.tokens.slice(v.end));
    if (post.length && shape.after.length) {
      const g = groupCells(post, shape.after.length, false, widths).cells;
      if (g.length > shape.after.length) {
        const n = shape.after.length - 1;
        warnings.push(`第 ${lineOf(row0)} 行起：指标值之后有不止一个单元格（${g.slice(n).map((c) => `第 ${c.loc.line} 行“${c.text}”`).join("、")}），已全部并入指标值确定依据`);
        g.splice(n, g.length - n, { text: g.slice(n).map((c) => c.text).join(" "), loc: g[n].loc, parts: post.length });
      }
      shape.after.forEach((role, k) => (cells[role] = g[k]));
    }
  } else {
    const roles = [...shape.before, "target", ...shape.after];
    const g = groupCells(piecesOf(rec.tokens), roles.length, l0HasPieces, widths);
    const got = g.cells;
    if (got.length > roles.length) {
      const extra = got.splice(roles.length - 1);
      got.push({ text: extra.map((c) => c.text).join(" "), loc: extra[0].loc, parts: extra.length });
    }
    if (!g.exact) warnings.push(`第 ${line0} 行：指标行的单元格数与六列表头不符，按顺序填入（三级指标/描述/指标值/依据）`);
    roles.forEach((role, k) => {
      if (role === "target") {
        if (got[k]) target = { raw: got[k].text, loc: got[k].loc };
      } else cells[role] = got[k];
    });
  }
  const name = cells.name;
  if (!name) warnings.push(`第 ${line0} 行：指标行没有三级指标`);
  const nameLine = name?.loc.line ?? line0;
  const ind: Indicator = {
    line: nameLine,
    loc: name ? { ...name.loc } : { ...row0.loc },
    level1,
    level1Raw: rec.level1Raw,
    level2: level2 ?? (rec.level2Raw ? cleanLabel(rec.level2Raw) : null),
    level2Raw: rec.level2Raw,
    name: name?.text ?? "",
    description: cells.description?.text ?? null,
    basis: cells.basis?.text ?? null,
    target: target ? parseValue((target as { raw: string }).raw, (target as { loc: Token["loc"] }).loc) : null,
    annualTarget: null,
    adjustedTarget: null,
    actual: null,
    weight: null,
    score: null,
  };
  if (name) ind.nameLoc = { ...name.loc };
  for (const [role, cell] of Object.entries(cells)) {
    if (role.startsWith("extra:") && cell) ind.extra = { ...(ind.extra ?? {}), [role.slice(6)]: cell.text };
  }
  return ind;
}

/** One form of a spaced template from its region. */
export function readSpacedForm(region: Region, tpl: Template, header: Header, applyFields: (form: Form, hits: FieldHit[]) => void): Form {
  const form = emptyForm(region, tpl.kind === "self-assessment" ? "self-assessment" : "target", tpl.id);
  form.template = tpl.id;
  const hits = readSpacedHeader(tpl, form, region.rows.slice(0, header.first));
  applyFields(form, hits);
  const hasProject = hits.some((h) => h.key === "project");
  if (!hasProject && (tpl.subject === "department" || (tpl.subject === "auto" && hits.some((h) => h.key === "department")))) {
    form.subject = "department";
    if (!form.project.name && form.project.department) {
      form.project.name = form.project.department;
      if (form.fields["project.department"]) form.fields["project.name"] = form.fields["project.department"];
    }
  } else if (!form.project.name) form.parse.warnings.push(`第 ${form.line} 行：找不到项目名称`);
  if (tpl.documentDepartment && !form.project.department) form.project.department = documentDepartment(region.grid.rows);
  readSpacedTable(form, region.grid, region.rows, header, tpl);
  return form;
}
