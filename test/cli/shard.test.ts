/**
 * Sharded checks (issue 11, item 5): N shards + merge write the bytes of one run, in both formats,
 * and a merge refuses shards that do not make one whole run.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { orderShards, parseShardSpec, shardFiles, shardSlice } from "../../src/run/shard.js";
import { cli } from "../helpers/cli.js";

// the corpus and fixtures that exercise every corpus-scope rule (copies, target drift, a filed budget in another file)
const INPUTS = ["corpus", "test/fixtures/target-drift", "test/fixtures/budget-filed-mismatch", "test/fixtures/heldout"];
const dir = mkdtempSync(join(tmpdir(), "kpi-shards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check --shard + merge", () => {
  it("3 shards + merge give byte-identical findings to one run (json and text), with its exit code", async () => {
    const one = await cli("check", ...INPUTS, "--format", "json", "-j", "1");
    expect(JSON.parse(one.out).summary.findings).toBeGreaterThan(500);
    const corpusRules = ["copied-text", "goal-mismatch", "generic-goal", "target-drift", "budget-filed-mismatch"];
    const byRule = JSON.parse(one.out).summary.byRule as Record<string, number>;
    for (const r of corpusRules) expect(byRule[r], r).toBeGreaterThan(0);
    // shards are independent processes: run them at once, as a scheduler would
    const shards = await Promise.all([1, 2, 3].map((i) => cli("check", ...INPUTS, "--format", "json", "-j", "1", "--shard", `${i}/3`, "--shard-out", dir)));
    for (const s of shards) {
      expect(s.code, s.err).toBe(0);
      expect(s.out).toBe(""); // a shard writes its file, not the findings
    }
    expect(readdirSync(dir).sort()).toEqual(["shard-1-of-3.jsonl", "shard-2-of-3.jsonl", "shard-3-of-3.jsonl"]);
    const merged = await cli("merge", dir, "--format", "json");
    expect(merged.out).toBe(one.out);
    expect(merged.code).toBe(one.code);
    const text = await cli("check", ...INPUTS, "-j", "1");
    expect((await cli("merge", dir)).out).toBe(text.out);
  }, 300_000); // seven runs of the CLI

  it("refuses a missing shard, a shard given twice and shards of another run, naming the file", async () => {
    const files = shardFiles([dir]);
    expect(files).toHaveLength(3);
    await expect(orderShards(files.slice(1))).rejects.toThrow(/missing shard\(s\) 1 of 3/);
    await expect(orderShards([...files, files[0]])).rejects.toThrow(/shard 1 given twice/);
    const other = join(dir, "other.jsonl");
    const lines = readFileSync(files[0], "utf8").split("\n");
    const head = JSON.parse(lines[0]);
    head.header.options.lang = "en";
    writeFileSync(other, [JSON.stringify(head), ...lines.slice(1)].join("\n"));
    await expect(orderShards([files[1], files[2], other])).rejects.toThrow(/other\.jsonl.*not from the same sharded run/);
    // a shard of an older version, whose state items carried their texts (format 1)
    const old = JSON.parse(lines[0]);
    old.header.format = 1;
    writeFileSync(other, [JSON.stringify(old), ...lines.slice(1)].join("\n"));
    await expect(orderShards([files[1], files[2], other])).rejects.toThrow(/other\.jsonl.*shard format 1 was written by another kpi-audit version \(this one reads 2\)/);
    // a shard cut before its totals line
    const cut = join(dir, "cut");
    rmSync(other);
    const r = await cli("merge", files[1], files[2], ...(() => {
      writeFileSync(cut, lines.slice(0, 2).join("\n"));
      return [cut];
    })());
    expect(r.code).toBe(2);
    expect(r.err).toContain("incomplete shard");
    expect(r.err).toContain(cut);
  });

  it("a merge exits 2 and names the missing input, as the check would", async () => {
    const out = join(dir, "missing");
    const s = await cli("check", "corpus/004_8ee0b106a6d1f1e1.txt", "no/such/dir", "-j", "1", "--shard", "1/1", "--shard-out", out);
    expect(s.code).toBe(2);
    const m = await cli("merge", out);
    expect(m.code).toBe(2);
    expect(m.err).toContain("no/such/dir");
    expect(m.out).toContain("004_8ee0b106a6d1f1e1.txt");
  }, 120_000);

  it("slices the file list into consecutive near-equal parts that cover it once", () => {
    const files = Array.from({ length: 10 }, (_, i) => i);
    const parts = [1, 2, 3].map((i) => shardSlice(files, i, 3));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 4]);
    expect(parts.flat()).toEqual(files);
    expect(shardSlice([1, 2], 3, 4)).toEqual([]); // more shards than files: some are empty
    expect(parseShardSpec("2/8")).toEqual({ shard: 2, of: 8 });
    for (const bad of ["0/3", "4/3", "a/b", "3"]) expect(parseShardSpec(bad)).toBeNull();
  });
});
