/**
 * Floors for the reader on test/fixtures/reader-gaps-19 (fourteenth round, readerfix19, decision 138's second
 * addendum): invented forms showing the reader gaps checklist-dev-27 left, expectations written by hand.
 * Tuned data: the reader's changes were made on these documents (first runs in the folder's README).
 */
import { describe } from "vitest";
import { flatFloor } from "../helpers/flat-floor.js";

describe("reader on the gaps dev-27 left (test/fixtures/reader-gaps-19)", () => flatFloor("test/fixtures/reader-gaps-19", 3));
