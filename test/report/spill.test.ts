/**
 * report's model spilled to disk (decision 99): records read back from the spill files are the
 * records written, and every file `report` writes has the same bytes whether the model stayed in
 * memory, was spilled from the first document, or was built from the checker's kept findings.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { createChecker } from "../../src/engine/run.js";
import { ReportBuilder, type ReportData } from "../../src/report/model.js";
import { Records, SpillDir } from "../../src/report/spill.js";
import { writeReport } from "../../src/report/write.js";
import { writeHtml } from "../../src/report/html.js";
import { FIXTURES } from "./helpers.js";
import type { KpiDocument } from "../../src/model/types.js";

// input order is not the order of the sources' names (finding ids follow the names, documents the
// input); one file named twice; two files that cannot be read
const FILES = [
  ...readdirSync("corpus")
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .reverse()
    .map((f) => join("corpus", f)),
  ...FIXTURES,
  "test/fixtures/formats/multi.xlsx",
  "test/fixtures/formats/broken-binary.dat",
  "test/fixtures/formats/broken-empty.pdf",
  FIXTURES[0],
];

/** the report data of FILES: findings streamed (spilled after `spill` forms, or in memory), or kept by the checker */
async function build(docs: KpiDocument[], mode: { stream: boolean; spill?: number; parent?: string }): Promise<ReportData> {
  const b = new ReportBuilder(mode.spill === undefined ? {} : { spillAfterForms: mode.spill, spillParent: mode.parent });
  const checker = await createChecker({ lang: "zh", onFindings: mode.stream ? (f) => b.addFindings(f) : undefined });
  for (const doc of docs) {
    checker.add(doc);
    b.addDocument(doc);
  }
  const result = mode.stream ? await checker.finishStreaming(async () => undefined) : checker.finish();
  const rules = checker.active.map((r) => r.rule.meta);
  return mode.stream ? b.finishData(result, rules) : b.finish(result, rules);
}

/** every file of a folder (letters/ included), by name */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

async function lazyPage(model: ReportData): Promise<string> {
  const pieces: string[] = [];
  await writeHtml(model, async (s) => void pieces.push(s), { lazy: true });
  return pieces.join("");
}

describe("spill records", () => {
  it("reads back what it wrote, in order and by number, from memory and from disk", () => {
    const dir = new SpillDir();
    const big = "长".repeat(700_000); // a record larger than one read batch
    const records = [{ a: 1, b: undefined, c: NaN, d: -0, e: [null, "x"] }, { s: big, n: 2 }, { set: new Set([3, 4]), m: null }, { last: true }];
    const mem = new Records<unknown>("mem");
    const disk = new Records<unknown>("disk");
    disk.spill(dir);
    const moved = new Records<unknown>("moved");
    moved.push(records[0]);
    moved.spill(dir); // records held before the spill go to disk too
    for (const r of records.slice(1)) moved.push(r);
    for (const r of records) mem.push(r), disk.push(r);
    expect(disk.spilled && moved.spilled && !mem.spilled).toBe(true);
    for (const list of [mem, disk, moved]) {
      expect(list.length).toBe(4);
      expect([...list]).toEqual(records);
      expect(Object.is((list.at(0) as { d: number }).d, -0)).toBe(true);
      expect("b" in (list.at(0) as object)).toBe(true);
      expect((list.at(1) as { s: string }).s).toBe(big);
      expect(list.at(3)).toEqual({ last: true });
      expect(list.at(4)).toBeUndefined();
    }
    disk.close();
    moved.close();
    expect(existsSync(dir.path)).toBe(true);
    dir.dispose();
    expect(existsSync(dir.path)).toBe(false);
  });
});

describe("report with its model spilled", () => {
  it("writes the same bytes spilled from the first form, in memory, and from the checker's kept findings", async () => {
    const parent = mkdtempSync(join(tmpdir(), "kpi-spill-parent-"));
    const docs: KpiDocument[] = [];
    for (const file of FILES) docs.push(await parseFile(file));
    const kept = await build(docs, { stream: false });
    const memory = await build(docs, { stream: true });
    const spilled = await build(docs, { stream: true, spill: 0, parent });
    expect(memory.spill ?? null).toBeNull();
    expect(spilled.spill).not.toBeNull();
    // the spill folder is under the given parent, and holds the spill files while the data lives:
    // the documents as read (finished again when read back: no second file of sections) and the views
    expect(readdirSync(parent)).toHaveLength(1);
    expect(readdirSync(spilled.spill!.path).sort()).toEqual(["documents", "views"]);
    expect(spilled.documents.length).toBe(FILES.length);
    expect(spilled.findings.length).toBe(kept.findings.length);
    expect(spilled.findings.length).toBeGreaterThan(50);
    // ids follow the sources' names; documents keep the input order
    const ids = [...spilled.findings].map((f) => f.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect([...spilled.documents].map((d) => d.source)).toEqual(FILES);
    // a section read back gets its findings placed again: the same as the section finished in memory,
    // read in order or by number (the letters read by number)
    const inMemory = [...memory.documents];
    expect([...spilled.documents]).toEqual(inMemory);
    expect(inMemory.map((_, i) => spilled.documents.at(i))).toEqual(inMemory);
    expect(inMemory.some((d) => d.forms.some((f) => f.rows.some((r) => r.findings.length > 0)))).toBe(true);
    expect(spilled.failedFiles.map((f) => f.source)).toEqual(["test/fixtures/formats/broken-binary.dat", "test/fixtures/formats/broken-empty.pdf"]);

    const outs = [kept, memory, spilled].map((model) => {
      const dir = mkdtempSync(join(tmpdir(), "kpi-spill-out-"));
      return writeReport(model, dir, { letters: true }).then((written) => ({ dir, written }));
    });
    const [a, b, c] = await Promise.all(outs);
    expect(a.written).toContain("findings.xlsx");
    expect(a.written.some((n) => n.startsWith("letters"))).toBe(true);
    expect(b.written).toEqual(a.written);
    expect(c.written).toEqual(a.written);
    const fa = filesOf(a.dir);
    for (const other of [filesOf(b.dir), filesOf(c.dir)]) {
      expect([...other.keys()]).toEqual([...fa.keys()]);
      for (const [name, bytes] of fa) expect(other.get(name)!.equals(bytes), name).toBe(true);
    }
    // the lazy page (an index read from the documents, details deflated through a scratch file)
    const page = await lazyPage(kept);
    expect(page).toContain('id="kpi-index">{"sevs":[');
    expect(await lazyPage(memory)).toBe(page);
    expect(await lazyPage(spilled)).toBe(page);
    expect(readdirSync(spilled.spill!.path)).toContain("details.deflate");

    spilled.dispose!();
    expect(readdirSync(parent)).toHaveLength(0);
  }, 180_000);
});
