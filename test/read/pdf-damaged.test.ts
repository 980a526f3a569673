/**
 * Damaged PDFs, generated from a committed fixture by structural edits, are each a per-file
 * outcome — forms, or a read/* diagnostic naming the damage — on the main-thread path (`--timeout
 * 0`) as in the pdfjs thread, and pdfjs's internal rejections never escape: vitest fails a run in
 * which a promise rejection goes unhandled, and the rejection guard of the in-thread fallback
 * (extractHere) is removed once it is done.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { limitsFrom } from "../../src/read/limits.js";
import { ReadError } from "../../src/read/errors.js";
import { extractHere, fromPdfjs } from "../../src/read/pdf-bounded.js";

const FIXTURE = join(__dirname, "../fixtures/formats/shanxi-target-000.pdf");

/** each edit must change the file (checked below), so every case is really damaged */
function damaged(): Record<string, Buffer> {
  const base = readFileSync(FIXTURE);
  const latin = base.toString("latin1");
  const edit = (re: RegExp, to: string) => Buffer.from(latin.replace(re, to), "latin1");
  const middle = Buffer.from(base);
  middle.fill(0x41, Math.floor(base.length / 3), Math.floor(base.length / 3) + 4096);
  return {
    // no page tree, no catalogue: the document cannot be opened
    "missing-pages": edit(/\/Pages\s+\d+\s+0\s+R/, "/Pages 9999 0 R"),
    "missing-root": edit(/\/Root\s+\d+\s+0\s+R/, "/Root 9996 0 R"),
    // damage pdfjs reads around (it rebuilds the cross-reference table, skips what it cannot decode)
    "bad-startxref": edit(/startxref\s+\d+/, "startxref\n99999999"),
    "no-xref-table": edit(/xref[\s\S]*?trailer/, "trailer"),
    "missing-contents": edit(/\/Contents\s+\d+\s+0\s+R/g, "/Contents 9998 0 R"),
    "short-stream-lengths": edit(/\/Length\s+\d+/g, "/Length 5"),
    "huge-stream-lengths": edit(/\/Length\s+\d+/g, "/Length 999999999"),
    "wrong-filter": edit(/\/FlateDecode/g, "/LZWDecode"),
    "page-count-lies": edit(/\/Count\s+\d+/, "/Count 100000"),
    "streams-cut": edit(/stream\r?\n[\s\S]{0,200}/g, "stream\n"),
    "bad-mediabox": edit(/\/MediaBox\s*\[[^\]]*\]/g, "/MediaBox [0 0 abc]"),
    "overwritten-middle": middle,
    // cut in the middle, with a trailer marker appended so that the reader does not stop at the cut
    "cut-with-eof": Buffer.concat([base.subarray(0, Math.floor(base.length / 2)), Buffer.from("\n%%EOF\n")]),
  };
}

describe("damaged PDFs are per-file outcomes", () => {
  const cases = damaged();

  it("every generated case differs from the fixture", () => {
    const base = readFileSync(FIXTURE);
    for (const [name, bytes] of Object.entries(cases)) expect(bytes.equals(base), name).toBe(false);
  });

  it("on the main-thread path each file gives forms or a read/* error, and the unopenable ones say so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-pdf-damaged-"));
    try {
      for (const [name, bytes] of Object.entries(cases)) {
        const file = join(dir, `${name}.pdf`);
        writeFileSync(file, bytes);
        const doc = await parseFile(file, limitsFrom(undefined, 0));
        expect(doc.source).toBe(file);
        const readError = doc.diagnostics.find((d) => d.code.startsWith("read/") && d.severity === "error");
        expect(doc.forms.length > 0 || readError !== undefined, name).toBe(true);
        // a generic "read/failed" would mean an error escaped the PDF reader's own handling
        expect(doc.diagnostics.map((d) => d.code), name).not.toContain("read/failed");
        if (name === "missing-pages" || name === "missing-root") {
          expect(readError?.code, name).toBe("read/corrupt");
          expect(readError?.message, name).toMatch(/PDF 文件已损坏/);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("pdfjs in this thread (the fallback when no pdfjs thread starts): a result or a ReadError, and the guard is removed after", async () => {
    const before = process.listenerCount("unhandledRejection");
    for (const [name, bytes] of Object.entries(cases)) {
      const out = await extractHere(new Uint8Array(bytes)).then(
        (r) => ({ pages: r.numPages, error: null as unknown }),
        (e: unknown) => ({ pages: 0, error: e }),
      );
      if (out.error) expect(out.error, name).toBeInstanceOf(ReadError);
      else expect(out.pages, name).toBeGreaterThan(0);
    }
    expect(process.listenerCount("unhandledRejection")).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 250));
    expect(process.listenerCount("unhandledRejection")).toBe(before);
  }, 120_000);

  it("tells pdfjs's rejections from others by the stack", () => {
    const ours = new Error("x");
    ours.stack = "Error: x\n    at f (file:///app/node_modules/pdfjs-dist/legacy/build/pdf.mjs:1:1)";
    const other = new Error("y");
    other.stack = "Error: y\n    at g (file:///app/src/read/xlsx.ts:1:1)";
    expect(fromPdfjs(ours)).toBe(true);
    expect(fromPdfjs(other)).toBe(false);
    expect(fromPdfjs("a string")).toBe(false);
  });
});
