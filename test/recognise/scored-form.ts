/** Shared invented form for the recognise tests (a county's village-clinic subsidy, invented figures). */

export const T = (lines: string[][]) => lines.map((l) => l.join("\t")).join("\n");

const BUDGET_10 = [
  ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["", "年度资金总额", "", "60", "60", "57", "10", "95%", "9.5"],
];

/** the budget part of a form whose indicators count 80 points (with "一级指标（80分）") */
export const BUDGET_20 = [
  ["预算执行情况（20分）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ["", "年度资金总额", "", "60", "60", "57", "20", "95%", "19"],
];

/** a scored self-assessment (10-point budget line unless `budget` says otherwise) up to its indicator
 *  header (its level-1 column headed `level1`), then `body`; with `remark` a 备注 column */
export function scoredForm(body: string[][], remark: boolean, level1 = "一级指标", budget = BUDGET_10): string {
  return T([
    ["项目支出绩效自评表"],
    ["（2024年度）"],
    ["项目名称", "", "某县乡村卫生室运行补助"],
    ["主管部门", "", "某县卫生健康局", "", "实施单位", "", "某县卫生院"],
    ...budget,
    ["年度总体目标", "预期目标", "", "", "实际完成情况"],
    ["", "补助村卫生室42个。", "", "", "补助村卫生室42个。"],
    [level1, "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ...(remark ? ["备注"] : [])],
    ...body,
  ]);
}

/** invented: indicator weights 95 (50 + 35 + 10) beside a 10-point budget line, all full marks, on a
 *  总分 row (line 13) that states the 分值 total `weightTotal` and the 得分 total 104.5 */
export function ninetyFiveForm(weightTotal: string): string {
  return scoredForm(
    [
      ["产出指标", "数量指标", "补助村卫生室数量", "42个", "42个", "50", "50"],
      ["效益指标", "社会效益指标", "村民就近就医率", "≥90%", "92%", "35", "35"],
      ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93%", "10", "10"],
      ["总分", "", "", "", "", weightTotal, "104.5"],
    ],
    false,
  );
}
