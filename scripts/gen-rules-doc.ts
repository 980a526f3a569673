// Writes docs/rules.md, the index of every rule (id, category, default severity, scope, title),
// from the rules' own meta. `npm run docs:rules`; a test keeps it current.
import { writeFileSync } from "node:fs";
import { loadRules } from "../src/engine/registry.js";
import { CATEGORIES } from "../src/engine/types.js";

export async function rulesIndex(): Promise<string> {
  const rules = await loadRules();
  const out: string[] = [
    "# Rules",
    "",
    "Generated from each rule's `meta` by `npm run docs:rules`. Every rule has a Chinese doc page at",
    "`rules/<rule-id>/README.md` with a real corpus example, what the reviewer should do, and tested",
    "incorrect/correct examples. Severities are defaults; a config file may change them",
    "(see `docs/writing-rules.md` and `kpi-audit check --config`).",
    "",
  ];
  for (const cat of CATEGORIES) {
    const list = rules.filter((r) => r.meta.category === cat);
    if (!list.length) continue;
    out.push(`## ${cat}`, "", "| rule | severity | scope | applies to | 说明 |", "|---|---|---|---|---|");
    for (const r of list) {
      const m = r.meta;
      out.push(`| [\`${m.id}\`](../rules/${m.id}/README.md) | ${m.severity} | ${m.scope} | ${(m.appliesTo ?? ["target", "self-assessment"]).join(", ")} | ${m.title.zh} |`);
    }
    out.push("");
  }
  out.push(`${rules.length} rules.`, "");
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync("docs/rules.md", await rulesIndex());
}
