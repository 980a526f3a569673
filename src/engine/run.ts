/**
 * The check engine: documents in, findings out.
 *
 *   const checker = await createChecker({ config, lang });
 *   for (const doc of docs) checker.add(doc);      // streaming: a document can be dropped after add()
 *   const result = checker.finish();               // corpus rules' finalize, then post-processing
 *
 * Per document: every rule's indicator/form/document visitors run; a rule that throws becomes a
 * diagnostic for that form, and the run goes on. After the last document, corpus-scope rules
 * finalize. Then the message pipeline (textlint's order): dedupe → severity filter → sort.
 */
import { createHash } from "node:crypto";
import type { Form, Indicator, KpiDocument, Value } from "../model/types.js";
import type { Loc } from "../model/loc.js";
import type { CheckResult, Field, Finding, FormRef, ReportDescriptor, Rule, RuleContext, RuleVisitors, Severity } from "./types.js";
import { loadRules } from "./registry.js";
import { ConfigSchema, resolveRules, SEVERITY_RANK, type Config, type ResolvedRule } from "./config.js";
import { loadKnowledge, type Knowledge } from "./knowledge.js";
import { createServices, detach, type Services } from "./services.js";
import { interpolate } from "./interpolate.js";
import { CORPUS_STATE, createCorpusStore } from "./corpus.js";
import { FIELD_NAMES_EN, FIELD_NAMES_ZH } from "./fields.js";
import { fundsLoc } from "./services/scoring.js";
import { collectGarbage } from "../report/collect.js";

/**
 * From this many forms on, the corpus rules' finalize is bracketed by full collections (decision
 * 135). V8 sets the old generation's limit from what was live at its last full collection, up to
 * about four times that; the last one of a large run falls while the documents stream, so each
 * rule's finalize — its index over the run's state, dead once it has reported — piled up on the
 * previous rules' garbage (50,000 forms: heap used 206 → 516 MB across the five finalizes, about
 * 215 MB live at the end), the run's peak. A collection before each finalize starts it from what is
 * live; one after the last leaves the findings' writing the same. Small runs do not pay for it.
 */
export const COLLECT_BETWEEN_FINALIZE_FORMS = 5_000;

export interface CheckOptions {
  config?: Partial<Config>;
  /** path of the config file, for error messages */
  configFile?: string;
  lang?: "zh" | "en";
  /** only these rule ids (after config) */
  only?: string[];
  /** rules to use instead of the discovered ones (tests) */
  rules?: Rule[];
  /**
   * Streaming: when set, each document's findings are post-processed (dedupe, severity filter,
   * sort) as soon as the document is checked and handed here instead of being kept; corpus-scope
   * findings follow from finish(). The result's `findings` is then empty and only the summary counts
   * are kept, so memory does not grow with the number of findings.
   */
  onFindings?: (findings: Finding[], phase: "document" | "corpus") => void;
  version?: string;
  /** measurement only (the bench's --memory): called after each corpus rule's finalize */
  onFinalized?: (ruleId: string) => void;
}

interface Active {
  resolved: ResolvedRule;
  ctx: RuleContext;
  visitors: RuleVisitors;
  /** the form kinds the rule applies to (its meta's appliesTo, both kinds by default) */
  kinds: ReadonlySet<string>;
}

const ALL_KINDS: ReadonlySet<string> = new Set(["target", "self-assessment"]);

const VALUE_FIELDS = new Set<Field>(["target", "annualTarget", "adjustedTarget", "actual"]);

function isForm(f: Form | FormRef): f is Form {
  return (f as Form).indicators !== undefined;
}

/** where a finding points: explicit loc, else the field's own loc, else the indicator's, else the form's */
export function locate(d: ReportDescriptor): Loc {
  if (d.loc) return d.loc;
  const ind = d.indicator;
  const f = d.field;
  if (ind && f) {
    if (VALUE_FIELDS.has(f)) {
      const v = ind[f as "target"] as Value | null;
      if (v?.loc) return v.loc;
    }
    if (f === "name" && ind.nameLoc) return ind.nameLoc;
  }
  if (ind) return ind.loc;
  if (isForm(d.form)) {
    const form = d.form;
    if (f === "funds") return fundsLoc(form);
    if (f === "funds.spendingPlan") return form.funds.loc ?? form.loc;
    if (f === "goals.annual" && form.goals.annual) return form.goals.annual.loc;
    if (f === "goals.period" && form.goals.period) return form.goals.period.loc;
    if (f === "goals.actual" && form.goals.actual) return form.goals.actual.loc;
    if ((f === "total" || f === "grade") && form.fields.total) return form.fields.total.loc;
    if ((f === "project.name" || f === "project.attribute" || f === "project.period" || f === "project.department" || f === "project.implementer") && form.fields[f]) return form.fields[f].loc;
  }
  return d.form.loc;
}

