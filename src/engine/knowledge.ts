/**
 * Knowledge a reviewer may edit without code: lexicons (rules/lexicons/*.yml) and scoring schemes
 * (rules/schemes/*.yml). Every file is validated at load; an error names the file and the key.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { packageRoot } from "./paths.js";
import { detach } from "../model/strings.js";

export const LexiconSchema = z
  .object({
    description: z.string(),
    /** literal terms (matched as whole values or substrings, as the rule says) */
    terms: z.array(z.string()).default([]),
    /** regular expressions (JavaScript syntax, unicode flag) */
    patterns: z.array(z.string()).default([]),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema> & { id: string; regexps: RegExp[] };

/** a whole text (already compacted by the caller) that is one of the lexicon's terms or matches one of its patterns */
export function lexiconMatches(lex: Lexicon, text: string): boolean {
  // once per lexicon and distinct text: values and explanations recur on every copy of a form, and a
  // lexicon is a list of terms and patterns tried in turn. The memo belongs to the lists it was
  // made from (a lexicon built or changed by a caller gets a fresh one); bounded, keys detached.
  let m = MATCHES.get(lex);
  if (!m || m.terms !== lex.terms || m.regexps !== lex.regexps || m.termCount !== lex.terms.length || m.regexpCount !== lex.regexps.length) {
    MATCHES.set(lex, (m = { terms: lex.terms, regexps: lex.regexps, termCount: lex.terms.length, regexpCount: lex.regexps.length, termSet: new Set(lex.terms), memo: new Map() }));
  }
  let hit = m.memo.get(text);
  if (hit === undefined) {
    if (m.memo.size >= MATCHES_CAP) m.memo.clear();
    hit = m.termSet.has(text) || lex.regexps.some((re) => re.test(text));
    m.memo.set(detach(text), hit);
  }
  return hit;
}
const MATCHES = new WeakMap<Lexicon, { terms: string[]; regexps: RegExp[]; termCount: number; regexpCount: number; termSet: ReadonlySet<string>; memo: Map<string, boolean> }>();
const MATCHES_CAP = 20_000;

/** a grade band; `aliases` are the longer words forms write for the same grade ("优秀" for 优, "良好" for 良) */
const Grade = z.object({ grade: z.string(), min: z.number(), aliases: z.array(z.string()).optional() }).strict();

export const SchemeSchema = z
  .object({
    description: z.string(),
    /** 分值 of the budget-execution line */
    budgetWeight: z.number().nonnegative(),
    /** Σ分值 of the indicators */
    indicatorWeight: z.number().nonnegative(),
    /**
     * other points a form under this scheme may give its budget line, telling it only by its indicators'
     * 分值 leaving that rest of the full marks (预算执行情况（20分） beside indicators worth 80)
     */
    otherBudgetWeights: z.array(z.number().positive()).default([20]),
    /** 分值 per level 1, when the scheme fixes it (null = free) */
    level1Weights: z.record(z.string(), z.number()).nullable().default(null),
    /** grade bands, highest first; a total ≥ min gets the grade. `strict: true` means > for the top band */
    grades: z.array(Grade).min(2),
    topGradeStrict: z.boolean().default(false),
    /** budget score = min(rate, 1) × budgetWeight when true; rate × budgetWeight when false */
    capBudgetScore: z.boolean().default(true),
    /** reverse (≤) targets: "ratio" = 分值 × target/actual, "linear" = 分值 × (1 − (actual − target)/target) */
    reverseFormula: z.enum(["ratio", "linear"]).default("ratio"),
    /** qualitative tiers as shares of 分值: achieved ≥ full, partly ≥ partial */
    qualitativeTiers: z.object({ full: z.number(), partial: z.number() }).strict().default({ full: 0.8, partial: 0.6 }),
    tolerance: z
      .object({ score: z.number(), rate: z.number(), money: z.number() })
      .strict()
      .default({ score: 0.5, rate: 1, money: 0.01 }),
    /** warnings of the provincial system: indicator score rate ahead of execution rate by more than this share */
    redFlagLead: z.number().default(0.05),
    /** share of unspent budget that raises a yellow flag */
    yellowFlagUnspent: z.number().default(0.2),
    /**
     * budget execution rate (%) below which a self-assessment must say why: why the money was not spent
     * (low-execution-reason), and why the budget-execution row scored in the indicator table lost its
     * points (weak-evidence; at this rate or above those points follow the rate by formula). One setting
     * for both rules; a rule's own `minRate` option overrides it for that rule alone.
     */
    reasonBelowRate: z.number().positive().max(100).default(90),
  })
  .strict();
export type Scheme = z.infer<typeof SchemeSchema> & { id: string };

export class KnowledgeError extends Error {
  constructor(
    public readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "KnowledgeError";
  }
}

export interface Knowledge {
  lexicon(id: string): Lexicon;
  scheme: Scheme;
  schemes: Record<string, Scheme>;
  lexicons: Record<string, Lexicon>;
}

function loadYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new KnowledgeError(file, `YAML 语法错误 / YAML syntax error: ${(e as Error).message}`);
  }
}

function zodMessage(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

export function loadLexicon(file: string): Lexicon {
  const raw = loadYaml(file);
  const r = LexiconSchema.safeParse(raw);
  if (!r.success) throw new KnowledgeError(file, zodMessage(r.error));
  const regexps = r.data.patterns.map((p, i) => {
    try {
      return new RegExp(p, "u");
    } catch (e) {
      throw new KnowledgeError(file, `patterns.${i}: 无效的正则表达式 / invalid regular expression: ${(e as Error).message}`);
    }
  });
  return { ...r.data, id: basename(file).replace(/\.ya?ml$/, ""), regexps };
}

export function loadScheme(file: string): Scheme {
  const raw = loadYaml(file);
  const r = SchemeSchema.safeParse(raw);
  if (!r.success) throw new KnowledgeError(file, zodMessage(r.error));
  return { ...r.data, id: basename(file).replace(/\.ya?ml$/, "") };
}

function loadDir<T>(dir: string, load: (f: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (/\.ya?ml$/.test(f)) out[f.replace(/\.ya?ml$/, "")] = load(join(dir, f));
  }
  return out;
}

let cache: { lexicons: Record<string, Lexicon>; schemes: Record<string, Scheme> } | null = null;

/** Load (once per process) every lexicon and scheme under rules/, plus extra dirs if given. */
export function loadKnowledge(schemeId = "national", extraDirs: string[] = []): Knowledge {
  if (!cache || extraDirs.length) {
    const root = packageRoot();
    const lexicons = loadDir(join(root, "rules", "lexicons"), loadLexicon);
    const schemes = loadDir(join(root, "rules", "schemes"), loadScheme);
    for (const d of extraDirs) {
      Object.assign(lexicons, loadDir(join(d, "lexicons"), loadLexicon));
      Object.assign(schemes, loadDir(join(d, "schemes"), loadScheme));
    }
    cache = { lexicons, schemes };
  }
  const { lexicons, schemes } = cache;
  const scheme = schemes[schemeId];
  if (!scheme) {
    throw new KnowledgeError("rules/schemes", `找不到评分方案 ${schemeId}（可选：${Object.keys(schemes).join(", ")}） / unknown scheme ${schemeId}`);
  }
  return {
    lexicons,
    schemes,
    scheme,
    lexicon(id: string) {
      const l = lexicons[id];
      if (!l) throw new KnowledgeError(`rules/lexicons/${id}.yml`, "词表不存在 / no such lexicon");
      return l;
    },
  };
}
