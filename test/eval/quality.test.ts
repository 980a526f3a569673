/**
 * Quality gate: the rules measured against the hand-labelled gold sets (corpus/gold/, and the
 * hand-written documents of test/fixtures/heldout/). Precision ≥ 0.9 and recall ≥ 0.85 per
 * category, no false alarm on a clean form. A rule change that loses defects or adds false
 * alarms fails here, with the misses and false alarms in the message.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { evaluate, loadGoldDir, type EvalResult } from "../../src/eval/gold.js";

async function run(dir: string, goldDir: string): Promise<EvalResult> {
  const golds = loadGoldDir(goldDir);
  const docs = [];
  for (const g of golds) docs.push(await parseFile(join(dir, g.document)));
  const result = await checkDocuments(docs);
  return evaluate(golds, result.findings);
}

function explain(ev: EvalResult, category: string): string {
  const m = ev.misses.filter((x) => x.category === category).map((x) => `miss ${x.document}:${x.line} ${x.evidence ?? ""}`);
  const f = ev.falseAlarms.filter((x) => x.category === category).map((x) => `false alarm ${x.document}:${x.line} ${x.ruleId}`);
  return [...m, ...f].slice(0, 10).join("\n");
}

for (const [label, dir, goldDir] of [
  ["corpus gold (v1, the rules' own labelling guide)", "corpus", "corpus/gold/v1"],
  ["held-out documents", "test/fixtures/heldout", "test/fixtures/heldout"],
] as const) {
  describe(`rule quality on the ${label}`, async () => {
    const ev = await run(dir, goldDir);
    it("labels cover every category but target-drift", () => {
      expect(ev.categories.map((c) => c.category).sort()).toEqual(
        ["boilerplate", "impossible-target", "inconsistency", "misclassification", "placeholder", "score-arithmetic", "stale-date", "truncation", "vague-value"],
      );
    });
    for (const c of ev.categories) {
      it(`${c.category}: precision ≥ 0.9, recall ≥ 0.85 (gold ${c.gold})`, () => {
        expect(c.precision ?? 0, explain(ev, c.category)).toBeGreaterThanOrEqual(0.9);
        expect(c.recall ?? 0, explain(ev, c.category)).toBeGreaterThanOrEqual(0.85);
      });
    }
    it("clean forms stay quiet", () => {
      expect(ev.cleanFormsFlagged).toBe(0);
    });
  });
}

/**
 * No-regression floors on the two measurement sets (issue 9, 4a/4b): the blind re-labelling of the
 * corpus against the checklist, and the held-out checklist documents. These are not targets to tune
 * to — the floors are the figures first measured with the merged reader and rules (corpus v2
 * 95.9% / 80.8%, held-out 62.2% / 54.8%), raised at the end of each round to that round's figures
 * less a small margin, so that a later change cannot lose ground on them unnoticed. The held-out figure stays the honest one in the README: never tune to it.
 */
