/**
 * Upload limits of the app: a per-file size, a total size and a file count. The per-file default
 * is the command line's per-file read limit (100 MB); the totals bound what one upload may put in
 * the temporary folder. Every limit reached ends the upload with a message in Chinese that names
 * the limit, the file when there is one, and how to raise it.
 */
export const MiB = 1024 * 1024;

export interface ServeLimits {
  /** bytes one uploaded file may have */
  maxFileBytes: number;
  /** bytes one upload may have in all (both sides of a resubmission check together) */
  maxTotalBytes: number;
  /** files one upload may have */
  maxFiles: number;
}

export const DEFAULT_SERVE_LIMITS: ServeLimits = {
  maxFileBytes: 100 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxFiles: 5000,
};

export function formatMB(bytes: number): string {
  if (bytes < MiB) return `${Math.round(bytes / 1024)} KB`;
  const m = bytes / MiB;
  return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} MB`;
}

export type LimitKind = "file" | "total" | "count";

export class UploadLimitError extends Error {
  readonly statusCode = 413;
  constructor(
    readonly kind: LimitKind,
    message: string,
  ) {
    super(message);
  }
}

/** the message for a limit reached; `file` is the uploaded file's relative path when known */
export function limitMessage(kind: LimitKind, limits: ServeLimits, file?: string): string {
  switch (kind) {
    case "file":
      return `文件“${file ?? "（未知）"}”超过单个文件大小上限 ${formatMB(limits.maxFileBytes)}，本次上传已取消。请去掉这个文件再上传，或用 --max-file-size 调高上限后重新启动。`;
    case "total":
      return `上传的文件合计超过 ${formatMB(limits.maxTotalBytes)}，本次上传已取消。请分批上传（例如每次一个部门），或用 --max-total-size 调高上限后重新启动。`;
    case "count":
      return `一次最多上传 ${limits.maxFiles} 个文件，本次上传已取消。请分批上传，或用 --max-files 调高上限后重新启动。`;
  }
}
