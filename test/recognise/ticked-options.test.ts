/** The options a checkbox field ticks (src/recognise/engine.ts tickedOptions); invented cells. */
import { describe, expect, it } from "vitest";
import { tickedOptions } from "../../src/recognise/engine.js";

describe("tickedOptions", () => {
  it("keeps the option whose box is ticked, the box after the option", () => {
    expect(tickedOptions("新增项目☑ 延续项目□")).toBe("新增项目");
    expect(tickedOptions("新增项目□ 延续项目√")).toBe("延续项目");
  });
  it("reads the box before the option when the text opens with one", () => {
    expect(tickedOptions("□一次性项目 √新增项目 □延续项目")).toBe("新增项目");
  });
  it("keeps every ticked option", () => {
    expect(tickedOptions("☑新增项目 ☑一次性项目 □经常性项目")).toBe("新增项目 一次性项目");
  });
  it("drops the boxes when none is ticked: no option chosen", () => {
    expect(tickedOptions("新增项目□ 延续项目□")).toBe("新增项目 延续项目");
  });
  it("leaves a text without boxes alone", () => {
    expect(tickedOptions("一次性项目（1年结束）")).toBe("一次性项目（1年结束）");
  });
});
