/**
 * Where an uploaded file goes inside its job folder. The browser sends each file's relative path
 * (a dropped folder keeps its sub-folders); the path is untrusted text, so it is rebuilt from its
 * segments: no "..", no ".", no absolute or drive prefix, no NUL or other control characters,
 * Windows-reserved characters and names replaced, each segment and the depth bounded. The result
 * is always a relative POSIX path that stays inside the folder; an unusable name becomes a
 * placeholder rather than an error, so one odd name never fails an upload.
 */
import { resolve, sep } from "node:path";

const MAX_SEGMENT_BYTES = 180;
const MAX_DEPTH = 24;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

function clipBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  // keep the extension: readers sniff content, but people recognise files by it
  const dot = s.lastIndexOf(".");
  const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : "";
  let stem = [...s.slice(0, s.length - ext.length)];
  while (stem.length && Buffer.byteLength(stem.join("") + ext) > max) stem = stem.slice(0, -1);
  return stem.join("") + ext;
}

function cleanSegment(seg: string): string {
  let s = seg
    .normalize("NFC")
    // control characters (NUL included) and characters Windows forbids in names
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "_")
    .trim()
    // Windows drops trailing dots and spaces; keep names stable across systems
    .replace(/[. ]+$/, "");
  if (RESERVED.test(s)) s = `_${s}`;
  return clipBytes(s, MAX_SEGMENT_BYTES);
}

/**
 * A safe relative path ("a/b/c.pdf") for an uploaded file's claimed name, or `fallback` when no
 * usable segment remains. Both separators split; "." and ".." and empty segments are dropped, so
 * the path can never climb out of its folder.
 */
export function sanitizeRelativePath(claimed: string, fallback = "未命名文件"): string {
  const segments = String(claimed ?? "")
    .split(/[\\/]+/)
    .map((s) => s.replace(/\u0000/g, ""))
    .filter((s) => s !== "" && s !== "." && s !== "..")
    // a drive prefix ("C:") as the first segment is not part of the relative path
    .filter((s, i) => !(i === 0 && /^[a-z]:$/i.test(s)))
    .map(cleanSegment)
    .filter((s) => s !== "" && s !== "." && s !== "..");
  const kept = segments.length > MAX_DEPTH ? [...segments.slice(0, MAX_DEPTH - 1), segments[segments.length - 1]] : segments;
  return kept.length ? kept.join("/") : fallback;
}

/** the absolute path of `rel` under `root`, or null if it would leave `root` (defence in depth) */
export function insideRoot(root: string, rel: string): string | null {
  const base = resolve(root);
  const full = resolve(base, rel);
  return full.startsWith(base + sep) ? full : null;
}

/** "a/b.pdf" → "a/b (2).pdf": the next free name when two uploads claim the same path */
export function numbered(rel: string, n: number): string {
  const slash = rel.lastIndexOf("/");
  const dir = rel.slice(0, slash + 1);
  const name = rel.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${dir}${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${dir}${name} (${n})`;
}
