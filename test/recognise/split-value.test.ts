/**
 * Split value columns (issue 9): a value spread over 指标性质 / 符号 / 值 / 单位 / 指标方向性 cells, under
 * a one-row or two-row header, is read as one Value with its cells as provenance, the value kind and
 * the direction set; and no placeholder or vague-value finding fires on such correctly split values.
 * The expectations are the hand-written template (test/fixtures/templates/shaanxi-agri-split-variants-target).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import type { Indicator, KpiDocument } from "../../src/model/types.js";
import tpl from "../fixtures/templates/shaanxi-agri-split-variants-target/template.js";
import { layoutText } from "../helpers/layout-text.js";

const DIR = "test/fixtures/templates/shaanxi-agri-split-variants-target";
const ID = "shaanxi-agri-split-variants-target";

/** the rows as written in template.ts: name → kind, comparator, number, unit, direction */
interface Want {
  name: string;
  kind: string;
  op: string;
  num: string;
  unit: string;
  dir: string;
}

function wanted(): Want[][] {
  // the sheets hold the indicator rows; the template's IndRow extras are the split cells
  return tpl.forms.map((f, i) => {
    const rows = tpl.sheets[i].rows.filter(Array.isArray) as unknown[][];
    return f.indicators.map((e) => {
      const r = rows.find((cells) => cells.includes(e.name))!;
      const k = r.indexOf(e.name);
      const [kind, op, num, unit, dir] = r.slice(k + 1, k + 6).map((x) => String(x ?? ""));
      return { name: e.name, kind, op, num, unit, dir };
    });
  });
}

const sources: [string, () => Promise<KpiDocument>][] = [
  ["TAB text", async () => parseBytes(`${ID}.txt`, readFileSync(`${DIR}/${ID}.txt`))],
  ["space-aligned text", async () => parseBytes(`${ID}-layout.txt`, Buffer.from(layoutText(readFileSync(`${DIR}/${ID}.txt`, "utf8")), "utf8"))],
  ["xlsx", async () => parseBytes(`${ID}.xlsx`, readFileSync(`${DIR}/${ID}.xlsx`))],
];

const OPS: Record<string, string> = { "≥": ">=", "≤": "<=", "=": "=", "＞": ">", "＜": "<" };

describe.each(sources)("split value columns: %s", (_label, load) => {
  it("reads each indicator as one value with kind, direction and its cells", async () => {
    const doc = await load();
    expect(doc.forms.length).toBe(3);
    const want = wanted();
    for (let i = 0; i < 3; i++) {
      const form = doc.forms[i];
      expect(form.indicators.length, `form ${i + 1}`).toBe(want[i].length);
      for (const w of want[i]) {
        const ind = form.indicators.find((x: Indicator) => x.name === w.name);
        expect(ind, w.name).toBeDefined();
        const v = ind!.target!;
        expect(v, w.name).not.toBeNull();
        expect(ind!.valueKind, w.name).toBe(w.kind === "定性" ? "qualitative" : "quantitative");
        expect(ind!.direction, w.name).toBe(w.dir === "反向" ? "negative" : "positive");
        if (w.kind === "定量") {
          expect(v.kind, w.name).toBe("numeric");
          expect(v.value, w.name).toBe(Number(w.num));
          expect(v.op, w.name).toBe(OPS[w.op]);
          expect(v.unit ?? "", w.name).toBe(w.unit);
          expect(v.placeholder ?? null, w.name).toBeNull();
        } else {
          expect(v.raw, w.name).toBe(w.num);
        }
        // provenance: the number cell is among the value's cells
        expect(v.cells?.map((c) => c.text), w.name).toContain(w.num);
      }
    }
  });

  it("raises no placeholder, residue or (warning) vague-value finding on correctly split values", async () => {
    const doc = await load();
    const res = await checkDocuments([doc], { config: { scheme: "national", minSeverity: "info" } as never });
    // a 定性 效益 value ("明显扩大") is allowed but weak: vague-value's info note on it is not about the split
    const bad = res.findings.filter((f) => ["placeholder-value", "vague-value", "template-residue", "empty-required-indicator"].includes(f.ruleId) && f.severity !== "info");
    expect(bad.map((f) => `${f.ruleId} ${f.indicator ?? ""} ${f.evidence ?? ""}`)).toEqual([]);
  });
});

describe("split value columns side by side (实施期 and 年度 groups on one header row)", () => {
  const text = [
    "项目名称\t某县乡村道路养护项目",
    "一级指标\t二级指标\t三级指标\t符号\t值\t单位\t符号\t值\t单位",
    "产出指标\t数量指标\t养护农村公路里程\t≥\t600\t公里\t≥\t150\t公里",
    "\t成本指标\t每公里养护成本\t≤\t0.8\t万元\t≤\t0.8\t万元",
  ].join("\n");

  it("reads the period value and the annual value each from its own three cells", async () => {
    const doc = await parseBytes("case.txt", Buffer.from(text, "utf8"));
    const [a, b] = doc.forms[0].indicators;
    expect([a.target?.op, a.target?.value, a.target?.unit]).toEqual([">=", 600, "公里"]);
    expect([a.annualTarget?.op, a.annualTarget?.value, a.annualTarget?.unit]).toEqual([">=", 150, "公里"]);
    expect([b.target?.op, b.target?.value, b.target?.unit]).toEqual(["<=", 0.8, "万元"]);
    expect([b.annualTarget?.op, b.annualTarget?.value, b.annualTarget?.unit]).toEqual(["<=", 0.8, "万元"]);
  });
});
