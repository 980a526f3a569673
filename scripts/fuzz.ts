/**
 * Fuzz suite: mutates the corpus and the fixtures (lines, cells, characters, encodings) and the
 * binary formats (truncation, byte flips, damaged or hostile ZIP entries), runs every input through
 * the same pipeline as the CLI — the worker pool with `-j 1` and with several workers, then the
 * checker — and asserts:
 *   - no crash: nothing is thrown out of the pool or the checker, and no promise rejection goes
 *     unhandled in this process;
 *   - no hang: no file reaches the per-file time limit (read/timeout);
 *   - every input accounted for: one document per input, in input order, with forms or a diagnostic;
 *   - the same bytes for `-j 1` and the default (several workers): the SHA-256 of each document's JSON.
 * Reader errors caught as a generic read/failed or layout/parse-failed diagnostic are counted as
 * "caught internal errors" (the input is accounted for, but the message is not a specific one).
 *
 * The seed mix (MIX), chosen per input by the seeded generator:
 *   85 % form-sized excerpts of the corpus and fixture text (TXT, HTML): 10–90 lines, most starting
 *        at a line that starts a form (a title, 项目名称 or the indicator header), some anywhere;
 *    2 % whole text documents (the corpus's largest have thousands of lines and dozens of forms);
 *   12 % the small binary fixtures (XLSX, DOCX, XLS, junk), mutated;
 *    1 % the PDF fixtures, mutated (a PDF costs 10–100× an excerpt, and a damaged font program can
 *        take the pdfjs watchdog's 10 s: at 1 % a 10^5 run still reads a thousand damaged PDFs).
 * Excerpts keep what a mutation meets at one form's scale (a whole 4,500-line document parsed twice
 * for one mutated cell was most of the old run's time). The second held-out set is not a seed.
 *
 * Inputs are written in segments (`--batch`, default 5,000: one temporary folder and one set of
 * workers each, which then stay warm); the -j 1 and -j N runs of a segment go at the same time,
 * the -j 1 documents are checked as they arrive and both are compared by hash, so no document is
 * kept. A progress line goes to stderr every `--every` inputs (default 1,000) and a FINAL line at
 * the end; the JSON summary goes to stdout. Same seed, same inputs, same figures.
 *
 *   npm run fuzz -- --n 100000 [--seed 1] [--batch 5000] [--every 1000] [--jobs 2] [--timeout 120]
 *
 * The per-file limit defaults to 120 s (the CLI's is 300 s): a long run is niced on a shared machine,
 * and at 20 s a worker's first PDF (which starts its pdfjs thread) reached the limit under a load
 * average of 13 although it reads in well under a second. The pdfjs watchdog's step budget stays
 * 10 s, so a spinning font program still ends as read/corrupt, not as a hang.
 *
 * A small seeded run is part of `npm test` (test/fuzz/fuzz.test.ts).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname } from "node:path";
import JSZip from "jszip";
import { poolInOrder } from "../src/run/pool.js";
import { createChecker } from "../src/engine/run.js";
import { limitsFrom } from "../src/read/limits.js";
import type { KpiDocument } from "../src/model/types.js";

/** a small seeded generator (mulberry32): same seed, same inputs */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
const int = (r: R, n: number) => Math.floor(r() * n);
const pick = <T>(r: R, xs: readonly T[]): T => xs[int(r, xs.length)];

const NASTY = ["=", "+", "-", "@", "\t", "\r", "\u0000", "\u001b[31m", "\u001b]8;;x\u0007", "\u202e", "\ufeff", "\ud800", "…", "％", "≥", "×", "　", "\\", '"', "'", "<", ">", "&amp;", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "分值", "得分", "100%", "≥95%", "=个", "**", "0", "-1", "1e309", "９９", "万元", "2024年", "\n", "\t\t\t"];