/** findings of the per-document rules, computed elsewhere (a worker thread) for one document */
export interface Precomputed {
  /** ids of the rules that were run there (they are skipped here) */
  ruleIds: string[];
  findings: Finding[];
  /** rule-error diagnostics raised there */
  diagnostics: CheckResult["diagnostics"];
}

/** what a shard counted besides findings: as `finish()` would report it for that part of the run */
export interface ShardTotals {
  sources: CheckResult["meta"]["sources"];
  forms: number;
  indicators: number;
  diagnostics: CheckResult["diagnostics"];
}

export interface Checker {
  add(doc: KpiDocument, pre?: Precomputed): void;
  finish(): CheckResult;
  /**
   * As finish(), for a streaming caller (`onFindings` set): the corpus rules' findings are made and
   * handed over one source file at a time (same findings, same order as finish()'s one chunk), and
   * `drained()` is awaited after each, so that they are written before the next are made.
   */
  finishStreaming(drained: () => Promise<void>): Promise<CheckResult>;
  /** sharded runs: the corpus rules' compact state, item by item (instead of finish()) */
  shardState(): Iterable<{ rule: string; item: unknown }>;
  /** sharded runs: the shard's totals (instead of finish()) */
  shardTotals(): ShardTotals;
  /** merge: count a shard's per-document findings (already post-processed) as this run's */
  mergeFindings(findings: Finding[]): void;
  /** merge: add a shard's totals */
  mergeTotals(t: ShardTotals): void;
  /** merge: add one state item of a corpus rule */
  mergeState(rule: string, item: unknown): void;
  /** the diagnostics collected so far, removed from the checker (worker threads report per document) */
  drainDiagnostics(): CheckResult["diagnostics"];
  readonly knowledge: Knowledge;
  readonly active: ResolvedRule[];
}

