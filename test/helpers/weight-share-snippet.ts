/**
 * An invented self-assessment scored by weight shares (福建-style: 权重占比 per row, 得分 out of 100,
 * 折算得分 = 得分 × 权重占比), shared by the rule tests that need one.
 */
export function weightShareForm(opts: { satisfaction?: string; after?: string[] } = {}): string {
  return [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t\t某县老旧小区改造项目",
    "项目资金（万元）\t\t年初预算数\t调整后预算数\t预算执行数\t执行率\t权重占比\t得分\t折算得分",
    "\t\t850\t850\t816\t96%\t10%\t96\t9.6",
    "一级指标\t二级指标\t三级指标\t指标值\t\t权重占比\t评分\t\t偏差原因",
    "\t\t\t年度指标值\t实际完成值\t\t得分\t折算得分",
    "项目完成指标\t数量指标\t改造老旧小区\t14个\t14个\t50%\t100\t50",
    `项目效益指标\t服务对象满意度指标\t小区居民满意度\t≥90%\t${opts.satisfaction ?? "91.5%"}\t40%\t100\t40`,
    "合计\t\t\t\t\t100%\t\t99.6",
    ...(opts.after ?? []),
    "",
  ].join("\n");
}
