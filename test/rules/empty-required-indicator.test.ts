import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";
const filled =
  "\t产出指标\t数量指标\t购置家具数量\t≥10套\t10套\t20\t20\n" +
  "\t\t质量指标\t验收合格率\t100%\t100%\t10\t10\n" +
  "\t\t时效指标\t投入使用时间\t2024年6月前\t2024年5月\t10\t10\n";
const satisfaction = "\t满意度指标\t服务对象满意度指标\t使用人员满意度\t≥90%\t95%\t10\t10\n";

ruleTester.run("empty-required-indicator", {
  valid: [
    { name: "every required level 2 filled", text: head + filled + "\t\t成本指标\t采购成本\t≤5万元\t4.8万元\t10\t10\n" + satisfaction },
    { name: "empty 生态效益 row is allowed", text: head + filled + "\t\t成本指标\t采购成本\t≤5万元\t4.8万元\t10\t10\n\t效益指标\t生态效益指标\t\t\t\t\t\n" + satisfaction },
    { name: "an extra empty row under a level 2 that has a complete row", text: head + filled + "\t\t成本指标\t采购成本\t≤5万元\t4.8万元\t10\t10\n\t\t\t\t\t\t\t\n" + satisfaction },
  ],
  invalid: [
    {
      name: "planted: cost row with a name but no value",
      text: head + filled + "\t\t成本指标\t采购成本\t\t\t10\t10\n" + satisfaction,
      errors: [{ messageId: "noValue", line: 6, field: "target", indicator: "采购成本" }],
    },
    {
      name: "000 l.508: empty 成本指标 row while the rest of the form is filled",
      file: "test/fixtures/empty-required-indicator/000-l508-empty-cost-row.txt",
      errors: [{ messageId: "noName", line: 25, field: "level2", evidence: "成本指标", data: { level2: "成本指标" } }],
    },
  ],
});
