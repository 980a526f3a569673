/**
 * The published JSON Schemas (docs/schema/) are the contract of `parse --format json` and
 * `check --format json`. They are generated from the TypeScript types (npm run schema); these tests
 * check that the committed schemas are current and that real output validates against them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGenerator } from "ts-json-schema-generator";
import { Ajv } from "ajv";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";

const committed = (name: string) => JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, "utf8"));

function generate(path: string, type: string): unknown {
  return createGenerator({ path, type, tsconfig: "tsconfig.json", skipTypeCheck: true }).createSchema(type);
}

describe("docs/schema", () => {
  it("parse-result.schema.json is up to date with src/model/types.ts (run npm run schema)", () => {
    expect(JSON.parse(JSON.stringify(generate("src/model/types.ts", "ParseResult")))).toEqual(committed("parse-result"));
  });
  it("check-result.schema.json is up to date with src/engine/types.ts (run npm run schema)", () => {
    expect(JSON.parse(JSON.stringify(generate("src/engine/types.ts", "CheckResult")))).toEqual(committed("check-result"));
  });
  it("parse and check output of the whole corpus validate against the schemas", async () => {
    const docs = [];
    for (const f of ["000_a245d8b4fdd54633", "001_365c8d074fbd9767", "002_3d262858df1b1b5e", "004_8ee0b106a6d1f1e1"]) docs.push(await parseFile(`corpus/${f}.txt`));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const parseResult = JSON.parse(JSON.stringify({ schemaVersion: 1, documents: docs }));
    const vp = ajv.compile(committed("parse-result"));
    expect(vp(parseResult), JSON.stringify(vp.errors?.slice(0, 5))).toBe(true);
    const check = JSON.parse(JSON.stringify(await checkDocuments(docs)));
    const vc = ajv.compile(committed("check-result"));
    expect(vc(check), JSON.stringify(vc.errors?.slice(0, 5))).toBe(true);
  });
});
