/**
 * Job lifecycle in the store itself: a discarded job's folder goes even while its audit runs,
 * old finished jobs are evicted, duplicate names are numbered, and a closed store takes no uploads.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { JobStore, relativizeModel, type Job } from "../../src/serve/jobs.js";
import { DEFAULT_SERVE_LIMITS } from "../../src/serve/limits.js";

const FORM = readFileSync("test/fixtures/formats/shanxi-target-000.txt");

function store(keep = 10): { s: JobStore; root: string } {
  const root = mkdtempSync(join(tmpdir(), "kpi-jobs-test-"));
  return { s: new JobStore({ limits: DEFAULT_SERVE_LIMITS, jobs: 1, tmpRoot: root, keep }), root };
}

async function until(job: Job, states: string[]): Promise<void> {
  for (let i = 0; i < 300 && !states.includes(job.state); i++) await new Promise((r) => setTimeout(r, 50));
}

describe("JobStore", () => {
  it("numbers uploads that claim the same path, and a file that clashes with a folder", async () => {
    const { s } = store();
    const job = await s.create("report");
    expect(await s.addFile(job, "files", "a/表.txt", Readable.from([FORM]))).toBe("a/表.txt");
    expect(await s.addFile(job, "files", "a/表.txt", Readable.from([FORM]))).toBe("a/表 (2).txt");
    expect(await s.addFile(job, "files", "../a/表.txt", Readable.from([FORM]))).toBe("a/表 (3).txt");
    expect(await s.addFile(job, "files", "a", Readable.from([FORM]))).toBe("a (2)");
    expect(readdirSync(join(job.inDir("files"), "a")).sort()).toEqual(["表 (2).txt", "表 (3).txt", "表.txt"]);
    await s.close();
  });

  it("a job discarded while it runs loses its folder when the audit ends", async () => {
    const { s, root } = store();
    const job = await s.create("report");
    await s.addFile(job, "files", "表.txt", Readable.from([FORM]));
    s.start(job);
    await until(job, ["running", "writing", "done"]);
    expect(await s.discard(job.id)).toBe(true);
    expect(s.get(job.id)).toBeUndefined();
    await until(job, ["done", "failed"]);
    for (let i = 0; i < 100 && existsSync(job.dir); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(root)).toEqual([]);
  });

  it("keeps at most `keep` jobs, dropping the oldest finished ones", async () => {
    const { s, root } = store(2);
    const jobs: Job[] = [];
    for (let i = 0; i < 3; i++) {
      const job = await s.create("report");
      await s.addFile(job, "files", `表${i}.txt`, Readable.from([FORM]));
      s.start(job);
      await until(job, ["done", "failed"]);
      expect(job.state).toBe("done");
      jobs.push(job);
    }
    expect(s.list().map((j) => j.id)).toEqual([jobs[1].id, jobs[2].id]);
    expect(existsSync(jobs[0].dir)).toBe(false);
    expect(readdirSync(root)).toHaveLength(2);
    await s.close();
    expect(readdirSync(root)).toEqual([]);
    await expect(s.create("report")).rejects.toThrow("服务正在关闭");
  });

  it("runs with the scheme and config it was started with, as the command line does", async () => {
    const root = mkdtempSync(join(tmpdir(), "kpi-jobs-test-"));
    const s = new JobStore({ limits: DEFAULT_SERVE_LIMITS, jobs: 1, tmpRoot: root, scheme: "shanxi" });
    const job = await s.create("report");
    await s.addFile(job, "files", "表.txt", Readable.from([FORM]));
    s.start(job);
    await until(job, ["done", "failed"]);
    expect(job.state).toBe("done");
    expect(readFileSync(join(job.outDir("files"), "report.html"), "utf8")).toContain("评分方案 shanxi");
    await s.close();
  });

  it("relativizeModel takes the job folder out of every string, escaped or not", () => {
    const dir = join(tmpdir(), "kpi-audit-serve-X");
    const v = { source: join(dir, "a", "b.txt"), msg: `读取失败：${join(dir, "c.pdf")}`, n: 3 };
    expect(relativizeModel(v, dir)).toEqual({ source: join("a", "b.txt"), msg: "读取失败：c.pdf", n: 3 });
  });
});
