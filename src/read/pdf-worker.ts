/**
 * The thread that runs the pdfjs stage of the PDF reader (see pdf-bounded.ts): it answers each
 * { id, bytes } with progress messages { id, step } and then { id, result } or { id, error }.
 */
import { parentPort } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { ReadError } from "./errors.js";
import type { PdfEngine } from "./pdf.js";

// First, before pdfjs loads: this thread's id in the system, so that the watchdog can count the
// thread's own CPU time (pdf-bounded.ts). Where /proc is not there, the watchdog counts wall time.
try {
  parentPort!.postMessage({ id: 0, tid: Number(readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0]) });
} catch {
  /* not Linux: wall time */
}
const { extractPages } = await import("./pdf.js");

// pdfjs leaves some internal promises of a damaged file rejected without a handler; the file's own
// result (or error) still arrives through extractPages, so these are not this thread's failure.
// This thread runs nothing but pdfjs and the handlers below, which catch everything they raise.
process.on("unhandledRejection", () => undefined);

const failure = (e: unknown) =>
  e instanceof ReadError
    ? { code: e.code, message: e.message, messageEn: e.messageEn }
    : { code: "read/corrupt", message: `PDF 文件已损坏，读取失败（${(e as Error)?.message ?? e}）`, messageEn: `the PDF is damaged; reading failed (${(e as Error)?.message ?? e})` };

parentPort!.on("message", (m: { id: number; bytes: Uint8Array; engine?: PdfEngine }) => {
  extractPages(m.bytes, (step) => parentPort!.postMessage({ id: m.id, step }), m.engine)
    .then(
      (result) => parentPort!.postMessage({ id: m.id, result }),
      (e: unknown) => parentPort!.postMessage({ id: m.id, error: failure(e) }),
    )
    // a result that cannot be posted (it should always be plain data) still answers the file,
    // instead of leaving it to the step budget
    .catch((e: unknown) => parentPort!.postMessage({ id: m.id, error: failure(e) }));
});
