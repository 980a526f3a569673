/**
 * The pdfjs stage of the PDF reader in a thread of its own, under a watchdog.
 *
 * pdfjs parses some damaged files for minutes: a byte flipped inside an embedded Type 1 font program
 * makes its font parser spin (one such 75 KB file took 36 s, others more than 120 s) — synchronous
 * work that no timer in the same thread can interrupt. So the extraction runs in a worker thread
 * (one per reading thread, kept between files); it reports each step (opening, page p) once pdfjs
 * is loaded, and when a step takes longer than the step budget the worker is terminated and the file gets a clear
 * read/corrupt message naming the page. The budget is 10 s per step, or half the per-file time
 * limit when that is shorter, so a damaged PDF ends before the per-file limit with its own reason.
 * When no worker can be started, the extraction runs in this thread (unbounded, as before).
 *
 * The budget is counted in the pdfjs thread's own CPU time where the system tells it (Linux:
 * /proc/self/task/<tid>/stat), not in wall time: on a starved machine a thread that gets little
 * CPU must not be stopped for the machine's load, or the same file would read differently with
 * -j 1 and -j 2 (a fuzz run at load 15 found one such file). A step still ends after
 * WALL_FACTOR × the budget in wall time, whatever the CPU count says.
 */
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ReadError } from "./errors.js";
import type { ReadLimits } from "./limits.js";
import type { Extracted, PdfEngine } from "./pdf.js";

export const STEP_BUDGET_MS = 10_000;
/** time the thread may take to start and load pdfjs before the first step (not the file's doing) */
const STARTUP_MS = 60_000;
/** heap of the pdfjs thread: a damaged file that needs more is stopped like one that spins */
const PDF_HEAP_MB = 1024;

/** a step ends after this many budgets of wall time even if the thread used less CPU */
const WALL_FACTOR = 10;

/** CPU milliseconds (user + system) in a /proc/<pid>/task/<tid>/stat line, or null */
export function cpuMsOfStat(stat: string): number | null {
  // fields after "pid (comm) ": state is field 3, utime field 14, stime field 15 (in USER_HZ = 100/s)
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * 10 : null;
}

/** CPU milliseconds a thread of this process has used, or null where the system does not say */
export function threadCpuMs(tid: number | null): number | null {
  if (tid === null) return null;
  try {
    return cpuMsOfStat(readFileSync(`/proc/self/task/${tid}/stat`, "utf8"));
  } catch {
    return null;
  }
}

/** the step budget for the given limits */
export function stepBudget(limits: ReadLimits): number {
  return limits.timeoutMs > 0 ? Math.max(500, Math.min(STEP_BUDGET_MS, limits.timeoutMs / 2)) : STEP_BUDGET_MS;
}

type Reply = { id: number; tid?: number; step?: number; result?: Extracted; error?: { code: string; message: string; messageEn: string } };

let worker: Worker | null = null;
/** the pdfjs thread's id in the system (its first message), for its CPU time */
const tids = new WeakMap<Worker, number>();
let seq = 0;

