/** `kpi-audit serve` on the command line: bad ports and a busy port are usage errors with a message. */
import { describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { browserCommand } from "../../src/serve/open.js";

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const ew = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(["node", "kpi-audit", ...args]), err: err.join("") };
  } finally {
    process.stderr.write = ew;
  }
}

describe("kpi-audit serve (command line)", () => {
  it("a port in use: exit 2 and a message saying what to do", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await run(["serve", "--port", String(port), "--no-open"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`端口 ${port} 已被占用`);
      expect(r.err).toContain("--port 0");
    } finally {
      busy.close();
    }
  });

  it("bad option values are usage errors", async () => {
    for (const args of [["--port", "http"], ["--port", "70000"], ["--max-files", "0"], ["--max-file-size", "-1"]]) {
      const r = await run(["serve", ...args, "--no-open"]);
      expect(r.code, args.join(" ")).toBe(2);
    }
  });

  it("opens a browser only with a way to show it", () => {
    const url = "http://127.0.0.1:8321/";
    expect(browserCommand(url, "darwin", {})).toEqual(["open", [url]]);
    expect(browserCommand(url, "win32", {})![0]).toBe("cmd");
    expect(browserCommand(url, "linux", {})).toBeNull();
    expect(browserCommand(url, "linux", { DISPLAY: ":0" })).toEqual(["xdg-open", [url]]);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`prints its address, and on ${signal} removes the uploads and exits 0`, async () => {
      // the child's temp folder is a fresh one, so what it leaves behind can be seen
      const tmp = mkdtempSync(join(tmpdir(), "kpi-serve-signal-"));
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/kpi-audit.ts", "serve", "--port", "0", "--no-open"], {
        env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d) => (out += String(d)));
      const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
      try {
        for (let i = 0; i < 200 && !/http:\/\/127\.0\.0\.1:\d+\//.test(out); i++) await new Promise((r) => setTimeout(r, 100));
        const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
        const fd = new FormData();
        fd.append("path", "部门/表.txt");
        fd.append("files", new Blob([readFileSync("test/fixtures/formats/shanxi-target-000.txt")]), "表.txt");
        const r = await fetch(`${url}api/jobs`, { method: "POST", body: fd, headers: { "X-Kpi-Audit": "1" } });
        expect(r.status).toBe(202);
        expect(readdirSync(tmp).filter((n) => n.startsWith("kpi-audit-serve-"))).toHaveLength(1);
        child.kill(signal);
        expect(await exited).toBe(0);
        expect(readdirSync(tmp).filter((n) => n.startsWith("kpi-audit-serve-"))).toEqual([]);
        expect(out).toContain("按 Ctrl+C 退出");
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    });
  }
});
