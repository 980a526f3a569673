import { describe, expect, it } from "vitest";
import { joinWrapped, columnName } from "../../src/read/geometry/builder.js";
import { clusterObjects } from "../../src/read/geometry/cluster.js";
import { splitAtRules } from "../../src/read/pdf.js";

describe("geometry helpers", () => {
  it("joins wrapped pieces without a space in CJK text, with one between Latin words", () => {
    expect(joinWrapped(["提升服务群众能力，维护平罗", "县治安大局稳定"])).toBe("提升服务群众能力，维护平罗县治安大局稳定");
    expect(joinWrapped(["air", "survey"])).toBe("air survey");
    expect(joinWrapped(["2019-", "2023年"])).toBe("2019-2023年");
  });
  it("names columns like a spreadsheet", () => {
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
  it("clusters by running mean within the tolerance", () => {
    expect(clusterObjects([10, 11, 12.5, 30, 31], (x) => x, 2)).toEqual([[10, 11, 12.5], [30, 31]]);
  });
  it("splits a pdfjs run that crosses a cell rule at the nearest space", () => {
    const it0 = { str: "50,000 年度资金总额：", x0: 100, x1: 200, y: 0, size: 10 };
    const parts = splitAtRules(it0, [135]);
    expect(parts.map((p) => p.str)).toEqual(["50,000", "年度资金总额："]);
    expect(parts[1].x0).toBeGreaterThanOrEqual(135);
    expect(splitAtRules({ ...it0, str: "无空格的长文本跨越边线" }, [135])).toHaveLength(1);
  });
});
