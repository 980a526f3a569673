import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseCsv, runFixtures } from "./helpers.js";
import { csvField, flatten, renderDataDictionary, FORM_COLUMNS, INDICATOR_COLUMNS, FINDING_COLUMNS } from "../../src/report/tables.js";
import { renderXlsx } from "../../src/report/xlsx.js";
import { StatsBuilder, statsToCsv, statsToText } from "../../src/report/stats.js";

describe("flat tables", () => {
  it("CSV and JSONL carry the same rows, columns as in the dictionary, RFC 4180 quoting", async () => {
    const { model, result } = await runFixtures();
    const flat = flatten(model);
    const checks: [string, { name: string }[], number][] = [
      ["forms", FORM_COLUMNS, model.overview.totals.forms],
      ["indicators", INDICATOR_COLUMNS, model.overview.totals.indicators],
      ["findings", FINDING_COLUMNS, result.findings.length],
    ];
    for (const [name, cols, n] of checks) {
      const csv = parseCsv(flat[`${name}.csv` as "forms.csv"]);
      expect(csv[0]).toEqual(cols.map((c) => c.name));
      expect(csv).toHaveLength(n + 1);
      for (const r of csv) expect(r).toHaveLength(cols.length);
      const jsonl = flat[`${name}.jsonl` as "forms.jsonl"].trimEnd().split("\n").map((l) => JSON.parse(l));
      expect(jsonl).toHaveLength(n);
      expect(Object.keys(jsonl[0])).toEqual(cols.map((c) => c.name));
      // same values in both (CSV as text, null as empty)
      // (a text cell a spreadsheet would execute carries the apostrophe of docs/data-dictionary.md)
      jsonl.forEach((o, i) => expect(csv[i + 1]).toEqual(cols.map((c) => (o[c.name] === null ? "" : typeof o[c.name] === "string" && /^[=+\-@\t\r]/.test(o[c.name] as string) ? `'${o[c.name]}` : String(o[c.name])))));
    }
    const findings = parseCsv(flat["findings.csv"]);
    expect(findings[1][FINDING_COLUMNS.findIndex((c) => c.name === "message")]).toBe(result.findings[0].messageZh);
  });

  it("quotes only what needs quoting", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("x\ny")).toBe('"x\ny"');
    // a cell a spreadsheet would run as a formula is neutralised (OWASP CSV injection; issue 10)
    expect(csvField("=个")).toBe("'=个");
    expect(csvField(null)).toBe("");
    expect(csvField(false)).toBe("false");
  });

  it("docs/data-dictionary.md is the generated dictionary and names every column", () => {
    const doc = readFileSync("docs/data-dictionary.md", "utf8");
    expect(doc).toBe(renderDataDictionary());
    for (const c of [...FORM_COLUMNS, ...INDICATOR_COLUMNS, ...FINDING_COLUMNS]) expect(doc).toContain(`| \`${c.name}\` |`);
  });
});

describe("findings.xlsx", () => {
  it("one row per finding plus a summary sheet, frozen header, autofilter; same bytes twice", async () => {
    const { model } = await runFixtures();
    const a = await renderXlsx(model);
    const b = await renderXlsx(model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(a) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["问题清单", "汇总"]);
    const ws = wb.getWorksheet("问题清单")!;
    expect(ws.rowCount).toBe(model.findings.length + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["文件", "部门", "项目", "三级指标", "规则", "类别", "级别", "原文", "说明", "位置"]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // rows are sorted errors first (then warnings, then info), in the run's order within a severity
    const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
    const f0 = [...model.findings].sort((x, y) => rank[x.severity] - rank[y.severity] || x.id - y.id)[0];
    const row2 = (ws.getRow(2).values as unknown[]).slice(1);
    expect(row2).toContain(f0.message);
    expect(row2).toContain(f0.evidence);
    const sum = wb.getWorksheet("汇总")!;
    expect(sum.getRow(2).getCell(2).value).toBe("全部");
    expect(sum.getRow(2).getCell(6).value).toBe(model.findings.length);
  });
});

describe("stats", () => {
  it("counts forms, indicators, quantitative share and rates from the same stream", async () => {
    const { docs, result, model } = await runFixtures();
    const b = new StatsBuilder();
    for (const d of docs) b.addDocument(d);
    const s = b.finish(result);
    expect(s.totals.forms).toBe(model.overview.totals.forms);
    expect(s.totals.indicators).toBe(model.overview.totals.indicators);
    expect(s.byLayout.reduce((n, g) => n + g.forms, 0)).toBe(s.totals.forms);
    expect(s.byKind.reduce((n, g) => n + g.indicators, 0)).toBe(s.totals.indicators);
    expect(s.byLevel2.reduce((n, g) => n + g.indicators, 0)).toBe(s.totals.indicators);
    expect(Object.values(s.targetKinds).reduce((a, b) => a + b, 0)).toBe(s.totals.indicators);
    expect(s.rates.map((r) => r.category).slice(0, 3)).toEqual(["placeholder", "truncation", "boilerplate"]);
    expect(s.scores.withTotal).toBeGreaterThan(0);
    expect(Object.values(s.scores.totalBands).reduce((a, b) => a + b, 0)).toBe(s.scores.withTotal);
    expect(s.byDepartment.reduce((n, d) => n + d.forms, 0)).toBe(s.totals.forms);
    const csv = statsToCsv(s);
    expect(csv.startsWith("\uFEFFtable,key,metric,value\r\n")).toBe(true);
    expect(csv).toContain("totals,all,forms," + s.totals.forms);
    expect(statsToText(s)).toContain("【按部门】");
  });
});
