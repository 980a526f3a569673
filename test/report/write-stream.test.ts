/**
 * report writes its page and flat files as they are made (issue 11): the bytes must be those of the
 * one-string renderers, on the small page and on the lazy page whose details are deflated.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { runFixtures } from "./helpers.js";
import { renderHtml, writeHtml } from "../../src/report/html.js";
import { flatten } from "../../src/report/tables.js";
import { writeReport } from "../../src/report/write.js";

async function streamed(model: Parameters<typeof renderHtml>[0], lazy: boolean): Promise<string> {
  const pieces: string[] = [];
  await writeHtml(model, async (s) => void pieces.push(s), { lazy });
  expect(pieces.length).toBeGreaterThan(3); // written in pieces, not as one string
  return pieces.join("");
}

describe("report written as it goes", () => {
  it("writeHtml gives renderHtml's bytes, with and without the deflated details", async () => {
    const { model } = await runFixtures();
    expect(await streamed(model, false)).toBe(renderHtml(model, { lazy: false }));
    const lazy = await streamed(model, true);
    expect(lazy).toBe(renderHtml(model, { lazy: true }));
    // the blob holds each document's details, as a JSON array of strings
    const blob = /id="kpi-details">([^<]*)<\/script>/.exec(lazy)![1];
    const details = JSON.parse(inflateSync(Buffer.from(blob, "base64")).toString("utf8")) as string[];
    expect(details).toHaveLength(model.documents.length);
    expect(details.join("")).toContain(model.documents[0].forms[0].rows[0].name);
  });

  it("writeReport's files are the renderers' bytes", async () => {
    const { model } = await runFixtures();
    const dir = mkdtempSync(join(tmpdir(), "kpi-report-stream-"));
    const written = await writeReport(model, dir);
    expect(written.slice(0, 3)).toEqual(["report.html", "findings.xlsx", "files.csv"]);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toBe(renderHtml(model));
    for (const [name, text] of Object.entries(flatten(model))) expect(readFileSync(join(dir, name), "utf8"), name).toBe(text);
  });
});
