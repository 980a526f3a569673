/**
 * findings.xlsx for reviewers: sheet 问题清单 (pandera's failure_cases: one row per finding, to
 * filter and send back for 退回修改), sheet 汇总 (counts by severity, category, rule, department).
 * Frozen header, autofilter, set widths.
 *
 * Written as it goes (decision 50): the sheets are SpreadsheetML streamed row by row into a ZIP
 * written as it goes (`ZipStreamWriter`), strings inline in their cells, so a run of any size is
 * written with about one batch in memory (exceljs built the whole workbook and ran out of heap at
 * 50,000 forms). The content — sheets, cells, styles, widths, panes, filters — is what the exceljs
 * workbook had (a test reads it back with exceljs). Bytes are deterministic: fixed dates, fixed
 * entry order, no timestamps.
 */
import { createRequire } from "node:module";
import type { FindingView, ReportData } from "./model.js";
import { CATEGORY_ZH, SEVERITIES, SEVERITY_ZH } from "./model.js";
import { relatedText } from "./tables.js";
import { FIXED_DATE } from "./zip.js";
import { ZipStreamWriter, type ByteSink } from "./ooxml-zip.js";
import { TextScratch } from "./spill.js";

const THEME = createRequire(import.meta.url)("exceljs/lib/xlsx/xml/theme1.js") as string;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** the cell formats (cellXfs) the sheets use, by index */
const S = { header: 1, error: 2, wrap: 3, warning: 4, info: 5, pct: 6, headerPct: 7 } as const;
const SEV_STYLE: Record<string, number> = { error: S.error, warning: S.warning, info: S.info };
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><color rgb="FFFFFFFF"/></font></fonts>' +
  '<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  ["FF1F3A5F", "FFFDE2E1", "FFFFF1CC", "FFE3F0FF"].map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/></patternFill></fill>`).join("") +
  "</fills>" +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="4" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="5" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center"/></xf>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

type CellValue = string | number | undefined;
interface Col {
  header: string;
  key: string;
  width: number;
  /** the column's own format (a cell without a value still carries it) */
  style?: number;
}

/** "A", "B", … "Z", "AA", … */
function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// what exceljs drops from text (XML 1.0 forbids these controls) and what it escapes
// eslint-disable-next-line no-control-regex
const XML_TEXT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F"&'<>]/g;
const ENT: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
function esc(s: string): string {
  return s.replace(XML_TEXT, (c) => ENT[c] ?? "");
}

