/**
 * Sharded checks (issue 11, item 5). `kpi-audit check <inputs> --shard I/N --shard-out DIR` expands
 * the inputs exactly as one run does, takes the I-th of N consecutive slices of the file list, runs
 * every rule on it and writes `DIR/shard-I-of-N.jsonl`:
 *
 *   {"header": {...}}                 format, shard I of N, the check options (config, lang, rules)
 *   {"findings": [...]}               one line per checked document with findings, in input order
 *   {"rule": "copied-text", "item": …} the corpus rules' compact per-form state (Rule.shard.save),
 *                                     naming texts and forms by number within the shard
 *   {"rule": "@corpus", "item": …}    a text (a string) or a form ref (an array) those numbers name,
 *                                     written once, before the first item that names it
 *   {"totals": {...}}                 sources, forms, indicators, diagnostics — last: a shard
 *                                     without it did not finish
 *
 * `kpi-audit merge DIR…` reads the shards in shard order, passes their document findings through
 * as they are, loads the corpus rules' state into one checker and finalizes it: the output is the
 * bytes one run over all the files would write. Shards need nothing from each other, so any batch
 * scheduler can run them (xargs -P, GNU parallel, Slurm array jobs, Kubernetes Jobs); the merge is
 * the only global step.
 */
import { createReadStream, createWriteStream, readdirSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { isDeepStrictEqual } from "node:util";
import type { Config } from "../engine/config.js";
import type { Finding } from "../engine/types.js";
import type { ShardTotals } from "../engine/run.js";
import { jsonLinesWriter } from "../report/stream.js";

/** 2: corpus-rule items name texts and forms by number (`@corpus` records, decision 39) */
export const SHARD_FORMAT = 2;

export interface ShardOptions {
  config: Partial<Config>;
  lang: "zh" | "en";
  only?: string[];
  version: string;
}

export interface ShardHeader {
  format: number;
  shard: number;
  of: number;
  /** files in this shard */
  files: number;
  /** files the whole run's inputs expand to, and the inputs that do not exist (as check reports them) */
  inputFiles: number;
  missing: string[];
  options: ShardOptions;
}

/** parse "I/N" (1 ≤ I ≤ N) */
export function parseShardSpec(spec: string): { shard: number; of: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const shard = Number(m[1]);
  const of = Number(m[2]);
  return shard >= 1 && of >= 1 && shard <= of ? { shard, of } : null;
}

/** the I-th of N consecutive, near-equal slices of the run's file list */
export function shardSlice<T>(files: readonly T[], shard: number, of: number): T[] {
  const at = (k: number) => Math.floor((k * files.length) / of);
  return files.slice(at(shard - 1), at(shard));
}

export function shardFileName(shard: number, of: number): string {
  const w = String(of).length;
  return `shard-${String(shard).padStart(w, "0")}-of-${of}.jsonl`;
}

export interface ShardWriter {
  findings(chunk: Finding[]): Promise<void> | void;
  state(rule: string, item: unknown): Promise<void> | void;
  /** write the totals line and close the file */
  end(totals: ShardTotals): Promise<void>;
}

export async function openShardWriter(dir: string, header: ShardHeader): Promise<ShardWriter> {
  await mkdir(dir, { recursive: true });
  const stream = createWriteStream(join(dir, shardFileName(header.shard, header.of)));
  const lines = jsonLinesWriter(stream);
  await lines.item({ header });
  return {
    findings: (chunk) => (chunk.length ? lines.item({ findings: chunk }) : undefined),
    state: (rule, item) => lines.item({ rule, item }),
    async end(totals) {
      await lines.item({ totals });
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    },
  };
}

export type ShardRecord = { header: ShardHeader } | { findings: Finding[] } | { rule: string; item: unknown } | { totals: ShardTotals };

async function* records(file: string): AsyncGenerator<ShardRecord> {
  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as ShardRecord;
}

/** a clear error naming the shard file */
export class ShardError extends Error {}

/** the first line of a shard file */
export async function readShardHeader(file: string): Promise<ShardHeader> {
  for await (const r of records(file)) {
    if ("header" in r && r.header.format === SHARD_FORMAT) return r.header;
    if ("header" in r && typeof r.header?.format === "number") {
      throw new ShardError(
        `${file}：分片文件格式 ${r.header.format} 来自另一个版本的 kpi-audit，本版本读格式 ${SHARD_FORMAT}；请用同一版本重新运行分片 / shard format ${r.header.format} was written by another kpi-audit version (this one reads ${SHARD_FORMAT}); rerun the shards with one version`,
      );
    }
    break;
  }
  throw new ShardError(`${file}：不是 kpi-audit 分片文件 / not a kpi-audit shard file`);
}

/** shard files named by the arguments (files, or folders holding shard-*.jsonl) */
export function shardFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const p of inputs) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (/^shard-\d+-of-\d+\.jsonl$/.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

/**
 * Check that the shards make one whole run (same options, every shard 1..N exactly once) and
 * return them in shard order with their common options.
 */
export async function orderShards(files: string[]): Promise<{ files: string[]; options: ShardOptions; of: number; header: ShardHeader }> {
  if (!files.length) throw new ShardError("没有分片文件 / no shard files");
  const headers = await Promise.all(files.map(async (file) => ({ file, header: await readShardHeader(file) })));
  const first = headers[0].header;
  for (const { file, header } of headers) {
    if (header.of !== first.of || header.inputFiles !== first.inputFiles || !isDeepStrictEqual(header.options, first.options) || !isDeepStrictEqual(header.missing, first.missing))
      throw new ShardError(`${file}：与 ${headers[0].file} 不是同一次分片运行（分片数或检查选项不同） / not from the same sharded run as ${headers[0].file} (shard count or check options differ)`);
  }
  const byShard = new Map<number, string>();
  for (const { file, header } of headers) {
    const dup = byShard.get(header.shard);
    if (dup) throw new ShardError(`${file}：第 ${header.shard} 片重复（另见 ${dup}） / shard ${header.shard} given twice (also ${dup})`);
    byShard.set(header.shard, file);
  }
  const missing = Array.from({ length: first.of }, (_, i) => i + 1).filter((i) => !byShard.has(i));
  if (missing.length) throw new ShardError(`缺少第 ${missing.join("、")} 片（共 ${first.of} 片） / missing shard(s) ${missing.join(", ")} of ${first.of}`);
  return { files: [...byShard.entries()].sort(([a], [b]) => a - b).map(([, f]) => f), options: first.options, of: first.of, header: first };
}

export interface MergeSink {
  findings(chunk: Finding[]): void | Promise<void>;
  state(rule: string, item: unknown): void;
  totals(t: ShardTotals): void;
}

/** replay the shards, in order, into the sink; a shard cut before its totals line is an error */
export async function replayShards(files: string[], sink: MergeSink): Promise<void> {
  for (const file of files) {
    let complete = false;
    for await (const r of records(file)) {
      if (complete) throw new ShardError(`${file}：汇总行之后还有内容 / content after the totals line`);
      if ("findings" in r) await sink.findings(r.findings);
      else if ("rule" in r) sink.state(r.rule, r.item);
      else if ("totals" in r) {
        sink.totals(r.totals);
        complete = true;
      }
    }
    if (!complete) throw new ShardError(`${file}：分片不完整（没有汇总行，可能中途中断） / incomplete shard (no totals line: the shard did not finish)`);
  }
}
