/**
 * A layout recogniser turns one form region of a Grid into a Form.
 * One module per layout in src/layouts/<layout-id>.ts, registered in src/layouts/registry.ts.
 */
import type { Grid, Row } from "../read/grid.js";
import type { Diagnostic, Form, FormKind } from "../model/types.js";

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

export interface LayoutRecognizer {
  /** stable id, written to Form.layout */
  id: string;
  kind: FormKind;
  /**
   * The indicator-column roles (src/recognise/templates.ts COLUMN_ROLES) this layout reads. A region
   * whose header has a column outside them, or a column no role explains, or is of the other kind,
   * is left to the header engine, which keeps every column: a form is never forced into a layout
   * that would drop what it says.
   */
  explains?: readonly string[];
  /** one-line description for docs and `--help` */
  description: string;
  /**
   * How well the region matches this layout, 0..1, from header keywords only
   * (cheap; never parses). The registry picks the best score ≥ 0.5.
   */
  match(region: Region): number;
  /** Parse the region. May add diagnostics; must not throw on messy input. */
  parse(region: Region, diagnostics: Diagnostic[]): Form;
}
