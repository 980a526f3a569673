import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf } from "../fixtures/copied-text/snippet.js";

// 004 l.251/252: the same 满意度 indicator twice, ≥98% and ≥96%
const name = "人民群众生命财产安全得到保护，群众安全感得到提升。";
const differs = form({
  name: "智慧交通系统建设项目",
  goal: "建成智慧交通指挥中心",
  rows: [`\t满意度指标\t服务对象满意度指标\t${name}\t≥98%\t≥98%\t98%\t5\t5`, `\t\t\t${name}\t≥96%\t≥96%\t96%\t5\t5`],
});
const same = form({
  name: "交通违法举报奖励",
  goal: "及时发放举报奖励",
  rows: ["\t产出指标\t数量指标\t交通违法举报数\t≥10起\t≥10起\t12起\t10\t10", "\t\t\t交通违法举报数\t≥10起\t≥10起\t12起\t10\t10"],
});

ruleTester.run("duplicate-indicator", {
  valid: [
    {
      name: "same text as a 数量 and a 成本 row (004 l.102/107) is normal",
      text: form({ name: "禁毒工作经费", goal: "开展禁毒宣传", rows: ["\t产出指标\t数量指标\t建设标准化“蒲公英e家”工作室\t2个\t2个\t2个\t10\t10", "\t\t成本指标\t建设标准化“蒲公英e家”工作室\t10万元\t10万元\t10万元\t10\t10"] }),
    },
    { name: "different indicators", text: form({ name: "示例项目", goal: "示例目标", rows: ["\t产出指标\t数量指标\t补助人数\t=3人\t=3人\t=3人\t10\t10", "\t\t\t发放次数\t=12次\t=12次\t=12次\t10\t10"] }) },
  ],
  invalid: [
    { name: "004 l.252: second occurrence with a different value", text: differs, errors: [{ messageId: "duplicateDiffers", line: lineOf(differs, name, 1), field: "name", data: { firstLine: lineOf(differs, name, 0), firstValue: "≥98%", value: "≥96%" } }] },
    { name: "same indicator, same value", text: same, errors: [{ messageId: "duplicate", line: lineOf(same, "交通违法举报数", 1), indicator: "交通违法举报数" }] },
  ],
});
