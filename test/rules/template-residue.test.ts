import { ruleTester } from "../helpers/rule-tester.js";
import { form as goalForm, lineOf } from "../fixtures/copied-text/snippet.js";

const head = (name: string) => `项目名称\t${name}\n绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t实际完成值\t分值\t得分\n`;
const row = "\t产出指标\t数量指标\t聘用人数\t=10人\t=10人\t20\t20\n";

// invented self-assessments: "XX" for a figure in any unit the value parser knows, and a look-alike
// (one indicator row with a real name: the snippet's default rows carry a level-2 label as a name)
const goalRows = ["\t产出指标\t数量指标\t完成工程量\t=100%\t=100%\t100%\t20\t20"];
const dummyTons = goalForm({ name: "医疗废物集中处置补助", goal: "全年集中处置医疗废物不少于180吨", actual: "全年共处置医疗废物XX吨，未发生流失事件", rows: goalRows });
const dummyArea = goalForm({ name: "校舍维修改造", goal: "完成教学楼屋面防水改造XX平方米", actual: "完成教学楼屋面防水改造1200平方米", rows: goalRows });
const latinSize = goalForm({ name: "校服采购", goal: "为420名学生配备XL及以下尺码校服", actual: "为420名学生配备校服，其中XXL码12套", rows: goalRows });

