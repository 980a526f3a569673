/**
 * Parse many files in parallel with worker threads and hand the documents back **in input order**,
 * so that everything downstream (checker, reports) sees the same sequence as a serial run and
 * output stays byte-identical.
 *
 * Memory stays bounded: at most `window` documents are parsed ahead of the one the consumer is
 * waiting for; a document is released as soon as the consumer's callback returns.
 *
 *   for await (const doc of parseInOrder(files, { jobs })) checker.add(doc);
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseFile, failedDocument } from "../parse.js";
import type { Form, KpiDocument } from "../model/types.js";
import type { CheckOptions, Precomputed } from "../engine/run.js";
import { ReadError } from "../read/errors.js";
import { DEFAULT_LIMITS, type ReadLimits } from "../read/limits.js";

/** heap a worker may use before it is stopped and its file reported (one file at a time per worker) */
export const WORKER_HEAP_MB = 1536;

/**
 * A worker whose heap grew past this is replaced once it has sent its document: V8 keeps most of a
 * grown heap, and a 50 MB text file left the worker holding ~400 MB while the main thread checked
 * the document (docs/decisions.md, 38). The parse memos are bounded by entries, not bytes, so over
 * a long run a worker's heap also creeps up (measured 80 → 134 MB from 5,000 to 20,000 forms, 197 MB
 * at 50,000): replacing it at twice a warm worker's heap keeps each worker's share of the RSS the
 * same whatever the corpus size, for a few re-warmed caches per run (decision 70).
 */
export const RECYCLE_HEAP_BYTES = 128 << 20;

export interface PoolOptions {
  /** worker threads; default min(cores, files); 0 parses in this thread — unless a time limit is
   *  set (the default), which only a worker can enforce: then at least one worker is used */
  jobs?: number;
  /** documents parsed ahead of the consumer at most (default jobs × 4) */
  window?: number;
  /** called after each document is handed to the consumer */
  onProgress?: (done: number, total: number, file: string) => void;
  /** also run the per-document rules of this configuration in the workers (serialisable options only) */
  check?: CheckOptions;
  /** per-file limits (size, unpacked size, cells, time) */
  limits?: ReadLimits;
  /** files the input stage already refused, with the reason: they become failed documents unread */
  problems?: ReadonlyMap<string, unknown>;
  /** replace a worker after a file that grew its heap past this many bytes (default RECYCLE_HEAP_BYTES) */
  recycleHeapBytes?: number;
  /** measurement only (the bench's --memory): called whenever a worker has sent a whole document */
  trace?: (t: PoolTrace) => void;
}

/** the pool's state when a worker has sent a document (for memory measurements) */
export interface PoolTrace {
  /** documents parsed and waiting for the consumer */
  ready: number;
  /** files sent to workers and not yet back */
  inFlight: number;
  /** the heap the sending worker had grown to, in bytes */
  workerHeap: number;
}

/** a parsed document and, when the workers checked it, its per-document findings */
export interface PooledDocument {
  doc: KpiDocument;
  pre?: Precomputed;
}

/**
 * From this many worker threads on, `check` lets the workers run the per-document rules too. With
 * fewer, checking on the main thread measured as fast (docs/decisions.md, 15).
 */
export const WORKER_CHECK_MIN_JOBS = 3;

