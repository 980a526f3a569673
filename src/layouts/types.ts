/**
 * A form region of a Grid: what the segmenter hands to the header engine (src/recognise/engine.ts).
 */
import type { Grid, Row } from "../read/grid.js";

export interface Region {
  grid: Grid;
  /** rows of the region, in order: from the title lines above 项目名称 to the row before the next form */
  rows: Row[];
  /** index in grid.rows of rows[0] */
  start: number;
  /** index in rows of the anchor row (the one holding 项目名称 / 项目编码) */
  anchor: number;
  /** the document's budget year if known (from its title), for date checks */
  year?: number | null;
}
