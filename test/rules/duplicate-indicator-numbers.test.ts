import { ruleTester } from "../helpers/rule-tester.js";
import { form, lineOf } from "../fixtures/copied-text/snippet.js";

// invented: rows that differ only in their numbers name different items; the same number twice is a duplicate
const twoBuildings = form({
  name: "某县中学宿舍楼维修项目",
  goal: "维修1号、2号宿舍楼",
  rows: ["\t产出指标\t数量指标\t1号楼维修面积\t≥1200平方米\t≥1200平方米\t1250平方米\t10\t10", "\t\t\t2号楼维修面积\t≥900平方米\t≥900平方米\t930平方米\t10\t10"],
});
const sameBuilding = form({
  name: "某县中学宿舍楼维修项目",
  goal: "维修1号宿舍楼",
  rows: ["\t产出指标\t数量指标\t1号楼维修面积\t≥1200平方米\t≥1200平方米\t1250平方米\t10\t10", "\t\t\t1号楼维修面积\t≥900平方米\t≥900平方米\t930平方米\t10\t10"],
});

ruleTester.run("duplicate-indicator", {
  valid: [{ name: "invented: 1号楼 and 2号楼 are two indicators", text: twoBuildings }],
  invalid: [
    {
      name: "invented: 1号楼 twice with different values",
      text: sameBuilding,
      errors: [{ messageId: "duplicateDiffers", line: lineOf(sameBuilding, "1号楼维修面积", 1), field: "name", data: { firstValue: "≥1200平方米", value: "≥900平方米" } }],
    },
  ],
});
