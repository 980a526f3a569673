/** A development set run as the eval tests run it: its gold, the findings of all rules, the evaluation. */
import { basename, join } from "node:path";
import { parseFile } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { evaluate, loadGoldDir } from "../../src/eval/gold.js";

export async function evaluateDevSet(dir: string, minSeverity: "info" | "warning" | "error" = "warning") {
  const golds = loadGoldDir(dir);
  const docs = [];
  for (const g of golds) docs.push(await parseFile(join(dir, g.document)));
  const result = await checkDocuments(docs);
  const ev = evaluate(golds, result.findings, { minSeverity });
  const cat = (c: string) => ev.categories.find((x) => x.category === c);
  /** the misses and false alarms of one category (all when none is given), for an assertion's message */
  const explain = (c?: string) =>
    [
      ...ev.misses.filter((x) => !c || x.category === c).map((x) => `miss ${x.document}:${x.line} ${x.evidence ?? ""}`),
      ...ev.falseAlarms.filter((x) => !c || x.category === c).map((x) => `false alarm ${x.document}:${x.line} ${x.ruleId}`),
    ].join("\n");
  /**
   * the findings of one category that stand on no gold line of theirs ("file:line evidence"): the
   * evaluator forgives a finding within two lines of a gold defect, which hides a look-alike beside a
   * labelled row
   */
  const offGold = (c: string) => {
    const lines = new Set(golds.flatMap((g) => g.findings.filter((x) => x.category === c).map((x) => `${g.document}:${x.line}`)));
    return result.findings.filter((f) => f.category === c && !lines.has(`${basename(f.source)}:${f.line}`)).map((f) => `${basename(f.source)}:${f.line} ${f.indicator ?? f.evidence ?? ""}`);
  };
  return { ev, cat, explain, offGold, findings: result.findings };
}
