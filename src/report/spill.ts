/**
 * Where the report model keeps what grows with the run (decision 99): records held in memory for a
 * small run, or spilled to a file in a temporary folder of its own once the run is large, and read
 * back one record at a time, in order or by number.
 *
 * A record on disk is its V8 serialization (`node:v8`, the structured clone format: keeps
 * undefined, NaN, -0 and the order of keys, so a record read back renders the same bytes as the
 * object it was) after its length (4 bytes, little-endian). Writes are batched; reads go through
 * one buffer per pass. The folder is made with mkdtemp under the system's temporary folder (never
 * beside the user's input) and removed by `dispose()`, or when the process exits.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

/** what the views need of a list: its length, its items in order, one item by number */
export interface ListLike<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** a temporary folder for one run's spill files, removed on dispose() or at process exit */
export class SpillDir {
  readonly path: string;
  private disposed = false;
  private readonly onExit = () => this.dispose();

  constructor(parent: string = tmpdir()) {
    this.path = mkdtempSync(join(parent, "kpi-audit-report-"));
    process.once("exit", this.onExit);
  }

  file(name: string): string {
    return join(this.path, name);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    process.removeListener("exit", this.onExit);
    rmSync(this.path, { recursive: true, force: true });
  }
}

const BATCH = 1 << 20;

/** records appended to a file, read back in order or by number */
class DiskRecords<T> implements ListLike<T> {
  private fd: number;
  /** byte offset of each record (its length prefix) */
  private offsets: number[] = [];
  private size = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, "w+");
  }

  get length(): number {
    return this.offsets.length;
  }

  push(record: T): number {
    const body = serialize(record);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    this.offsets.push(this.size);
    this.size += 4 + body.length;
    this.pending.push(head, body);
    this.pendingBytes += 4 + body.length;
    if (this.pendingBytes >= BATCH) this.flush();
    return this.offsets.length - 1;
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    const at = this.size - data.length;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, at + done);
  }

  private readAt(position: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, position + done);
      if (n === 0) throw new Error(`spill file ${this.path} ends early`);
      done += n;
    }
    return buf;
  }

  at(index: number): T | undefined {
    if (index < 0 || index >= this.offsets.length) return undefined;
    this.flush();
    const start = this.offsets[index];
    const end = index + 1 < this.offsets.length ? this.offsets[index + 1] : this.size;
    return deserialize(this.readAt(start + 4, end - start - 4)) as T;
  }

  *[Symbol.iterator](): Iterator<T> {
    this.flush();
    const total = this.size;
    let buf: Buffer = Buffer.alloc(0);
    let pos = 0; // file offset of buf[0]
    let i = 0;
    const n = this.offsets.length;
    while (i < n) {
      const start = this.offsets[i] - pos;
      const end = (i + 1 < n ? this.offsets[i + 1] : total) - pos;
      if (end > buf.length) {
        // refill from this record on: a batch, or the whole record when it is larger
        const from = this.offsets[i];
        const recordEnd = i + 1 < n ? this.offsets[i + 1] : total;
        buf = this.readAt(from, Math.min(total - from, Math.max(BATCH, recordEnd - from)));
        pos = from;
        continue;
      }
      yield deserialize(buf.subarray(start + 4, end)) as T;
      i++;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** close and delete the file */
  discard(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}

/**
 * A list of records, in memory until `spill()` moves it (and every later record) to a file of the
 * spill folder. Iteration and `at` give the records back in the order they were pushed.
 */
export class Records<T> implements ListLike<T> {
  private mem: T[] | null = [];
  private disk: DiskRecords<T> | null = null;

  constructor(private readonly name: string) {}

  get length(): number {
    return this.mem ? this.mem.length : this.disk!.length;
  }

  get spilled(): boolean {
    return this.disk !== null;
  }

  push(record: T): number {
    if (this.mem) return this.mem.push(record) - 1;
    return this.disk!.push(record);
  }

  /** from now on on disk, in `dir` (the records held so far are moved there) */
  spill(dir: SpillDir): void {
    if (this.disk) return;
    this.disk = new DiskRecords<T>(dir.file(this.name));
    for (const r of this.mem!) this.disk.push(r);
    this.mem = null;
  }

  at(index: number): T | undefined {
    return this.mem ? this.mem[index] : this.disk!.at(index);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.mem ? this.mem[Symbol.iterator]() : this.disk![Symbol.iterator]();
  }

  /** the records as an array (in memory only: a spilled list is not materialised) */
  array(): T[] | null {
    return this.mem;
  }

  close(): void {
    this.disk?.close();
  }

  /** done with: the records are dropped (and their file deleted) */
  discard(): void {
    this.disk?.discard();
    this.disk = null;
    this.mem = [];
  }
}

/**
 * Text written to a scratch file of the spill folder in ~1 MB batches and read back once, as UTF-8
 * bytes in ~1 MB blocks (a view's rows that come later in its file than the pass that makes them).
 */
export class TextScratch {
  private fd: number;
  private batch = "";
  private size = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, "w+");
  }

  write(s: string): void {
    this.batch += s;
    if (this.batch.length >= BATCH) this.flush();
  }

  private flush(): void {
    if (!this.batch) return;
    const data = Buffer.from(this.batch, "utf8");
    this.batch = "";
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, this.size + done);
    this.size += data.length;
  }

  /** what was written, in blocks; then the file is deleted */
  *read(): Generator<Uint8Array> {
    this.flush();
    try {
      for (let pos = 0; pos < this.size; ) {
        const buf = Buffer.allocUnsafe(Math.min(BATCH, this.size - pos));
        let done = 0;
        while (done < buf.length) {
          const n = readSync(this.fd, buf, done, buf.length - done, pos + done);
          if (n === 0) throw new Error(`scratch file ${this.path} ends early`);
          done += n;
        }
        pos += buf.length;
        yield buf;
      }
    } finally {
      this.discard();
    }
  }

  discard(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    rmSync(this.path, { force: true });
  }
}

/** a list whose items are the items of records in order, each record a run of them (one source's findings) */
export class Flattened<T> implements ListLike<T> {
  constructor(
    private readonly parts: ListLike<T[]>,
    readonly length: number,
  ) {}

  at(index: number): T | undefined {
    let k = index;
    for (const part of this.parts) {
      if (k < part.length) return part[k];
      k -= part.length;
    }
    return undefined;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const part of this.parts) yield* part;
  }
}
