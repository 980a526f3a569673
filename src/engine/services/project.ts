/**
 * Reading a form's header fields for the checklist's header checks (items 5, 6, 8): is it a
 * one-year project, which years a 项目期 / 项目实施计划 / 项目起止时间 text names, where a detail field
 * stands. Shared by project-dates, attribute-period-mismatch and required-text-missing.
 */
import type { Loc } from "../../model/loc.js";
import type { Form, FormKind, FundSource, KpiDocument } from "../../model/types.js";
import type { Field } from "../types.js";

/** 项目属性 or 项目期 saying the project lasts one year: 一次性项目（1年结束）, 0101-一年期项目, 1年, 当年 */
const ONE_YEAR_ATTRIBUTE = /一次性|一年期|1\s*年(结束|期)|当年|年度项目/u;
const ONE_YEAR_PERIOD = /^\s*(1|一)\s*年\s*$|^\s*当年\s*$|^\s*(1|一)\s*年期\s*$/u;
/** 项目属性 saying the project recurs or spans years */
export const MULTI_YEAR_ATTRIBUTE = /多年|跨年|延续|持续|经常性|常年|长期/u;

export function isOneYear(form: Form, loneYear = true): boolean {
  return ONE_YEAR_ATTRIBUTE.test(form.project.attribute ?? "") || ONE_YEAR_PERIOD.test(form.project.period ?? "") || withinOneYear(form.project.period ?? "", loneYear);
}

/** a 项目期 whose dates all lie in one calendar year ("2025年1月至2025年12月", "2025年3月—11月", "2025年"): the
 *  project lasts one year at most, whatever its attribute calls it. With `loneYear` false a year written
 *  alone ("2025") does not count: a range the reader cut may leave only its first year. */
export function withinOneYear(period: string, loneYear = true): boolean {
  const ys = yearsIn(period);
  return ys.length > (loneYear ? 0 : 1) && ys.every((y) => y === ys[0]);
}

/** the budget year of a form: its title's, else the document's */
export function budgetYear(form: Form, doc: KpiDocument): number | null {
  return form.year ?? doc.year ?? null;
}

/** years a text names as dates: "2023年", "2023.8", "2023-2025", "2023/9" */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)(?=\s*(?:年|[.\-/—–~～至到]|$))/gu)) out.push(+m[1]);
  return out;
}

/** the length in years a 项目期 states: "3年" → 3, "2023-2025" → 3, "1年" → 1 */
export function periodYears(text: string): number | null {
  const t = text.replace(/\s+/gu, "");
  // "2024年-2026年" names years, not a length of 2024 years
  const ys = yearsIn(t);
  if (ys.length >= 2) return Math.max(...ys) - Math.min(...ys) + 1;
  const n = /^(\d+(?:\.\d+)?)年/u.exec(t);
  if (n && ys.length === 0) return +n[1];
  const zh = /^([一二两三四五六七八九十]+)年/u.exec(t);
  if (zh) return "一二三四五六七八九".indexOf(zh[1]) + 1 || (zh[1] === "两" ? 2 : zh[1] === "十" ? 10 : null);
  // one year named ("2024年", "2024年1月-12月"): that year
  if (ys.length === 1) return 1;
  return null;
}

export interface HeaderText {
  /** the label as the form writes it */
  label: string;
  text: string;
  loc: Loc;
  /** a text read from several source lines: where each line starts in `text` (Text.lines) */
  lines?: { offset: number; line: number }[];
}

/** where a piece of a header text stands: the line of the source row holding `at` (an offset in the text) */
export function locAt(h: HeaderText, at: number): Loc {
  const row = (h.lines ?? []).filter((l) => l.offset <= at).pop();
  return row ? { line: row.line } : h.loc;
}

/** detail fields whose label matches, in the form's order, with their location */
export function details(form: Form, label: RegExp): HeaderText[] {
  const out: HeaderText[] = [];
  for (const [k, text] of Object.entries(form.project.details ?? {})) {
    if (!label.test(k)) continue;
    const f = form.fields[`project.details.${k}`];
    out.push({ label: k, text, loc: f?.loc ?? form.loc, ...(f?.lines ? { lines: f.lines } : {}) });
  }
  return out;
}

/** 项目实施计划, 项目起止时间, 实施期间, 建设周期 … */
export const PLAN_LABEL = /实施计划|实施进度|起止时间|实施期间|实施时间|建设周期|建设期/u;

