import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

// 002 l.1980–2042: two layout-2 forms; the first (127万元) carries the second's 68.87 as its cost target
const text = readFileSync("test/fixtures/cost-target-other-project/002-l1997-cost-68.87-of-other-project.txt", "utf8");

ruleTester.run("cost-target-other-project", {
  valid: [
    { name: "cost target equal to the own funds", text: text.replace("成本\t68.87\t0\t10\t0", "成本\t127\t0\t10\t0") },
    { name: "a round amount (10) matching by chance is ignored", text: text.replace("成本\t68.87\t0\t10\t0", "成本\t10\t0\t10\t0").replace(/68\.87/g, "10") },
  ],
  invalid: [
    {
      name: "002 l.1997: 围墙改造 (127万元) cost target 68.87 = 视频会议室改造's funds",
      file: "test/fixtures/cost-target-other-project/002-l1997-cost-68.87-of-other-project.txt",
      errors: [{ messageId: "other", line: 18, field: "target", evidence: "68.87", indicator: "成本" }],
    },
  ],
});
