/**
 * Where something came from. One convention for the whole project:
 * every number here is 1-based (line, column, page, table, row, col), like ESLint's output.
 *
 * - text files: `line` (and `col`, the 1-based index of the cell within the line once split)
 * - PDF: `page` (and `line`, the 1-based line within the rebuilt page text, plus `col`)
 * - workbooks: `sheet` and `cell` ("C12"), plus `row`/`col`
 * - Word/HTML: `table` and `row` (and `col`)
 */
export interface Loc {
  line?: number;
  col?: number;
  page?: number;
  sheet?: string;
  cell?: string;
  table?: number;
  row?: number;
}

/** A piece of source text with its location. */
export interface Text {
  text: string;
  loc: Loc;
  /**
   * a text read from several source lines (a plan laid out as a small table, one step a row): where
   * each further line's text starts in `text`, and that line's number (as Cell.lines), so that a rule
   * can place what it finds inside the text on its own line
   */
  lines?: { offset: number; line: number }[];
}

/** Render a location compactly for humans: "l.598", "p.3 l.12", "Sheet1!C12", "表2 行5". */
export function formatLoc(loc: Loc | undefined): string {
  if (!loc) return "";
  const parts: string[] = [];
  if (loc.sheet !== undefined) return loc.cell ? `${loc.sheet}!${loc.cell}` : `${loc.sheet}`;
  if (loc.page !== undefined) parts.push(`p.${loc.page}`);
  if (loc.table !== undefined) parts.push(`表${loc.table}`);
  if (loc.row !== undefined && loc.table !== undefined) parts.push(`行${loc.row}`);
  if (loc.line !== undefined) parts.push(`l.${loc.line}`);
  if (loc.col !== undefined && parts.length) parts.push(`c.${loc.col}`);
  return parts.join(" ");
}
