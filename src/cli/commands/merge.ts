/**
 * `kpi-audit merge <shard folders or files…> [--format text|json] [--no-color]`: the findings of
 * one `check` over every shard (`check --shard i/n --shard-out DIR`): the shards' per-document
 * findings as they are, then the run-wide rules over the merged per-form state. Same bytes and exit
 * code as one `check` run with the shards' options (language, rules, config) — which the shards
 * carry, so merge takes none of its own. Exit 2 when the shards are incomplete or do not belong
 * together (the message names the file).
 */
import type { Command } from "commander";
import { createChecker } from "../../engine/run.js";
import { orderShards, replayShards, shardFiles } from "../../run/shard.js";
import { checkOutput } from "./check.js";
import { pick } from "../i18n.js";
import { visible } from "../../report/text.js";

export function registerMerge(program: Command, setExit: (code: number) => void): void {
  program
    .command("merge")
    .description("合并分片检查结果（check --shard i/n --shard-out DIR），输出与一次完整检查相同 (merge sharded checks)")
    .argument("<shards...>", "分片文件夹或文件 (shard folders or files)")
    .option("-f, --format <format>", "text | json", "text")
    .option("--no-color", "不使用颜色 (no colours)")
    .action(async (inputs: string[], opts: { format: string; color?: boolean }) => {
      const fail = (msg: string) => {
        process.stderr.write(`kpi-audit: ${msg}\n`);
        setExit(2);
      };
      if (!["text", "json"].includes(opts.format)) return fail(`未知输出格式：${opts.format}（可选 text、json） / unknown format`);
      let shards;
      try {
        shards = await orderShards(shardFiles(inputs));
      } catch (e) {
        return fail((e as Error).message);
      }
      const { options, header } = shards;
      for (const m of header.missing) process.stderr.write(pick(options.lang, `${visible(m)}：文件或文件夹不存在\n`, `${visible(m)}: no such file or folder\n`));
      const output = checkOutput(opts.format as "text" | "json", { lang: options.lang, color: opts.color !== false && !!process.stdout.isTTY });
      let checker;
      try {
        checker = await createChecker({ config: options.config, lang: options.lang, only: options.only, version: options.version, onFindings: (f, phase) => output.emit(f, phase) });
      } catch (e) {
        return fail((e as Error).message);
      }
      const c = checker;
      try {
        await replayShards(shards.files, {
          findings(chunk) {
            c.mergeFindings(chunk);
            output.emit(chunk, "document");
            return output.idle();
          },
          state: (rule, item) => c.mergeState(rule, item),
          totals: (t) => c.mergeTotals(t),
        });
      } catch (e) {
        return fail((e as Error).message);
      }
      const result = await checker.finishStreaming(output.idle);
      await output.close(result);
      // as check: 2 when a shard met a missing or unreadable input, 1 when a finding is an error
      const inputErrors = result.diagnostics.some((d) => d.code.startsWith("read/") && d.severity === "error");
      if (inputErrors || header.missing.length || header.inputFiles === 0) setExit(2);
      else if (output.anyError) setExit(1);
    });
}
