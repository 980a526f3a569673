/**
 * Cell classification for self-assessment blocks (funds-table.ts, blocks.ts) and the engine's table:
 * template items ("指标 1:"), bare numbers, "none" dashes, spaces left where PDF extraction wrapped a
 * cell.
 */
import type { Cell, Row } from "../read/grid.js";

/** A bare number such as a 分值 or 得分: "20", "9.8", "0.00" */
export const BARE_NUMBER = /^\d{1,3}(\.\d+)?$/;

export interface FilledCell {
  text: string;
  index: number;
  cell: Cell;
}

export function filled(row: Row): FilledCell[] {
  const out: FilledCell[] = [];
  row.cells.forEach((cell, index) => {
    const text = cell.text.trim();
    if (text !== "" && !cell.merged) out.push({ text, index, cell });
  });
  return out;
}

/** text without any whitespace, for label matching */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/**
 * Remove the spaces PDF extraction inserts where a cell wrapped ("人民群众满意 度",
 * "补充部分监控设 备新增"): whitespace next to a CJK character goes, whitespace between two
 * Latin/digit tokens ("LED 电子屏" keeps none, "A B" keeps one) stays.
 */
export function joinCjk(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/(?<=[\u3400-\u9fff\uff00-\uffef，。、：；（）])\s+|\s+(?=[\u3400-\u9fff\uff00-\uffef，。、：；（）])/g, "")
    .trim();
}

/** "—", "-", "--", "…", "..." : the template's way of saying "none" */
export function isDash(text: string): boolean {
  return /^[—–\-－…\.·]+$/.test(squash(text));
}

export function num(text: string | null | undefined): number | null {
  if (text == null) return null;
  const t = squash(text).replace(/,/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** "98.3%" → 98.3, "100" → 100, "100.00" → 100; null for anything else */
export function percent(text: string | null | undefined): number | null {
  if (text == null) return null;
  const t = squash(text).replace(/[%％]$/, "");
  return num(t);
}

/** a 得分系数 cell as a share: "0.92" → 0.92, "92%" / "92.00%" → 0.92; null for anything else */
export function coefficientValue(text: string | null | undefined): number | null {
  if (text == null) return null;
  const t = squash(text);
  const p = /[%％]$/.test(t) ? percent(t) : null;
  return p !== null ? Math.round(p * 100) / 10000 : num(t);
}

/**
 * Template items of layout 2: "指标 1:航测效果", "指标 1 航测面积", "指标 2:", "指标 2024 年…"
 * (the number lost, the prefix kept). Returns the item number (null when the prefix has none)
 * and the name after the prefix; null when the text is not a template item.
 */
export function templateItem(text: string): { number: number | null; name: string } | null {
  const t = text.trim();
  let m = /^指\s*标\s*(\d{1,2})\s*[:：]\s*(.*)$/.exec(t);
  if (m) return { number: Number(m[1]), name: m[2].trim() };
  m = /^指\s*标\s*(\d{1,2})(?:\s+|(?=[^\d\s.．]))(.*)$/.exec(t);
  if (m) return { number: Number(m[1]), name: m[2].trim() };
  m = /^指\s*标\s*(\d{1,2})$/.exec(t);
  if (m) return { number: Number(m[1]), name: "" };
  m = /^指标\s+(\S.*)$/.exec(t);
  if (m) return { number: null, name: m[1].trim() };
  return null;
}

/** a name left empty by the template: "", "—", "...", "…" */
export function isEmptyName(s: string): boolean {
  return squash(s) === "" || isDash(s);
}

/** grade words on a 总分 row */
export const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格|及格|不及格)$/;
