/**
 * The same form as text (corpus lines), XLSX, PDF (LibreOffice's export of the XLSX), HTML and
 * DOCX must give the same Form once locations are ignored: project, funds, goals, indicators.
 */
import { describe, expect, it } from "vitest";
import "../../src/read/formats.js";
import { parseFile } from "../../src/parse.js";
import type { Form } from "../../src/model/types.js";
import { fx } from "./helpers.js";

const FORMS = ["shanxi-target-000", "shanxi-self-assessment-002", "weighted-self-assessment-002", "ningxia-target-004"];
const FORMATS = ["xlsx", "pdf", "docx", "html"];

/** drop what legitimately depends on the source format: locations, line numbers, parse statistics */
function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (["loc", "line", "startLine", "endLine", "nameLoc", "parse"].includes(k)) continue;
      out[k] = strip(x);
    }
    return out;
  }
  return v;
}

const essentials = (f: Form) => ({
  kind: f.kind,
  layout: f.layout,
  project: f.project,
  funds: f.funds,
  goals: f.goals,
  indicators: f.indicators,
  total: f.total,
  grade: f.grade,
});

describe.each(FORMS)("%s: every format gives the text version's form", (name) => {
  it.each(FORMATS)(`%s`, async (fmt) => {
    const text = await parseFile(fx(`${name}.txt`));
    const other = await parseFile(fx(`${name}.${fmt}`));
    expect(text.forms.length).toBe(1);
    expect(text.forms[0].indicators.length).toBeGreaterThan(3);
    expect(other.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(other.forms.length).toBe(1);
    const [a] = text.forms;
    const [b] = other.forms;
    // the headline fields first, for readable failures
    expect(b.project.name).toBe(a.project.name);
    expect(b.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw ?? null])).toEqual(
      a.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw ?? null]),
    );
    expect(strip(b.funds)).toEqual(strip(a.funds));
    expect(strip(essentials(b))).toEqual(strip(essentials(a)));
  });
});
