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
 * Is the form department-level? The template may say so; otherwise a title saying 部门整体 / 整体支出,
 * or a 部门名称 label without any project label, decides.
 */
export function isDepartmentForm(tpl: Template, title: string, hits: FieldHit[], projectName: string | null = null): boolean {
  if (tpl.subject !== "auto") return tpl.subject === "department";
  if (DEPARTMENT_TITLE.test(title)) return true;
  const hasProject = !!projectName || hits.some((h) => h.key === "project");
  return !hasProject && hits.some((h) => h.key === "department" && DEPARTMENT_LABEL.test(h.label));
}
