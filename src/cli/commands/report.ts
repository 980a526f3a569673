/**
 * `kpi-audit report <files or folders…> --out DIR [--config file] [--scheme id] [--rule id…] [--severity level] [--jobs n] [--letters]`
 * writes report.html, findings.xlsx, forms/indicators/findings as CSV and JSONL, and with --letters
 * one Word letter (审核意见) per department in letters/.
 * Exit codes as `check`: 0 no error finding, 1 error findings, 2 usage or input errors.
 */
import type { Command } from "commander";
import { runAudit } from "../../run/audit.js";
import { limitsOf, readOptions, type ReadOpts } from "../options.js";
import { visible } from "../../report/text.js";
import { ReportBuilder, type ReportModel } from "../../report/model.js";
import { prepareOutDir, writeReport } from "../../report/write.js";
import { toolVersion } from "../version.js";

interface ReportOpts extends ReadOpts {
  out?: string;
  config?: string;
  scheme?: string;
  rule?: string[];
  severity?: string;
  letters?: boolean;
}

export function registerReport(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command("report")
    .description("生成审核报告：report.html、findings.xlsx 及供研究用的 CSV/JSONL (write reports)")
    .argument("<inputs...>", "文件或文件夹 (files or folders)")
    .requiredOption("-o, --out <dir>", "输出文件夹 (output folder)")
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 (scoring scheme)")
    .option("-r, --rule <ids...>", "只运行这些规则 (only these rules)")
    .option("-s, --severity <level>", "最低报告级别 info | warning | error；warning 即退回单位修改的清单 (minimum severity)")
    .option("--letters", "另为每个部门写一份 Word 审核意见 letters/<部门>.docx (one Word letter per department)");
  readOptions(cmd)
    .action(async (inputs: string[], opts: ReportOpts) => {
      if (opts.severity && !["info", "warning", "error"].includes(opts.severity)) {
        process.stderr.write(`kpi-audit: 未知级别：${opts.severity}（可选 info、warning、error）\n`);
        setExit(2);
        return;
      }
      // the output folder must be writable before any work is done
      try {
        await prepareOutDir(opts.out!);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        process.stderr.write(`kpi-audit: 无法写入输出文件夹 ${visible(opts.out!)}（${code}）；请换一个可写的文件夹 / cannot write to the output folder (${code})\n`);
        setExit(2);
        return;
      }
      let built;
      try {
        built = await buildModel(inputs, opts);
      } catch (e) {
        process.stderr.write(`kpi-audit: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      const { model, exit } = built;
      const written = await writeReport(model, opts.out!, { letters: opts.letters });
      const t = model.overview.totals;
      process.stderr.write(`已写出 ${written.length} 个文件到 ${opts.out}：${written.join("、")}\n共 ${t.documents} 个文件、${t.forms} 张表，${t.findings} 条问题（错误 ${t.bySeverity.error ?? 0}、警告 ${t.bySeverity.warning ?? 0}、提示 ${t.bySeverity.info ?? 0}）。\n`);
      if (exit) setExit(exit);
    });
}

/**
 * The run and its report model, in a frame of its own: only the model and the exit code come back,
 * so the run's raw findings (and the checker's result) are not kept alive by the caller's frame
 * while the files are written — an async function keeps its locals until it returns.
 */
async function buildModel(inputs: string[], opts: ReportOpts): Promise<{ model: ReportModel; exit: number }> {
  const builder = new ReportBuilder();
  const run = await runAudit(inputs, [(d) => builder.addDocument(d)], { config: opts.config, scheme: opts.scheme, rules: opts.rule, minSeverity: opts.severity as "info" | "warning" | "error" | undefined, jobs: opts.jobs, limits: limitsOf(opts), version: toolVersion(), label: "报告" });
  for (const m of run.missing) process.stderr.write(`${visible(m)}：文件或文件夹不存在\n`);
  const exit = run.missing.length || run.unreadable || run.files.length === 0 ? 2 : run.result.findings.some((f) => f.severity === "error") ? 1 : 0;
  const model = builder.finish(run.result, run.rules, { release: true });
  return { model, exit };
}
