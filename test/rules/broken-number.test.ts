import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例附属用房建设项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

// an invented Fujian-style target form: the value split over 指标性质 / 计算符号 / 指标值 / 度量单位 / 指标值说明
const splitHead =
  "项目名称\t示例乡村文化服务项目\t\t\t项目编码\t3501002025000001\n项目资金（万元）\t年度资金总额\t12.00\n" +
  "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t计算符号\t指标值\t度量单位\t指标值说明\n";

ruleTester.run("broken-number", {
  valid: [
    { name: "invented (dev-25): split value columns with whole numbers (12 个, 100 %)", text: splitHead + "\t产出指标\t数量指标\t新建村级文化服务点\t定量\t≥\t12\t个\t\n\t\t质量指标\t服务点验收合格率\t定量\t=\t100\t%\t\n" },
    { name: "a whole number", text: head + "\t产出指标\t数量指标\t地面硬化面积\t11566.21平方米\t11566.21平方米\t20\t20\n" },
    { name: "thousands separators with spaces from PDF extraction", text: head + "\t产出指标\t成本指标\t建设费用\t≤1, 500, 000元\t1,480,000元\t10\t10\n" },
  ],
  invalid: [
    {
      name: "invented (dev-25): a value split over 计算符号 / 指标值 / 度量单位 whose number cell holds \"1 2\" — one number's cell, so the space is a break, short as the groups are",
      text: splitHead + "\t产出指标\t数量指标\t新建村级文化服务点\t定量\t≥\t1 2\t个\t\n" + "\t\t质量指标\t服务点验收合格率\t定量\t=\t100\t%\t\n",
      errors: [{ messageId: "broken", line: 4, field: "target", evidence: "≥1 2个" }],
    },
    {
      name: "planted: the actual is broken",
      text: head + "\t产出指标\t数量指标\t地面硬化面积\t11566.21平方米\t1 1566.21平方米\t20\t20\n",
      errors: [{ messageId: "broken", line: 3, field: "actual", evidence: "1 1566.21平方米" }],
    },
    {
      name: "invented: a space-aligned (-layout) row whose actual holds a number broken by one space (1 260公里) keeps it as one cell, and the row keeps its columns",
      text: [
        "项目名称  示例农村公路养护项目",
        "一级指标  二级指标  三级指标          年度指标值  实际完成值  分值  得分  偏差原因",
        "产出指标  数量指标  农村公路养护里程  ≥1260公里   1 260公里   20    20    无",
        "          质量指标  路面优良率        ≥85%        86%         10    10    无",
      ].join("\n"),
      errors: [{ messageId: "broken", line: 3, field: "actual", evidence: "1 260公里" }],
    },
    {
      name: "004 l.284: 1 1566.21平方米",
      file: "test/fixtures/broken-number/004-l284-split-digits.txt",
      errors: [{ messageId: "broken", line: 15, field: "target", evidence: "1 1566.21平方米" }],
    },
  ],
});
