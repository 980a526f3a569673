/**
 * Upload paths are untrusted text: whatever the browser claims, the file lands inside its job
 * folder, under a name a reviewer still recognises.
 */
import { describe, expect, it } from "vitest";
import { resolve, sep } from "node:path";
import { insideRoot, numbered, sanitizeRelativePath } from "../../src/serve/paths.js";

describe("sanitizeRelativePath", () => {
  it("keeps ordinary relative paths, Chinese names and sub-folders", () => {
    expect(sanitizeRelativePath("部门甲/2024/绩效目标表.pdf")).toBe("部门甲/2024/绩效目标表.pdf");
    expect(sanitizeRelativePath("a.xlsx")).toBe("a.xlsx");
  });

  it("drops '..', '.', empty segments and absolute or drive prefixes", () => {
    expect(sanitizeRelativePath("../../etc/passwd")).toBe("etc/passwd");
    expect(sanitizeRelativePath("/abs/x.txt")).toBe("abs/x.txt");
    expect(sanitizeRelativePath("a/./b//../c.txt")).toBe("a/b/c.txt");
    expect(sanitizeRelativePath("C:\\Users\\审核\\表.xlsx")).toBe("Users/审核/表.xlsx");
    expect(sanitizeRelativePath("\\\\server\\share\\f.docx")).toBe("server/share/f.docx");
    expect(sanitizeRelativePath("a/ .. /b.txt")).toBe("a/b.txt");
  });

  it("removes NUL and replaces other control and reserved characters", () => {
    expect(sanitizeRelativePath("ev\u0000il.txt")).toBe("evil.txt");
    expect(sanitizeRelativePath("a\u0001b|c?.txt")).toBe("a_b_c_.txt");
    expect(sanitizeRelativePath("con.txt")).toBe("_con.txt");
    expect(sanitizeRelativePath("name. . ")).toBe("name");
  });

  it("falls back to a placeholder when nothing usable remains", () => {
    for (const bad of ["", "..", "../..", "./.", "/", "\u0000", " . "]) expect(sanitizeRelativePath(bad, "X")).toBe("X");
  });

  it("bounds long names (keeping the extension) and deep folders", () => {
    const long = "很".repeat(200) + ".pdf";
    const s = sanitizeRelativePath(long);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(180);
    expect(s.endsWith(".pdf")).toBe(true);
    const deep = Array.from({ length: 50 }, (_, i) => `d${i}`).join("/") + "/f.txt";
    const d = sanitizeRelativePath(deep).split("/");
    expect(d.length).toBe(24);
    expect(d[d.length - 1]).toBe("f.txt");
  });

  it("never leaves the folder, whatever the input (random strings)", () => {
    const root = resolve("/srv/job");
    const pieces = ["a", "部", "/", "\\", ".", "..", "\u0000", ":", "C:", " ", "~", "%2e%2e", "\n"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 1000; i++) {
      const claimed = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]).join("");
      const s = sanitizeRelativePath(claimed);
      expect(s.split("/")).not.toContain("..");
      expect(s).not.toMatch(/[\u0000-\u001f\\]/);
      expect(s.startsWith("/")).toBe(false);
      const full = insideRoot(root, s);
      expect(full, claimed).not.toBeNull();
      expect(full!.startsWith(root + sep)).toBe(true);
    }
  });
});

describe("insideRoot / numbered", () => {
  it("refuses paths that climb out", () => {
    expect(insideRoot("/srv/job", "../x")).toBeNull();
    expect(insideRoot("/srv/job", "/etc/passwd")).toBeNull();
    expect(insideRoot("/srv/job", "")).toBeNull();
    expect(insideRoot("/srv/job", "a/b")).toBe(resolve("/srv/job/a/b"));
  });

  it("numbers a second file of the same name before its extension", () => {
    expect(numbered("a/表.pdf", 2)).toBe("a/表 (2).pdf");
    expect(numbered("README", 3)).toBe("README (3)");
    expect(numbered(".hidden", 2)).toBe(".hidden (2)");
  });
});
