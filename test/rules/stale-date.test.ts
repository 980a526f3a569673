import { ruleTester } from "../helpers/rule-tester.js";
import { shanxiTarget, lineWith } from "../helpers/shanxi-target-snippet.js";

const form = (rows: string) =>
  "兴县县(区)级预算部门(单位)项目支出绩效目标表\n(2024年度)\n项目名称\t示例项目\n项目资金 （元）\t实施期资金总额：\t50,000\t年度资金总额：\t50,000\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n" + rows;

// invented 2025 target forms whose 年度目标 opens with a year (checklist 5), and look-alikes
const multiYear = { year: 2025, attribute: "经常性项目", period: "2023-2027年", periodFunds: 1800000, annualFunds: 360000 };
const lastYearGoal = shanxiTarget({ ...multiYear, annualGoal: "2024年，保障12个乡镇服务站正常运转，全年服务退役军人不少于2000人次" });
const lastYearLabel = shanxiTarget({ year: 2025, annualGoal: "2024年度：完成120名乡村教师全员培训" });
const background = shanxiTarget({ year: 2025, annualGoal: "在2024年基础上扩大培训范围，完成150名乡村教师全员培训" });
const eventYear = shanxiTarget({ year: 2025, annualGoal: "2016年某同志因公受伤致残，本年度解决其治疗及康复费用共计8万元" });
// invented: a 2025 goal promising the project's own work of 2024, and things that merely carry an earlier year
const lastYearWork = shanxiTarget({ year: 2025, name: "乡村教师培训经费", annualGoal: "完成2024年度乡村教师培训组织工作，全年培训教师120人" });
const reportOfLastYear = shanxiTarget({ year: 2025, name: "事业单位登记管理工作经费", annualGoal: "完成86家事业单位2024年度报告公示，登记档案规范完整" });
const otherWork = shanxiTarget({ year: 2025, name: "乡村教师培训经费", annualGoal: "巩固2024年度全县教育质量提升成果，完成120名乡村教师培训" });
const thisYear = shanxiTarget({ ...multiYear, periodGoal: "到2027年全县村级服务站全部达标，2023年起逐年推进", annualGoal: "2025年，保障12个乡镇服务站正常运转" });

ruleTester.run("stale-date", {
  valid: [
    { name: "a name labelled with the budget year, or comparing with an earlier one", text: form("\t产出指标\t数量指标\t2024年培训人数\t≥100人\n\t效益指标\t社会效益指标\t较2022年案件下降率\t≥5%\n") },
    { name: "dates in the budget year", text: form("\t产出指标\t时效指标\t完成时间\t2024年底\n\t\t时效指标\t租赁期间\t2023年7月至2024年6月\n") },
    { name: "invented: a goal naming last year's results as background (在2024年基础上…)", text: background },
    { name: "invented: a goal opening with the year of an event it recounts, not as its label", text: eventYear },
    { name: "invented: a thing that carries last year (the 2024 annual reports filed in 2025) is no work of last year", text: reportOfLastYear },
    { name: "invented: last year's results named without a verb of doing, and not the project's subject", text: otherWork },
    { name: "invented: a multi-year project: its 实施期目标 names other years, its 年度目标 the budget year", text: thisYear },
    { name: "a number that is not a year", text: form("\t产出指标\t数量指标\t热熔标线\t2000平方米\n") },
    { name: "invented: a range of unit costs whose first figure looks like a year (2000-2500元/场) is money", text: form("\t产出指标\t成本指标\t每场培训成本\t2000-2500元/场\n\t\t数量指标\t发放宣传册\t2010-2020册\n") },
    { name: "a name with a later deadline", text: form("\t产出指标\t时效指标\t2024年内完成整体建设\t2024年底\n") },
  ],
  invalid: [
    {
      name: "invented: a 2025 年度目标 opening with “2024年，” (dev-15 柳岸 l.54 kind), in a multi-year project",
      text: lastYearGoal,
      errors: [{ messageId: "staleGoal", line: lineWith(lastYearGoal, "2024年，保障"), field: "goals.annual", data: { year: 2024, budgetYear: 2025 } }],
    },
    {
      name: "invented: a 2025 年度目标 promising the project's own work of 2024 (完成2024年度乡村教师培训组织工作)",
      text: lastYearWork,
      errors: [{ messageId: "staleWork", line: lineWith(lastYearWork, "完成2024年度"), field: "goals.annual", data: { year: 2024, budgetYear: 2025 } }],
    },
    {
      name: "invented: a 2025 年度目标 labelled “2024年度：”",
      text: lastYearLabel,
      errors: [{ messageId: "staleGoal", line: lineWith(lastYearLabel, "2024年度："), field: "goals.annual", data: { year: 2024, budgetYear: 2025 } }],
    },
    {
      name: "checklist 5: an indicator name labelled with an earlier year (copied from that year's form)",
      text: form("\t产出指标\t数量指标\t2022年度培训人数\t≥100人\n"),
      errors: [{ messageId: "staleLabel", line: 6, field: "name", evidence: "2022年度培训人数", data: { year: 2022, budgetYear: 2024 } }],
    },
    {
      name: "000 l.604: 2018年9月 in a 2024 form",
      text: form("\t产出指标\t时效指标\t开工日期\t2018年9月\n"),
      errors: [{ messageId: "staleValue", line: 6, field: "target", evidence: "2018年9月", data: { year: 2018, budgetYear: 2024 } }],
    },
    {
      name: "002 l.1086 kind: a range ending before the budget year",
      text: form("\t产出指标\t时效指标\t费用有效期间\t2022年6月至2023年5月\n"),
      errors: [{ messageId: "staleValue", line: 6, data: { year: 2023 } }],
    },
    {
      name: "000 l.507: 2022年前 in both columns of the first form of 000",
      file: "test/fixtures/stale-date/000-l507-before-budget-year.txt",
      errors: [
        { messageId: "staleValue", line: 24, field: "target", also: ["annualTarget"], evidence: "2022年前2022年前" },
      ],
    },
    {
      name: "004 l.19: 2023年内完成 valued 2024年底",
      file: "test/fixtures/stale-date/004-l19-deadline-in-name.txt",
      errors: [{ messageId: "staleName", line: 19, field: "name", data: { year: 2023, budgetYear: 2024 } }],
    },
  ],
});
