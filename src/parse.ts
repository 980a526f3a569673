/**
 * File → KpiDocument: read (any format → Grid) then recognise (Grid → forms).
 * Read errors become a document with an error diagnostic and no forms; the batch goes on.
 */
import "./read/formats.js";
import { readAny, readBytes, ReadError } from "./read/index.js";
import type { Grid } from "./read/grid.js";
import { recognise } from "./layouts/recognise.js";
import type { Diagnostic, KpiDocument } from "./model/types.js";
import { NO_FORMS } from "./report/files.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./read/limits.js";

export function gridToDocument(grid: Grid, extra: Partial<KpiDocument> = {}): KpiDocument {
  const r = recognise(grid);
  return {
    source: grid.source,
    format: grid.format,
    ...(grid.encoding ? { encoding: grid.encoding } : {}),
    ...extra,
    department: r.department,
    year: r.year,
    diagnostics: r.forms.length ? r.diagnostics : [...r.diagnostics, noForms()],
    forms: r.forms,
  };
}

/** a file read but with no form in it: said in the file's diagnostics, so every view can show it */
function noForms(): Diagnostic {
  return {
    code: NO_FORMS,
    severity: "warning",
    message: "文件中没有识别出绩效目标表或自评表（没有“项目名称”表头及指标表）",
    messageEn: "no performance target form or self-assessment was recognised in the file",
  };
}

export async function parseFile(source: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<KpiDocument> {
  try {
    const { grid, sha256, bytes } = await readAny(source, limits);
    return gridToDocument(grid, { sha256, bytes });
  } catch (e) {
    return failedDocument(source, e);
  }
}

export async function parseBytes(source: string, data: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<KpiDocument> {
  try {
    const { grid, sha256, bytes } = await readBytes(source, data, limits);
    return gridToDocument(grid, { sha256, bytes });
  } catch (e) {
    return failedDocument(source, e);
  }
}

export function failedDocument(source: string, e: unknown): KpiDocument {
  const re = e instanceof ReadError ? e : isReadErrorLike(e) ? e : null;
  return {
    source,
    format: "text",
    diagnostics: [
      {
        code: re?.code ?? "read/failed",
        severity: "error",
        message: re ? re.message : `读取失败：${(e as Error)?.message ?? String(e)}`,
        messageEn: re ? re.messageEn : `failed to read: ${(e as Error)?.message ?? String(e)}`,
      },
    ],
    forms: [],
  };
}

/** a ReadError that crossed a thread boundary (structured clone keeps the fields, not the class) */
function isReadErrorLike(e: unknown): e is ReadError {
  const o = e as Partial<ReadError> | null;
  return !!o && typeof o.code === "string" && o.code.startsWith("read/") && typeof o.message === "string" && typeof o.messageEn === "string";
}
