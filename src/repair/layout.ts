/**
 * Tables printed as `pdftotext -layout` prints a form without drawn borders: cells separated by runs
 * of spaces, every column starting where its header cell starts, and a cell too long for its
 * column wrapped onto the lines below (top-aligned: "救助残疾儿" / "童人数", "产出指" / "标").
 *
 * A line continues the record above when each of its pieces stands in a column where the line above
 * held a piece that filled that column: the piece's first character would not have fitted after it
 * (the column's width is measured from the header line at hand: the distance to the next column's
 * start, or narrower where the column's widest pieces show the printer wrapped narrower). A line with a piece in a column that was not full — a new row's 分值, a short value — or
 * with a complete level label under another complete label is a row of its own. A level label may be
 * wrapped narrower than its column ("时效" / "指标"): a piece that completes the label so far, or goes
 * on towards one, continues it whatever the room (`continuesLabel`). A piece pushed right of its column
 * by a long neighbour has only the rest of the column (it is full sooner); a line that opens no row —
 * nothing in the name or level columns, no figure — goes on from the row above when one of its pieces
 * certainly does (a value wrapped narrower than its column beside one wrapped full). Widths are printed
 * columns: a full-width character takes two.
 */
import type { Cell, Row } from "../read/grid.js";
import { cellWith, filledCells, mapCells, rowWith } from "../read/grid.js";
import { lookupUnit } from "../normalize/units.js";
import { parseValue } from "../normalize/value.js";
import { joinCell, type TableRecord } from "./index.js";

/** a comparison, a number and a unit and nothing else ("≤19元/亩", "≥10年"): a value complete on its line */
const WHOLE_QUANTITY = /^[≥≤<>＜＞≧≦=]\s*\d+(?:\.\d+)?\s*(\S+)$/u;
function isWholeQuantity(text: string): boolean {
  const m = WHOLE_QUANTITY.exec(text.trim());
  return !!m && !/\d/.test(m[1]) && lookupUnit(m[1]) !== null;
}

const TIME_KINDS = new Set(["date", "period"]);

