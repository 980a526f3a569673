/**
 * The seeded short run of the fuzz suite (scripts/fuzz.ts; `npm run fuzz -- --n 100000` is the
 * long one): mutated corpus windows, fixtures and binary files through the worker pool with one
 * worker and with two, then the checker.
 */
import { describe, expect, it } from "vitest";
import { encode, mutateText, rng, runFuzz } from "../../scripts/fuzz.js";

describe("fuzz suite", () => {
  it("mutations are seeded: same seed, same bytes", () => {
    const text = "项目名称\t甲\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t完成数量\t10个\n";
    const a = encode(rng(3), mutateText(rng(3), text));
    const b = encode(rng(3), mutateText(rng(3), text));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(Buffer.from(text))).toBe(false);
  });

  it("a seeded run: no crash, no hang, every input accounted for, -j 1 and -j 2 byte-identical", async () => {
    const s = await runFuzz({ n: 12, seed: 11, batch: 12, jobs: 2, timeout: 60 });
    expect(s.examples).toEqual([]);
    expect(s.inputs).toBe(12);
    expect(s.crashes).toBe(0);
    expect(s.hangs).toBe(0);
    expect(s.unaccounted).toBe(0);
    expect(s.nondeterministic).toBe(0);
    // the mutations reach both outcomes: some inputs still give forms, some are refused
    expect(s.withForms).toBeGreaterThan(0);
    expect(s.unreadable + s.withForms).toBeLessThanOrEqual(12);
  }, 120_000);
});
