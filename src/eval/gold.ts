/**
 * Gold sets (corpus/gold/<document>.json, labelled by hand following docs/defects.md) and the
 * evaluation of findings against them: precision and recall per category.
 *
 * Matching: a predicted finding and a gold finding match when the document and the category agree,
 * they lie in the same labelled form, and their lines are at most `lineTolerance` apart. One defect
 * is one (category, line) pair, so predictions are first reduced to distinct (category, line) keys.
 * Only predictions inside labelled (exhaustive) forms count.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import type { Finding } from "../engine/types.js";
import { CATEGORIES } from "../engine/types.js";

export const GoldSchema = z.object({
  document: z.string(),
  method: z.string().optional(),
  forms: z.array(
    z.object({ line: z.number().int(), endLine: z.number().int(), project: z.string(), exhaustive: z.boolean().default(true) }).passthrough(),
  ),
  findings: z.array(
    z
      .object({
        line: z.number().int(),
        category: z.enum(CATEGORIES),
        project: z.string().optional(),
        indicator: z.string().nullable().optional(),
        evidence: z.string().optional(),
        note: z.string().optional(),
        /** how serious a reviewer judges it (docs/labelling.md); older gold has none: counted as warning */
        severity: z.enum(["error", "warning", "info"]).optional(),
        /** the reviewer's checklist item (1–10; 0 for truncation) */
        check: z.number().int().optional(),
      })
      .passthrough(),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;

/**
 * Every gold file of a folder, one entry per document: several files naming the same document
 * (a labelling and its additions, e.g. `<doc>.checklist.json` for defects that a widened definition
 * added) are merged — forms by their line, findings once per (category, line).
 */
export function loadGoldDir(dir: string): Gold[] {
  if (!existsSync(dir)) return [];
  const byDoc = new Map<string, Gold>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const p = join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(p, "utf8"));
    } catch (e) {
      throw new Error(`${p}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = GoldSchema.safeParse(json);
    if (!r.success) throw new Error(`${p}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const prev = byDoc.get(r.data.document);
    if (!prev) {
      byDoc.set(r.data.document, r.data);
      continue;
    }
    for (const form of r.data.forms) if (!prev.forms.some((x) => x.line === form.line)) prev.forms.push(form);
    for (const x of r.data.findings) if (!prev.findings.some((y) => y.category === x.category && y.line === x.line)) prev.findings.push(x);
  }
  return [...byDoc.values()];
}

export interface CategoryScore {
  category: string;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalResult {
  documents: number;
  forms: number;
  categories: CategoryScore[];
  overall: CategoryScore;
  /** labelled forms with no gold finding, and how many of them drew a prediction */
  cleanForms: number;
  cleanFormsFlagged: number;
  misses: { document: string; line: number; category: string; evidence?: string }[];
  falseAlarms: { document: string; line: number; category: string; ruleId: string; message: string }[];
}

const RANK = { info: 0, warning: 1, error: 2 } as const;
type Level = keyof typeof RANK;

export interface EvalOptions {
  lineTolerance?: number;
  /** count only gold defects and findings at this severity or above (gold without one counts as warning) */
  minSeverity?: Level;
}

export function evaluate(golds: Gold[], allFindings: Finding[], opts: EvalOptions | number = {}): EvalResult {
  const { lineTolerance = 2, minSeverity = "info" } = typeof opts === "number" ? { lineTolerance: opts } : opts;
  const floor = RANK[minSeverity];
  const findings = allFindings.filter((f) => RANK[f.severity] >= floor);
  const per = new Map<string, { gold: number; predicted: number; tp: number }>();
  const bump = (c: string, k: "gold" | "predicted" | "tp") => {
    const e = per.get(c) ?? { gold: 0, predicted: 0, tp: 0 };
    e[k]++;
    per.set(c, e);
  };
  const misses: EvalResult["misses"] = [];
  const falseAlarms: EvalResult["falseAlarms"] = [];
  let forms = 0;
  let cleanForms = 0;
  let cleanFormsFlagged = 0;
  for (const g of golds) {
    const docFindings = findings.filter((f) => basename(f.source) === basename(g.document));
    for (const form of g.forms) {
      if (!form.exhaustive) continue;
      forms++;
      // a form owns its lines, and up to three lines before its 项目名称 (a title, a 项目编码 row) that no
      // other form of the document owns: the last row of one form is never counted in the next one too
      const inForm = (line: number | null) =>
        line !== null && line <= form.endLine && (line >= form.line || (line >= form.line - 3 && !g.forms.some((o) => o !== form && line >= o.line && line <= o.endLine)));
      const inFormGold = g.findings.filter((x) => inForm(x.line));
      const goldHere = inFormGold.filter((x) => RANK[x.severity ?? "warning"] >= floor);
      // distinct predicted (category, line) keys in this form
      const predicted = new Map<string, Finding>();
      for (const f of docFindings) {
        if (!inForm(f.line) && !(f.line === null && f.formLine === form.line)) continue;
        const key = `${f.category}\u0000${f.line ?? f.formLine}`;
        if (!predicted.has(key)) predicted.set(key, f);
      }
      if (inFormGold.length === 0) {
        cleanForms++;
        if (predicted.size) cleanFormsFlagged++;
      }
      const usedPred = new Set<string>();
      for (const gf of goldHere) {
        bump(gf.category, "gold");
        let hit: string | null = null;
        for (const [key, f] of predicted) {
          if (usedPred.has(key) || f.category !== gf.category) continue;
          const line = f.line ?? f.formLine ?? -999;
          if (Math.abs(line - gf.line) <= lineTolerance) {
            hit = key;
            break;
          }
        }
        if (hit) {
          usedPred.add(hit);
          bump(gf.category, "tp");
        } else misses.push({ document: g.document, line: gf.line, category: gf.category, evidence: gf.evidence });
      }
      for (const [key, f] of predicted) {
        bump(f.category, "predicted");
        if (usedPred.has(key)) continue;
        // a second prediction near an already matched gold line of the same category, or one matching a
        // gold defect labelled below the severity floor, is not a false alarm
        const near = inFormGold.some((gf) => gf.category === f.category && Math.abs((f.line ?? -999) - gf.line) <= lineTolerance);
        if (near) {
          per.get(f.category)!.predicted--;
          continue;
        }
        falseAlarms.push({ document: g.document, line: f.line ?? -1, category: f.category, ruleId: f.ruleId, message: f.message });
      }
    }
  }
  const score = (category: string, e: { gold: number; predicted: number; tp: number }): CategoryScore => ({
    category,
    gold: e.gold,
    predicted: e.predicted,
    truePositives: e.tp,
    precision: e.predicted ? e.tp / e.predicted : null,
    recall: e.gold ? e.tp / e.gold : null,
  });
  const categories = CATEGORIES.filter((c) => per.has(c)).map((c) => score(c, per.get(c)!));
  const tot = { gold: 0, predicted: 0, tp: 0 };
  for (const e of per.values()) {
    tot.gold += e.gold;
    tot.predicted += e.predicted;
    tot.tp += e.tp;
  }
  return { documents: golds.length, forms, categories, overall: score("overall", tot), cleanForms, cleanFormsFlagged, misses, falseAlarms };
}
