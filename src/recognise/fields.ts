/**
 * Header fields, goals and funds, read by label synonyms wherever they stand: label–value cells on
 * one row, "label：value" in one cell, a label alone on its row with the value on the next row,
 * one-cell funds texts ("总额120万元 财政拨款：100万元 …") and a self-assessment's small funds table.
 */
import type { Cell, Row } from "../read/grid.js";
import { pieceStarts, printedWidth } from "../repair/layout.js";
import { findFundsHeader, fundRole, parseFunds } from "./funds-table.js";
import { num, percent } from "./cells.js";
import { cellWith, filledCells, mapCells, rowWith } from "../read/grid.js";
import type { Text } from "../model/loc.js";
import type { Funds } from "../model/types.js";
import { matchRole, squashHeader, type FieldKey, type Template } from "./templates.js";
import { isColumnGroupRow } from "./header.js";
import { parseAmount } from "./field-values.js";
import { bareFundsLabel, sourceName } from "./funds-label.js";
import { normalizeLevel1, normalizeLevel2 } from "./labels.js";

/** the column titles of a plan laid out as a small table: a step, and its start or end */
const PLAN_HEAD = /^(实施内容|工作内容|主要内容|实施步骤|实施阶段|工作任务|任务内容|阶段)$/u;
const TIME_HEAD = /^(开始|起始|完成|结束|截止)(时间|日期)$/u;
/** a level label ("产出指标", "数量指标"): the indicator table begins, no goal text goes on there */
const isLevelLabel = (t: string): boolean => normalizeLevel1(t) !== null || normalizeLevel2(t) !== null;

export interface FieldHit {
  key: FieldKey;
  /** the label as written (cleaned) */
  label: string;
  value: Text;
}

export interface HeaderRead {
  hits: FieldHit[];
  funds: Funds;
  /** label-looking cells (ending in a colon, or followed by a value) that no synonym explains */
  unknown: FieldHit[];
}

/** a label's note in brackets at its end ("其他资金（社会捐赠）", "财政资金（省级）"): [, the label before it] */
const NOTED = /^(.+?)[（(][^（）()]{1,12}[）)]$/u;

function fieldOf(tpl: Template, text: string): FieldKey | null {
  const key = matchRole(tpl.fieldRes, text);
  if (key) return key;
  // a fund source named with where its money comes from in brackets is that source; only a source: a
  // bracket after another label says its unit ("项目资金（元）") and is the template's to name
  const noted = NOTED.exec(text);
  return noted && matchRole(tpl.fieldRes, noted[1]) === "fundsSource" ? "fundsSource" : null;
}

/** a row's filled cells (filledCells) */
type Filled = ReturnType<typeof filledCells>;

const LABEL_VALUE = /^([^:：]{2,16})[:：]\s*(.+)$/s;
/** the funds columns a one-line funds statement may name beside its total */
type LineFundRole = "planned" | "adjusted" | "executed" | "balance" | "rate" | "weight" | "score";
const LINE_FUND_ROLES: ReadonlySet<string> = new Set<LineFundRole>(["planned", "adjusted", "executed", "balance", "rate", "weight", "score"]);
/** the total column of a funds row by fund type */
const FUND_TOTAL_CELL = /^(合计|总计|资金总额|总额)$/u;
/** a numbered part of a goal or detail text: "目标2：", "任务3:", "（二）", "2." */
const NUMBERED_PART = /^(目标|任务|绩效目标)?\s*[（(]?[0-9一二三四五六七八九十]{1,2}[)）]?\s*[:：、.．]/;

/**
 * A goal label and its text in one cell, separated by a space only ("实际完成情况 圆满完成预期目标",
 * as PDF extraction joins a label and the text printed below it): [, label, text], or null.
 */
function goalInCell(tpl: Template, text: string): [string, string, string] | null {
  const m = /^(\S{2,10})[\s\u3000]+(\S.*)$/su.exec(text);
  if (!m || !fieldOf(tpl, m[1])?.startsWith("goal")) return null;
  return [m[0], m[1], m[2]];
}

function unitOf(text: string): string | null {
  const m = /(万元|元)/.exec(text);
  return m ? m[1] : null;
}

/** a line stating the money unit ("金额单位：万元", "单位：元", "编制单位：某局  金额单位：万元") */
const UNIT_LINE = /(?:^|金额|资金)单位[:：]\s*(万元|元)\s*$/;

/**
 * The money unit stated on a line just above a form's region ("金额单位：万元" between the title and
 * the first field, which the segmenter leaves above the region): the nearest of the few non-blank
 * rows above `start`, looking no further than a row that is not short (a table row of the form before).
 */
export function unitAbove(rows: Row[], start: number): string | null {
  for (let i = start - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const cells = filledCells(rows[i]);
    if (!cells.length) continue;
    seen++;
    if (cells.length > 3) return null;
    for (const c of cells) {
      const m = UNIT_LINE.exec(c.cell.text.replace(/\s+/g, ""));
      if (m) return m[1];
    }
  }
  return null;
}

/** where each filled cell of a space-aligned text line starts, in printed columns */
function printedStarts(row: Row): Map<Cell, number> {
  return new Map((pieceStarts(row) ?? []).map((p) => [p.cell, p.start]));
}

/**
 * A label cut at its cell's width, its end alone on the next line under its start ("年度总体" /
 * "目标", "项目实施" / "单位"): the label is completed and the piece's line dropped, when only the
 * completed text is a field label.
 */
