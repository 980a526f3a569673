/**
 * Vitest global setup: every test file's temporary folders (reports, uploads, shards, xlsx) go under
 * one folder made for this run, removed when the run ends — a test run leaves nothing in the
 * machine's temp directory, whether or not each test cleans up after itself. The forked workers
 * inherit TMPDIR, so os.tmpdir() in the tests and in the CLI processes they spawn points there.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "kpi-audit-tests-"));
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
