/**
 * misclassified-indicator: an indicator under the wrong level 2, judged from its text and its value.
 * The rule asks the shared level-2 service (src/engine/services/level2.ts), which reads the
 * reviewer-editable lexicons rules/lexicons/level2-cues.yml and level2-measures.yml:
 *   "目标 <- 来源1|来源2 : 正则"  a name matching the regexp, placed under a listed level 2, belongs
 *                                 to 目标 (a 满意度 row under 质量指标; “雇佣时限” under 数量指标);
 *   "二级 !: 正则"               a row under this level 2 without these words or its dimension, whose
 *                                 wording or value points to another level 2 (成本指标 “不发生吸毒肇事肇祸事件”;
 *                                 经济效益 “工作完成率”); unknown wording alone is not evidence.
 *   and a strong wording cue of level2-measures.yml whose dimension the value confirms under a level 2
 *   that cannot hold it (a headcount "培训教师人数 120人" under 质量指标).
 * A count of the sessions of the project's own work (its name or goal says it trains, campaigns, performs:
 * lexicon own-work-sessions) under 社会效益 or 生态效益 is an output, 数量 (the rule's own check: it needs the form);
 * so is a count of the things its own work makes or mends, named by that work (维修, 印制, 出具: lexicon
 * own-work-products) and counted in pieces, under 社会效益, 生态效益 or 经济效益.
 * Every misplacement comes with the service's confidence; the rule reports it from `minConfidence`
 * (default MISPLACED_MIN_CONFIDENCE, 0.6). Below it are the doubts of rules/lexicons/level2-doubts.yml:
 * a cost the value says to lower (a saving, 效益), a move between two level 2s a reviewer accepts either
 * way (人均增收 under 社会效益), a cue that only modifies the name's head ("渗滤液达标处理率").
 * Warning; error when the unit proves it (the value's dimension is foreign to the current level 2
 * and is the one of the level 2 it belongs to). Rows whose name is only a level label or a
 * placeholder are left to other rules.
 *
 * A naive-Bayes classifier trained on the corpus used to speak where no cue did; measured
 * leave-one-document-out against the gold it added no recall (docs/decisions.md, decision 19) and
 * was dropped.
 */
import { z } from "zod";
import { defineRule } from "../../src/engine/types.js";
import { level2Service, isSure, MISPLACED_MIN_CONFIDENCE, type Measure } from "../../src/engine/services/level2.js";
import type { Form, Indicator } from "../../src/model/types.js";

/** the effect level 2s where the sessions of the project's own work are no effect */
const SESSION_EFFECTS: ReadonlySet<Measure> = new Set(["social", "environmental"]);
/** what a count of sessions ends on: 场次, 期数, 班次, 批次 (activities held in batches) … */
const SESSIONS = "(场次|场数|期数|班次|次数|批次)";
/** the effect level 2s where the things the project's own work makes or mends are no effect */
const PRODUCT_EFFECTS: ReadonlySet<Measure> = new Set(["social", "environmental", "money-gained"]);
/** what a count of things made or mended ends on: 数量, 份数, 处数 … (not 人数, 户数: people reached are an effect) */
const PIECES = "(数量|个数|份数|处数|座数|台数|套数|件数|册数|篇数|块数|条数)";
/** units of people, households and enterprises: those an effect reaches, not things the work makes */
const REACHED = /^(人|名|位|人次|户|家|户次)$/u;

