/**
 * weak-evidence: "=" is a comparator, but it fixes the figure. An "=100%" actual under an "=100%" target is
 * the target pasted only where the form writes its actuals as bare figures (dev-15 南渡 l.55 kind); a form
 * that prints every actual with its sign has "=" as its notation. Rows invented (checklist item 10).
 */
import { ruleTester } from "../helpers/rule-tester.js";
import { sa } from "../helpers/self-assessment-snippet.js";
import { lineWith } from "../helpers/shanxi-target-snippet.js";

// actuals written bare under signed targets ("9台" under "=12台"), and one "=100%" carrying its target's sign
const pasted = sa({
  rows: [
    "\t产出指标\t数量指标\t监测设备安装数量\t=12台\t=12台\t9台\t20\t15",
    "\t\t质量指标\t监测数据有效率\t=100%\t=100%\t=100%\t20\t20",
    "\t\t成本指标\t单台设备购置费用\t≤3.5万元\t≤3.5万元\t3.2万元\t10\t10",
    "\t满意度指标\t服务对象满意度\t周边居民满意度\t≥90%\t≥90%\t95%\t10\t10",
  ],
});
// the same form with the figure written bare: a figure that equals its target is a legitimate report
const figure = pasted.replace("=100%\t=100%\t=100%", "=100%\t=100%\t100%");
// a form that prints every actual with its sign ("=9台" under "=12台"): "=" is its notation, not a paste
const signed = sa({
  rows: [
    "\t产出指标\t数量指标\t监测设备安装数量\t=12台\t=12台\t=9台\t20\t15",
    "\t\t质量指标\t监测数据有效率\t=100%\t=100%\t=100%\t20\t20",
    "\t\t成本指标\t单台设备购置费用\t≤3.5万元\t≤3.5万元\t=3.2万元\t10\t10",
    "\t满意度指标\t服务对象满意度\t周边居民满意度\t≥90%\t≥90%\t95%\t10\t10",
  ],
});

ruleTester.run("weak-evidence", {
  valid: [
    { name: "“100%” under “=100%”: a figure that equals the target", text: figure },
    { name: "a form whose actuals all carry a sign (=9台 under =12台): “=100%” under “=100%” is its notation", text: signed },
  ],
  invalid: [
    {
      name: "“=100%” copied under “=100%” where the form writes its other actuals bare (9台, 3.2万元, 95%)",
      text: pasted,
      errors: [{ messageId: "copiesExact", line: lineWith(pasted, "监测数据有效率"), field: "actual", severity: "warning", evidence: "=100%" }],
    },
  ],
});
