/**
 * Read any supported file into a Grid. The format is chosen by content (magic bytes), never by
 * the file name: %PDF → PDF; a ZIP holding xl/ → XLSX, word/ → DOCX; an OLE2 header → XLS;
 * text that looks like HTML → HTML; otherwise text.
 */
import { readFile as fsReadFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import type { Grid, SourceFormat } from "./grid.js";
import { ReadError } from "./errors.js";
import { decodeText, textToGrid } from "./text.js";

export { ReadError };

export interface ReadOutcome {
  grid: Grid;
  sha256: string;
  bytes: number;
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
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) !== 0x06054b50) continue;
    const count = buf.readUInt16LE(i + 10);
    let p = buf.readUInt32LE(i + 16);
    const names: string[] = [];
    for (let k = 0; k < count; k++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return names.length ? names : null;
      const n = buf.readUInt16LE(p + 28);
      const extra = buf.readUInt16LE(p + 30);
      const comment = buf.readUInt16LE(p + 32);
      names.push(buf.toString("utf8", p + 46, p + 46 + n));
      p += 46 + n + extra + comment;
    }
    return names;
  }
  return null;
}

export type FormatReader = (source: string, bytes: Uint8Array) => Promise<Grid>;

/** readers for the non-text formats; filled in by src/read/{pdf,xlsx,docx,html}.ts */
const readers: Partial<Record<SourceFormat, FormatReader>> = {};

export function registerReader(format: SourceFormat, reader: FormatReader): void {
  readers[format] = reader;
}

export async function readBytes(source: string, bytes: Uint8Array): Promise<ReadOutcome> {
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
    return { grid: await r(source, bytes), sha256, bytes: bytes.length };
  }
  if (fmt === "text") {
    const { text, encoding } = decodeText(bytes);
    if (text.trim() === "") throw new ReadError("read/empty", "文件只有空白字符", "the file holds only white space");
    return { grid: textToGrid(source, text, encoding), sha256, bytes: bytes.length };
  }
  const reader = readers[fmt];
  if (!reader) {
    throw new ReadError("read/unsupported", `暂不支持读取 ${fmt.toUpperCase()} 文件`, `reading ${fmt.toUpperCase()} files is not supported yet`);
  }
  return { grid: await reader(source, bytes), sha256, bytes: bytes.length };
}

export async function readAny(source: string): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await fsReadFile(source);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ReadError("read/unreadable", `无法读取文件（${err.code ?? err.message}）`, `cannot read the file (${err.code ?? err.message})`);
  }
  return readBytes(source, bytes);
}