ruleTester.run("template-residue", {
  valid: [
    { name: "invented: a goal and 实际完成情况 naming XL/XXL sizes hold no dummy", text: latinSize },
    { name: "names that start with 指标 but say what they measure", text: head("示例聘用人员经费") + "\t产出指标\t质量指标\t指标完成率\t≥95%\t96%\t20\t20\n" },
    { name: "a real project name and indicator", text: head("示例聘用人员经费") + row },
    {
      name: "invented: a goal numbered throughout, every item filled, with decimals and a closing number (3.5公里, 第2期)",
      text: "项目名称\t示例乡村道路养护经费\n年度目标\t目标1：养护乡村道路3.5公里。目标2：完成第2期桥涵维修。\n" + head("x").split("\n")[1] + "\n" + row,
    },
    { name: "a name that contains a number is not a serial name", text: head("5. 13案件后续医疗及其他费用") + row },
    // a template of numbered items prints spare slots in every group (corpus 002, layout 2): blank ones are not residue
    { name: "the template's empty slot row without values, in a table of numbered items", text: head("示例聘用人员经费") + row.replace("聘用人数", "指标 1:聘用人数") + "\t\t质量指标\t指标 2:\t\t\t\t\n" },
    {
      name: "invented (issue 9, precision): 社会公众满意度 names a real group (the public): a satisfaction indicator of a service project, not the level-2 label",
      text: head("示例城区环境卫生保洁经费") + row + "\t满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t93%\t10\t10\n",
    },
    { name: "a level label as the name of an empty template row", text: head("示例聘用人员经费") + row + "\t\t质量指标\t质量指标\t\t\t\t\n" },
  ],
  invalid: [
    {
      name: "invented (checklist item 8): empty slot rows (指标2：, ……) left among rows with plain names: the department neither filled nor removed them",
      text:
        head("示例乡村文化活动经费") +
        "\t产出指标\t数量指标\t送戏下乡场次\t≥24场\t26场\t20\t20\n\t\t\t指标2：\t\t\t\t\n" +
        "\t\t质量指标\t演出场次验收合格率\t≥95%\t100%\t20\t20\n\t\t成本指标\t……\t\t\t\t\n" +
        "\t满意度指标\t服务对象满意度指标\t观演群众满意度\t≥90%\t93%\t10\t10\n",
      errors: [
        { messageId: "slotLeft", line: 4, field: "name", evidence: "指标2：" },
        { messageId: "slotLeft", line: 6, field: "name", evidence: "……" },
      ],
    },
    {
      name: "invented: “XX吨” inside 实际完成情况 (dev-15 松陵 l.71 kind: a unit beyond %, 元 and counts)",
      text: dummyTons,
      errors: [{ messageId: "dummyInText", line: lineOf(dummyTons, "XX吨"), field: "goals.actual", data: { match: "XX吨" } }],
    },
    {
      name: "invented: “XX平方米” in the 年度目标",
      text: dummyArea,
      errors: [{ messageId: "dummyInText", line: lineOf(dummyArea, "XX平方米"), field: "goals.annual", data: { match: "XX平方米" } }],
    },
    {
      name: "invented (checklist item 8): a numbered goal whose last item is only an ellipsis (目标3：……), a warning",
      text: "项目名称\t示例乡村道路养护经费\n年度目标\t目标1：养护乡村道路3.5公里。目标2：完成桥涵维修12座。目标3：……\n" + head("x").split("\n")[1] + "\n" + row,
      errors: [{ messageId: "goalStub", line: 2, field: "goals.annual", severity: "warning", evidence: "目标3：……" }],
    },
    {
      name: "invented (checklist item 8): an empty numbered item between filled ones (目标2： then 目标3：)",
      text: "项目名称\t示例乡村道路养护经费\n年度目标\t目标1：养护乡村道路3.5公里。目标2：目标3：群众满意度达到90%以上。\n" + head("x").split("\n")[1] + "\n" + row,
      errors: [{ messageId: "goalStub", line: 2, field: "goals.annual", severity: "warning", evidence: "目标2：" }],
    },
    {
      name: "checklist 8: slot names and dummies with values (指标一, 三级指标2, ……, XXX指标, 数量指标1)",
      text: head("示例聘用人员经费") + "\t产出指标\t数量指标\t指标一\t=10人\t=10人\t10\t10\n\t\t\t三级指标2\t=5个\t=5个\t10\t10\n\t\t质量指标\t……\t≥95%\t96%\t10\t10\n\t\t\tXXX指标\t≥90%\t92%\t10\t10\n\t\t时效指标\t时效指标1\t年底前\t已完成\t10\t10\n",
      errors: [
        { messageId: "slotName", line: 3, field: "name", evidence: "指标一" },
        { messageId: "slotName", line: 4, field: "name", evidence: "三级指标2" },
        { messageId: "slotName", line: 5, field: "name", evidence: "……" },
        { messageId: "slotName", line: 6, field: "name", evidence: "XXX指标" },
        { messageId: "labelName", line: 7, field: "name", evidence: "时效指标1", severity: "warning" },
      ],
    },
    {
      name: "planted: a header cell (立项依据) holding only **",
      text: "项目名称\t示例聘用人员经费\n立项依据\t**\n" + head("x").split("\n")[1] + "\n" + row,
      errors: [{ messageId: "dummyCell", line: 2, field: "project.details", evidence: "**", data: { field: "立项依据" } }],
    },
    {
      name: "checklist item 8 (000 l.987 kind): a level-2 label as the 三级指标, with a value — a warning",
      text: head("示例聘用人员经费") + row + "\t\t质量指标\t质量指标\t≥95%\t96%\t10\t10\n\t满意度指标\t服务对象满意度指标\t满意度指标\t≥90%\t92%\t10\t10\n",
      errors: [
        { messageId: "labelName", line: 4, field: "name", severity: "warning", evidence: "质量指标" },
        { messageId: "labelName", line: 5, field: "name", severity: "warning", evidence: "满意度指标" },
      ],
    },
    {
      name: "invented (issue 9): the level-2 labels 社会公众满意度指标 and 服务对象满意度 (the template's stand-in group) as the 三级指标",
      text: head("示例城区环境卫生保洁经费") + row + "\t满意度指标\t服务对象满意度指标\t社会公众满意度指标\t≥90%\t93%\t5\t5\n\t满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90%\t93%\t5\t5\n",
      errors: [
        { messageId: "labelName", line: 4, field: "name", severity: "warning", evidence: "社会公众满意度指标" },
        { messageId: "labelName", line: 5, field: "name", severity: "warning", evidence: "服务对象满意度" },
      ],
    },
    {
      name: "planted: serial-number project name",
      text: head("56 号") + row,
      errors: [{ messageId: "serialName", line: 1, field: "project.name", evidence: "56 号" }],
    },
    {
      name: "002 l.1852 kind: 指标 1: alone as a name with values",
      text: head("示例聘用人员经费") + "\t产出指标\t数量指标\t指标 1:\t=10人\t=10人\t20\t20\n",
      errors: [{ messageId: "slotName", line: 3, field: "name", evidence: "指标 1:" }],
    },
    {
      name: "001 l.2881–2891: 55 号 with ** budget and spending plan",
      file: "test/fixtures/template-residue/001-l2881-serial-name-and-dummies.txt",
      errors: [
        { messageId: "serialName", line: 4, evidence: "55 号" },
        { messageId: "dummyCell", line: 7, field: "funds", evidence: "**" },
        { messageId: "dummyCell", line: 14, field: "funds.spendingPlan", evidence: "**" },
      ],
    },
  ],
});
