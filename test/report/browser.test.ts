/**
 * Opens a generated report.html in a real browser (Debian's chromium through playwright-core),
 * applies filters and checks what is shown; saves a screenshot to a temp dir.
 * Skipped, with a message, only when /usr/bin/chromium is absent and not in CI.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { runFixtures, xssFixture, FIXTURES, XSS_PROJECT } from "./helpers.js";
import { renderHtml } from "../../src/report/html.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../helpers/chromium.js";


const available = existsSync(CHROMIUM);
const inCi = !!process.env.CI;
if (!available && !inCi) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}（安装：apt-get install -y chromium）/ skipping browser test: ${CHROMIUM} not found`);

describe.skipIf(!available && !inCi)("report.html in a browser", () => {
  it("filters by severity, category, rule, department and project; escapes document text", async () => {
    const { model } = await runFixtures([...FIXTURES, xssFixture()]);
    const dir = mkdtempSync(join(tmpdir(), "kpi-browser-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(model));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);

      const t = model.overview.totals;
      const visibleForms = () => page.locator("section.form:visible").count();
      const visibleFindings = () => page.locator("[data-f]:visible").count();
      // default: only forms with findings
      expect(await visibleForms()).toBe(t.formsWithFindings);
      expect(await visibleFindings()).toBe(t.findings);
      await expect.poll(() => page.locator("#count").textContent()).toBe(`显示 ${t.formsWithFindings} 张表、${t.findings} 条问题`);

      // severity filter
      const sev = Object.keys(t.bySeverity)[0];
      await page.selectOption("#f-sev", sev);
      expect(await visibleFindings()).toBe(t.bySeverity[sev]);
      for (const s of await page.locator("[data-f]:visible").evaluateAll((els) => els.map((e) => e.getAttribute("data-sev")))) expect(s).toBe(sev);

      // + category filter
      const cat = model.findings.find((f) => f.severity === sev)!.category;
      await page.selectOption("#f-cat", cat);
      const expected = model.findings.filter((f) => f.severity === sev && f.category === cat).length;
      expect(await visibleFindings()).toBe(expected);
      // highlights follow the visible findings
      const lit = await page.locator("section.form:visible td[data-fids]:not(.dim)").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-fids")!.split(" ")));
      const visibleIds = new Set(model.findings.filter((f) => f.severity === sev && f.category === cat).map((f) => String(f.id)));
      for (const ids of lit) expect(ids.some((id: string) => visibleIds.has(id))).toBe(true);
      const formsExpected = new Set(model.findings.filter((f) => f.severity === sev && f.category === cat).map((f) => f.formId)).size;
      expect(await visibleForms()).toBe(formsExpected);

      // rule filter, after reset
      await page.click("#f-reset");
      const rule = Object.keys(t.byRule)[0];
      await page.selectOption("#f-rule", rule);
      expect(await visibleFindings()).toBe(t.byRule[rule]);

      // department filter
      await page.click("#f-reset");
      const dept = model.overview.byDepartment.find((d) => d.findings > 0)!;
      await page.selectOption("#f-dept", dept.key);
      expect(await visibleForms()).toBe(dept.formsWithFindings);

      // project search finds the form whose name holds HTML, shown as text
      await page.click("#f-reset");
      await page.uncheck("#f-only");
      expect(await visibleForms()).toBe(t.forms);
      await page.fill("#f-q", "蔡家崖&派出所");
      expect(await visibleForms()).toBe(1);
      const heading = await page.locator("section.form:visible h3").first().textContent();
      expect(heading).toContain(XSS_PROJECT);
      expect(await page.locator("section.form img").count()).toBe(0);

      // flagged cells are highlighted
      await page.click("#f-reset");
      expect(await page.locator("td.flag-error, td.flag-warning, td.flag-info").count()).toBeGreaterThan(0);

      await page.screenshot({ path: join(dir, "screenshot.png"), fullPage: false });
      expect(existsSync(join(dir, "screenshot.png"))).toBe(true);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
