/**
 * department-code-mismatch (checklist item 7): the forms of one submission name the same 主管部门
 * with different codes ("027-兴县公安局" on one form, "028-兴县公安局" on another). Codes are read from
 * the 主管部门 cell ("027-某某局", "某某局 027001", "某某局[027001]") or the form's 主管部门代码 field. The
 * majority code (ties: the first seen) is taken as right; each form carrying another code is reported
 * once (a code in brackets before the name, "[301]某某局", or after it naming itself, "某某局(编码 214)",
 * is read too). The reverse too: one code written with two names of the department ("某县退役军人事务局" on three
 * forms, "某县退役军人局" on the fourth) — a code names one department, written one way.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";

/** the code in brackets before the name: "[301]某县机构编制委员会办公室", "（027）某某局" */
const CODE_IN_BRACKETS_FIRST = /^\s*[［[【（(]\s*(\d{2,})\s*[\]］】）)]\s*(\D.*)$/u;
/** the code after the name, bare or in brackets, the bracket perhaps naming it: "某某局 019001",
 *  "某某局[027001]", "某某局(编码 214)", "某某局（代码：214）" */
const CODE_AFTER = /^(.*?\D)\s*[-—–_（(［[【]?\s*(?:编码|代码|编号)?\s*[:：]?\s*(\d{2,})\s*[)）］\]】]?\s*$/u;

/** split "027-兴县公安局", "兴县公安局 019001", "013 某某局", "[301]某某局", "某某局(编码 214)" into name and code */
export function departmentAndCode(form: Form): { name: string; code: string } | null {
  const raw = (form.project.department ?? "").trim();
  if (!raw) return null;
  let m = /^\s*(\d{2,})\s*[-—–_、.．\s]\s*(\D.*)$/u.exec(raw) ?? CODE_IN_BRACKETS_FIRST.exec(raw);
  let name: string | null = null;
  let code: string | null = null;
  if (m) [code, name] = [m[1], m[2]];
  else if ((m = CODE_AFTER.exec(raw))) [name, code] = [m[1], m[2]];
  else name = raw;
  code = code ?? form.project.details?.["主管部门代码"] ?? form.project.details?.["主管部门编码"] ?? null;
  if (!code || !name) return null;
  return { name: name.replace(/\s+/gu, "").replace(/[（(].*?[)）]$/u, ""), code: code.trim() };
}

/** the value most of the list carries (ties: the first seen) and how many carry it; null when all agree */
function majority(values: string[]): { usual: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (counts.size < 2) return null;
  let usual = values[0];
  for (const [v, n] of counts) if (n > counts.get(usual)!) usual = v;
  return { usual, count: counts.get(usual)! };
}

export default defineRule({
  meta: {
    id: "department-code-mismatch",
    category: "inconsistency",
    severity: "warning",
    scope: "document",
    title: { zh: "同一主管部门的代码或名称前后不一", en: "Same department, different codes or names" },
    description: {
      zh: "同一份材料里，同一个主管部门在不同的表上写了不同的部门代码（或同一个代码写了不同的部门名称），说明有的表是从别的部门或往年的表照搬的，或代码、名称填错，预算系统中无法对应。",
      en: "Within one submission, the same department is given different codes on different forms: one of them is copied or wrong.",
    },
    messages: {
      otherCode: {
        zh: "主管部门“{{name}}”在本表的代码是 {{code}}，在本材料其他 {{others}} 张表上是 {{usual}}，前后不一。",
        en: "Department \"{{name}}\" has code {{code}} here but {{usual}} on {{others}} other forms of this submission.",
      },
      otherName: {
        zh: "部门代码 {{code}} 在本表写的主管部门名称是“{{name}}”，在本材料其他 {{others}} 张表上是“{{usual}}”，名称前后不一。",
        en: "Department code {{code}} is named \"{{name}}\" here but \"{{usual}}\" on {{others}} other forms of this submission.",
      },
    },
  },
  create(ctx) {
    return {
      document(doc) {
        const byName = new Map<string, { form: Form; code: string }[]>();
        for (const form of doc.forms) {
          const d = departmentAndCode(form);
          if (!d) continue;
          const list = byName.get(d.name) ?? [];
          list.push({ form, code: d.code });
          byName.set(d.name, list);
        }
        for (const [name, list] of byName) {
          const m = majority(list.map((x) => x.code));
          if (!m) continue;
          for (const x of list) {
            if (x.code === m.usual) continue;
            ctx.report({ messageId: "otherCode", form: x.form, field: "project.department", evidence: x.form.project.department ?? "", data: { name, code: x.code, usual: m.usual, others: m.count } });
          }
        }
        // one code, two names: the name the most forms write is taken as right
        const byCode = new Map<string, { form: Form; name: string }[]>();
        for (const [name, list] of byName) for (const x of list) byCode.set(x.code, [...(byCode.get(x.code) ?? []), { form: x.form, name }]);
        for (const [code, list] of byCode) {
          const m = majority(list.map((x) => x.name));
          if (!m) continue;
          for (const x of list) {
            if (x.name === m.usual) continue;
            ctx.report({ messageId: "otherName", form: x.form, field: "project.department", evidence: x.name, data: { name: x.name, code, usual: m.usual, others: m.count } });
          }
        }
      },
    };
  },
});
