/**
 * Worker thread body: parse the files the pool sends and post each document back; when the pool
 * asks for it (workerData.check), also run the per-document rules on it, so that checking a
 * province uses every core and the main thread keeps only the run-wide rules.
 * Messages in: { id, file } ; out: { id, forms } zero or more times (a batch of forms as JSON text),
 * then { id, json, keys, pre?, heap } (the rest of the KpiDocument, its key order, the findings, and
 * this thread's heap size in bytes).
 */
import { parentPort, workerData } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { parseFile, failedDocument } from "../parse.js";
import { createDocumentChecker, type CheckOptions } from "../engine/run.js";
import { DEFAULT_LIMITS, type ReadLimits } from "../read/limits.js";

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;
const data = workerData as { check?: CheckOptions; limits?: ReadLimits } | undefined;
const spec = data?.check;
const limits = data?.limits ?? DEFAULT_LIMITS;
/** forms per message: small enough that one batch's text is a few MB, large enough to stay cheap */
const FORMS_PER_MESSAGE = 200;
const checker = spec ? createDocumentChecker(spec).catch(() => null) : null;

port.on("message", async (msg: { id: number; file: string }) => {
  let doc;
  try {
    doc = await parseFile(msg.file, limits);
  } catch (e) {
    doc = failedDocument(msg.file, e);
  }
  let pre: string | undefined;
  const c = checker ? await checker : null;
  if (c) {
    try {
      pre = JSON.stringify(c.check(doc));
    } catch {
      pre = undefined; // the main thread checks this document itself
    }
  }
  // sent as JSON text: the receiving side gets fast-property objects from JSON.parse (measured
  // ~2× faster rule visits than on structured-clone copies), and the parse output format is JSON anyway;
  // the forms in batches: no thread ever holds the whole document as text, which for a 50 MB input
  // is several hundred MB less at the peak. The text is posted as a string, which the message
  // serialiser copies as it is (two memory copies), not as UTF-8 bytes: encoding CJK-heavy JSON to
  // UTF-8 and decoding it again cost about three times as much CPU (docs/decisions.md)
  const { forms, ...head } = doc;
  const keys = Object.keys(doc);
  doc = undefined;
  // forms already sent are let go, so the worker's heap shrinks while the main thread's grows
  forms.reverse();
  while (forms.length) {
    const batch: typeof forms = [];
    while (batch.length < FORMS_PER_MESSAGE && forms.length) batch.push(forms.pop()!);
    port.postMessage({ id: msg.id, forms: JSON.stringify(batch) });
  }
  const json = JSON.stringify(head);
  // the heap this thread grew to: after a large file the pool replaces the thread rather than keep
  // that memory (V8 gives little of it back) while the document is checked
  const heap = getHeapStatistics().total_heap_size;
  port.postMessage({ id: msg.id, json, keys, pre, heap });
});
port.postMessage({ ready: true });
