/**
 * The funds block of a self-assessment (项目资金预算安排及执行进度 / 项目资金):
 *
 *   layout 1   项目资金…(万元) | 年初预算数 (目标申报数 | 预算编制数) | 全年预算数 | 全年执行数 | 资金结(转)余 | 执行率 | 得分 | 偏差…
 *   layout 2   项目资金 (万元) | 权重 | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *
 * The engine reads every template's funds table with this module. The header is recognised by
 * its labels, the template's fundColumns (one or two rows: a second row splits 年初预算数 into
 * 目标申报数 and 预算编制数); each column gets a role. Data rows (资金总额 / 年度资金总额 → the
 * totals, any other label → a source) are then aligned to those roles by a monotone assignment of
 * the row's non-empty cells after its label, minimising the column distance over a small row shift
 * (cells shift left/right between forms: 002 l.593 vs l.628). Numbers never go to the 偏差 column.
 * When two assignments fit equally well, the one that leaves the LEFTMOST columns empty wins, i.e.
 * numbers are right-aligned to 得分: the form always fills 得分/执行率 and the column most often
 * left empty is 目标申报数.
 *
 * The hard case, 002 l.628 " ⇥ ⇥ 资金总额: ⇥ ⇥ 29.626 ⇥ 29.626 ⇥ 0 ⇥ 0 ⇥ 0 ⇥ 0": six numbers for seven
 * columns, right after an empty cell.
 *   - Right-aligned (what we do): 目标申报数 empty, 预算编制数 29.626, 全年预算数 29.626,
 *     全年执行数 0, 资金结余 0, 执行率 0, 得分 0. 执行数 0 goes with 执行率 0 and 得分 0, and the one
 *     empty 年初 column is 目标申报数 — the form's own note says the two are parallel sources, and
 *     many forms leave 目标申报数 blank (l.662, l.802 …) while always filling 预算编制数.
 *   - Read at the header positions without a shift, 全年执行数 would be 29.626 with 执行率 0 and a
 *     number would land in 偏差原因 — rejected.
 *   - Left-aligned (目标申报数 29.626, 预算编制数 29.626, 全年预算数 0 …, 得分 missing) would make the
 *     row match its source row l.629, which has SEVEN numbers "29.626 ⇥ 29.626 ⇥ 0 ⇥ 0 ⇥ 0 ⇥ 0.00 ⇥ 0.00"
 *     (so the source reads 全年预算数 0), but it leaves 得分 empty, which the form never does.
 * The resulting disagreements (资金结余 0 although nothing of 29.626 was spent; total 全年预算数
 * 29.626 vs source 0) are the document's defects, left for the rules to report rather than
 * "repaired" here. The same shape recurs at l.1738/l.1739.
 */
import type { Row } from "../read/grid.js";
import type { FundSource, Funds } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { filled, squash, isDash, num, percent, type FilledCell } from "./cells.js";
import { matchRole, type FundColumnRole, type Template } from "./templates.js";
import { pieceStarts, wrappedHeaderTexts } from "../repair/layout.js";

export type FundRole = FundColumnRole;

/** a funds-table header cell's role, by the template's fundColumns synonyms */
export function fundRole(tpl: Template, text: string): FundRole | null {
  return matchRole(tpl.fundRes, text);
}

/** a row after the funds rows that is none of them: no amount, and a label naming no fund source */
const SOURCE_WORD = /资金|拨款|结转|支出|收入|预算|自筹|补助|其他|合计|总额/;

export interface FundColumn {
  role: FundRole;
  index: number;
  header: string;
}

export interface FundsHeader {
  /** index in rows of the (first) header row */
  index: number;
  /** index one past the header rows */
  next: number;
  columns: FundColumn[];
  /** index of a 权重 column (layout 2), whose value sits before the row label */
  weightBefore: number | null;
  unit: string | null;
}

const TOTAL_LABEL = /资金总额|总额|合计|总计/;
/** the totals row named by the budget part it scores, with or without its points: "预算执行情况（20分）",
 *  "预算执行率", "资金执行情况（10分）" — the row of the form's budget line, no fund source */
