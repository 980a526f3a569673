/**
 * findings.xlsx for reviewers: sheet 问题清单 (pandera's failure_cases: one row per finding, to
 * filter and send back for 退回修改), sheet 汇总 (counts by severity, category, rule, department).
 * Frozen header, autofilter, set widths. Bytes are deterministic: fixed workbook dates and the ZIP
 * re-packed with fixed entry dates.
 */
import ExcelJS from "exceljs";
import type { ReportModel } from "./model.js";
import { CATEGORY_ZH, SEVERITIES, SEVERITY_ZH } from "./model.js";
import { relatedText } from "./tables.js";
import { FIXED_DATE, repackOoxml } from "./zip.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F3A5F" } };
const SEV_FILL: Record<string, string> = { error: "FFFDE2E1", warning: "FFFFF1CC", info: "FFE3F0FF" };

function styleHeader(ws: ExcelJS.Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true, color: { argb: "FFFFFFFF" } };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: "middle" };
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
}

export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kpi-audit";
  wb.lastModifiedBy = "kpi-audit";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties.fullCalcOnLoad = false;

  const ws = wb.addWorksheet("问题清单");
  ws.columns = [
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
  // errors first, then warnings, then info: the sheet reads as the list to send back; 编号 keeps the run's order
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const ordered = [...model.findings].sort((a, b) => rank[a.severity] - rank[b.severity] || a.id - b.id);
  for (const f of ordered) {
    const r = ws.addRow({
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
    });
    r.getCell("severity").fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEV_FILL[f.severity] ?? "FFFFFFFF" } };
    r.getCell("message").alignment = { wrapText: true, vertical: "top" };
    r.getCell("evidence").alignment = { wrapText: true, vertical: "top" };
  }
  styleHeader(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, model.findings.length + 1), column: ws.columns.length } };

  const sum = wb.addWorksheet("汇总");
  sum.columns = [
    { header: "分组", key: "group", width: 12 },
    { header: "项目", key: "key", width: 40 },
    { header: "表", key: "forms", width: 8 },
    { header: "有问题的表", key: "formsWith", width: 11 },
    { header: "指标", key: "indicators", width: 8 },
    { header: "问题", key: "findings", width: 8 },
    { header: "错误", key: "error", width: 8 },
    { header: "警告", key: "warning", width: 8 },
    { header: "提示", key: "info", width: 8 },
    { header: "总分=100 占比", key: "t100", width: 13 },
    { header: "满分指标占比", key: "full", width: 13 },
  ];
  const t = model.overview.totals;
  const pctCell = (x: number | null) => (x === null ? "" : x);
  const add = (group: string, key: string, v: Partial<Record<string, string | number>>) => sum.addRow({ group, key, ...v });
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
  for (const s of SEVERITIES) if (t.bySeverity[s]) add("级别", SEVERITY_ZH[s], { findings: t.bySeverity[s] });
  for (const [c, n] of Object.entries(t.byCategory)) add("类别", `${CATEGORY_ZH[c] ?? c}（${c}）`, { findings: n });
  const titles = new Map(model.meta.rules.map((r) => [r.id, r.title]));
  for (const [r, n] of Object.entries(t.byRule)) add("规则", `${titles.get(r) ?? r}（${r}）`, { findings: n });
  for (const [g, n] of Object.entries(t.grades)) add("自评等级", g, { forms: n });
  for (const r of model.overview.byDepartment) add("部门", r.key, counts(r));
  for (const r of model.overview.byDocument) add("文件", r.key, counts(r));
  sum.getColumn("t100").numFmt = "0.0%";
  sum.getColumn("full").numFmt = "0.0%";
  styleHeader(sum);
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: sum.rowCount, column: sum.columns.length } };

  const raw = await wb.xlsx.writeBuffer();
  return repackOoxml(new Uint8Array(raw as ArrayBuffer));
}
