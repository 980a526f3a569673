/**
 * goal-indicator-mismatch: a count stated in the goal ("实有 326 名辅警") differing from the
 * 数量指标 that counts the same thing ("补助辅警实有人数 253人"). Matched by the counted noun (it must
 * appear in the indicator's name) and a compatible unit; conservative: a noun the goal counts with
 * two different numbers, comparators that allow the difference (≥, ≤) and years are left alone.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form, Indicator } from "../../src/model/types.js";
import { fmt, isNum } from "../../src/engine/services/scoring.js";

const PERSON = new Set(["名", "人", "位"]);
const CLASSIFIERS = "名|人|位|个|辆|台|套|处|所|间|次|场|件|部|支|只|条|家|座|户";

function sameUnit(a: string, b: string): boolean {
  return a === b || (PERSON.has(a) && PERSON.has(b));
}

interface GoalCount {
  value: number;
  unit: string;
  noun: string;
  text: string;
}

export function goalCounts(text: string): GoalCount[] {
  const out: GoalCount[] = [];
  const re = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${CLASSIFIERS})\\s*([\\u4e00-\\u9fa5]{2,4})`, "gu");
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    if (!Number.isFinite(value)) continue;
    out.push({ value, unit: m[2], noun: m[3], text: m[0] });
  }
  return out;
}

/** the longest prefix (≥ 2 characters) of the goal's noun that the indicator name contains */
function nounIn(noun: string, name: string): string | null {
  for (let n = noun.length; n >= 2; n--) if (name.includes(noun.slice(0, n))) return noun.slice(0, n);
  return null;
}

export default defineRule({
  meta: {
    id: "goal-indicator-mismatch",
    category: "inconsistency",
    severity: "error",
    scope: "form",
    title: { zh: "目标中的数量与指标值不一致", en: "Count in the goal differs from the indicator" },
    description: {
      zh: "年度（总体）目标中写明的数量（如“326 名辅警”）与统计同一对象的数量指标（如“补助辅警实有人数 253人”）不一致。两处必有一处填错，按哪个数考核和拨款都说不清。",
      en: "A count stated in the goal differs from the quantity indicator that counts the same thing.",
    },
    messages: {
      mismatch: {
        zh: "目标写“{{goal}}”，数量指标“{{name}}”却是 {{target}}，两者统计同一对象（{{noun}}）但数量不同。",
        en: "The goal says \"{{goal}}\" but the indicator \"{{name}}\" is {{target}}: the same thing ({{noun}}) counted differently.",
      },
    },
  },
  create(ctx) {
    const check = (form: Form, goalText: string | undefined, reported: Set<Indicator>) => {
      if (!goalText) return;
      const counts = goalCounts(goalText);
      for (const c of counts) {
        // ambiguous: the goal counts the same noun with different numbers
        if (counts.some((o) => o !== c && o.noun === c.noun && o.value !== c.value)) continue;
        for (const ind of form.indicators) {
          if (reported.has(ind) || !(ind.level2 ?? "").includes("数量")) continue;
          for (const v of [ind.target, ind.annualTarget]) {
            if (!v || v.kind !== "numeric" || !isNum(v.value) || !v.unit || v.broken) continue;
            if (v.op && v.op !== "=") continue;
            if (!sameUnit(v.unit, c.unit)) continue;
            const noun = nounIn(c.noun, ind.name);
            if (!noun) continue;
            if (v.value === c.value) continue;
            reported.add(ind);
            ctx.report({
              messageId: "mismatch",
              data: { goal: `${fmt(c.value)}${c.unit}${noun}`, name: ind.name, target: v.raw.trim(), noun },
              form,
              indicator: ind,
              field: v === ind.target ? "target" : "annualTarget",
              evidence: v.raw,
              expected: `${fmt(c.value)}${v.unit}（与目标一致，或修改目标）`,
            });
            break;
          }
        }
      }
    };
    return {
      form(form) {
        const reported = new Set<Indicator>();
        check(form, form.goals.annual?.text, reported);
        check(form, form.goals.period?.text, reported);
      },
    };
  },
});
