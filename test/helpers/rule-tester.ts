/**
 * RuleTester, after ESLint's and textlint-tester: run one rule over valid and invalid cases and
 * assert exactly which findings it raises. A case is a form snippet in TSV (parsed by the real
 * front end: text reader → layouts), a fixture file, or a ready KpiDocument (or several, for
 * corpus-scope rules).
 *
 *   ruleTester.run("placeholder-value", {
 *     valid: [{ text: "项目名称\tA\n…" }],
 *     invalid: [{ file: "test/fixtures/placeholder-value/002-l598.txt", errors: [{ messageId: "placeholder", line: 5 }] }],
 *   });
 *
 * Strict: both arrays required and non-empty; every expected error names a messageId; a valid case
 * may not carry errors; duplicate cases fail; the findings of an invalid case must match the
 * expected list one to one (in engine order: line, then field).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { loadRules } from "../../src/engine/registry.js";
import type { Finding, Rule } from "../../src/engine/types.js";
import type { KpiDocument } from "../../src/model/types.js";

export interface ExpectedError {
  messageId: string;
  line?: number;
  field?: string;
  /** further columns of the same row where the same defect stands (one finding names both) */
  also?: string[];
  indicator?: string;
  evidence?: string;
  severity?: string;
  data?: Record<string, string | number>;
  page?: number;
  cell?: string;
}

export interface Case {
  /** a short title for the test name */
  name?: string;
  /** TSV text of one or more forms */
  text?: string;
  /** several TSV texts, one document each (corpus-scope rules) */
  texts?: string[];
  /** a fixture file path (relative to the project root) */
  file?: string;
  files?: string[];
  docs?: KpiDocument[];
  options?: Record<string, unknown>;
  scheme?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
}

async function docsOf(c: Case): Promise<KpiDocument[]> {
  if (c.docs) return c.docs;
  const out: KpiDocument[] = [];
  const texts = c.texts ?? (c.text !== undefined ? [c.text] : []);
  for (let i = 0; i < texts.length; i++) out.push(await parseBytes(texts.length > 1 ? `case-${i + 1}.txt` : "case.txt", Buffer.from(texts[i], "utf8")));
  for (const f of c.files ?? (c.file ? [c.file] : [])) out.push(await parseBytes(f, readFileSync(f)));
  if (!out.length) throw new Error("RuleTester: a case needs text, texts, file, files or docs");
  return out;
}

export async function runRule(ruleId: string, c: Case): Promise<Finding[]> {
  const rules = await loadRules();
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`RuleTester: no rule ${ruleId}`);
  const docs = await docsOf(c);
  for (const d of docs) {
    const bad = d.diagnostics.filter((x) => x.severity === "error");
    if (bad.length) throw new Error(`RuleTester: the case did not parse: ${bad.map((b) => b.message).join("; ")}`);
    if (!d.forms.length) throw new Error("RuleTester: the case holds no form (check the snippet has 项目名称 and an indicator header)");
  }
  const res = await checkDocuments(docs, {
    rules: [rule as Rule],
    config: { rules: { [ruleId]: c.options ? [rule.meta.severity, c.options] : rule.meta.severity }, scheme: c.scheme ?? "national", minSeverity: "info" },
  });
  const crash = res.diagnostics.find((d) => d.code === "rule-error");
  if (crash) throw new Error(`RuleTester: the rule threw: ${crash.message}`);
  return res.findings.filter((f) => f.ruleId === ruleId);
}

function caseKey(c: Case): string {
  return JSON.stringify([c.text, c.texts, c.file, c.files, c.options, c.scheme]);
}

export const ruleTester = {
  run(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
    describe(ruleId, () => {
      if (!cases.valid?.length || !cases.invalid?.length) throw new Error(`RuleTester(${ruleId}): both valid and invalid cases are required`);
      const keys = new Set<string>();
      for (const c of [...cases.valid, ...cases.invalid]) {
        const k = caseKey(c);
        if (keys.has(k)) throw new Error(`RuleTester(${ruleId}): duplicate case ${c.name ?? k.slice(0, 80)}`);
        keys.add(k);
      }
      it("meta is complete", async () => {
        const rule = (await loadRules()).find((r) => r.meta.id === ruleId);
        expect(rule, `rule ${ruleId} is discovered`).toBeDefined();
        const m = rule!.meta;
        expect(m.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(m.title.zh.length).toBeGreaterThan(0);
        expect(m.description.zh.length).toBeGreaterThan(0);
        for (const [id, msg] of Object.entries(m.messages)) {
          expect(msg.zh, `${id}.zh`).toMatch(/[\u4e00-\u9fa5]/);
          expect(msg.en.length, `${id}.en`).toBeGreaterThan(0);
        }
      });
      cases.valid.forEach((c, i) => {
        if ((c as InvalidCase).errors) throw new Error(`RuleTester(${ruleId}): valid case ${i} carries errors`);
        it(`valid ${i + 1}: ${c.name ?? ""}`, async () => {
          const found = await runRule(ruleId, c);
          expect(found.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        if (!c.errors?.length) throw new Error(`RuleTester(${ruleId}): invalid case ${i} has no errors`);
        for (const e of c.errors) if (!e.messageId) throw new Error(`RuleTester(${ruleId}): invalid case ${i}: every error needs a messageId`);
        it(`invalid ${i + 1}: ${c.name ?? ""}`, async () => {
          const found = await runRule(ruleId, c);
          expect(found.length, found.map((f) => `${f.line}: ${f.messageId} ${f.message}`).join("\n")).toBe(c.errors.length);
          c.errors.forEach((e, k) => {
            const f = found[k];
            expect(f.messageId).toBe(e.messageId);
            if (e.line !== undefined) expect(f.line).toBe(e.line);
            if (e.field !== undefined) expect(f.field).toBe(e.field);
            expect(f.also ?? []).toEqual(e.also ?? []);
            if (e.indicator !== undefined) expect(f.indicator).toBe(e.indicator);
            if (e.evidence !== undefined) expect(f.evidence).toBe(e.evidence);
            if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
            if (e.page !== undefined) expect(f.page).toBe(e.page);
            if (e.cell !== undefined) expect(f.cell).toBe(e.cell);
            if (e.data) for (const [k2, v] of Object.entries(e.data)) expect(f.data[k2]).toBe(v);
            expect(f.source.length).toBeGreaterThan(0);
            expect(f.message).not.toMatch(/\{\{/);
          });
        });
      });
    });
  },
};
