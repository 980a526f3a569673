import { describe, expect, it } from "vitest";
import {
  allPairsExact,
  compareLshWithExact,
  estimateJaccard,
  jaccard,
  MinHasher,
  MinHashLSH,
  nearDuplicatePairs,
  optimalParams,
  textJaccard,
  shinglesOf,
  type Item,
} from "../../src/engine/similarity/index.js";
import { charShingles } from "../../src/engine/services.js";

const goal171 = "保障县武警中队平罗县武警中队官兵 45 人运行水电暖经费，改善武警中队官兵生活，提高武警官兵的工作积极性，提升人民群众的幸福感和安全感。";
const goal327 = "保障县武警中队平罗县武警中队官兵 45 人运行水电暖经费, 改善武警中队官兵生活, 提高武警官兵的工作积极性, 提升人民群众的幸福感、安全感。";

/** deterministic synthetic corpus: base texts from a syllable pool, plus mutated copies */
function synthetic(nBase: number, copies: number, seed = 7): Item[] {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pool = "保障单位正常运转提升群众安全感满意度交通秩序禁毒宣传辅警工资办公用房改造设备采购网络运维租赁费用视频监控巡逻服务".split("");
  const items: Item[] = [];
  for (let i = 0; i < nBase; i++) {
    const base = Array.from({ length: 60 }, () => pool[Math.floor(rnd() * pool.length)]).join("");
    items.push({ key: `b${i}`, shingles: charShingles(base) });
    for (let c = 0; c < copies; c++) {
      const chars = base.split("");
      const edits = 1 + Math.floor(rnd() * 6);
      for (let e = 0; e < edits; e++) chars[Math.floor(rnd() * chars.length)] = pool[Math.floor(rnd() * pool.length)];
      items.push({ key: `b${i}c${c}`, shingles: charShingles(chars.join("")) });
    }
  }
  return items;
}

describe("exact Jaccard", () => {
  it("identical texts → 1, disjoint → 0, symmetric, in [0, 1]", () => {
    expect(textJaccard(goal171, goal171)).toBe(1);
    expect(textJaccard("保障单位正常运转", "交通违法举报奖励")).toBe(0);
    const ab = textJaccard(goal171, "改善武警中队官兵生活");
    expect(ab).toBe(textJaccard("改善武警中队官兵生活", goal171));
    expect(ab).toBeGreaterThan(0);
    expect(ab).toBeLessThan(1);
  });
  it("punctuation, spaces and numbers do not hide a copy (004 l.171 vs l.327)", () => {
    expect(textJaccard(goal171, goal327)).toBeGreaterThan(0.9);
  });
  it("two empty sets are identical", () => {
    expect(jaccard([], [])).toBe(1);
  });
});

describe("MinHash", () => {
  it("same seed → same signatures; different seed → different", () => {
    const sh = charShingles(goal171);
    const a = new MinHasher({ seed: 3 }).signature(sh);
    const b = new MinHasher({ seed: 3 }).signature(sh);
    const c = new MinHasher({ seed: 4 }).signature(sh);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    expect(a.length).toBe(128);
  });
  it("estimates Jaccard within sampling error", () => {
    const h = new MinHasher({ numPerm: 256 });
    const items = synthetic(20, 1);
    for (let i = 0; i < items.length; i += 2) {
      const a = shinglesOf(items[i]);
      const b = shinglesOf(items[i + 1]);
      const exact = jaccard(a, b);
      const est = estimateJaccard(h.signature(a), h.signature(b));
      expect(Math.abs(exact - est)).toBeLessThan(0.15);
    }
    expect(estimateJaccard(h.signature(["a"]), h.signature(["a"]))).toBe(1);
  });
  it("refuses to compare signatures of different length", () => {
    expect(() => estimateJaccard(new MinHasher({ numPerm: 64 }).signature(["x"]), new MinHasher().signature(["x"]))).toThrow(/numPerm/);
  });
});

