/**
 * Gate on the template fixtures (test/fixtures/templates, written by another hand before the header
 * engine): every form of the text and workbook versions found and ≥ 98% of their fields right. These
 * figures are TUNED — the engine was developed against these fixtures — not a held-out measurement.
 * The borderless PDFs are held only to "never silent": their CJK glyphs all decode to one character
 * (see the README's note), so no reader can get their text from the PDF's own encoding.
 */
import { describe, expect, it } from "vitest";
import { accuracy, evaluateTemplates } from "../../scripts/eval-templates.js";
import { textToGrid } from "../../src/read/text.js";
import { gridToDocument } from "../../src/parse.js";

describe("template fixtures", () => {
  it("finds every form and reads ≥ 98% of fields in text and workbook versions; no file is silent", async () => {
    const r = await evaluateTemplates();
    const fmt = (ext: string) => Object.entries(r.byFormat).find(([k]) => k.replace(/^\./, "") === ext)?.[1];
    for (const ext of ["txt", "xlsx"]) {
      const t = fmt(ext)!;
      expect(t.formsFound, ext).toBe(t.formsExpected);
      expect(t.formsExtra, ext).toBe(0);
      expect(accuracy(t), ext).toBeGreaterThanOrEqual(0.98);
    }
    expect(r.overall.silentFiles).toBe(0);
  }, 120_000);
});

describe("unseen shapes degrade gracefully", () => {
  const parse = (text: string) => gridToDocument(textToGrid("unseen.txt", text, "utf-8"));

  it("reads a form whose header has only 指标名称 / 指标值 / 权重, with its labels in 'label：value' cells", () => {
    const d = parse(
      [
        "某市某区2025年项目绩效目标",
        "项目名称：社区儿童之家运营\t主管部门：某区妇联",
        "序号\t指标类型\t指标名称\t指标值\t权重",
        "1\t数量指标\t运营儿童之家\t12个\t30",
        "2\t服务对象满意度指标\t家长满意度\t≥90%\t20",
      ].join("\n"),
    );
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect([f.project.name, f.project.department]).toEqual(["社区儿童之家运营", "某区妇联"]);
    // 指标类型 names no role, but its cells are level-2 labels: read as the level-2 column
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw, i.weight])).toEqual([
      ["数量指标", "运营儿童之家", "12个", 30],
      ["服务对象满意度指标", "家长满意度", "≥90%", 20],
    ]);
    // 序号 is no role of the engine: kept and reported
    expect(f.indicators[0].extra).toEqual({ 序号: "1" });
    expect(d.diagnostics.map((x) => x.code)).toContain("layout/unexplained-column");
  });

  it("answers with a diagnostic, not silence, for a table that is no indicator table", () => {
    const d = parse(["项目名称\t某项目", "序号\t工作内容\t完成时间", "1\t招标\t3月"].join("\n"));
    expect(d.forms).toHaveLength(0);
    expect(d.diagnostics.length).toBeGreaterThan(0);
    expect(d.diagnostics.map((x) => x.message).join("")).toMatch(/unseen\.txt|第 1 行/);
  });
});