export async function createChecker(opts: CheckOptions = {}): Promise<Checker> {
  const lang = opts.lang ?? "zh";
  const config = ConfigSchema.parse(opts.config ?? {});
  const knowledge = loadKnowledge(config.scheme, config.knowledgeDirs);
  const services: Services = createServices();
  const all = opts.rules ?? (await loadRules());
  let resolved = resolveRules(all, config, opts.configFile);
  if (opts.only?.length) {
    const known = new Set(all.map((r) => r.meta.id));
    for (const id of opts.only) if (!known.has(id)) throw new Error(`没有这条规则：${id} / unknown rule: ${id}`);
    resolved = resolved.filter((r) => opts.only!.includes(r.rule.meta.id));
  }

  let findings: Finding[] = [];
  const diagnostics: CheckResult["diagnostics"] = [];
  // summary counts, kept incrementally so that streamed findings need not be kept
  // forms with findings: per source, its forms' lines (one small set per file, not a string per form)
  const tally = { total: 0, bySeverity: {} as Record<string, number>, byCategory: {} as Record<string, number>, byRule: {} as Record<string, number>, forms: new Map<string, Set<number | null>>(), formCount: 0 };
  const count = (out: Finding[]) => {
    for (const f of out) {
      tally.total++;
      tally.bySeverity[f.severity] = (tally.bySeverity[f.severity] ?? 0) + 1;
      tally.byCategory[f.category] = (tally.byCategory[f.category] ?? 0) + 1;
      tally.byRule[f.ruleId] = (tally.byRule[f.ruleId] ?? 0) + 1;
      let lines = tally.forms.get(f.source);
      if (!lines) tally.forms.set(f.source, (lines = new Set()));
      if (!lines.has(f.formLine)) {
        lines.add(f.formLine);
        tally.formCount++;
      }
    }
  };
  const sources: CheckResult["meta"]["sources"] = [];
  let forms = 0;
  let indicators = 0;
  let current: { doc: KpiDocument } | null = null;
  const formIndex = new WeakMap<Form, number>();

  /** a dual-column target form (实施期 and 年度 values), asked per finding: kept for the last form */
  let dualOf: Form | null = null;
  let dual = false;
  const isDual = (form: Form): boolean => {
    if (form !== dualOf) {
      dualOf = form;
      dual = dualColumns(form);
    }
    return dual;
  };

  function makeFinding(r: ResolvedRule, d: ReportDescriptor, doc: KpiDocument | null): Finding {
    const meta = r.rule.meta;
    const tpl = meta.messages[d.messageId];
    if (!tpl) throw new Error(`rule ${meta.id}: unknown messageId ${d.messageId}`);
    const data: Record<string, string | number | null> = {};
    const given = d.data;
    if (given) for (const k of Object.keys(given)) data[k] = given[k] === undefined ? null : given[k];
    const zh = interpolate(tpl.zh, data);
    const en = interpolate(tpl.en, data);
    const loc = locate(d);
    const form = d.form;
    const ind: Indicator | null | undefined = d.indicator;
    const source = isForm(form) ? (doc?.source ?? "") : form.source;
    const project = isForm(form) ? form.project.name : form.project;
    const department = isForm(form) ? (form.project.department ?? doc?.department ?? null) : form.department;
    const f: Finding = {
      ruleId: meta.id,
      category: meta.category,
      severity: findingSeverity(r, d),
      message: lang === "en" ? en : zh,
      messageZh: zh,
      messageEn: en,
      messageId: d.messageId,
      data,
      source,
      line: loc.line ?? null,
      kind: form.kind,
      layout: form.layout,
      formLine: form.line,
      project: project || null,
      department,
      indicator: ind ? ind.name : null,
      level1: ind ? ind.level1 : null,
      level2: ind ? ind.level2 : null,
      field: d.field ?? null,
      column: d.field ? columnName(d.field, isForm(form) ? form : null, lang, isForm(form) ? isDual(form) : false) : null,
      evidence: d.evidence,
    };
    if (loc.page !== undefined) f.page = loc.page;
    if (loc.sheet !== undefined) f.sheet = loc.sheet;
    if (loc.cell !== undefined) f.cell = loc.cell;
    if (loc.table !== undefined) f.table = loc.table;
    if (loc.row !== undefined) f.row = loc.row;
    if (loc.col !== undefined) f.col = loc.col;
    if (d.expected !== undefined) f.expected = d.expected;
    if (d.related?.length) f.related = d.related;
    return f;
  }

  // what the corpus rules keep to the end of the run, held once for all of them
  const corpus = createCorpusStore();
  /** the corpus rules' findings, as reported in finalize, until they are made (see report) */
  let deferred: { r: ResolvedRule; d: ReportDescriptor }[] = [];
  let finalizing = false;
  /** the source file a finding of this descriptor names (as makeFinding sets it, with no document) */
  const sourceOf = (d: ReportDescriptor) => (isForm(d.form) ? "" : d.form.source);
  const active: Active[] = resolved.map((res) => {
    const kinds = res.rule.meta.appliesTo ? new Set<string>(res.rule.meta.appliesTo) : ALL_KINDS;
    const ctx: RuleContext = {
      ruleId: res.rule.meta.id,
      options: res.options,
      knowledge,
      services,
      report(d) {
        if (isForm(d.form) && !kinds.has(d.form.kind)) return;
        if (!finalizing) return void findings.push(makeFinding(res, d, current?.doc ?? null));
        // the corpus rules' findings are made when they are written (finish): a descriptor names
        // texts and refs the rules already hold, a finding adds its messages in two languages
        if (!res.rule.meta.messages[d.messageId]) throw new Error(`rule ${res.rule.meta.id}: unknown messageId ${d.messageId}`);
        deferred.push({ r: res, d });
      },
      ref(form, doc) {
        return corpus.ref(form, doc, formIndex.get(form) ?? -1);
      },
      corpus,
    };
    return { resolved: res, ctx, visitors: res.rule.create(ctx), kinds };
  });

  function ruleError(a: Active, doc: KpiDocument, line: number | undefined, e: unknown) {
    diagnostics.push({
      source: doc.source,
      code: "rule-error",
      severity: "error",
      line,
      message: `规则 ${a.resolved.rule.meta.id} 运行出错：${(e as Error).message}`,
    });
  }

  function finish(): CheckResult {
    finalizeAll();
    let out: Finding[];
    if (opts.onFindings) {
      // the same findings in the same order as one postProcess over all: see corpusChunks
      out = [];
      for (const chunk of corpusChunks()) for (const f of chunk) out.push(f);
    } else {
      for (const { r, d } of deferred) findings.push(makeFinding(r, d, null));
      deferred = [];
      out = postProcess(findings, config.minSeverity);
      findings = [];
    }
    count(out);
    if (opts.onFindings) opts.onFindings(out, "corpus");
    return result(out);
  }

  const unshardable = () => active.filter((a) => a.resolved.rule.finalize && !a.resolved.rule.shard).map((a) => a.resolved.rule.meta.id);
  return {
    knowledge,
    active: resolved,
    *shardState() {
      const missing = unshardable();
      if (missing.length) throw new Error(`这些规则不支持分片运行：${missing.join(", ")} / these rules cannot run sharded: ${missing.join(", ")}`);
      for (const a of active) {
        const sh = a.resolved.rule.shard;
        if (!sh) continue;
        for (const item of sh.save(a.ctx)) {
          // the shared texts and refs the item names, each once per shard, before their first use
          for (const rec of corpus.drain()) yield { rule: CORPUS_STATE, item: rec };
          yield { rule: a.resolved.rule.meta.id, item };
        }
      }
    },
    shardTotals() {
      return { sources, forms, indicators, diagnostics };
    },
    mergeFindings(chunk) {
      count(chunk);
    },
    mergeTotals(t) {
      sources.push(...t.sources);
      forms += t.forms;
      indicators += t.indicators;
      diagnostics.push(...t.diagnostics);
      corpus.endShard(); // a shard's totals close it: the next shard numbers its texts afresh
    },
    mergeState(rule, item) {
      if (rule === CORPUS_STATE) return corpus.load(item);
      const a = active.find((x) => x.resolved.rule.meta.id === rule);
      if (!a?.resolved.rule.shard) throw new Error(`分片里有未启用或不支持分片的规则：${rule} / the shard holds state of a rule not active or not shardable here: ${rule}`);
      a.resolved.rule.shard.load(a.ctx, item);
    },
    drainDiagnostics() {
      return diagnostics.splice(0, diagnostics.length);
    },
    add(doc, pre) {
      current = { doc };
      const skip = pre ? new Set(pre.ruleIds) : null;
      if (pre) {
        findings.push(...pre.findings);
        diagnostics.push(...pre.diagnostics);
      }
      sources.push({ source: doc.source, sha256: doc.sha256, format: doc.format, forms: doc.forms.length });
      for (const d of doc.diagnostics) {
        diagnostics.push({ source: doc.source, code: d.code, severity: d.severity, message: lang === "en" && d.messageEn ? d.messageEn : d.message, line: d.line });
      }
      // the rules that run here (not in a worker), and their visitors, found once per document: a
      // visitor is called per rule and indicator, so the loop allocates nothing per call
      const here = skip ? active.filter((a) => !skip.has(a.resolved.rule.meta.id)) : active;
      for (let i = 0; i < doc.forms.length; i++) {
        const form = doc.forms[i];
        formIndex.set(form, i);
        forms++;
        indicators += form.indicators.length;
        for (const a of here) {
          if (!a.kinds.has(form.kind)) continue;
          const v = a.visitors;
          if (v.indicator) {
            for (const ind of form.indicators) {
              try {
                v.indicator(ind, form, doc);
              } catch (e) {
                ruleError(a, doc, ind.line, e);
              }
            }
          }
          if (v.form) {
            try {
              v.form(form, doc);
            } catch (e) {
              ruleError(a, doc, form.line, e);
            }
          }
        }
      }
      for (const a of here) {
        const v = a.visitors;
        if (!v.document) continue;
        try {
          v.document(doc);
        } catch (e) {
          ruleError(a, doc, undefined, e);
        }
      }
      current = null;
      if (opts.onFindings) {
        const out = postProcess(findings, config.minSeverity);
        findings = [];
        count(out);
        opts.onFindings(out, "document");
      }
    },
    finish,
    async finishStreaming(drained) {
      if (!opts.onFindings) return finish();
      finalizeAll();
      for (const chunk of corpusChunks()) {
        count(chunk);
        opts.onFindings(chunk, "corpus");
        await drained();
      }
      return result([]);
    },
  };

  function finalizeAll(): void {
    finalizing = true;
    // a large run: one full collection before each corpus rule's finalize and after the last (decision 135)
    const collect = forms >= COLLECT_BETWEEN_FINALIZE_FORMS && active.some((a) => a.resolved.rule.finalize);
    for (const a of active) {
      if (a.resolved.rule.finalize) {
        if (collect) collectGarbage();
        try {
          a.resolved.rule.finalize(a.ctx);
        } catch (e) {
          diagnostics.push({ source: "", code: "rule-error", severity: "error", message: `规则 ${a.resolved.rule.meta.id} 运行出错：${(e as Error).message}` });
        }
        opts.onFinalized?.(a.resolved.rule.meta.id);
      }
    }
    if (collect) collectGarbage();
    finalizing = false;
  }

  /**
   * The corpus rules' findings, post-processed one source file at a time, in the order of the
   * files' names. Post-processing one file's findings apart is the same as all together: its dedupe
   * and twin keys and the sort start with the source, and the sort is stable.
   */
  function* corpusChunks(): Generator<Finding[]> {
    const bySource = new Map<string, { r: ResolvedRule; d: ReportDescriptor }[]>();
    for (const p of deferred) {
      const src = sourceOf(p.d);
      const list = bySource.get(src);
      if (list) list.push(p);
      else bySource.set(src, [p]);
    }
    deferred = [];
    const prior = findings; // reported outside finalize (none when documents are streamed)
    findings = [];
    for (const f of prior) if (!bySource.has(f.source)) bySource.set(f.source, []);
    const sources = [...bySource.keys()].sort((a, b) => cmp(a, b));
    for (const src of sources) {
      const made = prior.filter((f) => f.source === src);
      for (const { r, d } of bySource.get(src)!) made.push(makeFinding(r, d, null));
      bySource.delete(src);
      const out = postProcess(made, config.minSeverity);
      if (out.length) yield out;
    }
  }

  function result(out: Finding[]): CheckResult {
    const sorted = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const rulesMeta: Record<string, Severity> = {};
    for (const r of resolved) rulesMeta[r.rule.meta.id] = r.severity;
    return {
      schemaVersion: 1,
      meta: {
        tool: "kpi-audit",
        version: opts.version ?? "0.0.0",
        lang,
        scheme: config.scheme,
        rules: rulesMeta,
        configHash: createHash("sha256").update(JSON.stringify(config)).digest("hex").slice(0, 16),
        sources,
      },
      findings: opts.onFindings ? [] : out,
      diagnostics,
      summary: {
        documents: sources.length,
        forms,
        formsWithFindings: tally.formCount,
        indicators,
        findings: tally.total,
        bySeverity: sorted(tally.bySeverity),
        byCategory: sorted(tally.byCategory),
        byRule: sorted(tally.byRule),
      },
    };
  }
}