/** default worker count: min(cores, files); a single file is parsed in this thread */
export function defaultJobs(files: number): number {
  if (files <= 1) return 0;
  return Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * How to start a worker: the compiled worker.js next to this module, or — running from sources
 * (tsx, vitest) — a small bootstrap that registers tsx's loader and then imports worker.ts.
 */
function startWorker(workerData: unknown): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: 4 };
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const req = createRequire(here);
    const api = pathToFileURL(join(dirname(req.resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
    const target = new URL("./worker.ts", here).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
    return new Worker(boot, { eval: true, execArgv: [], workerData, resourceLimits });
  }
  return new Worker(new URL("./worker.js", here), { execArgv: [], workerData, resourceLimits });
}

export async function* parseInOrder(files: string[], opts: PoolOptions = {}): AsyncGenerator<KpiDocument> {
  for await (const p of poolInOrder(files, opts)) yield p.doc;
}

/** the document a worker sent in parts, with its keys in the order the worker had them (same bytes out) */
function assemble(head: Omit<KpiDocument, "forms">, forms: Form[], keys: readonly string[]): KpiDocument {
  const doc: Record<string, unknown> = {};
  const rest = head as Record<string, unknown>;
  for (const k of keys) doc[k] = k === "forms" ? forms : rest[k];
  for (const k of Object.keys(rest)) if (!(k in doc)) doc[k] = rest[k];
  if (!("forms" in doc)) doc.forms = forms;
  return doc as unknown as KpiDocument;
}

/**
 * A document as a worker sent it: its forms in batches of JSON text, the rest of it and the
 * per-document findings as JSON text. Kept as text while it waits for the consumer (decision 135):
 * objects made on arrival waited behind up to `window` documents being checked, long enough to be
 * promoted to the old generation, which then filled with documents already checked and dropped.
 */
interface Received {
  received: true;
  json: string;
  forms: string[];
  keys: string[];
  pre?: string;
}

function materialise(r: Received): PooledDocument {
  const forms: Form[] = [];
  for (const batch of r.forms) for (const f of JSON.parse(batch) as Form[]) forms.push(f);
  const doc = assemble(JSON.parse(r.json) as Omit<KpiDocument, "forms">, forms, r.keys);
  return { doc, pre: r.pre ? (JSON.parse(r.pre) as Precomputed) : undefined };
}

export function timeoutError(limits: ReadLimits): ReadError {
  const sec = Math.round(limits.timeoutMs / 100) / 10;
  return new ReadError(
    "read/timeout",
    `读取和识别该文件超过了每个文件 ${sec} 秒的时间上限，已停止；确需处理可用 --timeout 调高上限`,
    `reading and recognising the file took longer than the per-file limit of ${sec} s and was stopped (raise it with --timeout)`,
  );
}

function crashError(e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new ReadError("read/out-of-memory", `读取该文件所需内存超过 ${WORKER_HEAP_MB} MB 的上限，已停止`, `reading the file needed more than the ${WORKER_HEAP_MB} MB memory limit and was stopped`);
  }
  const m = (e as Error)?.message ?? String(e);
  return new ReadError("read/failed", `读取失败：${m}`, `failed to read: ${m}`);
}

