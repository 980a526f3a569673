import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("vague-value", {
  valid: [
    { name: "numbers where numbers are expected", text: head + "\t产出指标\t成本指标\t人员支出\t≤50万元\t48万元\t10\t10\n\t满意度指标\t服务对象满意度指标\t民警满意度\t≥90%\t95%\t10\t10\n" },
    { name: "words are allowed under 社会效益 and for 效率", text: head + "\t效益指标\t社会效益指标\t工作效率\t提高\t提高\t30\t30\n\t\t可持续影响指标\t知识普及率\t显著改变\t提高\t10\t10\n" },
    { name: "an actual in words is not a target", text: head + "\t满意度指标\t服务对象满意度指标\t民警满意度\t≥90%\t满意\t10\t10\n" },
  ],
  invalid: [
    {
      name: "000 l.800: 按标准 as a cost",
      text: head + "\t产出指标\t成本指标\t人员支出\t按标准\t48万元\t10\t10\n",
      errors: [{ messageId: "cost", line: 3, field: "target", evidence: "按标准" }],
    },
    {
      name: "000 l.731: 长期 as a quantity",
      text: head + "\t产出指标\t数量指标\t雇佣时限\t长期\t长期\t20\t20\n",
      errors: [{ messageId: "quantity", line: 3, evidence: "长期" }],
    },
    {
      name: "001 l.3236 kind: a coverage rate described in words",
      text: head + "\t产出指标\t质量指标\t维修维护覆盖率\t对县域内各单位核心机房进行维修维护\t已维护\t10\t10\n",
      errors: [{ messageId: "rate", line: 3, indicator: "维修维护覆盖率" }],
    },
    {
      name: "000 l.541 and 546 (second form of 000): 根据需求 as cost, 满意 as satisfaction, both columns, reported once naming both",
      file: "test/fixtures/vague-value/000-l546-satisfaction-word.txt",
      errors: [
        { messageId: "cost", line: 26, field: "target", also: ["annualTarget"], evidence: "根据需求" },
        { messageId: "satisfaction", line: 31, field: "target", also: ["annualTarget"], evidence: "满意", indicator: "民警满意度" },
      ],
    },
  ],
});
