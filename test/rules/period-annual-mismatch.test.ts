import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const target = readFileSync("test/fixtures/target-drift/000-l488-target.txt", "utf8");

ruleTester.run("period-annual-mismatch", {
  valid: [
    { name: "000 l.488 shape: both columns equal", text: target },
    { name: "year column cut short (truncation, not a different target)", text: target.replace("数量指标\t购置办公设备数量\t≥10台（套）\n", "数量指标\t购置办公设备数量\t≥1\n") },
  ],
  invalid: [
    {
      name: "planted after 000 l.504: 实施期 ≥10台（套）, 年度 ≥8台（套）on a one-year project",
      text: target.replace("数量指标\t购置办公设备数量\t≥10台（套）\n", "数量指标\t购置办公设备数量\t≥8台（套）\n"),
      errors: [{ messageId: "differ", line: 16, field: "annualTarget", evidence: "≥8台（套）" }],
    },
  ],
});
