/**
 * The report model flattened into three tables for researchers (pandas, R, Excel):
 * forms, indicators, findings. One column list per table, with its meaning, drives the CSV, the
 * JSONL and docs/data-dictionary.md, so the three cannot drift apart.
 *
 * CSV: UTF-8 with BOM, RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote, CR or LF;
 * quotes doubled). Empty field = missing value. JSONL: one object per line, null for missing.
 * A text cell a spreadsheet would run as a formula (starting with = + - @, TAB or CR) gets a
 * leading apostrophe, as OWASP recommends against CSV injection; numbers are written as numbers.
 */
import { SPENDING_ORDER, type DocumentSection, type FindingView, type FormSection, type IndicatorRow, type ReportData, type SpendingAmounts, type ValueCell } from "./model.js";
import type { FileProblem } from "./files.js";

export type Scalar = string | number | boolean | null;

export interface ColumnDef<T> {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
  get(row: T): Scalar;
}

interface FormCtx {
  doc: { source: string; department: string; year: number | null };
  form: FormSection;
}
interface IndCtx extends FormCtx {
  row: IndicatorRow;
}

const n = (x: number | null | undefined): number | null => (x === undefined ? null : x);

const SPENDING_ZH = { basic: "基本支出", personnel: "人员经费", operating: "公用经费", project: "项目支出" } as const;

