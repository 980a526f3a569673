/**
 * Templates as data: rules/templates/<id>.yml, validated at load (an error names the file and the key).
 *
 * `generic.yml` holds the roles every form shares — header-field labels, funds labels, goal labels and
 * indicator-column roles, each with its synonyms. Every other file describes what distinguishes one
 * template (title cues, extra synonyms, the scheme its scores follow) and inherits the rest from
 * generic. Synonyms are regular expressions matched against the whole cell text with spaces, colons
 * and bracketed column marks ("(A)", "（B/A）") removed.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { packageRoot } from "../engine/paths.js";
import { KnowledgeError } from "../engine/knowledge.js";
import { detach } from "../model/strings.js";

/** every role an indicator-table header cell may take */
export const COLUMN_ROLES = [
  "rowLabel",
  "level1",
  "level1Weight",
  "level2",
  "name",
  "description",
  "basis",
  "target",
  "comparator",
  "number",
  "unit",
  "valueKind",
  "direction",
  "adjusted",
  "actual",
  "weight",
  "weightShare",
  "score",
  "convertedScore",
  "coefficient",
  "reasons",
  "scoringMethod",
  "explanation",
  "standard",
  "status",
  "remark",
  // list-style tables: one row block per project
  "project",
  "department",
  "budget",
  "goal",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** header fields a form carries above its indicator table */
export const FIELD_KEYS = [
  "project",
  "parentProject",
  "code",
  "department",
  "departmentCode",
  "implementer",
  "manager",
  "phone",
  "attribute",
  "period",
  "details",
  "goalAnnual",
  "goalPeriod",
  "goalActual",
  "fundsTotal",
  "fundsPeriodTotal",
  "fundsSource",
  "fundsUnit",
  "spendingPlan",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** the kinds of spending a department-level form splits its money into */
export const SPENDING_KINDS = ["basic", "project", "personnel", "operating"] as const;

/** the rows of a self-assessment converting its indicator part by one share (指标得分小计 × 权重占比 = 折算得分) */
export const CONVERSION_ROWS = ["subtotal", "share", "converted"] as const;
export type ConversionRow = (typeof CONVERSION_ROWS)[number];
/** the score columns of a department form's table of projects, beside their amounts */
export const PROJECT_LINE_COLUMNS = ["score", "share", "converted"] as const;
export type ProjectLineColumn = (typeof PROJECT_LINE_COLUMNS)[number];

/**
 * the words of a department form's table of its projects: `name` the header cell of its project column
 * (项目名称), `total` the name of its closing row (合计), `amount` a header cell naming an amount column
 * (全年预算数, 执行率: beside 项目名称 it makes the row such a table's header, not a form's anchor),
 * `indicator` a header cell of an indicator column (a list-style form's header, which still anchors),
 * `listName` a list-style form's project column named by a bare word (项目): only with the list's own
 * columns beside it (bareListProjectAt)
 */
export const PROJECT_TABLE_WORDS = ["name", "total", "amount", "indicator", "listName"] as const;
export type ProjectTableWord = (typeof PROJECT_TABLE_WORDS)[number];

/** the two cells of the header over a funds block listed one source per row ("资金来源 | 金额") */
export const FUND_LIST_HEADER_CELLS = ["name", "amount"] as const;

/** columns of a self-assessment's funds table */
export const FUND_COLUMN_ROLES = ["declared", "planned", "adjusted", "executed", "balance", "weight", "rate", "coefficient", "score", "weightShare", "convertedScore", "reasons"] as const;
export type FundColumnRole = (typeof FUND_COLUMN_ROLES)[number];

const Synonyms = z.array(z.string()).default([]);

export const TemplateSchema = z
  .object({
    description: z.string(),
    /** the kind of form, or "auto" to decide from the columns (实际完成值/得分 → self-assessment) */
    kind: z.enum(["auto", "target", "self-assessment"]).default("auto"),
    /** what the form is about; "auto" decides from the labels and the title (部门整体 → department) */
    subject: z.enum(["auto", "project", "department"]).default("auto"),
    /** regular expressions on the title lines above the form; each hit adds to the template's score */
    titleCues: Synonyms,
    /** regular expressions that must all occur in the form's text (spaces removed) for this template */
    requires: Synonyms,
    /** indicator-table column roles → extra header synonyms */
    columns: z.record(z.enum(COLUMN_ROLES), Synonyms).default({}),
    /** header fields → extra label synonyms */
    fields: z.record(z.enum(FIELD_KEYS), Synonyms).default({}),
    /**
     * canonical fund-source names → the labels written for them ("中央补助" → 中央财政资金); each label
     * is also read as a fund source (fields.fundsSource)
     */
    sourceNames: z.record(z.string(), Synonyms).default({}),
    /**
     * canonical detail names → the labels written for them ("资金用途" ← "预算规模及资金用途"); each
     * label is also read as a details field (fields.details) under its canonical name
     */
    detailNames: z.record(z.string(), Synonyms).default({}),
    /**
     * department-level forms: kinds of spending → the funds-row labels written for them (基本支出,
     * 项目支出, 人员经费, 公用经费); each label is also read as a funds row (fields.fundsSource)
     */
    spendingLines: z.record(z.enum(SPENDING_KINDS), Synonyms).default({}),
    /**
     * a funds block listed one source per row ("资金来源 | 金额" over "中央补助 | 42.00" … "合计 | 50.00"):
     * the names such a row may carry (patterns, whole cell, spaces removed)
     */
    fundSourceRows: Synonyms.default([]),
    /**
     * the header over such a block: `name` patterns for its first cell (资金来源), `amount` for its
     * second (金额) — whole cell, spaces removed
     */
    fundSourceListHeader: z.record(z.enum(FUND_LIST_HEADER_CELLS), Synonyms).default({}),
    /**
     * a self-assessment converting its indicator part by one share: the label (first cell, spaces and
     * a trailing colon removed) of each row between the indicator table and the 总分 row — subtotal
     * (指标得分小计 | 100 | 99.68), share (权重占比 | 90%), converted (折算得分 | 89.71); each ends the table
     */
    conversionRows: z.record(z.enum(CONVERSION_ROWS), Synonyms).default({}),
    projectLineColumns: z.record(z.enum(PROJECT_LINE_COLUMNS), Synonyms).default({}),
    /**
     * a department form's table of its projects (项目名称 | 全年预算数 | … | 合计): the words of its header
     * and its total row (PROJECT_TABLE_WORDS), patterns over the whole cell, spaces removed. Forms are cut
     * before a template is chosen, so segmentation reads generic's
     */
    projectTable: z.record(z.enum(PROJECT_TABLE_WORDS), Synonyms).default({}),
    /** self-assessment funds-table columns → extra header synonyms */
    fundColumns: z.record(z.enum(FUND_COLUMN_ROLES), Synonyms).default({}),
    /**
     * extra level-1 labels (as written → canonical; null: not a level 1 in this template, e.g. 成本指标
     * where it is a level 2 under 产出指标) and level-2 labels (→ their level 1)
     */
    level1: z.record(z.string(), z.string().nullable()).default({}),
    level2: z.record(z.string(), z.string()).default({}),
    /**
     * a row holding only a level-2 label (or only 年度 cells) is an indicator with an empty name and
     * no value, so that the rules see the empty required indicator; otherwise such a row is skipped
     */
    labelRows: z.boolean().default(false),
    /**
     * where the continuation lines of a wrapped cell sit: "auto" measures it on each table; "up"
     * (cells top-aligned: a continuation belongs to the row above), "down" or "centre"
     */
    wrap: z.enum(["auto", "up", "down", "centre"]).default("auto"),
    /**
     * in text whose cells shift, a cell that reads as a value ("≥10台", "2022年前") is drawn to the
     * value column and away from the name column
     */
    alignByValue: z.boolean().default(false),
    /**
     * text whose cells are separated by single spaces and wrapped over lines (a form printed without
     * drawn borders): the header block is read line by line, a label's value running to the next
     * label, and the table by records whose cells are rebuilt around the value (src/recognise/spaced.ts)
     */
    spacedCells: z.boolean().default(false),
    /**
     * in text (a PDF's extraction), a space next to a CJK character inside an indicator name is where
     * the cell wrapped ("人民群众满意 度"), not a word break: such spaces are removed from names
     */
    joinCjkSpaces: z.boolean().default(false),
    /** a form without a department label takes the department named in the document's first lines */
    documentDepartment: z.boolean().default(false),
    /**
     * in a text row that kept none of its empty cells, fewer values than value columns fill the last
     * ones (实际完成值, then 调整后指标值): the form leaves 年初指标值 empty, never 实际完成值
     */
    valuesRight: z.boolean().default(false),
    /** a level 1 that contradicts the row's level 2 (效益指标 beside 成本指标) gives way to the level 2, with a warning */
    levelFromLevel2: z.boolean().default(false),
    /**
     * the signature row that ends every form of this template (负责人 / 填报日期 …): the form's last
     * line; a form without it is warned about as possibly cut
     */
    footer: z.string().nullable().default(null),
    /** the scoring scheme the form follows: 分值 of the budget part and of the indicators */
    scheme: z
      .object({ budgetWeight: z.number().nonnegative(), indicatorWeight: z.number().nonnegative() })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export type TemplateSpec = z.infer<typeof TemplateSchema>;

export interface Template extends Omit<TemplateSpec, "level1" | "footer"> {
  id: string;
  /** level-1 labels as written → canonical (generic's merged in, minus those the template unsets) */
  level1: Record<string, string>;
  footerRe: RegExp | null;
  /** fund-source label → canonical name */
  sourceRes: [RegExp, string][];
  /** details label → canonical name */
  detailRes: [RegExp, string][];
  /** funds-row label → the kind of spending it is (department-level forms) */
  spendingRes: [RegExp, (typeof SPENDING_KINDS)[number]][];
  /** the name of a fund source written in a row of its own (fundSourceRows, generic's merged in) */
  fundSourceRowRes: RegExp[];
  /** the header cells over such a block (fundSourceListHeader, generic's merged in) */
  fundSourceListHeaderRes: [RegExp, (typeof FUND_LIST_HEADER_CELLS)[number]][];
  /** the label of a conversion row → which one it is (conversionRows, generic's merged in) */
  conversionRes: [RegExp, ConversionRow][];
  /** a column of a department form's table of projects → its score role (projectLineColumns, generic's merged in) */
  projectLineRes: [RegExp, ProjectLineColumn][];
  /** the words of a department form's table of projects (projectTable, generic's merged in) */
  projectTableRes: [RegExp, ProjectTableWord][];
  /** compiled synonyms, generic's merged in */
  columnRes: [RegExp, ColumnRole][];
  fieldRes: [RegExp, FieldKey][];
  fundRes: [RegExp, FundColumnRole][];
  titleRes: RegExp[];
  requireRes: RegExp[];
}

function compile(file: string, key: string, src: string): RegExp {
  try {
    return new RegExp(`^(?:${src})$`, "u");
  } catch (e) {
    throw new KnowledgeError(file, `${key}: 无效的正则表达式 / invalid regular expression: ${(e as Error).message}`);
  }
}

function compileMap<K extends string>(file: string, key: string, m: Partial<Record<K, string[]>>): [RegExp, K][] {
  const out: [RegExp, K][] = [];
  for (const [k, list] of Object.entries(m) as [K, string[]][]) list.forEach((s, i) => out.push([compile(file, `${key}.${k}.${i}`, s), k]));
  return out;
}

export function parseTemplate(file: string, raw: unknown, base: Template | null): Template {
  const r = TemplateSchema.safeParse(raw);
  if (!r.success) {
    throw new KnowledgeError(file, r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; "));
  }
  const t = r.data;
  const id = basename(file).replace(/\.ya?ml$/, "");
  const titleRes = t.titleCues.map((s, i) => {
    try {
      return new RegExp(s, "u");
    } catch (e) {
      throw new KnowledgeError(file, `titleCues.${i}: 无效的正则表达式 / invalid regular expression: ${(e as Error).message}`);
    }
  });
  const level1: Record<string, string> = { ...(base?.level1 ?? {}) };
  for (const [k, v] of Object.entries(t.level1)) {
    if (v === null) delete level1[k];
    else level1[k] = v;
  }
  const { footer, ...spec } = t;
  const sourceRes = compileMap(file, "sourceNames", t.sourceNames);
  const sourceLabels: [RegExp, FieldKey][] = sourceRes.map(([re]) => [re, "fundsSource"]);
  const detailRes = compileMap(file, "detailNames", t.detailNames);
  const detailLabels: [RegExp, FieldKey][] = detailRes.map(([re]) => [re, "details"]);
  const spendingRes = compileMap(file, "spendingLines", t.spendingLines);
  const spendingLabels: [RegExp, FieldKey][] = spendingRes.map(([re]) => [re, "fundsSource"]);
  // a template's own synonyms come first: they win over generic's
  return {
    ...spec,
    id,
    level1,
    footerRe: footer === null ? null : compile(file, "footer", `(?:${footer}).*`),
    level2: { ...(base?.level2 ?? {}), ...t.level2 },
    columnRes: [...compileMap(file, "columns", t.columns), ...(base?.columnRes ?? [])],
    fieldRes: [...compileMap(file, "fields", t.fields), ...sourceLabels, ...detailLabels, ...(base?.fieldRes ?? []), ...spendingLabels],
    sourceRes: [...sourceRes, ...(base?.sourceRes ?? [])],
    detailRes: [...detailRes, ...(base?.detailRes ?? [])],
    spendingRes: [...spendingRes, ...(base?.spendingRes ?? [])],
    fundSourceRowRes: [...t.fundSourceRows.map((src, i) => compile(file, `fundSourceRows.${i}`, src)), ...(base?.fundSourceRowRes ?? [])],
    fundSourceListHeaderRes: [...compileMap(file, "fundSourceListHeader", t.fundSourceListHeader), ...(base?.fundSourceListHeaderRes ?? [])],
    conversionRes: [...compileMap(file, "conversionRows", t.conversionRows), ...(base?.conversionRes ?? [])],
    projectLineRes: [...compileMap(file, "projectLineColumns", t.projectLineColumns), ...(base?.projectLineRes ?? [])],
    projectTableRes: [...compileMap(file, "projectTable", t.projectTable), ...(base?.projectTableRes ?? [])],
    fundRes: [...compileMap(file, "fundColumns", t.fundColumns), ...(base?.fundRes ?? [])],
    titleRes,
    requireRes: t.requires.map((s, i) => {
      try {
        return new RegExp(s, "u");
      } catch (e) {
        throw new KnowledgeError(file, `requires.${i}: 无效的正则表达式 / invalid regular expression: ${(e as Error).message}`);
      }
    }),
    scheme: t.scheme ?? base?.scheme ?? null,
  };
}

function loadYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new KnowledgeError(file, `YAML 语法错误 / YAML syntax error: ${(e as Error).message}`);
  }
}

/** Load generic.yml and every other template in `dir` (sorted by file name), generic first. */
export function loadTemplatesFrom(dir: string): Template[] {
  const genericFile = join(dir, "generic.yml");
  if (!existsSync(genericFile)) throw new KnowledgeError(genericFile, "缺少通用模板 / the generic template is missing");
  const generic = parseTemplate(genericFile, loadYaml(genericFile), null);
  const out = [generic];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(f) || f === "generic.yml") continue;
    out.push(parseTemplate(join(dir, f), loadYaml(join(dir, f)), generic));
  }
  return out;
}

let cache: Template[] | null = null;

/** whether a text (spaces removed) is one of the projects table's words of that kind in a template */
export function isProjectTableWord(tpl: Template, kind: ProjectTableWord, text: string): boolean {
  return tpl.projectTableRes.some(([re, k]) => k === kind && re.test(text));
}

/** the list columns that, two of them beside it, make a bare 项目 cell a list header's project column */
const LIST_CUES: ReadonlySet<string> = new Set(["department", "budget", "goal"]);
const INDICATOR_COLUMNS: ReadonlySet<string> = new Set(["level1", "level2", "name"]);

/**
 * The index of a list-style header's project column named by a bare word ("项目", projectTable
 * `listName`) among a header row's texts, or -1. Only where no cell names the project column in full
 * (项目名称), the row holds two of the list's own columns or more (单位名称 / 预算数 / 年度目标: the
 * template's department / budget / goal columns) and an indicator column (一级 / 二级 / 三级指标) after
 * that cell: a 项目 cell anywhere else (a form's row label) stays what it was. The cells' roles are
 * the template's for their texts unless given (a header already read).
 */
export function bareListProjectAt(tpl: Template, texts: readonly string[], given?: readonly (ColumnRole | null)[]): number {
  const squashed = texts.map((t) => squashHeader(t));
  const at = squashed.findIndex((t) => isProjectTableWord(tpl, "listName", t));
  if (at < 0) return -1;
  const goalRes = tpl.columnRes.filter(([, role]) => role === "goal");
  const roles = squashed.map((t, k) => {
    const role = given ? given[k] : matchRole(tpl.columnRes, t);
    // 绩效目标 is the row label first (the template's order); beside a list's columns it is the goal
    return role === "rowLabel" && matchRole(goalRes, t) === "goal" ? "goal" : role;
  });
  if (roles.includes("project")) return -1;
  const cues = new Set(roles.filter((r, k) => k !== at && r !== null && LIST_CUES.has(r)));
  const firstIndicator = roles.findIndex((r) => r !== null && INDICATOR_COLUMNS.has(r));
  return cues.size >= 2 && firstIndicator > at ? at : -1;
}

/** The templates under rules/templates/, loaded once per process; generic is first. */
export function loadTemplates(): Template[] {
  if (!cache) cache = loadTemplatesFrom(join(packageRoot(), "rules", "templates"));
  return cache;
}

/** the words of an expression that is a list of literal words ("^(?:一级指标|一级)$"), else null */
export function literalWords(re: RegExp): string[] | null {
  const m = /^\^\(\?:(.*)\)\$$/su.exec(re.source);
  if (!m || re.flags !== "u") return null;
  const words = m[1].split("|");
  return words.every((w) => w.length > 0 && !/[\\^$.*+?()[\]{}|/]/u.test(w)) ? words : null;
}

/** a few characters such that every word holds one of them (greedy: the character in most words not yet held) */
export function hittingChars(words: string[][]): string[] {
  const out: string[] = [];
  let open = words;
  while (open.length) {
    const count = new Map<string, number>();
    for (const w of open) for (const c of new Set(w)) count.set(c, (count.get(c) ?? 0) + 1);
    let best = "";
    let most = 0;
    for (const [c, n] of count) if (n > most) [best, most] = [c, n];
    out.push(best);
    open = open.filter((w) => !w.includes(best));
  }
  return out;
}

/** whether `text` holds one of `chars` */
export function holdsAny(text: string, chars: readonly string[]): boolean {
  for (let k = 0; k < chars.length; k++) if (text.includes(chars[k])) return true;
  return false;
}

/** squashHeader's answers per text: the readers ask it of every cell of the header rows, funds
 *  rows and group tests on every form, and each answer costs seven regex passes (bounded: dropped
 *  when full; keys and values are copies, so no entry keeps a file's text) */
const SQUASHED = new Map<string, string>();
const SQUASH_MEMO_MAX_CHARS = 64;

/** header text → the form used for matching: no spaces, colons, trailing column marks "(A)" "（B/A）" */
export function squashHeader(s: string): string {
  // a long text (a goal, a narrative) is rarely asked twice: not kept
  if (s.length > SQUASH_MEMO_MAX_CHARS) return squashUncached(s);
  let v = SQUASHED.get(s);
  if (v === undefined) {
    if (SQUASHED.size >= 20_000) SQUASHED.clear();
    const key = detach(s);
    const got = squashUncached(key);
    v = got === key ? key : detach(got);
    SQUASHED.set(key, v);
  }
  return v;
}

function squashUncached(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, "")
    .replace(/[:：]+$/, "")
    .replace(/^[:：]+/, "")
    .replace(/[（(][A-Za-z/＋+×*\-0-9%]{1,7}[)）]$/, "")
    .replace(/[（(](单位[:：]?)?(万元|元|%|％)[)）]$/, "")
    // the year or period a label is for: 年度资金总额（2025年）, 中期目标（2025—2027年）
    .replace(/[（(]20\d{2}(年度?)?([—–\-~～至到]20\d{2}(年度?)?)?[)）]$/, "")
    .replace(/[:：]+$/, "");
}

