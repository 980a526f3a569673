/**
 * Declarative rules (rules/<id>/rule.yml), after Vale: a reviewer can add a word-list or pattern
 * check without code. Two kinds:
 *
 *   extends: existence     # any lexicon term / pattern present in the looked-at text
 *   extends: pattern       # regular expressions given inline
 *
 * with `fields` saying where to look (indicator fields, goals, narrative, project name) — Vale's
 * scopes — and `match: whole | substring`. Unknown keys are errors that name the file.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Field, Rule, RuleContext } from "./types.js";
import { CATEGORIES } from "./types.js";
import { KnowledgeError } from "./knowledge.js";
import type { Form, Indicator, Value } from "../model/types.js";
import { FIELD_NAMES_ZH, FIELD_NAMES_EN } from "./fields.js";

const Bi = z.object({ zh: z.string(), en: z.string() }).strict();
const LookAt = z.enum([
  "name",
  "target",
  "annualTarget",
  "adjustedTarget",
  "actual",
  "project.name",
  "goals.period",
  "goals.annual",
  "goals.actual",
  "narrative",
]);

export const DeclarativeSchema = z
  .object({
    extends: z.enum(["existence", "pattern"]),
    category: z.enum(CATEGORIES),
    severity: z.enum(["error", "warning", "info"]),
    appliesTo: z.array(z.enum(["target", "self-assessment"])).optional(),
    fields: z.array(LookAt).min(1),
    /** only for indicators whose level 2 is one of these (normalised labels) */
    level2: z.array(z.string()).optional(),
    match: z.enum(["whole", "substring"]).default("substring"),
    lexicon: z.string().optional(),
    patterns: z.array(z.string()).default([]),
    title: Bi,
    description: Bi,
    message: Bi,
  })
  .strict();

type Def = z.infer<typeof DeclarativeSchema>;

function valueText(v: Value | null | undefined): string {
  return v ? v.raw : "";
}

export function loadDeclarativeRule(file: string, id: string): Rule {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new KnowledgeError(file, `YAML 语法错误 / YAML syntax error: ${(e as Error).message}`);
  }
  const r = DeclarativeSchema.safeParse(raw);
  if (!r.success) throw new KnowledgeError(file, r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const def: Def = r.data;
  if (def.extends === "existence" && !def.lexicon && def.patterns.length === 0) {
    throw new KnowledgeError(file, "extends: existence 需要 lexicon 或 patterns / needs a lexicon or patterns");
  }
  let inline: RegExp[];
  try {
    inline = def.patterns.map((p) => new RegExp(p, "u"));
  } catch (e) {
    throw new KnowledgeError(file, `patterns: ${(e as Error).message}`);
  }
  const indicatorFields = def.fields.filter((f) => !f.includes(".") && f !== "narrative") as Field[];
  const formFields = def.fields.filter((f) => f.includes(".") || f === "narrative");

  return {
    meta: {
      id,
      category: def.category,
      severity: def.severity,
      scope: indicatorFields.length ? "indicator" : "form",
      appliesTo: def.appliesTo,
      title: def.title,
      description: def.description,
      messages: { match: def.message },
    },
    create(ctx: RuleContext) {
      const regexps = [...inline];
      const terms: string[] = [];
      if (def.lexicon) {
        const lex = ctx.knowledge.lexicon(def.lexicon);
        regexps.push(...lex.regexps);
        terms.push(...lex.terms);
      }
      const find = (text: string): string | null => {
        const t = text.trim();
        if (!t) return null;
        for (const term of terms) {
          if (def.match === "whole" ? t === term : t.includes(term)) return term;
        }
        for (const re of regexps) {
          const m = re.exec(t);
          if (m && (def.match === "substring" || m[0] === t)) return m[0];
        }
        return null;
      };
      const applies = (form: Form) => !def.appliesTo || def.appliesTo.includes(form.kind);
      return {
        indicator(ind: Indicator, form: Form) {
          if (!applies(form) || !indicatorFields.length) return;
          if (def.level2 && (!ind.level2 || !def.level2.includes(ind.level2))) return;
          for (const f of indicatorFields) {
            const text = f === "name" ? ind.name : valueText(ind[f as "target"] as Value | null);
            const hit = find(text);
            if (hit) {
              ctx.report({
                messageId: "match",
                data: { field: FIELD_NAMES_ZH[f], fieldEn: FIELD_NAMES_EN[f], text, match: hit },
                form,
                indicator: ind,
                field: f,
                evidence: text,
              });
            }
          }
        },
        form(form: Form) {
          if (!applies(form) || !formFields.length) return;
          const items: { field: Field; text: string; loc?: Form["loc"] }[] = [];
          for (const f of formFields) {
            if (f === "project.name") items.push({ field: "project.name", text: form.project.name, loc: form.fields["project.name"]?.loc });
            else if (f === "narrative") for (const n of form.narrative) items.push({ field: "narrative", text: n.text, loc: n.loc });
            else {
              const g = form.goals[f.slice(6) as "annual"];
              if (g) items.push({ field: f as Field, text: g.text, loc: g.loc });
            }
          }
          for (const it of items) {
            const hit = find(it.text);
            if (hit) {
              ctx.report({
                messageId: "match",
                data: { field: FIELD_NAMES_ZH[it.field], fieldEn: FIELD_NAMES_EN[it.field], text: it.text, match: hit },
                form,
                field: it.field,
                loc: it.loc,
                evidence: it.text,
              });
            }
          }
        },
      };
    },
  };
}