export const FORM_COLUMNS: ColumnDef<FormCtx>[] = [
  { name: "form_id", type: "string", description: "表的编号：d<文件序号>f<表序号>，在同一次运行（同样的输入顺序）中稳定；indicators 与 findings 用它关联", get: (c) => c.form.id },
  { name: "source", type: "string", description: "源文件路径（按用户输入的写法）", get: (c) => c.doc.source },
  { name: "document_department", type: "string", description: "从文件正文识别出的部门名称", get: (c) => c.doc.department },
  { name: "department", type: "string", description: "表所属部门（去掉代码后的主管部门名称；无则用文件部门），用于分组", get: (c) => c.form.department },
  { name: "department_raw", type: "string", description: "表中主管部门一栏的原文（可能带代码，如 027-兴县公安局）", get: (c) => c.form.departmentRaw },
  { name: "year", type: "integer", description: "表的年度（无则为文件年度）", get: (c) => c.form.year ?? c.doc.year },
  { name: "kind", type: "string", description: "表的种类：target（绩效目标表）或 self-assessment（绩效自评表）", get: (c) => c.form.kind },
  { name: "layout", type: "string", description: "版式编号，如 shanxi-target、hebei-target、ningxia-target、shanxi-self-assessment、weighted-self-assessment", get: (c) => c.form.layout },
  { name: "subject", type: "string", description: "表的对象：project（项目）或 department（部门整体支出绩效表，project 列为部门名称）", get: (c) => c.form.subject },
  { name: "unscored", type: "boolean", description: "自评表没有分值/得分栏（只填完成值与原因）时为 true", get: (c) => c.form.unscored },
  { name: "form_index", type: "integer", description: "表在文件中的序号（从 1 起）", get: (c) => c.form.index + 1 },
  { name: "line", type: "integer", description: "“项目名称”所在行（从 1 起）", get: (c) => c.form.line },
  { name: "start_line", type: "integer", description: "表所占区域的首行", get: (c) => c.form.startLine },
  { name: "end_line", type: "integer", description: "表所占区域的末行", get: (c) => c.form.endLine },
  { name: "location", type: "string", description: "位置的可读写法：l.行、p.页 l.行、工作表!单元格", get: (c) => c.form.location },
  { name: "project", type: "string", description: "项目名称", get: (c) => c.form.project },
  { name: "project_code", type: "string", description: "项目编码（有则填）", get: (c) => c.form.projectCode },
  { name: "implementer", type: "string", description: "实施单位 / 预算单位", get: (c) => c.form.implementer },
  { name: "attribute", type: "string", description: "项目属性（新增、延续等）", get: (c) => c.form.attribute },
  { name: "funds_unit", type: "string", description: "表中资金的单位：元 或 万元；以下资金列均按此单位，未换算", get: (c) => c.form.funds.unit },
  { name: "funds_period_total", type: "number", description: "实施期资金总额（目标表）", get: (c) => n(c.form.funds.periodTotal) },
  { name: "funds_annual_total", type: "number", description: "年度资金总额 / 预算数（目标表）", get: (c) => n(c.form.funds.annualTotal) },
  { name: "funds_planned", type: "number", description: "年初预算数（自评表）", get: (c) => n(c.form.funds.planned) },
  { name: "funds_adjusted", type: "number", description: "全年预算数（自评表）", get: (c) => n(c.form.funds.adjusted) },
  { name: "funds_executed", type: "number", description: "全年执行数（自评表）", get: (c) => n(c.form.funds.executed) },
  { name: "funds_rate", type: "number", description: "执行率，百分数（98.3 表示 98.3%），按表中所填", get: (c) => n(c.form.funds.rate) },
  { name: "funds_score", type: "number", description: "预算执行一项的得分（自评表）", get: (c) => n(c.form.funds.score) },
  { name: "indicators", type: "integer", description: "识别出的三级指标行数", get: (c) => c.form.rows.length },
  { name: "numeric_targets", type: "integer", description: "指标值为数值型（比较符+数字+单位）的指标数；目标表取指标值，自评表取年初指标值，缺则取调整后指标值", get: (c) => c.form.rows.filter((r) => primaryTarget(r)?.kind === "numeric").length },
  { name: "total", type: "number", description: "自评总分（目标表为空）", get: (c) => c.form.total },
  { name: "grade", type: "string", description: "自评等级：优、良、中、差（未填为空）", get: (c) => c.form.grade },
  { name: "full_mark_indicators", type: "integer", description: "得分等于分值的指标数（自评表）", get: (c) => c.form.rows.filter((r) => r.weight !== null && r.score !== null && r.weight > 0 && r.score >= r.weight).length },
  { name: "scored_indicators", type: "integer", description: "分值与得分都有的指标数（自评表）", get: (c) => c.form.rows.filter((r) => r.weight !== null && r.score !== null && r.weight > 0).length },
  { name: "parse_confidence", type: "number", description: "解析置信度 0–1：识别程序对该表区域的理解程度", get: (c) => c.form.confidence },
  { name: "findings", type: "integer", description: "该表的问题条数（含表级问题）", get: (c) => c.form.findings },
  { name: "errors", type: "integer", description: "其中级别为错误的条数", get: (c) => c.form.counts.error },
  { name: "warnings", type: "integer", description: "其中级别为警告的条数", get: (c) => c.form.counts.warning },
  { name: "infos", type: "integer", description: "其中级别为提示的条数", get: (c) => c.form.counts.info },
  { name: "goal_period", type: "string", description: "实施期目标 / 总体目标原文", get: (c) => c.form.goalPeriod },
  { name: "goal_annual", type: "string", description: "年度目标原文", get: (c) => c.form.goalAnnual },
  { name: "goal_actual", type: "string", description: "实际完成情况原文（自评表）", get: (c) => c.form.goalActual },
  // appended (the columns above keep their order): the budget line's scoring, the spending lines, the conversion
  { name: "funds_weight", type: "number", description: "预算执行一项的分值 / 权重（自评表）", get: (c) => c.form.funds.weight },
  { name: "funds_coefficient", type: "number", description: "预算执行一项的得分系数（按“得分 = 得分系数 × 权重”计分的表）", get: (c) => c.form.funds.coefficient },
  ...SPENDING_ORDER.flatMap(spendingCols),
  { name: "conversion_weight", type: "number", description: "指标得分小计一行的分值合计（按“指标得分小计 × 权重占比 = 折算得分”计分的自评表）", get: (c) => c.form.conversion?.weight ?? null },
  { name: "conversion_score", type: "number", description: "指标得分小计（得分合计）", get: (c) => c.form.conversion?.score ?? null },
  { name: "conversion_share", type: "number", description: "权重占比，百分数（90 表示 90%；表中写作 0.9 的也记为 90）", get: (c) => c.form.conversion?.share ?? null },
  { name: "conversion_converted", type: "number", description: "折算得分（按表中所填）", get: (c) => c.form.conversion?.converted ?? null },
  // appended (the columns above keep their order): the budget line's share in a form scored by weight shares
  { name: "funds_weight_share", type: "number", description: "预算执行一项的权重占比，百分数（10 表示 10%），按“得分 × 权重占比 = 折算得分”计分、资金一栏写有权重占比的自评表；无则为空", get: (c) => c.form.funds.weightShare },
  { name: "funds_converted_score", type: "number", description: "预算执行一项的折算得分（按表中所填；应为 funds_score × funds_weight_share ÷ 100）", get: (c) => c.form.funds.convertedScore },
];