const BUDGET_PART = /^(项目)?(年度)?(预算|资金)执行(情况|率)?(?:[（(](\d+(?:\.\d+)?)分[)）])?[:：]?$/;
const FUNDS_END = /^(项目)?年度(总体|绩效)?目标|^年度总体目标|^预期目标|^绩效指标|^一级指标|^项目绩效目标/;

/** find the funds header in rows[from..to) */
export function findFundsHeader(tpl: Template, rows: Row[], from: number, to: number): FundsHeader | null {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    let cells = filled(rows[i]);
    let roles = cells.map((c) => fundRole(tpl, c.text));
    let known = new Set(roles.filter(Boolean));
    let wrapped = false;
    if (!(known.has("adjusted") || known.has("executed")) || known.size < 3) {
      // a space-aligned header whose cells wrapped onto the next line ("年初预" / "算数")
      const texts = wrappedHeaderTexts(rows[i], rows[i + 1]);
      if (!texts || texts.length !== cells.length) continue;
      cells = cells.map((c, k) => ({ ...c, text: texts[k] }));
      roles = cells.map((c) => fundRole(tpl, c.text));
      known = new Set(roles.filter(Boolean));
      if (!(known.has("adjusted") || known.has("executed")) || known.size < 3) continue;
      wrapped = true;
    }
    let columns: FundColumn[] = [];
    cells.forEach((c, k) => {
      const r = roles[k];
      if (r) columns.push({ role: r, index: c.index, header: c.text });
    });
    let weightBefore: number | null = null;
    for (const c of cells) {
      if (!/^权重$/.test(squash(c.text))) continue;
      // 权重 before the amounts is layout 2's, whose value stands before the row label; after them
      // it is the budget line's points (权重 | 得分系数 | 得分)
      if (columns.some((col) => col.index < c.index)) {
        if (!columns.some((col) => col.role === "weight")) columns.push({ role: "weight", index: c.index, header: c.text });
      } else weightBefore = c.index;
    }
    columns.sort((a, b) => a.index - b.index);
    let next = wrapped ? i + 2 : i + 1;
    // a second header row that splits 年初预算数
    if (!wrapped && i + 1 < rows.length) {
      const sub = filled(rows[i + 1]).map((c) => ({ c, r: fundRole(tpl, c.text) }));
      const split = sub.filter((s) => s.r === "declared" || s.r === "planned");
      if (split.length > 0 && sub.every((s) => s.r)) {
        const pos = columns.findIndex((c) => c.role === "planned" || c.role === "declared");
        const add = split.map((s) => ({ role: s.r as FundRole, index: s.c.index, header: s.c.text }));
        if (pos >= 0) columns.splice(pos, 1, ...add);
        else columns = [...add, ...columns];
        columns.sort((a, b) => a.index - b.index);
        next = i + 2;
      }
    }
    const text = wrapped ? cells.map((c) => c.text).join(" ") : rows[i].text;
    const unit = /[(（]\s*万元\s*[)）]/.test(text) ? "万元" : /[(（]\s*元\s*[)）]/.test(text) ? "元" : null;
    return { index: i, next, columns, weightBefore, unit };
  }
  return null;
}

function numberish(text: string): boolean {
  // "/" stands in an amount column as "—" does (not applicable: a source row's 权重 / 得分)
  return amountIn(text, null) !== null || percent(text) !== null || isDash(text) || /^[/／]$/.test(squash(text));
}

const MONEY_UNIT = /^(.*?\d)\s*(万元|元)$/u;

/**
 * An amount cell, also written with its unit ("86 万元", as some templates print every amount):
 * stated in the table's unit, or converted to it (元 ↔ 万元) when the table has one.
 */
function amountIn(text: string, unit: string | null): number | null {
  const n = num(text);
  if (n !== null) return n;
  const m = MONEY_UNIT.exec(squash(text));
  const v = m ? num(m[1]) : null;
  if (v === null || !unit || unit === m![2]) return v;
  return m![2] === "元" ? v / 1e4 : v * 1e4;
}

