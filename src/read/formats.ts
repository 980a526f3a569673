/**
 * Registers the readers of binary formats with src/read/index.ts. Import this module once
 * (src/parse.ts does) before reading files.
 */
import { registerReader } from "./index.js";
import { readPdf } from "./pdf.js";
import { readXlsx } from "./xlsx.js";
import { readDocx } from "./docx.js";
import { readHtml } from "./html.js";

registerReader("pdf", readPdf);
registerReader("xlsx", readXlsx);
registerReader("docx", readDocx);
registerReader("html", readHtml);
