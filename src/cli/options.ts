/**
 * Options shared by the commands that read files, validated where they are parsed: a bad value is a
 * usage error (a clear message, exit 2) before any work, never silently replaced by a default.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { DEFAULT_LIMITS, limitsFrom, MiB, type ReadLimits } from "../read/limits.js";

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError("必须是正整数 (must be a positive integer)");
  return n;
}

function nonNegative(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError("必须是不小于 0 的数 (must be a number ≥ 0)");
  return n;
}

function positive(v: string): number {
  const n = nonNegative(v);
  if (n <= 0) throw new InvalidArgumentError("必须大于 0 (must be > 0)");
  return n;
}

export interface ReadOpts {
  jobs?: number;
  maxFileSize?: number;
  timeout?: number;
}

/** -j/--jobs, --max-file-size, --timeout */
export function readOptions(cmd: Command): Command {
  return cmd
    .option("-j, --jobs <n>", "并行解析线程数，默认为 CPU 核数 (parse workers)", positiveInt)
    .option("--max-file-size <MB>", `单个文件大小上限，默认 ${DEFAULT_LIMITS.maxBytes / MiB} (per-file size limit in MB)`, positive)
    .option("--timeout <seconds>", `单个文件处理时间上限，默认 ${DEFAULT_LIMITS.timeoutMs / 1000}；0 为不限 (per-file time limit; 0 = none)`, nonNegative);
}

export function langOption(): Option {
  return new Option("--lang <lang>", "提示语言 (message language)").choices(["zh", "en"]).default("zh");
}

export function limitsOf(opts: ReadOpts): ReadLimits {
  return limitsFrom(opts.maxFileSize, opts.timeout);
}
