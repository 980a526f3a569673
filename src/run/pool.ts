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
import type { KpiDocument } from "../model/types.js";
import type { CheckOptions, Precomputed } from "../engine/run.js";

export interface PoolOptions {
  /** worker threads; default min(cores, files); 0 (or a single file) parses in this thread */
  jobs?: number;
  /** documents parsed ahead of the consumer at most (default jobs × 4) */
  window?: number;
  /** called after each document is handed to the consumer */
  onProgress?: (done: number, total: number, file: string) => void;
  /** also run the per-document rules of this configuration in the workers (serialisable options only) */
  check?: CheckOptions;
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
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const req = createRequire(here);
    const api = pathToFileURL(join(dirname(req.resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
    const target = new URL("./worker.ts", here).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
    return new Worker(boot, { eval: true, execArgv: [], workerData });
  }
  return new Worker(new URL("./worker.js", here), { execArgv: [], workerData });
}

export async function* parseInOrder(files: string[], opts: PoolOptions = {}): AsyncGenerator<KpiDocument> {
  for await (const p of poolInOrder(files, opts)) yield p.doc;
}

/** as parseInOrder, with the per-document findings the workers computed when `opts.check` is set */
export async function* poolInOrder(files: string[], opts: PoolOptions = {}): AsyncGenerator<PooledDocument> {
  const total = files.length;
  const jobs = Math.max(0, Math.min(opts.jobs ?? defaultJobs(total), total));
  if (jobs === 0 || total <= 1) {
    for (let i = 0; i < total; i++) {
      const doc = await parseFile(files[i]);
      yield { doc };
      opts.onProgress?.(i + 1, total, files[i]);
    }
    return;
  }
  const window = Math.max(jobs, opts.window ?? jobs * 4);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const ready = new Map<number, PooledDocument>();
  let next = 0; // next file index to dispatch
  let emit = 0; // next index the consumer gets
  let wake: (() => void) | null = null;
  let starting = jobs; // workers not yet ready nor failed
  let alive = 0; // workers ready and not crashed
  let serial = false; // no worker left: parse the rest in this thread
  const inFlight = new Map<Worker, number>();

  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const dispatch = () => {
    while (idle.length && next < total && next - emit < window) {
      const w = idle.pop()!;
      inFlight.set(w, next);
      w.postMessage({ id: next, file: files[next] });
      next++;
    }
  };

  for (let i = 0; i < jobs; i++) {
    const w = startWorker(opts.check ? { check: opts.check } : undefined);
    let isReady = false;
    w.on("message", (m: { ready?: true; id: number; json: string; pre?: string }) => {
      if (m.ready) {
        isReady = true;
        starting--;
        alive++;
        idle.push(w);
        dispatch();
        return;
      }
      inFlight.delete(w);
      ready.set(m.id, { doc: JSON.parse(m.json) as KpiDocument, pre: m.pre ? (JSON.parse(m.pre) as Precomputed) : undefined });
      idle.push(w);
      dispatch();
      signal();
    });
    w.on("error", (e) => {
      // a worker that cannot start, or crashes: the file it held becomes a failed document and the
      // worker is not reused; with no worker left the rest is parsed in this thread
      if (isReady) alive--;
      else starting--;
      const idx = idle.indexOf(w);
      if (idx >= 0) idle.splice(idx, 1);
      const id = inFlight.get(w);
      inFlight.delete(w);
      if (id !== undefined) ready.set(id, { doc: failedDocument(files[id], e) });
      if (alive === 0 && starting === 0) serial = true;
      signal();
    });
    workers.push(w);
  }
  try {
    dispatch();
    while (emit < total) {
      let doc = ready.get(emit);
      if (!doc && serial && emit >= next) {
        doc = { doc: await parseFile(files[emit]) };
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
      yield doc;
      opts.onProgress?.(emit, total, file);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