/** as parseInOrder, with the per-document findings the workers computed when `opts.check` is set */
export async function* poolInOrder(files: string[], opts: PoolOptions = {}): AsyncGenerator<PooledDocument> {
  const total = files.length;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const problems = opts.problems ?? new Map<string, unknown>();
  const wanted = Math.max(0, Math.min(opts.jobs ?? defaultJobs(total), total));
  // a time limit can only be enforced on a thread that can be stopped: parse in a worker then
  const toRead = files.filter((f) => !problems.has(f)).length;
  const jobs = limits.timeoutMs > 0 && toRead > 0 ? Math.max(1, Math.min(wanted, toRead)) : Math.min(wanted, toRead);
  if (jobs === 0 || (total <= 1 && limits.timeoutMs <= 0)) {
    for (let i = 0; i < total; i++) {
      const doc = problems.has(files[i]) ? failedDocument(files[i], problems.get(files[i])) : await parseFile(files[i], limits);
      yield { doc };
      opts.onProgress?.(i + 1, total, files[i]);
    }
    return;
  }
  const window = Math.max(jobs, opts.window ?? jobs * 4);
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  /** documents parsed ahead, as the workers sent them: made into objects when the consumer takes them */
  const ready = new Map<number, PooledDocument | Received>();
  let next = 0; // next file index to dispatch
  let emit = 0; // next index the consumer gets
  let wake: (() => void) | null = null;
  let starting = 0; // workers not yet ready nor failed
  let alive = 0; // workers ready and not crashed
  let serial = false; // no worker could start: parse the rest in this thread
  const inFlight = new Map<Worker, { id: number; timer?: NodeJS.Timeout }>();

  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const dispatch = () => {
    for (;;) {
      // refused entries need no worker
      while (next < total && next - emit < window && problems.has(files[next])) {
        ready.set(next, { doc: failedDocument(files[next], problems.get(files[next])) });
        next++;
        signal();
      }
      if (!(idle.length && next < total && next - emit < window)) return;
      const w = idle.pop()!;
      const id = next++;
      const job: { id: number; timer?: NodeJS.Timeout } = { id };
      if (limits.timeoutMs > 0) job.timer = setTimeout(() => stop(w, timeoutError(limits)), limits.timeoutMs);
      inFlight.set(w, job);
      w.postMessage({ id, file: files[id] });
    }
  };
  /** a worker that hangs or crashes: its file becomes a failed document, a fresh worker takes its place */
  const stop = (w: Worker, reason: ReadError) => {
    if (!workers.has(w)) return;
    workers.delete(w);
    const job = inFlight.get(w);
    inFlight.delete(w);
    if (job) {
      clearTimeout(job.timer);
      ready.set(job.id, { doc: failedDocument(files[job.id], reason) });
    }
    const idx = idle.indexOf(w);
    if (idx >= 0) idle.splice(idx, 1);
    alive--;
    void w.terminate();
    if (!closed) spawn();
    signal();
  };
  /** a worker done with its file that holds a large heap: stopped, and replaced while files remain */
  const retire = (w: Worker) => {
    workers.delete(w);
    alive--;
    void w.terminate();
    if (!closed && next < total) spawn();
  };
  let closed = false;
  const spawn = () => {
    const w = startWorker({ check: opts.check, limits });
    workers.add(w);
    starting++;
    let isReady = false;
    /** the forms of the document in flight, as their batches arrive (JSON text) */
    let parts: string[] = [];
    w.on("message", (m: { ready?: true; id: number; forms?: string; json?: string; keys?: string[]; pre?: string; heap?: number }) => {
      if (m.ready) {
        isReady = true;
        starting--;
        alive++;
        idle.push(w);
        dispatch();
        return;
      }
      if (m.forms) {
        parts.push(m.forms);
        return;
      }
      const job = inFlight.get(w);
      if (job) clearTimeout(job.timer);
      inFlight.delete(w);
      ready.set(m.id, { received: true, json: m.json!, forms: parts, keys: m.keys ?? [], pre: m.pre });
      parts = [];
      opts.trace?.({ ready: ready.size, inFlight: inFlight.size, workerHeap: m.heap ?? 0 });
      if ((m.heap ?? 0) > (opts.recycleHeapBytes ?? RECYCLE_HEAP_BYTES)) retire(w);
      else idle.push(w);
      dispatch();
      signal();
    });
    const onFail = (e: unknown) => {
      if (!workers.has(w)) return;
      if (isReady) {
        stop(w, crashError(e));
        return;
      }
      // a worker that cannot start is not replaced; with none left the rest is parsed here
      workers.delete(w);
      starting--;
      if (alive === 0 && starting === 0) serial = true;
      signal();
    };
    w.on("error", onFail);
    w.on("exit", (code) => onFail(new Error(`worker exited (${code})`)));
  };
  for (let i = 0; i < jobs; i++) spawn();
  try {
    dispatch();
    while (emit < total) {
      let doc = ready.get(emit);
      if (!doc && serial && emit >= next) {
        const f = files[emit];
        doc = { doc: problems.has(f) ? failedDocument(f, problems.get(f)) : await parseFile(f, limits) };
        next = emit + 1;
      }
      if (!doc) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      ready.delete(emit);
      const file = files[emit];
      emit++;
      dispatch();
      yield "received" in doc ? materialise(doc) : doc;
      opts.onProgress?.(emit, total, file);
    }
  } finally {
    closed = true;
    for (const job of inFlight.values()) clearTimeout(job.timer);
    const all = [...workers];
    workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
