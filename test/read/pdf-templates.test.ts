/**
 * Gate on the borderless template PDFs (test/fixtures/templates/<id>/<id>.pdf, printed by
 * LibreOffice from a workbook with no borders, narrow columns and wrap text on): every form found
 * and ≥ 95% of fields right, the bar of the bordered versions. TUNED: the borderless reader
 * (src/read/pdf-borderless.ts) was developed against these files; the fourth PDF
 * (anhui-town-self-assessment) was made before that work and is the unseen check, not gated here.
 */
import { describe, expect, it } from "vitest";
import { accuracy, evaluateTemplates } from "../../scripts/eval-templates.js";

// hebei-county-market-target: the Hebei family's borderless PDF (rows crowding each other, pieces of
// lines, a label cut by a page break), tuned when the grid was brought to match its workbook's
const TUNED = ["hubei-school-target", "yunnan-culture-list-target", "guangdong-civil-dept-target", "hebei-county-market-target"];

describe("borderless template PDFs", () => {
  it("finds every form and reads ≥ 95% of fields of each", async () => {
    const r = await evaluateTemplates({ templates: TUNED });
    const pdfs = r.files.filter((f) => f.format.replace(/^\./, "") === "pdf");
    expect(pdfs.map((f) => f.template).sort()).toEqual([...TUNED].sort());
    for (const f of pdfs) {
      expect(f.formsFound, f.file).toBe(f.formsExpected);
      expect(f.formsExtra, f.file).toBe(0);
      expect(accuracy(f), f.file).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
