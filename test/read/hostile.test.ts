/**
 * The hostile inputs of issue 10, generated small (scripts/hostile.ts --small) and read with the
 * limits lowered where the full-size case would need them: each gives a diagnostic naming the
 * reason, nothing hangs, and reading on this thread and in a worker gives the same document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeHostile } from "../../scripts/hostile.js";
import { expandInputs, type WalkFs } from "../../src/read/inputs.js";
import { readAny } from "../../src/read/index.js";
import { parseFile, piecesToDocument, gridToDocument, cutAtForm } from "../../src/parse.js";
import { decodeText, textPieces, textToGrid } from "../../src/read/text.js";
import { DEFAULT_LIMITS, limitsFrom } from "../../src/read/limits.js";
import { poolInOrder } from "../../src/run/pool.js";
import * as fsp from "node:fs/promises";

let dir = "";
const at = (f: string) => join(dir, f);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kpi-hostile-"));
  await makeHostile(dir, { small: true });
}, 120_000);
afterAll(() => {
  if (existsSync(at("locked"))) chmodSync(at("locked"), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe("the input stage walks folders and says what it cannot use", () => {
  it("loops, dangling links, devices and FIFOs are reported, links to files followed", async () => {
    const { files, problems } = await expandInputs([dir]);
    const code = (f: string) => (problems.get(at(f)) as { code: string } | undefined)?.code;
    expect(code("loop-link")).toBe("read/symlink-loop");
    expect(code("a-b-link")).toBe("read/symlink-loop");
    expect(code("dangling-link.txt")).toBe("read/dangling-symlink");
    expect(code("dev-zero-link")).toBe("read/not-regular");
    if (existsSync(at("pipe.fifo"))) expect(code("pipe.fifo")).toBe("read/not-regular");
    expect(files).toContain(at("linked-form.txt"));
    expect(problems.has(at("linked-form.txt"))).toBe(false);
    // every problem is also in the list of files, at its place in the walk
    for (const p of problems.keys()) expect(files).toContain(p);
    expect([...files]).toEqual([...files].sort());
  });

  it("a folder that cannot be opened is reported and the walk goes on (real chmod, or a simulated EACCES as root)", async () => {
    const failing: WalkFs = {
      lstat: (p) => fsp.lstat(p),
      stat: (p) => fsp.stat(p),
      realpath: (p) => fsp.realpath(p),
      readdir: (p) => (p === at("locked") ? Promise.reject(Object.assign(new Error("denied"), { code: "EACCES" })) : fsp.readdir(p, { withFileTypes: true })),
    };
    const { files, problems } = await expandInputs([dir], isRoot ? failing : undefined);
    const locked = problems.get(at("locked")) as { code: string; message: string };
    expect(locked.code).toBe("read/folder-unreadable");
    expect(locked.message).toContain("EACCES");
    expect(files).toContain(at("good-form.txt"));
  });

  it("a FIFO or /dev/zero named directly is refused at once, never read", async () => {
    if (existsSync(at("pipe.fifo"))) await expect(readAny(at("pipe.fifo"))).rejects.toMatchObject({ code: "read/not-regular" });
    await expect(readAny("/dev/zero")).rejects.toMatchObject({ code: "read/not-regular" });
    const d = await parseFile(at("dev-zero-link"));
    expect(d.diagnostics[0]).toMatchObject({ code: "read/not-regular", severity: "error" });
  });

  it("a file above the size limit is refused with the limit and the option named", async () => {
    await expect(readAny(at("good-form.txt"), limitsFrom(0.001))).rejects.toMatchObject({ code: "read/too-large", message: expect.stringContaining("--max-file-size") });
  });
});

describe("readers are bounded by what they keep, not by what the input claims", () => {
  it("a zip bomb is refused while inflating, before exceljs sees it", async () => {
    await expect(readAny(at("zip-bomb.xlsx"), limitsFrom(1))).rejects.toMatchObject({ code: "read/too-large", message: expect.stringContaining("压缩") });
  });
  it("a sheet with more cells than the budget is refused; within it, it is read", async () => {
    await expect(readAny(at("full-sheet.xlsx"), { ...DEFAULT_LIMITS, maxCells: 5_000 })).rejects.toMatchObject({ code: "read/too-large" });
    const { grid } = await readAny(at("full-sheet.xlsx"));
    expect(grid.rows.filter((r) => r.cells.length).length).toBe(20_000);
  });
  it("a sheet claiming the whole grid keeps only its cells and a bounded run of blank rows", async () => {
    const { grid } = await readAny(at("sparse-claim.xlsx"));
    expect(grid.rows.length).toBeLessThan(300);
    expect(grid.rows.at(-1)!.cells.at(-1)).toMatchObject({ text: "末格", loc: { cell: "XFD1048576" } });
  });
  it("a merged range over the whole sheet is refused before it is expanded", async () => {
    await expect(readAny(at("huge-merge.xlsx"))).rejects.toMatchObject({ code: "read/too-large" });
  });
  it("HTML spans are clipped to the rows that exist and counted against the cell budget", async () => {
    await expect(readAny(at("span-blowup.html"), { ...DEFAULT_LIMITS, maxCells: 100_000 })).rejects.toMatchObject({ code: "read/too-large" });
    const { grid } = await readAny(at("span-blowup.html"));
    // 30 rows: row k repeats the k − 1 spans above it (clipped to the table's 30 rows, not 65,534) and adds its own 1000 columns
    expect(grid.rows.filter((r) => r.cells.length).length).toBe(30);
    expect(grid.rows.filter((r) => r.cells.length).at(-1)!.cells.length).toBe(30_000);
  });
  it("a DOCX gridSpan of two billion is clipped", async () => {
    const { grid } = await readAny(at("gridspan-blowup.docx"));
    for (const r of grid.rows) expect(r.cells.length).toBeLessThanOrEqual(1000);
  });
});

describe("deep nesting: same result on this thread and in a worker, nothing rejected whole", () => {
  it("HTML nested 10,000 deep, 20,000 unclosed <div> and 20,000 unmatched end tags are read", async () => {
    const deep = await readAny(at("deep-nesting.html"));
    expect(deep.grid.rows.some((r) => r.text.includes("深处的文字"))).toBe(true);
    expect((await readAny(at("unclosed-divs.html"))).grid.rows.length).toBeGreaterThan(20_000);
    expect((await readAny(at("unmatched-close.html"))).grid.rows.some((r) => r.text.includes("文字"))).toBe(true);
    const files = [at("deep-nesting.html"), at("nested-tables.docx"), at("unclosed-divs.html")];
    const here = await Promise.all(files.map((f) => parseFile(f)));
    const inWorker = [];
    for await (const { doc } of poolInOrder(files, { jobs: 1 })) inWorker.push(doc);
    expect(JSON.stringify(inWorker)).toBe(JSON.stringify(here));
  }, 60_000);
  it("DOCX tables nested 50 deep are read (their text joins the outer cell); XML nested 6,000 deep is refused with the reason", async () => {
    const { grid } = await readAny(at("nested-tables.docx"));
    expect(grid.rows.some((r) => r.cells.some((c) => c.text.includes("最里层") && c.text.includes("第50层")))).toBe(true);
    expect(grid.rows.some((r) => r.cells[0]?.text === "项目名称")).toBe(true);
    await expect(readAny(at("deep-xml.docx"))).rejects.toMatchObject({ code: "read/too-deep" });
  });
});

describe("formulas and large texts", () => {
  it("formulas with no cached value are reported with their cells, not read silently as empty", async () => {
    const d = await parseFile(at("formula-no-cache.xlsx"));
    const w = d.diagnostics.find((x) => x.code === "read/formula-no-value");
    expect(w).toBeDefined();
    expect(w!.severity).toBe("warning");
    expect(w!.message).toMatch(/2 个公式单元格没有保存计算结果（[A-Z]+\d+、[A-Z]+\d+）/);
  });
  it("a large text recognised piece by piece gives the forms a whole-file pass gives", () => {
    const f = "corpus/000_a245d8b4fdd54633.txt";
    const { text, encoding } = decodeText(readFileSync(f));
    const whole = gridToDocument(textToGrid(f, text, encoding));
    const it = textPieces(f, text, encoding, cutAtForm, 300)[Symbol.iterator]();
    const first = it.next().value!;
    const rest = [...{ [Symbol.iterator]: () => it }];
    expect(rest.length).toBeGreaterThan(3);
    const pieced = piecesToDocument(first, rest);
    expect(pieced.forms.length).toBe(whole.forms.length);
    expect(JSON.stringify(pieced.forms)).toBe(JSON.stringify(whole.forms));
  });
});

describe("an unreadable folder inside a batch does not stop it", () => {
  it("the rest of the batch is read", async () => {
    const d2 = mkdtempSync(join(tmpdir(), "kpi-batch-"));
    mkdirSync(join(d2, "sub"));
    writeFileSync(join(d2, "sub", "a.txt"), readFileSync(at("good-form.txt")));
    writeFileSync(join(d2, "b.txt"), readFileSync(at("good-form.txt")));
    const { files, problems } = await expandInputs([d2, at("a-b-link")]);
    const docs = [];
    for await (const { doc } of poolInOrder(files, { jobs: 1, problems })) docs.push(doc);
    expect(files).toEqual([join(d2, "b.txt"), join(d2, "sub", "a.txt"), at("a-b-link")]);
    expect(docs.map((d) => d.forms.length > 0)).toEqual([true, true, false]);
    expect(docs[2].diagnostics[0].code).toBe("read/symlink-loop");
    rmSync(d2, { recursive: true, force: true });
  });
});
