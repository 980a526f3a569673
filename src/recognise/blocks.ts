/**
 * The text blocks of a self-assessment: goals (年度目标 / 预期目标 vs 实际完成情况), the 总分 row,
 * the 项目绩效分析 narrative and the 备注 footnotes. All found by their labels.
 */
import type { Loc } from "../model/loc.js";
import type { Row } from "../read/grid.js";
import type { Goals, NarrativeSection } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { filled, squash, num, percent, GRADE, isDash, type FilledCell } from "./cells.js";
import { memoPerTemplate, type ConversionRow, type Template } from "./templates.js";
import { pieceStarts } from "../repair/layout.js";

const ANNUAL_GOAL = /^(年度目标|预期目标|年度绩效目标|年度总体目标|绩效目标)/;
const ACTUAL_GOAL = /^实际完成情况/;
/** group labels in the first column that are not goal texts */
const GOAL_GROUP = /^(项目年度绩效目标|年度总体目标|项目绩效目标)$/;

/**
 * Goals: the row holding the 年度目标/预期目标 and 实际完成情况 labels; the texts are either inline
 * after the label ("预期目标 消除安全隐患…", 002 l.1987) or in the following rows before `end`,
 * each text going to the label whose column is nearest.
 */
export function parseGoals(rows: Row[], from: number, end: number): { goals: Goals; found: boolean } {
  const goals: Goals = {};
  for (let i = from; i < Math.min(end, rows.length); i++) {
    const cells = filled(rows[i]);
    let annual: FilledCell | null = null;
    let actual: FilledCell | null = null;
    for (const c of cells) {
      const t = squash(c.text);
      if (GOAL_GROUP.test(t)) continue;
      if (!annual && ANNUAL_GOAL.test(t)) annual = c;
      else if (!actual && ACTUAL_GOAL.test(t)) actual = c;
    }
    if (!annual && !actual) continue;
    const parts: { annual: Text[]; actual: Text[] } = { annual: [], actual: [] };
    const inline = (c: FilledCell | null, re: RegExp, into: Text[]) => {
      if (!c) return;
      const m = re.exec(squash(c.text));
      if (!m) return;
      const rest = stripLabel(c.text, m[0]);
      if (rest) into.push({ text: rest, loc: { ...c.cell.loc } });
    };
    inline(annual, ANNUAL_GOAL, parts.annual);
    inline(actual, ACTUAL_GOAL, parts.actual);
    // texts on the label row that are not labels, and on the following rows. In a space-aligned print a
    // cell's index is its order on the line, not its column, and a text may run past its column's edge:
    // there a cell goes by where it starts — left of the 预期目标 label it is the row label's piece
    // ("年度总" / "体目标"), from midway to the 实际完成情况 label on it is the actual's
    const starts = (row: Row) => (row.sep === "space" ? new Map((pieceStarts(row) ?? []).map((p) => [p.cell, p.start])) : null);
    const labelAt = starts(rows[i]);
    const annualAt = annual && labelAt ? labelAt.get(annual.cell) : undefined;
    const actualAt = actual && labelAt ? labelAt.get(actual.cell) : undefined;
    const byColumn = annualAt !== undefined && actualAt !== undefined && actualAt > annualAt;
    const place = (at: number | undefined): "annual" | "actual" | "label" | null => {
      if (!byColumn || at === undefined) return null;
      if (at < annualAt! - 1) return "label";
      return at >= (annualAt! + actualAt!) / 2 ? "actual" : "annual";
    };
    const assign = (c: FilledCell, at?: number) => {
      const p = place(at);
      if (p === "label") return;
      if (p) {
        parts[p].push({ text: c.text.trim(), loc: { ...c.cell.loc } });
        return;
      }
      if (!annual || !actual) {
        (annual ? parts.annual : parts.actual).push({ text: c.text.trim(), loc: { ...c.cell.loc } });
        return;
      }
      const da = Math.abs(c.index - annual.index);
      const dt = Math.abs(c.index - actual.index);
      (dt < da ? parts.actual : parts.annual).push({ text: c.text.trim(), loc: { ...c.cell.loc } });
    };
    for (const c of cells) {
      if (c === annual || c === actual || GOAL_GROUP.test(squash(c.text))) continue;
      assign(c, labelAt?.get(c.cell));
    }
    for (let j = i + 1; j < Math.min(end, rows.length); j++) {
      const at = byColumn ? starts(rows[j]) : null;
      for (const c of filled(rows[j])) assign(c, at?.get(c.cell));
    }
    const join = (ts: Text[]): Text | null =>
      ts.length ? { text: ts.map((t) => t.text).join(""), loc: { ...ts[0].loc } } : null;
    goals.annual = join(parts.annual);
    goals.actual = join(parts.actual);
    return { goals, found: true };
  }
  return { goals, found: false };
}

