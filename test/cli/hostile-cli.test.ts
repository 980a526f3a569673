/**
 * Issue 10 at the command line: usage errors stop before any work, a closed pipe ends quietly,
 * files that could not be read are visible in every output, CSV cells cannot run as formulas and
 * escape sequences from documents never reach the terminal raw.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli.js";
import { injectionForm } from "../../scripts/hostile.js";

const run = runCli;

let dir = "";
const R = "test/fixtures/robustness";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-cli-hostile-"));
  copyFileSync(`${R}/empty.txt`, join(dir, "a-empty.txt"));
  copyFileSync(`${R}/binary.dat`, join(dir, "b-binary.dat"));
  copyFileSync(`${R}/prose-only.txt`, join(dir, "c-prose.txt"));
  writeFileSync(join(dir, "d-injection.txt"), injectionForm());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("usage errors: a clear message and exit 2, before any work", () => {
  it("--lang fr, -j 0 and -j abc are refused", async () => {
    const fr = await run(["check", `${R}/prose-only.txt`, "--lang", "fr"]);
    expect(fr.code).toBe(2);
    expect(fr.err).toMatch(/fr.*(zh|en)/s);
    for (const j of ["0", "abc", "1.5"]) {
      const r = await run(["parse", `${R}/prose-only.txt`, "-j", j]);
      expect(r.code, j).toBe(2);
      expect(r.err).toContain("正整数");
      expect(r.out).toBe("");
    }
    const t = await run(["stats", `${R}/prose-only.txt`, "--timeout", "-1"]);
    expect(t.code).toBe(2);
  });
  it("report --out where no folder can be made fails at once, naming the folder", async () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "x");
    const r = await run(["report", "corpus", "--out", join(blocker, "out")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法写入输出文件夹");
    expect(r.err).not.toContain("已写出");
    rmSync(blocker);
  });
});

describe("a closed pipe", () => {
  it("`… | head` ends without an EPIPE stack trace", () => {
    const r = spawnSync("sh", ["-c", `${JSON.stringify(process.execPath)} --import tsx scripts/kpi-audit.ts parse corpus/002_3d262858df1b1b5e.txt --format jsonl -j 1 | head -c 100 > /dev/null`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|内部错误|at /);
  });
});

describe("files that could not be read are visible everywhere", () => {
  it("check's text lists them with their reasons, and escapes reach the terminal escaped", async () => {
    const r = await run(["check", dir, "-j", "1"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("== 未能读取的文件 2 个 ==");
    expect(r.out).toMatch(/a-empty\.txt: 文件为空/);
    expect(r.out).toMatch(/b-binary\.dat: 文件是二进制数据/);
    expect(r.out).toContain("== 未识别出绩效表的文件 1 个 ==");
    expect(r.out).toContain("（2 个未能读取、1 个未识别出表）");
    // the project name carries ESC [ 2 J and an OSC 8 link: shown as text, never sent raw
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.out).toContain("\\x1B[2J");
  });

  it("report: a section at the top of report.html, a sheet in the workbook, a row with its reason in files.csv; no CSV cell runs as a formula", async () => {
    const out = mkdtempSync(join(tmpdir(), "kpi-cli-hostile-out-"));
    const r = await run(["report", dir, "--out", out, "-j", "1"]);
    expect(r.code).toBe(2);
    const html = readFileSync(join(out, "report.html"), "utf8");
    const failed = html.indexOf("未能读取的文件（2 个）");
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(html.indexOf("<h2>总览</h2>"));
    expect(html).not.toMatch(/id="failed-files"[^>]*hidden/);
    const files = readFileSync(join(out, "files.csv"), "utf8").split("\r\n");
    expect(files[0]).toContain("status");
    expect(files.find((l) => l.includes("a-empty.txt"))).toMatch(/,unreadable,read\/empty,文件为空/);
    expect(files.find((l) => l.includes("c-prose.txt"))).toMatch(/,no-forms,/);
    expect(readFileSync(join(out, "files.jsonl"), "utf8").trim().split("\n")).toHaveLength(4);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, "findings.xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("未能读取的文件")!;
    expect(sheet.getRow(2).getCell(1).value).toContain("a-empty.txt");
    // formula injection: every CSV cell that began with = + - @ now begins with an apostrophe
    for (const name of ["indicators.csv", "findings.csv", "forms.csv"]) {
      const csv = readFileSync(join(out, name), "utf8");
      expect(csv, name).not.toMatch(/(^|,)"?[=+@]/m);
      expect(csv, name).not.toMatch(/(^|,)"?-[^\d,]/m);
    }
    expect(readFileSync(join(out, "indicators.csv"), "utf8")).toContain(`"'=HYPERLINK(""http://example.invalid"",""详情"")"`);
    rmSync(out, { recursive: true, force: true });
  }, 60_000);

  it("stats gives the count and the reasons", async () => {
    const r = await run(["stats", dir, "-j", "1"]);
    expect(r.out).toContain("【未能读取的文件】2 个");
    expect(r.out).toMatch(/b-binary\.dat: 文件是二进制数据/);
    const j = JSON.parse((await run(["stats", dir, "-j", "1", "--format", "json"])).out);
    expect(j.files).toMatchObject({ unreadable: 2, noForms: 1 });
    expect(j.files.problems.map((p: { code: string }) => p.code)).toEqual(["read/empty", "read/binary", "layout/no-forms"]);
  }, 60_000);
});