/** a text ending where a sentence cannot: after a comma, an enumeration or a colon, or inside a bracket or quote */
const OPEN_END = /[，、；：,;:（(“‘《]$/u;

/**
 * Does a piece finish the time value above it? The two read as one date or period, and one of them is
 * none alone: the value above is cut ("2024年1月—" over "2026年12月") or the piece is only its tail
 * ("2024年12月" over "底前"). A printer wraps a cell where its column ends, and a number or a date does
 * not break where a word may, so the width of the cell above says nothing here.
 */
export function finishesTimeValue(above: string, piece: string): boolean {
  const a = above.trim();
  const b = piece.trim();
  if (!/\d/.test(a) || !TIME_KINDS.has(parseValue(a + b).kind)) return false;
  return !TIME_KINDS.has(parseValue(a).kind) || !["date", "period", "numeric"].includes(parseValue(b).kind);
}

/**
 * Does a piece finish the quantity above it with its unit? A narrow value column wraps a figure's unit
 * onto the lines below ("≥98" / "%", "≥1200" / "亩", "≥12.6" / "平方公" / "里"): the cell so far is a figure
 * with no unit, or with a unit no table knows (a unit cut: "平方公"), and the piece — no figure, a few
 * characters, no punctuation — makes it the same figure with a unit (a known one, where the cell above
 * already had one). Like a date, a figure and its unit do not break where a word may, so the width of
 * the cell above says nothing.
 */
export function finishesQuantity(above: string, piece: string): boolean {
  const a = above.trim();
  const b = piece.trim();
  if (!b || /[\d\s，。、；：,.;:（）()]/u.test(b) || [...b].length > 4) return false;
  const va = parseValue(a);
  const vb = parseValue(a + b);
  if (va.kind !== "numeric" || vb.kind !== "numeric" || va.value !== vb.value || va.op !== vb.op) return false;
  if (va.unit === null) return vb.unit !== null;
  return va.dimension === "other" && vb.dimension !== null && vb.dimension !== "other";
}

/** printed width: full-width characters take two columns, others one */
export function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** a line printing each text at its start (two spaces at least between texts), as -layout prints a row */
export function lineOfPieces(pieces: readonly { text: string; start: number }[]): string {
  let line = "";
  for (const { text, start } of pieces) line += " ".repeat(Math.max(line ? 2 : 0, start - printedWidth(line))) + text;
  return line;
}

/** each filled cell of a space-separated row with the printed column it starts at; null if not found */
export function pieceStarts(row: Row): { cell: Cell; start: number; width: number }[] | null {
  const out: { cell: Cell; start: number; width: number }[] = [];
  let from = 0;
  for (const { cell } of filledCells(row)) {
    const t = cell.text.trim();
    const k = row.text.indexOf(t, from);
    if (k < 0) return null;
    out.push({ cell, start: printedWidth(row.text.slice(0, k)), width: printedWidth(t) });
    from = k + t.length;
  }
  return out;
}

/**
 * The cells of a header line of a space-aligned table (three cells or more, two spaces or more
 * between each: single spaces are the raw mode's separators, whose positions say nothing), else null.
 * A gap of a single space is allowed for every three wide ones (and three wide ones at least): a
 * -layout header prints a narrow column's label right beside its neighbour's ("一级指标 二级指标      三级指标 …",
 * "… 权重占比 得分    折算得分 偏差原因…" twice in one header); a raw line separates all its cells by single spaces.
 */
function alignedPieces(row: Row | undefined): { cell: Cell; start: number; width: number }[] | null {
  if (!row || row.sep !== "space") return null;
  const head = pieceStarts(row);
  if (!head || head.length < 3) return null;
  const gaps = head.slice(1).map((h, k) => h.start - (head[k].start + head[k].width));
  const narrow = gaps.filter((g) => g < 2).length;
  if (gaps.some((g) => g < 1) || gaps.length - narrow < 3 * narrow || gaps.length - narrow < 3) return null;
  return head;
}

/** is this header line one of a space-aligned (-layout) table? */
export function isSpaceAligned(row: Row | undefined): boolean {
  return alignedPieces(row) !== null;
}

/**
 * Fold the continuation lines of a space-aligned table into the records above them. `headerRow`
 * is the header line whose cells start the columns, `keys[k]` the record key of its k-th cell;
 * `isLabel(text)` says whether a text is a complete level label ("质量指标", not a cut "满意度指"). Rows of other kinds (TAB-separated,
 * workbooks) are returned unchanged.
 */
export function joinLayoutContinuations<R extends string>(
  records: TableRecord<R>[],
  headerRow: Row | undefined,
  keys: R[],
  isLabel: (text: string) => boolean,
  continuesLabel: (key: R, above: string, piece: string) => boolean = () => false,
  opensRow: (key: R) => boolean = (key) => /^(name|level[12])(@|$)/.test(key),
): TableRecord<R>[] {
  const head = alignedPieces(headerRow);
  if (!head || head.length !== keys.length) return records;
  const starts = head.map((h) => h.start);
  // -layout keeps at least two spaces between columns: a column holds up to (next start − 2) columns
  const columnOf = (start: number) => {
    let k = -1;
    for (let j = 0; j < starts.length; j++) if (starts[j] <= start + 2) k = j;
    return k;
  };
  if (!alignedToHeader(records, keys, columnOf)) return records;
  const printed = printedRoom(records, starts.length, columnOf);
  // a piece pushed right of its column's start by a long neighbour ("无因专家缺席废标 未发生因专家缺席")
  // has only the rest of the column left: it is full sooner
  const room = (k: number, from: number) => (k + 1 < starts.length ? Math.min(starts[k + 1] - Math.max(starts[k], from) - 2, printed[k]) : Infinity);
  type Placed = { cell: Cell; start: number; col: number };
  const at = (line: Placed[], k: number) => line.find((p) => p.col === k);
  const goesOn = (k: number, upper: { text: string; start: number }, next: string) =>
    wrapsInto(k, upper, next) || continuesLabel(keys[k], upper.text, next);
  /**
   * Is every piece of a line a wrapped first part of the next line's cell in its column? It goes on in
   * that cell and fits its column (a running title across the columns does not), is no complete level
   * label and no bare number, and goes on from nothing on the line above (else it is the row above's tail).
   */
  const piecesLead = (placed: Placed[], next: Placed[], above: Map<number, { text: string; start: number }> | null): boolean =>
    placed.every((p) => {
      const t = p.cell.text.trim();
      const n = p.col >= 0 ? at(next, p.col) : undefined;
      if (!n || isLabel(t) || /^[\d.%]+$/.test(t) || printedWidth(t) > room(p.col, p.start)) return false;
      if (!goesOn(p.col, { text: t, start: p.start }, n.cell.text.trim())) return false;
      // the last column has no measured width: a lead piece there is a full wrapped line, as wide as the
      // next line's (further down the same cell) less a narrow character's slack ("2家…" beside "产任务…，")
      if (room(p.col, p.start) === Infinity && printedWidth(t) < printedWidth(n.cell.text.trim()) - 1) return false;
      const up = above?.get(p.col);
      // in the unmeasured last column a long piece above seems to wrap on; a whole quantity there
      // ("≤19元/亩": a comparison, a number, a unit) is complete, and the line below is no tail of it
      return !(up && goesOn(p.col, up, t) && !(room(p.col, up.start) === Infinity && isWholeQuantity(up.text)));
    });
  /**
   * A centred print (cells vertically centred on their row: a row's single-line cells stand on the
   * middle line of its tallest cell) prints the first line of a cell wrapped over three lines or more
   * ABOVE the row's anchor line (the one holding its level labels, name, 分值, 得分). Such a lead line
   * holds only wrapped pieces: each goes on in the anchor line's cell of its column (fills its column,
   * or is a level label going on), none is a complete level label, none goes on from the line above
   * (which would make it the tail of the row above, as in top-aligned prints); the anchor line opens a
   * row and holds cells the lead line has not (the single-line ones); and the row closes symmetrically:
   * one of the lead's cells wraps on below the anchor too (a piece of its anchor line fills its column
   * and the next line goes on in it without opening a row).
   */
  const leadsCentredRow = (placed: Placed[], anchor: Placed[] | null, below: Placed[] | null, above: Map<number, { text: string; start: number }> | null): boolean => {
    if (!anchor || !below || placed.length >= anchor.length) return false;
    if (!anchor.some((p) => p.col >= 0 && (opensRow(keys[p.col]) && !/^level/.test(keys[p.col]) || isLabel(p.cell.text.trim())))) return false;
    if (below.some((p) => p.col < 0 || isLabel(p.cell.text.trim()) || (opensRow(keys[p.col]) && !at(anchor, p.col)))) return false;
    if (!piecesLead(placed, anchor, above)) return false;
    return placed.some((p) => {
      const a = at(anchor, p.col)!;
      const b = at(below, p.col);
      return !!b && wrapsInto(p.col, { text: a.cell.text.trim(), start: a.start }, b.cell.text.trim());
    });
  };
  /**
   * A cell wrapped over five lines or more prints two lines above its row's anchor. The line above a
   * lead is a lead too when the lead condition holds for it against the lead (each piece goes on in the
   * lead's cell of its column and fits it, none a complete level label or a bare number, none going on
   * from the line above), the lead below it leads the anchor, and its cell closes symmetrically: it
   * wraps on over two lines below the anchor too (anchor → next line → the line after, which opens no
   * row and holds no piece outside that cell's line above).
   */
  const leadsTwoLines = (
    placed: Placed[],
    lower: Placed[] | null,
    anchor: Placed[] | null,
    below: Placed[] | null,
    below2: Placed[] | null,
    above: Map<number, { text: string; start: number }> | null,
  ): boolean => {
    if (!lower || !anchor || !below || !below2 || placed.length > lower.length) return false;
    // the lower line leads the anchor (its "not going on from the line above" is this line's own test)
    if (!leadsCentredRow(lower, anchor, below, null)) return false;
    if (!piecesLead(placed, lower, above)) return false;
    if (below2.some((p) => p.col < 0 || isLabel(p.cell.text.trim()) || !at(below, p.col))) return false;
    return placed.some((p) => {
      const a = at(anchor, p.col);
      const b = at(below, p.col);
      const c = at(below2, p.col);
      return (
        !!a && !!b && !!c &&
        wrapsInto(p.col, { text: a.cell.text.trim(), start: a.start }, b.cell.text.trim()) &&
        wrapsInto(p.col, { text: b.cell.text.trim(), start: b.start }, c.cell.text.trim())
      );
    });
  };
  const out: TableRecord<R>[] = [];
  /** the pieces of the last line folded into the current record, by column: text and printed start */
  let last: Map<number, { text: string; start: number }> | null = null;
  const placedOf = (rec: TableRecord<R>) => {
    const pieces = rec.row.sep === "space" ? pieceStarts(rec.row) : null;
    return pieces && pieces.length > 0 ? pieces.map((p) => ({ ...p, col: columnOf(p.start) })) : null;
  };
  /** each line's placed pieces, read once: the centred-row tests look up to four lines ahead of every
   *  line (the loop folds cells and `merged`, never a record's row, so a line's pieces stay valid) */
  const placedCache: (ReturnType<typeof placedOf> | undefined)[] = new Array(records.length);
  const placedAt = (j: number) => (j < records.length ? (placedCache[j] === undefined ? (placedCache[j] = placedOf(records[j])) : placedCache[j]) : null);
  /** does a piece printed at `start` in column k, followed in that column by `next`, wrap into it (fill its
   *  column)? The last column has no measured width: a long piece there wraps prose (a reason) */
  const wrapsInto = (k: number, above: { text: string; start: number }, next: string) => {
    const room_ = room(k, above.start);
    if (room_ === Infinity) return printedWidth(above.text) >= 8 && !/[。！]$/.test(above.text);
    return printedWidth(above.text) + printedWidth([...next][0] ?? "") > room_;
  };
  /** the lead lines of a vertically centred row, waiting for the row's anchor line below them */
  let lead: { rec: TableRecord<R>; placed: NonNullable<ReturnType<typeof placedOf>> }[] | null = null;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    const placed = placedAt(i);
    if (!placed) {
      if (lead) out.push(...lead.map((l) => l.rec));
      lead = null;
      out.push(rec);
      last = null;
      continue;
    }
    const prev = out[out.length - 1];
    if (lead) {
      // the anchor line of a centred row: it opens the row, and the lead line's pieces go before its cells
      const leads = lead;
      lead = null;
      out.push(rec);
      rec.merged = [...(rec.merged ?? []), ...leads.map((l) => l.rec.row)];
      const cells = rec.cells as Record<string, Cell>;
      // the lowest lead first: each goes before what the cell holds so far
      for (const l of [...leads].reverse()) for (const p of l.placed) joinCell(cells, keys[p.col], p.cell, true);
      last = new Map(placed.filter((p) => p.col >= 0).map((p) => [p.col, { text: p.cell.text.trim(), start: p.start }]));
      continue;
    }
    // two lead lines first: the upper one would also pass for the lead of the lower (which holds a
    // name piece, so seems to open a row), leaving the anchor line a row of its own
    const lower = placedAt(i + 1);
    if (leadsTwoLines(placed, lower, placedAt(i + 2), placedAt(i + 3), placedAt(i + 4), last)) {
      lead = [
        { rec, placed },
        { rec: records[i + 1], placed: lower! },
      ];
      i++;
      continue;
    }
    if (leadsCentredRow(placed, placedAt(i + 1), placedAt(i + 2), last)) {
      lead = [{ rec, placed }];
      continue;
    }
    // a label wrapped at a narrower width than its column ("时效" / "指标", "满意" / "度指" / "标"):
    // the pieces make the label, whatever the column's room
    const labelGoesOn = (p: (typeof placed)[number]) =>
      p.col >= 0 && !!prev && last?.get(p.col) !== undefined && continuesLabel(keys[p.col], prev.cells[keys[p.col]]?.text.trim() ?? last.get(p.col)!.text, p.cell.text.trim());
    // a line whose labels go on and which holds no figure is the rest of its row (a name wrapped in a
    // table too short to show its column's printed width: "参学老干部满意" / "度")
    const restOfRow = placed.some(labelGoesOn) && !placed.some((p) => /\d/.test(p.cell.text));
    /** the piece certainly goes on from the cell above: that cell filled its column */
    const fills = (p: (typeof placed)[number]) => {
      const above = p.col >= 0 ? last?.get(p.col) : undefined;
      return above !== undefined && wrapsInto(p.col, above, p.cell.text.trim());
    };
    // a line that opens no row — nothing in the name or level columns, no figure — whose pieces all
    // stand under cells of the line above, one of which certainly wrapped, is the rest of that row
    // (a value wrapped at its column's width beside another wrapped narrower: "中标结果无被查处" / "违规情形"
    // beside "无违规情形被" / "查处")
    // A level label going on in its column ("可持续影响指" / "标", "效益指标" / "（30分）") says the line is
    // still the row above (a label wraps inside the row it opens): its other pieces may then hold figures
    // ("…覆盖全县1" / "5个乡镇", "建立126家用人单位危" / "害因素…") — a value wrapped at fewer characters than its
    // column's printed width, as digits print narrower than the measure counts them
    const labelled = placed.some(labelGoesOn);
    const tail =
      !!last &&
      placed.every((p) => p.col >= 0 && last!.get(p.col) !== undefined && (labelGoesOn(p) || (!opensRow(keys[p.col]) && (labelled || !/\d/.test(p.cell.text))))) &&
      placed.some((p) => !labelGoesOn(p) && fills(p));
    // a line whose time value finishes the one above it ("2024年1月—" / "2026年12月", "2024年12月" / "底前") is
    // that row's next line: its other pieces go on in the cells above them too — a name's rest that did
    // not fill its measured column ("审计报告出具" / "时间"), even in a name column, as long as the line opens
    // no row in the first group (nothing in its level or name columns but what goes on)
    // the same for a quantity whose unit wrapped ("≥98" / "%", "≥12.6" / "平方公" / "里"), judged on the cell so far
    const cellAbove = (p: (typeof placed)[number]) => prev?.cells[keys[p.col]]?.text ?? last!.get(p.col)!.text;
    const finishing = placed.filter(
      (p) =>
        p.col >= 0 &&
        last?.get(p.col) !== undefined &&
        !opensRow(keys[p.col]) &&
        (finishesTimeValue(last.get(p.col)!.text, p.cell.text) || finishesQuantity(cellAbove(p), p.cell.text)),
    );
    const firstGroupOpen = placed.some((p) => p.col >= 0 && opensRow(keys[p.col]) && !/@annual$/.test(keys[p.col]) && !fills(p) && !labelGoesOn(p));
    const wrappedTime =
      !!last &&
      finishing.length > 0 &&
      !firstGroupOpen &&
      placed.every((p) => p.col >= 0 && last!.get(p.col) !== undefined && !isLabel(p.cell.text.trim()) && (finishing.includes(p) || fills(p) || labelGoesOn(p) || !/\d/.test(p.cell.text)));
    // side-by-side 实施期 / 年度 groups naming one indicator alike: a line holding only the same piece under
    // both names, which were alike on the line above ("车辆年检完成" / "时间" in each group), is the rest of
    // both names, not an indicator of its own with no value in either group
    const names = placed.filter((p) => p.col >= 0 && /^name(@annual)?$/.test(keys[p.col]));
    const twinNameRest =
      !!last &&
      names.length === 2 &&
      names.length === placed.length &&
      keys[names[0].col] !== keys[names[1].col] &&
      names[0].cell.text.trim() === names[1].cell.text.trim() &&
      last.get(names[0].col) !== undefined &&
      last.get(names[0].col)!.text === last.get(names[1].col)?.text &&
      !isLabel(names[0].cell.text.trim());
    // a text wrapped under itself in a column wider than its lines ("独居老人就近就餐需求" / "基本得到满足"): a
    // line with no figure whose every piece stands under a piece of the line above goes on there when it
    // opens no row (nothing in the level or name columns: a row has a name), or when a piece above ends
    // where a sentence cannot ("清淤后管道通畅，" / "无淤堵反弹", its name's rest "情况" beside it) — each
    // continuation to the cell above it in its column
    const wrappedText =
      !!last &&
      !placed.some((p) => /\d/.test(p.cell.text)) &&
      placed.every((p) => p.col >= 0 && last!.get(p.col) !== undefined && !isLabel(p.cell.text.trim())) &&
      (placed.every((p) => !opensRow(keys[p.col])) || placed.some((p) => OPEN_END.test(last!.get(p.col)!.text)));
    const continues =
      !!prev &&
      !!last &&
      placed.every((p) => {
        const above = p.col >= 0 ? last!.get(p.col) : undefined;
        if (above === undefined) return false;
        const t = p.cell.text.trim();
        if (isLabel(t) && isLabel(above.text)) return false;
        if (restOfRow || tail || wrappedTime || twinNameRest || wrappedText || labelGoesOn(p)) return true;
        return fills(p);
      });
    if (!continues) {
      out.push(rec);
      last = new Map(placed.filter((p) => p.col >= 0).map((p) => [p.col, { text: p.cell.text.trim(), start: p.start }]));
      continue;
    }
    prev.merged = [...(prev.merged ?? []), rec.row];
    const cells = prev.cells as Record<string, Cell>;
    // a number cut by its column (the piece above filled it) or inside a date ("2025年1" / "0月底前") goes
    // on without a space; figures apart on two lines of a cell that did not fill keep one
    const cutNumber = (p: (typeof placed)[number]) => fills(p) || finishesTimeValue(last!.get(p.col)!.text, p.cell.text);
    for (const p of placed) joinCell(cells, keys[p.col], p.cell, false, !cutNumber(p));
    last = new Map(placed.map((p) => [p.col, { text: p.cell.text.trim(), start: p.start }]));
  }
  return out;
}

