/**
 * The reviewer's desk end to end in Chromium (playwright-core with Debian's chromium): pick a
 * mixed folder (good forms in text, Excel and PDF, the corpus's 004, a truncated PDF and a binary
 * file), upload, wait for the report, see the unreadable files listed, filter by severity, open a
 * form, download the workbook and a department letter and read them back.
 * Skipped, with a message, only when /usr/bin/chromium is absent and not in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { startServer, type Started } from "../../src/serve/app.js";
import { DEFAULT_SERVE_LIMITS } from "../../src/serve/limits.js";
import { runFixtures } from "../report/helpers.js";
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from "../helpers/chromium.js";

const FILES: [string, string][] = [
  ["test/fixtures/formats/shanxi-target-000.xlsx", "兴县/目标表.xlsx"],
  ["test/fixtures/formats/shanxi-self-assessment-002.pdf", "兴县/自评表.pdf"],
  ["corpus/004_8ee0b106a6d1f1e1.txt", "宁夏/004.txt"],
  ["test/fixtures/formats/broken-truncated.pdf", "宁夏/坏的.pdf"],
  ["test/fixtures/formats/broken-binary.dat", "其他/不是表格.dat"],
];

async function docxText(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

describe.skipIf(!chromiumAvailable("审核台浏览器测试 / serve browser test"))("kpi-audit serve in a browser", () => {
  let s: Started;
  let browser: Browser;
  let folder: string;
  let tmpRoot: string;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "kpi-serve-e2e-"));
    folder = join(base, "报送材料");
    for (const [src, rel] of FILES) {
      mkdirSync(join(folder, rel, ".."), { recursive: true });
      copyFileSync(src, join(folder, rel));
    }
    tmpRoot = mkdtempSync(join(tmpdir(), "kpi-serve-e2e-jobs-"));
    s = await startServer({ port: 0, limits: DEFAULT_SERVE_LIMITS, jobs: 1, tmpRoot });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await s?.app.close();
  });

  it("upload a folder → progress → report → filter → form → workbook and letter", async () => {
    // what the same files give when audited in this process, to check the app against (started
    // now, awaited once the app's report is there)
    const expected = runFixtures(FILES.map(([src]) => src));

    const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(s.url);
    await expect.poll(() => page.locator("h1").textContent()).toContain("审核台");

    // pick the whole folder (webkitdirectory): relative paths are kept
    await page.setInputFiles("#pick-dir-files", folder);
    await expect.poll(() => page.locator("#sel-files .count").textContent()).toContain(`已选择 ${FILES.length} 个文件`);
    const listed = (await page.locator("#sel-files li").allTextContents()).map((x) => x.replace(/（[^）]*）$/, "")).sort();
    expect(listed).toEqual(FILES.map(([, rel]) => `报送材料/${rel}`).sort());
    await page.click("#go");
    await expect.poll(() => page.locator("#progress").isVisible()).toBe(true);
    await page.waitForURL(/\/jobs\/[0-9a-f-]+\/$/, { timeout: 30_000 });

    const { model } = await expected;
    const t = model.overview.totals;
    // the report: same totals as the in-process audit, report.html's filters
    await expect.poll(() => page.locator(".card").filter({ has: page.locator("span", { hasText: /^问题$/ }) }).locator("b").textContent()).toBe(String(t.findings));
    // unreadable files listed by name and reason
    const unreadable = page.locator("#unreadable-files");
    await expect.poll(() => unreadable.locator("h2").textContent()).toBe("未能读取的文件（2）");
    const rows = await unreadable.locator("tbody tr").allTextContents();
    expect(rows.some((r) => r.includes("报送材料/宁夏/坏的.pdf") && r.includes("PDF 文件不完整"))).toBe(true);
    expect(rows.some((r) => r.includes("报送材料/其他/不是表格.dat"))).toBe(true);

    // filter by severity: only errors are shown, as many as the audit found
    await page.selectOption("#f-sev", "error");
    const sevs = await page.locator("[data-f]:visible").evaluateAll((els) => els.map((e) => e.getAttribute("data-sev")));
    expect(sevs.length).toBe(t.bySeverity.error);
    expect(new Set(sevs)).toEqual(new Set(["error"]));

    // open a form: search its project, it is the one form shown, with its indicator table and flags
    await page.click("#f-reset");
    const form = model.documents.flatMap((d) => d.forms).find((f) => f.findings > 0 && f.source.endsWith(".xlsx"))!;
    await page.fill("#f-q", form.project);
    const shown = page.locator("section.form:visible");
    await expect.poll(() => shown.count()).toBe(1);
    await shown.first().scrollIntoViewIfNeeded();
    expect(await shown.first().locator("h3").textContent()).toContain(form.project);
    expect(await shown.first().locator("tbody tr").count()).toBe(form.rows.length);
    expect(await shown.first().locator("td.flag-error, td.flag-warning, td.flag-info").count()).toBeGreaterThan(0);

    // the workbook: one row per finding, sources as uploaded
    const [xdl] = await Promise.all([page.waitForEvent("download"), page.click("#dl-xlsx-files")]);
    expect(xdl.suggestedFilename()).toBe("findings.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await xdl.path()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("问题清单")!;
    expect(ws.actualRowCount - 1).toBe(t.findings);
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value ?? ""))));
    expect(cells).toContain("报送材料/兴县/目标表.xlsx");
    expect(cells.join("\n")).toContain(form.project);

    // a department letter: the department, its forms, the findings to fix
    const letterLink = page.locator("a.dl-letter", { hasText: "兴县公安局" });
    const [ldl] = await Promise.all([page.waitForEvent("download"), letterLink.click()]);
    expect(ldl.suggestedFilename()).toBe("兴县公安局.docx");
    const text = await docxText(readFileSync(await ldl.path()));
    expect(text).toContain("兴县公安局：");
    expect(text).toContain(form.project);
    expect(text).toContain("需要修改的问题");

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(s.url))).toEqual([]);

    // discarding the upload removes its folder
    expect(readdirSync(tmpRoot)).toHaveLength(1);
    await page.click("#discard");
    await page.waitForURL(s.url);
    expect(readdirSync(tmpRoot)).toEqual([]);
    await context.close();
  });

  it("dropped files are listed; a limit is explained before anything is sent", async () => {
    const small = await startServer({ port: 0, limits: { ...DEFAULT_SERVE_LIMITS, maxFiles: 1 }, jobs: 1, tmpRoot });
    const page = await browser.newPage();
    try {
      await page.goto(small.url);
      // a drop of two files, as the browser hands them to the page
      // (a script string: this project's TypeScript has no DOM types)
      await page.evaluate(`(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(["项目名称\\t甲"], "甲.txt", { type: "text/plain" }));
        dt.items.add(new File(["项目名称\\t乙"], "乙.txt", { type: "text/plain" }));
        const zone = document.getElementById("zone-files");
        zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      })()`);
      await expect.poll(() => page.locator("#sel-files .count").textContent()).toContain("已选择 2 个文件");
      await page.click("#go");
      await expect.poll(() => page.locator("#error").textContent()).toContain("一次最多上传 1 个文件");
      expect(readdirSync(tmpRoot)).toEqual([]);
    } finally {
      await page.close();
      await small.app.close();
    }
  });

  it("resubmission check: 修改前 and 修改后 → what was fixed, still open and new; each side's report", async () => {
    const OLD = "test/fixtures/diff/old/示例县教育科技局-绩效目标表.txt";
    const NEW = "test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt";
    const { diffReports } = await import("../../src/diff/compare.js");
    const expected = diffReports((await runFixtures([OLD])).model, (await runFixtures([NEW])).model).summary;
    const page = await browser.newPage();
    try {
      await page.goto(s.url);
      await page.click("#tab-diff");
      expect(await page.locator("#go").isDisabled()).toBe(true);
      await page.setInputFiles("#pick-old", OLD);
      expect(await page.locator("#go").isDisabled()).toBe(true); // both sides are needed
      await page.setInputFiles("#pick-new", NEW);
      await page.click("#go");
      await page.waitForURL(/\/jobs\/[0-9a-f-]+\/$/, { timeout: 30_000 });
      const sum = await page.locator("table.sum").textContent();
      expect(sum).toContain(`已改正${expected.fixed}`);
      expect(sum).toContain(`仍未改${expected.open}`);
      expect(sum).toContain(`新出现${expected.added}`);
      await page.click("text=修改后材料的完整报告");
      await expect.poll(() => page.locator("#desk-new h2").first().textContent()).toBe("修改后的材料");
      expect(await page.locator("a.dl-letter").allTextContents()).toEqual(["示例县教育科技局.docx"]);
    } finally {
      await page.close();
    }
  });
});
