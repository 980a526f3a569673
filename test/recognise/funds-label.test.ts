/**
 * One normalisation of a funds row's label for the fund-source names and the spending lines of a
 * department form (decision 76, item 1 of the tidy round). Labels invented; expectations by hand.
 */
import { describe, expect, it } from "vitest";
import { loadTemplates } from "../../src/recognise/templates.js";
import { bareFundsLabel, sourceName } from "../../src/recognise/funds-label.js";
import { spendingKind } from "../../src/recognise/spending.js";

const tpl = loadTemplates()[0];

describe("a funds row's label", () => {
  it("loses its 其中 and its numbering, Chinese or Arabic", () => {
    expect(bareFundsLabel("其中：财政拨款")).toBe("财政拨款");
    expect(bareFundsLabel("其中上年结转")).toBe("上年结转");
    expect(bareFundsLabel("二、单位自筹")).toBe("单位自筹");
    expect(bareFundsLabel("3.项目支出")).toBe("项目支出");
    expect(bareFundsLabel("其中：1．人员经费")).toBe("人员经费");
    // a label that only looks numbered keeps its text
    expect(bareFundsLabel("2025年结转资金")).toBe("2025年结转资金");
  });

  it("names a fund source by what is left, or by itself when nothing is", () => {
    expect(sourceName(tpl, "其中：本级资金")).toBe("本级资金");
    expect(sourceName(tpl, "其中")).toBe("其中");
  });

  it("gives the same reading to a department form's spending line", () => {
    expect(spendingKind(tpl, "一、基本支出")).toBe("basic");
    expect(spendingKind(tpl, "其中： 人员经费：")).toBe("personnel");
    expect(spendingKind(tpl, "2.项目支出")).toBe("project");
    expect(spendingKind(tpl, "其中：财政拨款")).toBeNull();
  });
});
