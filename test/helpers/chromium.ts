/** Debian's chromium for the browser tests (playwright-core drives it; no browser download). */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** true when the browser tests can run; says why in the log when they are skipped */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) return true; // CI installs it; a missing browser must fail there, not skip
  console.warn(`跳过${what}：未找到 ${CHROMIUM}（安装：apt-get install -y chromium）/ skipping ${what}: ${CHROMIUM} not found`);
  return false;
}
