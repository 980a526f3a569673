/**
 * report.html: one self-contained page for finance-bureau reviewers (Chinese UI).
 * Overview, then per document → form the indicator table as in the document, flagged cells
 * highlighted and each finding's explanation beside its row, 表级问题 below the table.
 * Filters (category, severity, rule, department) and a project search run in a few lines of inline
 * JS; no network, fonts or scripts from outside (a CSP forbids them). All document text is escaped.
 */
import type { DocumentSection, FindingView, FormSection, OverviewRow, OverviewStats, ReportData } from "./model.js";
import type { Field } from "../engine/types.js";
import { CATEGORY_ZH, SEVERITIES, SEVERITY_ZH } from "./model.js";
import { createDeflate, deflateSync } from "node:zlib";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { Records } from "./spill.js";

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function esc(s: unknown): string {
  if (s === null || s === undefined) return "";
  return String(s).replace(/[&<>"']/g, (c) => ESC[c]);
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "—" : String(x));

const CSS = `
*{box-sizing:border-box}body{font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:13px}
main{padding:16px 24px;max-width:1600px}
.failed-files{background:#fff4f4;border:2px solid #c0392b;border-radius:6px;padding:4px 16px 12px;margin:8px 0 16px}.failed-files h2{border-left-color:#c0392b;color:#8e1b10}
table.failed{border-collapse:collapse;background:#fff}table.failed td,table.failed th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
h2{font-size:17px;margin:24px 0 8px;border-left:4px solid #1f3a5f;padding-left:8px}h3{font-size:15px;margin:12px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:8px 14px;min-width:120px}.card b{display:block;font-size:20px}.card span{font-size:12px;color:#555}
table{border-collapse:collapse;background:#fff;margin:6px 0 10px}th,td{border:1px solid #cfd5dc;padding:3px 7px;vertical-align:top;text-align:left}th{background:#eef1f5;font-weight:600;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
#filters{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #cfd5dc;padding:8px 24px;display:flex;flex-wrap:wrap;gap:10px;align-items:center}
#filters label{font-size:13px}#filters select,#filters input[type=search]{font:inherit;padding:2px 4px}#count{margin-left:auto;color:#555;font-size:13px}
section.doc{margin-top:18px}section.form{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:10px 14px;margin:10px 0}
section.form h3 .meta{font-weight:normal;color:#666;font-size:12px;margin-left:8px}
.kv{font-size:13px;color:#333;margin:2px 0}.kv b{color:#555;font-weight:600}
td.flag-error{background:#fde2e1;outline:2px solid #d93025;outline-offset:-2px}td.flag-warning{background:#fff1cc;outline:2px solid #e8a600;outline-offset:-2px}td.flag-info{background:#e3f0ff;outline:2px solid #4a90d9;outline-offset:-2px}
td.issues{min-width:280px;max-width:520px}ul.f{list-style:none;margin:0;padding:0}ul.f li{margin:2px 0;padding:3px 6px;border-left:3px solid #999;background:#fafafa}
li.sev-error{border-color:#d93025!important}li.sev-warning{border-color:#e8a600!important}li.sev-info{border-color:#4a90d9!important}
.badge{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;color:#fff;margin-right:4px}.b-error{background:#d93025}.b-warning{background:#b37800}.b-info{background:#2f6fb5}
.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11px;color:#555}.ev{background:#fff3bf}.loc{color:#666;font-size:12px}.exp{color:#1a7f37;font-size:12px}
.ok{color:#1a7f37}.muted{color:#777}details{margin:6px 0}summary{cursor:pointer;color:#1f3a5f}
td.dim{background:none!important;outline:none!important}
[hidden]{display:none!important}
button.open{margin:6px 0;padding:4px 10px;font:inherit;cursor:pointer}
section.doc[data-lazy],.big{content-visibility:auto;contain-intrinsic-size:auto 160px}
`;

const JS = `
(function(){
var $=function(id){return document.getElementById(id)};
var sel={sev:$('f-sev'),cat:$('f-cat'),rule:$('f-rule'),dept:$('f-dept')},q=$('f-q'),only=$('f-only'),count=$('count');
var ix=$('kpi-index'),IX=ix?JSON.parse(ix.textContent):null,byDoc=[];
if(IX){IX.docs.forEach(function(){byDoc.push([])});IX.f.forEach(function(x){byDoc[x[0]].push(x)});}
function lazyCount(i,sev,cat,rule,dept,term,any){
  var fs=IX.docs[i],n=[],docN=0,shown=0,total=0;fs.forEach(function(){n.push(0)});
  byDoc[i].forEach(function(x){
    if((sev&&IX.sevs[x[2]]!==sev)||(cat&&IX.cats[x[3]]!==cat)||(rule&&IX.rules[x[4]]!==rule))return;
    if(x[1]<0)docN++;else n[x[1]]++;
  });
  fs.forEach(function(f,k){if((!dept||f[0]===dept)&&(!term||f[1].indexOf(term)>=0)&&(any?n[k]>0:(!only.checked||n[k]>0))){shown++;total+=n[k];}});
  return [shown,total,docN];
}
var DET=null;
function details(){
  if(DET)return DET;
  var b=atob($('kpi-details').textContent),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);
  DET=new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream('deflate'))).text().then(JSON.parse);
  return DET;
}
document.addEventListener('click',function(e){
  var b=e.target&&e.target.closest?e.target.closest('button.open'):null;if(!b)return;
  if(typeof DecompressionStream==='undefined'){b.textContent='此浏览器无法展开明细，请用新版 Chrome、Edge 或 360 极速浏览器打开，或查看 findings.xlsx';return;}
  b.disabled=true;
  details().then(function(list){var d=b.parentNode;d.insertAdjacentHTML('beforeend',list[+b.getAttribute('data-i')]);d.setAttribute('data-open','');b.remove();apply();});
});
function apply(){
  var sev=sel.sev.value,cat=sel.cat.value,rule=sel.rule.value,dept=sel.dept.value,term=q.value.trim().toLowerCase(),any=!!(sev||cat||rule);
  var forms=0,total=0;
  document.querySelectorAll('[data-f]').forEach(function(li){
    var ok=(!sev||li.getAttribute('data-sev')===sev)&&(!cat||li.getAttribute('data-cat')===cat)&&(!rule||li.getAttribute('data-rule')===rule);
    li.hidden=!ok;
  });
  var shown={},rank={info:1,warning:2,error:3};
  document.querySelectorAll('[data-f]:not([hidden])').forEach(function(li){shown[li.getAttribute('data-f')]=li.getAttribute('data-sev');});
  document.querySelectorAll('td[data-fids]').forEach(function(td){
    var worst='';td.getAttribute('data-fids').split(' ').forEach(function(id){var v=shown[id];if(v&&(!worst||rank[v]>rank[worst]))worst=v;});
    td.className=worst?'flag-'+worst:'dim';
  });
  document.querySelectorAll('.fl').forEach(function(d){d.hidden=!d.querySelector('[data-f]:not([hidden])');});
  document.querySelectorAll('section.form').forEach(function(s){
    var n=s.querySelectorAll('[data-f]:not([hidden])').length;
    var show=(!dept||s.getAttribute('data-dept')===dept)&&(!term||s.getAttribute('data-project').toLowerCase().indexOf(term)>=0)&&(any?n>0:(!only.checked||n>0));
    s.hidden=!show;if(show){forms++;total+=n;}
  });
  document.querySelectorAll('section.doc').forEach(function(d){
    if(IX&&d.hasAttribute('data-lazy')&&!d.hasAttribute('data-open')){
      var r=lazyCount(+d.getAttribute('data-lazy'),sev,cat,rule,dept,term,any),ld=d.getAttribute('data-depts').split('\\u0001');
      forms+=r[0];total+=r[1];
      d.hidden=r[0]+r[2]===0&&!(!any&&!term&&!only.checked&&(!dept||ld.indexOf(dept)>=0));
      d.querySelector('button.open').textContent='展开逐表明细（'+r[0]+' 张表、'+r[1]+' 条问题）';
      return;
    }
    var n=d.querySelectorAll('section.form:not([hidden])').length+d.querySelectorAll('.docf [data-f]:not([hidden])').length;
    var dd=d.getAttribute('data-depts').split('\\u0001');
    d.hidden=n===0&&!(!any&&!term&&!only.checked&&(!dept||dd.indexOf(dept)>=0));
  });
  count.textContent='显示 '+forms+' 张表、'+total+' 条问题';
}
[sel.sev,sel.cat,sel.rule,sel.dept,only].forEach(function(e){e.addEventListener('change',apply)});
q.addEventListener('input',apply);
$('f-reset').addEventListener('click',function(){sel.sev.value=sel.cat.value=sel.rule.value=sel.dept.value='';q.value='';only.checked=true;apply();});
apply();
})();
`;

function statsCards(t: OverviewStats): string {
  const card = (v: string | number, label: string) => `<div class="card"><b>${esc(v)}</b><span>${esc(label)}</span></div>`;
  return `<div class="cards">${[
    card(t.documents, "文件"),
    card(t.forms, "检查的表"),
    card(t.targetForms, "绩效目标表"),
    card(t.selfAssessments, "绩效自评表"),
    card(t.indicators, "三级指标"),
    card(t.formsWithFindings, "有问题的表"),
    card(t.findings, "问题"),
    ...SEVERITIES.map((s) => card(t.bySeverity[s] ?? 0, SEVERITY_ZH[s])),
    card(pct(t.total100Share), `自评总分为 100 的占比（${t.total100}/${t.withTotal}）`),
    card(pct(t.fullMarkShare), `满分指标占比（${t.fullMarkIndicators}/${t.scoredIndicators}）`),
  ].join("")}</div>`;
}

function countTable(title: string, m: Record<string, number>, label: (k: string) => string): string {
  const rows = Object.entries(m);
  if (!rows.length) return `<div><h3>${esc(title)}</h3><p class="muted">无</p></div>`;
  return `<div><h3>${esc(title)}</h3><table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody>${rows
    .map(([k, v]) => `<tr><td>${esc(label(k))}</td><td class="n">${v}</td></tr>`)
    .join("")}</tbody></table></div>`;
}

function groupTable(title: string, keyLabel: string, rows: OverviewRow[]): string {
  const head = [keyLabel, "表", "目标表", "自评表", "指标", "有问题的表", "问题", "错误", "警告", "提示", "总分=100 占比", "满分指标占比", "平均总分", "等级分布"];
  return `<h3>${esc(title)}</h3><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><td>${esc(r.key)}</td>${[r.forms, r.targetForms, r.selfAssessments, r.indicators, r.formsWithFindings, r.findings, r.bySeverity.error ?? 0, r.bySeverity.warning ?? 0, r.bySeverity.info ?? 0]
          .map((v) => `<td class="n">${v}</td>`)
          .join("")}<td class="n">${pct(r.total100Share)}</td><td class="n">${pct(r.fullMarkShare)}</td><td class="n">${fmt(r.meanTotal)}</td><td>${esc(
          Object.entries(r.grades)
            .map(([g, n]) => `${g} ${n}`)
            .join("、"),
        )}</td></tr>`,
    )
    .join("")}</tbody></table>`;
}

function findingItem(f: FindingView, withTarget: boolean): string {
  const target = withTarget && f.indicator ? `<span class="muted">［${esc(f.indicator)}］</span> ` : "";
  const related = f.related.length
    ? `<div class="loc">相关：${f.related.map((r) => `${esc(r.source)}${r.line !== null ? `:${r.line}` : ""}${r.project ? ` ${esc(r.project)}` : ""} “${esc(r.text)}”${r.note ? `（${esc(r.note)}）` : ""}`).join("；")}</div>`
    : "";
  return `<li class="sev-${esc(f.severity)}" data-f="${f.id}" data-sev="${esc(f.severity)}" data-cat="${esc(f.category)}" data-rule="${esc(f.ruleId)}"><span class="badge b-${esc(f.severity)}">${esc(
    f.severityZh,
  )}</span>${target}${esc(f.message)} <span class="loc">${esc(f.location)}${f.column ? ` · ${esc(f.column)}` : ""}</span><div>原文：<span class="ev">${esc(f.evidence)}</span>${f.expected ? ` <span class="exp">期望：${esc(f.expected)}</span>` : ""} <span class="rule">${esc(f.ruleId)} · ${esc(
    f.categoryZh,
  )}</span></div>${related}</li>`;
}

function formSection(s: FormSection): string {
  const funds = s.funds;
  const money = (label: string, v: number | null) => (v === null ? "" : `${label} ${v}${funds.unit ?? ""}`);
  const fundsText = [money("实施期", funds.periodTotal), money("年度", funds.annualTotal), money("年初预算", funds.planned), money("全年预算", funds.adjusted), money("全年执行", funds.executed), funds.rate === null ? "" : `执行率 ${funds.rate}%`, funds.score === null ? "" : `执行得分 ${funds.score}`]
    .filter(Boolean)
    .join("；");
  const head = `<tr>${s.columns.map((c) => `<th>${esc(c.label)}</th>`).join("")}<th>问题说明</th></tr>`;
  const body = s.rows
    .map((r) => {
      const tds = s.columns.map((c) => {
        const flag = r.flagged[c.key];
        // the finding ids behind a highlight, so a filter that hides them also clears the highlight
        const ids = flag ? r.findings.filter((f) => f.field === c.key || f.also.includes(c.key as Field)).map((f) => f.id).join(" ") : "";
        return `<td${flag ? ` class="flag-${flag}" data-fids="${ids}"` : ""}>${esc(r.cells[c.key] ?? "")}</td>`;
      });
      const issues = r.findings.length ? `<ul class="f">${r.findings.map((f) => findingItem(f, false)).join("")}</ul>` : "";
      return `<tr id="${esc(r.id)}">${tds.join("")}<td class="issues">${issues}</td></tr>`;
    })
    .join("");
  const table = s.rows.length ? `<table><thead>${head}</thead><tbody>${body}</tbody></table>` : `<p class="muted">未识别出指标行。</p>`;
  const formLevel = s.formFindings.length ? `<div class="fl"><h4>表级问题</h4><ul class="f">${s.formFindings.map((f) => findingItem(f, true)).join("")}</ul></div>` : "";
  const status = s.findings ? `${s.findings} 条问题（错误 ${s.counts.error}、警告 ${s.counts.warning}、提示 ${s.counts.info}）` : `<span class="ok">未发现问题</span>`;
  const kv = (k: string, v: string | number | null) => (v === null || v === "" ? "" : `<div class="kv"><b>${esc(k)}：</b>${esc(v)}</div>`);
  return `<section class="form" id="${esc(s.id)}" data-dept="${esc(s.department)}" data-project="${esc(s.project)}" data-n="${s.findings}">
<h3>${esc(s.project || "（无项目名称）")}<span class="meta">${esc(s.kindZh)} · ${esc(s.layout)} · ${esc(s.location)} · ${status}</span></h3>
${kv("主管部门", s.departmentRaw)}${kv("实施单位", s.implementer)}${kv("项目资金", fundsText)}${kv("实施期目标", s.goalPeriod)}${kv("年度目标", s.goalAnnual)}${kv("实际完成情况", s.goalActual)}${
    s.total !== null || s.grade ? kv("总分 / 等级", `${fmt(s.total)}${s.grade ? ` / ${s.grade}` : ""}`) : ""
  }
${table}${formLevel}</section>`;
}

function options(values: [string, string][]): string {
  return `<option value="">全部</option>${values.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join("")}`;
}

/** the files that gave nothing to check, first on the page and outside every filter */
function failedSection(model: ReportData): string {
  const list = model.failedFiles;
  if (!list.length) return "";
  const unreadable = list.filter((f) => f.status === "unreadable");
  const formless = list.filter((f) => f.status === "no-forms");
  const table = (rows: typeof list) =>
    `<table class="failed"><thead><tr><th>文件</th><th>原因</th><th>代码</th></tr></thead><tbody>${rows.map((f) => `<tr><td>${esc(f.source)}</td><td>${esc(f.reason)}</td><td><code>${esc(f.code)}</code></td></tr>`).join("")}</tbody></table>`;
  return `<section id="failed-files" class="failed-files">${unreadable.length ? `<h2>未能读取的文件（${unreadable.length} 个）</h2><p>这些文件没有被检查，不能当作“没有问题”。请按原因处理后重新提交或重新检查。</p>${table(unreadable)}` : ""}${formless.length ? `<h2>未识别出绩效表的文件（${formless.length} 个）</h2><p>这些文件读取成功，但其中没有识别出绩效目标表或自评表。</p>${table(formless)}` : ""}</section>`;
}

/**
 * Above this many documents the page opens on an index: each file's per-form details are kept
 * deflated (zlib) in one inert block and rendered when the reviewer opens the file, and the filters
 * count from a compact index. Off-screen sections skip layout (content-visibility).
 */
export const LAZY_DOCUMENTS = 40;

/** the small integer codes of the lazy index: severities, categories and rules by first appearance */
interface IndexCodes {
  sevs: string[];
  cats: string[];
  rules: string[];
}

function codeOf(list: string[], v: string): number {
  let i = list.indexOf(v);
  if (i < 0) i = list.push(v) - 1;
  return i;
}

/** a document's findings in the index's order: the document's own, then per form its rows' and its own */
function* indexedFindings(d: DocumentSection): Generator<[number, FindingView]> {
  for (const x of d.findings) yield [-1, x];
  for (const [fi, form] of d.forms.entries()) {
    for (const r of form.rows) for (const x of r.findings) yield [fi, x];
    for (const x of form.formFindings) yield [fi, x];
  }
}

/**
 * The filter index of a lazy page: per document its forms (department, project) and per finding
 * [document, form (-1: document level), severity, category, rule], as small integers — the JSON of
 * { sevs, cats, rules, docs, f }. Made a document at a time as the page's sections are (the codes
 * by first appearance in that same order), its two long lists kept as pieces — in the spill folder
 * for a spilled run — and written out in pieces: no index of a large run is one string.
 */
class LazyIndex {
  private codes: IndexCodes = { sevs: [], cats: [], rules: [] };
  private docs = new Records<string>("index-docs");
  private f = new Records<string>("index-findings");
  private n = 0;
  private di = 0;

  constructor(model: ReportData) {
    if (model.spill) {
      this.docs.spill(model.spill);
      this.f.spill(model.spill);
    }
  }

  add(d: DocumentSection): void {
    const di = this.di++;
    this.docs.push(`${di ? "," : ""}${JSON.stringify(d.forms.map((form) => [form.department, form.project.toLowerCase()]))}`);
    let piece = "";
    for (const [fi, x] of indexedFindings(d)) {
      const code = [codeOf(this.codes.sevs, x.severity), codeOf(this.codes.cats, x.category), codeOf(this.codes.rules, x.ruleId)];
      piece += `${this.n++ ? "," : ""}[${di},${fi},${code.join(",")}]`;
    }
    if (piece) this.f.push(piece);
  }

  *pieces(): Generator<string> {
    const safe = (s: string) => s.replace(/</g, "\\u003c");
    const c = this.codes;
    yield safe(`{"sevs":${JSON.stringify(c.sevs)},"cats":${JSON.stringify(c.cats)},"rules":${JSON.stringify(c.rules)},"docs":[`);
    for (const p of this.docs) yield safe(p);
    yield '],"f":[';
    yield* this.f;
    yield "]}";
    this.docs.discard();
    this.f.discard();
  }
}

/**
 * The page in pieces, in order: HTML text, and (large runs) each document's details, which go into
 * the deflated blob at `blob`. renderHtml joins them; writeHtml streams them to a file, so no run's
 * page is ever one string (V8 caps a string at about 512 M characters).
 */
type HtmlPiece = { html: string } | { detail: string } | { blob: true };

function* htmlPieces(model: ReportData, opts: { title?: string; lazy?: boolean } = {}): Generator<HtmlPiece> {
  const t = model.overview.totals;
  const title = opts.title ?? "预算绩效目标表与自评表审核报告";
  const ruleTitle = new Map(model.meta.rules.map((r) => [r.id, r.title]));
  const cats = Object.keys(t.byCategory);
  const rules = Object.keys(t.byRule);
  const depts = model.overview.byDepartment.map((r) => r.key);
  const lazy = opts.lazy ?? model.documents.length > LAZY_DOCUMENTS;
  const ruleList = model.meta.rules.length
    ? `<details><summary>规则说明（${model.meta.rules.length} 条）</summary><table><thead><tr><th>规则</th><th>标题</th><th>类别</th><th>级别</th><th>说明</th></tr></thead><tbody>${model.meta.rules
        .map((r) => `<tr><td class="rule">${esc(r.id)}</td><td>${esc(r.title)}</td><td>${esc(CATEGORY_ZH[r.category] ?? r.category)}</td><td>${esc(SEVERITY_ZH[r.severity] ?? r.severity)}</td><td>${esc(r.description)}</td></tr>`)
        .join("")}</tbody></table></details>`
    : "";
  // the overview first: it needs only the model's totals
  yield {
    html: `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${esc(model.meta.tool)} ${esc(model.meta.version)} · 评分方案 ${esc(model.meta.scheme)} · 配置 ${esc(model.meta.configHash)}</p></header>
<div id="filters">
<label>类别 <select id="f-cat">${options(cats.map((c) => [c, CATEGORY_ZH[c] ?? c]))}</select></label>
<label>级别 <select id="f-sev">${options(SEVERITIES.filter((s) => t.bySeverity[s]).map((s) => [s, SEVERITY_ZH[s]]))}</select></label>
<label>规则 <select id="f-rule">${options(rules.map((r) => [r, `${ruleTitle.get(r) ?? r}（${r}）`]))}</select></label>
<label>部门 <select id="f-dept">${options(depts.map((d) => [d, d]))}</select></label>
<label>项目 <input type="search" id="f-q" placeholder="搜索项目名称"></label>
<label><input type="checkbox" id="f-only" checked> 只看有问题的表</label>
<button type="button" id="f-reset">清除筛选</button>
<span id="count"></span>
</div>
<main>
${failedSection(model)}
<h2>总览</h2>
${statsCards(t)}
<div class="grid">
${countTable("按级别", Object.fromEntries(SEVERITIES.filter((s) => t.bySeverity[s]).map((s) => [s, t.bySeverity[s]])), (k) => SEVERITY_ZH[k as "error"] ?? k)}
${countTable("按类别", t.byCategory, (k) => `${CATEGORY_ZH[k] ?? k}（${k}）`)}
${countTable("按规则", t.byRule, (k) => `${ruleTitle.get(k) ?? k}（${k}）`)}
${countTable("自评等级分布", t.grades, (k) => k)}
</div>
${groupTable("按部门", "部门", model.overview.byDepartment)}
${lazy ? `<details class="big"><summary>按文件（${model.overview.byDocument.length} 个文件，点击展开）</summary>${groupTable("按文件", "文件", model.overview.byDocument)}</details>` : groupTable("按文件", "文件", model.overview.byDocument)}
${ruleList}
<h2>逐表明细</h2>
`,
  };
  let i = 0;
  const index = lazy ? new LazyIndex(model) : null;
  for (const d of model.documents) {
      index?.add(d);
      const depts = [...new Set([d.department, ...d.forms.map((f) => f.department)])].join("\u0001");
      const diag = d.diagnostics.filter((x) => x.severity !== "info");
      const docFindings = d.findings.length ? `<div class="docf"><h3>文件级问题</h3><ul class="f">${d.findings.map((f) => findingItem(f, true)).join("")}</ul></div>` : "";
      const head = `<h2>${esc(d.source)}</h2><div class="kv"><b>部门：</b>${esc(d.department)}${d.year ? ` · <b>年度：</b>${d.year}` : ""} · <b>格式：</b>${esc(d.format)} · <b>表：</b>${d.forms.length}</div>`;
      const body = `${diag.length ? `<ul class="f">${diag.map((x) => `<li class="sev-${esc(x.severity)}">${esc(x.line ? `l.${x.line} ` : "")}${esc(x.message)}</li>`).join("")}</ul>` : ""}${docFindings}${d.forms.map(formSection).join("\n")}`;
      const sep = i > 0 ? "\n" : "";
      if (!lazy) {
        yield { html: `${sep}<section class="doc" id="${esc(d.id)}" data-depts="${esc(depts)}">${head}${body}</section>` };
        i++;
        continue;
      }
      // large runs: the details stay inert text until the reviewer opens the file (or a filter needs them)
      const n = d.forms.reduce((a, f) => a + f.findings, 0) + d.findings.length;
      yield { detail: body };
      yield { html: `${sep}<section class="doc" id="${esc(d.id)}" data-depts="${esc(depts)}" data-lazy="${i}">${head}<button type="button" class="open" data-i="${i}">展开逐表明细（${d.forms.length} 张表、${n} 条问题）</button></section>` };
      i++;
  }
  const orphans = model.orphanFindings.length ? `<section class="doc" data-depts=""><h2>其他问题</h2><div class="docf"><ul class="f">${model.orphanFindings.map((f) => findingItem(f, true)).join("")}</ul></div></section>` : "";
  yield { html: `\n${orphans}\n</main>\n` };
  if (lazy) {
    yield { html: '<script type="application/json" id="kpi-index">' };
    for (const piece of index!.pieces()) yield { html: piece };
    yield { html: '</script>\n<script type="application/octet-stream" id="kpi-details">' };
    yield { blob: true };
    yield { html: "</script>" };
  }
  yield {
    html: `\n<script>${JS}</script>
</body>
</html>
`,
  };
}

export function renderHtml(model: ReportData, opts: { title?: string; lazy?: boolean } = {}): string {
  let out = "";
  const details: string[] = [];
  for (const p of htmlPieces(model, opts)) {
    if ("html" in p) out += p.html;
    else if ("detail" in p) details.push(p.detail);
    else out += deflateSync(Buffer.from(JSON.stringify(details)), { level: 6 }).toString("base64");
  }
  return out;
}

/**
 * report.html written as it is rendered, with renderHtml's bytes: each document's section goes out
 * when made; the details of a large run are deflated as they come (the same bytes as one deflate of
 * their JSON array: zlib's output does not depend on how its input is cut) and only the compressed
 * blob is held until its place at the end of the page.
 */
export async function writeHtml(model: ReportData, write: (s: string) => Promise<void>, opts: { title?: string; lazy?: boolean } = {}): Promise<void> {
  let deflate: ReturnType<typeof createDeflate> | null = null;
  // the compressed details: in memory, or (a spilled run) in a scratch file of the spill folder
  const compressed: Buffer[] = [];
  const scratch = model.spill ? model.spill.file("details.deflate") : null;
  const fd = scratch ? openSync(scratch, "w+") : null;
  let size = 0;
  let done: Promise<void> = Promise.resolve();
  let n = 0;
  try {
    for (const p of htmlPieces(model, opts)) {
      if ("html" in p) await write(p.html);
      else if ("detail" in p) {
        if (!deflate) {
          const z = (deflate = createDeflate({ level: 6 }));
          z.on("data", (c: Buffer) => {
            if (fd === null) compressed.push(c);
            else for (let w = 0; w < c.length; ) w += writeSync(fd, c, w, c.length - w, size + w);
            size += c.length;
          });
          done = new Promise((resolve, reject) => (z.on("end", resolve), z.on("error", reject)));
        }
        const chunk = `${n++ ? "," : "["}${JSON.stringify(p.detail)}`;
        if (!deflate.write(chunk)) await new Promise((r) => deflate!.once("drain", r));
      } else {
        if (!deflate) await write(deflateSync(Buffer.from("[]"), { level: 6 }).toString("base64"));
        else {
          deflate.end("]");
          await done;
          if (fd === null) await write(Buffer.concat(compressed).toString("base64"));
          else {
            // base64 of whole 3-byte groups concatenates to the base64 of the whole
            const buf = Buffer.allocUnsafe(3 << 18);
            for (let at = 0; at < size; ) {
              let got = 0;
              const want = Math.min(buf.length, size - at);
              while (got < want) {
                const r = readSync(fd, buf, got, want - got, at + got);
                if (r === 0) throw new Error(`${scratch} ends early`);
                got += r;
              }
              await write(buf.toString("base64", 0, got));
              at += got;
            }
          }
        }
      }
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
