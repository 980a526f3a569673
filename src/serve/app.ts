/**
 * The local web app behind `kpi-audit serve` (fastify + @fastify/multipart; no hand-written HTTP).
 * Routes:
 *   GET  /                                 start page
 *   POST /api/jobs?mode=report|diff        multipart upload: a "path" field before each file part
 *                                          (field name = side: files, or old / new) → 202 {id}
 *   GET  /api/jobs/:id                     progress (state, phase, files read / total)
 *   DELETE /api/jobs/:id, POST /jobs/:id/discard   remove the job and its temporary folder
 *   GET  /jobs/:id/                        the report (report.html with the desk panel) or the diff
 *   GET  /jobs/:id/s/:side/                one side's report
 *   GET  /jobs/:id/s/:side/download/<name> a file the job wrote (workbook, letters, CSV, JSONL, …)
 * Bound to 127.0.0.1 by the caller; requests naming another host are refused (DNS rebinding), and
 * uploads need a header a cross-site form cannot send.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import multipart from "@fastify/multipart";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, basename } from "node:path";
import { randomBytes } from "node:crypto";
import { JobStore, SIDES, type Job, type JobMode, type Side, type StoreOptions } from "./jobs.js";
import { limitMessage, UploadLimitError } from "./limits.js";
import { deskPanel, messagePage, startPage, withPanel } from "./page.js";

export const UPLOAD_HEADER = "x-kpi-audit";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const CSP_REPORT = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const cspStart = (nonce: string) => `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const TYPES: Record<string, string> = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".zip": "application/zip",
  ".csv": "text/csv; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/** Content-Disposition for a download with a Chinese name: an ASCII fallback and the UTF-8 name */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function hostname(host: string | undefined): string {
  if (!host) return "";
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1).toLowerCase();
  return host.split(":")[0].toLowerCase();
}

export interface App {
  app: FastifyInstance;
  store: JobStore;
}

