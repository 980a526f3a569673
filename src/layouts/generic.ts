/**
 * Fallback for forms of layouts we have not seen: header fields by label, the indicator table by
 * header recognition and tolerant alignment. Kind from the header (实际完成值/得分 → self-assessment).
 */
import type { LayoutRecognizer } from "./types.js";
import { headerFields } from "./common/header.js";
import { findHeader, parseIndicatorTable } from "./common/table.js";
import { applyProjectFields, emptyForm } from "./common/form.js";
import { isBlankRow } from "../read/grid.js";
import { parseTotal } from "./self-assessment/blocks.js";

export const genericForm: LayoutRecognizer = {
  id: "generic",
  kind: "target",
  description: "未知版式的通用解析：按表头标签取项目信息，按指标表表头对齐各列",
  match() {
    return 0.1;
  },
  parse(region, diagnostics) {
    const header = findHeader(region.rows, region.anchor);
    const isSelf = !!header && header.columns.some((c) => c.role === "actual" || c.role === "score");
    const form = emptyForm(region, isSelf ? "self-assessment" : "target", "generic");
    applyProjectFields(form, headerFields(region.rows.slice(region.anchor, header ? header.index : undefined)));
    if (!header) {
      form.parse.warnings.push("找不到指标表表头");
      return form;
    }
    const t = parseIndicatorTable(region.rows, header);
    form.indicators = t.indicators;
    // the 总分 row after the table, as self-assessments write it ("总分 … 90 88 [优]")
    const total = parseTotal(region.rows, t.endIndex, region.rows.length);
    if (total && total.total !== null) {
      form.total = total.total;
      form.totalRaw = total.totalRaw;
      if (total.totalWeight !== null) form.totalWeight = total.totalWeight;
      form.grade = total.grade;
      form.fields.total = { text: total.totalRaw ?? "", loc: total.loc };
    }
    const tableRows = region.rows.slice(header.index + 1, t.endIndex).filter((r) => !isBlankRow(r)).length;
    form.parse = { confidence: tableRows ? Math.min(1, t.indicators.length / tableRows) : 0, rows: t.indicators.length, rowsMerged: t.rowsMerged, warnings: t.warnings };
    diagnostics.push({
      code: "layout/generic",
      severity: "info",
      message: `第 ${form.line} 行起的表格不属于已知版式，已按通用规则解析（可信度 ${form.parse.confidence.toFixed(2)}）`,
      messageEn: `the form at line ${form.line} matches no known layout; parsed generically (confidence ${form.parse.confidence.toFixed(2)})`,
      line: form.line,
      loc: form.loc,
    });
    return form;
  },
};
