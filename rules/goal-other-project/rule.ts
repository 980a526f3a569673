/**
 * goal-other-project: a clause of a goal that names another project's subject while the rest of the
 * goal was adapted — the teacher-training goal that also "保障…营养膳食补助按时足额发放", the pest-control
 * goal that "组织专职护林员开展防火期巡护". goal-mismatch needs a near-copy of the other goal; here only
 * one clause was carried over. Judged clause by clause over the forms of one document (one department):
 * a clause's distinctive words (character pairs that are not common to half the document's forms) must
 * belong to one other form's name or indicators, several of them, and outnumber those it shares with
 * this form's own name and indicators. Reported once per form, at the goal, with the other form as `related`.
 */
import { defineRule } from "../../src/engine/types.js";
import type { Form } from "../../src/model/types.js";
import { hanPairs } from "../../src/engine/services.js";

/** the Chinese character pairs of a text (runs of Chinese only: punctuation and digits break a pair),
 *  shared per distinct text: read only */
const pairs = hanPairs;

/** what a form is about: its project name and the names of its indicators */
function subject(form: Form): Set<string> {
  const s = new Set(pairs(form.project.name ?? ""));
  for (const ind of form.indicators) for (const p of pairs(ind.name)) s.add(p);
  return s;
}

/** the length in characters of the longest stretch of the text made of the given pairs */
function longestRun(text: string, set: Set<string>): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    run = set.has(text.slice(i, i + 2)) ? run + 1 : 0;
    best = Math.max(best, run ? run + 1 : 0);
  }
  return best;
}

/** the shortest such stretch that makes a term of the other project */
const MIN_RUN = 4;

/** the least number of distinctive pairs of another form a clause must carry (a four-character word and more) */
const MIN_FOREIGN = 3;

export default defineRule({
  meta: {
    id: "goal-other-project",
    category: "boilerplate",
    severity: "warning",
    scope: "document",
    title: { zh: "绩效目标夹带别的项目的内容", en: "Goal carries a clause of another project" },
    description: {
      zh: "绩效目标的某一句讲的是同一文件中另一个项目的内容（出现那个项目名称或指标里的词），与本项目名称和本项目的指标都对不上：目标是从别的项目改写来的，这一句没有改掉，也没有指标考核它。",
      en: "A clause of the goal names another project's subject (words of its name or indicators in the same document) and not this project's: carried over from that project and measured by no indicator here.",
    },
    messages: {
      clause: {
        zh: "绩效目标中“{{clause}}”讲的是“{{otherProject}}”（第 {{otherLine}} 行）的内容（{{words}}），与本项目“{{project}}”及其指标无关。",
        en: "The goal's clause \"{{clause}}\" is about \"{{otherProject}}\" (line {{otherLine}}: {{words}}), not this project \"{{project}}\" or its indicators.",
      },
    },
  },
  create(ctx) {
    return {
      document(doc) {
        // a department-wide form (部门整体) is about every project of the department: neither judged nor a source
        const forms = doc.forms.filter((f) => f.indicators.length > 0 && f.subject !== "department");
        if (forms.length < 2) return;
        const subjects = new Map(forms.map((f) => [f, subject(f)]));
        // pairs in the subjects of half the document's forms or more say nothing about one project (完成, 满意)
        const seen = new Map<string, number>();
        for (const s of subjects.values()) for (const p of s) seen.set(p, (seen.get(p) ?? 0) + 1);
        const common = (p: string) => (seen.get(p) ?? 0) * 2 >= forms.length;
        for (const form of forms) {
          const field = form.goals.annual?.text ? "goals.annual" : "goals.period";
          const goal = form.goals.annual?.text ? form.goals.annual : form.goals.period;
          if (!goal?.text) continue;
          const own = subjects.get(form)!;
          let best: { clause: string; other: Form; words: string[] } | null = null;
          for (const clause of goal.text.split(/[，,；;。！？\n]/u)) {
            const ps = [...pairs(clause)].filter((p) => !common(p));
            // a clause that names anything of this project's own (beyond words common in the document) is about it
            if (ps.some((p) => own.has(p))) continue;
            // the clause's words found in one form's subject only: another project's own words can only be
            // among them (asked once per clause, not once per other form)
            const single = ps.filter((p) => seen.get(p) === 1);
            if (single.length < MIN_FOREIGN) continue;
            // a clause naming two or more other projects of the document ("落实站内生活照料、医疗救治、返乡救助等措施"
            // in the umbrella project of a 救助站 whose parts are separate projects) lists the work this project
            // coordinates: a clause carried over from one project names that one only
            const named = forms.filter((o) => o !== form && o.project.name !== form.project.name && single.some((p) => pairs(o.project.name ?? "").has(p)));
            if (new Set(named.map((o) => o.project.name)).size >= 2) continue;
            for (const other of forms) {
              if (other === form || other.project.name === form.project.name) continue;
              const theirs = subjects.get(other)!;
              // the other project's own words: in its name or indicators and in no third form's
              const foreign = single.filter((p) => theirs.has(p));
              if (foreign.length < MIN_FOREIGN) continue;
              // one of them names the other project (its name, not only an indicator: 森林防火, 营养改善)
              const name = pairs(other.project.name ?? "");
              if (!foreign.some((p) => name.has(p))) continue;
              // and they make a term of four characters or more in the clause (扑火物资储备, 膳食补助), not
              // scattered two- or three-character words another project happens to use too (孕产妇, 健康档案)
              if (longestRun(clause, new Set(foreign)) < MIN_RUN) continue;
              if (!best || foreign.length > best.words.length) best = { clause: clause.trim(), other, words: foreign };
            }
          }
          if (!best) continue;
          ctx.report({
            messageId: "clause",
            data: { clause: best.clause, otherProject: best.other.project.name ?? "", otherLine: String(best.other.line), words: best.words.join("、"), project: form.project.name ?? "" },
            form,
            field,
            loc: goal.loc,
            evidence: best.clause,
            expected: "按本项目的内容重写目标，或删去这一句",
            related: [{ source: doc.source, line: best.other.line, loc: best.other.loc, project: best.other.project.name, text: best.words.join("、"), note: "该项目的名称或指标" }],
          });
        }
      },
    };
  },
});
