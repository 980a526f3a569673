import { ruleTester } from "../helpers/rule-tester.js";

const head = "项目名称\t示例项目\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n";

ruleTester.run("doubled-text", {
  valid: [
    { name: "a word written once", text: head + "\t效益指标\t社会效益指标\t资产利用水平\t正常\t正常\t30\t30\n" },
    { name: "a bare number that repeats digits is not doubled text", text: head + "\t产出指标\t数量指标\t办理业务笔数\t2020\t2020\t20\t20\n" },
    { name: "a date written once", text: head + "\t产出指标\t时效指标\t资产投入使用时间\t2024年前\t2024年3月\t10\t10\n" },
  ],
  invalid: [
    {
      name: "000 l.510: 正常正常 (target only)",
      text: head + "\t效益指标\t社会效益指标\t资产利用水平\t正常正常\t正常\t30\t30\n",
      errors: [{ messageId: "match", line: 3, field: "target", evidence: "正常正常", indicator: "资产利用水平" }],
    },
    {
      name: "planted: doubled text with a space between the copies in the actual",
      text: head + "\t产出指标\t质量指标\t设备运行状态\t良好\t良好 良好\t10\t10\n",
      errors: [{ messageId: "match", line: 3, field: "actual", evidence: "良好 良好" }],
    },
    {
      name: "000 l.507–511 (first form of 000): both columns of three rows, each reported once naming both",
      file: "test/fixtures/doubled-text/000-l507-doubled-cells.txt",
      errors: [
        { messageId: "match", line: 24, field: "target", also: ["annualTarget"], evidence: "2022年前2022年前" },
        { messageId: "match", line: 27, field: "target", also: ["annualTarget"], evidence: "正常正常" },
        { messageId: "match", line: 28, field: "target", also: ["annualTarget"], evidence: "保障保障", indicator: "工作正常运转或专项业务保" },
      ],
    },
  ],
});
