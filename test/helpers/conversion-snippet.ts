/**
 * Test helper: an invented self-assessment (a town's rural water-supply project) in space-aligned text
 * that scores its indicators out of 100 and converts them by one share — 指标得分小计 (line 10) ×
 * 权重占比 (line 11) = 折算得分 (line 12), 总分 (line 13) = 折算得分 + the budget line's 得分 (line 5).
 * Every argument overrides one figure; the defaults are a correct form (60 + 25 + 15 = 100, all full
 * marks, 100 × 90% = 90, 90 + 9.8 = 99.8).
 */
const pad = (s: string, n: number) => s + " ".repeat(Math.max(1, n - s.length));

export function conversionForm(
  o: { weights?: [string, string, string]; scores?: [string, string, string]; subtotal?: string[]; share?: string; converted?: string; total?: string } = {},
): string {
  const w = o.weights ?? ["60", "25", "15"];
  const s = o.scores ?? ["60.00", "25.00", "15.00"];
  const row = (head: string, weight: string, score: string) => `${head}${pad(weight, 6)}${pad(score, 8)}无`;
  return [
    "                         2024年度项目支出绩效自评表",
    "项目名称：某镇农村饮水提升经费",
    "项目单位：某镇水务站        主管部门：某县水利局（305）",
    "资金情况（万元）  年初预算数  调整后预算数  实际支出数  预算执行率  分值  得分",
    "                  50.00       50.00         49.00       98.00%      10    9.80",
    "一级指标    二级指标        三级指标                  年初目标值        实际完成值          分值  得分    偏差原因及改进措施",
    row("产出指标    数量指标        改造供水管网长度          ≥12公里           12公里              ", w[0], s[0]),
    row("效益指标    社会效益指标    自来水普及率              ≥95%              96%                 ", w[1], s[1]),
    row("满意度指标  服务对象满意度指标 用水户满意度            ≥90%              94%                 ", w[2], s[2]),
    `指标得分小计                                                                                 ${(o.subtotal ?? ["100", "100.00"]).join("   ")}`,
    `权重占比                                                                                    ${o.share ?? "90%"}`,
    `折算得分                                                                                          ${o.converted ?? "90.00"}`,
    `总分                                                                                              ${o.total ?? "99.80"}   等级：优`,
  ].join("\n");
}
