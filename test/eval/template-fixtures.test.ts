/**
 * The committed template fixtures are what their descriptions print: each <id>.txt and
 * expected.json equal a fresh rendering of test/fixtures/templates/<id>/template.ts, and every
 * template states at least two forms with 5–15 indicators each (two blocks in the 长期/年度 forms).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates, templateText, TEMPLATES_DIR } from "../../scripts/make-template-fixtures.js";

const templates = await loadTemplates();

describe("template fixtures", () => {
  it("has at least ten templates", () => {
    expect(templates.length).toBeGreaterThanOrEqual(10);
  });

  it.each(templates.map((t) => [t.id, t] as const))("%s: committed text and expectations match the description", (id, t) => {
    const dir = join(TEMPLATES_DIR, id);
    expect(readFileSync(join(dir, `${id}.txt`), "utf8")).toBe(templateText(t));
    expect(existsSync(join(dir, `${id}.xlsx`))).toBe(true);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { forms: unknown };
    expect(expected.forms).toEqual(JSON.parse(JSON.stringify(t.forms)));
    expect(t.forms.length).toBeGreaterThanOrEqual(2);
    for (const f of t.forms) {
      expect(f.indicators.length).toBeGreaterThanOrEqual(5);
      for (const i of f.indicators) {
        expect(i.name).not.toBe("");
        expect(i.target).not.toBe("");
        if (f.kind === "self-assessment") expect(i.actual).toBeDefined();
      }
    }
  });

  it.each(templates.filter((t) => t.forms.some((f) => f.indicators.some((i) => i.weight !== undefined))).map((t) => [t.id, t] as const))(
    "%s: 得分 never exceeds 分值",
    (_id, t) => {
      for (const f of t.forms) for (const i of f.indicators) if (i.weight !== undefined) expect(i.score!).toBeLessThanOrEqual(i.weight);
    },
  );
});
