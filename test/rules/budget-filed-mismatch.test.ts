import { describe, expect, it } from "vitest";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
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

// Across files (issue 9): a department's 目标表 and its 自评表 filed as two files of one run. The
// target form file comes first (case-1.txt), the self-assessment file second (case-2.txt).
const saYear = (declared: string, year?: number) => (year ? `(${year}年度)\n` : "") + selfWith(declared, declared, declared);
/** a self-assessment of the same project name in another department */
const saOtherDept = selfWith("18", "18", "18").replaceAll("011-示例市公安局", "012-示例市交通运输局").replace("011001-示例市公安局", "012001-示例市交通运输局");
const filed2023 = target({ year: 2023, funds: 150000 });
const filed2024 = target({ year: 2024 });
// a three-year project: 实施期 600,000 元, this year's funds 200,000 元
const multiYear = shanxiTarget({ name: "示例取暖项目", department: "011-示例市公安局", attribute: "延续项目", period: "3年", periodFunds: 600000, annualFunds: 200000 });
// the same target form without its unit ("项目资金" with no 元): nothing to convert the 万元 cell to
const noUnit = target().replace("项目资金 （元）", "项目资金");

ruleTester.run("budget-filed-mismatch", {
  valid: [
    { name: "invented, two files: 20万元 = the other file's 200,000元", texts: [target(), saYear("20")] },
    { name: "invented, two files: a multi-year project's year funds match (its 实施期 total does not)", texts: [multiYear, saYear("20")] },
    { name: "invented, two files: the same project name in another department", texts: [target(), saOtherDept] },
    { name: "invented, two files: a target form of another year", texts: [filed2023, saYear("18", 2024)] },
    { name: "invented, two files: 200,400元 against 20.0万元, equal to the shown precision", texts: [target({ funds: 200400 }), saYear("20.0")] },
    { name: "invented, two files: the target form states no unit", texts: [noUnit, saYear("18")] },
    { name: "invented, two files: two target forms of the project, no year to choose, two amounts", texts: [filed2023, filed2024, saYear("18")] },
    { name: "invented, two files: the self-assessment's own document holds its target form (which agrees)", texts: [target({ funds: 180000 }), same] },
  ],
  invalid: [
    {
      name: "invented, two files: 目标申报数 18.00万元 against the other file's 200,000元",
      texts: [target(), saYear("18.00")],
      errors: [{ messageId: "otherFile", line: lineWith(saYear("18.00"), "资金总额:"), field: "funds", severity: "warning", evidence: "18.00", data: { column: "目标申报数", planned: "18.00", unit: "万元", filed: "200,000", filedUnit: "元", source: "case-1.txt", line: lineWith(target(), "年度资金总额") } }],
    },
    {
      name: "invented, two files: the year's target form chosen among the project's 2023 and 2024 forms",
      texts: [filed2023, filed2024, saYear("15.00", 2024)],
      errors: [{ messageId: "otherFile", line: lineWith(saYear("15.00", 2024), "资金总额:"), data: { source: "case-2.txt", filed: "200,000" } }],
    },
    {
      name: "invented, two files: the self-assessment's document holds next year's target form only; the run holds this year's",
      texts: [filed2024, target({ year: 2025 }) + saYear("18.00", 2024)],
      errors: [{ messageId: "otherFile", data: { source: "case-1.txt", filed: "200,000" } }],
    },
    {
      name: "invented, three files: the project's target form filed twice with one amount; the first is named",
      texts: [filed2024, filed2024.replace("负责人：", "负责人：\t张某"), saYear("18.00")],
      errors: [{ messageId: "otherFile", data: { source: "case-1.txt", filed: "200,000" } }],
    },
    {
      name: "invented, two files: within one document the finding is as before, whatever the other file holds",
      texts: [target({ funds: 180000 }), differs],
      errors: [{ messageId: "differs", line: lineWith(differs, "资金总额:"), data: { filed: "200,000" } }],
    },
  ],
});

describe("budget-filed-mismatch across files: provenance", () => {
  it("names the target form's file and line in the related information", async () => {
    const [f] = await runRule("budget-filed-mismatch", { texts: [target(), saYear("18.00")] });
    expect(f.source).toBe("case-2.txt");
    expect(f.related).toEqual([{ source: "case-1.txt", line: lineWith(target(), "年度资金总额"), loc: { line: lineWith(target(), "年度资金总额"), col: expect.any(Number) }, project: "示例取暖项目", text: "年度资金总额 200,000元", note: "申报的绩效目标表" }]);
    expect(f.messageZh).toBe(`自评表的目标申报数是 18.00万元，case-1.txt 中同一项目的绩效目标表（第 ${lineWith(target(), "年度资金总额")} 行）年度资金总额是 200,000元，两者不一致。`);
  });
});