export default defineRule<{ minConfidence?: number }>({
  meta: {
    id: "misclassified-indicator",
    category: "misclassification",
    severity: "warning",
    scope: "indicator",
    options: z.object({ minConfidence: z.number().min(0).max(1) }).partial().strict(),
    title: { zh: "指标放错了二级指标", en: "Indicator under the wrong level 2" },
    description: {
      zh: "从指标文字看，它明显属于另一个二级指标：满意度指标放在质量指标下、“雇佣时限”放在数量指标下、“不发生吸毒肇事肇祸事件”放在成本指标下。放错类别会让产出、效益、满意度的评价失真。",
      en: "Judging from its text, the indicator clearly belongs to another level 2 (a satisfaction rate under quality, a time limit under quantity, an effect under cost).",
    },
    messages: {
      belongsTo: {
        zh: "指标“{{name}}”放在{{level2}}下，但从文字看属于{{expectedLevel2}}（线索“{{cue}}”）。",
        en: "Indicator \"{{name}}\" is under {{level2}} but its text makes it a {{expectedLevel2}} indicator (cue \"{{cue}}\").",
      },
      valueProves: {
        zh: "指标“{{name}}”放在{{level2}}下，指标值“{{value}}”却是一笔钱：数量指标应写数量和计量单位（台、套、人、平方米…），金额应列入{{expectedLevel2}}。",
        en: "Indicator \"{{name}}\" is under {{level2}} but its value \"{{value}}\" is a sum of money: a quantity is counted in its own unit; money belongs under {{expectedLevel2}}.",
      },
      notThisLevel: {
        zh: "指标“{{name}}”放在{{level2}}下，但文字和指标值都与{{level2}}无关。",
        en: "Indicator \"{{name}}\" is under {{level2}}, but neither its text nor its value has anything to do with {{level2}}.",
      },
      unitProves: {
        zh: "指标“{{name}}”放在{{level2}}下，但名称（“{{cue}}”）和指标值“{{value}}”的单位都说明它属于{{expectedLevel2}}，应移到{{expectedLevel2}}下。",
        en: "Indicator \"{{name}}\" is under {{level2}}, but both its wording (\"{{cue}}\") and the unit of its value \"{{value}}\" make it a {{expectedLevel2}} indicator; move it there.",
      },
    },
  },
  create(ctx) {
    const level2s = level2Service(ctx.knowledge);
    const minConfidence = ctx.options.minConfidence ?? MISPLACED_MIN_CONFIDENCE;
    // the work a project does in sessions (培训, 宣传, 义诊 …: lexicon own-work-sessions), counted in sessions
    const works = ctx.knowledge.lexicon("own-work-sessions").terms;
    const sessionName = works.length ? new RegExp(`(${works.join("|")})\\p{Script=Han}{0,4}?${SESSIONS}$`, "u") : null;
    // the work a project does on things (维修, 印制, 出具 …: lexicon own-work-products), counted in pieces
    const makes = ctx.knowledge.lexicon("own-work-products").terms;
    const productName = makes.length ? new RegExp(`^(${makes.join("|")})(\\p{Script=Han}{2,10}?)${PIECES}$`, "u") : null;
    // … or with the work after its object ("教学设备采购数量", "宣传折页印制份数")
    const productAfter = makes.length ? new RegExp(`^(\\p{Script=Han}{2,10}?)(${makes.join("|")})${PIECES}$`, "u") : null;
    /** the project's own name and goals: what its money buys */
    const purposeOf = (form: Form) => [form.project.name, form.goals.annual?.text, form.goals.period?.text].filter(Boolean).join("\u0000").replace(/\s+/gu, "");
    /**
     * A count of the sessions of the very work the project pays for ("应急救护进校园培训场次 ≥20场" in an 应急救护培训
     * project) under 社会效益 or 生态效益: holding them is the output, counted under 数量; the effect is on those they
     * reach. The work must be what the project's name or goal says it does — sessions of an activity the output
     * only hosts ("爱国主义教育活动场次" at a memorial the project maintains) may be the effect.
     */
    function ownSessions(ind: Indicator, form: Form): string | null {
      if (!sessionName || !SESSION_EFFECTS.has(level2s.current(ind) as Measure)) return null;
      const v = ind.target ?? ind.annualTarget ?? ind.adjustedTarget;
      if (v?.kind !== "numeric" || v.dimension !== "count" || v.op === "<=" || v.op === "<") return null;
      const m = sessionName.exec(ind.name.replace(/\s+/gu, ""));
      return m && purposeOf(form).includes(m[1]) ? m[0] : null;
    }
    /**
     * A count of the things the project's own work makes or mends ("维修涵洞数量 ≥12处" where the goal says 疏通涵洞;
     * "出具成本监审报告份数 ≥6份" in a 成本监审 project) under an effect level 2: the things made are the output,
     * counted under 数量; the effect is what they change for people, the environment or the economy. The name opens
     * with the work (lexicon own-work-products) and its object — two characters of it at least — is what the
     * project's name or goal speaks of (or the work follows its object: "教学设备采购数量"); the value counts
     * pieces with a floor, not the people or firms reached.
     */
    function ownProducts(ind: Indicator, form: Form): string | null {
      if (!productName || !PRODUCT_EFFECTS.has(level2s.current(ind) as Measure)) return null;
      const v = ind.target ?? ind.annualTarget ?? ind.adjustedTarget;
      if (v?.kind !== "numeric" || v.dimension !== "count" || v.op === "<=" || v.op === "<" || !((v.value ?? 0) > 0)) return null;
      if (REACHED.test(v.unit ?? "")) return null;
      const name = ind.name.replace(/\s+/gu, "");
      const m = productName.exec(name);
      const after = m ? null : productAfter?.exec(name);
      if (!m && !after) return null;
      const purpose = purposeOf(form);
      const object = m ? m[2] : after![1];
      for (let i = 0; i + 2 <= object.length; i++) if (purpose.includes(object.slice(i, i + 2))) return name;
      return null;
    }
    return {
      indicator(ind, form) {
        const level2 = ind.level2;
        if (!level2) return;
        const m = level2s.misplaced(ind);
        if (!isSure(m, minConfidence)) {
          const cue = ownSessions(ind, form) ?? ownProducts(ind, form);
          if (cue) ctx.report({ messageId: "belongsTo", form, indicator: ind, field: "level2", evidence: ind.name, expected: "数量指标", data: { name: ind.name.trim(), level2, expectedLevel2: "数量指标", cue, value: (ind.target ?? ind.annualTarget ?? ind.adjustedTarget)?.raw.trim() ?? "", confidence: "0.75", doubts: "" } });
          return;
        }
        {
          const severity = m.unitProves ? "error" : undefined;
          // the service's confidence travels with the finding (provenance: how sure, and why not surer)
          const sure = { confidence: m.confidence.toFixed(2), doubts: m.doubts.join(",") };
          if (m.value !== undefined) {
            ctx.report({ messageId: "valueProves", severity, form, indicator: ind, field: "level2", evidence: m.value, expected: m.to ?? undefined, data: { name: ind.name.trim(), level2, expectedLevel2: m.to, value: m.value, ...sure } });
          } else if (m.kind === "belongsTo") {
            ctx.report({ messageId: m.unitProves ? "unitProves" : "belongsTo", severity, form, indicator: ind, field: "level2", evidence: ind.name, expected: m.to ?? undefined, data: { name: ind.name.trim(), level2, expectedLevel2: m.to, cue: m.cue, value: (ind.target ?? ind.annualTarget ?? ind.adjustedTarget)?.raw.trim() ?? "", ...sure } });
          } else {
            ctx.report({ messageId: "notThisLevel", severity, form, indicator: ind, field: "level2", evidence: ind.name, data: { name: ind.name.trim(), level2, ...sure } });
          }
        }
      },
    };
  },
});
