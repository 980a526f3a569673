/**
 * `npm run reports`: regenerate the report of the bundled corpus into reports/ (deterministic:
 * same corpus and rules, same bytes), docs/data-dictionary.md from the column definitions, the
 * corpus statistics (stats.txt, stats.json), and — when Debian's chromium is installed — a
 * screenshot of report.html (reports/screenshot.png; its pixels depend on the machine's fonts).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/engine/paths.js";
import { runAudit } from "../src/run/audit.js";
import { ReportBuilder } from "../src/report/model.js";
import { StatsBuilder, statsToText } from "../src/report/stats.js";
import { writeReport } from "../src/report/write.js";
import { renderDataDictionary } from "../src/report/tables.js";
import { toolVersion } from "../src/cli/version.js";

const root = packageRoot();
process.chdir(root); // sources are recorded as "corpus/…", relative to the repository
const out = "reports";
const report = new ReportBuilder();
const stats = new StatsBuilder();
const run = await runAudit(["corpus"], [(d) => report.addDocument(d), (d) => stats.addDocument(d)], { version: toolVersion(), label: "报告" });
const model = report.finish(run.result, run.rules);
const written = await writeReport(model, out);
const s = stats.finish(run.result);
writeFileSync(join(out, "stats.txt"), statsToText(s));
writeFileSync(join(out, "stats.json"), JSON.stringify(s, null, 2) + "\n");
writeFileSync(join("docs", "data-dictionary.md"), renderDataDictionary());
process.stderr.write(`reports/: ${[...written, "stats.txt", "stats.json"].join(", ")}; docs/data-dictionary.md\n`);

const CHROMIUM = "/usr/bin/chromium";
if (existsSync(CHROMIUM)) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(pathToFileURL(join(root, out, "report.html")).href);
    await page.selectOption("#f-cat", "placeholder");
    await page.evaluate(() => document.querySelector("section.form:not([hidden])")?.scrollIntoView());
    await page.screenshot({ path: join(out, "screenshot.png") });
    process.stderr.write("reports/screenshot.png (类别筛选：占位与模板残留)\n");
  } finally {
    await browser.close();
  }
} else process.stderr.write(`未找到 ${CHROMIUM}，跳过截图 / no chromium, screenshot skipped\n`);
