import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";

const narr = (a: string, b: string) => [`项目绩效分析\t自评结果分析\t项目实施和预算执行情况\t${a}`, `\t\t满意度情况及分析\t${b}`];

ruleTester.run("narrative-contradicts-table", {
  valid: [
    { name: "narrative agrees: 100%, 96%", text: sa() },
    { name: "negated overspending, satisfaction above the actual", text: sa({ narrative: narr("预算执行率100%,无超支或结余", "职工满意度达98%") }) },
  ],
  invalid: [
    {
      name: "002 l.605/608: 合理超支 with 执行数 = 预算数; 满意度达89% vs ≥96%",
      file: "test/fixtures/narrative-contradicts-table/002-l608-satisfaction-89-vs-96.txt",
      errors: [
        { messageId: "overspend", line: 19, field: "narrative", evidence: "因极端寒潮临时增购能源导致合理超支" },
        { messageId: "satisfaction", line: 22, field: "narrative", evidence: "满意度达89%" },
      ],
    },
    {
      name: "planted after 002 l.926: 预算执行率93% vs table 100%",
      text: sa({ narrative: narr("预算执行率93%,资金使用全程审计合规", "职工满意度达96%") }),
      errors: [{ messageId: "rate", line: 13, evidence: "预算执行率93%", data: { rate: "100" } }],
    },
    {
      name: "planted after 002 l.805: 完成率为102% while 19.17 / 17.42 ≈ 110% and the table says 100",
      text: sa({ actual: "全年目标为17.422644万元,实际完成19.165166万元,完成率为102%" }),
      errors: [{ messageId: "completion", line: 7, field: "goals.actual", evidence: "完成率为102%" }],
    },
    {
      name: "planted after 002 l.1092: savings returned, but balance 0 and rate 100",
      text: sa({ narrative: narr("预算执行率100%，因合同谈判优化条款节省部分费用，结余资金按规退回", "职工满意度达96%") }),
      errors: [{ messageId: "savings", line: 13, evidence: "因合同谈判优化条款节省部分费用" }],
    },
  ],
});