/** a per-template memo of a function of a text (a label normaliser, a header cell's role): the same
 *  cell texts are asked about on every row of every form (bounded: dropped when full) */
export function memoPerTemplate<V extends string | number | null>(fn: (tpl: Template, s: string) => V): (tpl: Template, s: string) => V {
  const memo = new WeakMap<Template, Map<string, V>>();
  // the template asked last and its map: calls come in runs for one template
  let lastTpl: Template | null = null;
  let lastMap: Map<string, V> | null = null;
  return (tpl, s) => {
    let m = tpl === lastTpl ? lastMap : memo.get(tpl);
    if (!m) memo.set(tpl, (m = new Map()));
    lastTpl = tpl;
    lastMap = m;
    let v = m.get(s);
    if (v === undefined) {
      if (m.size >= 20_000) m.clear();
      // key and value from a copy: a cell text is a slice of its file's text, which a memo entry must not keep
      const own = detach(s);
      m.set(own, (v = fn(tpl, own)));
    }
    return v;
  };
}

/** matchRole's answers per synonym list and text: the same header and cell texts recur on every
 *  form, and each answer costs a squash and a regex per synonym (bounded: dropped when full) */
const ROLE_MEMO = new WeakMap<object, Map<string, string | null>>();

/** the synonym list asked last and its memo: calls come in runs for one list (a row's cells, a form's labels) */
let lastRes: object | null = null;
let lastMemo: Map<string, string | null> | undefined;