function rejoinCutLabels(tpl: Template, given: Row[], filledOut: (Filled | undefined)[]): Row[] {
  const rows = [...given];
  const out: Row[] = [];
  // the next row's filled cells, kept for its own turn (unless a join replaced that row)
  let carriedRow: Row | undefined;
  let carried: ReturnType<typeof filledCells> = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const next = rows[r + 1];
    const own = carriedRow === row ? carried : filledCells(row);
    const first = own[0];
    const lone = next ? filledCells(next) : [];
    carriedRow = next;
    carried = lone;
    if (first && lone.length === 1 && lone[0].cell.text.trim().length <= 4 && !/\d/.test(lone[0].cell.text)) {
      const head = first.cell.text.trim();
      const joined = head + lone[0].cell.text.trim();
      const under = row.sep === "space" ? pieceStarts(next!)?.[0]?.start === pieceStarts(row)?.[0]?.start : lone[0].index === first.index;
      if (under && !fieldOf(tpl, head) && fieldOf(tpl, joined)) {
        out.push(rowWith(row, mapCells(row.cells, (c) => (c === first.cell ? cellWith(c, joined) : c))));
        filledOut.push(undefined);
        r++;
        continue;
      }
    }
    // in a space-aligned print the cut label's end may open a line that goes on with other columns
    // ("年度总体    年初设定目标    实际完成情况" over "目标        招收…        在园…"): the label is completed
    // in its own columns (the spaces after it give way, so every later column keeps its place) and the
    // piece leaves the next line
    const joined = first && next ? joinSpacedLabel(tpl, row, next, first.cell) : null;
    if (joined) {
      out.push(joined.row);
      filledOut.push(undefined);
      rows[r + 1] = joined.next;
      continue;
    }
    out.push(row);
    // the row as given: its filled cells are known
    filledOut.push(own);
  }
  return out;
}

function joinSpacedLabel(tpl: Template, row: Row, next: Row, first: Cell): { row: Row; next: Row } | null {
  if (row.sep !== "space" || next.sep !== "space") return null;
  const below = filledCells(next);
  if (below.length < 2) return null;
  const piece = below[0].cell.text.trim();
  const head = first.text.trim();
  if (piece.length > 4 || /\d/.test(piece) || fieldOf(tpl, head) || !fieldOf(tpl, head + piece)) return null;
  if (pieceStarts(next)?.[0]?.start !== pieceStarts(row)?.[0]?.start) return null;
  const at = row.text.indexOf(head);
  const room = " ".repeat(printedWidth(piece) + 2);
  if (at < 0 || !row.text.startsWith(room, at + head.length)) return null;
  const text = row.text.slice(0, at) + head + piece + row.text.slice(at + head.length + printedWidth(piece));
  const k = next.text.indexOf(piece);
  const nextText = next.text.slice(0, k) + " ".repeat(printedWidth(piece)) + next.text.slice(k + piece.length);
  return {
    row: rowWith(row, mapCells(row.cells, (c) => (c === first ? cellWith(c, head + piece) : c)), text),
    next: rowWith(next, mapCells(next.cells, (c) => (c === below[0].cell ? cellWith(c, "") : c)), nextText),
  };
}

