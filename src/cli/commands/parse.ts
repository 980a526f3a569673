/** `kpi-audit parse <files or folders…> [--format json|jsonl|table]` */
import type { Command } from "commander";
import { expandInputs } from "../../read/inputs.js";
import { forEachDocument } from "../../run/batch.js";
import { langOption, limitsOf, readOptions, type ReadOpts } from "../options.js";
import { visible } from "../../report/text.js";
import type { KpiDocument, ParseResult } from "../../model/types.js";
import { pick, type Lang } from "../i18n.js";
import { formatLoc } from "../../model/loc.js";
import { jsonLinesWriter, jsonObjectWriter, writeChunk } from "../../report/stream.js";

export function registerParse(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command("parse")
    .description("解析绩效目标表/自评表，输出统一的指标模型 (parse forms into the indicator model)")
    .argument("<inputs...>", "文件或文件夹 (files or folders)")
    .option("-f, --format <format>", "json | jsonl | table", "json")
    .addOption(langOption());
  readOptions(cmd)
    .action(async (inputs: string[], opts: { format: string; lang: Lang } & ReadOpts) => {
      if (!["json", "jsonl", "table"].includes(opts.format)) {
        process.stderr.write(pick(opts.lang, `未知输出格式：${opts.format}（可选 json、jsonl、table）\n`, `unknown format: ${opts.format} (json, jsonl, table)\n`));
        setExit(2);
        return;
      }
      const { files, missing, problems } = await expandInputs(inputs);
      for (const m of missing) process.stderr.write(pick(opts.lang, `${visible(m)}：文件或文件夹不存在\n`, `${visible(m)}: no such file or folder\n`));
      // every format is written as each document completes (in input order): nothing holds the
      // run's documents, and the bytes are those of the whole result pretty-printed at once
      const json = jsonObjectWriter(process.stdout, { schemaVersion: 1 } satisfies Omit<ParseResult, "documents">, "documents");
      const lines = jsonLinesWriter(process.stdout);
      let unreadable = 0;
      let tableLines = 0;
      await forEachDocument(
        files,
        async (doc, i) => {
          const f = files[i];
          if (doc.diagnostics.some((x) => x.code.startsWith("read/") && x.severity === "error")) unreadable++;
          for (const d of doc.diagnostics) {
            if (d.severity === "error") process.stderr.write(visible(`${f}${d.line ? `:${d.line}` : ""}: ${pick(opts.lang, d.message, d.messageEn)}`) + "\n");
          }
          if (opts.format === "jsonl") await lines.item(doc);
          else if (opts.format === "json") await json.item(doc);
          else {
            const t = tableLinesOf(doc, opts.lang);
            tableLines += t.length;
            if (t.length) await writeChunk(process.stdout, visible(t.join("\n") + "\n", true));
          }
        },
        { jobs: opts.jobs, label: "解析", limits: limitsOf(opts), problems },
      );
      if (opts.format === "json") await json.close();
      else if (opts.format === "table" && tableLines === 0) await writeChunk(process.stdout, "\n");
      // input errors (a missing or unreadable file) exit 2 after the rest of the batch was processed
      if (missing.length || unreadable > 0 || files.length === 0) setExit(2);
    });
}

/** one document's lines of the table view */
function tableLinesOf(d: KpiDocument, lang: Lang): string[] {
  const out: string[] = [];
  out.push(`${d.source}  (${d.format}${d.encoding ? `, ${d.encoding}` : ""}) — ${d.forms.length} ${pick(lang, "张表", "forms")}`);
  for (const diag of d.diagnostics) out.push(`  ! ${diag.line ? `l.${diag.line} ` : ""}${pick(lang, diag.message, diag.messageEn)}`);
  for (const f of d.forms) {
    out.push(`  ${formatLoc(f.loc).padEnd(8)} ${f.kind === "target" ? pick(lang, "目标表", "target") : pick(lang, "自评表", "self-assessment")} [${f.layout}] ${f.project.name}  ${pick(lang, "指标", "indicators")} ${f.indicators.length}${f.total !== null ? `  ${pick(lang, "总分", "total")} ${f.total}${f.grade ? ` ${f.grade}` : ""}` : ""}`);
  }
  return out;
}
