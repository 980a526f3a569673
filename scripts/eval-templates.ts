/**
 * Measures how well `parseFile` reads the template fixtures (test/fixtures/templates/<id>/):
 * every <id>.txt / .xlsx / .pdf (/ .docx / .html) is parsed and compared with expected.json.
 *
 * Per file: forms expected / found (an expected form is found when a parsed form's subject matches
 * it, fuzzily), and field accuracy = fields right / fields expected, counting
 *   per form       subject, funds total (when the form states one), annual goal (when it has one),
 *                  and for department-level forms each stated figure of their spending lines
 *                  (基本支出 / 项目支出 / 人员经费 / 公用经费: amount, or 年初 / 全年预算 / 全年执行)
 *   per indicator  name, level 2, target; for self-assessments also actual, weight (分值), score
 *                  (得分) and coefficient (得分系数) where the form has them
 * Text is compared normalised (NFKC, whitespace removed, ≥/>= and ≤/<= equal, a leading "=" ignored);
 * numbers within 0.005. A form or indicator not found counts all its fields wrong. Files that come
 * back with neither a form nor a diagnostic are counted as silent.
 *
 * `evaluateTemplates()` returns the figures (for a test gate); run as a script it prints them:
 *   npm run eval:templates [-- --details] [-- --json] [template-id…]
 *   npm run eval:templates -- --dir <folder>   (a flat folder: <doc>.txt, expectations in fields/<doc>.expected.json)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { distance } from "fastest-levenshtein";
import { parseFile } from "../src/parse.js";
import type { Form, Indicator, KpiDocument } from "../src/model/types.js";
import type { ExpForm, ExpIndicator } from "../test/fixtures/templates/lib.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATES_DIR = join(ROOT, "test/fixtures/templates");
const FORMATS = [".txt", ".xlsx", ".pdf", ".docx", ".html"];

export interface Tally {
  formsExpected: number;
  formsFound: number;
  /** parsed forms that match no expected form */
  formsExtra: number;
  indicatorsExpected: number;
  indicatorsFound: number;
  fieldsExpected: number;
  fieldsRight: number;
  silentFiles: number;
  files: number;
}

export interface FileResult extends Tally {
  template: string;
  file: string;
  format: string;
  diagnostics: string[];
  /** what was wrong, one line each (for --details) */
  misses: string[];
}

export interface TemplateEvalSummary {
  files: FileResult[];
  byTemplate: Record<string, Tally>;
  byFormat: Record<string, Tally>;
  overall: Tally;
}

/** field accuracy of a tally, 0..1 */
export function accuracy(t: Tally): number {
  return t.fieldsExpected === 0 ? 1 : t.fieldsRight / t.fieldsExpected;
}

export function normText(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/≥|≧/g, ">=")
    .replace(/≤|≦/g, "<=")
    .replace(/^=/, "");
}

function similarity(a: string, b: string): number {
  const x = normText(a);
  const y = normText(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const d = distance(x, y);
  return 1 - d / Math.max(x.length, y.length);
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  return typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 0.005;
}

const MONEY_SCALE: Record<string, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** the names a parsed form may give its subject (project, or department for department-level forms) */
function subjectsOf(f: Form): string[] {
  const any = f as unknown as { subject?: unknown };
  const s = any.subject;
  const out: string[] = [];
  if (typeof s === "string") out.push(s);
  else if (s && typeof s === "object" && typeof (s as { name?: unknown }).name === "string") out.push((s as { name: string }).name);
  if (f.project?.name) out.push(f.project.name);
  if (f.project?.department) out.push(f.project.department);
  return out;
}

function subjectScore(e: ExpForm, f: Form): number {
  const names = subjectsOf(f);
  let best = 0;
  for (const n of names) {
    const x = normText(n);
    const y = normText(e.subject);
    const sim = x && y && (x.includes(y) || y.includes(x)) ? Math.max(0.9, similarity(n, e.subject)) : similarity(n, e.subject);
    best = Math.max(best, sim);
  }
  return best;
}

function fundsTotalOf(e: ExpForm, f: Form): boolean {
  if (e.funds.total === null) return true;
  const funds = f.funds ?? ({} as Form["funds"]);
  const candidates = e.kind === "target" ? [funds.annualTotal, funds.periodTotal] : [funds.adjusted, funds.planned];
  const want = e.funds.total * (MONEY_SCALE[e.funds.unit ?? "万元"] ?? 1);
  // a reader that states no unit is taken at the expected unit
  const scale = MONEY_SCALE[funds.unit ?? e.funds.unit ?? "万元"] ?? 1;
  const first = candidates.find((v) => typeof v === "number");
  return typeof first === "number" && Math.abs(first * scale - want) < 0.5;
}

function namesOf(i: Indicator): string[] {
  return [i.name, i.annualName ?? ""].filter(Boolean);
}

function valueText(v: Indicator["target"]): string[] {
  if (!v) return [];
  const out = [v.raw];
  if (v.value !== null && v.value !== undefined) {
    const ops: Record<string, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "~": "" };
    out.push(`${v.op ? (ops[v.op] ?? "") : ""}${v.value}${v.unit ?? ""}`);
  }
  return out;
}