/** Read the header rows of a form (those above its indicator table). */
export function readHeaderFields(tpl: Template, given: Row[]): HeaderRead {
  // each row's filled cells (found by the cut-label join for the rows it keeps) and their field keys, found
  // once for this call: the tests below ask them of a row on its own turn, as the row below a label row and
  // as a line a text may wrap onto (rows are not changed here; a key depends on the cell's text only)
  const filledRows: (Filled | undefined)[] = [];
  const rows = rejoinCutLabels(tpl, given, filledRows);
  const hits: FieldHit[] = [];
  const unknown: FieldHit[] = [];
  const funds: Funds = { unit: null, sources: [] };
  // details are kept by their label; so is the attribute, which a form may state twice (项目属性 新增/延续
  // beside 项目类型 一次性/经常性)
  const has = (k: FieldKey, label: string) => hits.some((h) => h.key === k && ((k !== "details" && k !== "attribute") || h.label === label));
  const fundTable = findFundsHeader(tpl, rows, 0, rows.length);
  const fundRead = fundTable ? parseFunds(rows, fundTable, rows.length) : null;
  const consumed = new Set<number>();
  /** a line of wrapped header values, and the row whose values it continues (several values may share it) */
  const wrapOf = new Map<number, number>();
  const keyRows: ((FieldKey | null)[] | undefined)[] = new Array(rows.length);
  const filledAt = (q: number): Filled => (filledRows[q] ??= filledCells(rows[q]));
  const keysAt = (q: number): (FieldKey | null)[] => (keyRows[q] ??= filledAt(q).map((c) => fieldOf(tpl, c.cell.text)));
  rows.forEach((row, r) => {
    if (fundTable && fundRead && r >= fundTable.index && r < fundRead.end) return;
    if (consumed.has(r)) return;
    const cells = filledAt(r);
    // a funds block listed as rows ("资金来源 | 金额" over "中央补助 | 42.00" … "合计 | 50.00")
    if (!fundTable) {
      const listed = fundsListRows(tpl, rows, r, cells);
      if (listed) {
        for (const q of listed) {
          const [label, amount] = filledCells(rows[q]);
          const name = squashHeader(label.cell.text);
          const key = FUND_TOTAL_CELL.test(name) ? "fundsTotal" : "fundsSource";
          readFundHit(tpl, funds, key, name, { text: amount.cell.text.trim(), loc: { ...amount.cell.loc } }, cells[0].cell.text, { index: amount.index, nth: 0, twinLater: false }, rows[q]);
          consumed.add(q);
        }
        return;
      }
    }
    // a funds header naming its columns (资金总额 and each source) over one row of amounts per 实施期 / 年度
    const perSide = sideRowsUnderFundsHeader(tpl, rows, r, cells);
    if (perSide) {
      readSideRows(tpl, funds, rows, cells, perSide);
      for (const q of perSide) consumed.add(q.row);
      return;
    }
    // a funds block whose 实施期 and 年度 columns are named once, in a header row over the amounts
    const keys = keysAt(r);
    const twin = twinFundsRows(tpl, rows, r, cells, keys);
    if (twin) {
      readTwinFunds(tpl, funds, rows, r, twin);
      for (const q of twin.rows) consumed.add(q);
      return;
    }
    // a row of labels over a row of values ("年度目标 | 预期目标 | 实际完成情况" then the two texts);
    // the value row may open with a label naming the row ("实施期目标 | 年度目标" over "总体目标 | text | text")
    let below = rows[r + 1] ? filledAt(r + 1) : [];
    let belowKeys = rows[r + 1] ? keysAt(r + 1) : [];
    // when the value row opens with its own label, every cell above is a column label, and a
    // value left empty under one of them ("实施期目标 | 年度目标" over "总体目标 | text | ") is
    // placed by position, not given to the last label
    let rowLabelled = false;
    if (below.length >= 2 && belowKeys[0] && belowKeys.every((k, i) => i === 0 || !k) && cells.length >= 2 && keys.every((k) => k?.startsWith("goal"))) {
      below = below.slice(1);
      belowKeys = belowKeys.slice(1);
      rowLabelled = true;
    }
    // a funds row titled by a cell that names no field ("资金来源（万元）| 合计 | 一般公共预算 | …" over a
    // row of amounts): the title is no column of its own, only its unit is read
    // (its 合计 column is the total)
    const fundOf = (t: string) => fieldOf(tpl, t) ?? (FUND_TOTAL_CELL.test(t.replace(/\s+/gu, "")) ? "fundsTotal" : null);
    const titled =
      !rowLabelled && cells.length >= 3 && !keys[0] && /资金|经费|预算/u.test(cells[0].cell.text) &&
      cells.slice(1).every((c) => fundOf(c.cell.text)?.startsWith("funds")) && below.length >= 2 && below.every((c) => parseAmount(c.cell.text) !== null);
    if (titled) funds.unit = funds.unit ?? unitOf(cells[0].cell.text);
    const labelCells = titled ? cells.slice(1) : cells;
    const keyOf = (t: string) => (titled ? fundOf(t) : fieldOf(tpl, t));
    if (labelCells.length >= 2 && (titled ? labelCells.every((c) => keyOf(c.cell.text)) : keys.every((k) => k)) && below.length >= 1 && below.length < labelCells.length + 1 && belowKeys.every((k) => !k)) {
      const labels = rowLabelled ? cells : labelCells.slice(labelCells.length - below.length);
      const labelStarts = rows[r].sep === "space" ? printedStarts(rows[r]) : null;
      const labelOf = (v: (typeof below)[number], k: number, n: number, at?: number) => {
        // in space-aligned text a cell's index is its order on the line, not its column: a value goes
        // to the label printed at or left of where it starts
        if (labelStarts && at !== undefined) {
          const lab = [...labels].reverse().find((c) => (labelStarts.get(c.cell) ?? Infinity) <= at + 2);
          // a label centred over its column starts right of the texts under it ("预期目标 … 实际完成情况"
          // over "对全县… 完成126家…"): a text nearer the start of the next label than of the one at or
          // left of it is that next label's
          const right = labels.find((c) => (labelStarts.get(c.cell) ?? -Infinity) > at + 2);
          const dist = (c: (typeof labels)[number] | undefined) => (c ? Math.abs((labelStarts.get(c.cell) ?? Infinity) - at) : Infinity);
          if (right && dist(right) < dist(lab)) return right;
          if (lab) return lab;
        }
        // by position when cells keep their columns: the label at or left of the value
        const lab = [...labelCells].reverse().find((c) => c.index <= v.index) ?? labels[k];
        return n === labels.length && lab !== labels[k] && Math.abs(lab.index - v.index) > 0 ? labels[k] : lab;
      };
      const read = new Map<(typeof cells)[number], FieldHit>();
      below.forEach((v, k) => {
        const use = labelOf(v, k, below.length, labelStarts ? printedStarts(rows[r + 1]).get(v.cell) : undefined);
        const key = keyOf(use.cell.text)!;
        const label = squashHeader(use.cell.text);
        const value = { text: v.cell.text.trim(), loc: { ...v.cell.loc } };
        if (key.startsWith("funds")) readFundHit(tpl, funds, key, label, value, use.cell.text, { index: use.index, nth: 0, twinLater: false }, rows[r]);
        else if (!has(key, label)) {
          hits.push({ key, label, value });
          read.set(use, hits[hits.length - 1]);
        }
      });
      consumed.add(r + 1);
      // goal texts wrapped onto the following rows continue the goal in their column
      if (keys.every((k) => k?.startsWith("goal"))) {
        // in a space-aligned print the row's own label ("年度总体目标") stands left of the goal columns: a
        // line with a piece in that column opens the next row ("绩效指标" over the indicator table)
        const rowLabelAt = labelStarts && !rowLabelled && labels.length < labelCells.length ? labelStarts.get(labelCells[0].cell) : undefined;
        const columnsFrom = Math.min(...labels.map((c) => labelStarts?.get(c.cell) ?? Infinity));
        for (let q = r + 2; q < rows.length; q++) {
          const more = filledAt(q);
          if (!more.length) continue;
          const moreKeys = keysAt(q);
          if (more.some((c, i) => moreKeys[i] || LABEL_VALUE.test(c.cell.text.trim()))) break;
          if (rowLabelAt !== undefined && rowLabelAt + 2 < columnsFrom && rows[q].sep === "space") {
            const at = printedStarts(rows[q]);
            if (more.some((c) => (at.get(c.cell) ?? Infinity) <= rowLabelAt + 1)) break;
          }
          // the indicator table's column-group line ("实施期指标 … 年度指标") ends the goals
          if (isColumnGroupRow(more)) break;
          more.forEach((v, k) => {
            const hit = read.get(labelOf(v, k, more.length, labelStarts ? printedStarts(rows[q]).get(v.cell) : undefined));
            if (hit) hit.value = { ...hit.value, text: hit.value.text + v.cell.text.trim() };
          });
          consumed.add(q);
        }
      }
      return;
    }
    const unitHere = /单位[:：]\s*(万元|元)/.exec(row.text) ?? /[（(](万元|元)[)）]/.exec(row.text);
    if (unitHere && !funds.unit) funds.unit = unitHere[1];
    let sourcesInRow: Map<string, number> | undefined;
    // the column the row's own total names (rowSideOf), found once for the row
    let rowSide: ["period" | "annual" | undefined] | undefined;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k].cell;
      const labelIndex = cells[k].index;
      const text = cell.text.trim();
      let key = keys[k];
      let label = squashHeader(text);
      let value: Text | null = null;
      if (!key) {
        const m = LABEL_VALUE.exec(text) ?? goalInCell(tpl, text);
        if (m && fieldOf(tpl, m[1])) {
          key = fieldOf(tpl, m[1]);
          label = squashHeader(m[1]);
          value = { text: m[2].trim(), loc: { ...cell.loc } };
        }
      }
      if (!key) {
        // a self-assessment's funds written as one line of "label：amount" cells beside the total
        // ("年度资金总额：18.00 ⇥ 全年执行数：12.60 ⇥ 分值：10 ⇥ 执行率：70.00% ⇥ 得分：7.00"): each cell named
        // by a funds column of the template (fundColumns) gives that column's value
        const m = LABEL_VALUE.exec(text);
        const found = m ? fundRole(tpl, squashHeader(m[1])) : null;
        const role = found && LINE_FUND_ROLES.has(found) ? (found as LineFundRole) : null;
        if (m && role && cells.some((c) => fieldOf(tpl, (LABEL_VALUE.exec(c.cell.text.trim()) ?? [])[1] ?? "") === "fundsTotal")) {
          const v = m[2].trim();
          const n = role === "rate" ? percent(v) : role === "weight" || role === "score" ? num(v) : parseAmount(v);
          if (n !== null && funds[role] == null) {
            funds[role] = n;
            funds.raw = { ...(funds.raw ?? {}), [role]: { text: v, loc: { ...cell.loc } } };
          }
        }
        continue;
      }
      if (!value) {
        const next = cells[k + 1]?.cell;
        // the goal's own sub-label printed in its text cell ("年度总体目标 | 预期目标 消除…") is no part of it
        const inner = next && key.startsWith("goal") ? goalInCell(tpl, next.text.trim()) : null;
        if (inner && fieldOf(tpl, inner[1]) === key) {
          value = { text: inner[2].trim(), loc: { ...next!.loc } };
          k++;
        } else if (next && !keys[k + 1] && !fieldOf(tpl, (LABEL_VALUE.exec(next.text.trim()) ?? [])[1] ?? "") && !goalInCell(tpl, next.text.trim())) {
          value = { text: next.text.trim(), loc: { ...next.loc } };
          k++;
          // a text printed without borders breaks at the spaces the extraction puts around Latin runs
          // and numbers ("新建口袋公园 12 座，…"): those pieces are one text
          if (row.sep === "space" && (key.startsWith("goal") || key === "details")) {
            // (one space apart: wider gaps part columns in a -layout print)
            const oneSpace = (a: string, b: string) => row.text.includes(`${a} ${b}`);
            while (cells[k + 1] && latinJoint(value.text, cells[k + 1].cell.text.trim()) && oneSpace(cells[k].cell.text.trim(), cells[k + 1].cell.text.trim()) && !keys[k + 1]) {
              value = { ...value, text: value.text + cells[k + 1].cell.text.trim() };
              k++;
            }
          }
          if (TEXT_FIELDS.has(key)) {
            // a short text a bracket leaves open, closed by the next piece one space on ("某某局(编码" | "214)"):
            // the extraction split one cell at its space
            const oneSpace = (a: string, b: string) => row.sep === "space" && row.text.includes(`${a} ${b}`);
            while (cells[k + 1] && openBrackets(value.text) > 0 && CLOSES.test(cells[k + 1].cell.text.trim()) && oneSpace(cells[k].cell.text.trim(), cells[k + 1].cell.text.trim()) && !keys[k + 1]) {
              value = { ...value, text: `${value.text} ${cells[k + 1].cell.text.trim()}` };
              k++;
            }
            // the options of a checkbox field, each a cell with its box ("新增项目☑ | 延续项目□"): one value
            while (key === "attribute" && CHECKBOX.test(value.text) && cells[k + 1] && CHECKBOX.test(cells[k + 1].cell.text) && !keys[k + 1]) {
              value = { ...value, text: `${value.text} ${cells[k + 1].cell.text.trim()}` };
              k++;
            }
          }
        } else if (!next && cells.length === 1) {
          // a label alone on its row (goals): the value is the next row when it is one text cell
          const below = rows[r + 1] ? filledAt(r + 1) : [];
          if (below.length === 1 && !keysAt(r + 1)[0]) value = { text: below[0].cell.text.trim(), loc: { ...below[0].cell.loc } };
        }
      }
      const at: FundAt = { index: labelIndex, nth: 0, twinLater: false, rowSide: (rowSide ??= [rowSideOf(keys, cells)])[0] };
      if (key === "fundsSource") {
        sourcesInRow ??= new Map();
        at.nth = sourcesInRow.get(label) ?? 0;
        sourcesInRow.set(label, at.nth + 1);
        at.twinLater = cells.some((c) => c.index > labelIndex && squashHeader(c.cell.text) === label);
      }
      if ((!value || !value.text) && key === "fundsSource" && (!cells[k + 1] || keys[k + 1])) {
        // a source written with no amount ("其他资金" and an empty cell): listed, amount unknown
        readFundHit(tpl, funds, key, label, { text: "", loc: { ...cell.loc } }, text, at, row);
        continue;
      }
      if (!value || !value.text) continue;
      if (key.startsWith("funds")) {
        readFundHit(tpl, funds, key, label, value, text, at, row);
        continue;
      }
      // a plan given as a small table under its label ("项目实施计划 | 实施内容 | 开始时间 | 完成时间" over
      // " | 组织抽样检验 | 2025-03-01 | 2025-11-30"): its rows are the plan's text, one step each
      // — in a space-aligned print too, where a step row is the one whose first piece starts in the
      // plan's columns (not in the label's: "项目实施" / "计划" printed over two rows beside the steps)
      if (key === "details" && (row.sep === "tab" || row.sep === "space") && PLAN_HEAD.test(squashHeader(value.text)) && cells.slice(k + 1).some((c) => TIME_HEAD.test(squashHeader(c.cell.text)))) {
        const planStart = printedStart(row, value.loc);
        if (row.sep === "tab" || planStart !== null) {
          const steps: { text: string; line?: number }[] = [];
          for (let q = r + 1; q < rows.length; q++) {
            const more = filledAt(q);
            if (!more.length || keysAt(q).some((x) => x)) break;
            if (planStart === null ? !!rows[q].cells[0]?.text.trim() : (printedStart(rows[q], more[0].cell.loc) ?? -9) < planStart - 2) break;
            steps.push({ text: more.map((c) => c.cell.text.trim()).join("，"), line: rows[q].loc.line });
            consumed.add(q);
          }
          if (steps.length) {
            // where each step starts in the joined text, with its line: a date found in the plan is placed on its step's row
            const lines: { offset: number; line: number }[] = [];
            let text = "";
            for (const st of steps) {
              if (text) text += "；";
              if (st.line !== undefined) lines.push({ offset: text.length, line: st.line });
              text += st.text;
            }
            value = { ...value, text, ...(lines.length ? { lines } : {}) };
          }
        }
      }
      if (key.startsWith("goal") || key === "details") {
        // a space-aligned print may centre the label on its text: lines above it that start where the
        // text starts belong to it, and a page break (blank lines) may fall inside the text
        const start = printedStart(row, value.loc);
        const under = (q: number) => {
          const more = filledAt(q);
          return start !== null && more.length === 1 && !consumed.has(q) && Math.abs((printedStart(rows[q], more[0].cell.loc) ?? -9) - start) <= 1 && !keysAt(q)[0] && !LABEL_VALUE.test(more[0].cell.text.trim());
        };
        for (let q = r - 1; q >= 0 && under(q); q--) {
          value = { ...value, text: filledAt(q)[0].cell.text.trim() + value.text };
          consumed.add(q);
        }
        // a long text wrapped onto the following rows, each a single cell
        for (let q = r + 1; q < rows.length && !consumed.has(q); q++) {
          if (start !== null && filledAt(q).length === 0) {
            let b = q;
            while (b < rows.length && filledAt(b).length === 0) b++;
            if (b < rows.length && under(b)) q = b;
          }
          const more = filledAt(q);
          const moreKeys = keysAt(q);
          const line = more[0]?.cell.text.trim() ?? "";
          // the next numbered part of the same text ("目标2：…", "（二）…") goes on; another label ends it
          const labelled = LABEL_VALUE.test(line) && !NUMBERED_PART.test(line);
          // in a space-aligned print the text may wrap beside another column's text ("年度目标  目标… 实际…"
          // over "          …目标续  …实际续"): the piece that starts where the value starts continues it
          if (more.length > 1 && start !== null && !moreKeys[0] && !labelled && more.every((c, i) => !moreKeys[i] && !LABEL_VALUE.test(c.cell.text.trim())) && Math.abs((printedStart(rows[q], more[0].cell.loc) ?? -9) - start) <= 1 && !value.text.includes(line) && !isLevelLabel(line)) {
            value = { ...value, text: value.text + line };
            consumed.add(q);
            continue;
          }
          if (more.length !== 1 || moreKeys[0] || labelled || more[0].cell.loc === value.loc) break;
          if (value.text.includes(more[0].cell.text.trim())) break;
          value = { ...value, text: value.text + more[0].cell.text.trim() };
          consumed.add(q);
        }
      }
      else if (TEXT_FIELDS.has(key)) {
        // in a space-aligned print a short field's value too may wrap ("3年（2025年1月—2027" /
        // "年12月）"): the next line holding one piece, printed exactly under the value, continues it
        // — only a value that ends its row, and not the first line of a text whose label is printed
        // centred on it below ("          为全县…" / "年度总体目标  阅读推广…")
        const start = printedStart(row, value.loc);
        const q = r + 1;
        const more = q < rows.length && (!consumed.has(q) || wrapOf.get(q) === r) ? filledAt(q) : [];
        const line = more[0]?.cell.text.trim() ?? "";
        const end = cells[cells.length - 1]?.cell.loc;
        const last = !!end && end.line === value.loc.line && end.col === value.loc.col;
        const after = q + 1 < rows.length ? filledAt(q + 1) : [];
        const afterKey = after.length >= 2 ? keysAt(q + 1)[0] : null;
        const centred = !!afterKey && (afterKey.startsWith("goal") || afterKey === "details") && printedStart(rows[q + 1], after[1].cell.loc) === start;
        if (start !== null && last && !centred && more.length === 1 && printedStart(rows[q], more[0].cell.loc) === start && !keysAt(q)[0] && !LABEL_VALUE.test(line)) {
          value = { ...value, text: value.text + line };
          consumed.add(q);
          wrapOf.set(q, r);
        } else if (start !== null && !centred && wrapLine(tpl, row, rows[q], more)) {
          // — or, with another field to its right ("主管部门  [301002]某县交通运  实施单位  某中心" / "输局"
          // and maybe "中心" beside it), a line of the row's wrapped values: the piece under this value
          const piece = more.find((c) => printedStart(rows[q], c.cell.loc) === start);
          if (piece) {
            value = { ...value, text: value.text + piece.cell.text.trim() };
            consumed.add(q);
            wrapOf.set(q, r);
          }
        }
      }
      if (!has(key, label)) hits.push({ key, label, value });
    }
  });
  if (fundTable && fundRead) mergeFundTable(funds, fundRead.funds, rows[fundTable.index]);
  if (funds.raw) delete funds.raw.annualLabel;
  delete (funds as TwinFunds)[TWIN];
  for (let q = 0; q < rows.length; q++) {
    // one cell holding the whole funds statement
    for (const { cell } of filledAt(q)) if (/总额/.test(cell.text) && /\d/.test(cell.text) && cell.text.length > 12) readFundsSentence(cell.text, cell.loc, funds);
  }
  return { hits, funds, unknown };
}

