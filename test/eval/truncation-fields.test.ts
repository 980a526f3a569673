/**
 * Truncation in every text field (issue 9): five invented documents written by the developer before
 * the truncated-text rule read 指标解释, 备注, 评分标准, 绩效指标描述, a department form's own header fields
 * and the 备注 row; cuts planted in each, every other text written whole on purpose (look-alikes
 * included). Truncation-only gold; tuned to, not held out (test/fixtures/truncation-fields/README.md).
 */
import { describe, expect, it } from "vitest";
import { evaluateDevSet } from "../helpers/dev-set.js";

const DIR = "test/fixtures/truncation-fields";

describe("truncation-fields: cuts in every text field among whole look-alikes", async () => {
  const { ev, cat, explain: explainOf } = await evaluateDevSet(DIR);
  const c = cat("truncation");
  const explain = explainOf("truncation");

  it("labels the 28 planted truncations only", () => {
    expect(c?.gold).toBe(28);
    expect(ev.categories.filter((x) => x.category !== "truncation").every((x) => x.gold === 0)).toBe(true);
  });
  // first run (commit 0b1d2e8, documents 01–05): 1 of 20 found, no false alarm; after the fields were read:
  // 20 of 20. Second batch (06–07, written before the next change): 3 of 8 found; then 28 of 28, no false alarm.
  it("truncation: precision ≥ 0.95, recall ≥ 0.95", () => {
    expect(c?.precision ?? 0, explain).toBeGreaterThanOrEqual(0.95);
    expect(c?.recall ?? 0, explain).toBeGreaterThanOrEqual(0.95);
  });
  it("the whole look-alikes draw no truncation finding", () => {
    expect(ev.falseAlarms.filter((f) => f.category === "truncation").map((f) => `${f.document}:${f.line} ${f.message}`)).toEqual([]);
  });
});
