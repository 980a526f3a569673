/**
 * One setting for the rate below which a self-assessment must give a reason: the scheme's reasonBelowRate
 * (default 90), read by low-execution-reason (why the money was not spent) and weak-evidence (why the
 * budget-execution row of the indicator table lost its points). A reviewer who changes the scheme changes
 * both rules; a rule's own minRate option overrides it for that rule alone; both are validated at load.
 * The form is invented.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBytes } from "../../src/parse.js";
import { checkDocuments } from "../../src/engine/run.js";
import { loadScheme, KnowledgeError } from "../../src/engine/knowledge.js";
import { resolveRules, ConfigSchema } from "../../src/engine/config.js";
import { loadRules } from "../../src/engine/registry.js";

// an invented town self-assessment: 88% of the budget spent, the budget-execution row scored in the
// indicator table at 88% (8.8 of 10), and no reason written anywhere
const form = [
  "项目支出绩效自评表",
  "（2024年度）",
  "项目名称\t\t柳塘镇农村环境卫生保洁项目",
  "主管部门\t\t408001-青山县柳塘镇人民政府\t\t\t实施单位\t\t柳塘镇村镇建设服务中心",
  "项目资金（万元）\t\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t\t年度资金总额\t\t54\t54\t47.52\t10\t88%\t8.8",
  "年度总体目标\t\t预期目标\t\t\t\t实际完成情况",
  "\t\t聘用保洁员60名，垃圾收运体系覆盖全部14个行政村。\t\t\t\t聘用保洁员60名，生活垃圾收运覆盖14个行政村。",
  "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "预算执行\t\t预算执行率\t\t100%\t88%\t10\t8.8\t",
  "产出指标\t数量指标\t聘用保洁员人数\t\t60人\t60人\t30\t30\t",
  "\t质量指标\t垃圾收运覆盖率\t\t100%\t100%\t30\t30\t",
  "满意度指标\t服务对象满意度指标\t村民满意度\t\t≥90%\t93%\t30\t30\t",
  "总分\t\t\t\t\t\t100\t98.8\t优",
  "",
].join("\n");

const RULES = ["low-execution-reason", "weak-evidence"];

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** a knowledge folder holding the national scheme with reasonBelowRate set as given */
function schemeDir(line: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kpi-reason-rate-"));
  made.push(dir);
  mkdirSync(join(dir, "schemes"));
  const national = readFileSync(join("rules", "schemes", "national.yml"), "utf8").replace(/^reasonBelowRate:.*$/mu, line);
  writeFileSync(join(dir, "schemes", "lenient.yml"), national);
  return dir;
}

async function found(config: Record<string, unknown>): Promise<string[]> {
  const doc = await parseBytes("town.txt", Buffer.from(form, "utf8"));
  const res = await checkDocuments([doc], { config: { minSeverity: "info", ...config }, only: RULES });
  return res.findings.map((f) => `${f.ruleId}:${f.messageId}`).sort();
}

describe("reasonBelowRate: one setting for low-execution-reason and weak-evidence", () => {
  it("at the default 90, 88% without a reason is reported by both rules", async () => {
    expect(await found({})).toEqual(["low-execution-reason:noReason", "weak-evidence:noDeviationReason"]);
  });

  it("a scheme that sets it to 85 quiets both", async () => {
    expect(await found({ scheme: "lenient", knowledgeDirs: [schemeDir("reasonBelowRate: 85")] })).toEqual([]);
  });

  it("a rule's own minRate overrides the scheme for that rule alone", async () => {
    expect(await found({ rules: { "weak-evidence": ["warning", { minRate: 85 }] } })).toEqual(["low-execution-reason:noReason"]);
    expect(await found({ rules: { "low-execution-reason": ["warning", { minRate: 85 }] } })).toEqual(["weak-evidence:noDeviationReason"]);
  });

  it("a rate that is no percentage is refused at load, in the scheme and in the options", async () => {
    for (const bad of ["reasonBelowRate: 0", "reasonBelowRate: 120", "reasonBelowRate: 九十"]) {
      const file = join(schemeDir(bad), "schemes", "lenient.yml");
      expect(() => loadScheme(file), bad).toThrow(KnowledgeError);
      expect(() => loadScheme(file), bad).toThrow(/reasonBelowRate/u);
    }
    const rules = await loadRules();
    for (const id of RULES) {
      const config = ConfigSchema.parse({ rules: { [id]: ["warning", { minRate: 0 }] } });
      expect(() => resolveRules(rules, config, "kpi-audit.yml"), id).toThrow(/minRate/u);
    }
  });
});