/** brackets a text opens and does not close */
function openBrackets(t: string): number {
  return (t.match(/[（(［[【]/gu)?.length ?? 0) - (t.match(/[)）］\]】]/gu)?.length ?? 0);
}
/** a piece that closes a bracket: "214)", "编码214）" */
const CLOSES = /^[^（(［[【]{0,12}[)）］\]】]$/u;
/** a checkbox's box, ticked or not, as extraction prints it */
const CHECKBOX = /[□☐☑☒■√✓✔]/u;

/**
 * Whether `below` holds only the wrapped ends of `row`'s values in a space-aligned print: each of its
 * pieces starts exactly under a value of the row (not under the row's first cell, the label column, nor
 * under a label) and ends before the row's next cell starts, and none is a label.
 */
function wrapLine(tpl: Template, row: Row, below: Row, more: ReturnType<typeof filledCells>): boolean {
  if (!more.length) return false;
  const ps = pieceStarts(row);
  const bs = pieceStarts(below);
  if (!ps || !bs || bs.length !== more.length) return false;
  return bs.every((b) => {
    const i = ps.findIndex((p) => p.start === b.start);
    if (i <= 0 || fieldOf(tpl, ps[i].cell.text)) return false;
    const next = ps[i + 1]?.start;
    const t = b.cell.text.trim();
    return (next === undefined || b.start + b.width < next) && !fieldOf(tpl, t) && !LABEL_VALUE.test(t);
  });
}