for (const [label, dir, goldDir, minPrecision, minRecall] of [
  // 97.4% / 89.4% at the end of the eighth session
  ["blind corpus gold (v2, the checklist)", "corpus", "corpus/gold", 0.96, 0.88],
  // first set: 90.0% / 78.3% at the end of the seventh session, 92.7% / 82.6% at the end of the eighth
  ["held-out checklist documents", "test/fixtures/heldout-checklist", "test/fixtures/heldout-checklist", 0.91, 0.81],
  // second set: 91.0% / 76.4% at the end of the seventh session, 88.0% / 76.4% at the end of the eighth
  ["second held-out checklist set", "test/fixtures/heldout-checklist-2", "test/fixtures/heldout-checklist-2", 0.88, 0.74],
  // third set: first run 52.4% / 60.4% on its round's starting code, 71.8% / 67.0% at that round's
  // end, 82.4% / 67.0% at the end of the next, 90.3% / 71.4% at the end of the one after, 92.4% / 80.2%
  // at the end of the sixth session, 94.9% / 82.4% at the end of the seventh, 95.0% / 83.5% at the end of the ninth
  ["third held-out checklist set", "test/fixtures/heldout-checklist-3", "test/fixtures/heldout-checklist-3", 0.94, 0.83],
  // fourth set: first run 41.6% / 52.9% on the round's starting code (853a136), 50.0% / 54.3% at its end;
  // development data since (tuned): 83.1% / 84.3%, 84.5% / 85.7% at the end of the sixth session
  // 87.3% / 88.6% at the end of the seventh session
  ["fourth held-out checklist set", "test/fixtures/heldout-checklist-4", "test/fixtures/heldout-checklist-4", 0.85, 0.86],
  // fifth set: first run 79.2% / 67.8% on the round's starting code (f582b1f), 81.1% / 81.1% at its end,
  // 82.4% / 83.3% at the end of the next, 82.2% / 82.2% at the end of the sixth session, 83.5% / 85.4%
  // at the end of the seventh, 87.9% / 89.9% at the end of the eighth, 88.0% / 91.0% at the end of the ninth
  ["fifth held-out checklist set", "test/fixtures/heldout-checklist-5", "test/fixtures/heldout-checklist-5", 0.87, 0.90],
  // sixth set: first run 57.6% / 63.3% on the round's starting code (a2e1347), 71.1% / 65.6% at its end,
  // 75.0% / 70.0% at the end of the next, 76.5% / 72.2% at the end of the seventh session, 78.0% / 78.9% at the end of the eighth,
  // 80.9% / 80.0% at the end of the ninth
  ["sixth held-out checklist set", "test/fixtures/heldout-checklist-6", "test/fixtures/heldout-checklist-6", 0.80, 0.79],
  // seventh set: first run 72.7% / 78.0% on the round's starting code (b51fe8e), 73.6% / 78.0% at its end,
  // 79.1% / 82.9% at the end of the next, 78.4% / 84.1% at the end of the eighth session
  ["seventh held-out checklist set", "test/fixtures/heldout-checklist-7", "test/fixtures/heldout-checklist-7", 0.76, 0.82],
  // eighth set: first run 93.8% / 78.9% on the round's starting code (5211543), 92.4% / 85.1% at its end;
  // recall floor 0.83 → 0.82 in the ninth session: the labelling guide was settled (b9b93cc: a qualitative
  // effect value is info only when it is a bare word) and vague-value follows it; this set's labellers,
  // working before that, labelled 31 such values, 3 of them phrases the settled guide calls answers —
  // vague-value 31/32 → 28/28, overall 92.4% / 85.1% → 93.1% / 82.5% (category table only was read)
  ["eighth held-out checklist set", "test/fixtures/heldout-checklist-8", "test/fixtures/heldout-checklist-8", 0.90, 0.82],
  // ninth set: first run 77.5% / 79.7% on the round's starting code (0b1d2e8), 77.8% / 81.2% at its end,
  // 81.2% / 81.2% at the end of the ninth session
  ["ninth held-out checklist set", "test/fixtures/heldout-checklist-9", "test/fixtures/heldout-checklist-9", 0.81, 0.81],
  // tenth set: first run 80.3% / 85.9% on the round's starting code (7e9901c), 87.5% / 88.7% at its end
  ["tenth held-out checklist set", "test/fixtures/heldout-checklist-10", "test/fixtures/heldout-checklist-10", 0.87, 0.88],
  // eleventh set: first run 93.2% / 82.1% on the round's starting code (e60fa41), 93.3% / 83.6% at its end
  // (one inconsistency a merge had lost restored — found by per-merge category figures, decision 119)
  ["eleventh held-out checklist set", "test/fixtures/heldout-checklist-11", "test/fixtures/heldout-checklist-11", 0.93, 0.83],
  // twelfth set: first run 95.2% / 86.8% on the round's starting code (f72c744)
  ["twelfth held-out checklist set", "test/fixtures/heldout-checklist-12", "test/fixtures/heldout-checklist-12", 0.95, 0.86],
  // thirteenth set: first run 89.2% / 68.2% on the round's starting code (6f0d3df)
  // (89.4% / 69.4% at the end of the thirteenth round: a （续） title no longer glued onto a name)
  ["thirteenth held-out checklist set", "test/fixtures/heldout-checklist-13", "test/fixtures/heldout-checklist-13", 0.89, 0.69],
  // fourteenth set: first run 85.5% / 78.9% on the round's starting code (c7bac2a), 85.9% / 81.1% at its end
  // (the list-style workbook reader, decision 136, built on invented variants)
  ["fourteenth held-out checklist set", "test/fixtures/heldout-checklist-14", "test/fixtures/heldout-checklist-14", 0.85, 0.81],
  // fifteenth set: first run 90.8% / 86.8% on the round's starting code (e913c23)
  ["fifteenth held-out checklist set", "test/fixtures/heldout-checklist-15", "test/fixtures/heldout-checklist-15", 0.9, 0.86],
] as const) {
  describe(`no regression on the ${label}`, async () => {
    const ev = await run(dir, goldDir);
    it(`overall precision ≥ ${minPrecision}, recall ≥ ${minRecall}`, () => {
      const o = ev.overall;
      expect(o.gold).toBeGreaterThan(0);
      expect(o.precision ?? 0, `${o.truePositives}/${o.predicted}`).toBeGreaterThanOrEqual(minPrecision);
      expect(o.recall ?? 0, `${o.truePositives}/${o.gold}`).toBeGreaterThanOrEqual(minRecall);
    });
  });
}
