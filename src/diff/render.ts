/**
 * Views of a resubmission diff: terminal text (Chinese or English) and one self-contained HTML page.
 * Both render only from the DiffResult, so they are deterministic.
 */
import type { FindingView } from "../report/model.js";
import { esc } from "../report/html.js";
import type { DiffResult, FormDiff, ValueChange } from "./compare.js";
import { FIELD_NAMES_ZH } from "../engine/fields.js";

type Lang = "zh" | "en";

const SEV: Record<Lang, Record<string, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};
const STATE: Record<Lang, Record<"fixed" | "open" | "added", string>> = {
  zh: { fixed: "已改正", open: "仍未改", added: "新出现" },
  en: { fixed: "fixed", open: "still open", added: "new" },
};
const FIELD_ZH: Record<string, string> = { ...FIELD_NAMES_ZH, target: "指标值", row: "指标" };

function formTitle(f: FormDiff, lang: Lang): string {
  const side = f.new ?? f.old!;
  const where = (r: FormDiff["old"]) => (r ? `${r.source} ${r.location}` : lang === "zh" ? "（无）" : "(none)");
  const kind = lang === "zh" ? side.kindZh : side.kind;
  const match =
    f.match === "only-old"
      ? lang === "zh" ? "  【新材料中没有此表】" : "  [not in the new submission]"
      : f.match === "only-new"
        ? lang === "zh" ? "  【新增的表】" : "  [new form]"
        : f.match === "fuzzy"
          ? lang === "zh" ? `  【项目名称相近：${f.old!.project}】` : `  [similar name: ${f.old!.project}]`
          : "";
  return `${side.department}  ${side.project}  ${kind}  ${lang === "zh" ? "旧" : "old"} ${where(f.old)} → ${lang === "zh" ? "新" : "new"} ${where(f.new)}${match}`;
}

function changeText(c: ValueChange, lang: Lang): string {
  const field = lang === "zh" ? FIELD_ZH[c.field] ?? c.field : c.field;
  const none = lang === "zh" ? "（空）" : "(empty)";
  if (c.field === "row") {
    return c.new === null
      ? `${lang === "zh" ? "删去指标" : "indicator removed"}  ${c.old}`
      : `${lang === "zh" ? "新增指标" : "indicator added"}  ${c.new}`;
  }
  return `${c.indicator}  ${field}  ${c.old ?? none} → ${c.new ?? none}`;
}

function findingLine(state: "fixed" | "open" | "added", x: FindingView, lang: Lang): string {
  const msg = lang === "zh" ? x.message : x.messageEn || x.message;
  return `    ${STATE[lang][state].padEnd(lang === "zh" ? 4 : 10)}  ${(x.location || "").padEnd(8)}  ${SEV[lang][x.severity]}  ${msg}  ${x.ruleId}`;
}

export function formatDiffText(d: DiffResult, lang: Lang = "zh"): string {
  const out: string[] = [];
  for (const f of d.forms) {
    if (!f.fixed.length && !f.open.length && !f.added.length && !f.changes.length && f.match !== "only-old" && f.match !== "only-new") continue;
    out.push(formTitle(f, lang));
    if (f.new) for (const x of f.fixed) out.push(findingLine("fixed", x, lang));
    for (const x of f.open) out.push(findingLine("open", x, lang));
    for (const x of f.added) out.push(findingLine("added", x, lang));
    for (const c of f.changes) out.push(`    ${lang === "zh" ? "值变更" : "changed"}  ${changeText(c, lang)}`);
  }
  const s = d.summary;
  for (const u of d.new.unreadable) out.push(lang === "zh" ? `未能读取：${u}` : `unreadable: ${u}`);
  out.push(
    lang === "zh"
      ? `旧材料 ${s.formsOld} 张表、新材料 ${s.formsNew} 张表（配对 ${s.matched}，仅旧 ${s.onlyOld}，仅新 ${s.onlyNew}）；已改正 ${s.fixed} 条、仍未改 ${s.open} 条、新出现 ${s.added} 条；仍有错误 ${s.errorsOpen} 条${s.errorsOpen ? "，需再次退回修改" : ""}`
      : `old ${s.formsOld} forms, new ${s.formsNew} forms (matched ${s.matched}, only old ${s.onlyOld}, only new ${s.onlyNew}); fixed ${s.fixed}, still open ${s.open}, new ${s.added}; errors open ${s.errorsOpen}`,
  );
  return out.join("\n") + "\n";
}