/** header fields holding one short text (not goals, details or money), whose value a print may wrap */
const TEXT_FIELDS = new Set<FieldKey>(["project", "parentProject", "department", "implementer", "attribute", "period", "manager"]);

/** where a cell of a space-aligned row starts, in printed columns; null for other rows */
/** two pieces of one line split at a space the extraction put between a Latin or number run and
 *  Chinese ("口袋公园 | 12", "12 | 座，提升"): a digit, Latin letter or % on one side of the joint */
function latinJoint(before: string, after: string): boolean {
  return /[\dA-Za-z%％]$/u.test(before) || /^[\dA-Za-z≥≤＞＜>=<]/u.test(after);
}

function printedStart(row: Row, loc: Text["loc"]): number | null {
  if (row.sep !== "space") return null;
  const p = pieceStarts(row)?.find((x) => x.cell.loc === loc || (x.cell.loc.line === loc.line && x.cell.loc.col === loc.col));
  return p ? p.start : null;
}

/**
 * The rows of a funds block listed one source per row under a "资金来源 | 金额" header (the template's
 * fundSourceListHeader), each a name and an amount, ending with the total (合计); null when row `r`
 * opens no such block. The names a source row may carry are the template's fundSourceRows ("中央补助",
 * "县级财政", "其他资金").
 */
