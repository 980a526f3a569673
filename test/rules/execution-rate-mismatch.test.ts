import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { WATER_DEPARTMENT_HEAD } from "../helpers/water-department.js";

/** an invented self-assessment whose funds block states only 年初预算数 and 执行数 */
const initialOnly = (funds: string) =>
  [
    "项目名称\t\t示例县乡村医生补助项目",
    "项目资金（万元）\t\t年初预算数\t全年执行数\t执行率\t分值\t得分",
    funds,
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标\t数量指标\t补助在岗乡村医生人数\t≥260人\t262人\t50\t50",
    "效益指标\t社会效益指标\t村卫生室正常运转率\t≥98%\t99%\t30\t30",
    "满意度指标\t服务对象满意度指标\t乡村医生满意度\t≥90%\t92%\t10\t10",
    "总分\t\t\t\t\t100\t99.5",
    "",
  ].join("\n");

/** invented: a department's self-assessment with no indicator table, its projects in a table of their own */
const department = (line: string) =>
  [
    "2024年度部门整体支出绩效自评表",
    ...WATER_DEPARTMENT_HEAD,
    line,
    "\t农村河道清淤整治项目\t180.00\t172.00\t95.56%\t94.00\t60%\t56.40",
    "\t合计\t300.00\t290.00\t96.67%\t—\t100%\t94.80",
    "",
  ].join("\n");

ruleTester.run("execution-rate-mismatch", {
  valid: [
    { name: "invented: a department form's project lines, each 执行率 = 执行数 / 预算数", text: department("\t小型水库安全运行管护项目\t120.00\t118.00\t98.33%\t96.00\t40%\t38.40") },
    { name: "20 / 20 = 100%", text: sa() },
    { name: "19.66 / 20 = 98.3%", text: sa({ funds: "\t资金总额:\t20\t20\t20\t19.66\t0.34\t98.3\t9.83", total: "总分\t\t\t\t\t\t\t99.83\t\t优" }) },
    { name: "invented: no 全年预算数 stated, 171 / 180 年初预算数 = 95%", text: initialOnly("\t年度资金总额\t180\t171\t95%\t10\t9.5") },
    { name: "invented: 172.5 / 180 = 95.83%, written with one decimal cut short (95.8%)", text: initialOnly("\t年度资金总额\t180\t172.5\t95.8%\t10\t9.58") },
    { name: "invented: 172.5 / 180 = 95.83%, written as a whole percent (96%)", text: initialOnly("\t年度资金总额\t180\t172.5\t96%\t10\t9.58") },
    { name: "invented: amounts rounded to whole 万元 (3 / 7 = 42.86%; 2.5–3.5 of 6.5–7.5 allow far more), rate 43.5% kept (within the scheme's 1 point)", text: initialOnly("\t年度资金总额\t7\t3\t43.5%\t10\t4.35") },
  ],
  invalid: [
    {
      name: "invented: a department form's project line whose 执行率 is not 执行数 / 预算数 (118 / 120 = 98.33%, written 93.33%)",
      text: department("\t小型水库安全运行管护项目\t120.00\t118.00\t93.33%\t96.00\t40%\t38.40"),
      errors: [{ messageId: "projectLine", line: 8, field: "funds", evidence: "93.33%", data: { expected: "98.33", name: "小型水库安全运行管护项目" } }],
    },
    {
      name: "checklist 9, invented: 172.5 / 180 = 95.83%, written 96.63% — a rate stated to hundredths that is 0.8 points off is another figure, not its rounding",
      text: initialOnly("\t年度资金总额\t180\t172.5\t96.63%\t10\t9.58"),
      errors: [{ messageId: "mismatch", line: 3, field: "funds", evidence: "96.63%", data: { expected: "95.83" } }],
    },
    {
      name: "invented: no 全年预算数 stated, 153 / 180 年初预算数 = 85%, rate written 95%",
      text: initialOnly("\t年度资金总额\t180\t153\t95%\t10\t9.5"),
      errors: [{ messageId: "mismatch", line: 3, field: "funds", evidence: "95%", data: { base: "年初预算数", adjusted: "180", expected: "85" } }],
    },
    {
      name: "planted after 002 l.593: 10 of 20 spent, rate written 100",
      text: sa({ funds: "\t资金总额:\t20\t20\t20\t10\t10\t100\t10" }),
      errors: [{ messageId: "mismatch", line: 5, field: "funds", evidence: "100", data: { expected: "50" } }],
    },
  ],
});
