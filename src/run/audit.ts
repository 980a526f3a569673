/**
 * One streaming pass shared by `report` and `stats`: expand inputs, parse in the pool, check each
 * document, hand it to the caller's collectors, drop it. Returns the check result and the rules'
 * metadata (titles for the views).
 */
import { expandInputs } from "../read/inputs.js";
import { createChecker, type CheckOptions } from "../engine/run.js";
import { loadConfigFile, type Config } from "../engine/config.js";
import type { CheckResult, RuleMeta } from "../engine/types.js";
import type { KpiDocument } from "../model/types.js";
import { forEachDocument } from "./batch.js";
import type { ReadLimits } from "../read/limits.js";

export interface AuditOptions {
  config?: string;
  scheme?: string;
  rules?: string[];
  /** lowest severity kept (the config's minSeverity otherwise) */
  minSeverity?: Config["minSeverity"];
  jobs?: number;
  version?: string;
  label?: string;
  quiet?: boolean;
  limits?: ReadLimits;
  /** stream findings here instead of keeping them (the result's findings are then empty) */
  onFindings?: CheckOptions["onFindings"];
}

export interface AuditRun {
  files: string[];
  missing: string[];
  unreadable: number;
  result: CheckResult;
  rules: RuleMeta[];
}

export async function runAudit(inputs: string[], collect: ((doc: KpiDocument) => void)[], opts: AuditOptions = {}): Promise<AuditRun> {
  let config: Partial<Config> = {};
  if (opts.config) config = loadConfigFile(opts.config);
  if (opts.scheme) config.scheme = opts.scheme;
  if (opts.minSeverity) config.minSeverity = opts.minSeverity;
  const checker = await createChecker({ config, configFile: opts.config, lang: "zh", only: opts.rules, version: opts.version, onFindings: opts.onFindings });
  const { files, missing, problems } = await expandInputs(inputs);
  let unreadable = 0;
  await forEachDocument(
    files,
    (doc) => {
      if (doc.diagnostics.some((d) => d.code.startsWith("read/") && d.severity === "error")) unreadable++;
      checker.add(doc);
      for (const c of collect) c(doc);
    },
    { jobs: opts.jobs, label: opts.label ?? "检查", quiet: opts.quiet, limits: opts.limits, problems },
  );
  // streamed findings: the corpus rules' findings are made and handed over one source file at a time
  const result = opts.onFindings ? await checker.finishStreaming(async () => undefined) : checker.finish();
  return { files, missing, unreadable, result, rules: checker.active.map((r) => r.rule.meta) };
}