function startWorker(): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: PDF_HEAP_MB, stackSizeMb: 4 };
  let w: Worker;
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    // running from sources (tsx, vitest): register tsx's loader in the worker, then load the .ts
    const req = createRequire(here);
    const api = pathToFileURL(join(dirname(req.resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
    const target = new URL("./pdf-worker.ts", here).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
    w = new Worker(boot, { eval: true, execArgv: [], resourceLimits });
  } else w = new Worker(new URL("./pdf-worker.js", here), { execArgv: [], resourceLimits });
  w.on("message", (m: Reply) => {
    if (m.id === 0 && typeof m.tid === "number") tids.set(w, m.tid);
  });
  w.unref();
  return w;
}

function stepName(step: number): [string, string] {
  return step === 0 ? ["打开文件时", "while opening it"] : [`读取第 ${step} 页时`, `while reading page ${step}`];
}

/** a rejection that pdfjs's own code created (its build files are on the stack) */
export function fromPdfjs(reason: unknown): boolean {
  const stack = (reason as Error)?.stack;
  return typeof stack === "string" && /pdfjs-dist[\\/]/.test(stack);
}

let hereRuns = 0;
const onHereRejection = (reason: unknown) => {
  if (fromPdfjs(reason)) return;
  // anything else stays fatal, as it is without a listener (Node's default --unhandled-rejections=throw)
  process.nextTick(() => {
    throw reason;
  });
};

/**
 * extractPages in this thread, when no pdfjs thread can be started. pdfjs leaves some internal
 * promises of a damaged file rejected without a handler (its thread ignores them, pdf-worker.ts);
 * here they would end the process, so while an extraction runs (and one turn after), rejections
 * raised by pdfjs's code are ignored — the file's own outcome still comes through extractPages —
 * and any other unhandled rejection is thrown as before.
 */
export async function extractHere(bytes: Uint8Array, engine?: PdfEngine): Promise<Extracted> {
  const { extractPages } = await import("./pdf.js");
  if (hereRuns++ === 0) process.on("unhandledRejection", onHereRejection);
  try {
    return await extractPages(bytes, undefined, engine);
  } finally {
    // pdfjs rejects its leftovers while the document is destroyed: they surface in the next turns
    setTimeout(() => {
      if (--hereRuns === 0) process.off("unhandledRejection", onHereRejection);
    }, 100).unref();
  }
}

/** run extractPages in the worker; a step over budget stops it with read/corrupt */
export async function extractBounded(bytes: Uint8Array, limits: ReadLimits, engine?: PdfEngine): Promise<Extracted> {
  const budget = stepBudget(limits);
  try {
    worker ??= startWorker();
  } catch {
    return extractHere(bytes, engine);
  }
  const w = worker;
  const id = ++seq;
  return new Promise<Extracted>((resolve, reject) => {
    let step = 0;
    let timer: NodeJS.Timeout;
    const done = () => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      w.unref();
    };
    let started = false;
    const stop = () => {
      done();
      if (worker === w) worker = null;
      void w.terminate();
      const [zh, en] = stepName(step);
      const sec = Math.round(budget / 100) / 10;
      reject(
        new ReadError(
          "read/corrupt",
          `PDF 文件已损坏：${zh}超过 ${sec} 秒仍未读完（字体或内容流损坏），已停止读取`,
          `the PDF is damaged: ${en} took longer than ${sec} s (a damaged font or content stream); reading stopped`,
        ),
      );
    };
    const arm = () => {
      clearTimeout(timer);
      const limit = started ? budget : Math.max(budget, STARTUP_MS);
      let cpu0 = threadCpuMs(tids.get(w) ?? null);
      let waited = 0;
      const wait = (ms: number) => {
        timer = setTimeout(() => {
          waited += ms;
          if (cpu0 === null) {
            // the thread's id arrived after arming (a starting thread): count its CPU from now on
            cpu0 = threadCpuMs(tids.get(w) ?? null);
            if (cpu0 !== null && waited < limit * WALL_FACTOR) return wait(limit);
          }
          const now = cpu0 === null ? null : threadCpuMs(tids.get(w) ?? null);
          const used = now === null || cpu0 === null ? waited : now - cpu0;
          if (used < limit && waited < limit * WALL_FACTOR) wait(Math.max(100, limit - used));
          else stop();
        }, ms);
      };
      wait(limit);
    };
    const onMessage = (m: Reply) => {
      if (m.id !== id) return;
      if (m.step !== undefined) {
        step = m.step;
        started = true;
        arm();
        return;
      }
      done();
      if (m.result) resolve(m.result);
      else reject(new ReadError(m.error?.code ?? "read/corrupt", m.error?.message ?? "PDF 文件已损坏", m.error?.messageEn ?? "the PDF is damaged"));
    };
    const onError = (e: Error) => {
      done();
      if (worker === w) worker = null;
      reject(new ReadError("read/corrupt", `PDF 文件已损坏，读取失败（${e.message}）`, `the PDF is damaged; reading failed (${e.message})`));
    };
    const onExit = () => onError(new Error("worker exited"));
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.ref();
    arm();
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, bytes: copy, engine }, [copy.buffer]);
  });
}
