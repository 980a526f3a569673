/** Write every view of a report model into a folder. */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import type { ReportData } from "./model.js";
import { writeHtml } from "./html.js";
import { writeXlsx } from "./xlsx.js";
import { flatLines } from "./tables.js";
import { letters } from "./letters.js";

export const REPORT_FILES = ["report.html", "findings.xlsx", "files.csv", "forms.csv", "indicators.csv", "findings.csv", "files.jsonl", "forms.jsonl", "indicators.jsonl", "findings.jsonl"] as const;

/** create the output folder and prove it writable (a probe file, written and removed): fails at once */
export async function prepareOutDir(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const probe = join(outDir, `.kpi-audit-probe-${process.pid}`);
  await writeFile(probe, "");
  await rm(probe, { force: true });
}

export interface WriteOptions {
  /** also write letters/<department>.docx, one 审核意见 per department */
  letters?: boolean;
}

export async function writeReport(model: ReportData, outDir: string, opts: WriteOptions = {}): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(join(outDir, name), data);
    written.push(name);
  };
  // the page and the flat files are written as they are made, never built as one string
  const stream = async (name: string, fill: (write: (s: string) => Promise<void>) => Promise<void>) => {
    await streamFile(join(outDir, name), fill);
    written.push(name);
  };
  await stream("report.html", (write) => writeHtml(model, write));
  // the workbook too is written as it is made (decision 50)
  await streamFile(join(outDir, "findings.xlsx"), (_, writeBytes) => writeXlsx(model, writeBytes));
  written.push("findings.xlsx");
  for (const [name, lines] of Object.entries(flatLines(model))) {
    await stream(name, async (write) => {
      for (const line of lines()) await write(line);
    });
  }
  if (opts.letters) {
    let first = true;
    for await (const l of letters(model)) {
      if (first) await mkdir(join(outDir, "letters"), { recursive: true });
      first = false;
      await put(join("letters", l.fileName), l.data);
    }
  }
  return written;
}

/** pieces (text, or bytes) written in order to a file through ~1 MB batches, waiting when the disk is slower */
async function streamFile(
  path: string,
  fill: (write: (s: string) => Promise<void>, writeBytes: (b: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  let batch = "";
  const put = async (data: string | Uint8Array) => {
    if (!out.write(data)) await Promise.race([new Promise<void>((r) => out.once("drain", () => r())), failed]);
  };
  const flush = async () => {
    if (!batch) return;
    const b = batch;
    batch = "";
    await put(b);
  };
  await fill(
    async (s) => {
      batch += s;
      if (batch.length >= 1 << 20) await flush();
    },
    async (b) => {
      await flush();
      await put(b);
    },
  );
  await flush();
  await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
}