/** the columns of one spending line of a department form (基本支出 / 人员经费 / 公用经费 / 项目支出) */
function spendingCols(kind: (typeof SPENDING_ORDER)[number]): ColumnDef<FormCtx>[] {
  const label = SPENDING_ZH[kind];
  const col = (field: keyof SpendingAmounts, what: string): ColumnDef<FormCtx> => ({
    name: `spending_${kind}_${field}`,
    type: "number",
    description: `部门整体支出表中“${label}”一行的${what}，按 funds_unit；无此行为空`,
    get: (c) => c.form.funds.spending[kind]?.[field] ?? null,
  });
  return [
    col("period", "实施期金额（目标表；只有一栏金额时也填此列）"),
    col("annual", "年度金额（目标表，分实施期与年度两栏时）"),
    col("planned", "年初预算数（自评表）"),
    col("adjusted", "全年预算数（自评表）"),
    col("executed", "全年执行数（自评表）"),
  ];
}

export function primaryTarget(r: IndicatorRow): ValueCell | null {
  return r.target && r.target.kind !== "empty" ? r.target : r.adjustedTarget ?? r.annualTarget ?? r.target;
}

const valueCols = (prefix: string, label: string, pick: (r: IndicatorRow) => ValueCell | null): ColumnDef<IndCtx>[] => [
  { name: `${prefix}_raw`, type: "string", description: `${label}原文`, get: (c) => pick(c.row)?.raw ?? null },
  { name: `${prefix}_kind`, type: "string", description: `${label}的类型：numeric 数值、date 日期、period 期间、qualitative 定性、empty 空、placeholder 占位`, get: (c) => pick(c.row)?.kind ?? null },
  { name: `${prefix}_op`, type: "string", description: `${label}的比较符：>= <= > < = ~（约），无则为空`, get: (c) => pick(c.row)?.op ?? null },
  { name: `${prefix}_value`, type: "number", description: `${label}的数字，按所写单位（“≥95%”为 95）`, get: (c) => pick(c.row)?.value ?? null },
  { name: `${prefix}_unit`, type: "string", description: `${label}的单位（%、元、万元、人、个 …）`, get: (c) => pick(c.row)?.unit ?? null },
];

