/**
 * Streaming JSON writers: output as each item is ready, with the same bytes as
 * `JSON.stringify(whole, null, 2) + "\n"` of the object built in memory — so no run is limited by
 * the largest string V8 can hold (about 512 MB; `parse --format json` of ~42,000 forms used to
 * crash with `RangeError: Invalid string length`).
 *
 *   const w = jsonObjectWriter(process.stdout, { schemaVersion: 1 }, "documents");
 *   for (const doc of docs) await w.item(doc);
 *   await w.close({ summary });          // fields after the array
 *
 * Each item is serialised on its own (one item's JSON is the largest string held) and written
 * before the next; `write` returning false waits for `drain`, so a slow reader bounds memory.
 */
import type { Writable } from "node:stream";

/** the minimum of a writable this needs (process.stdout, a file stream, a test sink) */
export type Sink = Pick<Writable, "write" | "once">;

/** write a chunk; resolves at once unless the sink asks to wait for `drain` */
export function writeChunk(out: Sink, chunk: string): Promise<void> | void {
  if (out.write(chunk)) return;
  return new Promise((resolve) => out.once("drain", () => resolve()));
}

/**
 * JSON.stringify(v, null, 2) as it appears `depth` levels deep in a pretty-printed object: the value
 * stringified inside `depth` one-element arrays, whose brackets (known lengths) are cut off — V8
 * indents it in the same pass, where re-indenting every line afterwards (a regex replace over the
 * whole text) took about as long as the stringify itself (docs/decisions.md, 126)
 */
export function nested(v: unknown, depth: number): string {
  let wrapped = v;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  // "[\n" + 2k spaces opens level k (k = 1 … depth); "\n" + 2k spaces + "]" closes it (k = depth-1 … 0)
  return s.slice(depth * (depth + 3), s.length - depth * (depth + 1));
}

function fields(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue; // as JSON.stringify skips them
    out.push(`  ${JSON.stringify(k)}: ${nested(v, 1)}`);
  }
  return out;
}

export interface JsonObjectWriter {
  /** write one element of the array */
  item(v: unknown): Promise<void> | void;
  /** write these elements of the array as one chunk (the bytes of item() for each, one write) */
  items(vs: readonly unknown[]): Promise<void> | void;
  /** close the array, write the fields that follow it and the closing brace (with a final newline) */
  close(after?: Record<string, unknown>): Promise<void> | void;
  /** elements written so far */
  readonly count: number;
}

/**
 * An object `{ ...before, [key]: [items…], ...after }` written as it goes, pretty-printed with two
 * spaces exactly as JSON.stringify does, followed by a newline.
 */
/** an element of the array as it follows the `index` elements before it */
function element(v: unknown, index: number): string {
  const json = v === undefined || typeof v === "function" || typeof v === "symbol" ? "null" : nested(v, 2);
  return `${index ? "," : ""}\n    ${json}`;
}

export function jsonObjectWriter(out: Sink, before: Record<string, unknown>, key: string): JsonObjectWriter {
  let count = 0;
  const head = fields(before);
  let opened = false;
  const open = () => {
    if (opened) return "";
    opened = true;
    return `{\n${head.map((h) => `${h},\n`).join("")}  ${JSON.stringify(key)}: [`;
  };
  return {
    get count() {
      return count;
    },
    item(v) {
      return writeChunk(out, `${open()}${element(v, count++)}`);
    },
    items(vs) {
      let text = open();
      for (const v of vs) text += element(v, count++);
      return text ? writeChunk(out, text) : undefined;
    },
    close(after = {}) {
      const tail = fields(after);
      return writeChunk(out, `${open()}${count ? "\n  " : ""}]${tail.map((t) => `,\n${t}`).join("")}\n}\n`);
    },
  };
}

/** JSON Lines: one compact JSON text per item */
export function jsonLinesWriter(out: Sink): { item(v: unknown): Promise<void> | void } {
  return { item: (v) => writeChunk(out, JSON.stringify(v) + "\n") };
}
