/**
 * The PDF reader's two engines (decision 73): PDFium, the default, and pdfjs, its fallback, give
 * the same text runs and painted paths, and so the same cells with the same provenance, on every
 * PDF fixture of the repository (the damaged ones give the same diagnostic).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { readPdf, rawPages, type RawPage } from "../../src/read/pdf.js";
import { ReadError } from "../../src/read/errors.js";
import { DEFAULT_LIMITS } from "../../src/read/limits.js";

const FIXTURES = join(__dirname, "../fixtures");

/** every PDF under the fixtures, held-out sets left alone */
function pdfs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("heldout") ? [] : pdfs(path);
    return e.name.endsWith(".pdf") ? [path] : [];
  });
}

const FILES = pdfs(FIXTURES).map((f) => relative(FIXTURES, f));

async function outcome(file: string, engine: "pdfium" | "pdfjs"): Promise<object> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  return readPdf(file, bytes, { ...DEFAULT_LIMITS, timeoutMs: 0 }, engine).catch((e: unknown) => (e instanceof ReadError ? { code: e.code, message: e.message } : { unexpected: String(e) }));
}

describe("PDFium and pdfjs give the same cells", () => {
  it("finds the fixture PDFs, readable and damaged", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
    expect(FILES.some((f) => f.includes("broken-encrypted"))).toBe(true);
  });

  it.each(FILES)("%s", async (file) => {
    const [pdfium, pdfjs] = [await outcome(file, "pdfium"), await outcome(file, "pdfjs")];
    expect(pdfium).toEqual(pdfjs);
    expect("rows" in pdfium || "code" in pdfium).toBe(true);
  }, 60_000);
});

describe("PDFium's characters grouped as pdfjs groups its text items", () => {
  const file = join(FIXTURES, "formats", "shanxi-target-000.pdf");
  /** the largest distance between two numbers at the same place of two pages' runs and paths */
  const drift = (p: RawPage, q: RawPage) => {
    const nums = (r: RawPage) => [...r.items.flatMap((i) => [i.x0, i.x1, i.y, i.size]), ...r.paths.flatMap((path) => path.pts.flat())];
    const [x, y] = [nums(p), nums(q)];
    expect(x).toHaveLength(y.length);
    return Math.max(...x.map((v, k) => (Number.isNaN(v) && Number.isNaN(y[k]) ? 0 : Math.abs(v - y[k]))));
  };
  const shape = (p: RawPage) => ({ runs: p.items.map((i) => i.str), paths: p.paths.map((q) => [q.stroke, q.fill, q.pts.length]) });
  it("same runs (text; origin, advance and size within 0.05 pt) and the same painted paths on every page", async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const [a, b] = [await rawPages(bytes, "pdfium"), await rawPages(bytes, "pdfjs")];
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(2);
    // the run pdfjs joins across a rule, with a space for the gap (pdf.test.ts splits it at the rule)
    expect(a[0]!.items.map((i) => i.str)).toContain("50,000 市县（区）财政资金");
    a.forEach((p, k) => {
      expect(shape(p!)).toEqual(shape(b[k]!));
      expect(drift(p!, b[k]!)).toBeLessThan(0.05);
    });
  });
});
