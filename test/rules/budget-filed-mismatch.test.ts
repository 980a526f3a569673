import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { shanxiTarget, lineWith } from "../helpers/shanxi-target-snippet.js";

// invented documents: a project's target form (amounts in 元) followed by its self-assessment (万元)
const target = (o: { name?: string; funds?: number; year?: number } = {}) =>
  shanxiTarget({ name: o.name ?? "示例取暖项目", department: "011-示例市公安局", periodFunds: o.funds ?? 200000, year: o.year });
/** the self-assessment's funds row: 目标申报数, 预算编制数, 全年预算数, 全年执行数 (万元) */
const selfWith = (declared: string, planned: string, adjusted: string) =>
  sa({ funds: `\t资金总额:\t${declared}\t${planned}\t${adjusted}\t${adjusted}\t0\t100\t10` });

const same = target() + selfWith("20", "20", "20");
const adjustedLater = target() + selfWith("20.00", "20.00", "22.50");
const otherProject = target({ name: "乡村教师培训项目" }) + selfWith("18", "18", "18");
const otherYear = target({ year: 2023 }) + selfWith("18", "18", "18").replace("项目名称", "(2024年度)\n项目名称");
const differs = target() + selfWith("18.00", "18.00", "18.00");
// 400 元 apart: "20.0" (万元, one decimal) shows no less than 1,000 元, so 200,400 元 rounds to it
const rounded = target({ funds: 200400 }) + selfWith("20.0", "20.0", "20.0");

ruleTester.run("budget-filed-mismatch", {
  valid: [
    { name: "invented: 目标申报数 = the target form's 年度资金总额 (200,000元 = 20万元)", text: same },
    { name: "invented: a budget raised during the year shows in 全年预算数, the year-start column still matches", text: adjustedLater },
    { name: "invented: a target form of another project in the same document", text: otherProject },
    { name: "invented: a target form of another year", text: otherYear },
    { name: "invented: 200,400元 against 20.0万元: equal to the precision the 万元 cell shows", text: rounded },
  ],
  invalid: [
    {
      name: "invented: 目标申报数 18.00万元 against the attached target form's 200,000元 (dev-15 松陵 l.27 kind)",
      text: differs,
      errors: [{ messageId: "differs", line: lineWith(differs, "资金总额:"), field: "funds", severity: "warning", evidence: "18.00", data: { column: "目标申报数", planned: "18.00", unit: "万元", filed: "200,000", filedUnit: "元" } }],
    },
  ],
});