/**
 * Monotone assignment of cells to columns minimising column distance (see file comment).
 * Every cell is assigned unless that is impossible (then it is dropped at a high cost).
 */
export function alignFundCells(cells: FilledCell[], columns: FundColumn[]): Map<FundRole, FilledCell> {
  const n = cells.length;
  const m = columns.length;
  const EPS = 0.001;
  let best: { cost: number; map: Map<FundRole, FilledCell> } = { cost: Infinity, map: new Map() };
  // whether a cell reads as an amount depends on the cell alone: once per cell, not per shift and column
  const numeric = cells.map((c) => numberish(c.text));
  const amount = cells.map((c) => num(c.text) !== null || percent(c.text) !== null);
  // one table for every shift (row-major, (n + 1) × (m + 1)): each shift writes every entry it reads
  // before reading it, so nothing carries over; the same sums in the same order as a table per shift
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w);
  const from = new Uint8Array((n + 1) * w);
  for (let shift = -4; shift <= 4; shift++) {
    dp[0] = 0;
    from[0] = 0;
    for (let j = 1; j <= m; j++) {
      dp[j] = dp[j - 1] + EPS * j;
      from[j] = 1;
    }
    for (let i = 1; i <= n; i++) {
      const row = i * w;
      const up = row - w;
      for (let j = 0; j <= m; j++) {
        // drop cell i-1
        let v = dp[up + j] + 20;
        let f: 0 | 1 | 2 = 0;
        if (j > 0) {
          // leave column j-1 empty (left columns are cheaper to leave empty)
          const s = dp[row + j - 1] + EPS * j;
          if (s < v) {
            v = s;
            f = 1;
          }
          const c = cells[i - 1];
          const col = columns[j - 1];
          // a dash or slash in the 原因 column is its answer ("/": nothing to explain, or nothing said);
          // a number there never is
          const fit = col.role === "reasons" ? (numeric[i - 1] ? (amount[i - 1] ? 50 : 2) : 0) : numeric[i - 1] ? 0 : 50;
          const a = dp[up + j - 1] + Math.abs(c.index - shift - col.index) + fit;
          if (a < v) {
            v = a;
            f = 2;
          }
        }
        dp[row + j] = v;
        from[row + j] = f;
      }
    }
    const cost = dp[n * w + m] + 0.01 * Math.abs(shift);
    if (cost < best.cost) {
      const map = new Map<FundRole, FilledCell>();
      let i = n;
      let j = m;
      while (i > 0 || j > 0) {
        const f = from[i * w + j];
        if (f === 2) {
          map.set(columns[j - 1].role, cells[i - 1]);
          i--;
          j--;
        } else if (f === 1) j--;
        else i--;
      }
      best = { cost, map };
    }
  }
  return best.map;
}

/**
 * The row's label: its first text cell before the amounts. A text after them is the 原因 (or
 * 得分计算方法) cell, never the label — an unlabelled totals row with its reason filled
 * ("150 | 150 | 153 | 0 | 20 | 102% | 20 | 部分管网抢修超出预算…") is still the totals row. Only the
 * 权重 of layout 2 may stand before the label.
 */
function labelIndex(cells: FilledCell[], header: FundsHeader): number {
  let numbers = 0;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (numberish(c.text)) numbers++;
    // the unit of the block's wrapped label ("项目资金" / "（万元） ⇥ 年度资金总额 ⇥ 60.00 …") is no row label
    else if (UNIT_ONLY.test(squash(c.text))) continue;
    else if (/[\u4e00-\u9fff]/.test(c.text)) {
      if (numbers > (header.weightBefore !== null ? 1 : 0)) return -1;
      // the block's title printed on its first row ("项目资金（万元） ⇥ 年度资金总额 ⇥ 60.00 …"): the row's
      // label is the total or source named after it
      const next = cells[k + 1];
      if (next && BLOCK_TITLE.test(squash(c.text)) && !TOTAL_LABEL.test(squash(c.text)) && (TOTAL_LABEL.test(squash(next.text)) || SOURCE_WORD.test(squash(next.text))) && !numberish(next.text)) return k + 1;
      return k;
    }
  }
  return -1;
}

