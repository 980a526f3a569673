/**
 * Render TAB-separated fixture text as `pdftotext -layout` prints a table: each column padded to
 * its widest cell (CJK characters count two), cells separated by runs of spaces, no TABs. Only for
 * tests: it shows the same grid to the reader's space-split path.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** each form-feed–separated page is aligned on its own, as pdftotext does per page */
export function layoutText(tsv: string, gap = 3): string {
  return tsv
    .split("\f")
    .map((page) => {
      const lines = page.split("\n").map((l) => l.split("\t"));
      const widths: number[] = [];
      // a line with one cell (a title, a wrapped goal) does not set column widths
      for (const cells of lines) if (cells.length > 1) cells.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, displayWidth(c))));
      return lines
        .map((cells) => {
          if (cells.length === 1) return cells[0];
          let out = "";
          cells.forEach((c, k) => {
            out += c;
            if (k < cells.length - 1) out += " ".repeat((widths[k] ?? 0) - displayWidth(c) + gap);
          });
          return out.replace(/\s+$/, "");
        })
        .join("\n");
    })
    .join("\f");
}

/** a line of -layout text: each piece at its printed column (a full-width character takes two), at
 *  least one space after the piece before it, as pdftotext -layout prints a borderless table */
export function at(pieces: [number, string][]): string {
  let out = "";
  let w = 0;
  for (const [col, t] of pieces) {
    out += " ".repeat(Math.max(1, col - w));
    w = Math.max(w + 1, col);
    out += t;
    for (const ch of t) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  }
  return out;
}
