/**
 * `kpi-audit serve [--port n] [--no-open] [--max-file-size MB] [--max-total-size MB] [--max-files n]`:
 * the reviewer's desk, a local web app on 127.0.0.1. Prints the address, opens the browser when it
 * can, and runs until Ctrl+C (or SIGTERM); uploaded files live in temporary folders removed then.
 */
import { InvalidArgumentError, type Command } from "commander";
import { openBrowser } from "../../serve/open.js";
import { DEFAULT_SERVE_LIMITS, MiB } from "../../serve/limits.js";
import { toolVersion } from "../version.js";

export const DEFAULT_PORT = 8321;

interface ServeOpts {
  port: number;
  open: boolean;
  maxFileSize?: number;
  maxTotalSize?: number;
  maxFiles?: number;
  config?: string;
  scheme?: string;
  jobs?: number;
}

function port(v: string): number {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || n > 65535) throw new InvalidArgumentError("端口须为 0–65535 的整数，0 表示自动选择 (port 0–65535; 0 = any free port)");
  return n;
}

function positive(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("必须大于 0 (must be > 0)");
  return n;
}

function positiveInt(v: string): number {
  const n = positive(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError("必须是正整数 (must be a positive integer)");
  return n;
}

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("启动本机审核台（网页界面）：拖入文件即可审核、下载 Excel 清单和审核意见书 (local web app for reviewers)")
    .option("-p, --port <n>", `端口，默认 ${DEFAULT_PORT}；0 表示自动选择 (port; 0 = any free port)`, port, DEFAULT_PORT)
    .option("--no-open", "不自动打开浏览器 (do not open a browser)")
    .option("--max-file-size <MB>", `单个文件大小上限，默认 ${DEFAULT_SERVE_LIMITS.maxFileBytes / MiB} (per-file limit, MB)`, positive)
    .option("--max-total-size <MB>", `一次上传的总大小上限，默认 ${DEFAULT_SERVE_LIMITS.maxTotalBytes / MiB} (per-upload limit, MB)`, positive)
    .option("--max-files <n>", `一次上传的文件数上限，默认 ${DEFAULT_SERVE_LIMITS.maxFiles} (files per upload)`, positiveInt)
    .option("-c, --config <file>", "配置文件 YAML/JSON (config file)")
    .option("--scheme <id>", "评分方案 (scoring scheme)")
    .option("-j, --jobs <n>", "并行解析线程数 (parse workers)", positiveInt)
    .action(async (opts: ServeOpts) => {
      const limits = {
        maxFileBytes: opts.maxFileSize ? Math.round(opts.maxFileSize * MiB) : DEFAULT_SERVE_LIMITS.maxFileBytes,
        maxTotalBytes: opts.maxTotalSize ? Math.round(opts.maxTotalSize * MiB) : DEFAULT_SERVE_LIMITS.maxTotalBytes,
        maxFiles: opts.maxFiles ?? DEFAULT_SERVE_LIMITS.maxFiles,
      };
      let started;
      try {
        // loaded here, not with the CLI: fastify and the app's modules are most of what every other
        // command spent starting up (docs/decisions.md, 126)
        const { startServer } = await import("../../serve/app.js");
        started = await startServer({ port: opts.port, limits, config: opts.config, scheme: opts.scheme, jobs: opts.jobs, version: toolVersion() });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        process.stderr.write(
          err.code === "EADDRINUSE"
            ? `kpi-audit serve：端口 ${opts.port} 已被占用。请用 --port 换一个端口，或用 --port 0 自动选择。\n`
            : `kpi-audit serve：无法启动：${err.message}\n`,
        );
        setExit(2);
        return;
      }
      const { app, store, url } = started;
      process.stdout.write(`kpi-audit 审核台已启动：${url}\n请在浏览器中打开这个地址。按 Ctrl+C 退出（上传的文件随之删除）。\n`);
      if (opts.open && !openBrowser(url)) process.stdout.write("（未能自动打开浏览器，请手动打开上面的地址。）\n");
      // a last resort: whatever ends the process, the temporary folders go with it
      const onExit = () => store.closeSync();
      process.once("exit", onExit);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(`\n收到 ${signal}，正在关闭并删除上传的文件……\n`);
          void app.close().finally(() => {
            process.off("SIGINT", onSigint);
            process.off("SIGTERM", onSigterm);
            resolve();
            // an audit still running keeps worker threads alive; its folder is gone, so end now
            setImmediate(() => process.exit(process.exitCode ?? 0));
          });
        };
        const onSigint = () => stop("SIGINT");
        const onSigterm = () => stop("SIGTERM");
        process.on("SIGINT", onSigint);
        process.on("SIGTERM", onSigterm);
      });
    });
}