/**
 * A finding's severity: the rule's default, unless the finding names its own (a weaker variant such
 * as an info, or a stronger one such as an error "when the unit proves it"). A severity set in the
 * config file is a ceiling: the finding keeps a weaker own severity but never exceeds the config's.
 */
export function findingSeverity(r: ResolvedRule, d: ReportDescriptor): Severity {
  if (!d.severity) return r.severity;
  if (r.configured) return SEVERITY_RANK[d.severity] < SEVERITY_RANK[r.severity] ? d.severity : r.severity;
  return d.severity;
}

/**
 * The column a field stands in, as the form names it: a dual-column target form's 实施期 and 年度
 * value columns, a self-assessment's 年初指标值, else the field's own name.
 */
export function columnName(field: Field, form: Form | null, lang: "zh" | "en", dual = !!form && dualColumns(form)): string {
  const zh = lang === "zh";
  if (field === "target" && form?.kind === "self-assessment") return zh ? "年初指标值" : "initial target";
  if (field === "target" && dual) return zh ? "实施期指标值" : "period target";
  if (field === "name" && dual) return zh ? "实施期三级指标" : "period indicator";
  return (zh ? FIELD_NAMES_ZH : FIELD_NAMES_EN)[field];
}

/** a target form with 实施期 and 年度 value columns */
function dualColumns(form: Form): boolean {
  return form.kind === "target" && form.indicators.some((i) => i.annualTarget);
}

