import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { createChecker } from "../../src/engine/run.js";
import type { Finding } from "../../src/engine/types.js";
import type { KpiDocument } from "../../src/model/types.js";

// the bundled corpus: its goals and reports are copied across files, so the corpus rules report
// findings in several source files
const dir = "corpus";
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(dir, f));

async function run(streaming: boolean) {
  const chunks: { phase: string; findings: Finding[] }[] = [];
  const checker = await createChecker({ lang: "zh", onFindings: (findings, phase) => chunks.push({ phase, findings }) });
  for (const f of files) checker.add((await parseFile(f)) as KpiDocument);
  let drained = 0;
  const result = streaming ? await checker.finishStreaming(async () => void drained++) : checker.finish();
  return { chunks, result, drained };
}

describe("finishStreaming", () => {
  it("hands over the corpus rules' findings one source file at a time: the same findings in the same order as finish()", async () => {
    const one = await run(false);
    const streamed = await run(true);
    const corpusOf = (r: typeof one) => r.chunks.filter((c) => c.phase === "corpus");
    // finish(): one corpus chunk
    expect(corpusOf(one)).toHaveLength(1);
    const all = corpusOf(one)[0].findings;
    expect(all.length).toBeGreaterThan(0);
    // finishStreaming: one chunk per source file, files in name order, each chunk awaited
    const chunks = corpusOf(streamed);
    expect(chunks.length).toBe(new Set(all.map((f) => f.source)).size);
    expect(chunks.length).toBeGreaterThan(1);
    expect(streamed.drained).toBe(chunks.length);
    const sources = chunks.map((c) => {
      expect(new Set(c.findings.map((f) => f.source)).size).toBe(1);
      return c.findings[0].source;
    });
    expect(sources).toEqual([...sources].sort());
    expect(new Set(sources).size).toBe(sources.length);
    // together: byte for byte what finish() gave, and the same per-document chunks and summary
    expect(JSON.stringify(chunks.flatMap((c) => c.findings))).toBe(JSON.stringify(all));
    expect(JSON.stringify(streamed.chunks.filter((c) => c.phase === "document"))).toBe(JSON.stringify(one.chunks.filter((c) => c.phase === "document")));
    expect(streamed.result.summary).toEqual(one.result.summary);
    expect(streamed.result.diagnostics).toEqual(one.result.diagnostics);
  }, 120_000);

  it("without onFindings, finish() still returns every finding sorted together", async () => {
    const checker = await createChecker({ lang: "zh" });
    for (const f of files) checker.add((await parseFile(f)) as KpiDocument);
    const result = await checker.finishStreaming(async () => undefined);
    expect(result.findings.length).toBe(result.summary.findings);
    expect(result.findings.some((f) => f.ruleId === "copied-text")).toBe(true);
    const keys = result.findings.map((f) => f.source);
    expect(keys).toEqual([...keys].sort());
  }, 120_000);
});
