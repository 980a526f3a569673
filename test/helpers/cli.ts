/** Runs the CLI in this process, capturing what it writes to stdout and stderr. */
import { main } from "../../src/cli/main.js";

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const ow = process.stdout.write.bind(process.stdout);
  const ew = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await main(["node", "kpi-audit", ...args]);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}
