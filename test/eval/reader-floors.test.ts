/**
 * No-regression floors for the reader on the held-out sets that carry hand-written field
 * expectations (fields/*.expected.json, written blind from the documents). Like the check floors in
 * quality.test.ts these are not targets: each floor is the set's figure at the end of the round that
 * last changed it, less a small margin, so that a later change cannot lose forms or fields on
 * unseen templates unnoticed. Set 3 and set 5 were never read by the developers; set 4 is
 * development data since its first run (see its README).
 */
import { describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { accuracy, evaluateTemplates } from "../../scripts/eval-templates.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

for (const [set, minFields, formsMissing] of [
  // first run 70.7%, 88.5% and 95.6% at the ends of the following rounds
  ["heldout-checklist-3", 0.94, 0],
  // first run 65.7% (853a136); 98.8% after being used as development data (tuned)
  ["heldout-checklist-4", 0.97, 0],
  // first run 82.1% and 39/40 forms (f582b1f); 97.4% and 40/40 at the end of that round
  ["heldout-checklist-5", 0.96, 0],
  // first run 85.6% and 39/40 forms (a2e1347); 87.4% and 39/40 at the end of that round (the
  // department-level form of one document is still not found; see its README); 91.3% and 39/40 at the
  // end of the next
  ["heldout-checklist-6", 0.90, 1],
  // first run 94.3% and 40/40 forms (b51fe8e); the same at the end of that round, 95.2% at the end of the next
  ["heldout-checklist-7", 0.94, 0],
  // first run 97.6% and 40/40 forms (5211543); 99.1% at the end of that round
  ["heldout-checklist-8", 0.98, 0],
  // first run 97.9% and 40/40 forms (0b1d2e8); 98.3% at the end of that round
  ["heldout-checklist-9", 0.97, 0],
  ["heldout-checklist-10", 0.99, 0],
  // first run 98.2% and 40/40 forms (e60fa41)
  ["heldout-checklist-11", 0.98, 0],
  // first run 99.3% and 40/40 forms (f72c744)
  ["heldout-checklist-12", 0.99, 0],
  // first run 97.8% and 40/40 forms (6f0d3df)
  ["heldout-checklist-13", 0.97, 0],
  // first run 89.4% and 35/40 forms (c7bac2a; a list-style workbook table's five projects not found, three
  // forms found that match none); 98.6% and 40/40 at the end of that round, after the reader for list-style
  // workbook tables was built on invented variants (decision 136) by a helper who never saw this set; 98.8%
  // after its follow-up
  ["heldout-checklist-14", 0.98, 0],
  // first run 99.1% and 40/40 forms (e913c23)
  ["heldout-checklist-15", 0.99, 0],
] as const) {
  describe(`reader on ${set}`, () => {
    it(`${formsMissing ? `finds all forms but ${formsMissing}` : "finds every form"}, reads ≥ ${minFields * 100}% of fields, leaves no file silent`, async () => {
      const r = await evaluateTemplates({ dir: join(ROOT, "test/fixtures", set), flat: true });
      expect(r.overall.formsExpected).toBeGreaterThan(0);
      expect(r.overall.formsFound).toBe(r.overall.formsExpected - formsMissing);
      expect(r.overall.formsExtra).toBe(0);
      expect(accuracy(r.overall)).toBeGreaterThanOrEqual(minFields);
      expect(r.overall.silentFiles).toBe(0);
    }, 120_000);
  });
}