/** the year column's twin of a period-column field (dual-column target forms) */
const ANNUAL_TWIN: Partial<Record<Field, Field>> = { target: "annualTarget", name: "annualName" };

/**
 * One finding per defect: where a rule reports the same text in the 实施期 and the 年度 column of one
 * row (same rule, row, message kind and evidence), keep the period finding, name both columns and
 * remember the year field so both cells stay highlighted.
 */
function mergeTwins(findings: Finding[]): Finding[] {
  const key = (f: Finding, field: Field | null) => [f.ruleId, f.source, f.line, f.formLine, field, f.messageId, f.evidence, f.indicator].join("\u0000");
  const annual = new Map<string, Finding>();
  for (const f of findings) if (f.field === "annualTarget" || f.field === "annualName") annual.set(key(f, f.field), f);
  if (!annual.size) return findings;
  const dropped = new Set<Finding>();
  for (const f of findings) {
    const twinField = f.field ? ANNUAL_TWIN[f.field] : undefined;
    if (!twinField) continue;
    const twin = annual.get(key(f, twinField));
    if (!twin || dropped.has(twin) || twin.severity !== f.severity) continue;
    dropped.add(twin);
    const en = f.message !== f.messageZh;
    f.also = [...(f.also ?? []), twinField];
    f.column = [f.column, twin.column].filter(Boolean).join(en ? ", " : "、");
    f.messageZh = `${f.messageZh}（实施期、年度两栏相同）`;
    f.messageEn = `${f.messageEn} (same in the period and annual columns)`;
    f.message = en ? f.messageEn : f.messageZh;
  }
  return findings.filter((f) => !dropped.has(f));
}

