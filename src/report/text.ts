/**
 * Terminal formatter: findings grouped by file, then by form (project), one line per finding:
 *   l.598  错误  placeholder-value  指标值“=个”只有比较符和单位，没有填写数值。  [涉及取暖部门]
 */
import type { CheckResult, Finding } from "../engine/types.js";
import { formatLoc } from "../model/loc.js";

const SEV_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
const SEV_EN: Record<string, string> = { error: "error", warning: "warning", info: "info" };

export interface TextOptions {
  lang: "zh" | "en";
  color: boolean;
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function where(f: Finding): string {
  return formatLoc({ line: f.line ?? undefined, page: f.page, sheet: f.sheet, cell: f.cell, table: f.table, row: f.table !== undefined ? f.row : undefined });
}

export function formatText(result: CheckResult, opts: TextOptions): string {
  return formatFindingsText(result.findings, opts) + formatSummaryText(result, opts);
}

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * Within each form, errors first, then warnings, then info (stable: line order within a severity).
 * Files and forms keep the run's order, so the output stays grouped and deterministic.
 */
export function bySeverityWithinForm(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.source}\u0000${f.formLine}`;
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) out.push(...list.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map((x) => x.f));
  return out;
}

/** findings grouped by file, then by form (project), errors first within a form; one block per file */
export function formatFindingsText(all: readonly Finding[], opts: TextOptions): string {
  const findings = bySeverityWithinForm(all);
  const en = opts.lang === "en";
  const sev = en ? SEV_EN : SEV_ZH;
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.source) ?? [];
    list.push(f);
    byFile.set(f.source, list);
  }
  for (const [file, list] of byFile) {
    out.push(paint(opts.color, "4", file));
    let formKey = "";
    for (const f of list) {
      const k = `${f.formLine}`;
      if (k !== formKey) {
        formKey = k;
        const kind = f.kind === "self-assessment" ? (en ? "self-assessment" : "自评表") : en ? "target form" : "目标表";
        out.push(`  ${paint(opts.color, "1", f.project ?? (en ? "(no project name)" : "（无项目名称）"))}  ${paint(opts.color, "2", `${kind} l.${f.formLine}`)}`);
      }
      const color = f.severity === "error" ? "31" : f.severity === "warning" ? "33" : "36";
      const ind = f.indicator ? paint(opts.color, "2", `  [${f.indicator}]`) : "";
      out.push(`    ${where(f).padEnd(9)} ${paint(opts.color, color, sev[f.severity].padEnd(en ? 7 : 2))}  ${f.column ? `[${f.column}] ` : ""}${f.message}  ${paint(opts.color, "2", f.ruleId)}${ind}`);
    }
    out.push("");
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** heading before the findings of rules that compare forms across the run (streamed output) */
export function formatCorpusHeading(opts: TextOptions): string {
  return paint(opts.color, "1", opts.lang === "en" ? "== Across forms and files (copied text, goals of other projects, drift from filed targets) ==" : "== 跨表、跨文件比对（照搬文字、目标张冠李戴、与申报目标不一致等） ==") + "\n";
}

/** diagnostics and the closing summary line */
export function formatSummaryText(result: CheckResult, opts: TextOptions): string {
  const en = opts.lang === "en";
  const sev = en ? SEV_EN : SEV_ZH;
  const out: string[] = [];
  for (const d of result.diagnostics) {
    if (d.severity === "info") continue;
    out.push(`${d.source}${d.line ? `:${d.line}` : ""}: ${paint(opts.color, d.severity === "error" ? "31" : "33", sev[d.severity])} ${d.message}`);
  }
  const s = result.summary;
  const cats = Object.entries(s.byCategory)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  out.push(
    en
      ? `${s.documents} documents, ${s.forms} forms (${s.formsWithFindings} with findings), ${s.findings} findings: ${s.bySeverity.error ?? 0} errors, ${s.bySeverity.warning ?? 0} warnings, ${s.bySeverity.info ?? 0} info${cats ? ` — ${cats}` : ""}`
      : `共 ${s.documents} 个文件、${s.forms} 张表（${s.formsWithFindings} 张有问题），${s.findings} 条发现：错误 ${s.bySeverity.error ?? 0}、警告 ${s.bySeverity.warning ?? 0}、提示 ${s.bySeverity.info ?? 0}${cats ? `；按类别：${cats}` : ""}`,
  );
  return out.join("\n") + "\n";
}
