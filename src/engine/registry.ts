/**
 * Rule discovery: every folder rules/<rule-id>/ with a rule.ts (compiled to rule.js) or a
 * declarative rule.yml is a rule; its id is the folder name (Vale's "a rule lives where its id
 * says"). Loaded once per process, sorted by id.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import type { Rule } from "./types.js";
import { loadDeclarativeRule } from "./declarative.js";
import { KnowledgeError } from "./knowledge.js";
import { packageRoot } from "./paths.js";

/** rules/ next to src/ (../../rules from src/engine, in the source tree and in dist/) */
export function rulesDir(): string {
  return fileURLToPath(new URL("../../rules/", import.meta.url));
}

let cached: Promise<Rule[]> | null = null;

export function loadRules(): Promise<Rule[]> {
  if (!cached) cached = discover();
  return cached;
}

async function discover(): Promise<Rule[]> {
  const codeDir = rulesDir(); // dist/rules when compiled, rules/ when run from sources
  const sourceDir = join(packageRoot(), "rules"); // README.md and rule.yml live here
  const rules: Rule[] = [];
  for (const id of readdirSync(sourceDir).sort()) {
    if (id === "lexicons" || id === "schemes" || id.startsWith(".") || id.startsWith("_")) continue;
    let rule: Rule | null = null;
    const js = join(codeDir, id, "rule.js");
    const ts = join(codeDir, id, "rule.ts");
    const code = existsSync(js) ? js : existsSync(ts) ? ts : null;
    if (code) {
      const mod = (await import(pathToFileURL(code).href)) as { default?: Rule };
      if (!mod.default) throw new KnowledgeError(code, "规则模块没有默认导出 / rule module has no default export");
      rule = mod.default;
    } else if (existsSync(join(sourceDir, id, "rule.yml"))) {
      rule = loadDeclarativeRule(join(sourceDir, id, "rule.yml"), id);
    }
    if (!rule) continue;
    if (rule.meta.id !== id) throw new KnowledgeError(join(sourceDir, id), `规则 id “${rule.meta.id}”与目录名不一致 / rule id differs from its folder name`);
    rules.push(rule);
  }
  return rules;
}
