/**
 * Builds Shanxi county target forms (000's layout: header block, 实施期 and 年度 side by side) for the
 * tests of the header-field rules (project dates, attribute vs period, required text fields). Every
 * project is invented; the parts a test varies are parameters, the rest is a filled, clean form.
 */
export interface ShanxiParts {
  name?: string;
  year?: number;
  department?: string;
  attribute?: string;
  period?: string;
  /** 实施期资金总额 / 年度资金总额, in 元 */
  periodFunds?: number;
  annualFunds?: number;
  overview?: string;
  basis?: string;
  need?: string;
  measures?: string;
  plan?: string;
  periodGoal?: string;
  annualGoal?: string;
  /** indicator rows: [level1, level2, name, period value, annual value] */
  rows?: [string, string, string, string, string][];
}

const fmt = (n: number) => n.toLocaleString("en-US");

export function shanxiTarget(p: ShanxiParts = {}): string {
  const pf = p.periodFunds ?? 200000;
  const af = p.annualFunds ?? pf;
  const rows = p.rows ?? [
    ["产出指标", "数量指标", "培训教师人数", "≥120人", "≥120人"],
    ["", "质量指标", "培训考核合格率", "≥95%", "≥95%"],
    ["", "时效指标", "培训完成时间", `${p.year ?? 2024}年10月底前`, `${p.year ?? 2024}年10月底前`],
    ["", "成本指标", "人均培训成本", "≤1500元/人", "≤1500元/人"],
    ["效益指标", "社会效益指标", "乡村学校教学评估优良率", "≥85%", "≥85%"],
    ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"],
  ];
  const goal = "完成120名乡村教师全员培训，考核合格率达到95%以上";
  return [
    "示例县(区)级预算部门(单位)项目支出绩效目标表",
    "",
    `(${p.year ?? 2024}年度)`,
    "",
    `项目名称\t\t\t${p.name ?? "乡村教师培训项目"}\t\t\t\t`,
    `主管部门及代码\t\t\t${p.department ?? "031-示例县教育局"}\t\t实施单位\t示例县教师进修学校\t`,
    `项目属性\t\t\t${p.attribute ?? "一次性项目（1年结束）"}\t\t项目期\t${p.period ?? "1年"}\t`,
    `项目资金 （元）\t\t\t实施期资金总额：\t${fmt(pf)}\t年度资金总额：\t${fmt(af)}\t`,
    `\t\t\t其中：中央财政资金\t0\t其中：中央财政资金\t0\t`,
    `\t\t\t省级财政资金\t0\t省级财政资金\t0\t`,
    `\t\t\t市县（区）财政资金\t${fmt(pf)}\t市县（区）财政资金\t${fmt(af)}\t`,
    `\t\t\t单位自筹\t0\t单位自筹\t0\t`,
    `\t\t\t其他资金\t\t其他资金\t\t`,
    `项目概况\t\t\t${p.overview ?? "为全县乡村学校教师开展学科教学能力培训，提升乡村教育质量。"}\t\t\t\t`,
    `立项依据\t\t\t${p.basis ?? "县教育局年度教师培训计划"}\t\t\t\t`,
    `项目设立必要性\t\t\t${p.need ?? "乡村教师专业能力亟待提升"}\t\t\t\t`,
    `保证项目实施的制度、措施\t\t\t${p.measures ?? "按照教师培训管理办法组织实施，专款专用"}\t\t\t\t`,
    `项目实施计划\t\t\t${p.plan ?? `${p.year ?? 2024}年3月启动，10月底前完成全部培训`}\t\t\t\t`,
    "实施期目标\t\t\t\t\t年度目标\t\t",
    `总体目标\t${p.periodGoal ?? goal}\t\t\t\t${p.annualGoal ?? goal}\t\t`,
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值",
    ...rows.map(([l1, l2, n, v, a]) => `\t${l1}\t${l2}\t${n}\t${v}\t${l2}\t${n}\t${a}`),
    "负责人：\t\t经办人：\t\t联系电话：\t\t填报日期：\t20240118154658",
    "",
  ].join("\n");
}

/** 1-based line of the first line containing `needle` */
export function lineWith(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + 1;
}
