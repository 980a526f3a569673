/**
 * Plain-text reader: decode (UTF-8, UTF-16 with BOM, GB18030/GBK), split into lines, split lines
 * into cells on TAB (or, for files without TABs, on runs of spaces). Text copied from a web page
 * often comes as a "|" table instead ("名称 | 值 | ||", one row a line, or one row over several
 * lines whose continuation lines are indented and start with "|"): such files are split on "|".
 * A TAB file saved from a workbook quotes a cell that holds line breaks ("…第一句。⏎第二句。"): such a
 * cell is read whole, its lines joined as the other readers join a wrapped cell, each line's start kept.
 */
import type { Cell, Grid, Row } from "./grid.js";
import { cellList, emptyCells } from "./grid.js";
import { joinWrapped } from "./geometry/builder.js";
import { ReadError } from "./errors.js";
import { realignTabContinuations } from "../repair/tab-continuation.js";

export interface Decoded {
  text: string;
  encoding: string;
}

/** the decoder most files are read with, made once (a decode without `stream` keeps no state between calls) */
const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes of a text file, detecting the encoding. Throws ReadError if it is not text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: UTF8_STRICT.decode(bytes), encoding: "utf-8" };
  } catch {
    /* not UTF-8: try GB18030 (a superset of GBK and GB2312) */
  }
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    return { text, encoding: "gb18030" };
  } catch {
    throw new ReadError(
      "read/encoding",
      "无法识别文本编码（既不是 UTF-8 也不是 GB18030/GBK）",
      "unknown text encoding (neither UTF-8 nor GB18030/GBK)",
    );
  }
}

/** Split decoded text into a Grid. */
/** (text is bounded by the file size limit: a line keeps no more cells than it has characters) */
export function textToGrid(source: string, text: string, encoding: string): Grid {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const hasTabs = text.includes("\t");
  return linesToGrid(source, lines, 0, hasTabs, encoding, !hasTabs && isPipeTable(lines));
}

/**
 * Whether a text without TABs is a "|" table: at least three lines, and at least half of the
 * non-blank lines, hold a "|".
 */
export function isPipeTable(lines: string[]): boolean {
  let nonBlank = 0;
  let piped = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    nonBlank++;
    if (line.includes("|")) piped++;
  }
  return piped >= 3 && piped * 2 >= nonBlank;
}

/** a markdown rule line such as "|---|:--:|" */
const RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;

/**
 * The logical rows of a "|" table: a line that is indented continues the row above (a line
 * starting with "|" adds cells, another wraps the last cell's text); each row's cells are the
 * texts between the "|" (the empty text after a final "|" and before a leading one dropped).
 */
