/** Write every view of a report model into a folder. */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import type { ReportData } from "./model.js";
import { writeHtml } from "./html.js";
import { writeXlsx } from "./xlsx.js";
import { DOCUMENT_FILES, FINDING_FILES, flatParts } from "./tables.js";
import { letters } from "./letters.js";

export const REPORT_FILES = ["report.html", "findings.xlsx", "files.csv", "forms.csv", "indicators.csv", "findings.csv", "files.jsonl", "forms.jsonl", "indicators.jsonl", "findings.jsonl"] as const;
/** the flat files, in the order the list of written files names them */
const FLAT_ORDER = REPORT_FILES.slice(2);

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
  // the page and the flat files are written as they are made, never built as one string
  const stream = async (name: string, fill: (write: (s: string) => Promise<void>) => Promise<void>) => {
    await streamFile(join(outDir, name), fill);
    written.push(name);
  };
  await stream("report.html", (write) => writeHtml(model, write));
  // the workbook too is written as it is made (decision 50)
  await streamFile(join(outDir, "findings.xlsx"), (_, writeBytes) => writeXlsx(model, writeBytes));
  written.push("findings.xlsx");
  // the six files of documents, forms and indicators in one pass over the documents, the two of
  // findings in one pass over the findings (a spilled run reads its records back once for them all)
  const flat = flatParts(model);
  const sinks = new Map([...DOCUMENT_FILES, ...FINDING_FILES].map((name) => [name, new FileSink(join(outDir, name))]));
  try {
    for (const [name, sink] of sinks) {
      const head = flat.heads[name];
      if (head) await sink.write(head);
    }
    for (const doc of model.documents) {
      const parts = flat.document(doc);
      for (const name of DOCUMENT_FILES) if (parts[name]) await sinks.get(name)!.write(parts[name]);
    }
    for (const f of model.findings) {
      const parts = flat.finding(f);
      for (const name of FINDING_FILES) await sinks.get(name)!.write(parts[name]);
    }
    for (const sink of sinks.values()) await sink.end();
  } finally {
    for (const sink of sinks.values()) sink.destroy();
  }
  written.push(...FLAT_ORDER);
  if (opts.letters) {
    let first = true;
    for await (const l of letters(model)) {
      if (first) await mkdir(join(outDir, "letters"), { recursive: true });
      first = false;
      // each letter is written as it is made (its forms read as its tables are written)
      const name = join("letters", l.fileName);
      const sink = new FileSink(join(outDir, name));
      try {
        await l.write((b) => sink.put(b));
        await sink.end();
      } finally {
        sink.destroy();
      }
      written.push(name);
    }
  }
  return written;
}

/** a file written through ~1 MB batches of text, waiting when the disk is slower */
class FileSink {
  private out: WriteStream;
  private failed: Promise<never>;
  private batch = "";

  constructor(path: string) {
    this.out = createWriteStream(path);
    this.failed = new Promise<never>((_, reject) => this.out.once("error", reject));
    this.failed.catch(() => undefined);
  }

  async put(data: string | Uint8Array): Promise<void> {
    if (!this.out.write(data)) await Promise.race([new Promise<void>((r) => this.out.once("drain", () => r())), this.failed]);
  }

  async flush(): Promise<void> {
    if (!this.batch) return;
    const b = this.batch;
    this.batch = "";
    await this.put(b);
  }

  async write(s: string): Promise<void> {
    this.batch += s;
    if (this.batch.length >= 1 << 20) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    await Promise.race([new Promise<void>((resolve) => this.out.end(() => resolve())), this.failed]);
  }

  /** after end() (or a failure): nothing more is written */
  destroy(): void {
    if (!this.out.destroyed && !this.out.writableFinished) this.out.destroy();
  }
}

/** pieces (text, or bytes) written in order to a file */
async function streamFile(
  path: string,
  fill: (write: (s: string) => Promise<void>, writeBytes: (b: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const sink = new FileSink(path);
  try {
    await fill(
      (s) => sink.write(s),
      async (b) => {
        await sink.flush();
        await sink.put(b);
      },
    );
    await sink.end();
  } finally {
    sink.destroy();
  }
}
