// Screenshots of the reviewer's desk (`kpi-audit serve`) for the README, one per step, into
// docs/img/. `npm run docs:screenshots`; needs Debian's chromium (/usr/bin/chromium) and a CJK font
// (e.g. apt-get install fonts-wqy-microhei). The documents are the hand-written held-out set and
// the invented 示例县 fixtures, plus a broken PDF to show the unreadable-files list.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../src/serve/app.js";
import { DEFAULT_SERVE_LIMITS } from "../src/serve/limits.js";
import { toolVersion } from "../src/cli/version.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const OUT = "docs/img";

const SUBMISSION: [string, string][] = [
  ["test/fixtures/heldout/shanxi-target-heldout.txt", "岚县教育科技局/绩效目标表.txt"],
  ["test/fixtures/heldout/hebei-target-heldout.txt", "威县卫生健康局/绩效目标表.txt"],
  ["test/fixtures/heldout/self-assessment-heldout.txt", "交口县交通运输局/绩效自评表.txt"],
  ["test/fixtures/heldout/ningxia-target-heldout.txt", "贺兰县农业农村局/绩效目标表.txt"],
  ["test/fixtures/diff/old/示例县教育科技局-绩效目标表.txt", "示例县教育科技局/绩效目标表.txt"],
  ["test/fixtures/formats/broken-truncated.pdf", "示例县教育科技局/扫描件（不完整）.pdf"],
];

async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), "kpi-shots-"));
  const folder = join(base, "2024年报送材料");
  for (const [src, rel] of SUBMISSION) {
    mkdirSync(join(folder, rel, ".."), { recursive: true });
    copyFileSync(src, join(folder, rel));
  }
  mkdirSync(OUT, { recursive: true });
  const s = await startServer({ port: 0, limits: DEFAULT_SERVE_LIMITS, jobs: 1, tmpRoot: base, version: toolVersion() });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const shot = async (page: import("playwright-core").Page, name: string) => {
    await page.screenshot({ path: join(OUT, name) });
    process.stdout.write(`${join(OUT, name)}\n`);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.goto(s.url);
    await page.setInputFiles("#pick-dir-files", folder);
    await page.locator("#sel-files .count").waitFor();
    await shot(page, "serve-1-start.png");

    // the progress line as the reviewer sees it: polled from the server while files are read
    await page.click("#go");
    await page.locator("#count", { hasText: "已读取" }).waitFor({ timeout: 30_000 }).catch(() => undefined);
    await shot(page, "serve-2-progress.png");

    await page.waitForURL(/\/jobs\/[0-9a-f-]+\/$/, { timeout: 60_000 });
    await shot(page, "serve-3-report.png");

    await page.selectOption("#f-sev", "error");
    await page.locator("section.form:visible").first().scrollIntoViewIfNeeded();
    await page.evaluate("window.scrollBy(0, -60)");
    await shot(page, "serve-4-filter.png");

    await page.locator("#unreadable-files").scrollIntoViewIfNeeded();
    await page.evaluate("document.getElementById('desk').scrollIntoView()");
    await page.locator("#desk-files details").evaluate((d) => ((d as unknown as { open: boolean }).open = true));
    await shot(page, "serve-5-downloads.png");

    // the resubmission check: 修改前 / 修改后 → the diff page
    await page.goto(s.url);
    await page.click("#tab-diff");
    await page.setInputFiles("#pick-old", "test/fixtures/diff/old/示例县教育科技局-绩效目标表.txt");
    await page.setInputFiles("#pick-new", "test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt");
    await page.click("#go");
    await page.waitForURL(/\/jobs\/[0-9a-f-]+\/$/, { timeout: 60_000 });
    await shot(page, "serve-6-diff.png");
  } finally {
    await browser.close();
    await s.app.close();
    rmSync(base, { recursive: true, force: true });
  }
  // smaller files when pngquant is there (optional): lossy palette, text stays sharp
  const pngs = readdirSync(OUT).filter((f) => f.startsWith("serve-") && f.endsWith(".png")).map((f) => join(OUT, f));
  const q = spawnSync("pngquant", ["--force", "--skip-if-larger", "--quality", "70-95", "--ext", ".png", ...pngs], { stdio: "ignore" });
  process.stdout.write(`(${basename(OUT)}: ${SUBMISSION.length} files uploaded${q.error ? "; pngquant not found, PNGs left as they are" : "; compressed with pngquant"})\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
