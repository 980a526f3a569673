/**
 * Run configuration: which rules run at which severity, with which options, under which scoring
 * scheme. Loaded from a YAML or JSON file (`--config`), validated; unknown keys and unknown rule ids
 * are errors that name the file.
 *
 *   scheme: national            # rules/schemes/<id>.yml
 *   minSeverity: info           # findings below are dropped
 *   rules:
 *     placeholder-value: error  # off | info | warning | error
 *     vague-value: [warning, { levels: [满意度] }]
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Rule, Severity, SeverityOrOff } from "./types.js";
import { KnowledgeError } from "./knowledge.js";

const Level = z.enum(["off", "info", "warning", "error"]);
const RuleSetting = z.union([Level, z.tuple([Level]), z.tuple([Level, z.record(z.string(), z.unknown())])]);

export const ConfigSchema = z
  .object({
    scheme: z.string().default("national"),
    minSeverity: z.enum(["info", "warning", "error"]).default("info"),
    rules: z.record(z.string(), RuleSetting).default({}),
    /** extra folders holding lexicons/ and schemes/ */
    knowledgeDirs: z.array(z.string()).default([]),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  /** true when the config file changed the severity: it is then a ceiling for every finding of the rule */
  configured?: boolean;
  options: Record<string, unknown>;
}

export function loadConfigFile(file: string): Config {
  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new KnowledgeError(file, `无法读取配置 / cannot read config: ${(e as Error).message}`);
  }
  const r = ConfigSchema.safeParse(raw ?? {});
  if (!r.success) throw new KnowledgeError(file, r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return r.data;
}

export const SEVERITY_RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** Apply config to the rule registry: severities, options (validated by each rule's schema). */
export function resolveRules(all: Rule[], config: Config, file = "config"): ResolvedRule[] {
  const byId = new Map(all.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) throw new KnowledgeError(file, `rules.${id}: 没有这条规则 / unknown rule (known: ${[...byId.keys()].join(", ")})`);
  }
  const out: ResolvedRule[] = [];
  for (const rule of all) {
    const setting = config.rules[rule.meta.id];
    let level: SeverityOrOff = rule.meta.severity;
    let opts: Record<string, unknown> = {};
    if (typeof setting === "string") level = setting;
    else if (Array.isArray(setting)) {
      level = setting[0];
      opts = (setting[1] as Record<string, unknown>) ?? {};
    }
    if (level === "off") continue;
    const merged = { ...(rule.meta.defaultOptions ?? {}), ...opts };
    if (rule.meta.options) {
      const r = rule.meta.options.safeParse(merged);
      if (!r.success) throw new KnowledgeError(file, `rules.${rule.meta.id}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      out.push({ rule, severity: level, configured: level !== rule.meta.severity, options: r.data as Record<string, unknown> });
    } else {
      if (Object.keys(opts).length) throw new KnowledgeError(file, `rules.${rule.meta.id}: 这条规则没有选项 / this rule takes no options`);
      out.push({ rule, severity: level, configured: level !== rule.meta.severity, options: merged });
    }
  }
  return out;
}
