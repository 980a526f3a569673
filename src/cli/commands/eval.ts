/**
 * `kpi-audit eval [corpus-dir] [--gold dir] [--format text|json] [--details] [--severity level]`: run `check` on the
 * documents that have a gold set (corpus/gold/<document>.json) and print precision and recall per
 * category, the false-positive rate on clean forms, and (with --details) every miss and false alarm.
 */
import type { Command } from "commander";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { parseFile } from "../../parse.js";
import { createChecker } from "../../engine/run.js";
import { evaluate, loadGoldDir } from "../../eval/gold.js";
import { toolVersion } from "../version.js";

const pct = (x: number | null) => (x === null ? "  —  " : (x * 100).toFixed(1).padStart(5) + "%");

export function registerEval(program: Command, setExit: (code: number) => void): void {
  program
    .command("eval")
    .description("用人工标注的金标准评估规则的准确率和召回率 (precision/recall against the gold set)")
    .argument("[corpus]", "语料文件夹 (corpus folder)", "corpus")
    .option("--gold <dir>", "金标准文件夹 (gold folder; default <corpus>/gold)")
    .option("-f, --format <format>", "text | json", "text")
    .option("--details", "列出漏报和误报 (list misses and false alarms)")
    .option("--severity <level>", "只计此严重程度及以上的标注和发现：info | warning | error (count only gold and findings at this level or above)", "info")
    .action(async (corpus: string, opts: { gold?: string; format: string; details?: boolean; severity: string }) => {
      if (!["info", "warning", "error"].includes(opts.severity)) {
        process.stderr.write(`kpi-audit eval: 未知严重程度 ${opts.severity}（可选 info、warning、error） (unknown severity)\n`);
        setExit(2);
        return;
      }
      const goldDir = opts.gold ?? join(corpus, "gold");
      let golds: ReturnType<typeof loadGoldDir>;
      try {
        golds = loadGoldDir(goldDir);
      } catch (e) {
        // a malformed gold file is the user's input, not an internal error: name it and the reason
        process.stderr.write(`kpi-audit eval: 金标准文件无效 (invalid gold file): ${e instanceof Error ? e.message : String(e)}\n`);
        setExit(2);
        return;
      }
      if (!golds.length) {
        process.stderr.write(`kpi-audit eval: ${goldDir} 中没有金标准文件 (no gold files)\n`);
        setExit(2);
        return;
      }
      const checker = await createChecker({ version: toolVersion() });
      for (const g of golds) {
        const p = join(corpus, g.document);
        if (!existsSync(p)) {
          process.stderr.write(`kpi-audit eval: 找不到 ${p} (missing document)\n`);
          setExit(2);
          continue;
        }
        checker.add(await parseFile(p));
      }
      const result = checker.finish();
      const ev = evaluate(golds, result.findings, { minSeverity: opts.severity as "info" | "warning" | "error" });
      if (opts.format === "json") {
        process.stdout.write(JSON.stringify(ev, null, 2) + "\n");
        return;
      }
      const lines: string[] = [];
      lines.push(`金标准：${ev.documents} 个文件、${ev.forms} 张逐项标注的表 (gold: ${ev.documents} documents, ${ev.forms} exhaustively labelled forms)`);
      if (opts.severity !== "info") lines.push(`只计 ${opts.severity} 及以上 (counting ${opts.severity} and above)`);
      lines.push("");
      lines.push("category              gold  pred    TP  precision  recall");
      for (const c of [...ev.categories, ev.overall]) {
        lines.push(`${c.category.padEnd(20)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.truePositives).padStart(5)}     ${pct(c.precision)}  ${pct(c.recall)}`);
      }
      lines.push("");
      lines.push(`无问题的表 ${ev.cleanForms} 张，其中被误报的 ${ev.cleanFormsFlagged} 张 (clean forms flagged: ${ev.cleanFormsFlagged}/${ev.cleanForms})`);
      if (opts.details) {
        lines.push("", "漏报 (misses):");
        for (const m of ev.misses) lines.push(`  ${m.document}:${m.line}  ${m.category}  ${m.evidence ?? ""}`);
        lines.push("", "误报 (false alarms):");
        for (const f of ev.falseAlarms) lines.push(`  ${f.document}:${f.line}  ${f.category}  ${f.ruleId}  ${f.message}`);
      }
      process.stdout.write(lines.join("\n") + "\n");
    });
}
