import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { rulesIndex } from "../../scripts/gen-rules-doc.js";

it("docs/rules.md lists every rule as its meta says (run npm run docs:rules)", async () => {
  expect(readFileSync("docs/rules.md", "utf8")).toBe(await rulesIndex());
});
