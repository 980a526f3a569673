/**
 * The streaming batch driver used by parse/check/report/stats: files → worker pool → documents in
 * input order → the caller's `onDocument`, one at a time, with a progress bar on a TTY.
 * The caller keeps what it needs (findings, compact rows) and drops the document.
 */
import { defaultJobs, poolInOrder } from "./pool.js";
import type { CheckOptions, Precomputed } from "../engine/run.js";
import { createProgress } from "./progress.js";
import type { KpiDocument } from "../model/types.js";
import type { ReadLimits } from "../read/limits.js";

export interface BatchOptions {
  /** parse threads as the user counts them: 1 = this thread only, N > 1 = N worker threads;
   *  default: see defaultJobs */
  jobs?: number;
  /** label of the progress bar (Chinese UI) */
  label?: string;
  /** force the progress bar off */
  quiet?: boolean;
  /** run the per-document rules of this configuration in the worker threads */
  check?: CheckOptions;
  /** per-file limits */
  limits?: ReadLimits;
  /** entries the input stage refused (src/read/inputs.ts) */
  problems?: ReadonlyMap<string, unknown>;
}

export async function forEachDocument(
  files: string[],
  onDocument: (doc: KpiDocument, index: number, pre?: Precomputed) => void | Promise<void>,
  opts: BatchOptions = {},
): Promise<void> {
  const progress = opts.quiet ? { update() {}, stop() {} } : createProgress(opts.label ?? "解析", files.length);
  let i = 0;
  try {
    const jobs = opts.jobs === undefined ? defaultJobs(files.length) : opts.jobs <= 1 ? 0 : opts.jobs;
    for await (const { doc, pre } of poolInOrder(files, { jobs, check: opts.check, limits: opts.limits, problems: opts.problems, onProgress: (d, t) => progress.update(d, t) })) {
      await onDocument(doc, i++, pre);
    }
  } finally {
    progress.stop();
  }
}
