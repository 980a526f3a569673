/**
 * `kpi-audit report <files or folders…> --out DIR [--config file] [--scheme id] [--rule id…] [--severity level] [--jobs n] [--letters]`
 * writes report.html, findings.xlsx, forms/indicators/findings as CSV and JSONL, and with --letters
 * one Word letter (审核意见) per department in letters/.
 * Exit codes as `check`: 0 no error finding, 1 error findings, 2 usage or input errors.
 */
import type { Command } from "commander";
import { runAudit } from "../../run/audit.js";
import { parseJobs } from "../../run/batch.js";
import { ReportBuilder } from "../../report/model.js";
import { writeReport } from "../../report/write.js";
import { toolVersion } from "../version.js";

interface ReportOpts {
  out?: string;
  config?: string;
  scheme?: string;
  rule?: string[];
  severity?: string;
  jobs?: string;
  letters?: boolean;
}

export function registerReport(program: Command, setExit: (code: number) => void): void {
  program
    .command("report")
    .description("生成审核报告：report.html、findings.xlsx 及供研究用的 CSV/JSONL (write reports)")
    .argument("<inputs...>", "文件或文件夹 (files or folders)")
    .requiredOption("-o, --out <dir>", "输出文件夹 (output folder)")
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 (scoring scheme)")
    .option("-r, --rule <ids...>", "只运行这些规则 (only these rules)")
    .option("-s, --severity <level>", "最低报告级别 info | warning | error；warning 即退回单位修改的清单 (minimum severity)")
    .option("-j, --jobs <n>", "并行解析线程数，默认为 CPU 核数 (parse workers)")
    .option("--letters", "另为每个部门写一份 Word 审核意见 letters/<部门>.docx (one Word letter per department)")
    .action(async (inputs: string[], opts: ReportOpts) => {
      if (opts.severity && !["info", "warning", "error"].includes(opts.severity)) {
        process.stderr.write(`kpi-audit: 未知级别：${opts.severity}（可选 info、warning、error）\n`);
        setExit(2);
        return;
      }
      const builder = new ReportBuilder();
      let run;
      try {
        run = await runAudit(inputs, [(d) => builder.addDocument(d)], { config: opts.config, scheme: opts.scheme, rules: opts.rule, minSeverity: opts.severity as "info" | "warning" | "error" | undefined, jobs: parseJobs(opts.jobs), version: toolVersion(), label: "报告" });
      } catch (e) {
        process.stderr.write(`kpi-audit: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      for (const m of run.missing) process.stderr.write(`${m}：文件或文件夹不存在\n`);
      const model = builder.finish(run.result, run.rules);
      const written = await writeReport(model, opts.out!, { letters: opts.letters });
      const t = model.overview.totals;
      process.stderr.write(`已写出 ${written.length} 个文件到 ${opts.out}：${written.join("、")}\n共 ${t.documents} 个文件、${t.forms} 张表，${t.findings} 条问题（错误 ${t.bySeverity.error ?? 0}、警告 ${t.bySeverity.warning ?? 0}、提示 ${t.bySeverity.info ?? 0}）。\n`);
      if (run.missing.length || run.unreadable || run.files.length === 0) setExit(2);
      else if (run.result.findings.some((f) => f.severity === "error")) setExit(1);
    });
}
