/** Expand the user's arguments (files and folders) into a sorted list of files. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const SKIP_DIRS = new Set(["node_modules", ".git", "gold"]);
const SKIP_FILES = /^(README|readme)(\.md)?$|\.(md|json|jsonl|yml|yaml|ts|js|map|png|jpg|gif|sh)$/i;

export interface Expanded {
  files: string[];
  missing: string[];
}

/** Folders are walked (sorted, deterministic); README/JSON/YAML/code files inside folders are skipped. */
export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) await walk(input, files);
    else files.push(input);
  }
  return { files, missing };
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out);
    } else if (e.isFile() && !SKIP_FILES.test(e.name)) out.push(p);
  }
}
