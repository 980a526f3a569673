/**
 * `kpi-audit stats <files or folders…> [--format text|json|csv]`: corpus statistics for research —
 * forms and indicators by layout, kind and level 2, share of quantitative targets, defect rates per
 * form, score and grade distributions, per-department tables.
 */
import type { Command } from "commander";
import { runAudit } from "../../run/audit.js";
import { limitsOf, readOptions, type ReadOpts } from "../options.js";
import { visible } from "../../report/text.js";
import { StatsBuilder, statsToCsv, statsToText } from "../../report/stats.js";
import { toolVersion } from "../version.js";

interface StatsOpts extends ReadOpts {
  format: string;
  config?: string;
  scheme?: string;
}

export function registerStats(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command("stats")
    .description("语料统计：版式、指标类型、定量占比、问题率、得分与等级分布、分部门 (corpus statistics)")
    .argument("<inputs...>", "文件或文件夹 (files or folders)")
    .option("-f, --format <format>", "text | json | csv", "text")
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 (scoring scheme)");
  readOptions(cmd)
    .action(async (inputs: string[], opts: StatsOpts) => {
      if (!["text", "json", "csv"].includes(opts.format)) {
        process.stderr.write(`kpi-audit: 未知输出格式：${opts.format}（可选 text、json、csv）\n`);
        setExit(2);
        return;
      }
      const builder = new StatsBuilder();
      let run;
      try {
        run = await runAudit(inputs, [(d) => builder.addDocument(d)], { config: opts.config, scheme: opts.scheme, jobs: opts.jobs, limits: limitsOf(opts), version: toolVersion(), label: "统计", onFindings: (f) => builder.addFindings(f) });
      } catch (e) {
        process.stderr.write(`kpi-audit: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      for (const m of run.missing) process.stderr.write(`${visible(m)}：文件或文件夹不存在\n`);
      const stats = builder.finish(run.result);
      if (opts.format === "json") process.stdout.write(JSON.stringify(stats, null, 2) + "\n");
      else if (opts.format === "csv") process.stdout.write(statsToCsv(stats));
      else process.stdout.write(visible(statsToText(stats), true));
      if (run.missing.length || run.unreadable || run.files.length === 0) setExit(2);
    });
}