/** the title of a funds block, or a piece of it wrapped down its label column: "项目资金（万元）", "资金情况",
 *  "年度预算" / "执行情况" / "（万元）" */
const BLOCK_TITLE = /^((项目|年度)?(资金|预算|经费)(情况|安排|执行情况|预算安排及执行进度)?|(预算)?执行情况)([（(](单位[:：]?)?(万元|元)[)）])?$/;

/**
 * A space-aligned (-layout) row's cells numbered as the header cells above whose printed columns they
 * stand in: the pieces of a row are numbered in reading order, so a row that leaves a column empty
 * (a source row with 年初 / 全年 / 执行 but no 分值, 执行率, 得分) would otherwise be aligned by its count of
 * cells alone. A cell stands in the last header column starting at or before it (two columns of slack,
 * as the layout repair measures). Rows of other kinds, or a row not found on its line, are unchanged.
 */
function byPrintedColumn(headerRow: Row | undefined, row: Row, cells: FilledCell[]): FilledCell[] {
  if (!headerRow || headerRow.sep !== "space" || row.sep !== "space" || cells.length === 0) return cells;
  const head = pieceStarts(headerRow);
  const pieces = pieceStarts(row);
  if (!head || head.length < 3 || !pieces) return cells;
  const startOf = new Map(pieces.map((p) => [p.cell, p.start]));
  const out: FilledCell[] = [];
  for (const c of cells) {
    const start = startOf.get(c.cell);
    if (start === undefined) return cells;
    let k = -1;
    for (let j = 0; j < head.length; j++) if (head[j].start <= start + 2) k = j;
    if (k < 0) return cells;
    const index = filled(headerRow).find((h) => h.cell === head[k].cell)?.index;
    if (index === undefined) return cells;
    out.push({ ...c, index });
  }
  // two cells in one column: the printed columns do not hold, keep the reading order
  if (new Set(out.map((c) => c.index)).size !== out.length) return cells;
  return out;
}

