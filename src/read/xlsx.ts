/**
 * Excel (.xlsx) reader (exceljs). Every worksheet in workbook order; every sheet row → a Row
 * (blank sheet rows kept as blank rows so a form's blank lines survive; one blank row between
 * sheets). Merged ranges are expanded: the anchor keeps its text, the covered positions repeat it
 * with `merged: true`. Formulas give their cached result; numbers and dates are rendered the way
 * the spreadsheet shows them (number format). Loc: sheet, cell ("C12"), row, col, line.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "./grid.js";
import { ReadError } from "./errors.js";
import { GridBuilder, columnName, type CellIn } from "./geometry/builder.js";
import { formatDate, formatGeneral, formatNumber, isDateFormat } from "./geometry/numfmt.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { checkZip } from "./zip.js";

type AnyValue = ExcelJS.CellValue | undefined;

/** the text a spreadsheet shows for a value with the given number format */
export function displayValue(value: AnyValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (isDateFormat(numFmt)) return formatDate(excelSerialToDate(value), numFmt);
    return formatNumber(value, numFmt);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value, numFmt);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = v.result as AnyValue;
      if (r !== null && typeof r === "object" && "error" in (r as object)) return String((r as { error: string }).error);
      return displayValue(r, numFmt);
    }
    if ("error" in v) return String(v.error);
    if ("text" in v) return displayValue(v.text as AnyValue, numFmt);
  }
  return String(value);
}

/**
 * exceljs, loaded when the first workbook is read: loading it costs about a third of a CPU second
 * per process and worker, which a run over text and PDF files does not need.
 */
let excelModule: Promise<typeof ExcelJS> | undefined;
function excel(): Promise<typeof ExcelJS> {
  return (excelModule ??= import("exceljs").then((m) => m.default));
}

function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400 * 1000));
}

/** blank sheet rows kept between two rows at most (a break is a break; a million empty rows are not kept) */
const MAX_BLANK_RUN = 200;

export async function readXlsx(source: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<Grid> {
  await checkZip(bytes, limits, "Excel ");
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ReadError(
      "read/corrupt",
      `Excel 文件已损坏或不是有效的 .xlsx（${shortReason(e)}）`,
      `the Excel file is damaged or not a valid .xlsx (${shortReason(e)})`,
    );
  }
  const g = new GridBuilder(limits.maxCells);
  let sheets = 0;
  wb.eachSheet((ws) => {
    if (ws.state === "veryHidden") return;
    sheets++;
    g.blank();
    const sheet = ws.name;
    /** formula cells with no cached result: read as empty, and said so */
    const noValue: string[] = [];
    let prev = 0;
    // only the rows the sheet holds, never 1..rowCount: a sheet's dimensions are a claim
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      for (let gap = Math.min(r - prev - 1, MAX_BLANK_RUN); gap > 0; gap--) g.add([], { sheet });
      prev = r;
      const lastCol = row.cellCount;
      const cells: CellIn[] = [];
      for (let c = 1; c <= lastCol; c++) {
        const cell = row.getCell(c);
        const address = `${columnName(c)}${r}`;
        const loc = { sheet, cell: address, row: r, col: c };
        const isCopy = cell.isMerged && cell.master && cell.master.address !== cell.address;
        const src = isCopy ? cell.master : cell;
        let text = "";
        try {
          text = displayValue(src.value, src.numFmt);
        } catch {
          text = src.text ?? "";
        }
        if (!isCopy && text === "" && isUncachedFormula(src.value)) noValue.push(address);
        cells.push(isCopy && text !== "" ? { text, loc, merged: true } : { text, loc });
      }
      g.add(cells, { sheet, row: r, cell: `A${r}` });
    });
    if (noValue.length) {
      const list = noValue.slice(0, 8).join("、") + (noValue.length > 8 ? ` 等` : "");
      g.diagnostics.push({
        code: "read/formula-no-value",
        severity: "warning",
        message: `工作表“${sheet}”中有 ${noValue.length} 个公式单元格没有保存计算结果（${list}），按空白读取，可能造成“未填写”的误报或指标行错位；请在 Excel/WPS 中打开、重新计算并保存后再检查`,
        messageEn: `sheet "${sheet}": ${noValue.length} formula cells have no cached result (${noValue.slice(0, 8).join(", ")}${noValue.length > 8 ? " …" : ""}); read as empty — open, recalculate and save the workbook in Excel/WPS, then check again`,
        loc: { sheet, cell: noValue[0] },
      });
    }
  });
  if (sheets === 0) {
    throw new ReadError("read/empty", "Excel 文件中没有工作表", "the workbook has no worksheets");
  }
  const grid = g.build(source, "xlsx");
  if (grid.rows.every((r) => r.cells.length === 0)) {
    throw new ReadError("read/empty", "Excel 文件中所有工作表都是空的", "every worksheet in the workbook is empty");
  }
  return grid;
}

/** a formula (or shared formula) whose cached result the file does not hold */
function isUncachedFormula(value: AnyValue): boolean {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  const v = value as unknown as Record<string, unknown>;
  return ("formula" in v || "sharedFormula" in v) && (v.result === undefined || v.result === null);
}

export function shortReason(e: unknown): string {
  const m = (e as Error)?.message ?? String(e);
  return m.split("\n")[0].slice(0, 120);
}

export { formatGeneral };
