import { describe, expect, it } from "vitest";
import { BoundedCache, perDistinctText, stringBytes } from "../../src/engine/services.js";

describe("BoundedCache", () => {
  it("answers what it holds", () => {
    const c = new BoundedCache<string>(1 << 20, stringBytes);
    expect(c.set("年度目标", "ndmb")).toBe("ndmb");
    expect(c.get("年度目标")).toBe("ndmb");
    expect(c.get("实施期目标")).toBeUndefined();
  });

  it("is bounded by bytes, not entries: long values fill it sooner", () => {
    // each entry: 32 (map slots) + key (24 + 2·2) + value (24 + 2·len)
    const budget = 10_000;
    const short = new BoundedCache<string>(budget, stringBytes);
    for (let i = 0; i < 50; i++) short.set(`k${i % 10}${i}`.slice(0, 2), "x");
    expect(short.size).toBe(10); // ten distinct keys, 50 × 86 bytes < budget: never dropped
    const long = new BoundedCache<string>(budget, stringBytes);
    const big = "长".repeat(1000); // 2,084 bytes an entry: four fit in 10,000, the fifth drops the cache
    for (let i = 0; i < 10; i++) long.set(`k${i}`, big);
    expect(long.size).toBeLessThanOrEqual(4);
    // dropped when full: the last entry is always kept
    expect(long.get("k9")).toBe(big);
    expect(long.get("k0")).toBeUndefined();
  });
});

describe("perDistinctText", () => {
  it("computes once per distinct text, null answers included, and recomputes after it is emptied", () => {
    const seen: string[] = [];
    const f = perDistinctText((t: string) => {
      seen.push(t);
      return t.includes("XX") ? t.indexOf("XX") : null;
    }, 2);
    expect(f("满意度达XX%")).toBe(4);
    expect(f("满意度达XX%")).toBe(4);
    expect(f("满意度达95%")).toBeNull();
    expect(f("满意度达95%")).toBeNull();
    expect(seen).toEqual(["满意度达XX%", "满意度达95%"]);
    // a third text fills the memo (cap 2): it is emptied, so the first is computed again
    expect(f("年度目标")).toBeNull();
    expect(f("满意度达XX%")).toBe(4);
    expect(seen).toEqual(["满意度达XX%", "满意度达95%", "年度目标", "满意度达XX%"]);
  });
});