export const INDICATOR_COLUMNS: ColumnDef<IndCtx>[] = [
  { name: "indicator_id", type: "string", description: "指标行编号：<form_id>i<行序号>", get: (c) => c.row.id },
  { name: "form_id", type: "string", description: "所属表的编号（见 forms）", get: (c) => c.form.id },
  { name: "source", type: "string", description: "源文件路径", get: (c) => c.doc.source },
  { name: "department", type: "string", description: "表所属部门（同 forms.department）", get: (c) => c.form.department },
  { name: "project", type: "string", description: "项目名称", get: (c) => c.form.project },
  { name: "kind", type: "string", description: "表的种类：target 或 self-assessment", get: (c) => c.form.kind },
  { name: "layout", type: "string", description: "版式编号", get: (c) => c.form.layout },
  { name: "row_index", type: "integer", description: "指标在表中的序号（从 1 起）", get: (c) => c.row.index + 1 },
  { name: "line", type: "integer", description: "三级指标所在行（从 1 起）", get: (c) => c.row.line },
  { name: "location", type: "string", description: "位置的可读写法", get: (c) => c.row.location },
  { name: "level1", type: "string", description: "一级指标（规范化：产出指标、效益指标、满意度指标，其他照录）", get: (c) => c.row.level1 },
  { name: "level2", type: "string", description: "二级指标（规范化：数量指标、质量指标、时效指标、成本指标、经济效益指标、社会效益指标、生态效益指标、可持续影响指标、服务对象满意度指标，其他照录）", get: (c) => c.row.level2 },
  { name: "name", type: "string", description: "三级指标名称（跨行内容已拼接）", get: (c) => c.row.name },
  { name: "description", type: "string", description: "绩效指标描述（河北表）", get: (c) => c.row.description },
  { name: "basis", type: "string", description: "指标值确定依据（河北表）", get: (c) => c.row.basis },
  { name: "annual_name", type: "string", description: "年度栏的三级指标名称，与 name 不同时填（山西目标表双栏）", get: (c) => c.row.annualName },
  ...valueCols("target", "指标值（目标表为实施期或唯一指标值；自评表为年初/年度指标值）", (r) => r.target),
  ...valueCols("annual_target", "年度指标值（双栏目标表）", (r) => r.annualTarget),
  ...valueCols("adjusted_target", "调整后指标值（自评表）", (r) => r.adjustedTarget),
  ...valueCols("actual", "实际完成值（自评表）", (r) => r.actual),
  { name: "quantitative", type: "boolean", description: "主要指标值（target，空则调整后或年度）是否为数值型", get: (c) => primaryTarget(c.row)?.kind === "numeric" },
  { name: "weight", type: "number", description: "分值（自评表）", get: (c) => c.row.weight },
  { name: "score", type: "number", description: "得分（自评表）", get: (c) => c.row.score },
  { name: "full_marks", type: "boolean", description: "得分是否等于（或高于）分值；无分值或得分时为空", get: (c) => (c.row.weight !== null && c.row.score !== null && c.row.weight > 0 ? c.row.score >= c.row.weight : null) },
  { name: "deviation", type: "string", description: "偏差原因分析及改进措施（自评表）", get: (c) => c.row.deviation },
  { name: "block", type: "string", description: "指标所在的块：period（长期/中期/实施期）或 annual（年度），表中分块填写时才有", get: (c) => c.row.block },
  { name: "level1_points", type: "number", description: "一级指标标签上注明的分值（“产出指标（50分）”为 50；“（0-20分）”取上限；不写“分”的“产出指标（50）”或标签下单独一行的“（50）”亦为 50，仅限 1–100 的整数）", get: (c) => c.row.level1Points },
  { name: "value_kind", type: "string", description: "表中注明的指标性质：quantitative（定量）或 qualitative（定性）", get: (c) => c.row.valueKind },
  { name: "direction", type: "string", description: "表中注明的指标方向：positive（正向）或 negative（反向）", get: (c) => c.row.direction },
  { name: "weight_share", type: "number", description: "权重占比，百分数（10 表示 10%）；折算得分 = 得分 × 权重占比", get: (c) => c.row.weightShare },
  { name: "converted_score", type: "number", description: "折算得分", get: (c) => c.row.convertedScore },
  { name: "scoring_method", type: "string", description: "得分计算方法 / 评（扣）分标准", get: (c) => c.row.scoringMethod },
  { name: "explanation", type: "string", description: "指标解释 / 指标值说明", get: (c) => c.row.explanation },
  { name: "standard", type: "string", description: "绩效标准（计划标准、行业标准、历史标准）", get: (c) => c.row.standard },
  { name: "status", type: "string", description: "完成情况（完成 / 未完成）", get: (c) => c.row.status },
  { name: "remark", type: "string", description: "备注", get: (c) => c.row.remark },
  { name: "extra", type: "string", description: "表头中未识别的列，JSON 对象：{列名: 内容}；无则为空", get: (c) => (c.row.extra ? JSON.stringify(c.row.extra) : null) },
  { name: "findings", type: "integer", description: "落在该指标行上的问题条数", get: (c) => c.row.findings.length },
  // appended (the columns above keep their order)
  { name: "coefficient", type: "number", description: "得分系数（按“得分 = 得分系数 × 权重”计分的表，如四川部门整体支出自评表），按表中所填", get: (c) => c.row.coefficient },
  // appended (the columns above keep their order): the level labels as printed, the year column's level 2
  { name: "level1_raw", type: "string", description: "一级指标标签原文（含所注分值，如“产出指标（50）”；level1 为其规范化写法，level1_points 为其分值）", get: (c) => c.row.level1Raw },
  { name: "level2_raw", type: "string", description: "二级指标标签原文（双栏目标表为实施期一栏的；level2 为其规范化写法）", get: (c) => c.row.level2Raw },
  { name: "annual_level2", type: "string", description: "年度栏的二级指标，归入的二级指标与实施期一栏不同时填，按原文（山西目标表双栏）", get: (c) => c.row.annualLevel2 },
  { name: "annual_level2_raw", type: "string", description: "年度栏的二级指标标签原文，与 level2_raw 写法不同（不计所注分值）时填（如实施期写“生态效益指标”、年度栏印作“生态效益指”：同一二级指标，annual_level2 为空）", get: (c) => c.row.annualLevel2Raw },
];

