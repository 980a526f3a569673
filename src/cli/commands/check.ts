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
import { jsonObjectWriter, writeChunk } from "../../report/stream.js";
import type { CheckResult } from "../../engine/types.js";
import { openShardWriter, parseShardSpec, SHARD_FORMAT, shardSlice, type ShardHeader, type ShardWriter } from "../../run/shard.js";

interface CheckOpts extends ReadOpts {
  format: string;
  rule?: string[];
  severity?: string;
  config?: string;
  scheme?: string;
  lang: Lang;
  color?: boolean;
  shard?: string;
  shardOut?: string;
}

/**
 * check's output, shared with `merge`: findings written as they come (text, or JSON element by
 * element), then the summary. Same bytes whether the findings come from one run or from shards.
 */
/**
 * Findings per write of `check --format json`: a finding's JSON is about 1.4 KB, so a write is at
 * most ~100 KB. One write per finding (one system call each to a file) was a tenth of the main
 * thread's time over a large corpus (docs/decisions.md, 126).
 */
export const FINDINGS_PER_WRITE = 64;

export function checkOutput(format: "text" | "json", textOpts: TextOptions) {
  const json = format === "json";
  let anyError = false;
  const out = jsonObjectWriter(process.stdout, { schemaVersion: 1 }, "findings");
  // Chunks wait here (as the findings they already are) and are written a few findings at a time,
  // each write waiting for the reader: a pipe on POSIX is asynchronous, and a document with many
  // findings used to be queued whole in the stream's buffer (a 50 MB file piped: 1.6 GB RSS).
  const queue: { chunk: Finding[]; phase: "document" | "corpus" }[] = [];
  let pumping: Promise<void> | null = null;
  let corpusHeading = false; // written before the first of the corpus rules' chunks
  const pump = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (json) for (let i = 0; i < next.chunk.length; i += FINDINGS_PER_WRITE) await out.items(next.chunk.slice(i, i + FINDINGS_PER_WRITE));
      else {
        if (next.phase === "corpus" && !corpusHeading) {
          corpusHeading = true;
          await writeChunk(process.stdout, formatCorpusHeading(textOpts));
        }
        await writeChunk(process.stdout, formatFindingsText(next.chunk, textOpts));
      }
    }
    pumping = null;
  };
  const idle = () => pumping ?? Promise.resolve();
  return {
    get anyError() {
      return anyError;
    },
    emit(chunk: Finding[], phase: "document" | "corpus") {
      if (chunk.some((f) => f.severity === "error")) anyError = true;
      if (!chunk.length) return;
      queue.push({ chunk, phase });
      pumping ??= pump();
    },
    /** resolves when everything emitted so far has been handed to the reader */
    idle,
    async close(result: CheckResult) {
      await idle();
      if (json) await out.close({ diagnostics: result.diagnostics, summary: result.summary, meta: result.meta });
      else await writeChunk(process.stdout, formatSummaryText(result, textOpts));
    },
  };
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
    .option("--no-color", "不使用颜色 (no colours)")
    .option("--shard <i/n>", "只检查第 i 片（共 n 片，按文件顺序切分），结果写入 --shard-out，再用 kpi-audit merge 合并 (check slice i of n; merge with kpi-audit merge)")
    .option("--shard-out <dir>", "分片结果写入此文件夹 (folder for the shard file)");
  readOptions(cmd)
    .action(async (inputs: string[], opts: CheckOpts) => {
      const lang = opts.lang === "en" ? "en" : "zh";
      const fail = (zh: string, en: string) => {
        process.stderr.write(`kpi-audit: ${pick(lang, zh, en)}\n`);
        setExit(2);
      };
      const json = opts.format === "json";
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
      const shardSpec = opts.shard ? parseShardSpec(opts.shard) : opts.shardOut ? { shard: 1, of: 1 } : null;
      if (opts.shard && !shardSpec) return fail(`--shard 应写作 i/n（1 ≤ i ≤ n），不是 ${opts.shard}`, `--shard takes i/n (1 ≤ i ≤ n), not ${opts.shard}`);
      if (shardSpec && !opts.shardOut) return fail("--shard 需要 --shard-out <文件夹>", "--shard needs --shard-out <dir>");
      const textOpts: TextOptions = { lang, color: opts.color !== false && !!process.stdout.isTTY };
      const output = checkOutput(json ? "json" : "text", textOpts);
      // a shard writes its findings to its file, in the same chunks
      let shardWriter: ShardWriter | null = null;
      const pending: Promise<void>[] = [];
      const emit = (chunk: Finding[], phase: "document" | "corpus") => {
        if (!shardWriter) return output.emit(chunk, phase);
        const p = shardWriter.findings(chunk);
        if (p) pending.push(p);
      };
      let checker;
      try {
        checker = await createChecker({ config, configFile: opts.config, lang, only: opts.rule, version: toolVersion(), onFindings: emit });
      } catch (e) {
        return fail((e as Error).message, (e as Error).message);
      }
      const expanded = await expandInputs(inputs);
      const { missing, problems } = expanded;
      for (const m of missing) process.stderr.write(pick(lang, `${visible(m)}：文件或文件夹不存在\n`, `${visible(m)}: no such file or folder\n`));
      const files = shardSpec ? shardSlice(expanded.files, shardSpec.shard, shardSpec.of) : expanded.files;
      if (shardSpec) {
        const header: ShardHeader = { format: SHARD_FORMAT, shard: shardSpec.shard, of: shardSpec.of, files: files.length, inputFiles: expanded.files.length, missing, options: { config, lang, only: opts.rule, version: toolVersion() } };
        try {
          shardWriter = await openShardWriter(opts.shardOut!, header);
        } catch (e) {
          return fail(`无法写入分片文件夹 ${opts.shardOut}：${(e as Error).message}`, `cannot write the shard folder ${opts.shardOut}: ${(e as Error).message}`);
        }
      }
      let unreadable = 0;
      const c = checker;
      const jobs = opts.jobs ?? defaultJobs(files.length);
      await forEachDocument(
        files,
        async (doc, _i, pre) => {
          if (doc.diagnostics.some((d) => d.code.startsWith("read/") && d.severity === "error")) unreadable++;
          c.add(doc, pre);
          await output.idle(); // the next document waits for the reader of this one's findings
        },
        // with 3 or more workers they run the per-document rules too and this thread keeps the
        // run-wide ones; on 2 cores that measured no faster than checking here (docs/decisions.md)
        { jobs, label: "检查", limits: limitsOf(opts), problems, check: jobs >= WORKER_CHECK_MIN_JOBS ? { config, lang, only: opts.rule, version: toolVersion() } : undefined },
      );
      if (shardWriter) {
        // the corpus rules' compact state instead of their findings; merge finalizes them
        const w = shardWriter;
        await Promise.all(pending);
        try {
          for (const { rule, item } of checker.shardState()) await w.state(rule, item);
        } catch (e) {
          return fail((e as Error).message, (e as Error).message);
        }
        await w.end(checker.shardTotals());
        if (missing.length || unreadable || expanded.files.length === 0) setExit(2);
        return;
      }
      // the corpus rules' findings are made and written one source file at a time
      const result = await checker.finishStreaming(output.idle);
      await output.close(result);
      if (missing.length || unreadable || files.length === 0) setExit(2);
      else if (output.anyError) setExit(1);
    });
}