/** what makes two findings one defect reported twice (postProcess keeps the first) */
export function findingKey(f: Finding): string {
  return [f.ruleId, f.source, f.line, f.formLine, f.field, f.messageId, f.evidence, f.indicator].join("\u0000");
}

/** dedupe → merge period/year twins → severity filter → sort (source, line, rule, field, evidence): same input, same bytes */
export function postProcess(findings: Finding[], minSeverity: Severity): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of mergeTwins(findings)) {
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[minSeverity]) continue;
    const key = findingKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort(compareFindings);
}

const cmp = (a: string | number | null, b: string | number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** the order of a findings list: source, form, line, rule, field, evidence, message */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.source, b.source) ||
    cmp(a.formLine, b.formLine) ||
    cmp(a.line, b.line) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.field, b.field) ||
    cmp(a.evidence, b.evidence) ||
    cmp(a.message, b.message)
  );
}

/**
 * A checker for the per-document rules (those without finalize) of a configuration, as a worker
 * thread runs them: `check(doc)` returns that document's findings and rule errors; the main thread
 * adds them with `checker.add(doc, pre)` and runs the run-wide rules itself. Same rules, options and
 * messages as a serial run, so the same findings.
 */
export async function createDocumentChecker(opts: CheckOptions): Promise<{ ruleIds: string[]; check(doc: KpiDocument): Precomputed }> {
  const probe = await createChecker(opts);
  const ruleIds = probe.active.filter((r) => !r.rule.finalize).map((r) => r.rule.meta.id);
  let out: Finding[] = [];
  const local = ruleIds.length ? await createChecker({ ...opts, only: ruleIds, onFindings: (f) => out.push(...f) }) : null;
  return {
    ruleIds,
    check(doc) {
      if (!local) return { ruleIds, findings: [], diagnostics: [] };
      out = [];
      local.add(doc);
      return { ruleIds, findings: out, diagnostics: local.drainDiagnostics().filter((d) => d.code === "rule-error") };
    },
  };
}

/** convenience: check already-parsed documents in one call */
export async function checkDocuments(docs: KpiDocument[], opts: CheckOptions = {}): Promise<CheckResult> {
  const c = await createChecker(opts);
  for (const d of docs) c.add(d);
  return c.finish();
}