export interface FileCtx {
  doc: DocumentSection;
  problem: FileProblem | null;
}

export const FILE_COLUMNS: ColumnDef<FileCtx>[] = [
  { name: "file_id", type: "string", description: "文件的编号：d<文件序号>，与 forms.form_id 的前缀相同", get: (c) => c.doc.id },
  { name: "source", type: "string", description: "源文件路径（按用户输入的写法）", get: (c) => c.doc.source },
  { name: "status", type: "string", description: "ok 读取并识别出表；unreadable 未能读取（未检查）；no-forms 读取成功但没有识别出绩效表", get: (c) => c.problem?.status ?? "ok" },
  { name: "reason_code", type: "string", description: "原因代码（read/… 读取问题，layout/… 识别问题）；ok 时为空", get: (c) => c.problem?.code ?? null },
  { name: "reason", type: "string", description: "原因的中文说明；ok 时为空", get: (c) => c.problem?.reason ?? null },
  { name: "format", type: "string", description: "按内容识别的格式：text、pdf、xlsx、docx、html（未能读取时为 text）", get: (c) => c.doc.format },
  { name: "bytes", type: "integer", description: "文件字节数（未能读取时为空）", get: (c) => c.doc.bytes },
  { name: "sha256", type: "string", description: "文件内容的 SHA-256（未能读取时为空）", get: (c) => c.doc.sha256 },
  { name: "forms", type: "integer", description: "识别出的表数", get: (c) => c.doc.forms.length },
];

export function* fileRows(model: ReportData): Generator<FileCtx> {
  const byName = new Map(model.failedFiles.map((f) => [f.source, f]));
  for (const doc of model.documents) yield { doc, problem: byName.get(doc.source) ?? null };
}

