import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented submissions (checklist item 7): three forms of one department, one with another code
const a = shanxiTarget({ name: "乡村教师培训项目" });
const b = shanxiTarget({ name: "学生营养餐补助" });
const c = shanxiTarget({ name: "校舍维修项目", department: "032-示例县教育局" });
const both = a + b + c;
// the code in square brackets after the name ("示例县教育局[031]"), one form with another
const br = (name: string, code: string) => shanxiTarget({ name, department: `示例县水利局[${code}]` });
const brackets = br("河道清淤", "305001") + br("小型水库维修", "305001") + br("农村饮水巡检", "305010");
// invented: the code in square brackets before the name ("[301]示例县人力资源和社会保障局"), one form with
// two digits swapped; and the code named in round brackets after it ("示例县民政局(编码 214)")
const pre = (name: string, code: string) => shanxiTarget({ name, department: `[${code}]示例县人力资源和社会保障局` });
const before = pre("公益性岗位补贴", "301") + pre("职业技能培训补贴", "310") + pre("创业担保贷款贴息", "301");
const lab = (name: string, code: string) => shanxiTarget({ name, department: `示例县民政局(编码 ${code})` });
const labelled = lab("临时救助资金", "214") + lab("养老服务补贴", "214") + lab("殡葬设施维护", "241");
// one code written with two names of the department
const named = shanxiTarget({ name: "乡村教师培训项目" }) + shanxiTarget({ name: "学生营养餐补助" }) + shanxiTarget({ name: "校舍维修项目", department: "031-示例县教体局" });

ruleTester.run("department-code-mismatch", {
  valid: [
    { name: "one code throughout", text: a + b },
    { name: "a code in square brackets, the same throughout", text: br("河道清淤", "305001") + br("小型水库维修", "305001") },
    { name: "invented: a code named in brackets after the name, the same throughout", text: lab("临时救助资金", "214") + lab("养老服务补贴", "214") },
    { name: "different departments may have different codes", text: a + shanxiTarget({ name: "乡镇卫生院设备", department: "045-示例县卫生健康局" }) },
  ],
  invalid: [
    {
      name: "the third form gives the department another code",
      text: both,
      errors: [{ messageId: "otherCode", line: lineWith(both, "032-示例县教育局"), field: "project.department", severity: "warning", data: { name: "示例县教育局", code: "032", usual: "031", others: 2 } }],
    },
    {
      name: "a code in square brackets after the name, one form with another",
      text: brackets,
      errors: [{ messageId: "otherCode", line: lineWith(brackets, "[305010]"), field: "project.department", data: { name: "示例县水利局", code: "305010", usual: "305001", others: 2 } }],
    },
    {
      name: "invented: a code in square brackets before the name, one form with another",
      text: before,
      errors: [{ messageId: "otherCode", line: lineWith(before, "[310]"), field: "project.department", data: { name: "示例县人力资源和社会保障局", code: "310", usual: "301", others: 2 } }],
    },
    {
      name: "invented: a code named in round brackets after the name (编码 214), one form with another",
      text: labelled,
      errors: [{ messageId: "otherCode", line: lineWith(labelled, "编码 241"), field: "project.department", data: { name: "示例县民政局", code: "241", usual: "214", others: 2 } }],
    },
    {
      name: "one code, the department named another way on one form",
      text: named,
      errors: [{ messageId: "otherName", line: lineWith(named, "031-示例县教体局"), field: "project.department", severity: "warning", data: { name: "示例县教体局", code: "031", usual: "示例县教育局", others: 2 } }],
    },
  ],
});
