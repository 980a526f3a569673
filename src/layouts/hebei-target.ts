/**
 * Layout: hebei-target — 河北项目绩效目标表：项目编码、项目名称、预算数（万元）、资金支出计划（%）、绩效目标，六列指标表（一级 二级 三级 绩效指标描述 指标值 指标值确定依据），空格分隔、折行
 *
 * The header block is read by its labels (项目编码, 项目名称, 预算数, 财政资金, 其他资金,
 * 资金支出计划, 绩效目标); the indicator table by records that start at a level-2 label, whose
 * wrapped cells are rebuilt in hebei/cells.ts.
 */
import type { LayoutRecognizer, Region } from "./types.js";
import type { Row } from "../read/grid.js";
import { filledCells, isBlankRow } from "../read/grid.js";
import type { Diagnostic, Form, FundSource, Indicator } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { keywordScore, lineOf, regionText } from "./common/region.js";
import { emptyForm, confidence } from "./common/form.js";
import { cleanLabel, level1Of, normalizeLevel1, normalizeLevel2 } from "./common/labels.js";
import { parseNumber, parseValue } from "../normalize/value.js";
import { findValue, groupCells, piecesOf, tokensOf, type CellText, type Token } from "./hebei/cells.js";

const KEYWORDS = ["项目编码", "资金支出计划", "绩效指标描述", "指标值确定依据", "预算规模"];

const compact = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** the indicator table's header row ("一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据") */
function isTableHeader(row: Row): boolean {
  const t = compact(row.text);
  return /一级指标.*二级指标|二级指标.*三级指标|三级指标.*指标值/.test(t);
}

/** a row that ends the table: a new chapter ("八、政府采购预算情况") or a new form title */
const TABLE_STOP = /^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[部章节]|\d+[、.．]\S*(绩效目标表|号))/;

function amountOf(s: string | undefined): number | null {
  if (!s || /^[*＊]+$/.test(s)) return null;
  return parseNumber(s);
}

const isLevel2Token = (t: string) => normalizeLevel2(t) !== null && /指标$/.test(cleanLabel(t));
const isLevel1Token = (t: string) => normalizeLevel1(t) !== null && normalizeLevel2(t) === null && /指标$/.test(cleanLabel(t));

/** department from the document's first lines ("312 平乡县公安局") */
function departmentOf(region: Region): string | null {
  const head = region.grid.rows
    .slice(0, 40)
    .map((r) => r.text)
    .join("\n");
  const m = /([\u4e00-\u9fa5]{2,20}?(公安局|财政局|教育局|卫生健康委员会|委员会|局|办公室|中心|医院|学校))/.exec(head.replace(/[ \t\u3000]+/g, ""));
  return m ? m[1] : null;
}