export const FINDING_COLUMNS: ColumnDef<FindingView>[] = [
  { name: "finding_id", type: "integer", description: "问题编号：本次运行排序后的序号（从 1 起）", get: (f) => f.id },
  { name: "form_id", type: "string", description: "所属表的编号；文件级问题为空", get: (f) => f.formId },
  { name: "indicator_id", type: "string", description: "所属指标行的编号；表级问题（表头、资金、目标、说明、总分）为空", get: (f) => f.indicatorId },
  { name: "source", type: "string", description: "源文件路径", get: (f) => f.source },
  { name: "department", type: "string", description: "部门（同 forms.department）", get: (f) => f.department },
  { name: "project", type: "string", description: "项目名称", get: (f) => f.project },
  { name: "kind", type: "string", description: "表的种类：target 或 self-assessment", get: (f) => f.kind },
  { name: "layout", type: "string", description: "版式编号", get: (f) => f.layout },
  { name: "level1", type: "string", description: "一级指标", get: (f) => f.level1 },
  { name: "level2", type: "string", description: "二级指标", get: (f) => f.level2 },
  { name: "indicator", type: "string", description: "三级指标名称", get: (f) => f.indicator },
  { name: "rule", type: "string", description: "规则编号（见 rules/<编号>/README.md）", get: (f) => f.ruleId },
  { name: "rule_title", type: "string", description: "规则的中文标题", get: (f) => f.ruleTitle },
  { name: "category", type: "string", description: "问题类别：placeholder 占位、truncation 截断、impossible-target 不可能目标、boilerplate 套话复制、score-arithmetic 计分、inconsistency 不一致、misclassification 归类、vague-value 模糊、stale-date 时间、target-drift 目标变动", get: (f) => f.category },
  { name: "severity", type: "string", description: "级别：error 错误、warning 警告、info 提示", get: (f) => f.severity },
  { name: "field", type: "string", description: "问题所在的字段：target、actual、weight、score、name、goals.annual、funds、narrative、total …", get: (f) => f.field },
  { name: "evidence", type: "string", description: "出问题的原文", get: (f) => f.evidence },
  { name: "expected", type: "string", description: "应当如何（期望），规则给出时填", get: (f) => f.expected },
  { name: "message", type: "string", description: "中文说明", get: (f) => f.message },
  { name: "message_en", type: "string", description: "英文说明", get: (f) => f.messageEn },
  { name: "line", type: "integer", description: "行（从 1 起）；文本与 PDF 文本有", get: (f) => f.line },
  { name: "page", type: "integer", description: "页（PDF）", get: (f) => f.page },
  { name: "sheet", type: "string", description: "工作表（Excel）", get: (f) => f.sheet },
  { name: "cell", type: "string", description: "单元格（Excel，如 C12）", get: (f) => f.cell },
  { name: "location", type: "string", description: "位置的可读写法：l.行、p.页 l.行、工作表!单元格", get: (f) => f.location },
  { name: "related", type: "string", description: "相关位置（如被复制的另一张表）：以“ | ”分隔的“文件:行 项目 原文”", get: (f) => relatedText(f) },
];

export function relatedText(f: FindingView): string | null {
  if (!f.related.length) return null;
  return f.related.map((r) => `${r.source}${r.line !== null ? `:${r.line}` : ""}${r.project ? ` ${r.project}` : ""} ${r.text}`.trim()).join(" | ");
}

// ---------------------------------------------------------------------------------------------

export function* formRows(model: ReportData): Generator<FormCtx> {
  for (const d of model.documents) for (const form of d.forms) yield { doc: d, form };
}
export function* indicatorRows(model: ReportData): Generator<IndCtx> {
  for (const c of formRows(model)) for (const row of c.form.rows) yield { ...c, row };
}