/** text mutations: lines, cells, characters */
export function mutateText(r: R, text: string): string {
  let lines = text.split("\n");
  const ops = 1 + int(r, 4);
  for (let k = 0; k < ops; k++) {
    const i = int(r, Math.max(1, lines.length));
    switch (int(r, 10)) {
      case 0: // delete lines
        lines.splice(i, 1 + int(r, 5));
        break;
      case 1: // duplicate a block
        lines.splice(i, 0, ...lines.slice(i, i + 1 + int(r, 20)));
        break;
      case 2: // swap two lines
        {
          const j = int(r, lines.length);
          [lines[i], lines[j]] = [lines[j], lines[i]];
        }
        break;
      case 3: // split a cell / merge two cells
        lines[i] = int(r, 2) ? (lines[i] ?? "").replace(/\t/, "") : (lines[i] ?? "").replace(/(\S)(\S)/, "$1\t$2");
        break;
      case 4: // insert a nasty token
        {
          const l = lines[i] ?? "";
          const p = int(r, l.length + 1);
          lines[i] = l.slice(0, p) + pick(r, NASTY) + l.slice(p);
        }
        break;
      case 5: // replace characters
        lines[i] = [...(lines[i] ?? "")].map((c) => (r() < 0.1 ? String.fromCharCode(int(r, 0x9fff)) : c)).join("");
        break;
      case 6: // cut the text
        lines = lines.slice(0, i);
        break;
      case 7: // a very long line or cell
        lines[i] = (lines[i] ?? "") + "\t" + pick(r, NASTY).repeat(1 + int(r, 2000));
        break;
      case 8: // shift the cells of a line
        lines[i] = "\t".repeat(1 + int(r, 3)) + (lines[i] ?? "");
        break;
      default: // empty a line
        lines[i] = "";
    }
  }
  return lines.join(pick(r, ["\n", "\n", "\n", "\r\n", "\r"]));
}

/** encodings: UTF-8 (with or without BOM), UTF-16 with BOM, or raw bytes cut mid-character */
export function encode(r: R, text: string): Buffer {
  switch (int(r, 6)) {
    case 0:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case 1:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case 2: {
      const b = Buffer.from(text, "utf8");
      return b.subarray(0, Math.max(1, b.length - 1 - int(r, 2)));
    }
    default:
      return Buffer.from(text, "utf8");
  }
}

/** binary mutations: truncation, byte flips, damaged or hostile ZIP entries */
export async function mutateBinary(r: R, bytes: Buffer): Promise<Buffer> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const op = int(r, isZip ? 5 : 3);
  if (op === 0) return bytes.subarray(0, int(r, bytes.length));
  if (op === 1 || op === 2) {
    const b = Buffer.from(bytes);
    const n = 1 + int(r, op === 1 ? 4 : 64);
    for (let k = 0; k < n; k++) b[int(r, b.length)] = int(r, 256);
    return b;
  }
  // rewrite an XML entry of the archive with mutated content
  try {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => /\.xml$/.test(n));
    const name = pick(r, names);
    let xml = await zip.file(name)!.async("string");
    switch (op) {
      case 3: // delete or duplicate a random element-ish slice
        {
          const i = int(r, xml.length);
          const j = Math.min(xml.length, i + int(r, 400));
          xml = int(r, 2) ? xml.slice(0, i) + xml.slice(j) : xml.slice(0, j) + xml.slice(i, j) + xml.slice(j);
        }
        break;
      default: // hostile claims: huge spans, merges, row numbers
        xml = xml
          .replace(/<w:gridSpan w:val="\d+"/, '<w:gridSpan w:val="99999999"')
          .replace(/<\/sheetData>/, '</sheetData><mergeCells count="1"><mergeCell ref="A1:ZZ60000"/></mergeCells>')
          .replace(/<row r="(\d+)"/, '<row r="1048576"')
          .replace(/<w:tc>/, "<w:tc><w:tcPr><w:vMerge/><w:gridSpan w:val=\"5000\"/></w:tcPr>");
    }
    zip.file(name, xml);
    return await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  } catch {
    return bytes.subarray(0, int(r, bytes.length));
  }
}

