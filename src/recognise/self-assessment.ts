/**
 * The blocks a self-assessment carries around its indicator table, for every template: the goals
 * as two columns (年度目标 / 预期目标 beside 实际完成情况, texts on the rows below), and after the
 * 总分 row the 项目绩效分析 narrative and the 备注 notes (blocks.ts finds each by its labels).
 */
import type { Form } from "../model/types.js";
import type { Row } from "../read/grid.js";
import type { Template } from "./templates.js";
import { parseConversion, parseGoals, parseNarrative, parseNotes } from "./blocks.js";
import { num, percent, type FilledCell } from "./cells.js";
import { coefficientScore, isCoefficientShare, isNum } from "../engine/services/scoring.js";

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
 * coefficient times its 权重 (2 decimals; the coefficientScore service, by which
 * coefficient-score-mismatch checks a stated 得分), so that every score check reads it as it reads a
 * 得分 cell; the same for the budget line. A row with a 得分 cell keeps it (the rules compare the two); a
 * coefficient outside 0–1 gives no 得分 (what the form meant is unknown; the coefficient is reported).
 */
export function scoresFromCoefficients(form: Form): void {
  const f = form.funds;
  // a coefficient column written in percent without the sign ("得分系数（%）" over "96", "100"): no
  // share of a 权重 reaches 2, so a column that does is in percent
  const lines = [f, ...form.indicators];
  if (lines.some((x) => typeof x.coefficient === "number" && x.coefficient > 2))
    for (const x of lines) if (typeof x.coefficient === "number") x.coefficient = Math.round(x.coefficient * 100) / 10000;
  const product = (c: number | null | undefined, w: number | null | undefined) => (isNum(c) && isNum(w) && isCoefficientShare(c) ? coefficientScore(c, w).score : null);
  if (f.score === null || f.score === undefined) f.score = product(f.coefficient, f.weight);
  for (const i of form.indicators) if (i.score === null) i.score = product(i.coefficient, i.weight);
}

/**
 * A department-level form's closing 合计 row that only adds up its indicators ("合计 | 90 | 89.38"
 * under indicators worth 90, the budget line worth the other 10): the form's 总分 stands elsewhere
 * (a 自评总分 in its header), so this row is no 总分 — read as one, every such form would be reported
 * for a total that leaves out the budget line. Its 分值 total is kept.
 */
export function dropIndicatorSubtotal(form: Form): void {
  const { total, totalWeight, funds } = form;
  if (form.subject !== "department" || typeof total !== "number" || typeof totalWeight !== "number" || typeof funds.weight !== "number") return;
  const weights = form.indicators.map((i) => i.weight);
  const scores = form.indicators.map((i) => i.score);
  if (!weights.length || !weights.every((w) => typeof w === "number") || !scores.every((x) => typeof x === "number")) return;
  const sum = (xs: (number | null)[]) => xs.reduce((a: number, b) => a + (b as number), 0);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.011;
  if (!near(totalWeight, sum(weights)) || !near(totalWeight + funds.weight, 100) || !near(total, sum(scores))) return;
  form.total = null;
  form.totalRaw = null;
  delete form.fields.total;
  form.parse.warnings.push(`合计行 ${total} 只是指标得分小计（不含预算执行 ${funds.weight} 分），不作为总分`);
}

/** the 指标得分小计 / 权重占比 / 折算得分 rows between the table's end and the 总分 row (rows[from..to)) */
export function readConversionRows(tpl: Template, form: Form, rows: Row[], from: number, to: number): void {
  const c = parseConversion(tpl, rows, from, to);
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
