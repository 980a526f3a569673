import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseInOrder, type PoolOptions } from "../../src/run/pool.js";
import { parseFile } from "../../src/parse.js";
import { forEachDocument } from "../../src/run/batch.js";

const dir = "test/fixtures/formats";
const files = readdirSync(dir)
  .filter((f) => /\.(txt|html|docx)$/.test(f) || f.startsWith("broken-"))
  .sort()
  .map((f) => join(dir, f));

describe("parse pool", () => {
  /** the pool's documents are the files in input order, byte-identical to a serial parse */
  async function expectSerialBytes(opts: PoolOptions, input = files) {
    const serial = [];
    for (const f of input) serial.push(await parseFile(f));
    const pooled = [];
    for await (const d of parseInOrder(input, opts)) pooled.push(d);
    expect(pooled.map((d) => d.source)).toEqual(input);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
  }

  it("hands documents back in input order, equal to a serial parse", async () => {
    await expectSerialBytes({ jobs: 2, window: 2 });
  });

  it("a worker replaced after each file (its heap over the limit) changes neither order nor bytes", async () => {
    // every worker's heap is over 1 byte: each is retired once it has sent its document (a worker
    // start per file: a few files suffice)
    await expectSerialBytes({ jobs: 2, recycleHeapBytes: 1 }, files.slice(0, 5));
  }, 120_000);

  it("reports progress once per file and turns a missing file into a failed document", async () => {
    const input = [...files.slice(0, 3), join(dir, "does-not-exist.txt")];
    const seen: number[] = [];
    const docs: string[] = [];
    for await (const d of parseInOrder(input, { jobs: 2, onProgress: (done) => seen.push(done) })) docs.push(d.source);
    expect(docs).toEqual(input);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it("forEachDocument streams with index and stays quiet off a terminal", async () => {
    const got: [string, number][] = [];
    await forEachDocument(files.slice(0, 4), (d, i) => void got.push([d.source, i]), { jobs: 2 });
    expect(got).toEqual(files.slice(0, 4).map((f, i) => [f, i]));
  });
});

describe("check through the pool", () => {
  it("gives the same result as a serial run", async () => {
    const { createChecker } = await import("../../src/engine/run.js");
    const input = ["corpus/000_a245d8b4fdd54633.txt", "corpus/004_8ee0b106a6d1f1e1.txt", ...files.slice(0, 4)];
    const serial = await createChecker({});
    for (const f of input) serial.add(await parseFile(f));
    const pooled = await createChecker({});
    for await (const d of parseInOrder(input, { jobs: 2 })) pooled.add(d);
    expect(JSON.stringify(pooled.finish())).toBe(JSON.stringify(serial.finish()));
  });
});

describe("checking in the workers", () => {
  it("workers run the per-document rules and the result equals a serial check, byte for byte", async () => {
    const input = ["corpus/004_8ee0b106a6d1f1e1.txt", "test/fixtures/heldout/self-assessment-heldout.txt", "test/fixtures/heldout/hebei-target-heldout.txt"];
    const { createChecker } = await import("../../src/engine/run.js");
    const { poolInOrder } = await import("../../src/run/pool.js");
    // serial: everything in this thread
    const serial = await createChecker({});
    for (const f of input) serial.add(await parseFile(f));
    const a = serial.finish();
    // pooled: per-document rules in 2 workers, run-wide rules here
    const main = await createChecker({});
    let withPre = 0;
    for await (const { doc, pre } of poolInOrder(input, { jobs: 2, check: {} })) {
      if (pre) {
        withPre++;
        expect(pre.ruleIds.length).toBeGreaterThan(20);
        expect(pre.ruleIds).not.toContain("copied-text"); // run-wide rules stay in the main thread
      }
      main.add(doc, pre);
    }
    const b = main.finish();
    expect(withPre).toBe(input.length);
    expect(b.findings.length).toBeGreaterThan(50);
    expect(JSON.stringify(b.findings)).toBe(JSON.stringify(a.findings));
    expect(b.summary).toEqual(a.summary);
  });
});
