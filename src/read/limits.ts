/**
 * Per-file limits of the input stage. Defaults are far above any real submission (a county's forms
 * are kilobytes to a few megabytes and parse in well under a second) and keep one hostile file from
 * taking the batch down: every limit reached becomes a diagnostic for that file, never a crash.
 * `--max-file-size` and `--timeout` set the first two; the others follow from the file size limit.
 */
export interface ReadLimits {
  /** bytes a file may have on disk */
  maxBytes: number;
  /** bytes the entries of a ZIP (xlsx/docx) may inflate to, checked while inflating (not from the
   *  sizes the archive claims) before any reader sees them */
  maxUnpackedBytes: number;
  /** cells a reader of a format that expands (xlsx, docx, html, pdf) may keep for one file, after
   *  row/column spans and merged ranges are expanded; text keeps at most what its bytes hold */
  maxCells: number;
  /** milliseconds one file may take to read and recognise; 0 = no limit */
  timeoutMs: number;
}

export const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 100 * MiB,
  maxUnpackedBytes: 200 * MiB,
  maxCells: 1_000_000,
  timeoutMs: 300_000,
};

/** the limits for a file size limit (MiB) and a time limit (seconds) as the user gives them */
export function limitsFrom(maxMiB?: number, timeoutSec?: number): ReadLimits {
  const maxBytes = maxMiB === undefined ? DEFAULT_LIMITS.maxBytes : Math.round(maxMiB * MiB);
  const scale = maxBytes / DEFAULT_LIMITS.maxBytes;
  return {
    maxBytes,
    maxUnpackedBytes: Math.max(16 * MiB, Math.round(DEFAULT_LIMITS.maxUnpackedBytes * scale)),
    maxCells: Math.max(100_000, Math.round(DEFAULT_LIMITS.maxCells * scale)),
    timeoutMs: timeoutSec === undefined ? DEFAULT_LIMITS.timeoutMs : Math.round(timeoutSec * 1000),
  };
}

export function formatMiB(bytes: number): string {
  const m = bytes / MiB;
  return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} MB`;
}
