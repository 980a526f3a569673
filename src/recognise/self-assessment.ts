/**
 * The blocks a self-assessment carries around its indicator table, for every template: the goals
 * as two columns (年度目标 / 预期目标 beside 实际完成情况, texts on the rows below), and after the
 * 总分 row the 项目绩效分析 narrative and the 备注 notes (blocks.ts finds each by its labels).
 */
import type { Form } from "../model/types.js";
import type { Row } from "../read/grid.js";
import { parseGoals, parseNarrative, parseNotes } from "./blocks.js";

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

/**
 * A form scored as 得分 = 得分系数 × 权重 that prints no 得分 column: each indicator's 得分 is its
 * coefficient times its 权重 (2 decimals), so that every score check reads it as it reads a 得分 cell;
 * the same for the budget line. A row with a 得分 cell keeps it (the rules compare the two); a
 * coefficient outside 0–1 gives no 得分 (what the form meant is unknown; the coefficient is reported).
 */
export function scoresFromCoefficients(form: Form): void {
  const f = form.funds;
  const product = (c: number | null | undefined, w: number | null | undefined) => (typeof c === "number" && typeof w === "number" && c >= 0 && c <= 1 ? Math.round(c * w * 100) / 100 : null);
  if (f.score === null || f.score === undefined) f.score = product(f.coefficient, f.weight);
  for (const i of form.indicators) if (i.score === null) i.score = product(i.coefficient, i.weight);
}