describe("LSH", () => {
  it("optimal (b, r) respects numPerm; a higher false-negative weight gives more bands", () => {
    const p = optimalParams(0.8, 128);
    expect(p.b * p.r).toBeLessThanOrEqual(128);
    const fn = optimalParams(0.8, 128, [0.1, 0.9]);
    expect(fn.b).toBeGreaterThanOrEqual(p.b);
    expect(fn.r).toBeLessThanOrEqual(p.r);
  });
  it("refuses bands × rows > numPerm with a hint", () => {
    expect(() => new MinHashLSH({ params: [20, 10], numPerm: 128 })).toThrow(/Did you forget to specify numPerm/);
    expect(() => new MinHashLSH({ threshold: 1.5 })).toThrow(/threshold/);
  });
  it("query returns the inserted near-copy as a candidate, not unrelated text", () => {
    const lsh = new MinHashLSH({ threshold: 0.8 });
    lsh.insert("l171", charShingles(goal171));
    lsh.insert("other", charShingles("通过奖励群众举报涉邪教违法犯罪活动线索、交通违法线索的方式，及时发现、控制和消除各类社会危害和安全隐患。"));
    expect(lsh.query(charShingles(goal327))).toEqual(["l171"]);
  });
  it("finds the pairs above threshold with recall close to exact all-pairs, and only verified pairs", () => {
    const items = synthetic(60, 3);
    // recall-oriented weights (candidates are verified anyway): close to exact all-pairs
    const cmp = compareLshWithExact(items, { threshold: 0.7, weights: [0.1, 0.9] });
    expect(cmp.exactPairs).toBeGreaterThan(50);
    expect(cmp.recall).toBeGreaterThanOrEqual(0.9);
    // balanced weights (datasketch's default) miss more of the pairs lying just above the threshold
    expect(compareLshWithExact(items, { threshold: 0.7 }).recall).toBeGreaterThanOrEqual(0.6);
    const exactKeys = new Set(allPairsExact(items, 0.7).map((p) => [p.a, p.b].sort().join("|")));
    for (const p of nearDuplicatePairs(items, { threshold: 0.7, weights: [0.1, 0.9] }).pairs) {
      expect(p.similarity).toBeGreaterThanOrEqual(0.7);
      expect(exactKeys.has([p.a, p.b].sort().join("|"))).toBe(true);
    }
    // LSH examines far fewer pairs than all-pairs
    expect(cmp.candidates).toBeLessThan((items.length * (items.length - 1)) / 2 / 4);
  });
  it("examines exactly the pairs that share a band, each once, in (i, j) order", () => {
    // reference: every pair compared band by band on the signatures themselves (no hashing, no buckets)
    const items = synthetic(40, 4, 11);
    const opts = { threshold: 0.7, weights: [0.1, 0.9] as [number, number] };
    const got = nearDuplicatePairs(items, opts);
    const lsh = new MinHashLSH(opts);
    const { bands, rows } = lsh.settings;
    const sigs = items.map((it) => lsh.hasher.signature(shinglesOf(it)));
    const expected: { a: string; b: string }[] = [];
    let candidates = 0;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        let shared = false;
        for (let b = 0; b < bands && !shared; b++) {
          shared = true;
          for (let r = b * rows; r < (b + 1) * rows; r++) if (sigs[i][r] !== sigs[j][r]) shared = false;
        }
        if (!shared) continue;
        candidates++;
        if (jaccard(shinglesOf(items[i]), shinglesOf(items[j])) >= 0.7) expected.push({ a: items[i].key, b: items[j].key });
      }
    }
    expect(candidates).toBeGreaterThan(100);
    expect(got.candidates).toBe(candidates);
    expect(got.pairs.map((p) => ({ a: p.a, b: p.b }))).toEqual(expected);
  });
  it("records its settings (seed, numPerm, bands, rows) for run metadata", () => {
    const s = new MinHashLSH({ seed: 42 }).settings;
    expect(s).toMatchObject({ seed: 42, numPerm: 128, threshold: 0.8 });
    expect(s.bands * s.rows).toBeLessThanOrEqual(128);
  });
});
