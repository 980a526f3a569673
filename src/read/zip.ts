/**
 * The ZIP guard in front of the xlsx and docx readers. exceljs and JSZip inflate every entry in
 * full, trusting the sizes an archive claims; a zip bomb (a few MB that inflate to gigabytes) or a
 * sheet of a million rows would take the process down. Before any reader sees the archive, every
 * entry is inflated here as a stream whose output is counted and thrown away, and the archive is
 * refused as soon as the real total passes `limits.maxUnpackedBytes` — the claimed sizes are never
 * used as the bound. Peak memory of the check is one 64 KiB chunk.
 */
import { createInflateRaw } from "node:zlib";
import { ReadError } from "./errors.js";
import { formatMiB, type ReadLimits } from "./limits.js";
import { tooManyCells } from "./geometry/builder.js";

/** entries of an archive at most (exceljs keeps an object per entry) */
export const MAX_ZIP_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  /** where the entry's data starts (-1 when its local header is not where the directory says) */
  dataStart: number;
  compressed: number;
}

/** the entries of a ZIP's central directory, or null when it cannot be found; a directory cut
 *  short gives the entries before the cut (null if none) */
export function centralDirectory(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    const out: ZipEntry[] = [];
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return out.length ? out : null;
      const method = buf.readUInt16LE(p + 10);
      const compressed = buf.readUInt32LE(p + 20);
      const n = buf.readUInt16LE(p + 28);
      const extra = buf.readUInt16LE(p + 30);
      const comment = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const name = buf.toString("utf8", p + 46, Math.min(buf.length, p + 46 + n));
      const dataStart = local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50 ? local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28) : -1;
      out.push({ name, method, dataStart, compressed: compressed === 0xffffffff && dataStart >= 0 ? buf.length - dataStart : compressed });
      p += 46 + n + extra + comment;
    }
    return out;
  }
  return null;
}

/** bytes one deflated entry really inflates to, counted up to `budget` (+ what the last chunk adds) */
function inflatedSize(data: Uint8Array, budget: number, onChunk?: (c: Buffer) => void): Promise<{ size: number; ok: boolean }> {
  return new Promise((resolve) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      resolve({ size, ok });
    };
    z.on("data", (c: Buffer) => {
      size += c.length;
      onChunk?.(c);
      if (size > budget) {
        finish(true);
        z.destroy();
      }
    });
    z.on("end", () => finish(true));
    z.on("error", () => finish(false));
    z.on("close", () => finish(size > budget));
    z.end(data);
  });
}

export function tooLargeUnpacked(limits: ReadLimits, what: string): ReadError {
  return new ReadError(
    "read/too-large",
    `压缩包解压后超过 ${formatMiB(limits.maxUnpackedBytes)} 的上限（${what}），可能是“压缩炸弹”或数据量异常的表格，未读取；确需读取可用 --max-file-size 调高上限`,
    `the archive inflates to more than ${formatMiB(limits.maxUnpackedBytes)} (${what}): a zip bomb or an abnormally large sheet; not read (raise the limit with --max-file-size)`,
  );
}

/** Throws a ReadError when the archive inflates beyond the limit or has too many entries. */
export async function checkZip(bytes: Uint8Array, limits: ReadLimits, kind: string): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(buf);
  if (!entries) return; // no central directory: the reader reports the archive as damaged
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw new ReadError("read/too-large", `${kind}压缩包中有 ${entries.length} 个条目，超过 ${MAX_ZIP_ENTRIES} 个的上限，未读取`, `the ${kind} archive has ${entries.length} entries, more than ${MAX_ZIP_ENTRIES}; not read`);
  }
  let total = 0;
  const cells = new CellCounter();
  for (const e of entries) {
    if (e.dataStart < 0) continue;
    const data = buf.subarray(e.dataStart, Math.min(buf.length, e.dataStart + e.compressed));
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    if (e.method === 0) {
      total += data.length;
      if (sheet) cells.scan(data);
    } else if (e.method === 8) {
      // a damaged entry is left to the reader, which reports it if it needs the entry
      const r = await inflatedSize(data, limits.maxUnpackedBytes - total, sheet ? (c) => cells.scan(c) : undefined);
      total += r.size;
    }
    if (total > limits.maxUnpackedBytes) throw tooLargeUnpacked(limits, `${e.name} 处已超过`);
    if (sheet) cells.endEntry();
    if (cells.total > limits.maxCells) throw tooManyCells(limits.maxCells);
  }
}

/**
 * Counts, in the XML of the worksheets as it streams by, the cells the workbook would make the
 * reader keep: every <c> element, and every position a <mergeCell ref="A1:D4"> covers (exceljs
 * creates a cell object for each).
 */
class CellCounter {
  total = 0;
  private carry = "";
  private static readonly RE = /<c[\s>/]|<mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g;

  scan(chunk: Uint8Array): void {
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    // an unfinished tag at the end waits for the next chunk (a tag longer than 4 KiB is not one we count)
    const lt = text.lastIndexOf("<");
    const open = lt >= 0 && text.indexOf(">", lt) < 0 && text.length - lt < 4096;
    const body = open ? text.slice(0, lt) : text;
    this.carry = open ? text.slice(lt) : "";
    for (const m of body.matchAll(CellCounter.RE)) {
      if (m[1] === undefined) this.total++;
      else this.total += Math.max(0, (colNumber(m[3]) - colNumber(m[1]) + 1) * (Number(m[4]) - Number(m[2]) + 1) - 1);
    }
  }

  endEntry(): void {
    this.carry = "";
  }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