export function matchRole<K extends string>(res: [RegExp, K][], text: string): K | null {
  let memo = res === lastRes ? lastMemo : ROLE_MEMO.get(res);
  if (!memo) ROLE_MEMO.set(res, (memo = new Map()));
  lastRes = res;
  lastMemo = memo;
  const hit = memo.get(text);
  if (hit !== undefined) return hit as K | null;
  if (memo.size >= 20_000) memo.clear();
  const k = matchRoleUncached(res, text);
  memo.set(detach(text), k);
  return k;
}

/**
 * All of a synonym list's expressions as one alternation: it matches a text exactly when one of
 * them does, so a text no synonym explains (most cell texts asked about) costs one regex instead of
 * one per synonym. Null (no shortcut) when an expression has flags other than u alone or a
 * backreference, whose meaning would change inside the union.
 */
const UNION = new WeakMap<object, RegExp | null>();

function unionOf(res: [RegExp, string][]): RegExp | null {
  let u = UNION.get(res);
  if (u !== undefined) return u;
  u = null;
  if (res.length > 1 && res.every(([re]) => re.flags === "u" && !/\\(?:[1-9]|k<)/.test(re.source))) {
    try {
      u = new RegExp(res.map(([re]) => `(?:${re.source})`).join("|"), "u");
    } catch {
      u = null;
    }
  }
  UNION.set(res, u);
  return u;
}

function matchRoleUncached<K extends string>(res: [RegExp, K][], text: string): K | null {
  const t = squashHeader(text);
  if (!t) return null;
  const any = unionOf(res);
  if (any && !any.test(t)) return null;
  // the first synonym in the list's order decides the role
  for (const [re, k] of res) if (re.test(t)) return k;
  return null;
}
