/**
 * What a form is about: a project, or a department as a whole (部门整体支出绩效目标表/自评表).
 * One test, from what the form says (Form.subject): a department-level form is never read as a
 * project's.
 */
import type { Template } from "./templates.js";
import type { FieldHit } from "./fields.js";

/** titles of department-level forms */
const DEPARTMENT_TITLE = /部门整体|整体支出|单位整体/;
/** labels that name a department as the form's subject (not 主管部门 beside a project) */
const DEPARTMENT_LABEL = /部门名称|单位名称|部门[（(]单位[)）]名|单位[（(]部门[)）]名/;

/**
 * A title text naming both kinds of form ("附件：2025年项目支出绩效目标表及部门整体支出绩效目标表 2025年度项目支出
 * 绩效目标表") holds the attachments' list above the form: the form's own title is its last line
 * naming a table (the text is read without its spaces), and only that says whether a form with a project label is the department's.
 */
function listsBothKinds(title: string): boolean {
  if (!/项目支出/.test(title)) return false;
  const own = title.match(/[^表]*表/gu)?.pop() ?? title;
  return !DEPARTMENT_TITLE.test(own);
}

/**
 * Is the form department-level? The template may say so; otherwise a title saying 部门整体 / 整体支出,
 * or a 部门名称 label without any project label, decides.
 */
export function isDepartmentForm(tpl: Template, title: string, hits: FieldHit[], projectName: string | null = null): boolean {
  if (tpl.subject !== "auto") return tpl.subject === "department";
  const hasProject = !!projectName || hits.some((h) => h.key === "project");
  if (DEPARTMENT_TITLE.test(title) && !(hasProject && listsBothKinds(title))) return true;
  return !hasProject && hits.some((h) => h.key === "department" && DEPARTMENT_LABEL.test(h.label));
}
