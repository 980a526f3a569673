/**
 * The indicator model: one shape for target forms (绩效目标表) and self-assessments (绩效自评表).
 *
 * Document → Form → { project, funds, goals, indicators, total/grade, narrative }.
 * Every value keeps its raw text and where it came from (`loc`). Field names of the JSON
 * contract (`kpi-audit parse --format json`) are the property names here; see docs/schema/.
 */
import type { Loc, Text } from "./loc.js";
import type { SourceFormat } from "../read/grid.js";

export type FormKind = "target" | "self-assessment";

export type Comparator = ">=" | "<=" | ">" | "<" | "=" | "~";

export type ValueKind =
  /** comparator? number unit? — "≥95%", "=10个", "50万元", "1144629.25" */
  | "numeric"
  /** a point in time — "2024年底", "2024年12月31日前", "2024年" */
  | "date"
  /** a period or frequency — "按月", "全年", "2023.8-2024.3", "1年" is numeric with unit 年 */
  | "period"
  /** a qualitative word or phrase — "提升", "有效改善", "满意", "及时", "符合国家标准" */
  | "qualitative"
  /** nothing in the cell */
  | "empty"
  /** template residue or dummy — "=个", "≥%", "**", "XX%", "达成预期指标" (as an actual) */
  | "placeholder";

export interface DateValue {
  year: number;
  month?: number;
  day?: number;
  /** "by": 前/之前/以前 ; "end": 底/末 ; "within": 内/以内 ; "at": plain date */
  bound?: "by" | "end" | "within" | "at" | "start";
}

export interface Value {
  /** the cell text exactly as in the source */
  raw: string;
  kind: ValueKind;
  op: Comparator | null;
  /** the number as written, in `unit` (95 for "≥95%", 1.92 for "1.92万" with unit "万") */
  value: number | null;
  /** normalised unit ("%", "元", "万元", "人", "个", "平方米", "天", …) or null */
  unit: string | null;
  /** the dimension of the unit: money, percent, count, area, time, length, weight, other */
  dimension?: UnitDimension | null;
  /** value × unit scale in the base unit of the dimension (元 for money, 1 for %) */
  base?: number | null;
  /** second bound of a range ("90%-95%", "2023.8-2024.3") */
  upper?: number | null;
  date?: DateValue | null;
  /** end of a period/range of dates */
  dateEnd?: DateValue | null;
  /** canonical qualitative word, e.g. "提升" for "有效提升" */
  qualitative?: string | null;
  /** why it was classed a placeholder, if it was */
  placeholder?: string | null;
  /** true when the number is damaged in the source ("1 1566.21平方米": digits split by a space);
   *  `value` is then null rather than a guess */
  broken?: boolean;
  loc?: Loc;
  /** a value split over several cells (计算符号 / 目标值 / 度量单位): each raw cell, in order, with its
   *  role ("comparator", "number", "unit") — the provenance of `raw`, which is their concatenation */
  cells?: (Text & { role: string })[];
}

export type UnitDimension = "money" | "percent" | "count" | "area" | "time" | "length" | "weight" | "volume" | "energy" | "other";

export interface Indicator {
  /** line of the row that holds the 三级指标 (1-based); for non-text input, the row's line in the grid */
  line: number;
  loc: Loc;
  /** normalised level-1 label: 产出指标 | 效益指标 | 满意度指标 | (other, as written) */
  level1: string | null;
  level1Raw?: string | null;
  /** normalised level-2 label: 数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, 社会效益指标,
   *  生态效益指标, 可持续影响指标, 服务对象满意度指标, or as written when unknown */
  level2: string | null;
  level2Raw?: string | null;
  /** 三级指标 text (wrapped lines joined) */
  name: string;
  nameLoc?: Loc;
  /** the year column's own 三级指标 text when it differs from `name` (dual-column target forms) */
  annualName?: string | null;
  /** the year column's own 二级指标 when it differs */
  annualLevel2?: string | null;
  /** the year column's 二级指标 as printed, when it is written otherwise than the period column's
   *  ("生态效益指" beside "生态效益指标": the same level 2, cut at the year column's edge) */
  annualLevel2Raw?: string | null;
  /** 绩效指标描述 (Hebei form) */
  description?: string | null;
  /** 指标值确定依据 (Hebei form) */
  basis?: string | null;
  /** target form: the period (实施期) value, or the only value; self-assessment: 年初指标值 / 年度指标值 */
  target: Value | null;
  /** target form with dual columns: the year (年度) value */
  annualTarget: Value | null;
  /** self-assessment: 调整后指标值 */
  adjustedTarget: Value | null;
  /** self-assessment: 实际完成值 */
  actual: Value | null;
  /** 分值 */
  weight: number | null;
  weightRaw?: string | null;
  /** 得分 */
  score: number | null;
  scoreRaw?: string | null;
  /** 偏差原因分析及改进措施 */
  deviation?: string | null;
  /** 权重 of the level-1 group (layout 2 self-assessment) */
  level1Weight?: number | null;
  /** points annotated on the level-1 label ("产出指标（50分）" → 50; "（0-20分）" → 20) */
  level1Points?: number | null;
  /** points annotated on the level-2 label */
  level2Points?: number | null;
  /** 指标性质 / 指标值类型: 定量 → "quantitative", 定性 → "qualitative" (as the form states it) */
  valueKind?: "quantitative" | "qualitative" | null;
  /** 指标方向性: 正向 → "positive", 反向 → "negative" */
  direction?: "positive" | "negative" | null;
  /** 权重占比 in percent (折算得分 = 得分 × 权重占比) */
  weightShare?: number | null;
  /** 折算得分 */
  convertedScore?: number | null;
  /** 得分系数 (0–1) in forms scored as 得分 = 得分系数 × 权重 (department-level forms of some provinces) */
  coefficient?: number | null;
  /** 得分计算方法 / 评(扣)分标准 */
  scoringMethod?: string | null;
  /** 指标解释 / 指标值说明 */
  explanation?: string | null;
  /** 绩效标准 (计划标准 / 行业标准 / 历史标准) */
  standard?: string | null;
  /** 完成情况 (完成 / 未完成) */
  status?: string | null;
  /** 备注 */
  remark?: string | null;
  /** the block the row belongs to when a form has indicator blocks one after the other, each with
   *  its own header: "period" (长期 / 中期 / 实施期) or "annual" (年度) */
  block?: "period" | "annual" | null;
  /** header columns no role explains, kept by their header text ("指标类别" → "约束性") */
  extra?: Record<string, string>;
}

