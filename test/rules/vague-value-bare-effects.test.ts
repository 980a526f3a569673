/**
 * vague-value on effect indicators (经济/社会/生态效益, 可持续影响), as docs/labelling.md settles it:
 * info only when the value is a bare word — a predicate or an adjective with no subject and no object,
 * at most degree words in front; a value that says what changes or for whom is an answer. Rows invented.
 */
import { describe, expect, it } from "vitest";
import { ruleTester } from "../helpers/rule-tester.js";
import { bareWordTest, wordsOf } from "../../rules/vague-value/rule.js";
import type { Lexicon } from "../../src/engine/knowledge.js";

const head = "项目名称\t示例乡村环境整治项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";
const effect = (level2: string, name: string, value: string) => `\t效益指标\t${level2}\t${name}\t${value}\t${value}\t10\t10\n`;

ruleTester.run("vague-value", {
  valid: [
    {
      name: "a value that says what changes or for whom is an answer, however qualitative (labelling.md's examples and their kind)",
      text:
        head +
        effect("社会效益指标", "辖区治安状况", "群众安全感明显提升") +
        effect("生态效益指标", "村庄环境", "改善人居环境") +
        effect("可持续影响指标", "管护机制", "形成长效管理机制") +
        effect("社会效益指标", "便民服务", "进一步提升服务水平"),
    },
    {
      name: "a subject with its predicate is not bare, short as it is (环境改善, 群众满意: no more a length cut)",
      text: head + effect("生态效益指标", "村容村貌", "环境改善") + effect("社会效益指标", "群众感受", "群众满意"),
    },
    {
      name: "a verb with its object (持续发挥作用, 建立长效管护机制) and a nil or whole end state (无, 全部消除) are not bare words",
      text: head + effect("可持续影响指标", "设施作用", "持续发挥作用") + effect("可持续影响指标", "管护机制", "建立长效管护机制") + effect("生态效益指标", "黑臭水体", "全部消除") + effect("生态效益指标", "新增污染", "无"),
    },
    {
      name: "effects: false turns the info off",
      text: head + effect("社会效益指标", "群众出行条件", "明显改善"),
      options: { effects: false },
    },
  ],
  invalid: [
    {
      name: "bare words under each effect level 2, degree words in front (labelling.md: 提升, 有效, 良好, 明显改善, 有所提高, 逐步增强, 长期, 持续; and 建立, 健全)",
      text:
        head +
        effect("经济效益指标", "村集体经营收入", "良好") +
        effect("社会效益指标", "群众出行条件", "明显改善") +
        effect("社会效益指标", "村民参与积极性", "有所提高") +
        effect("生态效益指标", "河塘水质", "有效") +
        effect("生态效益指标", "植被涵养能力", "逐步增强") +
        effect("可持续影响指标", "设施使用年限", "长期") +
        effect("可持续影响指标", "日常保洁", "持续") +
        effect("可持续影响指标", "垃圾清运长效机制", "建立") +
        effect("可持续影响指标", "保洁考核制度", "健全"),
      errors: [
        { messageId: "effect", line: 3, severity: "info", evidence: "良好" },
        { messageId: "effect", line: 4, severity: "info", evidence: "明显改善" },
        { messageId: "effect", line: 5, severity: "info", evidence: "有所提高" },
        { messageId: "effect", line: 6, severity: "info", evidence: "有效" },
        { messageId: "effect", line: 7, severity: "info", evidence: "逐步增强" },
        { messageId: "effect", line: 8, severity: "info", evidence: "长期" },
        { messageId: "effect", line: 9, severity: "info", evidence: "持续" },
        // a completion with nothing said of what: the name says it, the value does not (clean-dev labels these)
        { messageId: "effect", line: 10, severity: "info", evidence: "建立" },
        { messageId: "effect", line: 11, severity: "info", evidence: "健全" },
      ],
    },
    {
      name: "a shortening is a direction of change like a rise (明显缩短: the name says what gets shorter, the value does not)",
      text: head + effect("社会效益指标", "村民办事往返时间", "明显缩短"),
      errors: [{ messageId: "effect", line: 3, severity: "info", evidence: "明显缩短" }],
    },
    {
      name: "a bare word longer than six characters is still bare (several degree words), and two bare words side by side are too",
      text:
        head +
        effect("社会效益指标", "村民环保意识", "进一步得到有效提升") +
        effect("可持续影响指标", "设施运行状况", "安全平稳") +
        effect("社会效益指标", "农户收益", "提升明显") +
        effect("生态效益指标", "水体状况", "提高、改善") +
        effect("可持续影响指标", "污水处理站运维", "长期稳定运行"),
      errors: [
        { messageId: "effect", line: 3, severity: "info", evidence: "进一步得到有效提升" },
        { messageId: "effect", line: 4, severity: "info", evidence: "安全平稳" },
        { messageId: "effect", line: 5, severity: "info", evidence: "提升明显" },
        { messageId: "effect", line: 6, severity: "info", evidence: "提高、改善" },
        // a manner word and a verb of state, no subject (held-out document kind: "长期运行")
        { messageId: "effect", line: 7, severity: "info", evidence: "长期稳定运行" },
      ],
    },
  ],
});

describe("bare effect words", () => {
  const isBare = bareWordTest(["提升", "改善", "明显", "有效"], ["明显", "有效", "有所", "进一步", "得到"]);
  it("takes degree words only in front of a bare predicate", () => {
    expect(isBare("明显改善")).toBe(true);
    expect(isBare("得到有效提升")).toBe(true);
    expect(isBare("改善明显")).toBe(true); // 明显 is an adjective too
    expect(isBare("有所")).toBe(false); // a degree word with no predicate
    expect(isBare("提升有所")).toBe(false); // a degree word behind
    expect(isBare("进一步提升服务水平")).toBe(false); // an object
    expect(isBare("环境明显改善")).toBe(false); // a subject
    expect(isBare("")).toBe(false);
  });
  const lex = (terms: string[], patterns: string[] = []): Lexicon => ({ id: "bare-predicates", description: "", terms, patterns, regexps: [] });
  it("refuses patterns and terms that are not Chinese words, naming the file", () => {
    expect(wordsOf(lex(["提升", "改善"]))).toEqual(["提升", "改善"]);
    expect(() => wordsOf(lex(["提升"], ["^提高$"]))).toThrow(/bare-predicates\.yml.*patterns/);
    expect(() => wordsOf(lex(["提升", "明显 改善"]))).toThrow(/bare-predicates\.yml.*terms\.1/);
  });
});
