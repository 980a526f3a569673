/**
 * Cell classification for self-assessment blocks (funds-table.ts, blocks.ts), the engine's table
 * (template items) and the weighted-self-assessment layout: which cells are level-1/level-2
 * labels, fragments of labels cut over rows, template items ("指标 1:"), bare numbers and "none"
 * dashes.
 */
import type { Cell, Row } from "../read/grid.js";
import { normalizeLevel1, normalizeLevel2, cleanLabel, isLabelFragment } from "./labels.js";

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

/** a level-1 label, also in the spaced or shortened spellings of layout 2 ("满 意 指 标", "效 益", "产出 指标") */
export function level1Label(text: string): string | null {
  const t = cleanLabel(text);
  if (!t) return null;
  if (normalizeLevel2(t)) return null;
  const n = normalizeLevel1(t);
  if (n) return n;
  // "满意指标" (度 lost in the cut) — a spelling, not a prefix, so labels.ts does not know it
  if (/^满意(度)?(指标?)?$/.test(t)) return "满意度指标";
  return null;
}

export function level2Label(text: string): string | null {
  return normalizeLevel2(text);
}

/** a piece of a label cut over rows: "标", "益 指 标", "指 标", "指标" */
export function labelFragment(text: string): boolean {
  const t = squash(text);
  if (t === "指标") return true;
  return isLabelFragment(t) && !level1Label(t) && !normalizeLevel2(t);
}

/** "—", "-", "--", "…", "..." : the template's way of saying "none" */
export function isDash(text: string): boolean {
  return /^[—–\-－…\.·]+$/.test(squash(text));
}

export function isBareNumber(text: string): boolean {
  return BARE_NUMBER.test(squash(text)) || /^\d+(\.\d+)?$/.test(squash(text));
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
