/**
 * Read any supported file into a Grid. The format is chosen by content (magic bytes), never by
 * the file name: %PDF → PDF; a ZIP holding xl/ → XLSX, word/ → DOCX; an OLE2 header → XLS;
 * text that looks like HTML → HTML; otherwise text.
 */
import { open, stat } from "node:fs/promises";
import { constants } from "node:fs";
import { createHash } from "node:crypto";
import type { Grid, SourceFormat } from "./grid.js";
import { ReadError } from "./errors.js";
import { decodeText, textPieces, textToGrid, LARGE_TEXT_CHARS, type CutFinder } from "./text.js";
import { DEFAULT_LIMITS, formatMiB, type ReadLimits } from "./limits.js";
import { errnoError, notRegular } from "./inputs.js";
import { centralDirectory } from "./zip.js";

export { ReadError };

export interface ReadOutcome {
  grid: Grid;
  sha256: string;
  bytes: number;
  /** a large text file comes as successive pieces cut at form boundaries (the first is `grid`):
   *  each is recognised and dropped before the next is split, so memory follows one piece, not the file */
  more?: Iterable<Grid>;
}

/** Sniff the format from the first bytes (and, for ZIPs, the entry names). */
export function sniffFormat(bytes: Uint8Array): SourceFormat | "zip" | "ole2" | "binary" {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) {
    const names = zipEntryNames(bytes);
    if (names) {
      if (names.some((n) => /^xl\/workbook\d*\.(xml|bin)$/i.test(n))) return "xlsx";
      if (names.some((n) => /^word\/document\d*\.xml$/i.test(n))) return "docx";
      return "zip";
    }
    // no readable central directory (truncated archive): guess from the local entry names
    const probe = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString("latin1");
    if (/\bxl\/workbook/.test(probe)) return "xlsx";
    if (/\bword\/document/.test(probe)) return "docx";
    return "zip";
  }
  if (head.toString("hex") === "d0cf11e0a1b11ae1") return "ole2";
  // NUL bytes in the first 4 KiB (and no UTF-16 BOM) → binary
  const sample = bytes.subarray(0, 4096);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!utf16 && sample.includes(0)) return "binary";
  const start = Buffer.from(bytes.subarray(0, 2048)).toString("utf8").trimStart().toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || /<table[\s>]/.test(start)) return "html";
  return "text";
}

/** entry names from a ZIP's central directory, or null when it cannot be found */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return centralDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))?.map((e) => e.name) ?? null;
}

export type FormatReader = (source: string, bytes: Uint8Array, limits: ReadLimits) => Promise<Grid>;

/** readers for the non-text formats; filled in by src/read/{pdf,xlsx,docx,html}.ts */
const readers: Partial<Record<SourceFormat, FormatReader>> = {};

export function registerReader(format: SourceFormat, reader: FormatReader): void {
  readers[format] = reader;
}

/** how a large text is cut into pieces at form boundaries (set by src/parse.ts, which knows forms) */
let cutFinder: CutFinder | null = null;
export function setCutFinder(f: CutFinder): void {
  cutFinder = f;
}

export async function readBytes(source: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length === 0) throw new ReadError("read/empty", "文件为空（0 字节）", "the file is empty (0 bytes)");
  const fmt = sniffFormat(bytes);
  if (fmt === "binary") {
    throw new ReadError("read/binary", "文件是二进制数据，不是可识别的文本、PDF、Excel 或 Word 文件", "binary data: not text, PDF, Excel or Word");
  }
  if (fmt === "zip") {
    throw new ReadError("read/corrupt", "文件是 ZIP 压缩包，但不是有效的 Excel (.xlsx) 或 Word (.docx) 文件", "a ZIP archive that is neither a valid .xlsx nor .docx");
  }
  if (fmt === "ole2") {
    const r = readers.xls;
    if (!r) throw new ReadError("read/unsupported", "旧版 Office 文件（.xls/.doc）暂不支持，请另存为 .xlsx/.docx", "legacy Office file (.xls/.doc) not supported; save as .xlsx/.docx");
    return { grid: await r(source, bytes, limits), sha256, bytes: bytes.length };
  }
  if (fmt === "text") {
    const { text, encoding } = decodeText(bytes);
    if (text.trim() === "") throw new ReadError("read/empty", "文件只有空白字符", "the file holds only white space");
    if (text.length > LARGE_TEXT_CHARS && cutFinder) {
      const pieces = textPieces(source, text, encoding, cutFinder)[Symbol.iterator]();
      return { grid: pieces.next().value as Grid, more: { [Symbol.iterator]: () => pieces }, sha256, bytes: bytes.length };
    }
    return { grid: textToGrid(source, text, encoding), sha256, bytes: bytes.length };
  }
  const reader = readers[fmt];
  if (!reader) {
    throw new ReadError("read/unsupported", `暂不支持读取 ${fmt.toUpperCase()} 文件`, `reading ${fmt.toUpperCase()} files is not supported yet`);
  }
  return { grid: await reader(source, bytes, limits), sha256, bytes: bytes.length };
}

export function tooLarge(bytes: number, limits: ReadLimits): ReadError {
  return new ReadError(
    "read/too-large",
    `文件大于 ${formatMiB(limits.maxBytes)} 的单个文件上限（${formatMiB(bytes)}），未读取；确需读取可用 --max-file-size 调高上限`,
    `the file exceeds the per-file limit of ${formatMiB(limits.maxBytes)} (${formatMiB(bytes)}); not read (raise it with --max-file-size)`,
  );
}

/**
 * Read a file from disk within the limits: only a regular file (a FIFO would block for ever,
 * /dev/zero never ends), at most `limits.maxBytes` bytes — checked on the size the file system
 * reports and again while reading, since a file may grow or lie (/proc).
 */
export async function readAny(source: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    const st = await stat(source);
    if (st.isDirectory()) throw new ReadError("read/not-regular", "这是文件夹，不是文件", "a folder, not a file");
    if (!st.isFile()) throw notRegular(st);
    if (st.size > limits.maxBytes) throw tooLarge(st.size, limits);
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat, open must not wait for a writer
    const fh = await open(source, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const cap = limits.maxBytes + 1;
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(Math.min(cap - total, Math.max(64 * 1024, Math.min(st.size + 1, 16 << 20))));
        const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limits.maxBytes) throw tooLarge(total, limits);
      }
      bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw errnoError(e);
  }
  return readBytes(source, bytes, limits);
}
