/**
 * Every rule's doc page is tested (ESLint's check-rule-examples): in rules/<id>/README.md, each
 * ```tsv incorrect block must raise at least one finding from that rule, each ```tsv correct
 * block none. Every rule must have a README with at least one incorrect and one correct example.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRule } from "../helpers/rule-tester.js";

const dir = "rules";
const ids = readdirSync(dir).filter((d) => !["lexicons", "schemes"].includes(d) && existsSync(join(dir, d, "README.md")) && (existsSync(join(dir, d, "rule.ts")) || existsSync(join(dir, d, "rule.yml"))));

function blocks(md: string, kind: "incorrect" | "correct"): string[] {
  const re = new RegExp("```tsv " + kind + "\\n([\\s\\S]*?)```", "g");
  const out: string[] = [];
  for (const m of md.matchAll(re)) out.push(m[1].replace(/ ⇥ /g, "\t"));
  return out;
}

describe("rule doc pages", () => {
  it("every rule folder has a README.md", () => {
    const all = readdirSync(dir).filter((d) => !["lexicons", "schemes"].includes(d) && (existsSync(join(dir, d, "rule.ts")) || existsSync(join(dir, d, "rule.yml"))));
    for (const id of all) expect(existsSync(join(dir, id, "README.md")), `rules/${id}/README.md`).toBe(true);
  });
  for (const id of ids) {
    const md = readFileSync(join(dir, id, "README.md"), "utf8");
    it(`${id}: has a Chinese title, a corpus example, incorrect and correct examples`, () => {
      expect(md).toMatch(/^# /m);
      expect(md).toMatch(/corpus\/|语料/);
      expect(blocks(md, "incorrect").length).toBeGreaterThan(0);
      expect(blocks(md, "correct").length).toBeGreaterThan(0);
    });
    blocks(md, "incorrect").forEach((text, i) => {
      it(`${id}: incorrect example ${i + 1} is flagged`, async () => {
        expect((await runRule(id, { text })).length).toBeGreaterThan(0);
      });
    });
    blocks(md, "correct").forEach((text, i) => {
      it(`${id}: correct example ${i + 1} is quiet`, async () => {
        expect((await runRule(id, { text })).map((f) => f.message)).toEqual([]);
      });
    });
  }
});
