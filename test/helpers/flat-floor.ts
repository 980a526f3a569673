/** The floor test of a flat folder of invented forms with hand-written field expectations (list-tab, reader-gaps-17). */
import { expect, it } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { accuracy, evaluateTemplates } from "../../scripts/eval-templates.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** every form found and no extra one, every indicator read, ≥ 99% of fields, no silent file */
export function flatFloor(dir: string, forms: number): void {
  it("finds every form and no extra one, reads every indicator and ≥ 99% of fields", async () => {
    const r = await evaluateTemplates({ dir: join(ROOT, dir), flat: true });
    expect(r.overall.formsExpected).toBe(forms);
    expect(r.overall.formsFound).toBe(forms);
    expect(r.overall.formsExtra).toBe(0);
    expect(r.overall.indicatorsFound).toBe(r.overall.indicatorsExpected);
    expect(accuracy(r.overall)).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.silentFiles).toBe(0);
  }, 120_000);
}