/** the form titles and headers a text seed's excerpts start at (what the cells say, not where) */
const FORM_START = /绩效目标(申报)?表|自评表|项目名称|一级指标/;

/** a seed: its bytes once, and for text the lines and the line numbers where a form starts */
export interface Seed {
  file: string;
  bytes: Buffer;
  lines?: string[];
  starts?: number[];
}

function loadSeeds(files: string[], text: boolean): Seed[] {
  return files.map((file) => {
    const bytes = readFileSync(file);
    if (!text) return { file, bytes };
    const lines = bytes.toString("utf8").split("\n");
    const starts = lines.flatMap((l, i) => (FORM_START.test(l) ? [i] : []));
    return { file, bytes, lines, starts };
  });
}

/** the share of each kind of input (module header): form-sized excerpts first */
export const MIX = { excerpt: 0.85, wholeText: 0.02, binary: 0.12, pdf: 0.01 } as const;

/** one mutated input from the seeds, and the extension its seed had */
export async function makeInput(r: R, seeds: { text: Seed[]; binary: Seed[]; pdf: Seed[] }): Promise<{ data: Buffer; ext: string }> {
  const u = r();
  if (u < MIX.excerpt + MIX.wholeText) {
    const s = pick(r, seeds.text);
    let text: string;
    if (u < MIX.excerpt) {
      const lines = s.lines!;
      // most excerpts start where a form starts, some anywhere; a form is 10 to 90 lines long
      const at = s.starts!.length && r() < 0.8 ? pick(r, s.starts!) : int(r, lines.length);
      text = lines.slice(at, at + 10 + int(r, 80)).join("\n");
    } else text = s.bytes.toString("utf8");
    return { data: encode(r, mutateText(r, text)), ext: extname(s.file) };
  }
  const s = pick(r, u < 1 - MIX.pdf ? seeds.binary : seeds.pdf);
  return { data: await mutateBinary(r, s.bytes), ext: extname(s.file) || ".bin" };
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      // gold labels are not inputs; the second held-out set stays unread (a measurement set)
      if (e.name !== "gold" && e.name !== "heldout-checklist-2") listFiles(p, out);
    } else if (!/\.(md|json|ya?ml)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** the seed files: corpus and fixture text, and the binary fixtures (PDFs apart: they cost the most) */
export function sources(): { text: string[]; binary: string[]; pdf: string[] } {
  const all = [...listFiles("corpus"), ...listFiles("test/fixtures")];
  const text = all.filter((f) => /\.(txt|html)$/i.test(f));
  const bin = all.filter((f) => /\.(xlsx|docx|pdf|xls|dat)$/i.test(f) && statSync(f).size < 2 << 20);
  return { text, binary: bin.filter((f) => !/\.pdf$/i.test(f)), pdf: bin.filter((f) => /\.pdf$/i.test(f)) };
}

/** every seed, loaded once */
export function loadAllSeeds(): { text: Seed[]; binary: Seed[]; pdf: Seed[] } {
  const src = sources();
  return { text: loadSeeds(src.text, true), binary: loadSeeds(src.binary, false), pdf: loadSeeds(src.pdf, false) };
}

export interface FuzzOptions {
  n: number;
  seed?: number;
  /** inputs per segment: one set of workers and one temporary folder each */
  batch?: number;
  jobs?: number;
  /** per-file time limit in seconds */
  timeout?: number;
  /** called after each `every` inputs checked, and at the end of each segment */
  onBatch?: (done: number, stats: FuzzStats) => void;
  every?: number;
}

export interface FuzzStats {
  inputs: number;
  crashes: number;
  hangs: number;
  unaccounted: number;
  nondeterministic: number;
  caughtInternalErrors: number;
  unreadable: number;
  withForms: number;
  seconds: number;
  inputsPerSecond: number;
  examples: string[];
}

/** what the two runs are compared on: the hash of the document's JSON, and what to say if they differ */
interface Outcome {
  source: string;
  hash: string;
  summary: string;
  timeout: boolean;
}

const summarise = (d: KpiDocument): Outcome => ({
  source: d.source,
  hash: createHash("sha256").update(JSON.stringify(d)).digest("base64"),
  summary: d.diagnostics.map((x) => x.code).join(",") || `${d.forms.length} forms`,
  timeout: d.diagnostics.some((x) => x.code === "read/timeout"),
});

export async function runFuzz(opts: FuzzOptions): Promise<FuzzStats> {
  const r = rng(opts.seed ?? 1);
  const batch = opts.batch ?? 1000;
  const jobs = opts.jobs ?? 2;
  const every = opts.every ?? batch;
  const limits = limitsFrom(undefined, opts.timeout ?? 120);
  const seeds = loadAllSeeds();
  const stats: FuzzStats = { inputs: 0, crashes: 0, hangs: 0, unaccounted: 0, nondeterministic: 0, caughtInternalErrors: 0, unreadable: 0, withForms: 0, seconds: 0, inputsPerSecond: 0, examples: [] };
  const t0 = Date.now();
  const tick = () => {
    stats.seconds = (Date.now() - t0) / 1000;
    stats.inputsPerSecond = Math.round((stats.inputs / Math.max(stats.seconds, 0.001)) * 10) / 10;
  };
  const checker = await createChecker({ onFindings: () => {} });
  // a rejection nobody handles would end a real run: here it is a crash, counted and named
  const onRejection = (e: unknown) => {
    stats.crashes++;
    stats.examples.push(`unhandled rejection: ${(e as Error)?.stack ?? e}`);
  };
  process.on("unhandledRejection", onRejection);
  try {
    return await segments();
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  async function segments(): Promise<FuzzStats> {
    let generated = 0;
    while (generated < opts.n) {
      const dir = mkdtempSync(join(tmpdir(), "kpi-fuzz-"));
      const files: string[] = [];
      const size = Math.min(batch, opts.n - generated);
      for (let i = 0; i < size; i++) {
        const { data, ext } = await makeInput(r, seeds);
        const name = join(dir, `${String(generated + i).padStart(6, "0")}${ext}`);
        writeFileSync(name, data);
        files.push(name);
      }
      generated += size;
      const before = stats.crashes + stats.hangs + stats.nondeterministic + stats.unaccounted;
      const bad = new Set<number>();
      // -j 1 and -j N run at the same time (three workers on the machine's cores); the -j 1 documents
      // are examined and checked as they come, the -j N ones only hashed; each pair is compared as
      // soon as both are there, so neither run's documents are kept
      const waiting = new Map<number, Outcome>();
      const compare = (i: number, o: Outcome, mine: "one" | "many") => {
        const other = waiting.get(i);
        if (!other) return void waiting.set(i, o);
        waiting.delete(i);
        if (other.hash === o.hash) return;
        const [one, many] = mine === "one" ? [o, other] : [other, o];
        bad.add(i);
        if (many.timeout && !one.timeout) {
          stats.hangs++;
          stats.examples.push(`hang (with ${jobs} workers): ${files[i]}`);
        } else {
          stats.nondeterministic++;
          stats.examples.push(`nondeterministic: ${files[i]} (-j 1: ${one.summary}; -j ${jobs}: ${many.summary})`);
        }
      };
      const runOne = async () => {
        let i = 0;
        for await (const { doc: d } of poolInOrder(files, { jobs: 1, limits })) {
          if (i >= files.length || d.source !== files[i] || (d.forms.length === 0 && d.diagnostics.length === 0)) {
            stats.unaccounted++;
            bad.add(i);
            stats.examples.push(`unaccounted: input ${i} of ${dir} came back as ${d.source} with no form and no diagnostic`);
          }
          if (d.diagnostics.some((x) => x.code === "read/timeout")) {
            stats.hangs++;
            bad.add(i);
            stats.examples.push(`hang: ${d.source}`);
          }
          const caught = d.diagnostics.find((x) => x.code === "read/failed" || x.code === "layout/parse-failed");
          if (caught) {
            stats.caughtInternalErrors++;
            if (stats.examples.length < 20) stats.examples.push(`caught: ${d.source}: ${caught.message.slice(0, 160)}`);
          }
          if (d.diagnostics.some((x) => x.code.startsWith("read/") && x.severity === "error")) stats.unreadable++;
          if (d.forms.length) stats.withForms++;
          checker.add(d);
          compare(i, summarise(d), "one");
          i++;
          stats.inputs++;
          if (stats.inputs % every === 0 && i < files.length) {
            tick();
            opts.onBatch?.(stats.inputs, stats);
          }
        }
        return i;
      };
      const runMany = async () => {
        let i = 0;
        for await (const { doc } of poolInOrder(files, { jobs, limits })) compare(i++, summarise(doc), "many");
        return i;
      };
      // both runs finish (or fail) before the next segment starts its workers
      const [one, many] = await Promise.allSettled([runOne(), runMany()]);
      for (const [label, res] of [["-j 1", one], [`-j ${jobs}`, many]] as const) {
        if (res.status === "rejected") {
          stats.crashes++;
          stats.examples.push(`crash in the ${label} run of ${dir}: ${(res.reason as Error)?.stack ?? res.reason}`);
        } else if (res.value !== files.length) {
          stats.unaccounted += Math.abs(files.length - res.value);
          stats.examples.push(`unaccounted: the ${label} run of ${dir} gave ${res.value} documents for ${files.length} inputs`);
        }
      }
      // inputs a crashed run never reached are counted once, as taken
      stats.inputs = generated;
      if (stats.crashes + stats.hangs + stats.nondeterministic + stats.unaccounted === before) rmSync(dir, { recursive: true, force: true });
      else {
        // keep only the inputs that went wrong (all of them after a crash)
        if (!(one.status === "rejected" || many.status === "rejected")) files.forEach((f, i) => bad.has(i) || rmSync(f, { force: true }));
        stats.examples.push(`inputs kept in ${dir}`);
      }
      tick();
      opts.onBatch?.(stats.inputs, stats);
    }
    try {
      checker.finish();
    } catch (e) {
      stats.crashes++;
      stats.examples.push(`crash in the run-wide rules: ${(e as Error)?.stack ?? e}`);
    }
    // rejections of the last segment's promises are reported on the next turns of the event loop
    await new Promise((r) => setTimeout(r, 50));
    tick();
    return stats;
  }
}

if (process.argv[1] && /fuzz\.ts$/.test(process.argv[1])) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const n = arg("n", 1000);
  const stats = await runFuzz({
    n,
    seed: arg("seed", 1),
    batch: arg("batch", 5000),
    every: arg("every", 1000),
    jobs: arg("jobs", 2),
    timeout: arg("timeout", 120),
    onBatch: (done, s) =>
      process.stderr.write(
        `${new Date().toISOString().slice(11, 19)} ${done}/${n} inputs, ${s.seconds.toFixed(0)} s, ${s.inputsPerSecond} inputs/s: crashes ${s.crashes}, hangs ${s.hangs}, unaccounted ${s.unaccounted}, nondeterministic ${s.nondeterministic}, caught internal errors ${s.caughtInternalErrors}, unreadable ${s.unreadable}, with forms ${s.withForms}${s.examples.length ? ` — last: ${s.examples[s.examples.length - 1].slice(0, 300)}` : ""}\n`,
      ),
  });
  process.stdout.write(JSON.stringify(stats, null, 2) + "\n");
  process.stderr.write(
    `FINAL ${stats.inputs} inputs in ${stats.seconds.toFixed(0)} s (${stats.inputsPerSecond} inputs/s): crashes ${stats.crashes}, hangs ${stats.hangs}, unaccounted ${stats.unaccounted}, nondeterministic ${stats.nondeterministic}, caught internal errors ${stats.caughtInternalErrors}, unreadable ${stats.unreadable}, with forms ${stats.withForms}\n`,
  );
  process.exitCode = stats.crashes || stats.hangs || stats.unaccounted || stats.nondeterministic ? 1 : 0;
}
