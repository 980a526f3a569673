/**
 * Test helper: the head of an invented county water bureau's 部门整体支出绩效自评表 with no indicator
 * table (TAB text) — department, funds block (部门支出总额 900 = 基本 600 + 项目 300) and the header of
 * its projects table (项目名称 | 全年预算数 | 全年执行数 | 执行率 | 项目自评得分 | 权重占比 | 折算得分) — shared
 * by the reader test and the converted-score and execution-rate rule tests, which add the project lines.
 */
export const WATER_DEPARTMENT_HEAD = [
  "部门名称\t示例县水利局\t部门编码\t401002",
  "年度预算执行情况（万元）\t\t全年预算数\t全年执行数\t执行率",
  "\t部门支出总额\t900.00\t880.00\t97.78%",
  "\t其中：基本支出\t600.00\t590.00\t98.33%",
  "\t项目支出\t300.00\t290.00\t96.67%",
  "项目支出绩效情况\t项目名称\t全年预算数\t全年执行数\t执行率\t项目自评得分\t权重占比\t折算得分",
];
