/**
 * The full collection `report` asks for when the check is done (decision 121): it really collects
 * (an object no longer referenced is gone after it), and it is asked for only when the builder
 * spilled (`ReportBuilder.spilled`).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectGarbage } from "../../src/report/collect.js";
import { ReportBuilder } from "../../src/report/model.js";
import { parseFile } from "../../src/parse.js";

describe("collectGarbage", () => {
  it("frees an object nothing references any more", async () => {
    let held: { data: number[] } | null = { data: Array.from({ length: 1000 }, (_, i) => i) };
    const ref = new WeakRef(held);
    held = null;
    // a WeakRef's target is kept until the job that made it ends
    await new Promise((r) => setTimeout(r, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});

describe("ReportBuilder.spilled", () => {
  it("is false in memory and before the threshold, true once the forms held pass it", async () => {
    const doc = await parseFile(join("corpus", "000_a245d8b4fdd54633.txt"));
    expect(doc.forms.length).toBeGreaterThan(0);
    const parent = mkdtempSync(join(tmpdir(), "kpi-collect-"));
    try {
      const mem = new ReportBuilder();
      mem.addDocument(doc);
      expect(mem.spilled).toBe(false);
      const late = new ReportBuilder({ spillAfterForms: doc.forms.length, spillParent: parent });
      late.addDocument(doc);
      expect(late.spilled).toBe(false);
      late.addDocument(doc);
      expect(late.spilled).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
