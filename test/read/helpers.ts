import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { Grid, Row } from "../../src/read/grid.js";

export const FIX = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/formats");
export const fx = (name: string) => join(FIX, name);

/** the first row whose first filled cell is `label` (spaces ignored) */
export function rowStarting(grid: Grid, label: string, from = 0): Row {
  const row = grid.rows.slice(from).find((r) => r.cells.find((c) => c.text !== "" && !c.merged)?.text.replace(/\s+/g, "") === label);
  if (!row) throw new Error(`no row starting with ${label}`);
  return row;
}

/** the non-merged, non-empty cell texts of a row */
export const own = (row: Row) => row.cells.filter((c) => c.text !== "" && !c.merged).map((c) => c.text);
