import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const fixture = readFileSync("test/fixtures/goal-indicator-mismatch/004-l37-326-vs-253.txt", "utf8");

ruleTester.run("goal-indicator-mismatch", {
  valid: [
    { name: "goal and indicator agree (326)", text: fixture.replace("253人", "326人") },
    { name: "a ≥ target below the goal's count is allowed", text: fixture.replace("253人", "≥300人") },
    { name: "the goal counts something else", text: fixture.replace("326 名辅警", "326 名民警") },
  ],
  invalid: [
    {
      name: "004 l.37: goal 326 名辅警, indicator 补助辅警实有人数 253人",
      file: "test/fixtures/goal-indicator-mismatch/004-l37-326-vs-253.txt",
      errors: [{ messageId: "mismatch", line: 11, field: "target", evidence: "253人", indicator: "补助辅警实有人数", data: { goal: "326名辅警" } }],
    },
  ],
});
