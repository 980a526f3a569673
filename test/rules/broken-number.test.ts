import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例附属用房建设项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("broken-number", {
  valid: [
    { name: "a whole number", text: head + "\t产出指标\t数量指标\t地面硬化面积\t11566.21平方米\t11566.21平方米\t20\t20\n" },
    { name: "thousands separators with spaces from PDF extraction", text: head + "\t产出指标\t成本指标\t建设费用\t≤1, 500, 000元\t1,480,000元\t10\t10\n" },
  ],
  invalid: [
    {
      name: "planted: the actual is broken",
      text: head + "\t产出指标\t数量指标\t地面硬化面积\t11566.21平方米\t1 1566.21平方米\t20\t20\n",
      errors: [{ messageId: "broken", line: 3, field: "actual", evidence: "1 1566.21平方米" }],
    },
    {
      name: "004 l.284: 1 1566.21平方米",
      file: "test/fixtures/broken-number/004-l284-split-digits.txt",
      errors: [{ messageId: "broken", line: 15, field: "target", evidence: "1 1566.21平方米" }],
    },
  ],
});