function fundsListRows(tpl: Template, rows: Row[], r: number, filled = filledCells(rows[r])): number[] | null {
  // asked of every header row (with its filled cells, which the caller has): the count of cells first, the two cells' texts only then
  if (filled.length !== 2) return null;
  const head = filled.map((c) => squashHeader(c.cell.text));
  const is = (cell: string, what: "name" | "amount") => tpl.fundSourceListHeaderRes.some(([re, k]) => k === what && re.test(cell));
  if (!is(head[0], "name") || !is(head[1], "amount")) return null;
  const out: number[] = [];
  for (let q = r + 1; q < rows.length; q++) {
    const cells = filledCells(rows[q]);
    if (!cells.length) continue;
    const name = cells.length === 2 ? squashHeader(cells[0].cell.text) : "";
    if (!name || parseAmount(cells[1].cell.text) === null || !(tpl.fundSourceRowRes.some((re) => re.test(name)) || FUND_TOTAL_CELL.test(name))) break;
    out.push(q);
  }
  return out.length >= 2 && out.some((q) => FUND_TOTAL_CELL.test(squashHeader(filledCells(rows[q])[0].cell.text))) ? out : null;
}

/**
 * A funds block whose 实施期 and 年度 columns are named once, in a header row of their own
 * ("项目资金 | 实施期资金总额 | 年度资金总额" over "资金总额 | 48.00 | 48.00", "其中：财政拨款 | 40.00 | 40.00",
 * "其他资金 | 5.00 | 5.00"): the header's two column cells and the rows under it whose label names the
 * total or a source, each amount standing under its column (cells keep their columns: a tabbed or
 * ruled table); null when row `r` is no such header. A header whose labels carry their own amounts
 * ("实施期资金总额： | 200,000 | 年度资金总额： | 200,000") is read label by label instead.
 */
function twinFundsRows(tpl: Template, rows: Row[], r: number, cells: Filled, keys: (FieldKey | null)[]): { period: number; annual: number; rows: number[] } | null {
  if (rows[r].sep === "space") return null;
  const p = keys.indexOf("fundsPeriodTotal");
  if (p < 0 || cells.length !== p + 2) return null;
  const a = cells[p + 1];
  if (keys[p + 1] !== "fundsTotal" || !/年度/u.test(a.cell.text)) return null;
  if (cells.some((c) => parseAmount(c.cell.text) !== null)) return null;
  if (!cells.slice(0, p).every((c, i) => keys[i]?.startsWith("funds") || /资金|经费|预算/u.test(c.cell.text))) return null;
  const period = cells[p].index;
  const annual = a.index;
  const out: number[] = [];
  for (let q = r + 1; q < rows.length; q++) {
    const more = filledCells(rows[q]);
    const labels = more.filter((c) => c.index < period);
    const label = labels[labels.length - 1];
    const key = label ? (FUND_TOTAL_CELL.test(squashHeader(label.cell.text)) ? "fundsTotal" : fieldOf(tpl, label.cell.text)) : null;
    if (!key || !(key === "fundsTotal" || key === "fundsSource")) break;
    if (!more.some((c) => c.index === period || c.index === annual)) break;
    out.push(q);
  }
  return out.some((q) => {
    const first = filledCells(rows[q]).filter((c) => c.index < period).pop()!;
    return FUND_TOTAL_CELL.test(squashHeader(first.cell.text)) || fieldOf(tpl, first.cell.text) === "fundsTotal";
  })
    ? { period, annual, rows: out }
    : null;
}

/** a row's own label naming the column it gives: 实施期 (中期, 长期) or 年度 (当年, 本年度) */
const PERIOD_ROW = /^(实施期|中期|长期|项目期)(资金)?(总额)?$/u;
const ANNUAL_ROW = /^(年度|当年|本年度?)(资金)?(总额)?$/u;

