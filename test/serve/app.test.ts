/**
 * The app over real HTTP on 127.0.0.1 (port 0): uploads become jobs in their own temporary
 * folders, limits end an upload with a Chinese message and leave nothing behind, a finished job
 * serves its report and downloads, and discarding or closing removes the folders.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { startServer, type Started } from "../../src/serve/app.js";
import type { JobStatus } from "../../src/serve/jobs.js";
import { runFixtures } from "../report/helpers.js";

const GOOD = ["test/fixtures/formats/shanxi-target-000.txt", "test/fixtures/formats/ningxia-target-004.txt"];
const BROKEN = "test/fixtures/formats/broken-truncated.pdf";
const LIMITS = { maxFileBytes: 40 * 1024, maxTotalBytes: 50 * 1024, maxFiles: 6 };

type Upload = { path: string; file: string; side?: string };

function form(files: Upload[]): FormData {
  const fd = new FormData();
  for (const f of files) {
    fd.append("path", f.path);
    fd.append(f.side ?? "files", new Blob([readFileSync(f.file)]), basename(f.file));
  }
  return fd;
}

describe("kpi-audit serve: jobs over HTTP", () => {
  let s: Started;
  let root: string;
  const post = (files: Upload[], mode = "report", headers: Record<string, string> = { "X-Kpi-Audit": "1" }) =>
    fetch(`${s.url}api/jobs?mode=${mode}`, { method: "POST", body: form(files), headers });
  const status = async (id: string) => (await (await fetch(`${s.url}api/jobs/${id}`)).json()) as JobStatus;
  async function finished(id: string): Promise<JobStatus> {
    for (let i = 0; i < 300; i++) {
      const st = await status(id);
      if (st.state === "done" || st.state === "failed") return st;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("job did not finish");
  }
  const jobDirs = () => readdirSync(root);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "kpi-serve-test-"));
    s = await startServer({ port: 0, limits: LIMITS, jobs: 1, tmpRoot: root });
  });
  afterAll(async () => {
    await s.app.close();
  });

  it("listens on 127.0.0.1 with the port it was given (0 = a free one)", () => {
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(s.port).toBeGreaterThan(0);
    const addr = s.app.server.address();
    expect(typeof addr === "object" && addr?.address).toBe("127.0.0.1");
  });

  it("serves a self-contained Chinese start page under a strict CSP", async () => {
    const r = await fetch(s.url);
    expect(r.status).toBe(200);
    const csp = r.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
    expect(csp).not.toContain("unsafe-inline'; connect");
    const html = await r.text();
    expect(html).toContain("把文件或文件夹拖到这里");
    expect(html).toContain("webkitdirectory");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("refuses requests naming another host, and uploads without the app's header", async () => {
    const r = await s.app.inject({ method: "GET", url: "/", headers: { host: "attacker.example:8321" } });
    expect(r.statusCode).toBe(403);
    const u = await post([{ path: "a.txt", file: GOOD[0] }], "report", {});
    expect(u.status).toBe(403);
    expect(jobDirs()).toEqual([]);
  });

  it("runs an upload as a job: sanitised paths, progress, report with unreadable files, downloads, discard", async () => {
    const r = await post([
      { path: "部门/目标表甲.txt", file: GOOD[0] },
      { path: "../../../逃逸/目标表乙.txt", file: GOOD[1] },
      { path: "部门/坏文件.pdf", file: BROKEN },
      { path: "说明.md", file: "test/fixtures/cli/clean-form.txt" },
    ]);
    expect(r.status).toBe(202);
    const { id, files } = (await r.json()) as { id: string; files: number };
    expect(files).toBe(4);
    const dirs = jobDirs();
    expect(dirs).toHaveLength(1);
    const inDir = join(root, dirs[0], "in", "files");
    // the climbing path was rebuilt inside the job folder; nothing was written next to it
    expect(existsSync(join(inDir, "逃逸", "目标表乙.txt"))).toBe(true);
    expect(existsSync(join(root, "逃逸"))).toBe(false);
    expect(readFileSync(join(inDir, "部门", "坏文件.pdf")).equals(readFileSync(BROKEN))).toBe(true);

    const st = await finished(id);
    expect(st.state).toBe("done");
    // the .md file is skipped by name, as the command line does; three files are read
    expect(st.total).toBe(3);
    expect(st.done).toBe(3);

    // the same files audited in this process give the same totals
    const { model } = await runFixtures([...GOOD, BROKEN]);
    const page = await (await fetch(`${s.url}jobs/${id}/`)).text();
    expect(page).toContain(`<b>${model.overview.totals.findings}</b><span>问题</span>`);
    expect(page).toContain('id="f-sev"'); // report.html's filters
    expect(page).toMatch(/未能读取的文件（1）[\s\S]*部门\/坏文件\.pdf[\s\S]*PDF 文件不完整/);
    expect(page).toMatch(/未审核的文件（1）[\s\S]*说明\.md/);
    expect(page).not.toContain(root); // sources are the uploaded paths, not this machine's folders
    expect(page).toContain("<h2>部门/目标表甲.txt</h2>");

    const xlsx = await fetch(`${s.url}jobs/${id}/s/files/download/findings.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain("findings.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.actualRowCount - 1).toBe(model.findings.length);

    const letterHref = /href="([^"]+\/letters\/[^"]+\.docx)"/.exec(page)![1];
    const letter = await fetch(new URL(letterHref, s.url));
    expect(letter.status).toBe(200);
    expect(letter.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''.+\.docx/);
    expect((await fetch(`${s.url}jobs/${id}/s/files/download/letters.zip`)).status).toBe(200);

    // only files the job wrote can be downloaded
    for (const bad of ["../../in/files/说明.md", "%2e%2e/%2e%2e/in/files/说明.md", "nothing.xlsx"]) {
      expect((await fetch(`${s.url}jobs/${id}/s/files/download/${bad}`)).status).toBe(404);
    }

    const del = await fetch(`${s.url}api/jobs/${id}`, { method: "DELETE", headers: { "X-Kpi-Audit": "1" } });
    expect(del.status).toBe(200);
    expect(jobDirs()).toEqual([]);
    expect((await fetch(`${s.url}api/jobs/${id}`)).status).toBe(404);
  });

  it("ends an upload at each limit with a Chinese message and removes what was saved", async () => {
    const big = await post([
      { path: "a.txt", file: GOOD[0] },
      { path: "大文件.pdf", file: "test/fixtures/formats/broken-encrypted.pdf" }, // 78 KB > 40 KB
    ]);
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toContain("文件“大文件.pdf”超过单个文件大小上限 40 KB");

    const many = await post(Array.from({ length: 7 }, (_, i) => ({ path: `f${i}.txt`, file: GOOD[0] })));
    expect(many.status).toBe(413);
    expect(((await many.json()) as { error: string }).error).toContain("一次最多上传 6 个文件");

    const total = await post([0, 1].map((i) => ({ path: `t${i}.pdf`, file: BROKEN }))); // 2 × 30 KB > 50 KB
    expect(total.status).toBe(413);
    expect(((await total.json()) as { error: string }).error).toContain("上传的文件合计超过 50 KB");

    expect(jobDirs()).toEqual([]);
  });

  it("a resubmission check needs both sides; with both it serves the diff and each side's report", async () => {
    const one = await post([{ path: "x.txt", file: GOOD[0], side: "old" }], "diff");
    expect(one.status).toBe(400);
    expect(((await one.json()) as { error: string }).error).toContain("修改前和修改后");

    const OLD = "test/fixtures/diff/old/示例县教育科技局-绩效目标表.txt";
    const NEW = "test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt";
    const r = await post([{ path: "退回/表.txt", file: OLD, side: "old" }, { path: "重报/表.txt", file: NEW, side: "new" }], "diff");
    expect(r.status).toBe(202);
    const { id } = (await r.json()) as { id: string };
    expect((await finished(id)).state).toBe("done");
    const page = await (await fetch(`${s.url}jobs/${id}/`)).text();
    expect(page).toContain("复核结果：修改前后对比");
    expect(page).toContain("修改后材料的完整报告");
    const side = await (await fetch(`${s.url}jobs/${id}/s/new/`)).text();
    expect(side).toContain("<h2>重报/表.txt</h2>");
    expect((await fetch(`${s.url}jobs/${id}/s/files/`)).status).toBe(404);
  });

  it("closing the app removes every job folder", async () => {
    const r = await post([{ path: "a.txt", file: GOOD[0] }]);
    const { id } = (await r.json()) as { id: string };
    await finished(id);
    expect(jobDirs().length).toBeGreaterThan(0);
    await s.app.close();
    expect(jobDirs()).toEqual([]);
    s = await startServer({ port: 0, limits: LIMITS, jobs: 1, tmpRoot: root });
  });
});
