import { describe, expect, it } from "vitest";
import { dictionaryIndex, dictionaryWordGoesOn, wordGoesOn } from "../../src/engine/services.js";

/** the answer by a scan of every word: does one begin with the prefix and go on past it */
const scan = (words: string[], prefix: string) => !!prefix && words.some((w) => w.startsWith(prefix) && w.length > prefix.length);

describe("the dictionary's words, looked up without a string per word", () => {
  const sorted = "技术 3 n\n技术骨干 5 n\n技能 2 n\n环境 9 n\n环境整治 4 vn\n";
  const unsorted = "环境整治 4 vn\n技术骨干 5 n\n环境 9 n\n\n技能\n技术 3 n";

  for (const [name, text] of [["sorted (as jieba ships it)", sorted], ["unsorted (sorted on load)", unsorted]] as const) {
    it(`answers as a scan of the words would: ${name}`, () => {
      const d = dictionaryIndex(text);
      const words = text.split("\n").map((l) => l.split(" ", 1)[0]).filter(Boolean);
      for (const p of ["技术骨", "技术骨干", "技术", "技", "环", "环境", "环境整治", "环境整", "境", "", "技能", "技能a", "zz"]) {
        expect(wordGoesOn(d, p), p).toBe(scan(words, p));
      }
      expect(wordGoesOn(d, "技术骨")).toBe(true);
      expect(wordGoesOn(d, "环境整治")).toBe(false);
      expect(wordGoesOn(d, "技能")).toBe(false);
    });
  }

  it("reads jieba's own dictionary", () => {
    expect(dictionaryWordGoesOn("技术骨")).toBe(true); // 技术骨干
    expect(dictionaryWordGoesOn("")).toBe(false);
  });
});
