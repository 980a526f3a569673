import { ruleTester } from "../helpers/rule-tester.js";
import { doc, form, lineOf } from "../fixtures/copied-text/snippet.js";

// 000 l.503 / l.892: stock-phrase goals
const furniture = form({ name: "蔡家崖派出所办公家具采购项目", goal: "保障单位正常运转" });
const rent = form({ name: "康宁派出所租赁费", goal: "认真履行职责，采取有力措施，保证各项工作顺利完成。" });
// invented (000 l.1424/1593 and 001 l.3051 have the like): stock wording about spending and stability
const spending = form({ name: "乡镇卫生院设备购置", goal: "严格经费使用范围，确保专款专用、用出高效益。" });
const stability = form({ name: "乡村学校取暖费", goal: "1.维护社会长期稳定。" });

// a run of several forms whose words are all shared: the last goal uses only words every other form uses
const common = "维护社会稳定，提升群众安全感";
const run = doc(
  ...["禁毒宣传", "交通秩序整治", "看守所运行", "网络运维"].map((n) => ({ name: `${n}经费`, goal: `${n}：维护社会稳定，提升群众安全感`, rows: ["\t效益指标\t社会效益指标\t群众安全感提升\t有效提升\t有效提升\t有效提升\t10\t10"] })),
  { name: "业务用房土地手续费", goal: common, rows: ["\t效益指标\t社会效益指标\t群众安全感提升\t有效提升\t有效提升\t有效提升\t10\t10"] },
);

ruleTester.run("generic-goal", {
  valid: [
    { name: "a goal that names its project", text: form({ name: "民辅警体检费", goal: "完成2024年度体检工作，确保民警身体健康" }) },
    { name: "stability named with the project's own subject and specifics", text: form({ name: "农村饮水安全工程维护", goal: "维修农村饮水管网12处，保障3个乡镇1.2万人饮水安全，维护供水稳定" }) },
    { name: "a specific goal without stock phrases", text: form({ name: "350兆基站服务费", goal: "全年租用350兆基站12座，通话接通率不低于98%" }) },
    { name: "a one-form run never judges by word frequency", text: form({ name: "业务用房土地手续费", goal: common }) },
    { name: "below minForms the frequency test is off", text: run, options: { minForms: 50 } },
  ],
  invalid: [
    { name: "000 l.503: 保障单位正常运转", text: furniture, errors: [{ messageId: "stockPhrases", line: lineOf(furniture, "保障单位正常运转"), field: "goals.annual", severity: "info", data: { share: "100%" } }] },
    { name: "000 l.892: 认真履行职责…", text: rent, errors: [{ messageId: "stockPhrases", line: lineOf(rent, "认真履行职责") }] },
    { name: "invented: 严格经费使用范围，确保专款专用、用出高效益", text: spending, errors: [{ messageId: "stockPhrases", line: lineOf(spending, "专款专用"), severity: "info" }] },
    { name: "invented: 维护社会长期稳定", text: stability, errors: [{ messageId: "stockPhrases", line: lineOf(stability, "维护社会长期稳定"), severity: "info" }] },
    {
      name: "only words common in the run (small run, thresholds lowered by option)",
      text: run,
      options: { minForms: 5, minDocFreq: 3 },
      errors: [{ messageId: "commonWords", line: lineOf(run, `\t${common}`), data: { project: "业务用房土地手续费" } }],
    },
  ],
});
