import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { FIXTURES } from "../report/helpers.js";

const run = runCli;

const FILES = ["files.csv", "files.jsonl", "findings.csv", "findings.jsonl", "findings.xlsx", "forms.csv", "forms.jsonl", "indicators.csv", "indicators.jsonl", "report.html"];

describe("kpi-audit report / stats", () => {
  it("writes every view, and the same bytes with one worker or two", async () => {
    const a = mkdtempSync(join(tmpdir(), "kpi-rep-a-"));
    const b = mkdtempSync(join(tmpdir(), "kpi-rep-b-"));
    const ra = await run(["report", ...FIXTURES, "--out", a, "--jobs", "2"]);
    const rb = await run(["report", ...FIXTURES, "--out", b, "--jobs", "1"]);
    expect([0, 1]).toContain(ra.code);
    expect(rb.code).toBe(ra.code);
    expect(readdirSync(a).sort()).toEqual(FILES);
    for (const f of FILES) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(ra.err).toContain("已写出 10 个文件");
    expect(ra.out).toBe("");
  });

  it("report needs --out; unknown input exits 2", async () => {
    expect((await run(["report", ...FIXTURES])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "kpi-rep-c-"));
    const r = await run(["report", "no/such/folder", "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件或文件夹不存在");
  });

  it("stats prints text, JSON and CSV", async () => {
    const j = await run(["stats", ...FIXTURES, "--format", "json"]);
    expect(j.code).toBe(0);
    const s = JSON.parse(j.out);
    expect(s.totals.forms).toBeGreaterThan(0);
    const c = await run(["stats", ...FIXTURES, "--format", "csv"]);
    expect(c.out.split("\r\n")[0]).toBe("\uFEFFtable,key,metric,value");
    const t = await run(["stats", ...FIXTURES]);
    expect(t.out).toContain("【按版式】");
    expect((await run(["stats", ...FIXTURES, "--format", "xml"])).code).toBe(2);
  });
});
