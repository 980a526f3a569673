/**
 * Test helper: an invented town's 部门整体支出绩效目标表 (TAB text) whose 支出构成 names three projects
 * under 项目支出 (120 + 100 + 80 = 300万元), shared by the reader and department-project-sum tests.
 */
export const TOWN_DEPARTMENT_LINES = [
  "2025年部门整体支出绩效目标表",
  "部门名称\t示例县示例镇人民政府\t部门编码\t305001",
  "年度预算（万元）\t资金总额\t1500.00\t其中：财政拨款\t1450.00\t其他资金\t50.00",
  "支出构成（万元）\t基本支出\t1200.00\t项目支出\t300.00",
  "\t其中：集镇环境卫生保洁项目\t120.00\t\t",
  "\t农村饮水设施维护项目\t100.00\t\t",
  "\t村级公益事业补助项目\t80.00\t\t",
  "年度总体目标\t保障镇政府正常运转，做好集镇保洁和农村饮水设施维护",
  "一级指标\t二级指标\t三级指标\t指标性质\t符号\t指标值\t计量单位",
  "产出指标\t数量指标\t维护农村饮水设施\t定量\t≥\t25\t处",
];