/** a cell that only states the money unit: "（万元）", "(单位：元)" */
const UNIT_ONLY = /^[（(]?(单位[:：]?)?(万元|元)[)）]$/;
/** the funds block's label with its money unit ("资金情况（万元）", "项目资金（单位：元）"), standing before a row's own label */
const BLOCK_LABEL = /^[^（(]*[（(](?:单位[:：]?)?(万元|元)[)）]$/;
/** a row of the funds block that explains the execution ("预算执行偏差原因：…", "原因：…"): the block's reason, no fund source */
const REASON_ROW = /^(预算执行|资金执行|执行)?(偏差)?(原因|说明)(分析)?(及改进措施)?[:：]/;

export interface FundsResult {
  funds: Funds;
  /** index one past the last funds row */
  end: number;
  warnings: string[];
  found: boolean;
}

/** parse the funds block starting at the header */
export function parseFunds(rows: Row[], header: FundsHeader, stopAt: number): FundsResult {
  const funds: Funds = { unit: header.unit, sources: [] };
  const warnings: string[] = [];
  const raw: Record<string, Text> = {};
  let end = header.next;
  let sawTotal = false;
  /** the row whose 原因 cell was read last */
  let reasonRow = -1;
  for (let i = header.next; i < Math.min(stopAt, rows.length); i++) {
    const row = rows[i];
    const cells = filled(row);
    if (cells.length === 0) continue;
    const first = squash(cells[0].text);
    // the unit of a wrapped funds label, alone on its line ("项目资金" / "（万元）")
    const unitLine = cells.length === 1 ? UNIT_ONLY.exec(first) : null;
    // or the tail of the block's label wrapped under the header ("年度预算执行" / "情况（万元）")
    const labelTail = cells.length === 1 && i === header.next && !/\d/.test(first) ? /[（(](万元|元)[)）]$/.exec(first) : null;
    if (unitLine || labelTail) {
      funds.unit ??= unitLine ? unitLine[2] : labelTail![1];
      continue;
    }
    // the reason for the execution written as a row under the amounts, without numbers
    if (REASON_ROW.test(first) && !cells.some((c) => num(c.text) !== null)) {
      const text = cells.map((c) => c.text.trim()).join("").replace(REASON_ROW, "");
      if (text && !raw.reasons) raw.reasons = { text, loc: { ...cells[0].cell.loc } };
      end = i + 1;
      continue;
    }
    if (FUNDS_END.test(first) || cells.some((c) => FUNDS_END.test(squash(c.text)) && !numberish(c.text))) break;
    // the 原因 cell of the row above wrapped onto this line, alone there ("…本项目资金未支" / "出")
    // (in a space-aligned table, printed in the 原因 column, it may hold a figure: "结余8.32万元")
    const inReasonColumn = (): boolean => {
      const col = header.columns.find((c) => c.role === "reasons");
      const mapped = byPrintedColumn(rows[header.index], row, cells);
      return !!col && mapped !== cells && mapped[0].index === col.index && !numberish(cells[0].text);
    };
    // a reason stopped mid-sentence goes on with a figure as well ("…监测人数减少，结" / "余3.00万元"), and over
    // more than one line ("2家机构年底停业" / "整顿，补助暂缓拨" / "付")
    const midSentence = (): boolean => !!raw.reasons && /^\p{Script=Han}/u.test(first) && !numberish(cells[0].text) && !/[。；;！!]$/u.test(raw.reasons.text.trim());
    if (reasonRow === i - 1 && cells.length === 1 && raw.reasons && (((!/\d/.test(first) || midSentence()) && !SOURCE_WORD.test(first)) || inReasonColumn())) {
      raw.reasons = { ...raw.reasons, text: raw.reasons.text + cells[0].text.trim() };
      // a reason wrapped over three lines or more goes on from this one ("…暂停运行，" / "…相应减" / "少")
      reasonRow = i;
      end = i + 1;
      continue;
    }
    let li = labelIndex(cells, header);
    // the block's own label in the first column, the row's label after it ("资金情况（万元） ⇥ 年度资金总额
    // ⇥ 612.40 …", "项目资金 ⇥ 年度资金总额 ⇥ 60.00 …"): a label that states the money unit names the
    // block, and so does one followed by the totals' own label; the text cell after it is the row's
    const nextText = li >= 0 && li + 1 < cells.length && !numberish(cells[li + 1].text) && /[\u4e00-\u9fff]/.test(cells[li + 1].text) ? squash(cells[li + 1].text) : null;
    if (nextText !== null) {
      const blockLabel = BLOCK_LABEL.exec(squash(cells[li].text));
      if (blockLabel || (TOTAL_LABEL.test(nextText) && !TOTAL_LABEL.test(squash(cells[li].text)))) {
        if (blockLabel) funds.unit ??= blockLabel[1];
        li++;
      }
    }
    // the unit wrapped out of the block's label onto this row ("（万元） ⇥ 年度资金总额 ⇥ …")
    const unitCell = li > 0 ? (UNIT_ONLY.exec(squash(cells[li - 1].text)) ?? (BLOCK_TITLE.exec(squash(cells[li - 1].text)) ? /[（(](?:单位[:：]?)?(万元|元)[)）]/.exec(squash(cells[li - 1].text)) : null)) : null;
    if (unitCell) funds.unit ??= unitCell[unitCell.length - 1];
    // the block ends at a row that is no funds row (年度主要任务, 部门职责 …)
    if (li >= 0 && !cells.some((c) => numberish(c.text)) && !SOURCE_WORD.test(squash(cells[li].text))) break;
    end = i + 1;
    // amounts without a label under the header are the totals ("850 | 850 | 816 | 96%")
    if (li < 0 && (sawTotal || !cells.some((c) => amountIn(c.text, null) !== null))) continue;
    let label = li >= 0 ? cells[li] : null;
    // a label wrapped onto the next line, alone there ("年度资金总" / "额", "其中：财政拨" / "款")
    const tail = filled(rows[i + 1] ?? { cells: [] } as unknown as Row);
    if (label && tail.length === 1 && tail[0].text.length <= 4 && !/\d/.test(tail[0].text) && i + 1 < Math.min(stopAt, rows.length)) {
      const whole = squash(label.text + tail[0].text);
      // only a label cut short: not one already ending in its word, nor a piece that is a label itself
      const cut = !/(资金|拨款|结转|收入|支出|总额|合计|总计|其他)$/.test(squash(label.text)) && !SOURCE_WORD.test(tail[0].text.slice(0, 2));
      if (cut && !TOTAL_LABEL.test(squash(label.text)) && (TOTAL_LABEL.test(whole) || /^(其中[:：]?)?.{0,8}(拨款|资金|结转|收入)$/.test(whole))) {
        label = { ...label, text: label.text + tail[0].text };
        i++;
        end = i + 1;
      }
    }
    const after = byPrintedColumn(rows[header.index], row, cells.slice(li + 1));
    const before = li >= 0 ? cells.slice(0, li) : [];
    const by = alignFundCells(after, header.columns);
    const val = (r: FundRole, asRate = false): number | null => {
      const c = by.get(r);
      if (!c || isDash(c.text)) return null;
      return asRate ? percent(c.text) : r === "weight" || r === "score" || r === "coefficient" ? num(c.text) : amountIn(c.text, funds.unit ?? header.unit);
    };
    const budgetPart = label ? BUDGET_PART.exec(squash(label.text)) : null;
    const isTotal = (!label || TOTAL_LABEL.test(squash(label.text)) || !!budgetPart) && !sawTotal;
    if (isTotal) {
      sawTotal = true;
      funds.loc = { ...row.loc };
      if (label) raw.label = { text: label.text, loc: { ...label.cell.loc } };
      for (const [r, c] of by) raw[r] = { text: c.text, loc: { ...c.cell.loc } };
      if (by.has("reasons")) reasonRow = i;
      funds.declared = val("declared");
      funds.planned = val("planned");
      funds.adjusted = val("adjusted");
      funds.executed = val("executed");
      funds.balance = val("balance");
      funds.rate = val("rate", true);
      funds.score = val("score");
      const coefficient = val("coefficient");
      if (coefficient !== null) funds.coefficient = coefficient;
      // a form scored by weight shares: the budget line's share and converted score, when written
      const share = val("weightShare", true);
      if (share !== null) funds.weightShare = share;
      const converted = by.has("convertedScore") ? num(by.get("convertedScore")!.text) : null;
      if (converted !== null) funds.convertedScore = converted;
      let weight = val("weight");
      if (weight === null && header.weightBefore !== null) {
        const w = before.find((c) => num(c.text) !== null);
        if (w) {
          weight = num(w.text);
          raw.weight = { text: w.text, loc: { ...w.cell.loc } };
        }
      }
      // the points the budget part's label states ("预算执行情况（20分）") when no 分值 cell gives them
      if (weight === null && budgetPart?.[5] && label) {
        weight = Number(budgetPart[5]);
        raw.weight = { text: label.text, loc: { ...label.cell.loc } };
      }
      funds.weight = weight;
      if (funds.declared == null && funds.planned == null && funds.adjusted == null && funds.executed == null)
        warnings.push(`第 ${row.loc.line ?? "?"} 行资金总额没有可识别的金额`);
    } else {
      const name = label!.text.replace(/^其中\s*[:：]\s*/, "").replace(/[:：]$/, "").trim();
      const src: FundSource = {
        name,
        planned: val("planned") ?? val("declared"),
        adjusted: val("adjusted"),
        executed: val("executed"),
        loc: { ...row.loc },
      };
      funds.sources.push(src);
    }
  }
  if (Object.keys(raw).length) funds.raw = raw;
  if (!sawTotal) warnings.push("找不到资金总额行");
  return { funds, end, warnings, found: sawTotal };
}
