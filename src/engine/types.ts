/**
 * Rule engine contracts. A rule is one module in rules/<rule-id>/rule.ts:
 *
 *   export default defineRule({
 *     meta: { id, category, severity, scope, title, messages, … },
 *     create(ctx) { return { indicator(ind, form, doc) { ctx.report({...}) }, form(form, doc) {…} }; },
 *     finalize(ctx) { … }   // corpus scope: after every document of the run was visited
 *   });
 *
 * Rules never compute coordinates: they pass the form/indicator/field and the engine derives the
 * source, line, page/sheet/cell from the model's `loc`s. Rules never mutate the model.
 */
import type { CorpusStore } from "./corpus.js";
import type { z } from "zod";
import type { Loc } from "../model/loc.js";
import type { Form, FormKind, Indicator, KpiDocument } from "../model/types.js";
import type { Knowledge } from "./knowledge.js";
import type { Services } from "./services.js";

export type Severity = "error" | "warning" | "info";
export type SeverityOrOff = Severity | "off";

export const CATEGORIES = [
  "placeholder",
  "truncation",
  "impossible-target",
  "boilerplate",
  "score-arithmetic",
  "inconsistency",
  "misclassification",
  "vague-value",
  "stale-date",
  "target-drift",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** what a rule looks at: one indicator, one form, one document, or the whole run */
export type Scope = "indicator" | "form" | "document" | "corpus";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface RuleMeta {
  /** kebab-case, equal to the folder name under rules/ */
  id: string;
  category: Category;
  /** default severity; a config file may change it */
  severity: Severity;
  scope: Scope;
  /** which forms the rule applies to */
  appliesTo?: FormKind[];
  title: Bilingual;
  /** one paragraph: what the rule finds and why it matters */
  description: Bilingual;
  /** messageId → template with {{placeholders}} */
  messages: Record<string, Bilingual>;
  /** zod schema of the rule's options (validated before the run; unknown keys rejected) */
  options?: z.ZodTypeAny;
  defaultOptions?: Record<string, unknown>;
}

/** a model node a finding can point at */
export type Field =
  | "name"
  | "level1"
  | "level2"
  | "target"
  | "annualTarget"
  | "annualName"
  | "adjustedTarget"
  | "actual"
  | "weight"
  | "score"
  | "deviation"
  | "description"
  | "explanation"
  | "basis"
  | "scoringMethod"
  | "standard"
  | "remark"
  | "extra"
  | "project.name"
  | "project.details"
  | "project.attribute"
  | "project.period"
  | "project.department"
  | "project.implementer"
  | "funds"
  | "funds.spendingPlan"
  | "goals.period"
  | "goals.annual"
  | "goals.actual"
  | "narrative"
  | "notes"
  | "total"
  | "grade"
  | "form";

/** a lightweight handle on a form, kept by corpus-scope rules instead of the whole form */
export interface FormRef {
  source: string;
  formIndex: number;
  kind: FormKind;
  layout: string;
  line: number;
  loc: Loc;
  project: string;
  department: string | null;
}

export interface Related {
  source: string;
  line: number | null;
  loc?: Loc;
  project?: string;
  text: string;
  note?: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number | null | undefined>;
  /** the form (or a FormRef, in finalize) */
  form: Form | FormRef;
  indicator?: Indicator | null;
  field?: Field;
  /** override the location (e.g. a narrative section's loc); default from field/indicator/form */
  loc?: Loc;
  /** the offending text exactly as in the source */
  evidence: string;
  /** what was expected (期望), for reports */
  expected?: string;
  related?: Related[];
  /** override the rule's configured severity for this one finding (e.g. a weaker variant) */
  severity?: Severity;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** message in the run's language */
  message: string;
  /** the message in the other language (messageZh when lang is en, …) */
  messageZh: string;
  messageEn: string;
  messageId: string;
  data: Record<string, string | number | null>;
  source: string;
  line: number | null;
  page?: number;
  sheet?: string;
  cell?: string;
  table?: number;
  row?: number;
  col?: number;
  kind: FormKind | null;
  layout: string | null;
  formLine: number | null;
  project: string | null;
  department: string | null;
  indicator: string | null;
  level1: string | null;
  level2: string | null;
  field: Field | null;
  /** the column as the form names it, in the run's language ("实施期指标值", "年度指标值", "年初指标值" …);
   *  both columns when one defect stands in the 实施期 and 年度 columns of a row */
  column?: string | null;
  /** other fields of the same row where the same defect stands (reported once, highlighted in each) */
  also?: Field[];
  evidence: string;
  expected?: string;
  related?: Related[];
}

export interface RuleVisitors {
  indicator?(ind: Indicator, form: Form, doc: KpiDocument): void;
  form?(form: Form, doc: KpiDocument): void;
  document?(doc: KpiDocument): void;
}

export interface RuleContext<O = Record<string, unknown>> {
  ruleId: string;
  options: O;
  knowledge: Knowledge;
  services: Services;
  report(d: ReportDescriptor): void;
  /** a FormRef for a form of the current document (for corpus rules) */
  ref(form: Form, doc: KpiDocument): FormRef;
  /** what corpus rules keep to the end of the run, shared by them: texts, refs, shard numbering */
  corpus: CorpusStore;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  create(ctx: RuleContext<O>): RuleVisitors;
  /** corpus scope: called once after all documents have been visited */
  finalize?(ctx: RuleContext<O>): void;
  /**
   * Corpus scope, sharded runs (`check --shard`, `kpi-audit merge`): `save` yields the rule's
   * compact state as JSON-serialisable items (one per form, or per counter), in the order they
   * were collected; `load` adds one such item to a fresh context's state. Loading every shard's
   * items in shard order and then finalizing gives the findings of one run over all the shards.
   */
  shard?: {
    save(ctx: RuleContext<O>): Iterable<unknown>;
    load(ctx: RuleContext<O>, item: unknown): void;
  };
}

export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

export interface CheckSummary {
  documents: number;
  forms: number;
  formsWithFindings: number;
  indicators: number;
  findings: number;
  bySeverity: Record<string, number>;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
}

export interface CheckResult {
  schemaVersion: 1;
  meta: {
    tool: string;
    version: string;
    lang: "zh" | "en";
    scheme: string;
    rules: Record<string, Severity>;
    configHash: string;
    sources: { source: string; sha256?: string; format: string; forms: number }[];
  };
  findings: Finding[];
  /** problems reading or recognising files (unreadable file, unknown layout …) */
  diagnostics: { source: string; code: string; severity: Severity; message: string; line?: number }[];
  summary: CheckSummary;
}
