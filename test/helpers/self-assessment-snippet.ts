/**
 * Test helper shared by the score-arithmetic rule tests: a layout-1 self-assessment snippet
 * (002 style) that parses with the real front end; every argument overrides one part.
 */
export function sa(o: { funds?: string; rows?: string[]; total?: string; actual?: string; narrative?: string[] } = {}): string {
  const rows = o.rows ?? [
    "\t产出指标\t数量指标\t供暖单位数量\t=10个\t=10个\t=10个\t50\t50",
    "\t效益指标\t社会效益\t基层单位工作效率\t提高\t提高\t提高\t30\t30",
    "\t满意度指标\t服务对象满意度\t职工满意度\t≥95%\t≥95%\t96%\t10\t10",
  ];
  return [
    "项目名称\t\t示例取暖项目",
    "主管部门及代码\t\t011-示例市公安局\t\t\t预算单位\t011001-示例市公安局",
    "项目资金预算安排及执行进度(万元)\t年初预算数\t\t全年预算数\t全年执行数\t资金结(转)余\t执行率\t得分",
    "\t目标申报数\t预算编制数",
    o.funds ?? "\t资金总额:\t20\t20\t20\t20\t0\t100\t10",
    "项目年度绩效目标\t年度目标\t\t\t实际完成情况",
    `\t保障10个派出所冬季采暖\t\t\t${o.actual ?? "完成10个派出所供暖"}`,
    "绩效指标\t一级指标\t二级指标\t三级指标\t年初指标值\t调整后指标值\t实际完成值\t分值\t得分",
    ...rows,
    o.total ?? "总分\t\t\t\t\t\t\t100\t\t优",
    ...(o.narrative ?? ["项目绩效分析\t自评结果分析\t项目实施和预算执行情况\t预算执行率100%,资金使用合规", "\t\t满意度情况及分析\t职工满意度达96%"]),
    "",
  ].join("\n");
}

/**
 * An invented national-template self-assessment (town road upkeep) whose 年度资金总额 row reads 0/0/0
 * with the money on the 本年财政拨款 row beneath it (`source`): a total left blank, not zero spending.
 * Pass a zero `source` row for a form that really spent nothing.
 */
export function blankTotal(o: { source?: string; costActual?: string; deviation?: string } = {}): string {
  return [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t示例镇农村道路养护项目",
    "主管部门\t301-示例县示例镇人民政府\t实施单位\t301001-示例县示例镇人民政府",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额：\t0\t0\t0\t10\t0\t0",
    o.source ?? "\t其中：本年财政拨款\t60\t58.5\t58.5",
    "\t上年结转资金",
    "年度总体目标\t预期目标\t实际完成情况",
    "\t养护农村道路40公里。\t养护农村道路40公里。",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "\t产出指标（50分）\t数量指标\t养护道路里程\t≥40公里\t40公里\t20\t20",
    "\t\t质量指标\t养护验收合格率\t≥95%\t98%\t10\t10",
    `\t\t成本指标\t道路养护总成本\t≤60万元\t${o.costActual ?? "58.5万元"}\t20\t20\t${o.deviation ?? ""}`,
    "\t效益指标（30分）\t社会效益指标\t沿线群众出行时间缩短\t≥10%\t12%\t30\t30",
    "\t满意度指标（10分）\t服务对象满意度指标\t沿线群众满意度\t≥90%\t95%\t10\t10",
    "",
  ].join("\n");
}
