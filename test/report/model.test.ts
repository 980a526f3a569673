import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { readFileSync } from "node:fs";
import { runFixtures, xssFixture, FIXTURES, XSS_PROJECT, XSS_VALUE } from "./helpers.js";
import { renderHtml, esc } from "../../src/report/html.js";
import { buildReportModel, departmentKey, ReportBuilder } from "../../src/report/model.js";
import type { KpiDocument } from "../../src/model/types.js";
import type { CheckResult } from "../../src/engine/types.js";

function buildReportModelReleasing(docs: KpiDocument[], result: CheckResult) {
  const b = new ReportBuilder();
  for (const d of docs) b.addDocument(d);
  return b.finish(result, [], { release: true });
}

describe("report model", () => {
  it("places every finding once: on its indicator row, in 表级问题, or at document level", async () => {
    const { result, model } = await runFixtures();
    expect(result.findings.length).toBeGreaterThan(0);
    expect(model.findings).toHaveLength(result.findings.length);
    let placed = model.orphanFindings.length;
    for (const d of model.documents) {
      placed += d.findings.length;
      for (const f of d.forms) {
        placed += f.formFindings.length;
        for (const r of f.rows) {
          placed += r.findings.length;
          for (const x of r.findings) {
            expect(x.indicator).toBe(r.name);
            expect(x.indicatorId).toBe(r.id);
            expect(x.formId).toBe(f.id);
          }
        }
        expect(f.findings).toBe(f.formFindings.length + f.rows.reduce((n, r) => n + r.findings.length, 0));
      }
    }
    expect(placed).toBe(result.findings.length);
    // findings that name an indicator land on a row
    expect(model.findings.filter((f) => f.indicator && !f.indicatorId)).toEqual([]);
  });

  it("a model built with release gives up the result's findings and is the same model", async () => {
    const { docs, result } = await runFixtures();
    const n = result.findings.length;
    expect(n).toBeGreaterThan(0);
    const plain = buildReportModel(docs, result);
    const handed = { ...result, findings: [...result.findings] };
    const released = buildReportModelReleasing(docs, handed);
    expect(handed.findings).toHaveLength(n);
    expect(handed.findings.every((f) => f === undefined)).toBe(true);
    expect(released.findings).toHaveLength(n);
    expect(JSON.stringify(released)).toBe(JSON.stringify(plain));
  });

  it("overview agrees with the check summary and counts self-score inflation signs", async () => {
    const { result, model } = await runFixtures();
    const t = model.overview.totals;
    expect(t.forms).toBe(result.summary.forms);
    expect(t.indicators).toBe(result.summary.indicators);
    expect(t.findings).toBe(result.summary.findings);
    expect(t.bySeverity).toEqual(result.summary.bySeverity);
    expect(t.byCategory).toEqual(result.summary.byCategory);
    expect(t.formsWithFindings).toBe(result.summary.formsWithFindings);
    expect(t.selfAssessments).toBeGreaterThan(0);
    expect(t.withTotal).toBeGreaterThan(0);
    expect(t.total100Share).toBeCloseTo(t.total100 / t.withTotal, 4);
    expect(t.fullMarkIndicators).toBeLessThanOrEqual(t.scoredIndicators);
    const sumForms = model.overview.byDepartment.reduce((n, r) => n + r.forms, 0);
    expect(sumForms).toBe(t.forms);
    expect(model.overview.byDocument.map((r) => r.key)).toEqual([...FIXTURES].sort());
  });

  it("flags the cell a finding points at", async () => {
    const { model } = await runFixtures();
    const rows = model.documents.flatMap((d) => d.forms.flatMap((f) => f.rows));
    const flagged = rows.filter((r) => Object.keys(r.flagged).length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) for (const col of Object.keys(r.flagged)) expect(r.findings.some((f) => f.field === col || (f.also as string[]).includes(col))).toBe(true);
  });

  it("one defect in the 实施期 and 年度 columns is one finding naming both columns, and both cells are flagged", async () => {
    const doc = await parseFile("test/fixtures/diff/new/示例县教育科技局-绩效目标表.txt");
    const model = buildReportModel([doc], await checkDocuments([doc]));
    const rows = model.documents[0].forms.flatMap((f) => f.rows);
    const row = rows.find((r) => r.name === "参训教师满意度")!;
    const rate = row.findings.filter((f) => f.ruleId === "rate-over-100");
    expect(rate).toHaveLength(1);
    expect(rate[0].field).toBe("target");
    expect(rate[0].also).toEqual(["annualTarget"]);
    expect(rate[0].column).toBe("实施期指标值、年度指标值");
    expect(row.flagged.target).toBe("error");
    expect(row.flagged.annualTarget).toBe("error");
  });

  it("is deterministic", async () => {
    const a = await runFixtures();
    const b = await runFixtures();
    expect(JSON.stringify(b.model)).toBe(JSON.stringify(a.model));
    expect(renderHtml(b.model)).toBe(renderHtml(a.model));
  });

  it("department keys drop codes", () => {
    expect(departmentKey("027-兴县公安局")).toBe("兴县公安局");
    expect(departmentKey("平罗县公安局 019001")).toBe("平罗县公安局");
    expect(departmentKey(null, "汾阳市公安局")).toBe("汾阳市公安局");
    expect(departmentKey(null)).toBe("（未识别部门）");
  });
});

describe("report.html", () => {
  it("shows document text containing HTML as text, never as markup", async () => {
    const file = xssFixture();
    const { model } = await runFixtures([file]);
    expect(model.documents[0].forms[0].project).toBe(XSS_PROJECT);
    const html = renderHtml(model);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain(esc(XSS_PROJECT));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain(XSS_VALUE);
    // exactly one script element: ours
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("is self-contained: no external resources, a CSP, Chinese UI with the filters", async () => {
    const { model } = await runFixtures();
    const html = renderHtml(model);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('lang="zh-CN"');
    for (const id of ["f-cat", "f-sev", "f-rule", "f-dept", "f-q"]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain("表级问题");
    expect(readFileSync("src/report/html.ts", "utf8")).not.toMatch(/innerHTML/);
  });
});
