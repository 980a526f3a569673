/**
 * Grid → forms. Segments the grid into regions, picks a layout per region by header keywords,
 * parses it, and turns every failure into a diagnostic with its line: a region that looks like a
 * form is never dropped silently, and one bad form never stops the others.
 */
import type { Grid } from "../read/grid.js";
import { NO_FORMS, type Diagnostic, type Form } from "../model/types.js";
import { segment } from "./segment.js";
import { LAYOUTS, chooseLayout } from "./registry.js";
import { readRegion, chooseTemplate, titleText } from "../recognise/engine.js";
import { readHeaderFields } from "../recognise/fields.js";
import { dropPageFurniture } from "../repair/index.js";
import { isDepartmentForm } from "../recognise/subject.js";
import { LEVEL_POINTS } from "../recognise/header.js";
import { isSpaceAligned } from "../repair/layout.js";
import type { LayoutRecognizer, Region } from "./types.js";
import { documentDepartment, lineOf, regionText, yearFromTitle } from "./common/region.js";

const INDICATOR_HEADER = /一级指标|二级指标|三级指标/;
const FORM_HINTS = /主管部门|项目资金|绩效目标|预算数|实施单位|绩效指标/;

export interface Recognised {
  forms: Form[];
  diagnostics: Diagnostic[];
  year: number | null;
  department: string | null;
}

/** budget year and department from the document's first lines */
export function documentContext(grid: Grid): { year: number | null; department: string | null } {
  const head = grid.rows
    .slice(0, 40)
    .map((r) => r.text)
    .join("\n");
  // "预算年度：2024" (label and value often on different lines) before any year in the title
  const labelled = /(预算|决算|会计)年度[:：]?\s*(20\d{2})/.exec(head.replace(/\s+/g, ""));
  const year = labelled ? Number(labelled[2]) : yearFromTitle(head);
  return { year, department: documentDepartment(grid.rows) };
}

export function recognise(grid: Grid): Recognised {
  const diagnostics: Diagnostic[] = [];
  const forms: Form[] = [];
  const ctx = documentContext(grid);
  for (const raw of segment(grid)) {
    // page numbers and running page headers are dropped for every region, whoever reads it (repair stage)
    const all = grid.rows.slice(raw.start, raw.end);
    const rows = dropPageFurniture(all);
    const anchor = rows.indexOf(grid.rows[raw.anchor]);
    const region: Region = { grid, rows: anchor < 0 ? all : rows, start: raw.start, anchor: raw.anchor - raw.start, year: ctx.year };
    if (anchor >= 0) region.anchor = anchor;
    const anchorLine = lineOf(grid.rows[raw.anchor]);
    const text = regionText(region, 80);
    if (!INDICATOR_HEADER.test(text) && !chooseTemplate(region, rows)) {
      if (FORM_HINTS.test(text)) {
        diagnostics.push({
          code: "layout/no-indicator-table",
          severity: "warning",
          message: `第 ${anchorLine} 行起的表格像是绩效表（有项目名称），但找不到指标表（一级/二级/三级指标），未解析`,
          messageEn: `the table at line ${anchorLine} looks like a performance form (it has 项目名称) but has no indicator table; not parsed`,
          line: anchorLine,
          loc: { ...grid.rows[raw.anchor].loc },
        });
      }
      continue;
    }
    const titleYear = yearFromTitle(rows.slice(0, region.anchor + 1).map((r) => r.text).join(" "));
    if (titleYear) region.year = titleYear;
    const claimed = chooseLayout(LAYOUTS.map((l) => ({ layout: l, score: safeMatch(l, region) })));
    const layout = claimed && explainsHeader(claimed, region, rows) ? claimed : null;
    try {
      // a corpus layout claims the region, else the header engine reads it (src/recognise)
      const got = layout ? byLayoutOrEngine(layout, region, diagnostics) : readRegion(region, diagnostics);
      for (const form of got) {
        if (form.year == null) form.year = region.year ?? null;
        forms.push(form);
      }
    } catch (e) {
      const id = layout?.id ?? "generic";
      diagnostics.push({
        code: "layout/parse-failed",
        severity: "error",
        message: `第 ${anchorLine} 行起的表格（版式 ${id}）解析失败：${(e as Error).message}`,
        messageEn: `the form at line ${anchorLine} (layout ${id}) could not be parsed: ${(e as Error).message}`,
        line: anchorLine,
        loc: { ...grid.rows[raw.anchor].loc },
      });
    }
  }
  if (forms.length === 0) diagnostics.push(noFormDiagnostic(grid, diagnostics));
  return { forms, diagnostics: [...grid.diagnostics, ...diagnostics], year: ctx.year, department: ctx.department };
}

