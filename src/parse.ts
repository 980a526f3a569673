/**
 * File → KpiDocument: read (any format → Grid) then recognise (Grid → forms).
 * Read errors become a document with an error diagnostic and no forms; the batch goes on.
 */
import "./read/formats.js";
import { readAny, readBytes, ReadError, setCutFinder, type ReadOutcome } from "./read/index.js";
import type { CutFinder } from "./read/text.js";
import { segment } from "./recognise/segment.js";
import type { Grid } from "./read/grid.js";
import { recognise } from "./recognise/recognise.js";

/** the first lines of a file that recognisers read for the document's context (src/recognise) */
const HEAD_ROWS = 40;
import type { Diagnostic, KpiDocument } from "./model/types.js";
import { NO_FORMS } from "./model/types.js";
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
    diagnostics: r.forms.length || r.diagnostics.some((d) => d.code === NO_FORMS) ? r.diagnostics : [...r.diagnostics, noForms()],
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

/**
 * A large text is recognised piece by piece; a piece ends where the segmenter starts the region
 * that holds line k, found by segmenting a small window around it (the segmenter looks at most
 * a few lines back from a 项目名称 row), so the pieces give the forms the whole file would.
 */
export const cutAtForm: CutFinder = (lines, k, toGrid) => {
  if (!lines[k].includes("项目名称") && !lines[k].includes("项目编码")) return null;
  const from = Math.max(0, k - 30);
  const regions = segment(toGrid(from, Math.min(lines.length, k + 5)));
  const holding = regions.filter((r) => r.anchor + from <= k).pop();
  // the region must start inside the window, after its first lines (its look-back is then complete)
  if (!holding || holding.start < 12) return null;
  return from + holding.start;
};
setCutFinder(cutAtForm);

/** a document from a read outcome; a large text file's pieces are recognised one after another */
function outcomeToDocument({ grid, more, sha256, bytes }: ReadOutcome): KpiDocument {
  return piecesToDocument(grid, more, { sha256, bytes });
}

export function piecesToDocument(grid: Grid, more: Iterable<Grid> | undefined, extra: Partial<KpiDocument> = {}): KpiDocument {
  const doc = gridToDocument(grid, extra);
  if (!more) return doc;
  // every piece is preceded by the file's first lines, which recognisers read for the document's
  // year and department; what those lines themselves give is dropped (the first piece had it)
  const head = grid.rows.slice(0, HEAD_ROWS);
  const headEnd = head.length ? (head[head.length - 1].loc.line ?? 0) : 0;
  for (const piece of more) {
    const r = recognise({ ...piece, rows: [...head, ...piece.rows] });
    for (const f of r.forms) if (f.line > headEnd) doc.forms.push(f);
    for (const d of r.diagnostics) if ((d.line ?? Infinity) > headEnd) doc.diagnostics.push(d);
  }
  if (doc.forms.length) doc.diagnostics = doc.diagnostics.filter((d) => d.code !== NO_FORMS);
  else if (!doc.diagnostics.some((d) => d.code === NO_FORMS)) doc.diagnostics.push(noForms());
  return doc;
}

export async function parseFile(source: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<KpiDocument> {
  try {
    return outcomeToDocument(await readAny(source, limits));
  } catch (e) {
    return failedDocument(source, e);
  }
}

export async function parseBytes(source: string, data: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<KpiDocument> {
  try {
    return outcomeToDocument(await readBytes(source, data, limits));
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
