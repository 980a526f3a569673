/**
 * project-dates: a one-year project dated past its budget year (dev-15 柳岸 l.27 kind: 一年期项目 running
 * "2025年1月-2026年6月") leaves the year — a stale date as well as a contradiction of its attribute —
 * while a term of whole years ("2024年1月-2026年12月", "2024-2026年") is a several-year term that only the
 * attribute contradicts (attribute-period-mismatch, once). Forms invented.
 */
import { ruleTester } from "../helpers/rule-tester.js";
import { lineWith, shanxiTarget } from "../helpers/shanxi-target-snippet.js";

const overrun = shanxiTarget({ period: "2024年1月-2025年6月" });
const earlyStart = shanxiTarget({ period: "2023年7月-2024年6月" });

ruleTester.run("project-dates", {
  valid: [
    { name: "a term of whole years written in years only is a several-year term (the attribute is what is wrong)", text: shanxiTarget({ period: "2024-2026年" }) },
    { name: "a one-year project dated inside its budget year", text: shanxiTarget({ period: "2024年3月-2024年11月" }) },
  ],
  invalid: [
    {
      name: "a one-year project whose dates end six months into the next year",
      text: overrun,
      errors: [{ messageId: "planOutsideYear", line: lineWith(overrun, "项目期"), field: "project.period", severity: "warning", data: { year: 2025, budgetYear: 2024 } }],
    },
    {
      name: "a one-year project dated from the middle of the year before (a school year, 2023年7月-2024年6月)",
      text: earlyStart,
      errors: [{ messageId: "planOutsideYear", line: lineWith(earlyStart, "项目期"), field: "project.period", data: { year: 2023, budgetYear: 2024 } }],
    },
  ],
});