interface SideRow {
  row: number;
  side: "period" | "annual";
  /** the row's amounts, each with the header cell it stands under */
  amounts: { label: Cell; amount: Cell }[];
}

/**
 * A funds header that names its columns — the total and each source ("项目资金 | 资金总额 | 中央 | 省级 |
 * 市县(区) | 单位自筹 | 其他") — over one row of amounts per column group, each row opening with the label of
 * its group ("（元） 实施期 | 2160000 | 0 | …", "（元） 年 度 | 720000 | …"): the amounts of each row, each under
 * its header cell (by its column in cells that keep their columns; in a line of pieces, by order when the
 * row holds one amount per header cell). Null when row `r` is no such header.
 */
function sideRowsUnderFundsHeader(tpl: Template, rows: Row[], r: number, cells: Filled): SideRow[] | null {
  if (cells.length < 3) return null;
  const fundOf = (t: string) => fieldOf(tpl, t) ?? (FUND_TOTAL_CELL.test(squashHeader(t)) ? "fundsTotal" : null);
  // the first cell titles the block (项目资金, 资金来源); every other one names a column of it
  if (!/资金|经费|预算/u.test(cells[0].cell.text) || parseAmount(cells[0].cell.text) !== null) return null;
  const heads = cells.slice(1);
  const keys = heads.map((c) => fundOf(c.cell.text));
  if (keys.filter((k) => k === "fundsTotal").length !== 1 || !keys.every((k) => k === "fundsTotal" || k === "fundsSource")) return null;
  const out: SideRow[] = [];
  for (let q = r + 1; q < rows.length && out.length < 2; q++) {
    const more = filledCells(rows[q]);
    const first = more.findIndex((c) => parseAmount(c.cell.text) !== null);
    if (first < 1) break;
    const label = more
      .slice(0, first)
      .map((c) => squashHeader(c.cell.text))
      .join("")
      .replace(/^[（(](单位[:：]?)?(万元|元)[)）]/u, "");
    const side = PERIOD_ROW.test(label) ? "period" : ANNUAL_ROW.test(label) ? "annual" : null;
    if (!side || out.some((o) => o.side === side)) break;
    const values = more.slice(first);
    if (!values.every((c) => parseAmount(c.cell.text) !== null)) break;
    let amounts: SideRow["amounts"];
    if (rows[q].sep !== "space") {
      // cells that keep their columns: each amount under the header cell of its column
      amounts = values.flatMap((v) => {
        const h = heads.find((c) => c.index === v.index);
        return h ? [{ label: h.cell, amount: v.cell }] : [];
      });
      if (amounts.length !== values.length) break;
    } else {
      if (values.length !== heads.length) break;
      amounts = values.map((v, k) => ({ label: heads[k].cell, amount: v.cell }));
    }
    out.push({ row: q, side, amounts });
  }
  return out.length ? out : null;
}

/** the amounts of the rows found by sideRowsUnderFundsHeader: each row's total and sources, in its column */
function readSideRows(tpl: Template, funds: Funds, rows: Row[], header: Filled, sides: SideRow[]): void {
  funds.unit = funds.unit ?? unitOf(header[0].cell.text) ?? sides.map((s) => unitOf(rows[s.row].text)).find(Boolean) ?? null;
  funds.raw = { ...(funds.raw ?? {}) };
  for (const { row, side, amounts } of sides) {
    funds.loc = funds.loc ?? { ...rows[row].loc };
    for (const { label, amount } of amounts) {
      const value: Text = { text: amount.text.trim(), loc: { ...amount.loc } };
      const n = parseAmount(value.text);
      const name = squashHeader(label.text);
      if (FUND_TOTAL_CELL.test(name) || fieldOf(tpl, label.text) === "fundsTotal") {
        const key = side === "period" ? "periodTotal" : "annualTotal";
        if (funds[key] == null) {
          funds[key] = n;
          funds.raw[key] = value;
        }
        continue;
      }
      const source = sourceName(tpl, name);
      let src = funds.sources.find((s) => s.name === source);
      if (!src) {
        src = { name: source, period: null, annual: null, loc: { ...value.loc } };
        funds.sources.push(src);
      }
      if (src[side] == null) src[side] = n;
      funds.raw[`sources.${source}.${side}`] = value;
    }
  }
}

