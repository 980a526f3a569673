/**
 * Streaming writers (issue 11, item 1): the bytes are those of the whole object pretty-printed at
 * once, and they leave as each item is written — never as one string of the run.
 */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";
import { checkDocuments, createChecker } from "../../src/engine/run.js";
import { jsonLinesWriter, jsonObjectWriter, nested, type Sink } from "../../src/report/stream.js";
import { StatsBuilder } from "../../src/report/stats.js";
import type { Finding } from "../../src/engine/types.js";

/** a writable that records every chunk; `full` makes write() ask the caller to wait for drain */
class Recorder extends EventEmitter {
  chunks: string[] = [];
  full = false;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return !this.full;
  }
  get text(): string {
    return this.chunks.join("");
  }
}
const sink = (r: Recorder) => r as unknown as Sink;

const FILES = ["corpus/004_8ee0b106a6d1f1e1.txt", "test/fixtures/heldout/shanxi-target-heldout.txt"];

describe("streaming JSON writers", () => {
  it("write the bytes of JSON.stringify(result, null, 2) of parsed documents", async () => {
    const docs = await Promise.all(["corpus/004_8ee0b106a6d1f1e1.txt", "corpus/000_a245d8b4fdd54633.txt"].map((f) => parseFile(f)));
    const r = new Recorder();
    const w = jsonObjectWriter(sink(r), { schemaVersion: 1 }, "documents");
    for (const d of docs) await w.item(d);
    await w.close();
    expect(r.text).toBe(JSON.stringify({ schemaVersion: 1, documents: docs }, null, 2) + "\n");
    expect(w.count).toBe(2);
  });

  it("are incremental: one chunk per item, the first before the second item exists", async () => {
    const r = new Recorder();
    const w = jsonObjectWriter(sink(r), { schemaVersion: 1 }, "documents");
    await w.item({ source: "a.txt", forms: [{ line: 3 }] });
    expect(r.chunks).toHaveLength(1);
    expect(r.text.startsWith('{\n  "schemaVersion": 1,\n  "documents": [\n    {\n      "source": "a.txt"')).toBe(true);
    await w.item({ source: "b.txt", forms: [] });
    await w.close({ summary: { n: 2 } });
    expect(r.chunks).toHaveLength(3);
    expect(JSON.parse(r.text)).toEqual({ schemaVersion: 1, documents: [{ source: "a.txt", forms: [{ line: 3 }] }, { source: "b.txt", forms: [] }], summary: { n: 2 } });
  });

  it("items() writes several elements as one chunk, with the bytes item() gives for each", async () => {
    const values: unknown[] = [{ a: 1, b: ["x", { c: null }] }, "文本\n带换行", 3, [], {}, undefined, [[1, 2], { d: "e" }]];
    const one = new Recorder();
    const w1 = jsonObjectWriter(sink(one), { schemaVersion: 1 }, "findings");
    for (const v of values) await w1.item(v);
    await w1.close({ summary: { n: values.length } });
    const grouped = new Recorder();
    const w2 = jsonObjectWriter(sink(grouped), { schemaVersion: 1 }, "findings");
    await w2.items(values.slice(0, 3));
    await w2.items([]);
    await w2.items(values.slice(3));
    await w2.close({ summary: { n: values.length } });
    expect(grouped.text).toBe(one.text);
    expect(grouped.text).toBe(JSON.stringify({ schemaVersion: 1, findings: values, summary: { n: values.length } }, null, 2) + "\n");
    expect(grouped.chunks).toHaveLength(3); // two groups and the close; an empty group writes nothing
    expect(w2.count).toBe(values.length);
  });

  it("nested() indents as re-indenting every line of JSON.stringify(v, null, 2) would", () => {
    const reindent = (v: unknown, depth: number) => JSON.stringify(v, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
    const values: unknown[] = [{ a: { b: [1, { c: "d\ne" }] }, e: [] }, [], {}, "串", 0, null, true, [[[]]], { "k\"": ["\\n"] }];
    for (const depth of [0, 1, 2, 3, 5]) for (const v of values) expect(nested(v, depth)).toBe(reindent(v, depth));
  });

  it("wait for drain when the reader is slow", async () => {
    const r = new Recorder();
    r.full = true;
    const w = jsonLinesWriter(sink(r));
    let done = false;
    const p = Promise.resolve(w.item({ a: 1 })).then(() => (done = true));
    await new Promise((res) => setTimeout(res, 5));
    expect(done).toBe(false);
    r.emit("drain");
    await p;
    expect(done).toBe(true);
    expect(r.text).toBe('{"a":1}\n');
  });

  it("match JSON.stringify for an empty array and for fields after it, skipping undefined as it does", async () => {
    const r = new Recorder();
    const w = jsonObjectWriter(sink(r), { schemaVersion: 1, skipped: undefined }, "findings");
    await w.close({ diagnostics: [], summary: { a: [1, { b: null }] }, gone: undefined });
    expect(r.text).toBe(JSON.stringify({ schemaVersion: 1, skipped: undefined, findings: [], diagnostics: [], summary: { a: [1, { b: null }] }, gone: undefined }, null, 2) + "\n");
  });

  it("check's findings streamed through the writer equal the whole result's findings", async () => {
    const docs = await Promise.all(FILES.map((f) => parseFile(f)));
    const whole = await checkDocuments(docs);
    const r = new Recorder();
    const w = jsonObjectWriter(sink(r), { schemaVersion: 1 }, "findings");
    const c = await createChecker({ onFindings: (chunk) => chunk.forEach((f) => w.item(f)) });
    for (const d of docs) c.add(d);
    const res = c.finish();
    await w.close({ diagnostics: res.diagnostics, summary: res.summary });
    const streamed = JSON.parse(r.text);
    expect(whole.findings.length).toBeGreaterThan(5);
    expect(streamed.summary).toEqual(whole.summary);
    // per-document chunks then the run-wide ones: the same findings, sorted the same way within each
    const key = (f: Finding) => JSON.stringify(f);
    expect(streamed.findings.map(key).sort()).toEqual(whole.findings.map(key).sort());
  });
});

describe("stats counts streamed findings as it would the whole list", () => {
  it("same statistics from onFindings chunks (before their documents) as from the kept findings", async () => {
    const docs = await Promise.all([...FILES, "corpus/001_365c8d074fbd9767.txt"].map((f) => parseFile(f)));
    const whole = new StatsBuilder();
    for (const d of docs) whole.addDocument(d);
    const expected = whole.finish(await checkDocuments(docs));

    const streamed = new StatsBuilder();
    const c = await createChecker({ onFindings: (chunk) => streamed.addFindings(chunk) });
    for (const d of docs) {
      c.add(d); // its findings arrive before the builder has seen the document
      streamed.addDocument(d);
    }
    const got = streamed.finish(c.finish());
    expect(expected.totals.findings).toBeGreaterThan(10);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });
});