function cell(ref: string, v: CellValue, style: number | undefined): string {
  const s = style ? ` s="${style}"` : "";
  if (v === undefined) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  // an empty text is the one shared string (an empty inline string would read back as no value)
  if (v === "") return `<c r="${ref}"${s} t="s"><v>0</v></c>`;
  const space = /^\s|\n|\s$/.test(v) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${esc(v)}</t></is></c>`;
}

interface Row {
  values: Record<string, CellValue>;
  styles?: Record<string, number>;
}

interface SheetSpec {
  name: string;
  cols: Col[];
  /** data rows (the header is row 1), each a value per column key and optional cell styles */
  rows: () => Iterable<Row>;
  /** instead of `rows`: the data rows' XML, given how a row is written at its number */
  rowsXml?: (render: (r: number, row: Row) => string) => Iterable<string | Uint8Array>;
  rowCount: number;
  autoFilter: boolean;
}

function* sheetXml(spec: SheetSpec): Generator<string | Uint8Array> {
  const last = colName(spec.cols.length - 1);
  const lastRow = spec.rowCount + 1;
  yield `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
  yield `<dimension ref="A1:${last}${lastRow}"/>`;
  yield '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/><cols>';
  // adjacent columns of one width and format share a <col> element
  for (let i = 0; i < spec.cols.length; ) {
    const c = spec.cols[i];
    let j = i;
    while (j + 1 < spec.cols.length && spec.cols[j + 1].width === c.width && spec.cols[j + 1].style === c.style) j++;
    yield `<col min="${i + 1}" max="${j + 1}" width="${c.width}"${c.style ? ` style="${c.style}"` : ""} customWidth="1"/>`;
    i = j + 1;
  }
  yield '</cols><sheetData><row r="1" s="1" customFormat="1">';
  yield spec.cols.map((c, i) => cell(`${colName(i)}1`, c.header, c.style === S.pct ? S.headerPct : S.header)).join("") + "</row>";
  const names = spec.cols.map((_, i) => colName(i));
  const render = (r: number, row: Row) => {
    let xml = `<row r="${r}">`;
    spec.cols.forEach((c, i) => (xml += cell(`${names[i]}${r}`, row.values[c.key], row.styles?.[c.key] ?? c.style)));
    return xml + "</row>";
  };
  if (spec.rowsXml) yield* spec.rowsXml(render);
  else {
    let r = 1;
    for (const row of spec.rows()) yield render(++r, row);
  }
  yield "</sheetData>";
  if (spec.autoFilter) yield `<autoFilter ref="A1:${last}${lastRow}"/>`;
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

const FINDING_COLS: Col[] = [
  { header: "序号", key: "id", width: 7 },
  { header: "文件", key: "source", width: 28 },
  { header: "部门", key: "department", width: 16 },
  { header: "项目", key: "project", width: 32 },
  { header: "表", key: "kind", width: 11 },
  { header: "一级指标", key: "level1", width: 11 },
  { header: "二级指标", key: "level2", width: 13 },
  { header: "三级指标", key: "indicator", width: 24 },
  { header: "规则", key: "rule", width: 22 },
  { header: "规则标题", key: "ruleTitle", width: 24 },
  { header: "类别", key: "category", width: 16 },
  { header: "级别", key: "severity", width: 7 },
  { header: "原文", key: "evidence", width: 28 },
  { header: "说明", key: "message", width: 60 },
  { header: "期望", key: "expected", width: 24 },
  { header: "位置", key: "location", width: 14 },
  { header: "行", key: "line", width: 7 },
  { header: "页", key: "page", width: 6 },
  { header: "工作表!单元格", key: "cell", width: 16 },
  { header: "相关", key: "related", width: 30 },
];

function findingValues(f: FindingView): Record<string, CellValue> {
  return {
    id: f.id,
    source: f.source,
    department: f.department,
    project: f.project ?? "",
    kind: f.kind === "target" ? "目标表" : f.kind === "self-assessment" ? "自评表" : "",
    level1: f.level1 ?? "",
    level2: f.level2 ?? "",
    indicator: f.indicator ?? "",
    rule: f.ruleId,
    ruleTitle: f.ruleTitle,
    category: f.categoryZh,
    severity: f.severityZh,
    evidence: f.evidence,
    message: f.message,
    expected: f.expected ?? "",
    location: f.location,
    line: f.line ?? "",
    page: f.page ?? "",
    cell: f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "",
    related: relatedText(f) ?? "",
  };
}

function findingsSheet(model: ReportData): SheetSpec {
  // errors first, then warnings, then info: the sheet reads as the list to send back; 编号 keeps the run's order
  return {
    name: "问题清单",
    cols: FINDING_COLS,
    rowCount: model.findings.length,
    autoFilter: true,
    *rows() {
      // the findings are in id order: one pass per severity is the sort by (severity, id), with no
      // copy of the list
      for (const sev of SEVERITIES) for (const f of model.findings) if (f.severity === sev) yield findingRow(f);
    },
    // a large run's findings are read back from its spill folder: once, not once per severity
    rowsXml: model.spill ? (render) => findingRowsOnePass(model, render) : undefined,
  };
}

const findingRow = (f: FindingView): Row => ({ values: findingValues(f), styles: { severity: SEV_STYLE[f.severity], message: S.wrap, evidence: S.wrap } });

/**
 * The findings sheet's rows, errors first, in one pass over the findings (decision 111): each
 * severity's rows start where the counts of the severities before it end, so an error's row is
 * written as it is read and a warning's or info's to a scratch file of the spill folder, appended
 * after the errors.
 */
function* findingRowsOnePass(model: ReportData, render: (r: number, row: Row) => string): Generator<string | Uint8Array> {
  const counts = model.overview.totals.bySeverity;
  const next: Record<string, number> = {};
  let start = 1;
  for (const sev of SEVERITIES) {
    next[sev] = start;
    start += counts[sev] ?? 0;
  }
  const scratch = new Map(SEVERITIES.slice(1).map((sev) => [sev, new TextScratch(model.spill!.file(`findings-${sev}.xml`))]));
  try {
    for (const f of model.findings) {
      if (next[f.severity] === undefined) continue;
      const xml = render(++next[f.severity], findingRow(f));
      const out = scratch.get(f.severity);
      if (out) out.write(xml);
      else yield xml;
    }
    let end = 1;
    for (const sev of SEVERITIES) {
      end += counts[sev] ?? 0;
      if (next[sev] !== end) throw new Error(`findings.xlsx: ${sev} findings counted ${counts[sev] ?? 0} in the overview, but the list has another number`);
    }
    for (const out of scratch.values()) yield* out.read();
  } finally {
    for (const out of scratch.values()) out.discard();
  }
}

// files that gave nothing to check: their own sheet, right after the findings (and counted on the
// summary), so that an unreadable submission is never mistaken for a clean one
function failedSheet(model: ReportData): SheetSpec {
  return {
    name: "未能读取的文件",
    cols: [
      { header: "文件", key: "source", width: 40 },
      { header: "情况", key: "status", width: 16 },
      { header: "原因", key: "reason", width: 80 },
      { header: "代码", key: "code", width: 24 },
    ],
    rowCount: model.failedFiles.length,
    autoFilter: false,
    *rows() {
      for (const f of model.failedFiles) yield { values: { source: f.source, status: f.status === "unreadable" ? "未能读取" : "未识别出绩效表", reason: f.reason, code: f.code }, styles: { reason: S.wrap } };
    },
  };
}

function summarySheet(model: ReportData): SheetSpec {
  const t = model.overview.totals;
  const pctCell = (x: number | null) => (x === null ? "" : x);
  const rows: Record<string, CellValue>[] = [];
  const add = (group: string, key: string, v: Record<string, CellValue>) => rows.push({ group, key, ...v });
  const counts = (r: Pick<typeof t, "forms" | "formsWithFindings" | "indicators" | "findings" | "bySeverity" | "total100Share" | "fullMarkShare">) => ({
    forms: r.forms,
    formsWith: r.formsWithFindings,
    indicators: r.indicators,
    findings: r.findings,
    error: r.bySeverity.error ?? 0,
    warning: r.bySeverity.warning ?? 0,
    info: r.bySeverity.info ?? 0,
    t100: pctCell(r.total100Share),
    full: pctCell(r.fullMarkShare),
  });
  add("合计", "全部", counts(t));
  const unreadable = model.failedFiles.filter((f) => f.status === "unreadable").length;
  if (unreadable) add("未能读取", `未能读取的文件 ${unreadable} 个，未检查（见“未能读取的文件”工作表）`, {});
  const formless = model.failedFiles.length - unreadable;
  if (formless) add("未能读取", `未识别出绩效表的文件 ${formless} 个（见“未能读取的文件”工作表）`, {});
  for (const s of SEVERITIES) if (t.bySeverity[s]) add("级别", SEVERITY_ZH[s], { findings: t.bySeverity[s] });
  for (const [c, n] of Object.entries(t.byCategory)) add("类别", `${CATEGORY_ZH[c] ?? c}（${c}）`, { findings: n });
  const titles = new Map(model.meta.rules.map((r) => [r.id, r.title]));
  for (const [r, n] of Object.entries(t.byRule)) add("规则", `${titles.get(r) ?? r}（${r}）`, { findings: n });
  for (const [g, n] of Object.entries(t.grades)) add("自评等级", g, { forms: n });
  // the department and document rows are one per department and per file: made as written
  const all = function* () {
    yield* rows;
    for (const r of model.overview.byDepartment) yield { group: "部门", key: r.key, ...counts(r) };
    for (const r of model.overview.byDocument) yield { group: "文件", key: r.key, ...counts(r) };
  };
  return {
    name: "汇总",
    cols: [
      { header: "分组", key: "group", width: 12 },
      { header: "项目", key: "key", width: 40 },
      { header: "表", key: "forms", width: 8 },
      { header: "有问题的表", key: "formsWith", width: 11 },
      { header: "指标", key: "indicators", width: 8 },
      { header: "问题", key: "findings", width: 8 },
      { header: "错误", key: "error", width: 8 },
      { header: "警告", key: "warning", width: 8 },
      { header: "提示", key: "info", width: 8 },
      { header: "总分=100 占比", key: "t100", width: 13, style: S.pct },
      { header: "满分指标占比", key: "full", width: 13, style: S.pct },
    ],
    rowCount: rows.length + model.overview.byDepartment.length + model.overview.byDocument.length,
    autoFilter: true,
    *rows() {
      for (const values of all()) yield { values };
    },
  };
}

function* text(s: string): Generator<string> {
  yield s;
}

/** the workbook, written to a sink as it is made */
export async function writeXlsx(model: ReportData, sink: ByteSink): Promise<void> {
  const sheets = [findingsSheet(model), ...(model.failedFiles.length ? [failedSheet(model)] : []), summarySheet(model)];
  const zip = new ZipStreamWriter(sink);
  const sheetPath = (i: number) => `worksheets/sheet${i + 1}.xml`;
  const ct = "application/vnd.openxmlformats-officedocument";
  await zip.add(
    "[Content_Types].xml",
    text(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/${sheetPath(i)}" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`).join("") +
        `<Override PartName="/xl/theme/theme1.xml" ContentType="${ct}.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`,
    ),
  );
  await zip.add(
    "_rels/.rels",
    text(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${NS_PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ),
  );
  await zip.add(
    "docProps/app.xml",
    text(
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
        `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
        `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${esc(s.name)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
        `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    ),
  );
  const date = FIXED_DATE.toISOString().replace(/\.\d+Z$/, "Z");
  await zip.add(
    "docProps/core.xml",
    text(
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>kpi-audit</dc:creator><cp:lastModifiedBy>kpi-audit</cp:lastModifiedBy>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`,
    ),
  );
  await zip.add(
    "xl/_rels/workbook.xml.rels",
    text(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${NS_REL}/theme" Target="theme/theme1.xml"/>` +
        `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 4}" Type="${NS_REL}/worksheet" Target="${sheetPath(i)}"/>`).join("") +
        "</Relationships>",
    ),
  );
  await zip.add("xl/sharedStrings.xml", text(`${XML_HEAD}<sst xmlns="${NS_MAIN}" uniqueCount="1"><si><t></t></si></sst>`));
  await zip.add("xl/styles.xml", text(STYLES));
  await zip.add("xl/theme/theme1.xml", text(THEME));
  await zip.add(
    "xl/workbook.xml",
    text(
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 4}"/>`).join("") +
        '</sheets><calcPr calcId="171027"/></workbook>',
    ),
  );
  for (const [i, s] of sheets.entries()) await zip.add(`xl/${sheetPath(i)}`, sheetXml(s));
  await zip.finish();
}

/** the workbook's bytes (small runs and tests; `report` streams it to its file) */
export async function renderXlsx(model: ReportData): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await writeXlsx(model, async (b) => void parts.push(b));
  return Buffer.concat(parts);
}