function parseHeader(form: Form, region: Region, tableStart: number): void {
  const rows = region.rows.slice(0, tableStart);
  const warnings = form.parse.warnings;
  const raw: Record<string, Text> = {};
  // unit
  for (const row of rows) {
    const m = /单位[:：]\s*(万元|元)/.exec(row.text);
    if (m) {
      form.funds.unit = m[1];
      raw.unit = { text: m[1], loc: { ...row.loc } };
      break;
    }
  }
  // 项目编码 / 项目名称 (the name may contain spaces: take the rest of the line)
  for (const row of rows) {
    const t = row.text.trim();
    const code = /项目编[码号]\s*[:：]?\s*(\S+?)(?=\s|项目名称|$)/.exec(t);
    const name = /项目名称\s*[:：]?\s*(.+?)\s*(?=项目编[码号]|$)/.exec(t);
    if (code && !form.project.code && !/^项目名称/.test(code[1])) {
      form.project.code = code[1];
      form.fields["project.code"] = { text: code[1], loc: { ...row.loc, ...colOf(row, code[1]) } };
    }
    if (name && !form.project.name && name[1].trim()) {
      form.project.name = name[1].trim();
      form.fields["project.name"] = { text: form.project.name, loc: { ...row.loc, ...colOf(row, name[1].split(/\s+/)[0]) } };
    }
  }
  if (!form.project.name) warnings.push(`第 ${form.line} 行：找不到项目名称`);
  const dep = departmentOf(region);
  if (dep) form.project.department = dep;

  // the sections of the header block, in order
  let i = rows.findIndex((r) => /预算数/.test(compact(r.text)));
  if (i < 0) {
    warnings.push("找不到预算数");
  } else {
    const row = rows[i];
    const t = row.text.replace(/[\s\u3000]+/g, " ");
    const total = /预算数\s*([\d.,]+|[*＊]+)/.exec(t);
    const fin = /财政\s*资金\s*([\d.,]+|[*＊]+)/.exec(t);
    const other = /其他\s*资金\s*([\d.,]+|[*＊]+)?/.exec(t);
    form.funds.loc = { ...row.loc };
    if (total) {
      form.funds.annualTotal = amountOf(total[1]);
      raw.annualTotal = { text: total[1], loc: { ...row.loc } };
    }
    const sources: FundSource[] = [];
    if (fin) {
      sources.push({ name: "财政资金", period: amountOf(fin[1]), loc: { ...row.loc } });
      raw["sources.财政资金"] = { text: fin[1], loc: { ...row.loc } };
    }
    if (other) {
      sources.push({ name: "其他资金", period: amountOf(other[1]), loc: { ...row.loc } });
      if (other[1]) raw["sources.其他资金"] = { text: other[1], loc: { ...row.loc } };
    }
    form.funds.sources = sources;
    // 资金用途: the text between 预算数 and 资金支出计划
    const use: Row[] = [];
    for (i = i + 1; i < rows.length && !/资金支出计划|绩效目标/.test(compact(rows[i].text)); i++) if (!isBlankRow(rows[i])) use.push(rows[i]);
    if (use.length) {
      const text = joinLines(use);
      form.project.details = { ...(form.project.details ?? {}), 资金用途: text };
      form.fields["project.details.资金用途"] = { text, loc: { ...use[0].loc } };
    }
  }

  // 资金支出计划（%）: a row of months, then a row of values
  const planAt = rows.findIndex((r) => /资金支出计划/.test(compact(r.text)));
  if (planAt >= 0) {
    let months: number[] = [];
    // the months follow the label on its own row (cell-based input) or stand on the next row (text)
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
      if (/绩效目标/.test(compact(rows[k].text))) break;
      const toks = filledCells(rows[k]).map((c) => c.cell.text);
      if (!toks.every((x) => /^([\d.,]+%?|[*＊]+)$/.test(x))) break;
      toks.forEach((x) => plan.push({ month: months[plan.length] ?? 0, value: /^[*＊]+$/.test(x) ? null : parseNumber(x.replace(/%$/, "")), raw: x }));
      raw["spendingPlan"] = { text: rows[k].text.trim(), loc: { ...rows[k].loc } };
    }
    if (months.length === 0) warnings.push(`第 ${lineOf(rows[planAt])} 行：资金支出计划找不到月份`);
    if (plan.length && months.length && plan.length !== months.length)
      warnings.push(`第 ${raw["spendingPlan"]?.loc.line ?? lineOf(rows[planAt])} 行：资金支出计划只有 ${plan.length} 个数（应为 ${months.length} 个），按顺序对应 ${months.slice(0, plan.length).join("/")} 月底，位置不确定`);
    form.funds.spendingPlan = plan;
  }

  // 绩效目标: the text after the label, up to the table
  const goalAt = rows.findIndex((r) => /^绩效目标/.test(compact(r.text)));
  if (goalAt >= 0) {
    const first = rows[goalAt].text.trim().replace(/^绩效目标\s*[:：]?\s*/, "");
    const lines: Row[] = [];
    const rest = rows.slice(goalAt + 1).filter((r) => !isBlankRow(r) && !isTableHeader(r));
    let text = first;
    for (const r of rest) lines.push(r);
    const tail = joinLines(lines);
    text = text && tail ? text + (/^\d+[.、]/.test(tail) ? "\n" : "") + tail : text || tail;
    form.goals.annual = { text, loc: { ...rows[goalAt].loc } };
    form.fields["goals.annual"] = form.goals.annual;
  } else warnings.push("找不到绩效目标");
  form.funds.raw = raw;
}