function matchIndicators(exp: ExpIndicator[], found: Indicator[]): (Indicator | null)[] {
  const used = new Set<number>();
  const pairs: { e: number; f: number; s: number }[] = [];
  exp.forEach((e, ei) =>
    found.forEach((f, fi) => {
      const s = Math.max(...namesOf(f).map((n) => similarity(n, e.name)), 0);
      if (s >= 0.6) pairs.push({ e: ei, f: fi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.e - b.e || a.f - b.f);
  const out: (Indicator | null)[] = exp.map(() => null);
  for (const p of pairs) {
    if (out[p.e] || used.has(p.f)) continue;
    out[p.e] = found[p.f];
    used.add(p.f);
  }
  return out;
}

function indicatorFields(e: ExpIndicator, kind: ExpForm["kind"]): string[] {
  const f = ["name", "level2", "target"];
  if (kind === "self-assessment") {
    if (e.actual !== undefined) f.push("actual");
    if (e.weight !== undefined) f.push("weight");
    if (e.score !== undefined) f.push("score");
    if (e.coefficient !== undefined) f.push("coefficient");
  }
  return f;
}

function checkIndicator(e: ExpIndicator, i: Indicator, field: string): boolean {
  switch (field) {
    case "name":
      return namesOf(i).some((n) => normText(n) === normText(e.name));
    case "level2":
      return normText(i.level2) === normText(e.level2) || normText(i.annualLevel2) === normText(e.level2);
    case "target":
      return [...valueText(i.target), ...valueText(i.annualTarget)].some((t) => normText(t) === normText(e.target));
    case "actual":
      return valueText(i.actual).some((t) => normText(t) === normText(e.actual));
    case "weight":
      return sameNumber(i.weight, e.weight);
    case "score":
      return sameNumber(i.score, e.score);
    case "coefficient":
      return sameNumber((i as { coefficient?: number | null }).coefficient, e.coefficient);
    default:
      return false;
  }
}

function formFields(e: ExpForm): string[] {
  const out = ["subject"];
  if (e.funds.total !== null) out.push("funds.total");
  if (e.annualGoal !== null) out.push("annualGoal");
  for (const [kind, line] of Object.entries(e.spending ?? {})) for (const col of Object.keys(line)) out.push(`spending.${kind}.${col}`);
  return out;
}

/** one figure of a department-level form's spending line ("spending.project.executed") */
function spendingOf(e: ExpForm, f: Form, field: string): boolean {
  const [, kind, col] = field.split(".");
  const want = (e.spending as Record<string, Record<string, number>> | undefined)?.[kind]?.[col];
  const line = (f.funds as { spending?: Record<string, Record<string, number | null | undefined>> }).spending?.[kind];
  if (want === undefined || !line) return false;
  const got = col === "amount" ? (line.annual ?? line.period) : line[col];
  return sameNumber(got, want);
}

function emptyTally(): Tally {
  return { formsExpected: 0, formsFound: 0, formsExtra: 0, indicatorsExpected: 0, indicatorsFound: 0, fieldsExpected: 0, fieldsRight: 0, silentFiles: 0, files: 0 };
}

function add(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

/** compares one parsed document with a template's expected forms */
export function scoreDocument(template: string, file: string, doc: KpiDocument, expected: ExpForm[]): FileResult {
  const r: FileResult = { template, file, format: extname(file).slice(1), diagnostics: doc.diagnostics.map((d) => d.code), misses: [], ...emptyTally(), files: 1 };
  r.silentFiles = doc.forms.length === 0 && doc.diagnostics.length === 0 ? 1 : 0;
  r.formsExpected = expected.length;
  const used = new Set<number>();
  const pairs: { e: number; f: number; s: number }[] = [];
  expected.forEach((e, ei) =>
    doc.forms.forEach((f, fi) => {
      const s = subjectScore(e, f);
      if (s >= 0.6) pairs.push({ e: ei, f: fi, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.e - b.e || a.f - b.f);
  const match: (Form | null)[] = expected.map(() => null);
  for (const p of pairs) {
    if (match[p.e] || used.has(p.f)) continue;
    match[p.e] = doc.forms[p.f];
    used.add(p.f);
  }
  r.formsExtra = doc.forms.length - used.size;
  expected.forEach((e, ei) => {
    const f = match[ei];
    const fields = formFields(e);
    const inds = e.indicators;
    r.indicatorsExpected += inds.length;
    const nInd = inds.reduce((n, i) => n + indicatorFields(i, e.kind).length, 0);
    r.fieldsExpected += fields.length + nInd;
    if (!f) {
      r.misses.push(`form not found: ${e.subject}`);
      return;
    }
    r.formsFound++;
    for (const field of fields) {
      let ok = false;
      if (field === "subject") ok = subjectsOf(f).some((n) => normText(n) === normText(e.subject));
      else if (field === "funds.total") ok = fundsTotalOf(e, f);
      else if (field === "annualGoal") ok = normText(f.goals?.annual?.text) === normText(e.annualGoal);
      else if (field.startsWith("spending.")) ok = spendingOf(e, f, field);
      if (ok) r.fieldsRight++;
      else r.misses.push(`${e.subject}: ${field}`);
    }
    const im = matchIndicators(inds, f.indicators);
    inds.forEach((ei2, k) => {
      const i = im[k];
      if (!i) {
        r.misses.push(`${e.subject}: indicator not found: ${ei2.name}`);
        return;
      }
      r.indicatorsFound++;
      for (const field of indicatorFields(ei2, e.kind)) {
        if (checkIndicator(ei2, i, field)) r.fieldsRight++;
        else r.misses.push(`${e.subject} / ${ei2.name}: ${field} expected ${JSON.stringify((ei2 as unknown as Record<string, unknown>)[field])}`);
      }
    });
  });
  return r;
}

export function listTemplates(dir = TEMPLATES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "expected.json")))
    .map((d) => d.name)
    .sort();
}

/**
 * A flat folder of documents (`<doc>.<ext>`) with their expectations in its `fields/` folder
 * (`fields/<doc>.expected.json`, as a held-out set keeps them): one "template" per document.
 */
export function listFlat(dir: string): string[] {
  return readdirSync(join(dir, "fields"))
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.slice(0, -".expected.json".length))
    .sort();
}

export async function evaluateTemplates(opts: { dir?: string; templates?: string[]; flat?: boolean } = {}): Promise<TemplateEvalSummary> {
  const dir = opts.dir ?? TEMPLATES_DIR;
  const ids = (opts.flat ? listFlat(dir) : listTemplates(dir)).filter((id) => !opts.templates?.length || opts.templates.includes(id));
  const files: FileResult[] = [];
  for (const id of ids) {
    const expectedFile = opts.flat ? join(dir, "fields", `${id}.expected.json`) : join(dir, id, "expected.json");
    const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as { forms: ExpForm[] };
    for (const ext of FORMATS) {
      const file = opts.flat ? join(dir, `${id}${ext}`) : join(dir, id, `${id}${ext}`);
      if (!existsSync(file)) continue;
      const doc = await parseFile(file);
      files.push(scoreDocument(id, `${id}${ext}`, doc, expected.forms));
    }
  }
  const byTemplate: Record<string, Tally> = {};
  const byFormat: Record<string, Tally> = {};
  const overall = emptyTally();
  for (const f of files) {
    add((byTemplate[f.template] ??= emptyTally()), f);
    add((byFormat[f.format] ??= emptyTally()), f);
    add(overall, f);
  }
  return { files, byTemplate, byFormat, overall };
}

function pct(t: Tally): string {
  return `${(accuracy(t) * 100).toFixed(1)}%`;
}

function line(label: string, t: Tally): string {
  return `${label.padEnd(44)} forms ${`${t.formsFound}/${t.formsExpected}`.padStart(7)}  extra ${String(t.formsExtra).padStart(2)}  indicators ${`${t.indicatorsFound}/${t.indicatorsExpected}`.padStart(9)}  fields ${`${t.fieldsRight}/${t.fieldsExpected}`.padStart(11)} ${pct(t).padStart(6)}  silent ${t.silentFiles}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const details = args.includes("--details");
  const json = args.includes("--json");
  const dirAt = args.indexOf("--dir");
  const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
  const only = args.filter((a, k) => !a.startsWith("--") && !(dirAt >= 0 && k === dirAt + 1));
  const s = await evaluateTemplates(dir ? { dir, flat: true, templates: only } : { templates: only });
  if (json) {
    process.stdout.write(JSON.stringify(s, null, 2) + "\n");
    return;
  }
  for (const f of s.files) {
    console.log(line(`${f.template} ${f.format}`, f));
    if (details) for (const m of f.misses) console.log(`    ${m}`);
  }
  console.log("");
  for (const [k, t] of Object.entries(s.byFormat)) console.log(line(`all ${k}`, t));
  console.log(line("overall", s.overall));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