/**
 * A corpus layout claims a region by keywords; when what it reads has no subject or no indicator
 * (a label or a header it does not know: 项目支出名称, 专项名称, 预期指标值(A) …), the header engine
 * reads the region instead and its forms are kept if they hold more. The layout's diagnostics are
 * kept only when its form is.
 */
function byLayoutOrEngine(layout: LayoutRecognizer, region: Region, diagnostics: Diagnostic[]): Form[] {
  const mine: Diagnostic[] = [];
  const form = layout.parse(region, mine);
  if (form.project.name && form.indicators.length > 0) {
    diagnostics.push(...mine);
    return [form];
  }
  const theirs: Diagnostic[] = [];
  let engine: Form[] = [];
  try {
    engine = readRegion(region, theirs);
  } catch {
    engine = [];
  }
  const worth = (fs: Form[]) => fs.reduce((n, f) => n + f.indicators.length + (f.project.name ? 1 : 0), 0);
  if (engine.length > 0 && worth(engine) > worth([form])) {
    diagnostics.push(...theirs);
    return engine;
  }
  diagnostics.push(...mine);
  return [form];
}

/** does the layout read every column of the region's indicator header (as the header engine sees it)? */
function explainsHeader(layout: LayoutRecognizer, region: Region, rows: Region["rows"]): boolean {
  if (!layout.explains) return true;
  const choice = chooseTemplate(region, rows);
  if (!choice) return true;
  // a department-level form (部门整体…, 部门名称 without a project) is no project layout's
  if (isDepartmentForm(choice.tpl, titleText(region), readHeaderFields(choice.tpl, rows.slice(0, choice.header.first)).hits)) return false;
  // a space-aligned (-layout) table wraps its cells by position, which only the engine reads
  if (isSpaceAligned(rows[choice.header.first])) return false;
  const cols = choice.header.columns;
  if (cols.some((c) => !c.fused && (!c.role || !layout.explains!.includes(c.role)))) return false;
  // a level header stating points ("一级指标（80分）") is a scheme the corpus layouts never met
  if (cols.some((c) => (c.role === "level1" || c.role === "level2") && LEVEL_POINTS.test(c.header))) return false;
  const selfCols = cols.some((c) => c.role === "actual" || c.role === "score");
  if (selfCols !== (layout.kind === "self-assessment")) return false;
  // level labels the corpus layouts never met (成本指标 as a level 1, 经济成本指标, 实施效果指标,
  // "产出指标（50分）") are the engine's to read
  const level1 = new Set(Object.values(choice.tpl.level1));
  const level2 = new Set(Object.keys(choice.tpl.level2));
  for (const row of rows.slice(choice.header.index + 1, choice.header.index + 80)) {
    for (const cell of row.cells) {
      const t = cell.text.replace(/\s+/g, "");
      if (t.length > 16) continue;
      const bare = t.replace(/[（(][^）)]*分[)）]$/, "");
      if (bare !== t && /指标$/.test(bare)) return false;
      if (level2.has(bare) && !/^(产出指标|效益指标)$/.test(bare)) return false;
      if (level1.has(bare) && !/^(产出指标|效益指标|满意度指标|成本指标)$/.test(bare)) return false;
    }
  }
  return true;
}

function safeMatch(l: { match: (r: Region) => number }, r: Region): number {
  try {
    return l.match(r);
  } catch {
    return 0;
  }
}

/** A file in which no form was read gets one diagnostic naming the file and the reason. */
function noFormDiagnostic(grid: Grid, diagnostics: Diagnostic[]): Diagnostic {
  const all = grid.rows.map((r) => r.text).join("\n").replace(/[ \t\u3000]+/g, "");
  const reported = diagnostics.length > 0;
  const reason = reported
    ? "见上面的提示"
    : INDICATOR_HEADER.test(all)
      ? "有指标表表头，但表头上方没有“项目名称”“部门名称”等可识别的表头字段"
      : "既没有“项目名称”等表头字段，也没有指标表表头（一级/二级/三级指标）";
  const reasonEn = reported
    ? "see the messages above"
    : INDICATOR_HEADER.test(all)
      ? "it has an indicator header but no recognisable label (项目名称, 部门名称 …) above it"
      : "it has neither a form label such as 项目名称 nor an indicator header (一级/二级/三级指标)";
  return {
    code: NO_FORMS,
    severity: "warning",
    message: `${grid.source}：没有读出任何绩效表（${reason}）`,
    messageEn: `${grid.source}: no performance form was read (${reasonEn})`,
  };
}
