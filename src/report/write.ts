/** Write every view of a report model into a folder. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportModel } from "./model.js";
import { renderHtml } from "./html.js";
import { renderXlsx } from "./xlsx.js";
import { flatten } from "./tables.js";
import { renderLetters } from "./letters.js";

export const REPORT_FILES = ["report.html", "findings.xlsx", "forms.csv", "indicators.csv", "findings.csv", "forms.jsonl", "indicators.jsonl", "findings.jsonl"] as const;

export interface WriteOptions {
  /** also write letters/<department>.docx, one 审核意见 per department */
  letters?: boolean;
}

export async function writeReport(model: ReportModel, outDir: string, opts: WriteOptions = {}): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(outDir, name), data);
    written.push(name);
  };
  await put("report.html", renderHtml(model));
  await put("findings.xlsx", await renderXlsx(model));
  const flat = flatten(model);
  for (const [name, text] of Object.entries(flat)) await put(name, text);
  if (opts.letters) {
    const letters = await renderLetters(model);
    if (letters.length) await mkdir(join(outDir, "letters"), { recursive: true });
    for (const l of letters) await put(join("letters", l.fileName), l.data);
  }
  return written;
}
