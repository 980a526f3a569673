/**
 * One string per distinct cell text (issue 11). A cell's text is cut from its file's text, and V8
 * keeps a substring of 13 characters or more as a view on the string it was cut from: every per-text
 * memo of the readers (header-start mask, role fit, cell classes, level labels, values) that keeps
 * such a text as its key kept the whole file's text alive, and with tens of thousands of entries,
 * hundreds of files — the parse workers' heaps grew with the corpus and the collector traced them.
 * Each cell now holds the run's copy of its text, detached from the file (`detach`, src/model/strings.ts); cells with the same text share it.
 *
 * Bounded by the characters held: when full the table is dropped and starts again (a text seen
 * after that gets a new copy; equal strings stay equal, so no answer changes).
 */
import { detach } from "../model/strings.js";

const TEXTS = new Map<string, string>();
/** UTF-16 units held (about 4 MB of characters) */
const BUDGET_CHARS = 2_000_000;
let chars = 0;

/** the run's copy of `s`: equal to it, holding no view on the text it was cut from */
export function internText(s: string): string {
  if (s.length < 13) return s; // V8 copies substrings this short: nothing to detach
  const got = TEXTS.get(s);
  if (got !== undefined) return got;
  if (chars + s.length > BUDGET_CHARS) {
    TEXTS.clear();
    chars = 0;
  }
  const own = detach(s);
  TEXTS.set(own, own);
  chars += s.length;
  return own;
}
