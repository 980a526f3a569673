/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 keeps a substring (sliced
 * string) or a concatenation (cons string) as a view on its parent, so a cell text kept as a memo
 * key, or a goal kept by a corpus rule, could keep a whole file's text alive. Flattening a fresh
 * concatenation copies the characters.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1); // V8 does not slice below 13 characters
}
