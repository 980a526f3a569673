import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("rate-over-100", {
  valid: [
    { name: "=100% and 100% are fine", text: head + "\t产出指标\t质量指标\t验收合格率\t=100%\t100%\t10\t10\n\t\t时效指标\t支付及时率\t100%\t100%\t10\t10\n" },
    { name: "growth may exceed 100%", text: head + "\t效益指标\t经济效益指标\t案件办结数量增长率\t≥120%\t130%\t10\t10\n" },
    { name: "an actual of ≥100% is not a target", text: head + "\t产出指标\t质量指标\t验收合格率\t≥95%\t≥100%\t10\t10\n" },
  ],
  invalid: [
    {
      name: "002 l.2090: 案件破获成功率 ≥100%",
      text: head + "\t产出指标\t质量指标\t案件破获成功率\t≥100%\t100%\t10\t10\n",
      errors: [{ messageId: "atLeast100", line: 3, field: "target", evidence: "≥100%" }],
    },
    {
      name: "planted: >100% and 120% on a satisfaction",
      text: head + "\t满意度指标\t服务对象满意度指标\t群众满意度\t>100%\t98%\t10\t10\n\t\t\t民警满意度\t120%\t98%\t10\t10\n",
      errors: [
        { messageId: "over100", line: 3, evidence: ">100%" },
        { messageId: "over100", line: 4, evidence: "120%" },
      ],
    },
    {
      name: "000 l.506 and 514 (first form of 000): both columns, reported once naming both",
      file: "test/fixtures/rate-over-100/000-l506-at-least-100-percent.txt",
      errors: [
        { messageId: "atLeast100", line: 23, field: "target", also: ["annualTarget"], indicator: "办公设备验收合格率" },
        { messageId: "atLeast100", line: 31, field: "target", also: ["annualTarget"], indicator: "使用人员满意度" },
      ],
    },
  ],
});
