/**
 * Worker thread body: parse the files the pool sends and post each document back.
 * Messages in: { id, file } ; out: { id, doc } (the KpiDocument, structured-cloned).
 */
import { parentPort } from "node:worker_threads";
import { parseFile, failedDocument } from "../parse.js";

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;

port.on("message", async (msg: { id: number; file: string }) => {
  let doc;
  try {
    doc = await parseFile(msg.file);
  } catch (e) {
    doc = failedDocument(msg.file, e);
  }
  // sent as JSON text: the receiving side gets fast-property objects from JSON.parse (measured
  // ~2× faster rule visits than on structured-clone copies), and the parse output format is JSON anyway
  port.postMessage({ id: msg.id, json: JSON.stringify(doc) });
});
port.postMessage({ ready: true });
