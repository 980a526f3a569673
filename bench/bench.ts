/**
 * Province-scale benchmark: `npm run bench [-- --forms N] [--jobs N] [--keep]`.
 * `--corpus-only DIR` writes the synthetic corpus of N forms to DIR and stops (for profiling).
 *
 * 1. Builds a synthetic corpus in a temp dir: N forms (default 50,000) recombined from the real
 *    corpus forms, ~25 per file, with varied project names and amounts, and planted defects
 *    (placeholder values, impossible rates, doubled text) in a fixed share of forms. Seeded: the
 *    same N gives the same corpus.
 * 2. In one process, measures against a baseline that only reads the same bytes and splits them
 *    into lines and TAB cells:
 *      - parse throughput (worker pool, documents in input order, nothing kept)
 *      - parse + check throughput (streaming: each document checked then dropped)
 *      - the same on 1 worker (parallel speed-up)
 *      - peak RSS / heap of parse + check at 1/10 and at full size (ratio)
 *    and, when src/engine/similarity exists, MinHash-LSH against exact all-pairs on a sample of
 *    goal texts (recall, speed ratio).
 * 3. Prints the figures and writes them, with the machine, to bench/RESULTS.md.
 *
 * `--memory` measures only check's memory at 1/4 (1×) and full size (4×), as the full run does,
 * with a trace of what could grow: documents parsed and waiting for the checker, the workers'
 * heaps, the main thread's heap after each full GC (what V8 sizes the heap by), its external and
 * ArrayBuffer memory. It prints a table and does not write bench/RESULTS.md.
 *
 * Figures are ratios against a baseline measured in the same run, never pass/fail thresholds.
 */
import { closeSync, mkdtempSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseFile } from "../src/parse.js";
import { defaultJobs, parseInOrder, poolInOrder, WORKER_CHECK_MIN_JOBS } from "../src/run/pool.js";
import { createChecker } from "../src/engine/run.js";
import type { KpiDocument } from "../src/model/types.js";
import { packageRoot } from "../src/engine/paths.js";
import { loadRules } from "../src/engine/registry.js";
import type { Finding } from "../src/engine/types.js";
import { shardSlice } from "../src/run/shard.js";
import type { PoolTrace } from "../src/run/pool.js";
import { PerformanceObserver, constants as perfConstants } from "node:perf_hooks";
import { execFileSync, spawnSync } from "node:child_process";
import { readPdf, type PdfEngine } from "../src/read/pdf.js";
import { DEFAULT_LIMITS } from "../src/read/limits.js";

const ROOT = packageRoot(); // the repository, from bench/ or dist/bench/

interface Args {
  forms: number;
  jobs: number;
  keep: boolean;
  out: string | null;
  /** leave out corpus-scope rules (those with finalize): isolates the streaming pipeline */
  perDocument: boolean;
  /** only write the synthetic corpus to this folder */
  corpusOnly: string | null;
  /** only check's memory at 1/4 and full size, with a trace (nothing written to RESULTS.md) */
  memory: boolean;
}
const USAGE = `usage: npm run bench [-- options]
  --forms N              forms in the synthetic corpus (default 50000)
  --jobs N               parse workers (default: one per core)
  --keep                 keep the synthetic corpus and outputs
  --per-document-rules   leave out the corpus-scope rules
  --results FILE         where to write the results (default bench/RESULTS.md)
  --corpus-only DIR      only write the synthetic corpus to DIR
  --memory               only check's memory at 1/4 and full size, with a trace
  --help                 print this and exit`;
const FLAGS = new Set(["--keep", "--per-document-rules", "--memory"]);
const VALUED = new Set(["--forms", "--jobs", "--results", "--corpus-only"]);

function args(): Args {
  const a = process.argv.slice(2);
  if (a.includes("--help") || a.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    process.exit(0);
  }
  // an unknown or misspelt option must not start a 20-minute run with the defaults
  for (let i = 0; i < a.length; i++) {
    if (VALUED.has(a[i]) && a[i + 1] !== undefined) i++;
    else if (!FLAGS.has(a[i])) {
      process.stderr.write(`bench: unknown option or missing value: ${a[i]}\n${USAGE}\n`);
      process.exit(2);
    }
  }
  const get = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  return {
    forms: Number(get("--forms") ?? 50000),
    jobs: get("--jobs") === undefined ? -1 : Number(get("--jobs")),
    keep: a.includes("--keep"),
    perDocument: a.includes("--per-document-rules"),
    out: get("--results") ?? join(ROOT, "bench", "RESULTS.md"),
    corpusOnly: get("--corpus-only") ?? null,
    memory: a.includes("--memory"),
  };
}

// --- synthetic corpus -------------------------------------------------------------------------

