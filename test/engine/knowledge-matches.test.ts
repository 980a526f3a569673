/**
 * lexiconMatches answers once per lexicon and distinct text (src/engine/knowledge.ts): the memo must
 * follow the lexicon's lists, so a lexicon changed after a first question answers by its new terms.
 */
import { describe, expect, it } from "vitest";
import { lexiconMatches, type Lexicon } from "../../src/engine/knowledge.js";

const lexicon = (terms: string[], patterns: string[] = []): Lexicon => ({ id: "test", description: "test", terms, patterns, regexps: patterns.map((p) => new RegExp(p, "u")) });

describe("lexiconMatches", () => {
  it("matches whole terms and patterns, and gives the same answer when asked again", () => {
    const lex = lexicon(["略", "同上"], ["^详见.{0,6}$"]);
    expect(lexiconMatches(lex, "同上")).toBe(true);
    expect(lexiconMatches(lex, "同上。")).toBe(false);
    expect(lexiconMatches(lex, "详见附件")).toBe(true);
    expect(lexiconMatches(lex, "详见附件")).toBe(true);
    expect(lexiconMatches(lex, "培训人数")).toBe(false);
  });

  it("follows a lexicon whose terms or patterns change after a first question", () => {
    const lex = lexicon(["略"]);
    expect(lexiconMatches(lex, "无")).toBe(false);
    lex.terms.push("无");
    expect(lexiconMatches(lex, "无")).toBe(true);
    lex.regexps = [/^不适用$/u];
    expect(lexiconMatches(lex, "不适用")).toBe(true);
  });
});