function colOf(row: Row, token: string): { col?: number } {
  const c = row.cells.find((x) => x.text === token || x.text.startsWith(token));
  return c?.loc.col !== undefined ? { col: c.loc.col } : {};
}

/** wrapped prose: lines joined without a separator, numbered items on new lines */
function joinLines(rows: Row[]): string {
  let out = "";
  for (const r of rows) {
    const t = r.text.trim();
    if (!t) continue;
    out += out && /^\d+[.、]/.test(t) ? "\n" + t : t;
  }
  return out;
}

interface RecordLines {
  level1: string | null;
  level1Raw: string | null;
  level2Raw: string;
  rows: Row[];
  /** tokens after the labels on each row */
  tokens: Token[];
}

function parseTable(form: Form, region: Region, headerIndex: number): { records: number; lines: number } {
  const warnings = form.parse.warnings;
  const records: RecordLines[] = [];
  let level1: string | null = null;
  let level1Raw: string | null = null;
  let cur: RecordLines | null = null;
  let lines = 0;
  let end = region.rows.length;
  for (let i = headerIndex + 1; i < region.rows.length; i++) {
    const row = region.rows[i];
    if (isBlankRow(row)) continue;
    if (isTableHeader(row)) continue; // repeated on every page
    const cells = filledCells(row).map((c) => c.cell);
    const first = cells[0].text;
    if (TABLE_STOP.test(compact(row.text))) {
      end = i;
      break;
    }
    lines++;
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
      cur = { level1, level1Raw, level2Raw: cells[k].text, rows: [row], tokens: tokensOf(cells.slice(k + 1), 0) };
      records.push(cur);
      continue;
    }
    if (k > 0) {
      warnings.push(`第 ${lineOf(row)} 行：一级指标后不是二级指标，未能解析：${row.text.trim()}`);
      cur = null;
      continue;
    }
    if (!cur) {
      warnings.push(`第 ${lineOf(row)} 行：不属于任何指标行，未能解析：${row.text.trim()}`);
      continue;
    }
    cur.rows.push(row);
    cur.tokens.push(...tokensOf(cells, cur.rows.length - 1));
  }
  // a page number after the last row ("55") is not part of the table
  const last = records[records.length - 1];
  if (last) {
    while (last.rows.length > 1 && /^\d{1,4}$/.test(last.rows[last.rows.length - 1].text.trim())) {
      const r = last.rows.pop()!;
      last.tokens = last.tokens.filter((t) => t.loc.line !== r.loc.line);
      lines--;
    }
  }
  form.endLine = Math.min(form.endLine, lineOf(region.rows[Math.max(headerIndex, end - 1)]));
  for (const rec of records) {
    const ind = buildIndicator(rec, warnings);
    form.indicators.push(ind);
    form.parse.rowsMerged += rec.rows.length - 1;
  }
  return { records: records.length, lines };
}