/**
 * The width a column's text was wrapped at, where the table shows it: a printer may wrap narrower
 * than the gap between header cells ("活动中心开放天" / "数" under a header 17 columns wide). When
 * two pieces or more of a column reach the same widest width, of four full-width characters or more,
 * that width is the column's room; otherwise the header's gap alone says (Infinity here).
 */
function printedRoom<R extends string>(records: TableRecord<R>[], n: number, columnOf: (start: number) => number): number[] {
  const widest = new Array<number>(n).fill(0);
  const hits = new Array<number>(n).fill(0);
  for (const rec of records) {
    const pieces = rec.row.sep === "space" ? pieceStarts(rec.row) : null;
    for (const p of pieces ?? []) {
      const k = columnOf(p.start);
      if (k < 0) continue;
      if (p.width > widest[k]) [widest[k], hits[k]] = [p.width, 1];
      else if (p.width === widest[k]) hits[k]++;
    }
  }
  return widest.map((w, k) => (w >= 8 && hits[k] >= 2 ? w : Infinity));
}

/**
 * Do the table's cells stand under their header cells? Every cell of a full row (half the columns
 * or more, one of them with a figure) that the row alignment gave a role must stand in that role's column (one in twenty may stray: a long value pushed right); a table
 * whose data start left of its header cells is read without positions.
 */
