/**
 * A report of a 1,000-file run opens and becomes usable in under 3 s in headless Chromium: the page
 * opens on the overview and a per-file index, details are rendered when a file is opened, and the
 * filters count from a compact index. The run is generated: one hand-made department file
 * (test/fixtures/diff/new) copied to 1,000 files of 37 departments with distinct project names.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { buildReportModel } from "../../src/report/model.js";
import { LAZY_DOCUMENTS, renderHtml } from "../../src/report/html.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../helpers/chromium.js";

const available = existsSync(CHROMIUM);
const inCi = !!process.env.CI;

describe.skipIf(!available && !inCi)("report.html of a 1,000-file run", () => {
  it("opens and filters in under 3 s; a file's details appear when opened", async () => {
    const base = await parseFile("test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt");
    const docs = [];
    for (let i = 0; i < 1000; i++) {
      const d = structuredClone(base);
      d.source = `dept${String(i % 37).padStart(2, "0")}/file${String(i).padStart(4, "0")}.txt`;
      for (const f of d.forms) {
        f.project.name = `${f.project.name}-${i}`;
        f.project.department = `示例县第${i % 37}局`;
      }
      docs.push(d);
    }
    const model = buildReportModel(docs, await checkDocuments(docs));
    expect(model.documents.length).toBeGreaterThan(LAZY_DOCUMENTS);
    const html = renderHtml(model);
    const file = join(mkdtempSync(join(tmpdir(), "kpi-scale-")), "report.html");
    writeFileSync(file, html);
    const t = model.overview.totals;

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const t0 = Date.now();
      await page.goto(pathToFileURL(file).href);
      await expect.poll(() => page.locator("#count").textContent()).toBe(`显示 ${t.formsWithFindings} 张表、${t.findings} 条问题`);
      await page.selectOption("#f-sev", "error");
      const errorsShown = model.findings.filter((f) => f.severity === "error").length;
      const formsWithErrors = new Set(model.findings.filter((f) => f.severity === "error").map((f) => f.formId)).size;
      await expect.poll(() => page.locator("#count").textContent()).toBe(`显示 ${formsWithErrors} 张表、${errorsShown} 条问题`);
      const usable = Date.now() - t0;
      console.log(`1,000 files, ${(html.length / 1e6).toFixed(1)} MB: open + first filter in ${usable} ms`);
      expect(usable).toBeLessThan(3000);

      // open one file: its forms appear with the same filter applied
      const first = page.locator("section.doc[data-lazy]:visible").first();
      const id = await first.getAttribute("id");
      await first.locator("button.open").click();
      await expect.poll(() => page.locator(`#${id} section.form`).count()).toBe(3);
      const doc = model.documents.find((d) => d.id === id)!;
      const docErrors = doc.forms.flatMap((f) => [...f.rows.flatMap((r) => r.findings), ...f.formFindings]).filter((f) => f.severity === "error").length;
      expect(await page.locator(`#${id} [data-f]:visible`).count()).toBe(docErrors);
      expect(await page.locator("#count").textContent()).toBe(`显示 ${formsWithErrors} 张表、${errorsShown} 条问题`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