export async function buildApp(opts: StoreOptions): Promise<App> {
  const store = new JobStore(opts);
  const limits = store.limits;
  const app = Fastify({ logger: false });
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      // one byte more than allowed, so the counting stream sees the file is too big
      fileSize: limits.maxFileBytes + 1,
      files: limits.maxFiles + 1,
      fields: limits.maxFiles + 10,
      parts: 2 * limits.maxFiles + 20,
      fieldSize: 64 * 1024,
      fieldNameSize: 100,
    },
  });
  // the discard form posts an empty body; nothing in it is used
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 4096 }, (_req, _body, done) => done(null, {}));
  app.addHook("onClose", async () => store.close());

  app.addHook("onRequest", async (req, reply) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Cache-Control", "no-store");
    if (!LOCAL_HOSTS.has(hostname(req.headers.host))) {
      return reply.code(403).type("text/plain; charset=utf-8").send("kpi-audit serve 只接受本机地址（127.0.0.1 或 localhost）的访问。");
    }
  });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as Error & { code?: string; statusCode?: number };
    if (e instanceof UploadLimitError) return reply.code(413).send({ error: e.message });
    if (e.code === "FST_FILES_LIMIT" || e.code === "FST_PARTS_LIMIT" || e.code === "FST_FIELDS_LIMIT") return reply.code(413).send({ error: limitMessage("count", limits) });
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    return reply.code(status).send({ error: status === 500 ? `内部错误：${e.message}` : `请求有误：${e.message}` });
  });

  const html = (reply: FastifyReply, body: string, csp = CSP_REPORT) => reply.header("Content-Security-Policy", csp).type("text/html; charset=utf-8").send(body);

  app.get("/", async (_req, reply) => {
    const nonce = randomBytes(16).toString("base64");
    return html(reply, startPage(limits, nonce, store.list()), cspStart(nonce));
  });

  app.post("/api/jobs", async (req, reply) => {
    if (req.headers[UPLOAD_HEADER] !== "1") return reply.code(403).send({ error: "请从 kpi-audit 审核台的页面上传。" });
    if (!req.isMultipart()) return reply.code(400).send({ error: "没有收到文件。" });
    const mode: JobMode = (req.query as { mode?: string }).mode === "diff" ? "diff" : "report";
    const sides = SIDES[mode] as string[];
    const job = await store.create(mode);
    try {
      let claimed: string | null = null;
      for await (const part of req.parts()) {
        if (part.type === "field") {
          if (part.fieldname === "path") claimed = String(part.value);
          continue;
        }
        if (!sides.includes(part.fieldname)) {
          part.file.resume();
          throw Object.assign(new Error(`未知的上传栏目“${part.fieldname}”`), { statusCode: 400 });
        }
        await store.addFile(job, part.fieldname as Side, claimed ?? part.filename, part.file);
        claimed = null;
      }
      const missing = SIDES[mode].filter((s) => !job.uploads.some((u) => u.side === s));
      if (missing.length) {
        await store.discard(job.id);
        return reply.code(400).send({ error: mode === "diff" ? "请同时放入修改前和修改后的材料。" : "没有收到文件。" });
      }
    } catch (e) {
      await store.discard(job.id);
      throw e;
    }
    store.start(job);
    return reply.code(202).send({ id: job.id, files: job.uploads.length, bytes: job.bytes });
  });

  const findJob = (id: string): Job | undefined => store.get(id);

  app.get("/api/jobs/:id", async (req, reply) => {
    const job = findJob((req.params as { id: string }).id);
    if (!job) return reply.code(404).send({ error: "找不到这次审核（可能已被删除）。" });
    return job.status();
  });

  app.delete("/api/jobs/:id", async (req, reply) => {
    if (req.headers[UPLOAD_HEADER] !== "1") return reply.code(403).send({ error: "请从 kpi-audit 审核台的页面操作。" });
    const ok = await store.discard((req.params as { id: string }).id);
    return ok ? { ok } : reply.code(404).send({ error: "找不到这次审核（可能已被删除）。" });
  });

  app.post("/jobs/:id/discard", async (req, reply) => {
    await store.discard((req.params as { id: string }).id);
    return reply.redirect("/", 303);
  });

  /** the job if its pages can be shown, else an answer already sent */
  const ready = (id: string, reply: FastifyReply): Job | null => {
    const job = findJob(id);
    if (!job) {
      void html(reply.code(404), messagePage("找不到这次审核", "它可能已被删除，或 kpi-audit serve 重新启动过。请回到首页重新上传。"));
      return null;
    }
    if (job.state === "failed") {
      void html(reply.code(500), messagePage("审核没有完成", job.error ?? ""));
      return null;
    }
    if (job.state !== "done") {
      void html(reply, messagePage("正在审核……", `${job.phase}：已读取 ${job.done} / ${job.total} 个文件。本页会自动刷新。`, true));
      return null;
    }
    return job;
  };

  app.get("/jobs/:id", async (req, reply) => reply.redirect(`/jobs/${encodeURIComponent((req.params as { id: string }).id)}/`));

  app.get("/jobs/:id/", async (req, reply) => {
    const job = ready((req.params as { id: string }).id, reply);
    if (!job) return reply;
    if (job.mode === "report") return html(reply, await sidePage(job, "files"));
    const diff = await readFile(join(job.dir, "out", "diff.html"), "utf8");
    const base = `/jobs/${encodeURIComponent(job.id)}/s`;
    return html(reply, withPanel(diff, deskPanel(job, ["old", "new"], [{ href: `${base}/new/`, text: "修改后材料的完整报告" }, { href: `${base}/old/`, text: "修改前材料的完整报告" }], true)));
  });

  app.get("/jobs/:id/s/:side/", async (req, reply) => {
    const { id, side } = req.params as { id: string; side: string };
    const job = ready(id, reply);
    if (!job) return reply;
    if (!(SIDES[job.mode] as string[]).includes(side)) return html(reply.code(404), messagePage("没有这一页", ""));
    return html(reply, await sidePage(job, side as Side));
  });

  app.get("/jobs/:id/s/:side/download/*", async (req, reply) => {
    const { id, side, "*": name } = req.params as { id: string; side: string; "*": string };
    const job = ready(id, reply);
    if (!job) return reply;
    const result = (SIDES[job.mode] as string[]).includes(side) ? job.results.get(side as Side) : undefined;
    // only the files the job wrote: the name is looked up, never joined blindly
    if (!result || !result.downloads.includes(name)) return html(reply.code(404), messagePage("没有这个文件", name));
    const file = join(job.outDir(side as Side), ...name.split("/"));
    const ext = /\.[a-z]+$/i.exec(name)?.[0].toLowerCase() ?? "";
    reply.header("Content-Disposition", attachment(basename(file)));
    return reply.type(TYPES[ext] ?? "application/octet-stream").send(createReadStream(file));
  });

  async function sidePage(job: Job, side: Side): Promise<string> {
    const report = await readFile(join(job.outDir(side), "report.html"), "utf8");
    const links = job.mode === "diff" ? [{ href: `/jobs/${encodeURIComponent(job.id)}/`, text: "← 回到修改前后对比" }] : [];
    return withPanel(report, deskPanel(job, [side], links));
  }

  return { app, store };
}

export interface Started extends App {
  url: string;
  port: number;
}

/** build the app and listen on 127.0.0.1 (port 0 picks a free one) */
export async function startServer(opts: StoreOptions & { port: number }): Promise<Started> {
  const built = await buildApp(opts);
  await built.app.listen({ host: "127.0.0.1", port: opts.port });
  const addr = built.app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  return { ...built, port, url: `http://127.0.0.1:${port}/` };
}
