/**
 * File → KpiDocument: read (any format → Grid) then recognise (Grid → forms).
 * Read errors become a document with an error diagnostic and no forms; the batch goes on.
 */
import "./read/formats.js";
import { readAny, readBytes, ReadError } from "./read/index.js";
import type { Grid } from "./read/grid.js";
import { recognise } from "./layouts/recognise.js";
import type { KpiDocument } from "./model/types.js";

export function gridToDocument(grid: Grid, extra: Partial<KpiDocument> = {}): KpiDocument {
  const r = recognise(grid);
  return {
    source: grid.source,
    format: grid.format,
    ...(grid.encoding ? { encoding: grid.encoding } : {}),
    ...extra,
    department: r.department,
    year: r.year,
    diagnostics: r.diagnostics,
    forms: r.forms,
  };
}

export async function parseFile(source: string): Promise<KpiDocument> {
  try {
    const { grid, sha256, bytes } = await readAny(source);
    return gridToDocument(grid, { sha256, bytes });
  } catch (e) {
    return failedDocument(source, e);
  }
}

export async function parseBytes(source: string, data: Uint8Array): Promise<KpiDocument> {
  try {
    const { grid, sha256, bytes } = await readBytes(source, data);
    return gridToDocument(grid, { sha256, bytes });
  } catch (e) {
    return failedDocument(source, e);
  }
}

export function failedDocument(source: string, e: unknown): KpiDocument {
  const re = e instanceof ReadError ? e : null;
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
