/**
 * vague-value: an effect said to be there without a measure ("成效明显", "效果显著") is a vague word
 * where 质量 asks for a rate or a standard (issue 9, checklist item 2). Rows invented.
 */
import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例非遗保护项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("vague-value", {
  valid: [
    {
      name: "a stated standard or a rate under 质量 is an answer (验收合格, 符合保护规划要求, ≥90%)",
      text: head + "\t产出指标\t质量指标\t传承基地建设验收\t验收合格\t合格\t10\t10\n\t\t\t保护方案执行\t符合保护规划要求\t符合\t10\t10\n\t\t\t传承人考核合格率\t≥90%\t95%\t10\t10\n",
    },
  ],
  invalid: [
    {
      name: "“成效明显” and “效果显著” as the value of a 质量 indicator (an effect claimed, not measured)",
      text: head + "\t产出指标\t质量指标\t非遗项目保护成效\t成效明显\t明显\t10\t10\n\t\t\t传习活动质量\t效果显著\t显著\t10\t10\n",
      errors: [
        { messageId: "standard", line: 3, severity: "warning", field: "target", evidence: "成效明显" },
        { messageId: "standard", line: 4, severity: "warning", field: "target", evidence: "效果显著" },
      ],
    },
    {
      name: "a claim of quality without a rate or a standard under 质量 (保质保量, 满足, 优质)",
      text: head + "\t产出指标\t质量指标\t场馆维修质量\t保质保量\t完成\t10\t10\n\t\t\t场地条件是否满足\t满足\t满足\t10\t10\n\t\t\t展陈布置质量\t优质\t优质\t10\t10\n",
      errors: [
        { messageId: "standard", line: 3, severity: "warning", evidence: "保质保量" },
        { messageId: "standard", line: 4, severity: "warning", evidence: "满足" },
        { messageId: "standard", line: 5, severity: "warning", evidence: "优质" },
      ],
    },
  ],
});
