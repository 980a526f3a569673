/**
 * Floors for the reader on test/fixtures/list-tab (round 15, decision 136): list-style target tables
 * saved from workbooks as TAB-separated text, seven arrangements, expectations written by hand.
 * Tuned data: the reader's list-tab changes were made on these documents (first run 68.3% of fields,
 * 16/23 forms, 7 extra; 100% at the end of the round). The floors keep a later change from losing them.
 */
import { describe } from "vitest";
import { flatFloor } from "../helpers/flat-floor.js";

describe("reader on list-style TAB workbooks (test/fixtures/list-tab)", () => flatFloor("test/fixtures/list-tab", 23));
