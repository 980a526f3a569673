/**
 * Floors for the reader on test/fixtures/reader-gaps-17 (fourteenth round, decision 138): invented forms showing the
 * reader gaps checklist-dev-26 left and two decision 136 left in list tables, expectations written by hand.
 * Tuned data: the reader's changes were made on these documents (first run 234/296 fields, 16/17 forms,
 * 59/76 indicators; end 294/296, 17/17, 76/76 — the two misses left are the two-column goal of the
 * two-group form, a gap of its own). The floors keep a later change from losing them.
 */
import { describe } from "vitest";
import { flatFloor } from "../helpers/flat-floor.js";

describe("reader on the gaps dev-26 left (test/fixtures/reader-gaps-17)", () => flatFloor("test/fixtures/reader-gaps-17", 17));
