/**
 * Black-box tests of the command line (Vale's style): run the CLI on fixtures and check exit codes
 * and output. Exit codes: 0 = no error finding, 1 = an error finding, 2 = usage or input errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const R = "test/fixtures/robustness";

describe("kpi-audit CLI", () => {
  it("--help lists the commands", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const c of ["parse", "check", "report", "stats", "eval"]) expect(r.out).toContain(c);
  });
  it("parse --format json follows the contract", async () => {
    const r = await cli("parse", "corpus/004_8ee0b106a6d1f1e1.txt", "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.schemaVersion).toBe(1);
    expect(j.documents).toHaveLength(1);
    expect(j.documents[0].source).toBe("corpus/004_8ee0b106a6d1f1e1.txt");
    expect(j.documents[0].forms).toHaveLength(13);
    const f = j.documents[0].forms[0];
    for (const k of ["kind", "layout", "line", "project", "funds", "total", "grade", "indicators"]) expect(f).toHaveProperty(k);
    for (const k of ["line", "level1", "level2", "name", "target", "annualTarget", "adjustedTarget", "actual", "weight", "score"]) expect(f.indicators[0]).toHaveProperty(k);
  });
  it("parse goes on past bad files, names them, and exits 2", async () => {
    const r = await cli("parse", `${R}/empty.txt`, `${R}/binary.dat`, "corpus/004_8ee0b106a6d1f1e1.txt", "--format", "jsonl");
    expect(r.code).toBe(2);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[2].forms).toHaveLength(13);
    expect(r.err).toContain(`${R}/empty.txt`);
    expect(r.err).toContain(`${R}/binary.dat`);
  });
  it("parse of a missing path exits 2 with a message naming it", async () => {
    const r = await cli("parse", "no/such/dir");
    expect(r.code).toBe(2);
    expect(r.err).toContain("no/such/dir");
  });
  it("check exits 1 when a finding reaches error severity, and prints file, line, rule", async () => {
    const r = await cli("check", "test/fixtures/cli/placeholder-form.txt", "--no-color");
    expect(r.code).toBe(1);
    expect(r.out).toContain("test/fixtures/cli/placeholder-form.txt");
    expect(r.out).toMatch(/l\.4\s+错误\s+\[年初指标值\] 指标值“=个”/);
    expect(r.out).toContain("placeholder-value");
  });
  it("check exits 0 when only rules below error run (--rule) and nothing is found", async () => {
    const r = await cli("check", "test/fixtures/cli/clean-form.txt", "--rule", "placeholder-value");
    expect(r.code).toBe(0);
  });
  it("check --format json follows the contract and --lang en switches messages", async () => {
    const r = await cli("check", "test/fixtures/cli/placeholder-form.txt", "--format", "json", "--lang", "en", "--rule", "placeholder-value");
    const j = JSON.parse(r.out);
    expect(j.schemaVersion).toBe(1);
    const f = j.findings[0];
    for (const k of ["ruleId", "category", "severity", "message", "source", "line", "project", "indicator", "evidence"]) expect(f).toHaveProperty(k);
    expect(f.message).toMatch(/template residue/);
    expect(j.summary).toHaveProperty("forms", 1);
    expect(j.summary).toHaveProperty("formsWithFindings", 1);
    expect(j.summary.byCategory).toEqual({ placeholder: 1 });
  });
  it("eval names a malformed gold file and exits 2 without a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-gold-"));
    try {
      writeFileSync(join(dir, "a.json"), "{ not json");
      const r = await cli("eval", "corpus", "--gold", dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain("a.json");
      expect(r.err).toContain("金标准文件无效");
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("usage errors exit 2: unknown rule, unknown format, bad config", async () => {
    expect((await cli("check", "corpus/004_8ee0b106a6d1f1e1.txt", "--rule", "no-such-rule")).code).toBe(2);
    expect((await cli("check", "corpus/004_8ee0b106a6d1f1e1.txt", "--format", "yaml")).code).toBe(2);
    const bad = await cli("check", "corpus/004_8ee0b106a6d1f1e1.txt", "--config", "test/fixtures/cli/bad-config.yml");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("bad-config.yml");
  });
  it("check gives the same bytes with the rules run in 3 worker threads as in one thread", async () => {
    const a = await cli("check", "corpus", "test/fixtures/heldout", "--format", "json", "-j", "1");
    const b = await cli("check", "corpus", "test/fixtures/heldout", "--format", "json", "-j", "3");
    expect(JSON.parse(a.out).summary.findings).toBeGreaterThan(700);
    expect(b.out).toBe(a.out);
  });
  it("output is deterministic: same input, same bytes", async () => {
    const a = await cli("check", "corpus", "--format", "json");
    const b = await cli("check", "corpus", "--format", "json");
    expect(a.out.length).toBeGreaterThan(1000);
    expect(a.out).toBe(b.out);
  }, 180_000); // two whole-corpus runs: ~3 s each on an idle machine, over 60 s when the 2 cores are shared
});