/** 元 in one unit of the money units forms state amounts in */
export const MONEY_SCALE: Record<string, number> = { 元: 1, 万元: 1e4 };

/**
 * A department's name for comparison: a leading code ("027-", "A01 "), codes in brackets ("（108001）",
 * "[108001]"), separators, digits and spaces dropped — "027-兴县公安局", "兴县公安局[027]" → "兴县公安局".
 */
export function departmentKey(name: string | null | undefined): string {
  return (name ?? "")
    .replace(/^[\dA-Za-z]+[-－—\s]+/u, "")
    .replace(/[（(［\[【][^）)］\]】]*[)）］\]】]/gu, "")
    .replace(/[\d\s\-—–_、.．:：]/gu, "")
    .trim();
}

/** digits after the decimal point of a written figure ("9.80" → 2, "1,320.5" → 1, "10" → 0) */
export function writtenDecimals(text: string | null | undefined): number {
  return /[.．](\d+)/u.exec(text ?? "")?.[1].length ?? 0;
}

/** a column in which a form's money is stated: the form's total in it, and a funds line's amount in it */
export interface FundsColumn {
  key: "budget" | "period" | "annual" | "planned" | "adjusted" | "executed";
  zh: string;
  en: string;
  total: (form: Form) => number | null | undefined;
  line: (s: FundSource | undefined) => number | null | undefined;
}

const TARGET_COLUMNS: FundsColumn[] = [
  { key: "budget", zh: "预算数", en: "budget", total: (f) => f.funds.annualTotal ?? f.funds.periodTotal, line: (s) => (s ? (s.annual ?? s.period) : undefined) },
];
const SELF_COLUMNS: FundsColumn[] = [
  { key: "planned", zh: "年初预算数", en: "initial budget", total: (f) => f.funds.planned, line: (s) => s?.planned },
  { key: "adjusted", zh: "全年预算数", en: "full-year budget", total: (f) => f.funds.adjusted, line: (s) => s?.adjusted },
  { key: "executed", zh: "全年执行数", en: "amount spent", total: (f) => f.funds.executed, line: (s) => s?.executed },
];
/** a target form's 实施期 and 年度 columns each on its own (a form may state both, side by side), then a self-assessment's */
const WRITTEN_COLUMNS: FundsColumn[] = [
  { key: "period", zh: "实施期资金", en: "period funds", total: (f) => f.funds.periodTotal, line: (s) => s?.period },
  { key: "annual", zh: "年度资金", en: "annual funds", total: (f) => f.funds.annualTotal, line: (s) => s?.annual },
  ...SELF_COLUMNS,
];

/** the columns a form of this kind states its money in: a target form's one amount, a self-assessment's 年初预算数 / 全年预算数 / 全年执行数 */
export function fundsColumns(kind: FormKind): FundsColumn[] {
  return kind === "target" ? TARGET_COLUMNS : SELF_COLUMNS;
}

/**
 * every column a funds block may be written in, each with its own total: 实施期 and 年度 (not joined
 * into one amount as fundsColumns does for a target form) and 年初预算数 / 全年预算数 / 全年执行数 — for
 * a check that sources add up in every column the form fills, whatever its kind
 */
export function writtenFundsColumns(): FundsColumn[] {
  return WRITTEN_COLUMNS;
}

/**
 * The funds a cost target in this column is compared with (checklist item 4, column by column):
 * the 年度 column against 年度资金, the 实施期 column against 实施期资金 (a single-column target form
 * states one total: 年度资金总额 / 预算数), a self-assessment's target against its 年初/全年预算数.
 */
export function fundsFor(form: Form, f: Field): number | null {
  const fu = form.funds;
  const scale = fu.unit ? MONEY_SCALE[fu.unit] : undefined;
  if (!scale) return null;
  const pos = (x: number | null | undefined): x is number => typeof x === "number" && x > 0;
  // a self-assessment's target was set against the larger of 年初 and 全年预算数 (a cut budget does not make it wrong)
  if (form.kind === "self-assessment") {
    const xs = [fu.adjusted, fu.planned, fu.declared].filter(pos);
    return xs.length ? Math.max(...xs) * scale : null;
  }
  // target forms: the column's own total, else the only one stated
  const xs = f === "annualTarget" ? [fu.annualTotal, fu.periodTotal] : form.indicators.some((i) => i.annualTarget) ? [fu.periodTotal, fu.annualTotal] : [fu.annualTotal, fu.periodTotal];
  const first = xs.find(pos);
  return first !== undefined ? first * scale : null;
}

