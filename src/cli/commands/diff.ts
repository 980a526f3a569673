/**
 * `kpi-audit diff OLD NEW [--format text|json|html] [--out file]`: the resubmission check. OLD is
 * what was sent back to a department, NEW the corrected submission (files or folders, any format).
 * Each side is audited on its own; forms are matched by department and fuzzy project name, and per
 * form the findings fixed, still open and new are listed with the values that changed.
 * Exit 1 when an error-level finding is still open or new, 2 on usage or input errors.
 */
import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { runAudit } from "../../run/audit.js";
import { parseJobs } from "../../run/batch.js";
import { ReportBuilder, type ReportModel } from "../../report/model.js";
import { diffReports } from "../../diff/compare.js";
import { formatDiffText, renderDiffHtml } from "../../diff/render.js";
import { toolVersion } from "../version.js";
import { pick, type Lang } from "../i18n.js";

interface DiffOpts {
  format: string;
  out?: string;
  config?: string;
  scheme?: string;
  lang: Lang;
  jobs?: string;
  nameSimilarity: string;
}

export function registerDiff(program: Command, setExit: (code: number) => void): void {
  program
    .command("diff")
    .description("复核修改后重新报送的材料：逐表列出已改正、仍未改、新出现的问题和改动的数值 (resubmission check)")
    .argument("<old>", "退回前的文件或文件夹 (the submission sent back)")
    .argument("<new>", "修改后重新报送的文件或文件夹 (the corrected submission)")
    .option("-f, --format <format>", "text | json | html", "text")
    .option("-o, --out <file>", "写入文件而不是标准输出 (write to a file instead of stdout)")
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 (scoring scheme)")
    .option("--lang <lang>", "zh | en", "zh")
    .option("-j, --jobs <n>", "并行解析线程数 (parse workers)")
    .option("--name-similarity <x>", "项目名称相似度阈值 0–1 (project-name similarity threshold)", "0.6")
    .action(async (oldInput: string, newInput: string, opts: DiffOpts) => {
      const lang: Lang = opts.lang === "en" ? "en" : "zh";
      const threshold = Number(opts.nameSimilarity);
      if (!["text", "json", "html"].includes(opts.format) || !(threshold > 0 && threshold <= 1)) {
        process.stderr.write(pick(lang, `kpi-audit diff：参数有误（--format 可选 text、json、html；--name-similarity 取 0–1）\n`, `kpi-audit diff: bad option (--format text|json|html; --name-similarity in 0–1)\n`));
        setExit(2);
        return;
      }
      const side = async (input: string, label: string): Promise<{ model: ReportModel; bad: boolean } | null> => {
        const builder = new ReportBuilder();
        try {
          const run = await runAudit([input], [(d) => builder.addDocument(d)], { config: opts.config, scheme: opts.scheme, jobs: parseJobs(opts.jobs), version: toolVersion(), label });
          for (const m of run.missing) process.stderr.write(pick(lang, `${m}：文件或文件夹不存在\n`, `${m}: no such file or folder\n`));
          return { model: builder.finish(run.result, run.rules), bad: run.missing.length > 0 || run.unreadable > 0 || run.files.length === 0 };
        } catch (e) {
          process.stderr.write(`kpi-audit: ${(e as Error).message}\n`);
          return null;
        }
      };
      const a = await side(oldInput, "旧材料");
      const b = a && (await side(newInput, "新材料"));
      if (!a || !b) {
        setExit(2);
        return;
      }
      const d = diffReports(a.model, b.model, { nameSimilarity: threshold });
      const text = opts.format === "json" ? JSON.stringify(d, null, 2) + "\n" : opts.format === "html" ? renderDiffHtml(d) : formatDiffText(d, lang);
      if (opts.out) {
        try {
          await writeFile(opts.out, text);
        } catch (e) {
          process.stderr.write(pick(lang, `无法写入 ${opts.out}：${(e as Error).message}\n`, `cannot write ${opts.out}: ${(e as Error).message}\n`));
          setExit(2);
          return;
        }
      } else process.stdout.write(text);
      if (a.bad || b.bad) setExit(2);
      else if (d.summary.errorsOpen > 0) setExit(1);
    });
}