/** deterministic PRNG */
function mulberry(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  source: string;
  prefix: string[];
  forms: { lines: string[]; project: string }[];
}

async function templates(): Promise<Template[]> {
  const dir = join(ROOT, "corpus");
  const out: Template[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const file = join(dir, name);
    const doc = await parseFile(file);
    if (!doc.forms.length) continue;
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    const first = Math.min(...doc.forms.map((f) => f.startLine));
    // a form's region, extended to the start of the next one so titles and notes come along
    const starts = doc.forms.map((f) => f.startLine).sort((a, b) => a - b);
    const forms = doc.forms.map((f) => {
      const next = starts.find((s) => s > f.startLine) ?? lines.length + 1;
      return { lines: lines.slice(f.startLine - 1, Math.max(f.endLine, next - 1)), project: f.project.name };
    });
    // a short prefix (title and department) so department/year recognition has something to read
    out.push({ source: name, prefix: lines.slice(0, Math.min(first - 1, 40)), forms });
  }
  return out;
}

const PROVINCE_COUNTIES = ["城关", "东城", "西城", "南山", "北山", "河东", "河西", "新区", "高新", "湖滨", "山阳", "川口"];
const AGENCIES = ["公安局", "教育局", "卫生健康局", "农业农村局", "交通运输局", "民政局", "水利局", "文化和旅游局", "自然资源局", "市场监督管理局"];

function vary(lines: string[], project: string, serial: number, rnd: () => number, defects: Record<string, number>): string[] {
  let text = lines.join("\n");
  if (project && project.length > 1) text = text.split(project).join(`${project}（${serial}）`);
  // amounts: scale numbers with a thousands separator or ≥ 4 digits (keeps structure, changes values)
  const f = 0.6 + rnd() * 0.8;
  text = text.replace(/\b\d{1,3}(,\d{3})+(\.\d+)?\b|\b\d{4,}(\.\d+)?\b/g, (m) => {
    if (/^20[12]\d$/.test(m)) return m; // years stay
    const n = Number(m.replace(/,/g, ""));
    const v = Math.round(n * f * 100) / 100;
    return m.includes(",") ? v.toLocaleString("en-US") : String(v);
  });
  const r = rnd();
  if (r < 0.1) {
    text = text.replace(/([≥>=])\s?\d+(\.\d+)?%/, "$1%");
    defects.placeholder++;
  } else if (r < 0.18) {
    text = text.replace(/≥\s?9\d(\.\d+)?%/, "≥120%");
    defects.impossible++;
  } else if (r < 0.24) {
    text = text.replace(/\t(及时|提升|有效|达标|满意)\t/, "\t$1$1\t");
    defects.doubled++;
  }
  return text.split("\n");
}

