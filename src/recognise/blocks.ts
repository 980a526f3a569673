/**
 * The text blocks of a self-assessment: goals (年度目标 / 预期目标 vs 实际完成情况), the 总分 row,
 * the 项目绩效分析 narrative and the 备注 footnotes. All found by their labels.
 */
import type { Loc } from "../model/loc.js";
import type { Row } from "../read/grid.js";
import type { Goals, NarrativeSection } from "../model/types.js";
import type { Text } from "../model/loc.js";
import { filled, squash, num, GRADE, isDash, type FilledCell } from "./cells.js";

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
    // texts on the label row that are not labels, and on the following rows
    const assign = (c: FilledCell) => {
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
      assign(c);
    }
    for (let j = i + 1; j < Math.min(end, rows.length); j++) for (const c of filled(rows[j])) assign(c);
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
  index: number;
  /** the cell holding the total (or the 总分 label cell when there is no number), for provenance */
  loc: Loc;
  /** the cell holding the grade, if any */
  gradeLoc: Loc | null;
}

/** the 总分 row in rows[from..to): one number → the total; two → 分值 total then 得分 total */
export function parseTotal(rows: Row[], from: number, to: number): TotalRow | null {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const cells = filled(rows[i]);
    if (!cells.length || !/^(总分|合计|总计)$/.test(squash(cells[0].text))) continue;
    const nums = cells.slice(1).filter((c) => num(c.text) !== null);
    const grade = cells.slice(1).find((c) => GRADE.test(squash(c.text)));
    const out: TotalRow = {
      total: null,
      totalRaw: null,
      totalWeight: null,
      grade: grade ? squash(grade.text) : null,
      index: i,
      loc: { ...(nums[nums.length - 1] ?? cells[0]).cell.loc },
      gradeLoc: grade ? { ...grade.cell.loc } : null,
    };
    if (nums.length === 1) {
      out.total = num(nums[0].text);
      out.totalRaw = nums[0].text;
    } else if (nums.length >= 2) {
      out.totalWeight = num(nums[nums.length - 2].text);
      out.total = num(nums[nums.length - 1].text);
      out.totalRaw = nums[nums.length - 1].text;
    }
    return out;
  }
  return null;
}

/** section headings of 项目绩效分析 */
const SECTION =
  /^(项目实施和预算执行情况|产出情况及分析|效益情况及分析|满意度情况及分析|主要经验做法|项目管理中存在的主要问题及原因分析|下一步改进措施及管理建议|存在的(主要)?问题.*|改进措施.*|.{2,20}(情况及分析|情况|分析|做法|建议))$/;
const GROUPS = /^(项目绩效分析|自评结果分析|绩效分析)$/;

/**
 * Narrative: from the 项目绩效分析 row to `end`. Each row: group labels (项目绩效分析, 自评结果分析)
 * are dropped, a heading cell opens a section, the remaining cells are its text; a row without a
 * heading continues the previous section.
 */
export function parseNarrative(rows: Row[], from: number, end: number): { sections: NarrativeSection[]; index: number } {
  const out: NarrativeSection[] = [];
  let start = -1;
  for (let i = from; i < Math.min(end, rows.length); i++) {
    const cells = filled(rows[i]);
    if (cells.some((c) => squash(c.text) === "项目绩效分析")) {
      start = i;
      break;
    }
  }
  if (start < 0) return { sections: out, index: -1 };
  for (let i = start; i < Math.min(end, rows.length); i++) {
    const cells = filled(rows[i]).filter((c) => !GROUPS.test(squash(c.text)));
    if (!cells.length) continue;
    if (/^备注/.test(squash(cells[0].text))) break;
    const head = cells.findIndex((c) => SECTION.test(squash(c.text)) && squash(c.text).length <= 24);
    if (head >= 0) {
      const text = cells
        .slice(head + 1)
        .map((c) => c.text.trim())
        .join("");
      out.push({ section: squash(cells[head].text), text, loc: { ...rows[i].loc } });
    } else if (out.length) {
      out[out.length - 1].text += cells.map((c) => c.text.trim()).join("");
    }
  }
  return { sections: out, index: start };
}

/** 备注 lines and the numbered lines that follow them ("2.“全年预算数”…") */
export function parseNotes(rows: Row[], from: number, end: number): Text[] {
  const out: Text[] = [];
  let inNotes = false;
  for (let i = from; i < Math.min(end, rows.length); i++) {
    const text = rows[i].text.replace(/\t+/g, " ").trim();
    if (!text) continue;
    const t = text.replace(/^[-*•]\s*/, "");
    if (/^(备注|注)\s*[:：]/.test(t)) {
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
