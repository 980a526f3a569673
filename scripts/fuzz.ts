/**
 * Fuzz suite: mutates the corpus and the fixtures (lines, cells, characters, encodings) and the
 * binary formats (truncation, byte flips, damaged or hostile ZIP entries), runs every batch through
 * the same pipeline as the CLI — the worker pool with `-j 1` and with several workers, then the
 * checker — and asserts:
 *   - no crash: nothing is thrown out of the pool or the checker;
 *   - no hang: no file reaches the per-file time limit (read/timeout);
 *   - every input accounted for: one document per input, in input order, with forms or a diagnostic;
 *   - the same bytes for `-j 1` and the default (several workers).
 * Reader errors caught as a generic read/failed or layout/parse-failed diagnostic are counted as
 * "caught internal errors" (the input is accounted for, but the message is not a specific one).
 *
 *   npm run fuzz -- --n 100000 [--seed 1] [--batch 200] [--jobs 2] [--timeout 20]
 *
 * A small seeded run is part of `npm test` (test/fuzz/fuzz.test.ts).
 */
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

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "gold") listFiles(p, out);
    } else if (!/\.(md|json|ya?ml)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** the seeds: corpus documents cut into windows, the fixtures whole */
export function sources(): { text: string[]; binary: string[] } {
  const all = [...listFiles("corpus"), ...listFiles("test/fixtures")];
  const text = all.filter((f) => /\.(txt|html)$/i.test(f));
  const binary = all.filter((f) => /\.(xlsx|docx|pdf|xls|dat)$/i.test(f) && statSync(f).size < 2 << 20);
  return { text, binary };
}

export interface FuzzOptions {
  n: number;
  seed?: number;
  batch?: number;
  jobs?: number;
  /** per-file time limit in seconds */
  timeout?: number;
  onBatch?: (done: number, stats: FuzzStats) => void;
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
  examples: string[];
}

async function runPool(files: string[], jobs: number, timeout: number): Promise<KpiDocument[]> {
  const docs: KpiDocument[] = [];
  for await (const { doc } of poolInOrder(files, { jobs, limits: limitsFrom(undefined, timeout) })) docs.push(doc);
  return docs;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzStats> {
  const r = rng(opts.seed ?? 1);
  const batch = opts.batch ?? 100;
  const jobs = opts.jobs ?? 2;
  const timeout = opts.timeout ?? 20;
  const src = sources();
  const cache = new Map<string, Buffer>();
  const load = (f: string) => cache.get(f) ?? (cache.set(f, readFileSync(f)), cache.get(f)!);
  const stats: FuzzStats = { inputs: 0, crashes: 0, hangs: 0, unaccounted: 0, nondeterministic: 0, caughtInternalErrors: 0, unreadable: 0, withForms: 0, seconds: 0, examples: [] };
  const t0 = Date.now();
  const checker = await createChecker({ onFindings: () => {} });
  while (stats.inputs < opts.n) {
    const dir = mkdtempSync(join(tmpdir(), "kpi-fuzz-"));
    const files: string[] = [];
    const size = Math.min(batch, opts.n - stats.inputs);
    for (let i = 0; i < size; i++) {
      const bin = r() < 0.3;
      const from = pick(r, bin ? src.binary : src.text);
      let data: Buffer;
      if (bin) data = await mutateBinary(r, load(from));
      else {
        let text = load(from).toString("utf8");
        const lines = text.split("\n");
        if (lines.length > 200) {
          const s = int(r, lines.length - 100);
          text = lines.slice(s, s + 60 + int(r, 200)).join("\n");
        }
        data = encode(r, mutateText(r, text));
      }
      const name = join(dir, `${String(stats.inputs + i).padStart(6, "0")}${extname(from) || ".bin"}`);
      writeFileSync(name, data);
      files.push(name);
    }
    const before = stats.crashes + stats.hangs + stats.nondeterministic + stats.unaccounted;
    try {
      const one = await runPool(files, 1, timeout);
      const many = await runPool(files, jobs, timeout);
      for (let i = 0; i < Math.max(one.length, many.length); i++) {
        if (JSON.stringify(one[i]) === JSON.stringify(many[i])) continue;
        const codes = (d?: KpiDocument) => (d ? d.diagnostics.map((x) => x.code).join(",") || `${d.forms.length} forms` : "missing");
        if (many[i]?.diagnostics.some((x) => x.code === "read/timeout")) {
          stats.hangs++;
          stats.examples.push(`hang (with ${jobs} workers): ${files[i]}`);
        } else {
          stats.nondeterministic++;
          stats.examples.push(`nondeterministic: ${files[i]} (-j 1: ${codes(one[i])}; -j ${jobs}: ${codes(many[i])})`);
        }
      }
      if (one.length !== files.length || one.some((d, i) => d.source !== files[i] || (d.forms.length === 0 && d.diagnostics.length === 0))) stats.unaccounted++;
      for (const d of one) {
        if (d.diagnostics.some((x) => x.code === "read/timeout")) {
          stats.hangs++;
          stats.examples.push(`hang: ${d.source}`);
        }
        if (d.diagnostics.some((x) => x.code === "read/failed" || x.code === "layout/parse-failed")) {
          stats.caughtInternalErrors++;
          if (stats.examples.length < 20) stats.examples.push(`caught: ${d.source}: ${d.diagnostics.find((x) => x.code === "read/failed" || x.code === "layout/parse-failed")!.message.slice(0, 160)}`);
        }
        if (d.diagnostics.some((x) => x.code.startsWith("read/") && x.severity === "error")) stats.unreadable++;
        if (d.forms.length) stats.withForms++;
        checker.add(d);
      }
    } catch (e) {
      stats.crashes++;
      stats.examples.push(`crash in batch at input ${stats.inputs}: ${(e as Error)?.stack ?? e}`);
    }
    stats.inputs += size;
    if (stats.crashes + stats.hangs + stats.nondeterministic + stats.unaccounted === before) rmSync(dir, { recursive: true, force: true });
    else stats.examples.push(`inputs kept in ${dir}`);
    stats.seconds = (Date.now() - t0) / 1000;
    opts.onBatch?.(stats.inputs, stats);
  }
  try {
    checker.finish();
  } catch (e) {
    stats.crashes++;
    stats.examples.push(`crash in the run-wide rules: ${(e as Error)?.stack ?? e}`);
  }
  stats.seconds = (Date.now() - t0) / 1000;
  return stats;
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
    batch: arg("batch", 200),
    jobs: arg("jobs", 2),
    timeout: arg("timeout", 20),
    onBatch: (done, s) => process.stderr.write(`${done}/${n} inputs, ${s.seconds.toFixed(0)} s: crashes ${s.crashes}, hangs ${s.hangs}, unaccounted ${s.unaccounted}, nondeterministic ${s.nondeterministic}, caught internal errors ${s.caughtInternalErrors}, unreadable ${s.unreadable}, with forms ${s.withForms}${s.examples.length ? ` — last: ${s.examples[s.examples.length - 1]}` : ""}\n`),
  });
  process.stdout.write(JSON.stringify(stats, null, 2) + "\n");
  process.exitCode = stats.crashes || stats.hangs || stats.unaccounted || stats.nondeterministic ? 1 : 0;
}