async function buildCorpus(dir: string, forms: number): Promise<{ files: string[]; bytes: number; defects: Record<string, number> }> {
  const tpl = await templates();
  const rnd = mulberry(20240601);
  const defects = { placeholder: 0, impossible: 0, doubled: 0 };
  const files: string[] = [];
  let bytes = 0;
  let made = 0;
  let fileNo = 0;
  while (made < forms) {
    const t = tpl[fileNo % tpl.length];
    const per = Math.min(forms - made, 15 + Math.floor(rnd() * 20));
    const county = PROVINCE_COUNTIES[Math.floor(rnd() * PROVINCE_COUNTIES.length)];
    const agency = AGENCIES[Math.floor(rnd() * AGENCIES.length)];
    const out: string[] = [...t.prefix, ""];
    for (let i = 0; i < per; i++) {
      const form = t.forms[Math.floor(rnd() * t.forms.length)];
      out.push(...vary(form.lines, form.project, made + i + 1, rnd, defects), "");
    }
    const sub = join(dir, `${county}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `${String(fileNo).padStart(5, "0")}_${agency}_${t.source}`);
    const text = out.join("\n") + "\n";
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    made += per;
    fileNo++;
  }
  files.sort();
  return { files, bytes, defects };
}

// --- measurement ------------------------------------------------------------------------------

interface Measure {
  ms: number;
  /** CPU time of the whole process (every thread), which other load on the machine inflates far less than wall time */
  cpuMs: number;
  forms: number;
  findings: number;
  peakRss: number;
  peakHeap: number;
  /** live JS heap (after a full GC) held when the last document has been checked, before the run-wide rules report */
  liveHeap?: number;
}

/**
 * live heap after a full GC, when the bench runs with --expose-gc (npm run bench does), with the
 * ArrayBuffers' memory (state kept in typed arrays lives outside the JS heap)
 */
function liveHeapNow(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Runs `fn` and measures it. Peaks come from 25 ms samples, from `sample()` calls the run makes where
 * a timer cannot fire (inside the corpus rules' synchronous finalize), and for RSS from the kernel's
 * high-water mark, reset at the start (Linux), which sees the peaks between samples too.
 */
async function measure(
  fn: (count: (forms: number) => void, live: (bytes: number | undefined) => void, sample: () => void) => Promise<number>,
): Promise<Measure> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const markReset = resetRssHighWater();
  const timer = setInterval(sample, 25);
  let forms = 0;
  let liveHeap: number | undefined;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const findings = await fn(
    (n) => (forms += n),
    (b) => (liveHeap = b === undefined ? undefined : b - base.heapUsed - base.arrayBuffers),
    sample,
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  sample();
  if (markReset) peakRss = Math.max(peakRss, rssHighWater());
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, forms, findings, peakRss, peakHeap, liveHeap };
}

async function baseline(files: string[]): Promise<Measure> {
  return measure(async (count) => {
    let cells = 0;
    for (const f of files) {
      const text = await readFile(f, "utf8");
      for (const line of text.split(/\r?\n/)) cells += line.split("\t").length;
      count(0);
    }
    return cells;
  });
}

async function parseOnly(files: string[], jobs: number): Promise<Measure> {
  return measure(async (count) => {
    for await (const doc of parseInOrder(files, { jobs })) count(doc.forms.length);
    return 0;
  });
}

let onlyRules: string[] | undefined;

/** what the --memory trace collects during one parse + check */
interface MemoryTrace {
  maxReady: number;
  maxWorkerHeap: number;
  maxExternal: number;
  maxArrayBuffers: number;
  maxHeapTotal: number;
  /** heap used after each full GC of the main thread, with the share of files checked by then */
  afterGc: { at: number; heap: number }[];
  /** the process's peak RSS (the kernel's high-water mark) while the documents stream, and at the end */
  hwmStreaming: number;
  hwmEnd: number;
  /** the main thread before the corpus rules' finalize and after each rule's */
  finalize: { rule: string; ms: number; heapUsed: number; rss: number }[];
}

/** the kernel's high-water mark of this process's RSS, in bytes (Linux), and its reset */
function rssHighWater(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
/** whether the mark was reset: a mark that was not is the process's lifetime peak, never a run's */
function resetRssHighWater(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false; /* not Linux: the 25 ms samples remain */
  }
}

async function parseCheck(files: string[], jobs: number, trace?: MemoryTrace): Promise<Measure> {
  let done = 0;
  let observer: PerformanceObserver | undefined;
  let sampler: NodeJS.Timeout | undefined;
  if (trace) {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const kind = (e as { detail?: { kind?: number } }).detail?.kind;
        if (kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) trace.afterGc.push({ at: done / files.length, heap: process.memoryUsage().heapUsed });
      }
    });
    observer.observe({ entryTypes: ["gc"] });
    sampler = setInterval(() => {
      const m = process.memoryUsage();
      trace.maxExternal = Math.max(trace.maxExternal, m.external);
      trace.maxArrayBuffers = Math.max(trace.maxArrayBuffers, m.arrayBuffers);
      trace.maxHeapTotal = Math.max(trace.maxHeapTotal, m.heapTotal);
    }, 25);
  }
  const onTrace = trace
    ? (t: PoolTrace) => {
        trace.maxReady = Math.max(trace.maxReady, t.ready);
        trace.maxWorkerHeap = Math.max(trace.maxWorkerHeap, t.workerHeap);
      }
    : undefined;
  if (trace) resetRssHighWater();
  let last = performance.now();
  const onFinalized = trace
    ? (rule: string) => {
        const m = process.memoryUsage();
        const now = performance.now();
        trace.finalize.push({ rule, ms: now - last, heapUsed: m.heapUsed, rss: m.rss });
        last = now;
      }
    : undefined;
  try {
    return await parseCheckRun(files, jobs, onTrace, () => {
      done++;
      last = performance.now();
      if (trace && done === files.length) trace.hwmStreaming = rssHighWater();
    }, onFinalized);
  } finally {
    if (trace) trace.hwmEnd = rssHighWater();
    observer?.disconnect();
    clearInterval(sampler);
  }
}

async function parseCheckRun(files: string[], jobs: number, trace: ((t: PoolTrace) => void) | undefined, onDoc: () => void, onFinalized?: (rule: string) => void): Promise<Measure> {
  return measure(async (count, live, sample) => {
    // as `kpi-audit check` runs: findings are streamed out (here: counted and dropped), not kept
    let findings = 0;
    // the finalizes run synchronously, where the sampling timer cannot fire: a sample after each one
    const finalized = (rule: string) => {
      sample();
      onFinalized?.(rule);
    };
    const checker = await createChecker({ lang: "zh", only: onlyRules, onFindings: (f) => (findings += f.length), onFinalized: finalized });
    // as check does: from WORKER_CHECK_MIN_JOBS workers on, per-document rules run in the workers
    const check = jobs >= WORKER_CHECK_MIN_JOBS ? { lang: "zh" as const, only: onlyRules } : undefined;
    for await (const { doc, pre } of poolInOrder(files, { jobs, check, trace })) {
      count(doc.forms.length);
      checker.add(doc as KpiDocument, pre);
      onDoc();
    }
    live(liveHeapNow());
    // as check does: the corpus rules' findings handed over one source file at a time
    await checker.finishStreaming(async () => {});
    return findings;
  });
}

/**
 * Sharded vs single run, in one process: the files checked once, and as 3 consecutive shards whose
 * findings, corpus-rule state (through JSON, as the shard files carry it) and totals are merged
 * into one checker, as `check --shard` + `kpi-audit merge` do. Returns whether the whole output
 * (findings in order, diagnostics, summary, meta) is identical, and the state's JSON size per form.
 */
async function shardedEqualsSingle(files: string[], shards = 3): Promise<{ identical: boolean; stateBytesPerForm: number }> {
  const single: Finding[] = [];
  const one = await createChecker({ lang: "zh", only: onlyRules, onFindings: (f) => single.push(...f) });
  for await (const doc of parseInOrder(files, { jobs: 0 })) one.add(doc as KpiDocument);
  const oneResult = one.finish();
  const merged: Finding[] = [];
  const merge = await createChecker({ lang: "zh", only: onlyRules, onFindings: (f) => merged.push(...f) });
  let stateBytes = 0;
  for (let i = 1; i <= shards; i++) {
    const part = await createChecker({ lang: "zh", only: onlyRules, onFindings: (f) => (merged.push(...f), merge.mergeFindings(f)) });
    for await (const doc of parseInOrder(shardSlice(files, i, shards), { jobs: 0 })) part.add(doc as KpiDocument);
    for (const { rule, item } of part.shardState()) {
      const json = JSON.stringify(item);
      stateBytes += Buffer.byteLength(json);
      merge.mergeState(rule, JSON.parse(json));
    }
    merge.mergeTotals(JSON.parse(JSON.stringify(part.shardTotals())));
  }
  const mergedResult = merge.finish();
  const whole = (f: Finding[], r: typeof oneResult) => JSON.stringify({ f, d: r.diagnostics, s: r.summary, m: r.meta });
  return { identical: whole(single, oneResult) === whole(merged, mergedResult), stateBytesPerForm: stateBytes / Math.max(1, oneResult.summary.forms) };
}

/**
 * The CLI's commands over the whole corpus, each in its own process as a user runs them, output to
 * files: whether each completes (exit 0, or 1 for error findings; no crash such as V8's string
 * limit), its time and output size. A JSON output must end as a whole document ("}" and a newline).
 */
interface CliRun {
  command: string;
  completed: boolean;
  status: number | null;
  ms: number;
  outBytes: number;
  /** the command process's peak resident set (all its threads), as the process reports it at exit */
  maxRss: number | null;
  note: string;
}
// loaded into each command's process: reports its peak RSS on stderr when it exits
const MAX_RSS_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nKPI_BENCH_MAX_RSS="+process.resourceUsage().maxRSS+"\\n"))`;
function cliCommands(corpusDir: string): CliRun[] {
  const bin = join(ROOT, "bin", "kpi-audit.js");
  // outputs outside the corpus folder, which the commands walk
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-out-"));
  const runs: [string, string[], string | null][] = [
    ["parse --format json", ["parse", corpusDir, "--format", "json"], "parse.json"],
    ["check --format json", ["check", corpusDir, "--format", "json"], "check.json"],
    ["report --out DIR", ["report", corpusDir, "--out", join(dir, "report")], null],
  ];
  const out: CliRun[] = [];
  for (const [command, args, file] of runs) {
    const fd = file ? openSync(join(dir, file), "w") : "ignore";
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", MAX_RSS_HOOK, bin, ...args], { stdio: ["ignore", fd, "pipe"], maxBuffer: 1 << 26 });
    const ms = performance.now() - t0;
    if (typeof fd === "number") closeSync(fd);
    let outBytes = 0;
    let whole = true;
    if (file) {
      const path = join(dir, file);
      outBytes = statSync(path).size;
      const tail = Buffer.alloc(Math.min(2, outBytes));
      const h = openSync(path, "r");
      readSync(h, tail, 0, tail.length, outBytes - tail.length);
      closeSync(h);
      whole = tail.toString() === "}\n";
      rmSync(path, { force: true });
    } else {
      for (const f of readdirSync(join(dir, "report"))) outBytes += statSync(join(dir, "report", f)).size;
      rmSync(join(dir, "report"), { recursive: true, force: true });
    }
    const stderr = r.stderr?.toString() ?? "";
    const crash = /RangeError|FATAL|heap out of memory|Invalid string length/.exec(stderr)?.[0] ?? "";
    const rssKb = /KPI_BENCH_MAX_RSS=(\d+)/.exec(stderr)?.[1];
    const completed = r.signal === null && (r.status === 0 || r.status === 1) && whole && !crash;
    out.push({ command, completed, status: r.status, ms, outBytes, maxRss: rssKb ? Number(rssKb) * 1024 : null, note: crash || (r.signal ? `signal ${r.signal}` : whole ? "" : "output cut short") });
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/** true when a program is on the PATH */
function has(cmd: string): boolean {
  try {
    execFileSync(cmd, ["-v"], { stdio: "ignore" });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/**
 * PDF pages/s: the PDF reader (to the Grid) with its default engine (PDFium) and with pdfjs (its
 * fallback, the engine before decision 73) against poppler's `pdftotext -layout` on the same
 * 140-page file (the 7-page fixture joined 20 times with pdfunite). Best of three alternating runs
 * of each, wall time, so that other load on the machine affects all alike. Null when poppler-utils
 * is not installed.
 */
async function pdfThroughput(dir: string): Promise<null | { pages: number; pdfiumMs: number; pdfjsMs: number; popplerMs: number }> {
  if (!has("pdftotext") || !has("pdfunite")) return null;
  const src = join(ROOT, "test", "fixtures", "formats", "multi.pdf");
  const file = join(dir, "pdf-bench.pdf");
  execFileSync("pdfunite", [...Array<string>(20).fill(src), file]);
  const bytes = readFileSync(file);
  let pdfiumMs = Infinity;
  let pdfjsMs = Infinity;
  let popplerMs = Infinity;
  let pages = 0;
  const read = async (engine: PdfEngine) => {
    const t = performance.now();
    const grid = await readPdf(file, new Uint8Array(bytes), { ...DEFAULT_LIMITS, timeoutMs: 0 }, engine);
    pages = new Set(grid.rows.map((r) => r.cells[0]?.loc.page).filter((p) => p !== undefined)).size;
    return performance.now() - t;
  };
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    execFileSync("pdftotext", ["-layout", file, "-"], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
    popplerMs = Math.min(popplerMs, performance.now() - t);
    pdfiumMs = Math.min(pdfiumMs, await read("pdfium"));
    pdfjsMs = Math.min(pdfjsMs, await read("pdfjs"));
  }
  return { pages, pdfiumMs, pdfjsMs, popplerMs };
}

function shingles(text: string, n = 3): string[] {
  const s = text.replace(/[\s\d\p{P}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return [...out];
}

async function lshComparison(files: string[], sample: number): Promise<null | Record<string, number | string>> {
  let mod: typeof import("../src/engine/similarity/index.js") | null = null;
  try {
    mod = await import("../src/engine/similarity/index.js");
  } catch {
    return null;
  }
  if (!mod?.compareLshWithExact) return null;
  const items: { key: string; shingles: string[] }[] = [];
  for (const f of files) {
    const doc = await parseFile(f);
    doc.forms.forEach((form, i) => {
      const text = [form.goals.annual?.text, form.goals.period?.text, form.goals.actual?.text].filter(Boolean).join(" ");
      const sh = shingles(text);
      if (sh.length >= 8) items.push({ key: `${f}#${i}`, shingles: sh });
    });
    if (items.length >= sample) break;
  }
  const cmp = mod.compareLshWithExact(items.slice(0, sample), { threshold: 0.8 });
  return {
    items: cmp.items,
    exactPairs: cmp.exactPairs,
    lshPairs: cmp.lshPairs,
    candidates: cmp.candidates,
    recall: cmp.recall,
    exactMs: cmp.exactMs,
    lshMs: cmp.lshMs,
    speedup: cmp.exactMs / Math.max(cmp.lshMs, 1e-6),
    settings: JSON.stringify(cmp.settings),
  };
}

// --- report -----------------------------------------------------------------------------------

const MB = 1024 * 1024;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  const a = args();
  const rules = await loadRules();
  const corpusRules = rules.filter((r) => r.finalize || r.meta.scope === "corpus").map((r) => r.meta.id);
  if (a.perDocument) onlyRules = rules.map((r) => r.meta.id).filter((id) => !corpusRules.includes(id));
  if (a.corpusOnly) {
    mkdirSync(a.corpusOnly, { recursive: true });
    const c = await buildCorpus(a.corpusOnly, a.forms);
    process.stderr.write(`${c.files.length} 个文件，${f1(c.bytes / MB)} MB → ${a.corpusOnly}\n`);
    return;
  }
  if (a.memory) return memoryOnly(a);
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-"));
  process.stderr.write(`生成合成语料：${a.forms} 张表 …\n`);
  const t0 = performance.now();
  const corpus = await buildCorpus(dir, a.forms);
  const genMs = performance.now() - t0;
  const tenth = corpus.files.slice(0, Math.max(1, Math.round(corpus.files.length / 10)));
  const tenthBytes = tenth.reduce((n, f) => n + statSync(f).size, 0);
  process.stderr.write(`  ${corpus.files.length} 个文件，${f1(corpus.bytes / MB)} MB，用时 ${f1(genMs / 1000)} s\n`);

  // worker count as the CLI picks it: min(cores, files)
  const parseJobs = a.jobs >= 0 ? a.jobs : defaultJobs(corpus.files.length);
  const jobs = parseJobs;
  process.stderr.write("基线：只读取并切分行与单元格 …\n");
  const base = await baseline(corpus.files);
  process.stderr.write(`解析（${parseJobs} 个线程）…\n`);
  const parsed = await parseOnly(corpus.files, parseJobs);
  process.stderr.write("解析 + 检查，1/10 规模 …\n");
  const small = await parseCheck(tenth, jobs);
  // one parse thread, as the parse + check row below (issue 11 measures on one core): the parse's own
  // one-core ratio, in the same run and against the same baseline
  process.stderr.write("解析，1 个线程，1/10 规模 …\n");
  const serialParse = await parseOnly(tenth, 0);
  process.stderr.write("解析 + 检查，1 个线程，1/10 规模 …\n");
  const serial = await parseCheck(tenth, 0);
  process.stderr.write("解析 + 检查，1/4 规模 …\n");
  const quarterFiles = corpus.files.slice(0, Math.max(1, Math.round(corpus.files.length / 4)));
  const quarter = await parseCheck(quarterFiles, jobs);
  process.stderr.write("解析 + 检查，全量 …\n");
  const full = await parseCheck(corpus.files, jobs);
  process.stderr.write("分片 + 合并 与 一次运行 比较，1/10 规模 …\n");
  const sharded = await shardedEqualsSingle(tenth);
  process.stderr.write("命令行：parse --format json、check --format json、report，全量 …\n");
  const cli = cliCommands(dir);
  process.stderr.write("PDF：PDFium、pdfjs 与 pdftotext -layout 每秒页数 …\n");
  const pdf = await pdfThroughput(dir);
  process.stderr.write("MinHash-LSH 与精确两两比较 …\n");
  const lsh = await lshComparison(corpus.files, 3000);

  const mbps = (m: Measure, bytes: number) => bytes / MB / (m.ms / 1000);
  const fps = (m: Measure) => m.forms / (m.ms / 1000);
  const cpu = cpus()[0]?.model?.trim() ?? "unknown";
  const cpuMbps = (m: Measure, bytes: number) => bytes / MB / (m.cpuMs / 1000);
  const row = (label: string, m: Measure, bytes: number) =>
    `| ${label} | ${f1(m.ms / 1000)} s | ${Math.round(fps(m))} | ${f2(mbps(m, bytes))} | ${f2(mbps(m, bytes) / mbps(base, corpus.bytes))} | ${f1(m.cpuMs / 1000)} | ${f2(cpuMbps(m, bytes) / cpuMbps(base, corpus.bytes))} |`;

  const lines = [
    `## Benchmark (\`npm run bench -- --forms ${a.forms}${a.perDocument ? " --per-document-rules" : ""}\`)`,
    "",
    `Synthetic corpus: ${corpus.files.length.toLocaleString("en-US")} files, ${full.forms.toLocaleString("en-US")} forms, ${f1(corpus.bytes / MB)} MB, recombined from the bundled corpus forms with varied names and amounts and planted defects (${corpus.defects.placeholder} placeholder, ${corpus.defects.impossible} impossible-rate, ${corpus.defects.doubled} doubled-text forms).`,
    `Machine: ${availableParallelism()} cores (${cpu}), ${f1(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}. ${jobs} worker threads parse${jobs >= WORKER_CHECK_MIN_JOBS ? " and run the per-document rules; the main thread runs the run-wide rules" : "; the main thread runs the rules"}. Absolute times vary with what else the machine runs; ratios come from the same run.`,
    "",
    `Rules: ${a.perDocument ? `${onlyRules!.length} per-document rules (corpus-scope rules left out: ${corpusRules.join(", ")})` : `all ${rules.length} rules, including the corpus-scope ones (${corpusRules.join(", ")})`}.`,
    "",
    "| run | time | forms/s | MB/s | vs baseline (MB/s ratio) | CPU s (all threads) | vs baseline (MB per CPU s ratio) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    `| baseline: read + split lines and TAB cells (1 thread) | ${f1(base.ms / 1000)} s | — | ${f1(mbps(base, corpus.bytes))} | 1 | ${f1(base.cpuMs / 1000)} | 1 |`,
    row(`parse (${parseJobs} workers, in order)`, parsed, corpus.bytes),
    row(`parse + check, full, ${jobs} workers`, full, corpus.bytes),
    row(`parse + check, 1/10, ${jobs} workers`, small, tenthBytes),
    row("parse, 1/10, 1 thread", serialParse, tenthBytes),
    row("parse + check, 1/10, 1 thread", serial, tenthBytes),
    "",
    `Speed-up of the pool (1/10 corpus, parse + check, ${jobs} workers + main thread vs everything on 1 thread): ×${f2(serial.ms / small.ms)}. Findings: ${full.findings.toLocaleString("en-US")} at full size (${f2(full.findings / Math.max(1, full.forms))} per form).`,
    "",
    "| memory (parse + check, streaming) | 1/10 size | 1/4 size (1×) | full size (4×) | ratio full / quarter |",
    "|---|---:|---:|---:|---:|",
    `| peak RSS (process, incl. workers) | ${Math.round(small.peakRss / MB)} MB | ${Math.round(quarter.peakRss / MB)} MB | ${Math.round(full.peakRss / MB)} MB | ${f2(full.peakRss / quarter.peakRss)} |`,
    `| peak JS heap (main thread, garbage included) | ${Math.round(small.peakHeap / MB)} MB | ${Math.round(quarter.peakHeap / MB)} MB | ${Math.round(full.peakHeap / MB)} MB | ${f2(full.peakHeap / quarter.peakHeap)} |`,
    ...(small.liveHeap !== undefined && quarter.liveHeap !== undefined && full.liveHeap !== undefined
      ? [
          `| live JS heap held after the last document (after GC): the run-wide rules' state and bounded caches | ${Math.round(small.liveHeap / MB)} MB | ${Math.round(quarter.liveHeap / MB)} MB | ${Math.round(full.liveHeap / MB)} MB | ${f2(full.liveHeap / quarter.liveHeap)} |`,
          `| the same per form | ${f1(small.liveHeap / 1024 / small.forms)} KB | ${f1(quarter.liveHeap / 1024 / quarter.forms)} KB | ${f1(full.liveHeap / 1024 / full.forms)} KB | — |`,
        ]
      : []),
    "",
    `Corpus-rule state as the shard files carry it (JSON, UTF-8): ${f1(sharded.stateBytesPerForm / 1024)} KB per form (1/10 corpus). Sharded run (3 consecutive shards, state through JSON, merged) vs one run on the 1/10 corpus: ${sharded.identical ? "identical findings, diagnostics, summary and meta" : "**DIFFERENT**"}.`,
    "",
    "Documents are parsed in workers and handed to the checker one at a time, then dropped; findings are streamed out as each document is checked (as `kpi-audit check` does). What grows with the corpus is the compact per-form state of the corpus-scope rules (texts and fingerprints for copied-text, goal-mismatch, generic-goal; names and targets for target-drift).",
    "",
  ];
  lines.push(
    "The CLI over the whole corpus, one process per command, output to a file (completed: exit 0 or 1, no crash, a JSON output ends as a whole document):",
    "",
    "| command | completed | exit | time | output | max RSS |",
    "|---|---|---:|---:|---:|---:|",
    ...cli.map((c) => `| \`kpi-audit ${c.command}\` | ${c.completed ? "yes" : `**no**${c.note ? ` (${c.note})` : ""}`} | ${c.status ?? "—"} | ${f1(c.ms / 1000)} s | ${f1(c.outBytes / MB)} MB | ${c.maxRss === null ? "—" : `${Math.round(c.maxRss / MB)} MB`} |`),
    "",
  );
  if (pdf) {
    const pps = (ms: number) => pdf.pages / (ms / 1000);
    lines.push(
      `PDF (${pdf.pages} pages, the 7-page fixture joined 20 times; best of 3 runs, wall time): the PDF reader (PDFium → cells) ${f1(pps(pdf.pdfiumMs))} pages/s, \`pdftotext -layout\` ${f1(pps(pdf.popplerMs))} pages/s — ratio ${f2(pps(pdf.pdfiumMs) / pps(pdf.popplerMs))} (with pdfjs, its fallback engine: ${f1(pps(pdf.pdfjsMs))} pages/s, ratio ${f2(pps(pdf.pdfjsMs) / pps(pdf.popplerMs))}).`,
      "",
    );
  } else lines.push("PDF: poppler-utils (pdftotext, pdfunite) not installed; not measured.", "");
  if (lsh) {
    lines.push(
      `MinHash-LSH vs exact all-pairs Jaccard (threshold 0.8, character 3-gram shingles of goal texts, ${lsh.items} forms): recall ${f2(Number(lsh.recall) * 100)}% (${lsh.exactPairs} exact pairs, ${lsh.lshPairs} found, ${lsh.candidates} candidates); exact ${f1(Number(lsh.exactMs))} ms, LSH ${f1(Number(lsh.lshMs))} ms — ×${f1(Number(lsh.speedup))} faster. Settings ${lsh.settings}.`,
      "",
    );
  } else lines.push("MinHash-LSH: src/engine/similarity not available in this build; not measured.", "");
  const md = lines.join("\n");
  process.stdout.write(md + "\n");
  if (a.out) writeFileSync(a.out, md);
  if (a.keep) process.stderr.write(`语料保留在 ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

/** `--memory`: check's memory at 1/4 and full size, as the full run measures it, with a trace */
async function memoryOnly(a: Args): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kpi-bench-"));
  const corpus = await buildCorpus(dir, a.forms);
  const jobs = a.jobs >= 0 ? a.jobs : defaultJobs(corpus.files.length);
  const quarterFiles = corpus.files.slice(0, Math.max(1, Math.round(corpus.files.length / 4)));
  const newTrace = (): MemoryTrace => ({ maxReady: 0, maxWorkerHeap: 0, maxExternal: 0, maxArrayBuffers: 0, maxHeapTotal: 0, afterGc: [], hwmStreaming: 0, hwmEnd: 0, finalize: [] });
  const runs: [string, Measure, MemoryTrace][] = [];
  for (const [label, files] of [["1/4 (1×)", quarterFiles], ["full (4×)", corpus.files]] as const) {
    process.stderr.write(`解析 + 检查，${label} …\n`);
    const t = newTrace();
    runs.push([label, await parseCheck(files, jobs, t), t]);
  }
  const mb = (b: number) => `${Math.round(b / MB)} MB`;
  const gcAt = (t: MemoryTrace, share: number) => {
    const after = t.afterGc.filter((g) => g.at <= share);
    return after.length ? mb(after[after.length - 1].heap) : "—";
  };
  const lines = [
    `check's memory, ${a.forms.toLocaleString("en-US")} forms (${corpus.files.length} files, ${f1(corpus.bytes / MB)} MB), ${jobs} workers, all rules:`,
    "",
    `| | ${runs.map((r) => r[0]).join(" | ")} |`,
    `|---|${runs.map(() => "---:").join("|")}|`,
    `| time (wall / CPU) | ${runs.map(([, m]) => `${f1(m.ms / 1000)} / ${f1(m.cpuMs / 1000)} s`).join(" | ")} |`,
    `| peak RSS | ${runs.map(([, m]) => mb(m.peakRss)).join(" | ")} |`,
    `| peak RSS (kernel high-water mark): while the documents stream / whole run | ${runs.map(([, , t]) => `${mb(t.hwmStreaming)} / ${mb(t.hwmEnd)}`).join(" | ")} |`,
    ...runs[0][2].finalize.map((f, i) => `| after ${f.rule}'s finalize: ms, heap used, RSS | ${runs.map(([, , t]) => (t.finalize[i] ? `${Math.round(t.finalize[i].ms)} ms, ${mb(t.finalize[i].heapUsed)}, ${mb(t.finalize[i].rss)}` : "—")).join(" | ")} |`),
    `| peak JS heap used (garbage included) | ${runs.map(([, m]) => mb(m.peakHeap)).join(" | ")} |`,
    `| peak JS heap reserved (heapTotal) | ${runs.map(([, , t]) => mb(t.maxHeapTotal)).join(" | ")} |`,
    `| live heap after the last document | ${runs.map(([, m]) => (m.liveHeap === undefined ? "—" : mb(m.liveHeap))).join(" | ")} |`,
    ...[0.25, 0.5, 0.75, 1].map((s) => `| heap after the last full GC by ${s * 100}% of the files | ${runs.map(([, , t]) => gcAt(t, s)).join(" | ")} |`),
    `| full GCs | ${runs.map(([, , t]) => t.afterGc.length).join(" | ")} |`,
    `| most documents waiting for the checker | ${runs.map(([, , t]) => t.maxReady).join(" | ")} |`,
    `| largest worker heap | ${runs.map(([, , t]) => mb(t.maxWorkerHeap)).join(" | ")} |`,
    `| peak external / ArrayBuffers | ${runs.map(([, , t]) => `${mb(t.maxExternal)} / ${mb(t.maxArrayBuffers)}`).join(" | ")} |`,
    "",
    `Peak RSS full / quarter: ${f2(runs[1][1].peakRss / runs[0][1].peakRss)}; peak heap ${f2(runs[1][1].peakHeap / runs[0][1].peakHeap)}.`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  if (a.keep) process.stderr.write(`语料保留在 ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

await main();