function alignedToHeader<R extends string>(records: TableRecord<R>[], keys: R[], columnOf: (start: number) => number): boolean {
  let placed = 0;
  let astray = 0;
  /** lines the row alignment read wholly shifted (every piece in another column than its role's) */
  const shifted: number[] = [];
  let lines = 0;
  // a table whose rows hold no figure at all (one qualitative row of a 长期 block): its full rows are the
  // lines that open in the first column
  const anyFigure = records.some((rec) => rec.row.sep === "space" && rec.row.cells.some((c) => /\d/.test(c.text)));
  for (const rec of records) {
    const pieces = rec.row.sep === "space" ? pieceStarts(rec.row) : null;
    // continuation lines are aligned as best the row alignment can; full rows say where columns are
    // (a line of label pieces only, "指标 益指标 节约 亩", is a continuation however many pieces it has:
    // a full row carries a figure)
    if (!pieces || pieces.length * 2 < keys.length) continue;
    if (anyFigure ? !pieces.some((p) => /\d/.test(p.cell.text)) : columnOf(pieces[0].start) !== 0) continue;
    let here = 0;
    let off = 0;
    for (const p of pieces) {
      const key = (Object.keys(rec.cells) as R[]).find((k) => rec.cells[k] === p.cell);
      if (key === undefined) continue;
      here++;
      if (keys[columnOf(p.start)] !== key) off++;
    }
    placed += here;
    astray += off;
    if (here > 0) lines++;
    if (here > 0 && off === here) shifted.push(here);
  }
  // a continuation line holding a figure, read as a row of its own, is aligned by order and so wholly
  // shifted ("可持续影" / "响指标  机制运行  巡查、考核制  建立台账3本"): such lines, a quarter of the table's
  // at most, say nothing of its place under its header (a table left of its header shifts most lines)
  if (shifted.length > 0 && shifted.length * 4 <= lines) {
    const n = shifted.reduce((a, b) => a + b, 0);
    placed -= n;
    astray -= n;
  }
  return placed > 0 && astray * 20 <= placed;
}

