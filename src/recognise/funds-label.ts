/**
 * A funds row's label as the readers compare it, one normalisation for every funds reader: the fund
 * sources of a project form (fields.ts, spaced.ts, a funds sentence) and the spending lines of a
 * department form (spending.ts) are written alike ("其中：财政拨款", "一、基本支出", "2.项目支出").
 */
import { matchRole, type Template } from "./templates.js";

/** the label without its "其中：" and its numbering ("一、", "2.", "三．"); "" when nothing else is left */
export function bareFundsLabel(label: string): string {
  return label.replace(/^(其中[:：]?)?([一二三四五六七八九十\d]+[、.．])?/, "");
}

/** a fund source's name: the bare label (the label itself when that is all it says), then the template's canonical name if any */
export function sourceName(tpl: Template, label: string): string {
  const name = bareFundsLabel(label) || label;
  return matchRole(tpl.sourceRes, name) ?? name;
}
