/**
 * The blocks a self-assessment carries around its indicator table, for every template: the goals
 * as two columns (年度目标 / 预期目标 beside 实际完成情况, texts on the rows below), and after the
 * 总分 row the 项目绩效分析 narrative and the 备注 notes (blocks.ts finds each by its labels).
 */
import type { Form } from "../model/types.js";
import type { Row } from "../read/grid.js";
import { parseConversion, parseGoals, parseNarrative, parseNotes } from "./blocks.js";
import { num, percent, type FilledCell } from "./cells.js";

/** goals laid out as label columns over their texts, when no label–value reading found them */
export function readGoalColumns(form: Form, rows: Row[], end: number): void {
  const g = parseGoals(rows, 0, end);
  if (!g.found) return;
  form.goals = { ...form.goals, ...g.goals };
  if (g.goals.annual) form.fields["goals.annual"] = g.goals.annual;
  if (g.goals.actual) form.fields["goals.actual"] = g.goals.actual;
}

/** the narrative and the notes below the table (rows from `from`) */
export function readClosingBlocks(form: Form, rows: Row[], from: number): void {
  const n = parseNarrative(rows, from, rows.length);
  if (n.sections.length) form.narrative = n.sections;
  const notes = parseNotes(rows, n.index >= 0 ? n.index : from, rows.length);
  if (notes.length) form.notes = notes;
}

/** what a scored self-assessment should have and this one lacks: a 总分 row, an indicator's 分值 and 得分 */
export function scoreWarnings(form: Form, totalFound: boolean): string[] {
  const out: string[] = [];
  for (const i of form.indicators) if (i.weight === null && i.score === null) out.push(`第 ${i.line} 行找不到成对的分值和得分`);
  if (!totalFound) out.push("找不到总分行");
  return out;
}

/** the 指标得分小计 / 权重占比 / 折算得分 rows between the table's end and the 总分 row (rows[from..to)) */
export function readConversionRows(form: Form, rows: Row[], from: number, to: number): void {
  const c = parseConversion(rows, from, to);
  if (!c) return;
  const keep = (key: string, cell: FilledCell | null): void => {
    if (cell) form.fields[`conversion.${key}`] = { text: cell.text.trim(), loc: { ...cell.cell.loc } };
  };
  keep("weight", c.weight);
  keep("score", c.score);
  keep("share", c.share);
  keep("converted", c.converted);
  // a share written as a fraction ("0.9") is a percent of 90
  const share = c.share ? (percent(c.share.text) ?? num(c.share.text)) : null;
  form.conversion = {
    weight: c.weight ? num(c.weight.text) : null,
    score: c.score ? num(c.score.text) : null,
    share: share !== null && share > 0 && share <= 1 && !/[%％]/.test(c.share!.text) ? share * 100 : share,
    converted: c.converted ? num(c.converted.text) : null,
  };
}
