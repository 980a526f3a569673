/**
 * The level-2 service (src/engine/services/level2.ts): what an indicator's wording and value point
 * to, with a confidence; what its level 2 asks of its value; which units are foreign to a level 2;
 * and that a malformed cue in the reviewer-editable lexicon is reported at load.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge, KnowledgeError } from "../../src/engine/knowledge.js";
import { createLevel2Service, level2Service, measureOfLevel2, isSure, isCostLevel2, MISPLACED_MIN_CONFIDENCE } from "../../src/engine/services/level2.js";
import { parseValue } from "../../src/normalize/value.js";
import type { Indicator } from "../../src/model/types.js";

const ind = (level2: string, name: string, value: string, level1: string | null = null): Indicator => ({
  line: 1,
  loc: { line: 1 },
  level1,
  level2,
  name,
  target: parseValue(value),
  annualTarget: null,
  adjustedTarget: null,
  actual: null,
  weight: null,
  score: null,
});

describe("level-2 service", () => {
  const s = level2Service(loadKnowledge());

  it("reads wording and value: a headcount in 人 is a count, confidently", () => {
    const r = s.read(ind("质量指标", "培训教师人数", "120人"));
    expect(r.measure).toBe("count");
    expect(r.level2).toBe("数量指标");
    expect(r.wording).toMatchObject({ measure: "count", strong: true });
    expect(r.value).toBe("count");
    expect(r.confidence).toBeCloseTo(0.95, 5);
  });

  it("wording alone is less sure; a weak cue yields to the value's dimension", () => {
    expect(s.read(ind("时效指标", "资料报送及时率", "≥95%"))).toMatchObject({ measure: "deadline", confidence: 0.8 });
    const weak = s.read(ind("社会效益指标", "群众出行条件", "≤30万元"));
    expect(weak).toMatchObject({ measure: "money", confidence: 0.6 });
  });

  it("says what each level 2 asks of its value", () => {
    expect(s.demand(ind("数量指标", "培训人数", "若干"))).toBe("number");
    expect(s.demand(ind("社会效益指标", "知识普及率", "提高"))).toBe("number");
    expect(s.demand(ind("质量指标", "设备验收", "合格"))).toBe("standard");
    expect(s.demand(ind("时效指标", "发放时间", "及时"))).toBe("deadline");
    expect(s.demand(ind("社会效益指标", "群众安全感", "提升"))).toBe("graded");
    expect(s.demand(ind("社会效益指标", "工作效率", "提高"))).toBe("graded");
  });

  it("knows which units can never measure a level 2", () => {
    expect(s.foreign("money", parseValue("2024年底"))).toBe(true);
    expect(s.foreign("deadline", parseValue("10个"))).toBe(true);
    expect(s.foreign("satisfaction", parseValue("50人"))).toBe(true);
    expect(s.foreign("rate", parseValue("≥95%"))).toBe(false);
    expect(s.foreign("money", parseValue("≤5万元"))).toBe(false);
  });

  it("reports a misplacement only on evidence: another measure's cue or a dimension pointing elsewhere", () => {
    // wording outside a level 2's word list, with a value that does not point elsewhere: quiet
    expect(s.misplaced(ind("时效指标", "救助申请受理", "当日受理"))).toBeNull();
    expect(s.misplaced(ind("经济效益指标", "乡村旅游接待人次同比增长", "≥10%"))).toBeNull();
    expect(s.misplaced(ind("可持续影响指标", "监测设备完好率", "≥95%"))).toBeNull();
    // another measure's cue the value does not contradict
    expect(s.misplaced(ind("生态效益指标", "考核合格率", "≥95%"))).toMatchObject({ kind: "notThisLevel", to: "质量指标", unitProves: false });
    // a count in its own unit under 生态效益; a count under 时效, where the unit proves it
    expect(s.misplaced(ind("生态效益指标", "便民服务网点数", "≥18个"))).toMatchObject({ kind: "notThisLevel", to: "数量指标", unitProves: false });
    expect(s.misplaced(ind("时效指标", "预警短信发送条数", "≥80万条"))).toMatchObject({ kind: "notThisLevel", to: "数量指标", unitProves: true });
    // a satisfaction cue whose value is a headcount does not move the row to 满意度
    expect(s.misplaced(ind("社会效益指标", "参与满意度调查人数", "≥200人"))).toBeNull();
  });

  it("gives every misplacement a confidence, lowered by the doubts of level2-doubts.yml", () => {
    // the unit proves it; a strong cue the unit confirms; a move cue
    expect(s.misplaced(ind("时效指标", "预警短信发送条数", "≥80万条"))).toMatchObject({ confidence: 0.95, doubts: [] });
    expect(s.misplaced(ind("质量指标", "培训教师人数", "120人"))).toMatchObject({ confidence: 0.95 });
    expect(s.misplaced(ind("时效指标", "档案查阅满意度", "≥90%"))).toMatchObject({ confidence: 0.8, doubts: [] });
    // a weak cue where the level 2's own words are missing sits on the threshold
    expect(s.misplaced(ind("经济效益指标", "适龄儿童疫苗接种率", "≥95%"))?.confidence).toBeCloseTo(MISPLACED_MIN_CONFIDENCE, 5);
    // saving: a cost the value says to lower, under 经济效益
    const saving = s.misplaced(ind("经济效益指标", "居民出行成本", "降低"));
    expect(saving).toMatchObject({ to: "成本指标", doubts: ["saving"] });
    expect(isSure(saving)).toBe(false);
    expect(isSure(s.misplaced(ind("经济效益指标", "居民出行成本", "≤30万元")))).toBe(true);
    // shared: people's income between 社会效益 and 经济效益
    const shared = s.misplaced(ind("社会效益指标", "护林员年人均增收", "≥4000元"));
    expect(shared).toMatchObject({ to: "经济效益指标", doubts: ["shared"], confidence: 0.5 });
    expect(isSure(s.misplaced(ind("社会效益指标", "带动地方经济发展", "明显")))).toBe(true);
    // modifier: a cue between subject and head, under an open (效益) level 2
    expect(s.misplaced(ind("生态效益指标", "沼液达标还田率", "≥90%"))).toMatchObject({ doubts: ["modifier"] });
    expect(isSure(s.misplaced(ind("生态效益指标", "沼液达标还田率", "≥90%")))).toBe(false);
    expect(isSure(s.misplaced(ind("生态效益指标", "治安案件办结率", "≥90%")))).toBe(true);
    // effect: a count of people an effect reaches, under an effect level 2
    expect(s.misplaced(ind("经济效益指标", "带动就业人数", "≥50人"))).toMatchObject({ to: "数量指标", doubts: ["effect"], confidence: 0.45 });
    expect(isSure(s.misplaced(ind("生态效益指标", "农村厕所改造户数", "≥300户")))).toBe(true);
  });

  it("reads 社会成本 and 生态环境成本 as costs borne by people and the environment, not money", () => {
    expect(measureOfLevel2("社会成本指标")).toBe("social");
    expect(measureOfLevel2("生态环境成本指标")).toBe("environmental");
    expect(measureOfLevel2("经济成本指标")).toBe("money");
    expect(isCostLevel2("社会成本指标")).toBe(true);
    expect(s.foreign(s.current(ind("社会成本指标", "施工临时占用耕地", "≤50亩")), parseValue("≤50亩"))).toBe(false);
    expect(s.misplaced(ind("社会成本指标", "施工临时占用耕地", "≤50亩"))).toBeNull();
    expect(s.misplaced(ind("社会成本指标", "培训农机手人数", "≥80人"))).toMatchObject({ to: "数量指标", unitProves: false, confidence: 0.8 });
  });

  it("maps abbreviated level-2 labels to their measure", () => {
    expect(measureOfLevel2("数量")).toBe("count");
    expect(measureOfLevel2("服务对象满意度指")).toBe("satisfaction");
    expect(measureOfLevel2("社会效益")).toBe("social");
    expect(measureOfLevel2(null, "满意度指标")).toBe("satisfaction");
    expect(measureOfLevel2("其他")).toBeNull();
  });

  it("rejects a cue it cannot read, naming the lexicon", () => {
    const k = loadKnowledge();
    const bad = { ...k.lexicon("level2-measures"), terms: ["headcount strong : 人数"] };
    expect(() => createLevel2Service(bad, k.lexicon("level2-cues"))).toThrow(KnowledgeError);
    expect(() => createLevel2Service(bad, k.lexicon("level2-cues"))).toThrow(/level2-measures\.yml/);
    const badRe = { ...k.lexicon("level2-measures"), terms: ["count strong : (人数"] };
    expect(() => createLevel2Service(badRe, k.lexicon("level2-cues"))).toThrow(/invalid regular expression/);
    const badDoubt = { ...k.lexicon("level2-doubts"), terms: ["maybe : 人均"] };
    expect(() => createLevel2Service(k.lexicon("level2-measures"), k.lexicon("level2-cues"), badDoubt)).toThrow(/level2-doubts\.yml/);
  });

  it("answers per row, not per name: the same name under the same level 2 with another value (memoised by the whole row)", () => {
    // money as a 数量 value is a cost (the unit proves it); a count in 台 is what 数量 measures
    const count = () => s.misplaced(ind("数量指标", "设备购置规模", "≥5台"));
    const money = () => s.misplaced(ind("数量指标", "设备购置规模", "≥500万元"));
    expect(count()).toBeNull();
    expect(money()).toMatchObject({ to: "成本指标", kind: "belongsTo", unitProves: true, value: "≥500万元", confidence: 0.9 });
    expect(count()).toBeNull();
    // and under another level 2 the same name and value are judged again
    expect(s.misplaced(ind("成本指标", "设备购置规模", "≥500万元"))).toBeNull();
  });
});
