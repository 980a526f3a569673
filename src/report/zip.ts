/**
 * Deterministic Office files: exceljs and docx stamp the write time into docProps/core.xml and the
 * ZIP entries. Re-packing with one fixed date and a fixed entry order makes the same model give the
 * same bytes.
 */
import JSZip from "jszip";

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const GENERATE = { compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" } as const;

/** docProps/core.xml with its created and modified dates set to FIXED_DATE */
export function fixCoreDates(xml: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, "Z")}$2`);
}

/** the entries of an OOXML ZIP (directories left out), docProps/core.xml's dates fixed */
export async function ooxmlEntries(buf: Uint8Array): Promise<Map<string, Uint8Array>> {
  const src = await JSZip.loadAsync(buf);
  const out = new Map<string, Uint8Array>();
  for (const n of Object.keys(src.files)) {
    if (src.files[n].dir) continue;
    let data = await src.files[n].async("uint8array");
    if (n === "docProps/core.xml") data = new TextEncoder().encode(fixCoreDates(new TextDecoder().decode(data)));
    out.set(n, data);
  }
  return out;
}

/** an entry's content: its bytes, or a stream of them read once while the ZIP is written */
export type EntryContent = Uint8Array | (() => NodeJS.ReadableStream);

/** a ZIP of these entries with a fixed date on every entry and sorted names */
function packed(entries: ReadonlyMap<string, EntryContent>): JSZip {
  const out = new JSZip();
  const names = [...entries.keys()];
  // [Content_Types].xml first, as Office expects; the rest in a fixed order
  names.sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const n of names) {
    const data = entries.get(n)!;
    if (typeof data === "function") out.file(n, data(), { date: FIXED_DATE, createFolders: false, binary: true });
    else out.file(n, data, { date: FIXED_DATE, createFolders: false });
  }
  return out;
}

/** re-pack an OOXML ZIP with a fixed date on every entry and sorted names */
export async function repackOoxml(buf: Uint8Array): Promise<Uint8Array> {
  return packed(await ooxmlEntries(buf)).generateAsync({ ...GENERATE, type: "uint8array" });
}

/**
 * The same ZIP, written as it is made: an entry given as a stream is read once while the ZIP is
 * written, so it is never held whole — JSZip holds an entry's compressed bytes until its sizes are
 * known. Same bytes as `repackOoxml` of a ZIP whose entries hold what the streams give.
 */
export function ooxmlStream(entries: ReadonlyMap<string, EntryContent>): NodeJS.ReadableStream {
  return packed(entries).generateNodeStream({ ...GENERATE, streamFiles: false });
}
