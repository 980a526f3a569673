/** The package root (where rules/ and docs/ live), whether running from src/ (tsx) or dist/. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pj = join(dir, "package.json");
    if (existsSync(pj)) {
      try {
        if ((JSON.parse(readFileSync(pj, "utf8")) as { name?: string }).name === "kpi-audit") return (root = dir);
      } catch {
        /* keep walking up */
      }
    }
    dir = dirname(dir);
  }
  throw new Error("kpi-audit: cannot find the package root (package.json)");
}
