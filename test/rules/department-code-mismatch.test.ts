import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

// invented submissions (checklist item 7): three forms of one department, one with another code
const a = shanxiTarget({ name: "乡村教师培训项目" });
const b = shanxiTarget({ name: "学生营养餐补助" });
const c = shanxiTarget({ name: "校舍维修项目", department: "032-示例县教育局" });
const both = a + b + c;

ruleTester.run("department-code-mismatch", {
  valid: [
    { name: "one code throughout", text: a + b },
    { name: "different departments may have different codes", text: a + shanxiTarget({ name: "乡镇卫生院设备", department: "045-示例县卫生健康局" }) },
  ],
  invalid: [
    {
      name: "the third form gives the department another code",
      text: both,
      errors: [{ messageId: "otherCode", line: lineWith(both, "032-示例县教育局"), field: "project.department", severity: "warning", data: { name: "示例县教育局", code: "032", usual: "031", others: 2 } }],
    },
  ],
});
