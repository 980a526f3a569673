/**
 * Deterministic Office files: exceljs and docx stamp the write time into docProps/core.xml and the
 * ZIP entries. Re-packing with one fixed date and a fixed entry order makes the same model give the
 * same bytes.
 */
import JSZip from "jszip";

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/** re-pack an OOXML ZIP with a fixed date on every entry and sorted names */
export async function repackOoxml(buf: Uint8Array): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  // [Content_Types].xml first, as Office expects; the rest in a fixed order
  names.sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const n of names) {
    let data = await src.files[n].async("uint8array");
    if (n === "docProps/core.xml") {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, "Z")}$2`);
      data = new TextEncoder().encode(xml);
    }
    out.file(n, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
