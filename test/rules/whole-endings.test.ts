/**
 * The whole-endings lexicon (rules/lexicons/whole-endings.yml) is the one place that says a text ending
 * on 户 or 点 is whole (truncated-text's own list of word-ending characters leaves them to it): a 户 noun
 * or count and a 点 that names a place end a phrase; an abstract 点 (重点, 难点, 热点, 要点, 焦点, 亮点,
 * 堵点, 痛点, 节点) does not, and is left to the rule's other signs. Texts invented.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/engine/knowledge.js";

const lex = loadLexicon(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules", "lexicons", "whole-endings.yml"));
/** the lexicon's verdict as truncated-text asks it of a compacted text (terms as endings, patterns) */
const whole = (t: string) => lex.terms.some((w) => t.endsWith(w)) || lex.regexps.some((r) => r.test(t));

describe("whole-endings: 户 and 点", () => {
  it("loads and validates like every lexicon", () => {
    expect(lex.id).toBe("whole-endings");
    expect(lex.regexps.length).toBe(lex.patterns.length);
  });

  it("a text ending on a 户 noun or count is whole", () => {
    for (const t of ["抽样回访结对农牧户", "帮扶沿线困难群众120户", "补助标准800元/户", "走访低保户"]) expect(whole(t), t).toBe(true);
  });

  it("a text ending on a place's 点, or a count in 百分点, is whole", () => {
    for (const t of ["覆盖全部积水点", "覆盖全部隐患点", "增设群众临时候车点", "建设村级便民服务站点", "完好率提高2个百分点"]) expect(whole(t), t).toBe(true);
  });

  it("an abstract 点 is not: it waits for a noun or a verb", () => {
    for (const w of ["重点", "难点", "热点", "要点", "焦点", "亮点", "堵点", "痛点", "节点"]) expect(whole(`下一步将联合公安在沿河${w}`), w).toBe(false);
  });

  it("户 or 点 inside the text says nothing of its end", () => {
    for (const t of ["结对农牧户户均增", "积水点位巡", "农户满意"]) expect(whole(t), t).toBe(false);
  });
});