/** the amounts of a block found by twinFundsRows: the total's two columns, each source's two */
function readTwinFunds(tpl: Template, funds: Funds, rows: Row[], r: number, twin: { period: number; annual: number; rows: number[] }): void {
  funds.unit = funds.unit ?? filledCells(rows[r]).map((c) => unitOf(c.cell.text)).find(Boolean) ?? null;
  funds.raw = { ...(funds.raw ?? {}) };
  for (const q of twin.rows) {
    const more = filledCells(rows[q]);
    const label = more.filter((c) => c.index < twin.period).pop()!;
    const at = (i: number): Text | null => {
      const c = more.find((x) => x.index === i);
      return c ? { text: c.cell.text.trim(), loc: { ...c.cell.loc } } : null;
    };
    const pv = at(twin.period);
    const av = at(twin.annual);
    const amount = (v: Text | null) => (v ? parseAmount(v.text.replace(/[（(].*$/, "")) : null);
    const name = squashHeader(label.cell.text);
    if (FUND_TOTAL_CELL.test(name) || fieldOf(tpl, label.cell.text) === "fundsTotal") {
      if (funds.periodTotal == null && funds.annualTotal == null) {
        funds.loc = funds.loc ?? { ...rows[q].loc };
        funds.periodTotal = amount(pv);
        funds.annualTotal = amount(av);
        if (pv) funds.raw.periodTotal = pv;
        if (av) funds.raw.annualTotal = av;
      }
      continue;
    }
    const source = sourceName(tpl, name);
    if (funds.sources.some((s) => s.name === source)) continue;
    funds.sources.push({ name: source, period: amount(pv), annual: amount(av), loc: { ...(pv ?? av)!.loc } });
    if (pv?.text) funds.raw[`sources.${source}.period`] = pv;
    if (av?.text) funds.raw[`sources.${source}.annual`] = av;
  }
}

/** where a funds cell stands: its column, how many times its source was seen on the row, whether the row
 *  writes it again later, and the one total the row opens with (its 实施期 or its 年度 total), if any */
interface FundAt {
  index: number;
  nth: number;
  twinLater: boolean;
  rowSide?: "period" | "annual";
}

/** the column a row's own total names, when the row holds one total only: its sources are that column's */
function rowSideOf(keys: (FieldKey | null)[], cells: { cell: Cell }[]): "period" | "annual" | undefined {
  const period = keys.filter((k) => k === "fundsPeriodTotal").length;
  const annual = cells.filter((c, i) => keys[i] === "fundsTotal" && /年度/u.test(c.cell.text)).length;
  if (period === 1 && !keys.includes("fundsTotal")) return "period";
  if (annual === 1 && !keys.includes("fundsPeriodTotal")) return "annual";
  return undefined;
}

const TWIN = Symbol("twin");
/** while reading: the columns of the 实施期 and 年度 totals when a form states both side by side */
type TwinFunds = Funds & { [TWIN]?: { period: number | null; annual: number | null } };

function readFundHit(
  tpl: Template,
  funds: TwinFunds,
  key: FieldKey,
  label: string,
  value: Text,
  labelText: string,
  at: FundAt,
  row: Row,
): void {
  const amount = parseAmount(value.text.replace(/[（(].*$/, ""));
  funds.unit = funds.unit ?? unitOf(labelText) ?? unitOf(value.text);
  funds.raw = { ...(funds.raw ?? {}) };
  if (!funds.loc && (key === "fundsTotal" || key === "fundsPeriodTotal")) funds.loc = { ...row.loc };
  const twin = (funds[TWIN] ??= { period: null, annual: null });
  if (key === "fundsTotal") {
    if (twin.annual === null && /年度/.test(label)) twin.annual = at.index;
    if (funds.annualTotal == null && amount !== null) {
      funds.annualTotal = amount;
      funds.raw.annualTotal = value;
      funds.raw.annualLabel = { text: label, loc: { ...value.loc } };
    }
  } else if (key === "fundsPeriodTotal") {
    if (twin.period === null) twin.period = at.index;
    if (funds.periodTotal == null && amount !== null) {
      funds.periodTotal = amount;
      funds.raw.periodTotal = value;
    }
  } else if (key === "fundsSource" && at.rowSide && (at.rowSide === "period" || twin.period !== null)) {
    // one row per column, each opening with its total ("中期资金总额 | 240 | 其中：中央补助 | 60 | 县级 | 180" over
    // "年度资金总额 | 80 | 其中：中央补助 | 30 | 县级 | 40"): a source belongs to the total on its row
    const name = sourceName(tpl, label);
    let src = funds.sources.find((s) => s.name === name);
    if (!src) {
      src = { name, period: null, annual: null, loc: { ...value.loc } };
      funds.sources.push(src);
    }
    if (src[at.rowSide] == null) src[at.rowSide] = amount;
    if (value.text) funds.raw[`sources.${name}.${at.rowSide}`] = value;
  } else if (key === "fundsSource" && ((twin.period !== null && twin.annual !== null) || at.nth >= 1 || at.twinLater)) {
    // 实施期 and 年度 side by side (both totals, or a source written twice in its row): a source's
    // first amount in a row is the period's, its second the year's; a source written once goes to
    // the side whose total label is nearer in column
    const name = sourceName(tpl, label);
    const side =
      at.nth >= 1 ? "annual" : at.twinLater || twin.period === null || twin.annual === null ? "period" : Math.abs(at.index - twin.period) <= Math.abs(at.index - twin.annual) ? "period" : "annual";
    let src = funds.sources.find((s) => s.name === name);
    if (!src) {
      src = { name, period: null, annual: null, loc: { ...value.loc } };
      funds.sources.push(src);
    }
    if (src[side] == null) src[side] = amount;
    if (value.text) funds.raw[`sources.${name}.${side}`] = value;
  } else if (key === "fundsSource") {
    const name = sourceName(tpl, label);
    // under a 年度资金总额 the sources are the year's amounts
    const annual = /年度/.test(funds.raw?.annualLabel?.text ?? "");
    if (!funds.sources.some((s) => s.name === name)) {
      funds.sources.push({ name, period: amount, ...(annual ? { annual: amount } : {}), loc: { ...value.loc } });
      if (value.text) funds.raw[`sources.${name}`] = value;
    }
  }
}

const SENTENCE_PART = /([\u4e00-\u9fa5（）()]{2,14}?)[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)?/g;

/** "总额120万元 财政拨款：100万元（其中：上级资金80万元；本级20万元）二、自有资金：20万元" */
export function readFundsSentence(text: string, loc: Text["loc"], funds: Funds): void {
  // parts inside brackets are sub-splits of the source before them; keep only top-level parts
  const top = text.replace(/[（(][^）)]*[）)]/g, " ");
  let m: RegExpExecArray | null;
  SENTENCE_PART.lastIndex = 0;
  while ((m = SENTENCE_PART.exec(top))) {
    const label = bareFundsLabel(m[1]);
    const amount = Number(m[2].replace(/,/g, ""));
    if (m[3] && !funds.unit) funds.unit = m[3];
    if (/总额|合计|总计/.test(label)) {
      if (funds.annualTotal == null) funds.annualTotal = amount;
    } else if (label && !funds.sources.some((s) => s.name === label)) funds.sources.push({ name: label, period: amount, loc: { ...loc } });
  }
}

/** a self-assessment's funds table (funds-table.ts) joins what the labels gave */
function mergeFundTable(funds: Funds, table: Funds, header: Row): void {
  const unit = table.unit ?? funds.unit ?? /(万元|元)/.exec(header.text)?.[1] ?? null;
  const sources = [...funds.sources, ...table.sources];
  const raw = funds.raw || table.raw ? { ...(funds.raw ?? {}), ...(table.raw ?? {}) } : undefined;
  Object.assign(funds, table, { unit, sources });
  if (raw) funds.raw = raw;
}
