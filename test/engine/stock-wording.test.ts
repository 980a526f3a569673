/**
 * stockWordingText (src/engine/services.ts): the one reading of a value's words that placeholder-value
 * and vague-value match stock wording against — spaces out, a leading dash (the empty 计算符号 cell) out.
 */
import { describe, expect, it } from "vitest";
import { stockWordingText } from "../../src/engine/services.js";

describe("stockWordingText", () => {
  it("drops the whitespace and a leading run of dashes of any width", () => {
    expect(stockWordingText("— 待定")).toBe("待定");
    expect(stockWordingText("－－另定")).toBe("另定");
    expect(stockWordingText("-根据 需求")).toBe("根据需求");
    expect(stockWordingText("–待定")).toBe("待定");
  });

  it("keeps a dash inside or after the words, and a text that is only dashes comes out empty", () => {
    expect(stockWordingText("待定—")).toBe("待定—");
    expect(stockWordingText("2024-2025年")).toBe("2024-2025年");
    expect(stockWordingText(" — ")).toBe("");
  });
});
