/**
 * Split value columns (issue 9): a target written over several columns — 计算符号 / 符号, then the
 * number under a bare "值" / "数值" (or "指标值" over "符号 | 数值 | 单位" in a two-row header), then
 * 单位 / 度量单位. The comparator and unit columns take their roles from the template's synonyms; the
 * number column's header says too little on its own ("值", "数值" are not names of a target), so it
 * is read as the number only where the header has a comparator or unit column for it to complete.
 * Without this the value is the comparator alone ("≥"), which reads as a placeholder on every row.
 */
import type { HeaderColumn } from "./header.js";
import { squashHeader } from "./templates.js";
import { lookupUnit } from "../normalize/units.js";

/** a header (or the part under a group, "指标值/数值") that names only "the number" */
const NUMBER_HEADER = /^(值|数值|数|指标数值|目标数值|数值[（(]?数字[)）]?|量值|标准值)$/;

/** the part of a two-row header under its group: "指标值/数值" → "数值" */
function lastPart(header: string): string {
  const parts = header.split("/");
  return squashHeader(parts[parts.length - 1]);
}

/**
 * Give the number role to an unexplained column headed "值"/"数值" that stands beside a comparator or
 * unit column (符号 | 值 | 单位): the part of a split value its header names too briefly. Side-by-side
 * groups (实施期 / 年度 repeated) each get theirs; finish() marks the second one annual. Columns are
 * changed in place; returns them for chaining.
 */
export function splitValueColumns(cols: HeaderColumn[]): HeaderColumn[] {
  const part = (c: HeaderColumn | undefined) => c?.role === "comparator" || c?.role === "unit";
  cols.forEach((c, k) => {
    if (c.role || c.fused || !NUMBER_HEADER.test(lastPart(c.header))) return;
    if (part(cols[k - 1]) || part(cols[k + 1])) c.role = "number";
  });
  return cols;
}

/** a unit cell: a known unit ("个", "元/亩", "台（套）"), the same with a multiplier ("万亩次" is 万 +
 *  亩次) or a compound of known units ("人次", "亩次") */
export function isUnitText(t: string): boolean {
  const s = t.replace(/\s+/g, "");
  if (!s || s.length > 6 || /\d/.test(s)) return false;
  const known = (u: string): boolean => {
    if (!u) return false;
    if (lookupUnit(u)) return true;
    if (/^[万千百亿]/.test(u) && u.length > 1 && known(u.slice(1))) return true;
    // "人次", "亩次", "车次": a unit followed by 次/天/年 …
    return u.length >= 2 && !!lookupUnit(u.slice(0, -1)) && !!lookupUnit(u.slice(-1));
  };
  return known(s);
}

/**
 * How well a cell fits the number or unit column of a split value (text input, where positions are
 * only a hint): a unit takes a unit, and a word that is no unit ("逐步建立", "明显扩大") is the value
 * of a 定性 row, written where the number goes.
 */
export function splitCompat(role: "number" | "unit", t: string, isLevel: boolean): number {
  if (role === "unit") return isLevel || /\d/.test(t) || t.length > 6 ? -20 : isUnitText(t) ? 1.5 : t.length <= 2 ? 0.3 : -2;
  if (/^[\d.,]+$/.test(t)) return 3;
  return isLevel ? -8 : isUnitText(t) ? -1 : 0.5;
}
