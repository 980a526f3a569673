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
    {
      name: "invented (issue 9, precision): a 长期 block and a 年度 block each list the same satisfaction row — one per block, not a duplicate",
      text:
        "项目名称\t示例基本公共卫生服务项目\n长期目标\t连续三年提供基本公共卫生服务。\n年度目标\t为全县8万常住人口提供基本公共卫生服务。\n" +
        "长期绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t老年人健康管理人数（累计）\t≥3万人\n满意度指标\t服务对象满意度指标\t签约居民满意度\t≥90%\n" +
        "年度绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t老年人健康管理人数\t≥1万人\n满意度指标\t服务对象满意度指标\t签约居民满意度\t≥90%\n",
    },
    {
      name: "invented (issue 9, precision): each block named in its header's first cell (实施期绩效指标 | 一级指标 …, then 年度绩效指标 | 一级指标 …) lists its rows once",
      text:
        "项目名称\t示例乡镇文化站改造项目\n实施期目标\t三年改造乡镇文化站12个。\n年度目标\t本年改造乡镇文化站4个。\n" +
        "实施期绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造乡镇文化站\t≥12个\n\t满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n" +
        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造乡镇文化站\t≥4个\n\t满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\n",
    },
  ],
  invalid: [
    {
      name: "invented (issue 9): within one block the second listing is still a duplicate",
      text:
        "项目名称\t示例基本公共卫生服务项目\n长期目标\t连续三年提供基本公共卫生服务。\n年度目标\t为全县8万常住人口提供基本公共卫生服务。\n" +
        "长期绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t老年人健康管理人数（累计）\t≥3万人\n满意度指标\t服务对象满意度指标\t签约居民满意度\t≥90%\n" +
        "年度绩效指标\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t老年人健康管理人数\t≥1万人\n满意度指标\t服务对象满意度指标\t签约居民满意度\t≥90%\n\t\t签约居民满意度\t≥92%\n",
      errors: [{ messageId: "duplicateDiffers", line: 12, field: "name", data: { firstLine: 11, firstValue: "≥90%", value: "≥92%" } }],
    },
    {
      name: "invented (issue 9): under a header naming its block (年度绩效指标 | 一级指标 …) the second listing is still a duplicate",
      text:
        "项目名称\t示例乡镇文化站改造项目\n年度目标\t本年改造乡镇文化站4个。\n" +
        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t改造乡镇文化站\t≥4个\n\t\t\t改造乡镇文化站\t≥5个\n",
      errors: [{ messageId: "duplicateDiffers", line: 5, field: "name", data: { firstLine: 4, firstValue: "≥4个", value: "≥5个" } }],
    },
    { name: "004 l.252: second occurrence with a different value", text: differs, errors: [{ messageId: "duplicateDiffers", line: lineOf(differs, name, 1), field: "name", data: { firstLine: lineOf(differs, name, 0), firstValue: "≥98%", value: "≥96%" } }] },
    { name: "same indicator, same value", text: same, errors: [{ messageId: "duplicate", line: lineOf(same, "交通违法举报数", 1), indicator: "交通违法举报数" }] },
  ],
});
