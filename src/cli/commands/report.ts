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
import { ReportBuilder, type ReportData } from "../../report/model.js";
import { prepareOutDir, writeReport } from "../../report/write.js";
import { collectGarbage } from "../../report/collect.js";
import { toolVersion } from "../version.js";

interface ReportOpts extends ReadOpts {
  out?: string;
  config?: string;
  scheme?: string;
  rule?: string[];
  severity?: string;
  letters?: boolean;
  spillAfter?: string;
}

/** forms held in memory before the report's model goes to its temporary folder (decision 99) */
export const SPILL_AFTER_FORMS = 1000;

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
    .option("--letters", "另为每个部门写一份 Word 审核意见 letters/<部门>.docx (one Word letter per department)")
    .option("--spill-after <forms>", `超过这么多张表后，报告的中间数据写入临时文件夹、写完即删，内存不随文件增多而增长（默认 ${SPILL_AFTER_FORMS}；0 = 一开始就写入）(spill the report's model to a temporary folder after this many forms)`);
  readOptions(cmd)
    .action(async (inputs: string[], opts: ReportOpts) => {
      if (opts.severity && !["info", "warning", "error"].includes(opts.severity)) {
        process.stderr.write(`kpi-audit: 未知级别：${opts.severity}（可选 info、warning、error）\n`);
        setExit(2);
        return;
      }
      const spillAfter = opts.spillAfter === undefined ? SPILL_AFTER_FORMS : Number(opts.spillAfter);
      if (!Number.isInteger(spillAfter) || spillAfter < 0) {
        process.stderr.write(`kpi-audit: --spill-after 应为不小于 0 的整数，不是 ${opts.spillAfter} / --spill-after takes a whole number ≥ 0\n`);
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
        built = await buildModel(inputs, opts, spillAfter);
      } catch (e) {
        process.stderr.write(`kpi-audit: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      const { model, exit } = built;
      let written: string[];
      try {
        written = await writeReport(model, opts.out!, { letters: opts.letters });
      } finally {
        model.dispose?.();
      }
      const t = model.overview.totals;
      process.stderr.write(`已写出 ${written.length} 个文件到 ${opts.out}：${written.join("、")}\n共 ${t.documents} 个文件、${t.forms} 张表，${t.findings} 条问题（错误 ${t.bySeverity.error ?? 0}、警告 ${t.bySeverity.warning ?? 0}、提示 ${t.bySeverity.info ?? 0}）。\n`);
      if (exit) setExit(exit);
    });
}

/**
 * The run and its report data, in a frame of its own: only the data and the exit code come back.
 * Findings stream from the checker into the builder as each document is checked (and the corpus
 * rules' one source at a time); past `spillAfter` forms the builder keeps documents and findings
 * in its temporary folder, so nothing of the run's size stays in memory while the files are written.
 */
async function buildModel(inputs: string[], opts: ReportOpts, spillAfter: number): Promise<{ model: ReportData; exit: number }> {
  const builder = new ReportBuilder({ spillAfterForms: spillAfter });
  const run = await runAudit(inputs, [(d) => builder.addDocument(d)], { config: opts.config, scheme: opts.scheme, rules: opts.rule, minSeverity: opts.severity as "info" | "warning" | "error" | undefined, jobs: opts.jobs, limits: limitsOf(opts), version: toolVersion(), label: "报告", onFindings: (f) => builder.addFindings(f) });
  for (const m of run.missing) process.stderr.write(`${visible(m)}：文件或文件夹不存在\n`);
  const exit = run.missing.length || run.unreadable || run.files.length === 0 ? 2 : (run.result.summary.bySeverity.error ?? 0) > 0 ? 1 : 0;
  // the check's run-wide state is garbage now: one full collection, so that the heap's limit is
  // set from what the report holds, not from that state (a spilled run: decision 121)
  if (builder.spilled) collectGarbage();
  const model = builder.finishData(run.result, run.rules);
  return { model, exit };
}
