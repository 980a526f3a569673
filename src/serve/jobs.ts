/**
 * Upload jobs of the app. Each upload is a job with its own temporary folder (fs.mkdtemp under the
 * system's temp folder): `in/<side>/` holds the uploaded files under their sanitised relative paths,
 * `out/<side>/` the report views. A job runs the same pass as `kpi-audit report` (runAudit +
 * ReportBuilder + writeReport with letters); a resubmission check runs it on both sides and adds the
 * diff page. Jobs run one at a time, in upload order; the folder is removed when the job is
 * discarded, evicted, or the store is closed. Nothing is sent anywhere.
 */
import { mkdtemp, mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { randomUUID } from "node:crypto";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import JSZip from "jszip";
import { runAudit } from "../run/audit.js";
import { expandInputs } from "../cli/files.js";
import { ReportBuilder, type OverviewStats, type ReportModel } from "../report/model.js";
import { writeReport } from "../report/write.js";
import { FIXED_DATE } from "../report/zip.js";
import { diffReports, type DiffSummary } from "../diff/compare.js";
import { renderDiffHtml } from "../diff/render.js";
import { insideRoot, numbered, sanitizeRelativePath } from "./paths.js";
import { limitMessage, UploadLimitError, type ServeLimits } from "./limits.js";

export type JobMode = "report" | "diff";
export type Side = "files" | "old" | "new";
export type JobState = "uploading" | "queued" | "running" | "writing" | "done" | "failed";

export const SIDES: Record<JobMode, Side[]> = { report: ["files"], diff: ["old", "new"] };
export const SIDE_ZH: Record<Side, string> = { files: "上传的材料", old: "修改前的材料", new: "修改后的材料" };

/** a file of the upload the report does not cover, and why */
export interface FileNote {
  file: string;
  reasons: string[];
}

export interface SideResult {
  side: Side;
  totals: OverviewStats;
  /** files written to out/<side>/ (POSIX relative paths), the downloads */
  downloads: string[];
  letters: string[];
  /** files that could not be read (read errors: empty, binary, truncated, encrypted, …) */
  unreadable: FileNote[];
  /** files read but without a recognisable form */
  noForms: FileNote[];
  /** uploaded files the run did not take (notes, images, code, hidden files, …) */
  skipped: string[];
}

export interface JobStatus {
  id: string;
  mode: JobMode;
  state: JobState;
  /** what is happening, in Chinese */
  phase: string;
  /** files read so far and files to read (over both sides of a resubmission check) */
  done: number;
  total: number;
  uploaded: number;
  bytes: number;
  error: string | null;
}

export interface StoreOptions {
  limits: ServeLimits;
  /** parse threads as in `--jobs` (undefined = automatic) */
  jobs?: number;
  config?: string;
  scheme?: string;
  version?: string;
  /** finished jobs kept; older ones are discarded when a new upload starts */
  keep?: number;
  /** parent of the job folders (default: the system's temp folder) */
  tmpRoot?: string;
}

export class Job {
  readonly id = randomUUID();
  state: JobState = "uploading";
  phase = "正在上传";
  done = 0;
  total = 0;
  bytes = 0;
  error: string | null = null;
  discarded = false;
  readonly uploads: { side: Side; path: string; bytes: number }[] = [];
  readonly results = new Map<Side, SideResult>();
  diff: DiffSummary | null = null;
  private readonly taken = new Set<string>();

  constructor(
    readonly mode: JobMode,
    readonly dir: string,
  ) {}

  inDir(side: Side): string {
    return join(this.dir, "in", side);
  }
  outDir(side: Side): string {
    return join(this.dir, "out", side);
  }

  status(): JobStatus {
    return { id: this.id, mode: this.mode, state: this.state, phase: this.phase, done: this.done, total: this.total, uploaded: this.uploads.length, bytes: this.bytes, error: this.error };
  }

  /** reserve a free relative path for an upload (first come keeps the name) */
  reserve(side: Side, rel: string): string {
    let candidate = rel;
    for (let n = 2; this.taken.has(`${side}/${candidate}`) || this.clashesWithFolder(side, candidate); n++) candidate = numbered(rel, n);
    this.taken.add(`${side}/${candidate}`);
    return candidate;
  }

  /** "a" as a file and "a/b" as a file cannot both exist */
  private clashesWithFolder(side: Side, rel: string): boolean {
    const parts = rel.split("/");
    for (let i = 1; i < parts.length; i++) if (this.taken.has(`${side}/${parts.slice(0, i).join("/")}`)) return true;
    const prefix = `${side}/${rel}/`;
    for (const t of this.taken) if (t.startsWith(prefix)) return true;
    return false;
  }
}

/** rewrite every mention of the job folder out of a model: sources read as the uploaded paths */
export function relativizeModel<T>(value: T, folder: string): T {
  const prefix = JSON.stringify(folder + sep).slice(1, -1);
  const json = JSON.stringify(value);
  return JSON.parse(json.split(prefix).join("")) as T;
}

export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(readonly opts: StoreOptions) {}

  get limits(): ServeLimits {
    return this.opts.limits;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(): Job[] {
    return [...this.jobs.values()];
  }

  async create(mode: JobMode): Promise<Job> {
    if (this.closed) throw new Error("服务正在关闭");
    await this.evict();
    const dir = await mkdtemp(join(this.opts.tmpRoot ?? tmpdir(), "kpi-audit-serve-"));
    const job = new Job(mode, dir);
    for (const s of SIDES[mode]) await mkdir(job.inDir(s), { recursive: true });
    this.jobs.set(job.id, job);
    return job;
  }

  /**
   * Save one uploaded file under its sanitised relative path; the stream is counted as it is
   * written, and a limit reached throws UploadLimitError (the caller discards the job).
   */
  async addFile(job: Job, side: Side, claimedPath: string, stream: Readable): Promise<string> {
    const limits = this.limits;
    if (job.uploads.length >= limits.maxFiles) {
      stream.resume();
      throw new UploadLimitError("count", limitMessage("count", limits));
    }
    const rel = job.reserve(side, sanitizeRelativePath(claimedPath, `未命名文件-${job.uploads.length + 1}`));
    const full = insideRoot(job.inDir(side), rel);
    if (!full) throw new Error(`不安全的文件名：${claimedPath}`);
    await mkdir(dirname(full), { recursive: true });
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        job.bytes += chunk.length;
        if (bytes > limits.maxFileBytes) cb(new UploadLimitError("file", limitMessage("file", limits, rel)));
        else if (job.bytes > limits.maxTotalBytes) cb(new UploadLimitError("total", limitMessage("total", limits)));
        else cb(null, chunk);
      },
    });
    const fh = await open(full, "wx");
    await pipeline(stream, counter, fh.createWriteStream());
    job.uploads.push({ side, path: rel, bytes });
    return rel;
  }

  /** queue the audit of a fully uploaded job */
  start(job: Job): void {
    job.state = "queued";
    job.phase = "排队等待（前一批材料正在审核）";
    this.queue = this.queue.then(() => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    if (job.discarded || this.closed) return;
    job.state = "running";
    try {
      const sides = SIDES[job.mode];
      const inputs = new Map<Side, string[]>();
      for (const s of sides) inputs.set(s, (await expandInputs([job.inDir(s)])).files);
      job.total = [...inputs.values()].reduce((a, f) => a + f.length, 0);
      const models = new Map<Side, ReportModel>();
      for (const s of sides) {
        job.phase = sides.length > 1 ? `正在读取和检查${SIDE_ZH[s]}` : "正在读取和检查";
        const builder = new ReportBuilder();
        const run = await runAudit([job.inDir(s)], [(d) => (builder.addDocument(d), job.done++)], {
          config: this.opts.config,
          scheme: this.opts.scheme,
          jobs: this.opts.jobs,
          version: this.opts.version,
          quiet: true,
        });
        if (job.discarded) return;
        const model = relativizeModel(builder.finish(run.result, run.rules), job.inDir(s));
        models.set(s, model);
        job.state = "writing";
        job.phase = "正在生成报告、Excel 清单和审核意见书";
        const taken = new Set(run.files.map((f) => f.slice(job.inDir(s).length + 1).split(sep).join("/")));
        job.results.set(s, await this.writeSide(job, s, model, taken));
        job.state = "running";
      }
      if (job.mode === "diff") {
        const d = diffReports(models.get("old")!, models.get("new")!);
        job.diff = d.summary;
        await writeFile(join(job.dir, "out", "diff.html"), renderDiffHtml(d));
      }
      job.state = "done";
      job.phase = "完成";
    } catch (e) {
      job.state = "failed";
      job.error = `审核没有完成：${(e as Error).message}`;
      job.phase = "失败";
    } finally {
      if (job.discarded) await rm(job.dir, { recursive: true, force: true });
    }
  }

  private async writeSide(job: Job, side: Side, model: ReportModel, taken: Set<string>): Promise<SideResult> {
    const out = job.outDir(side);
    const written = (await writeReport(model, out, { letters: true })).map((p) => p.split(sep).join("/"));
    const letters = written.filter((p) => p.startsWith("letters/"));
    if (letters.length) {
      const zip = new JSZip();
      for (const l of letters) zip.file(l.slice("letters/".length), await readFile(join(out, l)), { date: FIXED_DATE });
      await writeFile(join(out, "letters.zip"), await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", platform: "UNIX" }));
      written.push("letters.zip");
    }
    const unreadable: FileNote[] = [];
    const noForms: FileNote[] = [];
    for (const d of model.documents) {
      const readErrors = d.diagnostics.filter((x) => x.code.startsWith("read/") && x.severity === "error");
      if (readErrors.length) unreadable.push({ file: d.source, reasons: readErrors.map((x) => x.message) });
      else if (d.forms.length === 0) {
        const notes = d.diagnostics.filter((x) => x.severity !== "info").map((x) => x.message);
        noForms.push({ file: d.source, reasons: notes.length ? notes : ["没有找到绩效目标表或绩效自评表（表头中没有“项目名称”等栏目）"] });
      }
    }
    const skipped = job.uploads.filter((u) => u.side === side && !taken.has(u.path)).map((u) => u.path);
    return { side, totals: model.overview.totals, downloads: written, letters, unreadable, noForms, skipped };
  }

  /** remove a job and its folder (after its audit, if it is running) */
  async discard(id: string): Promise<boolean> {
    const job = this.jobs.get(id);
    if (!job) return false;
    this.jobs.delete(id);
    job.discarded = true;
    if (job.state !== "running" && job.state !== "writing") await rm(job.dir, { recursive: true, force: true });
    return true;
  }

  /** keep at most `keep` jobs: drop the oldest finished ones first */
  private async evict(): Promise<void> {
    const keep = this.opts.keep ?? 10;
    const finished = this.list().filter((j) => j.state === "done" || j.state === "failed");
    while (this.jobs.size >= keep && finished.length) await this.discard(finished.shift()!.id);
  }

  /** remove every job folder; the store takes no more uploads */
  async close(): Promise<void> {
    this.closed = true;
    for (const id of [...this.jobs.keys()]) {
      const job = this.jobs.get(id)!;
      this.jobs.delete(id);
      job.discarded = true;
      await rm(job.dir, { recursive: true, force: true });
    }
  }

  /** the same, synchronously: for process "exit", where nothing asynchronous runs any more */
  closeSync(): void {
    this.closed = true;
    for (const job of this.jobs.values()) {
      job.discarded = true;
      rmSync(job.dir, { recursive: true, force: true });
    }
    this.jobs.clear();
  }
}