/**
 * A header line of a space-aligned table whose cells wrapped onto the next line ("年初预" / "算数",
 * "项目资金（万" / "元）"): each piece of the next line completes the cell above that starts where
 * it starts. Returns the completed texts by the first line's cell (in its filled order), or null
 * when the lines are not space-aligned or a piece stands under no cell.
 */
export function wrappedHeaderTexts(first: Row, second: Row | undefined): string[] | null {
  if (!second || first.sep !== "space" || second.sep !== "space") return null;
  const top = pieceStarts(first);
  const sub = pieceStarts(second);
  if (!top || !sub || top.length < 3 || sub.length === 0 || sub.length > top.length) return null;
  const texts = top.map((t) => t.cell.text.trim());
  for (const p of sub) {
    const k = top.findIndex((t) => Math.abs(t.start - p.start) <= 1);
    if (k < 0) return null;
    texts[k] += p.cell.text.trim();
  }
  return texts;
}

/** a number's leading digit group ("1", "≥12") and a following group of three digits or more ("480公里",
 *  "5000条": a print cuts a number where the cell's width falls, not at a thousands mark) */
const LEAD_GROUP = /^[≥≤<>＜＞≧≦]?\d{1,3}$/u;
const NEXT_GROUP = /^\d{3,}(?![,，])/u;

