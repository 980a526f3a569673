/**
 * The template-fixture scorer (scripts/eval-templates.ts) checked on documents built by hand from
 * the expectations themselves: a perfect reading scores 100%, an empty one 0% and silent, and each
 * kind of wrong field costs exactly one field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accuracy, listTemplates, normText, scoreDocument, TEMPLATES_DIR } from "../../scripts/eval-templates.js";
import type { ExpForm } from "../fixtures/templates/lib.js";
import type { Form, Indicator, KpiDocument, Value } from "../../src/model/types.js";

function value(raw: string): Value {
  return { raw, kind: "qualitative", op: null, value: null, unit: null };
}

function perfect(forms: ExpForm[]): KpiDocument {
  return {
    source: "x.txt",
    format: "text",
    diagnostics: [],
    forms: forms.map(
      (e) =>
        ({
          kind: e.kind,
          layout: "x",
          line: 1,
          startLine: 1,
          endLine: 1,
          loc: {},
          project: { name: e.subject, code: null, department: e.department, implementer: null },
          fields: {},
          funds: {
            unit: e.funds.unit,
            annualTotal: e.funds.total,
            adjusted: e.funds.total,
            sources: [],
            ...(e.spending
              ? { spending: Object.fromEntries(Object.entries(e.spending).map(([k, s]) => [k, { name: k, annual: s.amount, planned: s.planned, adjusted: s.adjusted, executed: s.executed, loc: {} }])) }
              : {}),
          },
          goals: { annual: e.annualGoal === null ? null : { text: e.annualGoal } },
          indicators: e.indicators.map(
            (i) =>
              ({
                line: 1,
                loc: {},
                level1: i.level1,
                level2: i.level2,
                name: i.name,
                target: value(i.target),
                annualTarget: null,
                adjustedTarget: null,
                actual: i.actual === undefined ? null : value(i.actual),
                weight: i.weight ?? null,
                score: i.score ?? null,
                ...(i.coefficient !== undefined ? { coefficient: i.coefficient } : {}),
              }) as Indicator,
          ),
          total: null,
          grade: null,
          narrative: [],
          parse: { confidence: 1, rows: 0, rowsMerged: 0, warnings: [] },
        }) as unknown as Form,
    ),
  };
}

const ids = listTemplates();
const load = (id: string) => (JSON.parse(readFileSync(join(TEMPLATES_DIR, id, "expected.json"), "utf8")) as { forms: ExpForm[] }).forms;

describe("template scorer", () => {
  it("has templates to score", () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)("a perfect reading of %s scores every field", (id) => {
    const forms = load(id);
    const r = scoreDocument(id, `${id}.txt`, perfect(forms), forms);
    expect(r.misses).toEqual([]);
    expect(r.formsFound).toBe(forms.length);
    expect(accuracy(r)).toBe(1);
    expect(r.silentFiles).toBe(0);
  });

  it("a department form's wrong spending figure and a wrong 得分系数 cost exactly their fields", () => {
    const id = "sichuan-dept-coefficient-self";
    const forms = load(id);
    const doc = perfect(forms);
    const f = doc.forms[0];
    f.funds.spending!.project!.executed = 600;
    f.indicators[1].coefficient = 0.9;
    const r = scoreDocument(id, "x.txt", doc, forms);
    expect(r.misses).toEqual(["蓉溪县农业农村局: spending.project.executed", "蓉溪县农业农村局 / 农业技术培训人次: coefficient expected 0.92"]);
    expect(r.fieldsRight).toBe(r.fieldsExpected - 2);
  });

  it("an empty reading scores nothing and is silent", () => {
    const forms = load(ids[0]);
    const r = scoreDocument(ids[0], "x.txt", { source: "x.txt", format: "text", diagnostics: [], forms: [] }, forms);
    expect(r.formsFound).toBe(0);
    expect(r.fieldsRight).toBe(0);
    expect(r.fieldsExpected).toBeGreaterThan(0);
    expect(r.silentFiles).toBe(1);
  });

  it("one wrong target, one missing indicator and a wrong funds unit cost exactly their fields", () => {
    const forms = load(ids[0]);
    const doc = perfect(forms);
    const f0 = doc.forms[0];
    f0.indicators[0].target = value("≥1");
    const removed = f0.indicators.splice(1, 1)[0];
    f0.funds.unit = "元";
    const r = scoreDocument(ids[0], "x.txt", doc, forms);
    const perInd = forms[0].kind === "self-assessment" ? ["actual", "weight", "score"].filter((k) => k in forms[0].indicators[1]).length + 3 : 3;
    expect(r.fieldsExpected - r.fieldsRight).toBe(1 + perInd + 1);
    expect(r.misses.some((m) => m.includes(`indicator not found: ${removed.name}`))).toBe(true);
  });

  it("compares values normalised", () => {
    expect(normText("≥ 95 ％")).toBe(normText(">=95%"));
    expect(normText("＝10个")).toBe(normText("10个"));
  });
});
