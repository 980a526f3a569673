import { readFileSync } from "node:fs";
import { ruleTester } from "../helpers/rule-tester.js";

const target = readFileSync("test/fixtures/target-drift/000-l488-target.txt", "utf8");

// invented: a three-year project whose table gives 中期 and 年度 values side by side (中期指标值 | 年度指标值)
const midTerm = (count: string, rate: string) =>
  [
    "项目支出绩效目标表",
    "（2025年度）",
    "项目名称\t农村应急广播维护",
    "主管部门及代码\t[305]示例县文化广电局\t实施单位\t示例县融媒体中心",
    "项目属性\t延续项目\t项目期\t2025年1月—2027年12月",
    "中期资金总额（2025—2027年）\t90.00\t其中：中央补助\t0.00\t县级\t90.00",
    "年度资金总额（2025年）\t30.00\t其中：中央补助\t0.00\t县级\t30.00",
    "中期目标（2025—2027年）\t三年累计维护应急广播终端不少于600个。",
    "年度目标（2025年）\t维护应急广播终端不少于200个。",
    "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
    `产出指标\t数量指标\t维护应急广播终端数\t≥600个\t${count}`,
    `\t质量指标\t终端在线率\t≥95%\t${rate}`,
    "满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t≥90%",
    "",
  ].join("\n");
const yearAbove = midTerm("≥900个", "≥95%");

ruleTester.run("period-annual-mismatch", {
  valid: [
    { name: "000 l.488 shape: both columns equal", text: target },
    { name: "invented: several years — the year's count below the period's, a rate the same or higher (rates are not summed)", text: midTerm("≥200个", "≥98%") },
    { name: "year column cut short (truncation, not a different target)", text: target.replace("数量指标\t购置办公设备数量\t≥10台（套）\n", "数量指标\t购置办公设备数量\t≥1\n") },
  ],
  invalid: [
    {
      name: "invented: several years — the year promises more than the whole period (≥900个 against ≥600个), a warning",
      text: yearAbove,
      errors: [{ messageId: "annualAbovePeriod", severity: "warning", line: 11, field: "annualTarget", evidence: "≥900个" }],
    },
    {
      name: "planted after 000 l.504: 实施期 ≥10台（套）, 年度 ≥8台（套）on a one-year project",
      text: target.replace("数量指标\t购置办公设备数量\t≥10台（套）\n", "数量指标\t购置办公设备数量\t≥8台（套）\n"),
      errors: [{ messageId: "differ", line: 16, field: "annualTarget", evidence: "≥8台（套）" }],
    },
  ],
});