export interface FundSource {
  /** 中央财政资金, 省级财政资金, 市县（区）财政资金, 单位自筹, 其他资金, 财政拨款, 上年结转资金 … */
  name: string;
  /** 实施期 amount (dual-column target forms) or the only amount */
  period?: number | null;
  /** 年度 amount */
  annual?: number | null;
  /** self-assessment columns for this source */
  planned?: number | null;
  adjusted?: number | null;
  executed?: number | null;
  /** a department form's project line (a table of projects): 执行率 (percent), 项目自评得分, 权重占比
   *  (percent) and 折算得分, as written, with each cell's text and place in `raw` */
  rate?: number | null;
  score?: number | null;
  share?: number | null;
  converted?: number | null;
  raw?: Record<string, Text>;
  loc: Loc;
}

/** a department-level form's money by kind of spending: 基本支出 (人员经费 + 公用经费) and 项目支出 */
export type SpendingKind = "basic" | "project" | "personnel" | "operating";

export interface Funds {
  /** the unit the form states for money: "元" | "万元" | null */
  unit: string | null;
  /** 实施期资金总额 (target forms with a period column) */
  periodTotal?: number | null;
  /** 年度资金总额 / 预算数 (target forms) */
  annualTotal?: number | null;
  /** self-assessment: 年初预算数 (预算编制数 when split) */
  planned?: number | null;
  /** self-assessment: 目标申报数 (Shanxi layout 1) */
  declared?: number | null;
  /** self-assessment: 全年预算数 */
  adjusted?: number | null;
  /** self-assessment: 全年执行数 */
  executed?: number | null;
  /** self-assessment: 资金结(转)余 */
  balance?: number | null;
  /** 执行率 in percent (98.3 for "98.3%"); as written */
  rate?: number | null;
  /** 分值 of the budget-execution line (usually 10) */
  weight?: number | null;
  /** 得分 of the budget-execution line */
  score?: number | null;
  /** 权重占比 of the budget-execution line in a form scored by weight shares, in percent (10 for "10%") */
  weightShare?: number | null;
  /** 折算得分 of the budget-execution line in such a form (得分 × 权重占比) */
  convertedScore?: number | null;
  /** 得分系数 of the budget-execution line, in forms scored as 得分 = 得分系数 × 权重 */
  coefficient?: number | null;
  sources: FundSource[];
  /** department-level forms: the lines 基本支出 / 项目支出 / 人员经费 / 公用经费 of the funds block, each
   *  with its amount (target forms: `period`/`annual`) or its 年初/全年预算/全年执行 columns; these lines
   *  are no fund sources and are not listed in `sources` */
  spending?: Partial<Record<SpendingKind, FundSource>>;
  /** department-level forms: the projects listed by name under the 项目支出 line, each with its amount
   *  ("其中：镇村道路养护项目 180"); parts of 项目支出, no fund sources */
  projectLines?: FundSource[];
  /** the 合计 row under a department form's table of projects (its amounts and Σ折算得分), when written */
  projectLinesTotal?: FundSource;
  /** 资金支出计划（%） by month-end (Hebei form): [{month: 3, value: 8}, …] */
  spendingPlan?: { month: number; value: number | null; raw: string }[] | null;
  loc?: Loc;
  /** raw text of each parsed funds cell, keyed by field name, for provenance */
  raw?: Record<string, Text>;
}