const CSS = `body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#1d2433}
h1{font-size:1.3rem}table{border-collapse:collapse;width:100%;margin:.4rem 0 1.2rem}
td,th{border:1px solid #d5d9e0;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
th{background:#f2f4f7}.fixed{color:#1a7f37}.open{color:#9a6700}.added{color:#cf222e}
.sev-error{font-weight:bold;color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#57606a}
section{border-top:2px solid #d5d9e0;padding-top:.5rem}.sum td{font-size:1rem}`;

export function renderDiffHtml(d: DiffResult): string {
  const s = d.summary;
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>复核结果（修改前后对比）</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>复核结果：修改前后对比</h1>`);
  parts.push(
    `<table class="sum"><tr><th>旧材料</th><td>${s.formsOld} 张表</td><th>新材料</th><td>${s.formsNew} 张表</td><th>配对</th><td>${s.matched}</td></tr>` +
      `<tr><th class="fixed">已改正</th><td>${s.fixed}</td><th class="open">仍未改</th><td>${s.open}</td><th class="added">新出现</th><td>${s.added}</td></tr>` +
      `<tr><th>仍有错误</th><td colspan="5">${s.errorsOpen}${s.errorsOpen ? "（需再次退回修改）" : "（可以通过）"}</td></tr></table>`,
  );
  if (d.new.unreadable.length) parts.push(`<p><strong>未能读取的文件：</strong>${d.new.unreadable.map(esc).join("、")}</p>`);
  for (const f of d.forms) {
    const side = f.new ?? f.old!;
    parts.push(`<section><h2>${esc(side.project)} <small>${esc(side.department)} · ${esc(side.kindZh)}</small></h2>`);
    parts.push(`<p>旧：${f.old ? esc(`${f.old.source} ${f.old.location}`) : "（无）"} → 新：${f.new ? esc(`${f.new.source} ${f.new.location}`) : "（无）"}${f.match === "fuzzy" ? `（项目名称相近：${esc(f.old!.project)}）` : ""}${f.match === "only-old" ? "（新材料中没有此表）" : ""}${f.match === "only-new" ? "（新增的表）" : ""}</p>`);
    const rows: string[] = [];
    const add = (state: "fixed" | "open" | "added", x: FindingView) =>
      rows.push(`<tr><td class="${state}">${STATE.zh[state]}</td><td>${esc(x.location)}</td><td class="sev-${x.severity}">${SEV.zh[x.severity]}</td><td>${esc(x.indicator ?? "")}</td><td>${esc(x.message)}</td><td>${esc(x.ruleId)}</td></tr>`);
    if (f.new) f.fixed.forEach((x) => add("fixed", x));
    f.open.forEach((x) => add("open", x));
    f.added.forEach((x) => add("added", x));
    if (rows.length) parts.push(`<table><tr><th>状态</th><th>位置</th><th>级别</th><th>指标</th><th>问题</th><th>规则</th></tr>${rows.join("")}</table>`);
    if (f.changes.length) {
      parts.push(`<table><tr><th>指标</th><th>栏目</th><th>修改前</th><th>修改后</th></tr>`);
      for (const c of f.changes) parts.push(`<tr><td>${esc(c.indicator)}</td><td>${esc(FIELD_ZH[c.field] ?? c.field)}</td><td>${esc(c.old ?? "（空）")}</td><td>${esc(c.new ?? "（空）")}</td></tr>`);
      parts.push(`</table>`);
    }
    if (!rows.length && !f.changes.length) parts.push(`<p>无问题，未改动。</p>`);
    parts.push(`</section>`);
  }
  parts.push(`</body></html>\n`);
  return parts.join("\n");
}
