import { describe, expect, it } from "vitest";
import { mkdtemp, copyFile, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "../../src/read/formats.js";
import { readAny, sniffFormat } from "../../src/read/index.js";
import { parseFile } from "../../src/parse.js";
import { fx, own } from "./helpers.js";

describe("format chosen by content, not by name", () => {
  it("reads a PDF named .txt as PDF and an XLSX named .pdf as XLSX", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kpi-read-"));
    try {
      await copyFile(fx("ningxia-target-004.pdf"), join(dir, "form.txt"));
      await copyFile(fx("ningxia-target-004.xlsx"), join(dir, "form.pdf"));
      await copyFile(fx("ningxia-target-004.docx"), join(dir, "form.xlsx"));
      const pdf = await readAny(join(dir, "form.txt"));
      const xlsx = await readAny(join(dir, "form.pdf"));
      const docx = await readAny(join(dir, "form.xlsx"));
      expect([pdf.grid.format, xlsx.grid.format, docx.grid.format]).toEqual(["pdf", "xlsx", "docx"]);
      for (const g of [pdf.grid, xlsx.grid, docx.grid]) {
        const name = g.rows.find((r) => r.cells[0]?.text === "项目名称")!;
        expect(own(name)[1]).toBe("2022 年执法办案管理中心项目");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("tells xlsx from docx by the ZIP's entries", async () => {
    expect(sniffFormat(await readFile(fx("multi.xlsx")))).toBe("xlsx");
    expect(sniffFormat(await readFile(fx("shanxi-target-000.docx")))).toBe("docx");
    expect(sniffFormat(await readFile(fx("broken-junk.xlsx")))).toBe("zip");
    expect(sniffFormat(await readFile(fx("shanxi-target-000.html")))).toBe("html");
  });
});

describe("text encodings", () => {
  it("detects GB18030 and yields the same rows as the UTF-8 copy", async () => {
    const gb = await readAny(fx("ningxia-target-004.gb18030.txt"));
    const utf8 = await readAny(fx("ningxia-target-004.txt"));
    expect(gb.grid.encoding).toBe("gb18030");
    expect(utf8.grid.encoding).toBe("utf-8");
    const bytes = await readFile(fx("ningxia-target-004.gb18030.txt"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(gb.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual(utf8.grid.rows.map((r) => r.cells.map((c) => c.text)));
    expect(gb.grid.rows.find((r) => r.cells[0]?.text === "项目名称")!.cells[1].text).toBe("2022 年执法办案管理中心项目");
  });
});

describe("broken files become an error diagnostic, never a crash", () => {
  const cases: [string, string][] = [
    ["broken-empty.pdf", "read/empty"],
    ["broken-truncated.pdf", "read/corrupt"],
    ["broken-junk.xlsx", "read/corrupt"],
    ["broken-binary.dat", "read/binary"],
    ["broken-notext.pdf", "read/pdf-no-text"],
    ["broken-encrypted.pdf", "read/pdf-encrypted"],
    ["does-not-exist.pdf", "read/unreadable"],
  ];
  for (const [file, code] of cases) {
    it(`${file} → ${code}`, async () => {
      const doc = await parseFile(fx(file));
      expect(doc.forms).toEqual([]);
      expect(doc.diagnostics).toHaveLength(1);
      expect(doc.diagnostics[0]).toMatchObject({ code, severity: "error" });
      expect(doc.diagnostics[0].message).toMatch(/[\u4e00-\u9fff]/);
      expect(doc.diagnostics[0].messageEn).toBeTruthy();
    });
  }

  it("a batch with broken files still parses the others", async () => {
    const files = ["shanxi-target-000.pdf", "broken-truncated.pdf", "ningxia-target-004.xlsx", "broken-junk.xlsx", "shanxi-self-assessment-002.docx", "broken-notext.pdf"];
    const docs = await Promise.all(files.map((f) => parseFile(fx(f))));
    expect(docs.map((d) => d.format)).toEqual(["pdf", "text", "xlsx", "text", "docx", "text"]);
    expect(docs.map((d) => d.diagnostics.some((x) => x.code.startsWith("read/") && x.severity === "error"))).toEqual([false, true, false, true, false, true]);
    for (const i of [0, 2, 4]) expect(docs[i].forms.length).toBeGreaterThanOrEqual(1);
  });
});
