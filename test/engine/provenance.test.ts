/**
 * Every finding carries provenance: from a PDF its page, from a workbook sheet and cell, from Word
 * or HTML table and row, from text its line — plus file, project, rule, severity, evidence and a
 * Chinese message. Run all rules over the same forms in every format.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";

const dir = "test/fixtures/formats";
const files = readdirSync(dir)
  .filter((f) => !f.startsWith("broken-") && /\.(pdf|xlsx|docx|html|txt)$/.test(f))
  .map((f) => `${dir}/${f}`);

describe("provenance of findings in every format", async () => {
  const docs = await Promise.all(files.map((f) => parseFile(f)));
  const result = await checkDocuments(docs);
  it("the fixtures raise findings in every format", () => {
    for (const ext of ["pdf", "xlsx", "docx", "html", "txt"]) {
      expect(result.findings.filter((f) => f.source.endsWith(`.${ext}`)).length, ext).toBeGreaterThan(0);
    }
  });
  it("every finding names its place in the source format", () => {
    for (const f of result.findings) {
      const what = `${f.source}:${f.line} ${f.ruleId}`;
      expect(f.line, what).not.toBeNull();
      if (f.source.endsWith(".pdf")) expect(f.page, what).toBeGreaterThanOrEqual(1);
      if (f.source.endsWith(".xlsx")) {
        expect(f.sheet, what).toBeTruthy();
        expect(f.cell, what).toMatch(/^[A-Z]+\d+$/);
      }
      if (f.source.endsWith(".docx") || f.source.endsWith(".html")) {
        expect(f.table, what).toBeGreaterThanOrEqual(1);
        expect(f.row, what).toBeGreaterThanOrEqual(1);
      }
      expect(f.project, what).toBeTruthy();
      expect(f.message, what).toMatch(/[\u4e00-\u9fa5]/);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.evidence).toBe("string");
    }
  });
});
