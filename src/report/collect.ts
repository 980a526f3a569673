/**
 * One full garbage collection, asked for between the run's phases (decision 121).
 *
 * V8 sizes its old generation from what was live at its last full collection (up to about four
 * times that when collecting is cheap beside the program's own work). The last one of a checking
 * run falls while the run-wide rules still hold their state (about 200 MB at 50,000 forms); once
 * they finish, that state is garbage, but the limit set from it lets the next phase — the report's
 * views, whose short-lived records survive young-generation scavenges and are promoted — fill the
 * heap with some 600 MB of garbage before the next full collection. One collection when the check
 * is done resets the limit from what the report really holds (under 100 MB spilled).
 *
 * `gc` is not exposed without `--expose-gc`; the flag set at run time makes it available to a new
 * context, whose `gc` collects the whole isolate. Best effort: where that fails, nothing happens.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const f = runInNewContext("gc") as unknown;
      gc = typeof f === "function" ? (f as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