/** the text after a leading label, which may be written with spaces inside ("预期 目标 …") */
function stripLabel(text: string, label: string): string {
  const re = new RegExp("^\\s*" + [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*") + "[\\s:：]*");
  return text.replace(re, "").trim();
}

export interface TotalRow {
  total: number | null;
  totalRaw: string | null;
  /** 分值 total when the row holds two numbers (layout 2 "100 ⇥ 99.8") */
  totalWeight: number | null;
  grade: string | null;
  /** the total row's index in rows; the grade's row when the grade stands on a row below it */
  index: number;
  /** the cell holding the total (or the 总分 label cell when there is no number), for provenance */
  loc: Loc;
  /** the cell holding the grade, if any */
  gradeLoc: Loc | null;
}

/**
 * Labels of the row (or line) that gives a self-assessment's total, as templates write them:
 * 总分, 合计, 总计, 自评总分, 综合得分, 合计得分, 总得分, 得分合计, 评价总分, 综合评分, 自评得分 (a line
 * under the table: "自评得分：99.28分 自评等级：良").
 */
export const TOTAL_LABELS = "总分|合计|总计|自评总分|综合得分|合计得分|总得分|得分合计|评价总分|综合评分|自评得分|自评总得分";
const TOTAL_LABEL = new RegExp(`^(${TOTAL_LABELS})$`);
/** a total written with its label in one cell: "自评得分：99.28分", "总分：98.5" */
const TOTAL_INLINE = new RegExp(`^(?:${TOTAL_LABELS})[:：]?(\\d+(?:\\.\\d+)?)分?$`);
/** labels of a grade: "自评等级 | 良", "自评等级：良" */
export const GRADE_LABELS = "自评等级|评价等级|绩效等级|绩效评价等级|等级|自评结果|评价结果|自评结论|评价结论";
const GRADE_LABEL = new RegExp(`^(${GRADE_LABELS})[:：]?$`);
const GRADE_INLINE = new RegExp(`^(?:${GRADE_LABELS})[:：]?(.+)$`);
/** a row that closes the indicator table with a total or a grade (its first cell, squashed) */
export const CLOSING_ROW = new RegExp(`^((${TOTAL_LABELS})([:：\\d]|$)|(${GRADE_LABELS})([:：]|$))`);

/** the grade a cell states: "良", or "自评等级：良" */
function gradeOf(text: string): string | null {
  const t = squash(text);
  if (GRADE.test(t)) return t;
  const m = GRADE_INLINE.exec(t);
  return m && GRADE.test(m[1]) ? m[1] : null;
}

/** a row's total: a number after a total label, in the label's cell ("自评得分：99.28分") or after it */
function totalCells(cells: FilledCell[]): { label: FilledCell; nums: { cell: FilledCell; text: string }[] } | null {
  // the label opens the row
  const label = cells[0];
  if (!TOTAL_LABEL.test(squash(label.text)) && !TOTAL_INLINE.test(squash(label.text))) return null;
  const inline = TOTAL_INLINE.exec(squash(label.text));
  if (inline) return { label, nums: [{ cell: label, text: inline[1] }] };
  const nums = cells
    .slice(1)
    .filter((c) => num(c.text.replace(/分$/, "")) !== null)
    .map((c) => ({ cell: c, text: squash(c.text).replace(/分$/, "") }));
  return { label, nums };
}

/** the grade on the rows just below the total row: "自评等级 | 优", "自评等级：优", a "自评得分：… 自评等级：…" line */
function gradeBelow(rows: Row[], totalIndex: number, to: number): { grade: string; loc: Loc; index: number } | null {
  for (let i = totalIndex + 1; i < Math.min(to, rows.length, totalIndex + 4); i++) {
    const cells = filled(rows[i]);
    if (!cells.length) continue;
    const first = squash(cells[0].text);
    if (!GRADE_LABEL.test(first) && !GRADE_INLINE.test(first) && !totalCells(cells)) return null;
    for (const c of cells) {
      const t = squash(c.text);
      // a grade cell: after a grade label, or the label and grade in one cell
      const g = GRADE_INLINE.test(t) ? gradeOf(t) : GRADE.test(t) ? t : null;
      if (g) return { grade: g, loc: { ...c.cell.loc }, index: i };
    }
    return null;
  }
  return null;
}

/**
 * A closing row just below the table's 合计 row, opened by a grade or conclusion label and naming the total
 * in a cell of its own with its figure after it ("自评结论 | 总分 | 99.87 | 等级 | 优"); null when there is none.
 */
function closingTotalBelow(rows: Row[], totalIndex: number, to: number): { num: FilledCell; cells: FilledCell[]; index: number } | null {
  for (let i = totalIndex + 1; i < Math.min(to, rows.length, totalIndex + 3); i++) {
    const cells = filled(rows[i]);
    if (!cells.length) continue;
    if (!GRADE_LABEL.test(squash(cells[0].text))) return null;
    for (let k = 1; k + 1 < cells.length; k++) {
      if (!TOTAL_LABEL.test(squash(cells[k].text))) continue;
      const n = cells[k + 1];
      if (num(squash(n.text).replace(/分$/, "")) !== null) return { num: n, cells, index: i };
    }
    return null;
  }
  return null;
}

/**
 * The 总分 row in rows[from..to): one number → the total; two → 分值 total then 得分 total. The
 * grade is on the row ("总分 | 100 | 98.5 | 优", "自评得分：99.28分 | 自评等级：良") or on a row just
 * below it ("自评等级 | 良", "自评得分：99.28分 自评等级：良" under a 总分 row).
 */
export function parseTotal(rows: Row[], from: number, to: number): TotalRow | null {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const cells = filled(rows[i]);
    const hit = cells.length ? totalCells(cells) : null;
    if (!hit) continue;
    const { nums } = hit;
    const gradeCell = cells.slice(1).find((c) => gradeOf(c.text) !== null) ?? (gradeOf(hit.label.text) ? hit.label : undefined);
    const out: TotalRow = {
      total: null,
      totalRaw: null,
      totalWeight: null,
      grade: gradeCell ? gradeOf(gradeCell.text) : null,
      index: i,
      loc: { ...(nums[nums.length - 1]?.cell ?? hit.label).cell.loc },
      gradeLoc: gradeCell ? { ...gradeCell.cell.loc } : null,
    };
    if (nums.length === 1) {
      out.total = num(nums[0].text);
      out.totalRaw = nums[0].text;
    } else if (nums.length >= 2) {
      out.totalWeight = num(nums[nums.length - 2].text);
      out.total = num(nums[nums.length - 1].text);
      out.totalRaw = nums[nums.length - 1].text;
    }
    // a closing block below a 合计 row of one number ("合计 | | … | 100" then "自评结论 | 总分 | 99.87 | 等级 | 优"):
    // the block's 总分 is the form's total, the 合计 row's number the sum of its 分值 column
    const closing = nums.length === 1 ? closingTotalBelow(rows, i, to) : null;
    if (closing) {
      out.totalWeight = out.total;
      out.totalRaw = squash(closing.num.text).replace(/分$/, "");
      out.total = num(out.totalRaw);
      out.loc = { ...closing.num.cell.loc };
      out.index = closing.index;
      const g = closing.cells.find((c) => gradeOf(c.text) !== null && c !== closing.cells[0]);
      if (g) {
        out.grade = gradeOf(g.text);
        out.gradeLoc = { ...g.cell.loc };
      }
    }
    if (!out.grade) {
      const below = gradeBelow(rows, i, to);
      if (below) {
        out.grade = below.grade;
        out.gradeLoc = below.loc;
        out.index = below.index;
      }
    }
    return out;
  }
  return null;
}

/** section headings of 项目绩效分析 */
const SECTION =
  /^(项目实施和预算执行情况|产出情况及分析|效益情况及分析|满意度情况及分析|主要经验做法|项目管理中存在的主要问题及原因分析|下一步改进措施及管理建议|存在的?(主要)?问题.*|改进措施.*|.{2,20}(情况及分析|情况|分析|做法|建议))$/;
const GROUPS = /^(项目绩效分析|自评结果分析|绩效分析|(?:绩效)?自评结论|(?:绩效)?评价结论)[:：]?$/;
/** a group label's name, without the colon it may end with on a line of its own ("项目绩效分析：") */
const groupName = (text: string): string => squash(text).replace(/[:：]$/, "");
/** an analysis section that may open the analysis without a group label above it */
const OPENING = /^(存在的?(主要)?问题.{0,12}|(下一步)?改进措施.{0,8}|主要经验做法)$/;
/** the conclusion of a self-assessment (部门整体 forms write it where a project form has 项目绩效分析) */
const CONCLUSION = /^(?:绩效)?(自评|评价)结论$/;
/** a group label with its text in the same cell: "项目绩效分析：预算执行率86.67%，主要原因是…" */
const GROUP_WITH_TEXT = /^((?:项目|部门整体|部门)?绩效分析|自评结果分析|(?:绩效)?(?:自评|评价)结论)[:：]\s*(\S.*)$/su;
/** a section heading with its text in the same cell, under a conclusion: "存在问题：部分指标设置不够细化…" */
const SECTION_WITH_TEXT = /^(存在的?(?:主要)?问题(?:及原因)?|(?:下一步)?改进(?:措施|建议)|主要经验做法)[:：]\s*(\S.*)$/su;

/**
 * Narrative: from the 项目绩效分析 row to `end`. Each row: group labels (项目绩效分析, 自评结果分析)
 * are dropped, a heading cell opens a section, the remaining cells are its text; a row without a
 * heading continues the previous section.
 */
/** the location of the row holding the character at `index` of a narrative section's text: a section
 *  read from several rows keeps where each row's text starts (`rows`); the section's own loc otherwise */
export function narrativeLocAt(section: NarrativeSection, index: number): Loc {
  if (!section.rows || index < 0) return section.loc;
  let at = section.loc;
  for (const r of section.rows) if (r.offset <= index) at = r.loc;
  return at;
}

/**
 * A narrative row's cells as one text (each cell trimmed), with the line it starts on and where each
 * further source line starts in it: a cell written over several lines (Cell.lines: a quoted multi-line
 * TAB cell, a wrapped "|" cell), or a cell that starts on a later line than its row (the text beside a
 * label quoted over two lines). Other readers' cells stand on their row's line, and nothing is added.
 */
function narrativeText(cells: { text: string; cell: FilledCell["cell"] }[], rowLoc: Loc): { text: string; loc: Loc; rows: { offset: number; loc: Loc }[] } {
  const at = (line: number | undefined): Loc => (line === undefined || line === rowLoc.line ? { ...rowLoc } : { ...rowLoc, line });
  let text = "";
  let loc: Loc | null = null;
  let line = rowLoc.line;
  const out: { offset: number; loc: Loc }[] = [];
  const mark = (offset: number, l: number | undefined) => {
    if (l === undefined || l === line) return;
    line = l;
    if (offset === 0) loc = at(l);
    else out.push({ offset, loc: at(l) });
  };
  for (const c of cells) {
    const t = c.text.trim();
    if (!t) continue;
    mark(text.length, c.cell.loc.line);
    // the cell's text here may be a suffix of the cell's own (the analysis after its inline label)
    const skip = c.cell.text.trimEnd().length - t.length;
    for (const l of c.cell.lines ?? []) if (l.offset > skip && l.offset - skip < t.length) mark(text.length + l.offset - skip, l.line);
    text += t;
  }
  return { text, loc: loc ?? { ...rowLoc }, rows: out };
}

/** a narrative section from a row's text, with its further lines when it has any */
function section(name: string, t: { text: string; loc: Loc; rows: { offset: number; loc: Loc }[] }): NarrativeSection {
  return t.rows.length ? { section: name, text: t.text, loc: t.loc, rows: t.rows } : { section: name, text: t.text, loc: t.loc };
}

export function parseNarrative(rows: Row[], from: number, end: number): { sections: NarrativeSection[]; index: number } {
  const out: NarrativeSection[] = [];
  let start = -1;
  /** the second piece of a group label printed over two lines ("项目绩效" / "分析"): no text of its own */
  const tails = new Set<FilledCell["cell"]>();
  const splitGroup = (i: number): string | null => {
    const a = filled(rows[i])[0];
    const b = i + 1 < rows.length ? filled(rows[i + 1])[0] : undefined;
    if (!a || !b || squash(a.text).length > 4 || squash(b.text).length > 4 || !GROUPS.test(squash(a.text) + squash(b.text))) return null;
    tails.add(b.cell);
    return groupName(a.text + b.text);
  };
  /** the group label a row opens with: in a cell of its own ("绩效分析 | 项目预算执行率…"), or split over two lines */
  const groupOf = (i: number): string | null => {
    const first = filled(rows[i])[0];
    if (first && GROUPS.test(squash(first.text))) return groupName(first.text);
    const split = splitGroup(i);
    if (split) return split;
    // the label cut at its cell's edge, its "分析" lost with the line it wrapped to ("项目绩效 | 项目预算执行率…")
    return first && squash(first.text) === "项目绩效" && filled(rows[i]).length > 1 ? "项目绩效分析" : null;
  };
  for (let i = from; i < Math.min(end, rows.length); i++) {
    const cells = filled(rows[i]);
    // or, without a group label, a row opening with the problems found, its text beside it ("存在问题及改进措施 | …")
    const opens = cells.length >= 2 && OPENING.test(squash(cells[0].text));
    if (opens || cells.some((c) => groupName(c.text) === "项目绩效分析" || CONCLUSION.test(squash(c.text)) || GROUP_WITH_TEXT.test(c.text.trim())) || groupOf(i)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { sections: out, index: -1 };
  const group = groupOf(start);
  for (let i = start; i < Math.min(end, rows.length); i++) {
    const all = filled(rows[i]);
    const first = all[0];
    const cells = all.filter((c) => !GROUPS.test(squash(c.text)) && !tails.has(c.cell) && !(i === start && group && c.cell === first?.cell));
    if (!cells.length) continue;
    if (/^备注/.test(squash(cells[0].text))) break;
    const inline = GROUP_WITH_TEXT.exec(cells[0].text.trim()) ?? (out.length ? SECTION_WITH_TEXT.exec(cells[0].text.trim()) : null);
    if (inline) {
      // the analysis written after its label, one paragraph: a section of its own, named by the label
      out.push(section(inline[1], narrativeText([{ text: inline[2], cell: cells[0].cell }, ...cells.slice(1)], rows[i].loc)));
      continue;
    }
    // the signature line under the analysis ends it ("项目负责人： ⇥ 财务负责人：")
    if (out.length && SIGNATURE.test(squash(cells[0].text))) break;
    const head = cells.findIndex((c) => SECTION.test(squash(c.text)) && squash(c.text).length <= 24);
    if (head >= 0) {
      out.push(section(squash(cells[head].text), narrativeText(cells.slice(head + 1), rows[i].loc)));
    } else if (out.length) {
      const last = out[out.length - 1];
      const more = narrativeText(cells, rows[i].loc);
      if (more.text) {
        const rs = (last.rows ??= []);
        rs.push({ offset: last.text.length, loc: more.loc });
        for (const r of more.rows) rs.push({ offset: last.text.length + r.offset, loc: r.loc });
      }
      last.text += more.text;
    } else if (group) {
      // the analysis written beside its group label, with no section heading: a section named by the label
      out.push(section(group, narrativeText(cells, rows[i].loc)));
    } else {
      // a conclusion label in its own cell with its text beside it ("自评结论 | 全年…"): a section named by the label
      const label = all.find((c) => CONCLUSION.test(squash(c.text)));
      if (label) out.push(section(squash(label.text), narrativeText(cells, rows[i].loc)));
    }
  }
  return { sections: out, index: start };
}

const SIGNATURE = /^(项目负责人|财务负责人|单位负责人|填报人|填表人|审核人|联系电话|填报日期)[:：]?/;

/** 备注 lines and the numbered lines that follow them ("2.“全年预算数”…") */
export function parseNotes(rows: Row[], from: number, end: number): Text[] {
  const out: Text[] = [];
  let inNotes = false;
  for (let i = from; i < Math.min(end, rows.length); i++) {
    const text = rows[i].text.replace(/\t+/g, " ").trim();
    if (!text) continue;
    const t = text.replace(/^[-*•]\s*/, "");
    // "备注：…", or 备注 in a label cell of its own with its text beside it ("备注 ⇥ 1.…；2.…")
    if (/^(备注|注)\s*[:：]|^备注\s+\S/.test(t)) {
      inNotes = true;
      out.push({ text: t, loc: { ...rows[i].loc } });
    } else if (inNotes && /^[(（]?\d+\s*[.．、)）]/.test(t)) {
      out.push({ text: t, loc: { ...rows[i].loc } });
    } else if (inNotes && !isDash(t)) {
      break;
    }
  }
  return out;
}

/**
 * Which row converting the indicator part by one share a row's first cell labels ("指标得分小计 | 100 |
 * 99.68", "权重占比 | 90%", "折算得分 | 89.71", the template's conversionRows), or null; the label may
 * end with a colon and a bracketed note ("折算得分（分）："). Such a row ends the indicator table, and
 * parseConversion reads it.
 */
export const conversionRowOf = memoPerTemplate((tpl: Template, first: string): ConversionRow | null => {
  const label = squash(first).replace(/[:：]+$/, "").replace(/[（(][^（）()]{1,8}[)）]$/, "").replace(/[:：]+$/, "");
  for (const [re, kind] of tpl.conversionRes) if (re.test(label)) return kind;
  return null;
});

export interface ConversionRows {
  weight: FilledCell | null;
  score: FilledCell | null;
  share: FilledCell | null;
  converted: FilledCell | null;
}

/** the conversion rows in rows[from..to), or null when the form has none */
export function parseConversion(tpl: Template, rows: Row[], from: number, to: number): ConversionRows | null {
  const out: ConversionRows = { weight: null, score: null, share: null, converted: null };
  let found = false;
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const cells = filled(rows[i]);
    if (!cells.length) continue;
    const kind = conversionRowOf(tpl, cells[0].text);
    const nums = cells.slice(1).filter((c) => num(c.text) !== null || percent(c.text) !== null);
    if (kind === "subtotal") {
      found = true;
      if (nums.length >= 2) out.weight = nums[nums.length - 2];
      if (nums.length >= 1) out.score = nums[nums.length - 1];
    } else if (kind === "share") {
      found = true;
      out.share = nums[0] ?? null;
    } else if (kind === "converted") {
      found = true;
      out.converted = nums[nums.length - 1] ?? null;
    }
  }
  return found ? out : null;
}