export interface Goals {
  /** 实施期目标 / 总体目标 for the implementation period */
  period?: Text | null;
  /** 年度目标 / 年度总体目标 / 绩效目标 / 预期目标 */
  annual?: Text | null;
  /** 实际完成情况 (self-assessment) */
  actual?: Text | null;
}

export interface NarrativeSection {
  /** section heading as written: 项目实施和预算执行情况, 产出情况及分析, 主要经验做法 … */
  section: string;
  text: string;
  loc: Loc;
  /** a section whose text continues on further rows: where each further row's text starts in `text`
   *  and that row's loc, so that a finding stands on the line of its sentence (docs/labelling.md) */
  rows?: { offset: number; loc: Loc }[];
}

export interface Project {
  name: string;
  code: string | null;
  /** 主管部门 (with its code when written "027-兴县公安局") */
  department: string | null;
  /** 实施单位 / 预算单位 */
  implementer: string | null;
  /** 项目属性 */
  attribute?: string | null;
  /** 项目期 */
  period?: string | null;
  /** 项目概况, 立项依据, 项目设立必要性 … other header fields, by label */
  details?: Record<string, string>;
}

export interface ParseReport {
  /** 0..1; how much of the region the recogniser understood */
  confidence: number;
  /** indicator rows recognised */
  rows: number;
  /** source lines joined into a previous row (wrapped cells) */
  rowsMerged: number;
  warnings: string[];
  /** empty template rows skipped ("指标 2:", "...", "—" with no values; layout-2 self-assessments) */
  rowsSkipped?: number;
}

export interface Form {
  kind: FormKind;
  /** what the form is about: a project (most forms) or a whole department (部门整体支出绩效目标表 /
   *  自评表, whose `project.name` then holds the department's name). Absent means "project". */
  subject?: "project" | "department";
  /** the template (rules/templates/<id>.yml) the header engine read the form with, when it did */
  template?: string | null;
  /** true when a self-assessment carries no 分值/得分 columns at all (a 专项资金自评表 with only
   *  全年完成值 and 未完成原因) */
  unscored?: boolean;
  /** header fields no known label explains, kept by their label */
  extra?: Record<string, Text>;
  /** layout id, e.g. "shanxi-target", "hebei-target", "shanxi-self-assessment" (templates), "weighted-self-assessment", "ningxia-target" */
  layout: string;
  /** line of 项目名称 (1-based) */
  line: number;
  /** first and last source line of the form's region */
  startLine: number;
  endLine: number;
  loc: Loc;
  /** title line(s) above the form ("兴县…项目支出绩效目标表", "(2024年度)") */
  title?: string | null;
  year?: number | null;
  project: Project;
  /** provenance of header fields: "project.name" → {text, loc} */
  fields: Record<string, Text>;
  funds: Funds;
  goals: Goals;
  indicators: Indicator[];
  /** self-assessment: 总分 */
  total: number | null;
  totalRaw?: string | null;
  /** self-assessment: the 分值 column's total on the 总分 row, when the form states it (layout 2 "100 ⇥ 99.8") */
  totalWeight?: number | null;
  /** self-assessment that scores its indicators out of 100 and converts them by one share for the whole
   *  indicator part (指标得分小计 × 权重占比 = 折算得分, then 总分 = 折算得分 + the budget line's 得分):
   *  the 小计 row's 分值 and 得分 totals, the share in percent and the converted score, as written */
  conversion?: { weight: number | null; score: number | null; share: number | null; converted: number | null } | null;
  /** self-assessment: 优 | 良 | 中 | 差, or null */
  grade: string | null;
  narrative: NarrativeSection[];
  /** 备注 and other footnotes */
  notes?: Text[];
  parse: ParseReport;
}

export type DiagnosticSeverity = "error" | "warning" | "info";

/** the diagnostic of a file in which no form was read (the recogniser gives the reason) */
export const NO_FORMS = "layout/no-forms";

export interface Diagnostic {
  /** stable code, e.g. "read/empty", "read/binary", "layout/unrecognised", "layout/no-indicator-table" */
  code: string;
  severity: DiagnosticSeverity;
  /** Chinese message for users */
  message: string;
  /** English message */
  messageEn?: string;
  line?: number;
  loc?: Loc;
}

export interface KpiDocument {
  /** path as given */
  source: string;
  format: SourceFormat;
  encoding?: string;
  sha256?: string;
  bytes?: number;
  /** department and year guessed from the document's own text (title, headers) */
  department?: string | null;
  year?: number | null;
  diagnostics: Diagnostic[];
  forms: Form[];
}

export interface ParseResult {
  schemaVersion: 1;
  documents: KpiDocument[];
}