/** text that Excel, LibreOffice or Sheets would evaluate when the CSV is opened */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: Scalar): string {
  if (v === null || v === undefined) return "";
  let s = typeof v === "boolean" ? (v ? "true" : "false") : String(v);
  if (typeof v === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** a CSV file's first line: BOM and header, with its CRLF */
export function csvHeader<T>(cols: ColumnDef<T>[]): string {
  return "\uFEFF" + cols.map((c) => csvField(c.name)).join(",") + "\r\n";
}

/** one row of a CSV file, with its CRLF */
export function csvRow<T>(cols: ColumnDef<T>[], r: T): string {
  return cols.map((c) => csvField(c.get(r))).join(",") + "\r\n";
}

/** one row of a JSON Lines file, with its LF */
export function jsonlRow<T>(cols: ColumnDef<T>[], r: T): string {
  const o: Record<string, Scalar> = {};
  for (const c of cols) o[c.name] = c.get(r) ?? null;
  return JSON.stringify(o) + "\n";
}

/** a CSV file line by line (BOM and header first, each line with its CRLF) */
export function* csvLines<T>(cols: ColumnDef<T>[], rows: Iterable<T>): Generator<string> {
  yield csvHeader(cols);
  for (const r of rows) yield csvRow(cols, r);
}

/** a JSON Lines file line by line */
export function* jsonlLines<T>(cols: ColumnDef<T>[], rows: Iterable<T>): Generator<string> {
  for (const r of rows) yield jsonlRow(cols, r);
}

export function toCsv<T>(cols: ColumnDef<T>[], rows: Iterable<T>): string {
  return [...csvLines(cols, rows)].join("");
}

export function toJsonl<T>(cols: ColumnDef<T>[], rows: Iterable<T>): string {
  return [...jsonlLines(cols, rows)].join("");
}

export interface FlatFiles {
  "files.csv": string;
  "forms.csv": string;
  "indicators.csv": string;
  "findings.csv": string;
  "files.jsonl": string;
  "forms.jsonl": string;
  "indicators.jsonl": string;
  "findings.jsonl": string;
}

/** the flat files, each as its lines (in the order the report writes them) */
export function flatLines(model: ReportData): Record<keyof FlatFiles, () => Iterable<string>> {
  return {
    "files.csv": () => csvLines(FILE_COLUMNS, fileRows(model)),
    "forms.csv": () => csvLines(FORM_COLUMNS, formRows(model)),
    "indicators.csv": () => csvLines(INDICATOR_COLUMNS, indicatorRows(model)),
    "findings.csv": () => csvLines(FINDING_COLUMNS, model.findings),
    "files.jsonl": () => jsonlLines(FILE_COLUMNS, fileRows(model)),
    "forms.jsonl": () => jsonlLines(FORM_COLUMNS, formRows(model)),
    "indicators.jsonl": () => jsonlLines(INDICATOR_COLUMNS, indicatorRows(model)),
    "findings.jsonl": () => jsonlLines(FINDING_COLUMNS, model.findings),
  };
}

/** the flat files made from the documents (a row per file, form, indicator) and from the findings */
export const DOCUMENT_FILES = ["files.csv", "forms.csv", "indicators.csv", "files.jsonl", "forms.jsonl", "indicators.jsonl"] as const;
export const FINDING_FILES = ["findings.csv", "findings.jsonl"] as const;

/**
 * The flat files as one pass over the documents and one over the findings (what `report` writes,
 * so that a spilled run reads its documents once for all six files): each file's first text, then
 * per document or finding the text it adds to each file. The files' bytes are flatLines' bytes.
 */
export function flatParts(model: ReportData) {
  // as fileRows: a file's problem by its source
  const problems = new Map(model.failedFiles.map((f) => [f.source, f]));
  return {
    heads: { "files.csv": csvHeader(FILE_COLUMNS), "forms.csv": csvHeader(FORM_COLUMNS), "indicators.csv": csvHeader(INDICATOR_COLUMNS), "findings.csv": csvHeader(FINDING_COLUMNS) } as Partial<Record<keyof FlatFiles, string>>,
    document(doc: DocumentSection): Record<(typeof DOCUMENT_FILES)[number], string> {
      const file: FileCtx = { doc, problem: problems.get(doc.source) ?? null };
      const forms: FormCtx[] = doc.forms.map((form) => ({ doc, form }));
      const inds: IndCtx[] = forms.flatMap((c) => c.form.rows.map((row) => ({ ...c, row })));
      return {
        "files.csv": csvRow(FILE_COLUMNS, file),
        "forms.csv": forms.map((c) => csvRow(FORM_COLUMNS, c)).join(""),
        "indicators.csv": inds.map((c) => csvRow(INDICATOR_COLUMNS, c)).join(""),
        "files.jsonl": jsonlRow(FILE_COLUMNS, file),
        "forms.jsonl": forms.map((c) => jsonlRow(FORM_COLUMNS, c)).join(""),
        "indicators.jsonl": inds.map((c) => jsonlRow(INDICATOR_COLUMNS, c)).join(""),
      };
    },
    finding(f: FindingView): Record<(typeof FINDING_FILES)[number], string> {
      return { "findings.csv": csvRow(FINDING_COLUMNS, f), "findings.jsonl": jsonlRow(FINDING_COLUMNS, f) };
    },
  };
}

export function flatten(model: ReportData): FlatFiles {
  const lines = flatLines(model);
  return Object.fromEntries(Object.entries(lines).map(([name, gen]) => [name, [...gen()].join("")])) as unknown as FlatFiles;
}

const TYPE_ZH = { string: "文本", integer: "整数", number: "数值", boolean: "布尔（true/false）" };

/** docs/data-dictionary.md, generated from the column lists above */
export function renderDataDictionary(): string {
  const table = <T>(title: string, file: string, intro: string, cols: ColumnDef<T>[]) =>
    [
      `## ${title}（\`${file}.csv\` / \`${file}.jsonl\`）`,
      "",
      intro,
      "",
      "| 列 column | 类型 type | 含义 |",
      "|---|---|---|",
      ...cols.map((c) => `| \`${c.name}\` | ${TYPE_ZH[c.type]} | ${c.description.replace(/\|/g, "\\|")} |`),
      "",
    ].join("\n");
  return [
    "# 数据字典 / Data dictionary",
    "",
    "`kpi-audit report <文件或文件夹…> --out DIR` 除 `report.html` 与 `findings.xlsx` 外，还写出三张表，供研究者用 pandas、R 或 Excel 读取。",
    "本文件由 `src/report/tables.ts` 中的列定义生成（`npm run reports` 时重写），列名与含义以此为准。",
    "",
    "- 编码：UTF-8，CSV 带 BOM（Excel 可直接打开）；CSV 按 RFC 4180：逗号分隔、CRLF 换行，含逗号、引号或换行的字段加双引号、内部引号加倍。",
    "- 缺失值：CSV 中为空字段，JSONL 中为 `null`。布尔值写作 `true` / `false`。",
    "- 防公式注入（OWASP CSV Injection）：CSV 中以 `=`、`+`、`-`、`@`、制表符或回车开头的文本字段，前面加一个英文单引号 `'`（如 `'=HYPERLINK(…)`、`'-5%`），使 Excel/WPS/LibreOffice 把它当文字而不执行；读入后如需原文，去掉这一个开头的 `'` 即可。数值列（类型为整数、数值）不加。JSONL 保留原文，不加。",
    "- 未能读取的文件：`files` 表每个输入文件一行，`status` 为 `unreadable`（未能读取，未检查）或 `no-forms`（没有识别出表）时，`reason` 写明原因；这些文件在 forms/indicators/findings 中没有行。",
    "- 行号、页码、序号都从 1 起。资金按表中所写单位（`funds_unit`），不做换算。",
    "- 关联：`indicators.form_id` 与 `findings.form_id` → `forms.form_id`；`findings.indicator_id` → `indicators.indicator_id`。编号由输入顺序决定：同样的输入得到同样的编号与同样的字节。",
    "- 读取示例：`pd.read_csv(\"forms.csv\")`、`pd.read_json(\"findings.jsonl\", lines=True)`；R：`readr::read_csv(\"indicators.csv\")`。",
    "",
    table("表 files：每个输入文件一行", "files", "包括未能读取的文件与没有识别出表的文件（原因见 `status`、`reason`），研究者据此知道哪些文件没有进入统计。", FILE_COLUMNS),
    table("表 forms：每张绩效目标表或自评表一行", "forms", "一张表 = 一个项目的一份目标表或自评表。", FORM_COLUMNS),
    table("表 indicators：每个三级指标一行", "indicators", "每个值列组（`*_raw`、`*_kind`、`*_op`、`*_value`、`*_unit`）描述一个指标值单元格：原文与解析结果。", INDICATOR_COLUMNS),
    table("表 findings：每条问题一行", "findings", "与 `kpi-audit check --format json` 的 findings 一一对应，顺序相同（文件、表、行、规则）。", FINDING_COLUMNS),
  ].join("\n");
}
