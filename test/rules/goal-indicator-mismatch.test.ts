import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const fixture = readFileSync("test/fixtures/goal-indicator-mismatch/004-l37-326-vs-253.txt", "utf8");

ruleTester.run("goal-indicator-mismatch", {
  valid: [
    { name: "goal and indicator agree (326)", text: fixture.replace("253人", "326人") },
    { name: "a ≥ target below the goal's count is allowed", text: fixture.replace("253人", "≥300人") },
    { name: "the goal counts something else", text: fixture.replace("326 名辅警", "326 名民警") },
    {
      name: "a place name shared by goal and indicator is not what is counted",
      text: fixture.replace("补充平罗县公安局实有 326 名辅警公用经费", "为平罗县 45 名官兵提供生活保障").replace("补助辅警实有人数", "平罗县辅警人数"),
    },
  ],
  invalid: [
    {
      name: "004 l.37: goal 326 名辅警, indicator 补助辅警实有人数 253人",
      file: "test/fixtures/goal-indicator-mismatch/004-l37-326-vs-253.txt",
      errors: [{ messageId: "mismatch", line: 11, field: "target", evidence: "253人", indicator: "补助辅警实有人数", data: { goal: "326名辅警" } }],
    },
    {
      name: "planted: a measure follows what it measures (农田 2 万亩 vs 1.2万亩)",
      text: fixture
        .replace("补充平罗县公安局实有 326 名辅警公用经费", "新建高标准农田 2 万亩，配套建设田间道路")
        .replace("补助辅警实有人数\t253人", "新建高标准农田面积\t1.2万亩"),
      errors: [{ messageId: "mismatch", line: 11, evidence: "1.2万亩", data: { goal: "新建高标准农田2万亩" } }],
    },
    {
      name: "planted: the counted noun shares only its tail with the name (38 所中小学校 vs 覆盖学校数量)",
      text: fixture.replace("补充平罗县公安局实有 326 名辅警公用经费", "为全县 38 所中小学校新建视频监控").replace("补助辅警实有人数\t253人", "覆盖学校数量\t=32所"),
      errors: [{ messageId: "mismatch", line: 11, evidence: "=32所", data: { goal: "38所…学校" } }],
    },
  ],
});