function pipeRows(lines: string[], offset: number): Row[] {
  const rows: Row[] = [];
  let open: { texts: string[]; line: number; wraps: Map<number, { offset: number; line: number }[]> } | null = null;
  const close = () => {
    if (!open) return;
    const { texts, line, wraps } = open;
    if (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    rows.push({
      text: texts.join("\t"),
      sep: "tab",
      loc: { line },
      cells: cellList(texts.length, (j) => {
        const t = texts[j];
        const lines = wraps.get(j);
        return lines ? { text: t, loc: { line, col: j + 1 }, lines } : { text: t, loc: { line, col: j + 1 } };
      }),
    });
    open = null;
  };
  lines.forEach((line, i) => {
    const lineNo = offset + i + 1;
    if (line.trim() === "" || RULE.test(line)) {
      close();
      if (line.trim() === "") rows.push({ text: line, sep: "tab", loc: { line: lineNo }, cells: emptyCells() });
      return;
    }
    const indented = /^\s/.test(line);
    const trimmed = line.trim();
    if (open && indented) {
      const o: NonNullable<typeof open> = open;
      if (trimmed.startsWith("|")) {
        if (o.texts.length > 0 && o.texts[o.texts.length - 1] === "") o.texts.pop();
        o.texts.push(...trimmed.slice(1).split("|").map((t) => t.trim()));
      } else if (o.texts.length > 0) {
        const last = o.texts.length - 1;
        // the wrapped cell's further line: where it starts in the cell's text
        if (o.texts[last]) o.wraps.set(last, [...(o.wraps.get(last) ?? []), { offset: o.texts[last].length, line: lineNo }]);
        o.texts[last] = o.texts[last] + trimmed;
      }
      return;
    }
    close();
    const body = trimmed.startsWith("|") ? trimmed.slice(1) : trimmed;
    open = { texts: body.split("|").map((t) => t.trim()), line: lineNo, wraps: new Map() };
  });
  close();
  return rows;
}

/** a quoted TAB cell spans at most this many lines; a quote left open longer is read as a plain character */
const QUOTED_SPAN = 60;

/**
 * The logical row of a TAB file starting at lines[i] when a cell of it is quoted the way a workbook
 * saves a cell holding line breaks, TABs or quotes ("…⏎…", `""` for a quote inside): its cells, each
 * with the line it starts on and, when it runs over several lines, where each further line starts in its
 * text (lines joined as cleanCellText joins them); `next`, the index after its last line. Null when the
 * line opens no quoted cell, or a quote is not closed right before a TAB or the line's end within
 * QUOTED_SPAN lines (a quote typed as text): the line is then read as it stands.
 */
function quotedRow(lines: string[], i: number, offset: number): { cells: Cell[]; next: number } | null {
  if (!/(^|\t)"/.test(lines[i])) return null;
  const cells: Cell[] = emptyCells();
  let k = i;
  let pos = 0;
  for (;;) {
    const line = lines[k];
    const startLine = offset + k + 1;
    if (line[pos] !== '"') {
      // a plain cell: up to the next TAB or the line's end
      const tab = line.indexOf("\t", pos);
      const text = line.slice(pos, tab < 0 ? line.length : tab).trim();
      cells.push({ text, loc: { line: startLine, col: cells.length + 1 } });
      if (tab < 0) return { cells, next: k + 1 };
      pos = tab + 1;
      continue;
    }
    // a quoted cell: its pieces, one per source line
    const pieces: { text: string; line: number }[] = [];
    let piece = "";
    let at = pos + 1;
    let row = k;
    for (;;) {
      const cur = lines[row];
      const q = cur.indexOf('"', at);
      if (q < 0) {
        piece += cur.slice(at);
        pieces.push({ text: piece, line: offset + row + 1 });
        piece = "";
        row++;
        at = 0;
        if (row >= lines.length || row - i >= QUOTED_SPAN) return null;
        continue;
      }
      piece += cur.slice(at, q);
      if (cur[q + 1] === '"') {
        piece += '"';
        at = q + 2;
        continue;
      }
      // the closing quote: a TAB or the line's end must follow
      if (q + 1 < cur.length && cur[q + 1] !== "\t") return null;
      pieces.push({ text: piece, line: offset + row + 1 });
      k = row;
      pos = q + 1;
      break;
    }
    cells.push({ ...joinPieces(pieces), loc: { line: startLine, col: cells.length + 1 } });
    if (pos >= lines[k].length) return { cells, next: k + 1 };
    pos++; // the TAB
  }
}

/** a cell's source lines joined as cleanCellText joins them, with where each further line starts */
function joinPieces(pieces: { text: string; line: number }[]): Pick<Cell, "text" | "lines"> {
  let text = "";
  const lines: { offset: number; line: number }[] = [];
  for (const p of pieces) {
    const t = p.text.replace(/\t/g, " ").trim();
    if (!t) continue;
    if (!text) {
      text = t;
      continue;
    }
    const joined = joinWrapped([text, t]);
    lines.push({ offset: joined.length - t.length, line: p.line });
    text = joined;
  }
  return lines.length ? { text, lines } : { text };
}

/** text longer than this (in UTF-16 units; about 6 MB of Chinese) is recognised piece by piece */
export const LARGE_TEXT_CHARS = 2_000_000;
const PIECE_LINES = 40_000;

/**
 * Where a piece of a large text may end: given the lines and a line index `k` near the wanted
 * size, the index of the first line of the form that holds line k (so no form is split), or null
 * to try further on. Supplied by the caller that knows how forms are segmented (src/parse.ts).
 */
export type CutFinder = (lines: string[], k: number, toGrid: (from: number, to: number) => Grid) => number | null;

/**
 * A large text file as successive grids of about PIECE_LINES lines each, cut where `findCut` says
 * a form starts, with the file's own line numbers. Only the lines are kept for the whole file; the
 * cells of one piece at a time.
 */
export function* textPieces(source: string, text: string, encoding: string, findCut: CutFinder, pieceLines = PIECE_LINES): Generator<Grid> {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const hasTabs = text.includes("\t");
  const pipes = !hasTabs && isPipeTable(lines);
  const toGrid = (from: number, to: number) => linesToGrid(source, lines.slice(from, to), from, hasTabs, encoding, pipes);
  let start = 0;
  while (start < lines.length) {
    let end = lines.length;
    for (let k = start + pieceLines; k < lines.length; k++) {
      const cut = findCut(lines, k, toGrid);
      if (cut !== null && cut > start) {
        end = cut;
        break;
      }
    }
    yield toGrid(start, end);
    start = end;
  }
}

export function linesToGrid(source: string, lines: string[], offset: number, hasTabs: boolean, encoding: string, pipes = false): Grid {
  if (pipes) return { source, format: "text", encoding, rows: pipeRows(lines, offset), diagnostics: [] };
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = offset + i + 1;
    const quoted = hasTabs ? quotedRow(lines, i, offset) : null;
    if (quoted) {
      // one row over the quoted cell's lines: its text the cells joined by TABs, as a workbook's row
      rows.push({ text: quoted.cells.map((c) => c.text).join("\t"), sep: "tab", loc: { line: lineNo }, cells: quoted.cells });
      i = quoted.next - 1;
      continue;
    }
    const sep = hasTabs ? "tab" : "space";
    const trimmed = line.trim();
    // every line of every text file: its cells made as the line is cut (no list of parts, no callback per row)
    const cells = emptyCells();
    if (trimmed !== "" && hasTabs) {
      for (let pos = 0; ; ) {
        const tab = line.indexOf("\t", pos);
        cells.push({ text: (tab < 0 ? line.slice(pos) : line.slice(pos, tab)).trim(), loc: { line: lineNo, col: cells.length + 1 } });
        if (tab < 0) break;
        pos = tab + 1;
      }
    } else if (trimmed !== "") {
      const parts = trimmed.split(/[ \u3000]+/);
      for (let j = 0; j < parts.length; j++) cells.push({ text: parts[j].trim(), loc: { line: lineNo, col: j + 1 } });
    }
    rows.push({ text: line, sep, loc: { line: lineNo }, cells });
  }
  return { source, format: "text", encoding, rows: hasTabs ? realignTabContinuations(rows) : rows, diagnostics: [] };
}
