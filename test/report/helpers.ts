import { expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { createChecker } from "../../src/engine/run.js";
import { ReportBuilder, type ReportModel } from "../../src/report/model.js";
import type { KpiDocument } from "../../src/model/types.js";
import type { CheckResult } from "../../src/engine/types.js";

export const FIXTURES = [
  "test/fixtures/formats/ningxia-target-004.txt",
  "test/fixtures/formats/shanxi-self-assessment-002.txt",
  "test/fixtures/formats/shanxi-target-000.txt",
  "test/fixtures/formats/weighted-self-assessment-002.txt",
];

/** a target form whose project name and one value carry HTML: must be shown as text */
export const XSS_PROJECT = `<script>alert("x")</script>蔡家崖&派出所`;
export const XSS_VALUE = `<img src=x onerror=alert(1)>≥`;
export function xssFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "kpi-report-"));
  const text = readFileSync("test/fixtures/formats/shanxi-target-000.txt", "utf8")
    .replace("蔡家崖派出所办公家具采购项目", XSS_PROJECT)
    .replace("≥10台（套）", XSS_VALUE);
  const file = join(dir, "xss-target.txt");
  writeFileSync(file, text);
  return file;
}

export async function runFixtures(files = FIXTURES): Promise<{ docs: KpiDocument[]; result: CheckResult; model: ReportModel }> {
  const checker = await createChecker({ lang: "zh" });
  const b = new ReportBuilder();
  const docs: KpiDocument[] = [];
  for (const f of files) {
    const d = await parseFile(f);
    docs.push(d);
    checker.add(d);
    b.addDocument(d);
  }
  const result = checker.finish();
  return { docs, result, model: b.finish(result, checker.active.map((r) => r.rule.meta)) };
}

/** a strict RFC 4180 reader, to prove the writer round-trips */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let f = "";
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (f += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (f += c), i++;
    } else if (c === '"' && f === "") (quoted = true), i++;
    else if (c === ",") row.push(f), (f = ""), i++;
    else if (c === "\r" && s[i + 1] === "\n") row.push(f), rows.push(row), (row = []), (f = ""), (i += 2);
    else if (c === "\n") throw new Error("bare LF outside quotes");
    else (f += c), i++;
  }
  return rows;
}
