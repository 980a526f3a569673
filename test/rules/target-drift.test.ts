import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const T = "test/fixtures/target-drift/000-l488-target.txt";
const S = "test/fixtures/target-drift/002-l589-self-assessment.txt";
const target = readFileSync(T, "utf8");
const self = readFileSync(S, "utf8");

ruleTester.run("target-drift", {
  valid: [
    { name: "a self-assessment alone", file: S },
    { name: "same project, another department", texts: [target, self.replace("027-示例县公安局", "011-别的县公安局").replace("027001-示例县公安局", "011001-别的县公安局")] },
    {
      name: "self-assessment keeps the filed targets",
      texts: [
        target,
        self
          .replace("≥8台（套）\t≥8台（套）", "≥10台（套）\t≥10台（套）")
          .replace("\t\t质量指标\t家具使用年限\t≥8年\t≥8年\t8年\t10\t10\t\t", "\t\t成本指标\t办公家具采购成本\t≤5万元\t≤5万元\t5万元\t10\t10\t\t"),
      ],
    },
  ],
  invalid: [
    {
      name: "target form (000 l.488 shape) vs its self-assessment: one value changed, one dropped, one added",
      files: [T, S],
      errors: [
        { messageId: "dropped", line: 4, evidence: "办公家具采购成本" },
        { messageId: "changed", line: 13, evidence: "≥8台（套）", data: { filed: "≥10台（套）" } },
        { messageId: "added", line: 16, evidence: "家具使用年限" },
      ],
    },
    {
      name: "a slightly different project name still pairs (fuzzy match)",
      texts: [target, self.replace("项目名称\t\t示例派出所办公家具采购项目", "项目名称\t\t示例派出所办公家具采购项目经费")],
      errors: [
        { messageId: "dropped", line: 4 },
        { messageId: "changed", line: 13 },
        { messageId: "added", line: 16 },
      ],
    },
  ],
});