/**
 * A row of a space-aligned (-layout) table whose value holds a number broken by one space ("1 480公里"):
 * the line reader splits on every space, so the two digit groups come as two cells. -layout keeps two
 * spaces or more between columns, so a digit group of 1–3 digits and a group of three digits after a
 * single space, both standing inside one header column, are one cell: they are joined again, keeping
 * the space (the value parser then sees a broken number and says so). Other rows are returned unchanged.
 */
export function glueLayoutNumbers(headerRow: Row | undefined, row: Row): Row {
  if (row.sep !== "space") return row;
  // most rows hold no short digit group: the header's pieces are not worked out for them
  if (!row.cells.some((c) => LEAD_GROUP.test(c.text.trim()))) return row;
  const head = alignedPieces(headerRow);
  if (!head) return row;
  const pieces = pieceStarts(row);
  if (!pieces || pieces.length < 2) return row;
  const starts = head.map((h) => h.start);
  const columnOf = (start: number) => {
    let k = -1;
    for (let j = 0; j < starts.length; j++) if (starts[j] <= start) k = j;
    return k;
  };
  const joined = new Map<Cell, Cell>();
  const dropped = new Set<Cell>();
  for (let k = 0; k + 1 < pieces.length; k++) {
    const a = pieces[k];
    const b = pieces[k + 1];
    const at = a.cell.text.trim();
    const bt = b.cell.text.trim();
    if (!LEAD_GROUP.test(at) || !NEXT_GROUP.test(bt)) continue;
    if (b.start !== a.start + a.width + 1) continue;
    const col = columnOf(a.start);
    if (col < 0 || columnOf(b.start) !== col) continue;
    // the joined text must end before the next column starts (with -layout's two spaces)
    if (col + 1 < starts.length && b.start + b.width > starts[col + 1] - 2) continue;
    joined.set(a.cell, cellWith(a.cell, `${at} ${bt}`));
    dropped.add(b.cell);
    k++;
  }
  if (joined.size === 0) return row;
  return rowWith(row, mapCells(row.cells.filter((c) => !dropped.has(c)), (c) => joined.get(c) ?? c));
}
