/** Building blocks every recogniser uses to assemble a Form. */
import type { Form, FormKind } from "../../model/types.js";
import type { Region } from "../types.js";
import type { Text } from "../../model/loc.js";
import { lineOf } from "./region.js";
import { splitCodeName } from "./header.js";

/** an empty Form for a region, to be filled in by a recogniser */
export function emptyForm(region: Region, kind: FormKind, layout: string): Form {
  const anchorRow = region.rows[region.anchor];
  const title = region.rows
    .slice(0, region.anchor)
    .map((r) => r.text.replace(/\t+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
  return {
    kind,
    layout,
    line: lineOf(anchorRow),
    startLine: lineOf(region.rows[0]),
    endLine: lineOf(region.rows[region.rows.length - 1]),
    loc: { ...anchorRow.loc },
    title: title || null,
    year: region.year ?? null,
    project: { name: "", code: null, department: null, implementer: null },
    fields: {},
    funds: { unit: null, sources: [] },
    goals: {},
    indicators: [],
    total: null,
    grade: null,
    narrative: [],
    parse: { confidence: 0, rows: 0, rowsMerged: 0, warnings: [] },
  };
}

/** fill project fields from canonical header fields (see header.ts) */
export function applyProjectFields(form: Form, fields: Record<string, Text>): void {
  const f = (k: string) => fields[k];
  if (f("项目名称")) {
    form.project.name = f("项目名称").text;
    form.fields["project.name"] = f("项目名称");
  }
  if (f("项目编码")) {
    form.project.code = f("项目编码").text;
    form.fields["project.code"] = f("项目编码");
  }
  if (f("主管部门")) {
    const { code, name } = splitCodeName(f("主管部门").text);
    form.project.department = f("主管部门").text;
    if (!form.project.code && code && name) form.project.details = { ...(form.project.details ?? {}), 主管部门代码: code };
    form.fields["project.department"] = f("主管部门");
  }
  if (f("实施单位")) {
    form.project.implementer = f("实施单位").text;
    form.fields["project.implementer"] = f("实施单位");
  }
  if (f("项目属性")) {
    form.project.attribute = f("项目属性").text;
    form.fields["project.attribute"] = f("项目属性");
  }
  if (f("项目期")) {
    form.project.period = f("项目期").text;
    form.fields["project.period"] = f("项目期");
  }
  for (const k of ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划", "项目类别", "资金用途"]) {
    if (f(k)) {
      form.project.details = { ...(form.project.details ?? {}), [k]: f(k).text };
      form.fields[`project.details.${k}`] = f(k);
    }
  }
}

/** confidence from how many non-blank table rows became indicators */
export function confidence(indicators: number, tableRows: number): number {
  if (tableRows <= 0) return indicators > 0 ? 1 : 0;
  return Math.max(0, Math.min(1, indicators / tableRows));
}
