/**
 * `kpi-audit check <files or folders…> [--format text|json] [--rule id…] [--severity level]
 *  [--config file] [--scheme id] [--lang zh|en]`
 * Exit 0: no finding reaches error; 1: at least one error finding; 2: usage or input errors.
 */
import type { Command } from "commander";
import { expandInputs } from "../../read/inputs.js";
import { forEachDocument } from "../../run/batch.js";
import { langOption, limitsOf, readOptions, type ReadOpts } from "../options.js";
import { createChecker } from "../../engine/run.js";
import { defaultJobs, WORKER_CHECK_MIN_JOBS } from "../../run/pool.js";
import { loadConfigFile, type Config } from "../../engine/config.js";
import { formatCorpusHeading, formatFindingsText, formatSummaryText, visible, type TextOptions } from "../../report/text.js";
import type { Finding } from "../../engine/types.js";
import { pick, type Lang } from "../i18n.js";
import { toolVersion } from "../version.js";
import { jsonObjectWriter } from "../../report/stream.js";

interface CheckOpts extends ReadOpts {
  format: string;
  rule?: string[];
  severity?: string;
  config?: string;
  scheme?: string;
  lang: Lang;
  color?: boolean;
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command("check")
    .description("检查绩效表并列出问题 (check forms and list findings)")
    .argument("<inputs...>", "文件或文件夹 (files or folders)")
    .option("-f, --format <format>", "text | json", "text")
    .option("-r, --rule <ids...>", "只运行这些规则 (only these rules)")
    .option("-s, --severity <level>", "最低报告级别 info | warning | error；warning 即退回单位修改的清单 (minimum severity)")
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 national | shanxi | … (scoring scheme)")
    .addOption(langOption())
    .option("--no-color", "不使用颜色 (no colours)");
  readOptions(cmd)
    .action(async (inputs: string[], opts: CheckOpts) => {
      const lang = opts.lang === "en" ? "en" : "zh";
      const fail = (zh: string, en: string) => {
        process.stderr.write(`kpi-audit: ${pick(lang, zh, en)}\n`);
        setExit(2);
      };
      if (!["text", "json"].includes(opts.format)) return fail(`未知输出格式：${opts.format}（可选 text、json）`, `unknown format: ${opts.format} (text, json)`);
      if (opts.severity && !["info", "warning", "error"].includes(opts.severity)) return fail(`未知级别：${opts.severity}`, `unknown severity: ${opts.severity}`);
      let config: Partial<Config> = {};
      try {
        if (opts.config) config = loadConfigFile(opts.config);
      } catch (e) {
        return fail((e as Error).message, (e as Error).message);
      }
      if (opts.severity) config.minSeverity = opts.severity as Config["minSeverity"];
      if (opts.scheme) config.scheme = opts.scheme;
      // findings are written as each document is checked (and corpus-wide ones at the end), never
      // all kept: memory does not grow with the number of findings
      const textOpts: TextOptions = { lang, color: opts.color !== false && !!process.stdout.isTTY };
      const json = opts.format === "json";
      let anyError = false;
      const out = jsonObjectWriter(process.stdout, { schemaVersion: 1 }, "findings");
      const emit = (chunk: Finding[], phase: "document" | "corpus") => {
        if (chunk.some((f) => f.severity === "error")) anyError = true;
        if (json) {
          for (const f of chunk) void out.item(f);
        } else if (chunk.length) {
          if (phase === "corpus") process.stdout.write(formatCorpusHeading(textOpts));
          process.stdout.write(formatFindingsText(chunk, textOpts));
        }
      };
      let checker;
      try {
        checker = await createChecker({ config, configFile: opts.config, lang, only: opts.rule, version: toolVersion(), onFindings: emit });
      } catch (e) {
        return fail((e as Error).message, (e as Error).message);
      }
      const { files, missing, problems } = await expandInputs(inputs);
      for (const m of missing) process.stderr.write(pick(lang, `${visible(m)}：文件或文件夹不存在\n`, `${visible(m)}: no such file or folder\n`));
      let unreadable = 0;
      const c = checker;
      const jobs = opts.jobs ?? defaultJobs(files.length);
      await forEachDocument(
        files,
        (doc, _i, pre) => {
          if (doc.diagnostics.some((d) => d.code.startsWith("read/") && d.severity === "error")) unreadable++;
          c.add(doc, pre);
        },
        // with 3 or more workers they run the per-document rules too and this thread keeps the
        // run-wide ones; on 2 cores that measured no faster than checking here (docs/decisions.md)
        { jobs, label: "检查", limits: limitsOf(opts), problems, check: jobs >= WORKER_CHECK_MIN_JOBS ? { config, lang, only: opts.rule, version: toolVersion() } : undefined },
      );
      const result = checker.finish();
      if (json) await out.close({ diagnostics: result.diagnostics, summary: result.summary, meta: result.meta });
      else process.stdout.write(formatSummaryText(result, textOpts));
      if (missing.length || unreadable || files.length === 0) setExit(2);
      else if (anyError) setExit(1);
    });
}
