/**
 * Bad input gets a clear diagnostic naming the reason; a batch goes on; nothing crashes.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse.js";

const F = "test/fixtures/robustness";

describe("parse robustness", () => {
  it("an empty file gives read/empty and no forms", async () => {
    const d = await parseFile(`${F}/empty.txt`);
    expect(d.forms).toEqual([]);
    expect(d.diagnostics.map((x) => x.code)).toEqual(["read/empty"]);
    expect(d.diagnostics[0].severity).toBe("error");
    expect(d.diagnostics[0].message).toMatch(/空/);
  });
  it("a binary file gives read/binary", async () => {
    const d = await parseFile(`${F}/binary.dat`);
    expect(d.forms).toEqual([]);
    expect(d.diagnostics[0].code).toBe("read/binary");
  });
  it("a missing file gives read/unreadable", async () => {
    const d = await parseFile(`${F}/does-not-exist.txt`);
    expect(d.diagnostics[0].code).toBe("read/unreadable");
    expect(d.diagnostics[0].message).toMatch(/ENOENT/);
  });
  it("a legacy OLE2 (.xls/.doc) file gets a clear unsupported message", async () => {
    const d = await parseFile(`${F}/legacy-ole2.xls`);
    expect(d.forms).toEqual([]);
    expect(d.diagnostics[0].severity).toBe("error");
    expect(d.diagnostics[0].code).toMatch(/^read\//);
  });
  it("a file with only prose has no forms and no error", async () => {
    const d = await parseFile(`${F}/prose-only.txt`);
    expect(d.forms).toEqual([]);
    expect(d.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
  });
  it("a form cut in the middle of its indicator table keeps what is there (000 l.484-507)", async () => {
    const d = await parseFile(`${F}/000-l484-cut-mid-table.txt`);
    expect(d.forms).toHaveLength(1);
    const f = d.forms[0];
    expect(f.project.name).toBe("蔡家崖派出所办公家具采购项目");
    // rows 505-507 of the original survive: 购置办公设备数量, 办公设备验收合格率, 资产投入使用时间
    expect(f.indicators.map((i) => i.name)).toEqual(["购置办公设备数量", "办公设备验收合格率", "资产投入使用时间"]);
    expect(f.indicators[0].target?.raw).toBe("≥10台（套）");
  });
  it("a form with a header block but no indicator table is reported, not dropped silently (000 l.484-501)", async () => {
    const d = await parseFile(`${F}/000-l484-no-table.txt`);
    expect(d.forms).toHaveLength(0);
    const diag = d.diagnostics.find((x) => x.code === "layout/no-indicator-table");
    expect(diag).toBeDefined();
    expect(diag!.line).toBe(5); // 项目名称 is on line 5 of the fixture (l.488 of the corpus)
  });
});