function buildIndicator(rec: RecordLines, warnings: string[]): Indicator {
  const row0 = rec.rows[0];
  const line0 = lineOf(row0);
  const level2 = normalizeLevel2(rec.level2Raw);
  const level1 = rec.level1 ?? level1Of(level2);
  const l0HasPieces = rec.tokens.some((t) => t.line === 0);
  let name: CellText | undefined;
  let desc: CellText | undefined;
  let target: { raw: string; loc: Token["loc"] } | null = null;
  let basis: CellText | undefined;
  const v = findValue(rec.tokens);
  if (v) {
    const vt = rec.tokens.slice(v.start, v.end);
    target = { raw: vt.map((t) => t.text).join(" "), loc: vt[0].loc };
    const pre = groupCells(piecesOf(rec.tokens.slice(0, v.start)), 2, l0HasPieces);
    [name, desc] = pre.cells;
    if (pre.cells.length > 2) {
      desc = { ...pre.cells[1], text: pre.cells.slice(1).map((c) => c.text).join(" ") };
      warnings.push(`第 ${line0} 行：三级指标与指标描述之间的切分不确定`);
    }
    const post = piecesOf(rec.tokens.slice(v.end));
    if (post.length) {
      const g = groupCells(post, 1, false);
      if (g.cells.length > 1) warnings.push(`第 ${lineOf(row0)} 行起：指标值之后有不止一个单元格（${g.cells.map((c) => `第 ${c.loc.line} 行“${c.text}”`).join("、")}），已全部并入指标值确定依据`);
      basis = { text: g.cells.map((c) => c.text).join(" "), loc: g.cells[0].loc, parts: post.length };
    }
  } else {
    const g = groupCells(piecesOf(rec.tokens), 4, l0HasPieces);
    const cells = g.cells;
    if (cells.length > 4) {
      const extra = cells.splice(3);
      cells.push({ text: extra.map((c) => c.text).join(" "), loc: extra[0].loc, parts: extra.length });
    }
    if (!g.exact) warnings.push(`第 ${line0} 行：指标行的单元格数与六列表头不符，按顺序填入（三级指标/描述/指标值/依据）`);
    [name, desc] = cells;
    if (cells[2]) target = { raw: cells[2].text, loc: cells[2].loc };
    basis = cells[3];
  }
  if (!name) warnings.push(`第 ${line0} 行：指标行没有三级指标`);
  const nameLine = name?.loc.line ?? line0;
  const ind: Indicator = {
    line: nameLine,
    loc: name ? { ...name.loc } : { ...row0.loc },
    level1,
    level1Raw: rec.level1Raw,
    level2: level2 ?? cleanLabel(rec.level2Raw),
    level2Raw: rec.level2Raw,
    name: name?.text ?? "",
    description: desc?.text ?? null,
    basis: basis?.text ?? null,
    target: target ? parseValue(target.raw, target.loc) : null,
    annualTarget: null,
    adjustedTarget: null,
    actual: null,
    weight: null,
    score: null,
  };
  if (name) ind.nameLoc = { ...name.loc };
  return ind;
}

export const hebeiTarget: LayoutRecognizer = {
  id: "hebei-target",
  kind: "target",
  explains: ["rowLabel", "level1", "level2", "name", "description", "target", "basis"],
  description: "河北项目绩效目标表：项目编码、项目名称、预算数（万元）、资金支出计划（%）、绩效目标，六列指标表（一级 二级 三级 绩效指标描述 指标值 指标值确定依据），空格分隔、折行",
  match(region) {
    return keywordScore(regionText(region), KEYWORDS);
  },
  parse(region, diagnostics: Diagnostic[]) {
    const form = emptyForm(region, "target", "hebei-target");
    try {
      const headerIndex = region.rows.findIndex((r, i) => i >= region.anchor && isTableHeader(r));
      parseHeader(form, region, headerIndex >= 0 ? headerIndex : region.rows.length);
      if (headerIndex < 0) {
        form.parse.warnings.push("找不到指标表表头（一级指标 二级指标 三级指标 …）");
        diagnostics.push({
          code: "layout/no-indicator-table",
          severity: "warning",
          message: `第 ${form.line} 行起的河北绩效目标表找不到指标表表头`,
          messageEn: `the Hebei target form at line ${form.line} has no indicator table header`,
          line: form.line,
          loc: form.loc,
        });
        return form;
      }
      const t = parseTable(form, region, headerIndex);
      form.parse.rows = form.indicators.length;
      const good = form.indicators.filter((x) => x.name && x.target).length;
      const unplaced = form.parse.warnings.filter((w) => /未能解析/.test(w)).length;
      form.parse.confidence = Math.max(0, confidence(good, t.records) - 0.05 * unplaced);
    } catch (e) {
      form.parse.warnings.push(`解析中断：${(e as Error).message}`);
      form.parse.confidence = 0;
    }
    return form;
  },
};
