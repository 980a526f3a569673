/**
 * The app's pages (Chinese UI, self-contained: no fonts, scripts or images from anywhere).
 * - the start page: drop or pick files or a whole folder, upload, follow the progress;
 * - the desk panel put on top of report.html (renderHtml's page, unchanged) and of the diff page:
 *   downloads (workbook, letters, CSV/JSONL), files that could not be read, files not audited.
 */
import { esc } from "../report/html.js";
import { SEVERITY_ZH } from "../report/model.js";
import { formatMB, limitMessage, type ServeLimits } from "./limits.js";
import { SIDE_ZH, type Job, type Side, type SideResult } from "./jobs.js";

const STYLE = `
*{box-sizing:border-box}body{font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:13px}
main{padding:16px 24px;max-width:980px}
.tabs{display:flex;gap:8px;margin:4px 0 14px}.tabs button{font:inherit;padding:6px 14px;border:1px solid #1f3a5f;background:#fff;color:#1f3a5f;border-radius:4px;cursor:pointer}.tabs button[aria-pressed=true]{background:#1f3a5f;color:#fff}
.zones{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px}
.zone{border:2px dashed #8aa0b8;border-radius:8px;background:#fff;padding:18px;text-align:center}.zone.over{border-color:#1f3a5f;background:#eaf1fa}
.zone h2{font-size:16px;margin:0 0 6px}.zone p{margin:4px 0;color:#555;font-size:13px}
.pick{display:inline-block;margin:8px 4px 0;padding:6px 12px;border:1px solid #1f3a5f;border-radius:4px;color:#1f3a5f;cursor:pointer;background:#fff;font:inherit}
.pick input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden}.pick{position:relative}.pick:focus-within{outline:2px solid #1f3a5f;outline-offset:2px}
.sel{margin-top:10px;text-align:left;font-size:13px}.sel ul{max-height:150px;overflow:auto;margin:4px 0;padding-left:20px;color:#333}
.actions{margin:16px 0;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.go{font:inherit;font-size:16px;padding:8px 22px;background:#1a7f37;color:#fff;border:0;border-radius:5px;cursor:pointer}.go:disabled{background:#9bb5a3;cursor:default}
.plain{font:inherit;padding:6px 12px;background:#fff;border:1px solid #999;border-radius:4px;cursor:pointer}
.note{color:#555;font-size:13px}
#progress{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin:12px 0}
#progress progress{width:100%;height:18px}
#error{background:#fde2e1;border:1px solid #d93025;color:#8a1c13;border-radius:6px;padding:10px 14px;margin:12px 0;white-space:pre-wrap}
ol.steps{padding-left:22px;color:#333}
table{border-collapse:collapse;background:#fff}th,td{border:1px solid #cfd5dc;padding:3px 8px;text-align:left;font-size:13px}
[hidden]{display:none!important}
`;

const SCRIPT = `
(function(){
var CFG=JSON.parse(document.getElementById('cfg').textContent);
var $=function(id){return document.getElementById(id)};
var picked={files:[],old:[],new:[]};
var mode='report';
function mb(b){if(b<1048576)return Math.max(1,Math.round(b/1024))+' KB';var m=b/1048576;return (m>=10?Math.round(m):Math.round(m*10)/10)+' MB'}
function sides(){return mode==='diff'?['old','new']:['files']}
function show(side){
  var list=picked[side],box=$('sel-'+side);
  if(!list.length){box.innerHTML='';refresh();return}
  var bytes=0;list.forEach(function(x){bytes+=x.file.size});
  var ul=document.createElement('ul');
  list.slice(0,200).forEach(function(x){var li=document.createElement('li');li.textContent=x.path+'（'+mb(x.file.size)+'）';ul.appendChild(li)});
  box.innerHTML='';var p=document.createElement('div');p.className='count';p.textContent='已选择 '+list.length+' 个文件，共 '+mb(bytes)+(list.length>200?'（只列出前 200 个）':'');
  box.appendChild(p);box.appendChild(ul);refresh();
}
function refresh(){
  var ok=sides().every(function(s){return picked[s].length>0});
  $('go').disabled=!ok;
}
function add(side,items){
  var seen={};picked[side].forEach(function(x){seen[x.path+'\\u0000'+x.file.size]=1});
  items.forEach(function(x){var k=x.path+'\\u0000'+x.file.size;if(!seen[k]){seen[k]=1;picked[side].push(x)}});
  show(side);
}
function fromInput(input){
  var out=[];for(var i=0;i<input.files.length;i++){var f=input.files[i];out.push({file:f,path:f.webkitRelativePath||f.name})}
  return out;
}
function readAll(reader){
  return new Promise(function(res){var all=[];(function next(){reader.readEntries(function(batch){if(!batch.length)return res(all);all=all.concat(Array.prototype.slice.call(batch));next()},function(){res(all)})})()});
}
function walk(entry,prefix){
  if(entry.isFile)return new Promise(function(res){entry.file(function(f){res([{file:f,path:prefix+f.name}])},function(){res([])})});
  if(entry.isDirectory)return readAll(entry.createReader()).then(function(children){
    return Promise.all(children.map(function(c){return walk(c,prefix+entry.name+'/')})).then(function(lists){return [].concat.apply([],lists)});
  });
  return Promise.resolve([]);
}
document.querySelectorAll('.zone').forEach(function(zone){
  var side=zone.getAttribute('data-side');
  zone.querySelectorAll('input[type=file]').forEach(function(inp){inp.addEventListener('change',function(){add(side,fromInput(inp));inp.value=''})});
  zone.addEventListener('dragover',function(e){e.preventDefault();zone.classList.add('over')});
  zone.addEventListener('dragleave',function(){zone.classList.remove('over')});
  zone.addEventListener('drop',function(e){
    e.preventDefault();zone.classList.remove('over');
    var items=e.dataTransfer.items,entries=[];
    if(items)for(var i=0;i<items.length;i++){var en=items[i].webkitGetAsEntry&&items[i].webkitGetAsEntry();if(en)entries.push(en)}
    if(entries.length)Promise.all(entries.map(function(en){return walk(en,'')})).then(function(l){add(side,[].concat.apply([],l))});
    else{var fl=e.dataTransfer.files,out=[];for(var j=0;j<fl.length;j++)out.push({file:fl[j],path:fl[j].name});add(side,out)}
  });
});
document.querySelectorAll('.tabs button').forEach(function(b){b.addEventListener('click',function(){
  mode=b.getAttribute('data-mode');
  document.querySelectorAll('.tabs button').forEach(function(x){x.setAttribute('aria-pressed',String(x===b))});
  document.querySelectorAll('[data-for]').forEach(function(el){el.hidden=el.getAttribute('data-for')!==mode});
  refresh();
})});
$('clear').addEventListener('click',function(){picked={files:[],old:[],new:[]};['files','old','new'].forEach(show);$('error').hidden=true});
function fail(msg){$('error').textContent=msg;$('error').hidden=false;$('progress').hidden=true;$('go').disabled=false}
function planned(){
  var all=[];sides().forEach(function(s){all=all.concat(picked[s])});
  if(all.length>CFG.limits.maxFiles)return CFG.messages.count;
  for(var i=0;i<all.length;i++)if(all[i].file.size>CFG.limits.maxFileBytes)return CFG.messages.file.replace('{file}',all[i].path);
  var t=0;all.forEach(function(x){t+=x.file.size});
  if(t>CFG.limits.maxTotalBytes)return CFG.messages.total;
  return null;
}
function poll(id){
  var x=new XMLHttpRequest();x.open('GET','/api/jobs/'+id);x.responseType='json';
  x.onload=function(){
    var s=x.response;if(x.status!==200||!s)return fail('找不到这次审核（可能已被删除）。');
    $('phase').textContent=s.phase;
    if(s.total){$('bar').max=s.total;$('bar').value=s.done;$('count').textContent='已读取 '+s.done+' / '+s.total+' 个文件'}
    if(s.state==='done'){location.href='/jobs/'+id+'/';return}
    if(s.state==='failed')return fail(s.error||'审核没有完成。');
    setTimeout(function(){poll(id)},400);
  };
  x.onerror=function(){fail('与本机服务的连接中断了。请确认命令行窗口里的 kpi-audit serve 仍在运行。')};
  x.send();
}
$('go').addEventListener('click',function(){
  $('error').hidden=true;
  var bad=planned();if(bad)return fail(bad);
  var fd=new FormData();
  sides().forEach(function(s){picked[s].forEach(function(x){fd.append('path',x.path);fd.append(s,x.file,x.file.name)})});
  $('go').disabled=true;$('progress').hidden=false;$('phase').textContent='正在上传';$('count').textContent='';$('bar').removeAttribute('value');
  var x=new XMLHttpRequest();x.open('POST','/api/jobs?mode='+mode);x.setRequestHeader('X-Kpi-Audit','1');x.responseType='json';
  x.upload.onprogress=function(e){if(e.lengthComputable){$('bar').max=e.total;$('bar').value=e.loaded;$('count').textContent='已上传 '+Math.round(100*e.loaded/e.total)+'%'}};
  x.onload=function(){
    if(x.status===202&&x.response)return poll(x.response.id);
    fail((x.response&&x.response.error)||('上传失败（'+x.status+'）'));
  };
  x.onerror=function(){fail('上传中断了。文件可能超过了大小上限，或 kpi-audit serve 已经关闭。')};
  x.send(fd);
});
refresh();
})();
`;

function zone(side: Side, title: string, hint: string): string {
  return `<div class="zone" data-side="${side}" id="zone-${side}">
<h2>${esc(title)}</h2>
<p>${esc(hint)}</p>
<label class="pick">选择文件<input type="file" multiple id="pick-${side}"></label>
<label class="pick">选择文件夹<input type="file" webkitdirectory multiple id="pick-dir-${side}"></label>
<div class="sel" id="sel-${side}"></div>
</div>`;
}

/** JSON for a <script type="application/json"> block: "<" escaped so no text can close the tag */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c");
}

export function startPage(limits: ServeLimits, nonce: string, recent: Job[] = []): string {
  const cfg = {
    limits,
    messages: { count: limitMessage("count", limits), total: limitMessage("total", limits), file: limitMessage("file", limits, "{file}") },
  };
  const recentList = recent.filter((j) => j.state === "done");
  const recentHtml = recentList.length
    ? `<h2>本次启动后的审核</h2><ul>${recentList
        .map((j) => `<li><a href="/jobs/${esc(j.id)}/">${esc(j.mode === "diff" ? "复核（修改前后对比）" : "审核报告")}</a> · ${j.uploads.length} 个文件</li>`)
        .join("")}</ul>`
    : "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kpi-audit 审核台</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>kpi-audit 审核台：预算绩效目标表与自评表</h1><p>文件只在这台电脑上处理，不会发送到网络。关闭命令行窗口（或按 Ctrl+C）后，上传的文件会被删除。</p></header>
<main>
<div class="tabs" role="group">
<button type="button" data-mode="report" aria-pressed="true" id="tab-report">审核材料</button>
<button type="button" data-mode="diff" aria-pressed="false" id="tab-diff">复核修改后的材料</button>
</div>
<div data-for="report">
<ol class="steps"><li>把一个部门（或多个部门）报送的 PDF、Excel、Word 文件或整个文件夹拖到下面的框里，或点“选择文件”“选择文件夹”。</li><li>点“开始审核”，等进度走完。</li><li>在报告里按级别、类别、部门筛选问题；下载 Excel 问题清单和每个部门的 Word 审核意见书。</li></ol>
<div class="zones">${zone("files", "把文件或文件夹拖到这里", "支持 PDF、Excel（.xlsx）、Word（.docx）、网页和文本文件")}</div>
</div>
<div data-for="diff" hidden>
<ol class="steps"><li>左边放退回前的材料，右边放部门修改后重新报送的材料。</li><li>点“开始审核”：逐表列出已改正、仍未改、新出现的问题和改动的数值。</li></ol>
<div class="zones">${zone("old", "修改前（退回的材料）", "上次审核时的文件或文件夹")}${zone("new", "修改后（重新报送的材料）", "部门改过后报来的文件或文件夹")}</div>
</div>
<div class="actions"><button type="button" class="go" id="go" disabled>开始审核</button><button type="button" class="plain" id="clear">清空</button>
<span class="note">单个文件不超过 ${esc(formatMB(limits.maxFileBytes))}，合计不超过 ${esc(formatMB(limits.maxTotalBytes))}，一次最多 ${limits.maxFiles} 个文件。</span></div>
<div id="error" role="alert" hidden></div>
<div id="progress" role="status" aria-live="polite" hidden><div><b id="phase"></b> <span id="count"></span></div><progress id="bar"></progress></div>
${recentHtml}
</main>
<script type="application/json" id="cfg">${scriptJson(cfg)}</script>
<script nonce="${esc(nonce)}">${SCRIPT}</script>
</body>
</html>
`;
}

const DESK_STYLE = `
#desk{background:#fff;border-bottom:1px solid #cfd5dc;padding:10px 24px 12px}
#desk .desk-nav{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin-bottom:6px}
#desk .desk-nav form{margin:0}#desk .desk-nav button{font:inherit;padding:3px 10px;border:1px solid #b3261e;color:#b3261e;background:#fff;border-radius:4px;cursor:pointer}
#desk h2{margin:10px 0 6px}
#desk .desk-dl{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
#desk a.desk-btn{display:inline-block;padding:5px 12px;background:#1f3a5f;color:#fff;border-radius:4px;text-decoration:none}
#desk a.desk-btn.second{background:#fff;color:#1f3a5f;border:1px solid #1f3a5f}
#desk ul.desk-letters{margin:4px 0;padding-left:20px;columns:2}
#desk table{margin:4px 0}
#desk .desk-bad{color:#8a1c13}#desk .note{color:#555;font-size:13px}
`;

function fileUrl(job: Job, side: Side, name: string): string {
  return `/jobs/${encodeURIComponent(job.id)}/s/${side}/download/${name.split("/").map(encodeURIComponent).join("/")}`;
}

const RESEARCH = ["forms.csv", "indicators.csv", "findings.csv", "forms.jsonl", "indicators.jsonl", "findings.jsonl", "report.html"];

function noteTable(id: string, title: string, rows: { file: string; reasons: string[] }[], reasonHead: string): string {
  return `<div id="${id}"><h2>${esc(title)}（${rows.length}）</h2><table><thead><tr><th>文件</th><th>${esc(reasonHead)}</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${esc(r.file)}</td><td class="desk-bad">${r.reasons.map(esc).join("<br>")}</td></tr>`)
    .join("")}</tbody></table></div>`;
}

/** the downloads and file notes of one side of a job */
export function sidePanel(job: Job, r: SideResult, heading: string): string {
  const t = r.totals;
  const has = (n: string) => r.downloads.includes(n);
  const letterName = (p: string) => p.slice("letters/".length);
  const summary = `共 ${t.documents} 个文件、${t.forms} 张表，${t.findings} 条问题（${SEVERITY_ZH.error} ${t.bySeverity.error ?? 0}、${SEVERITY_ZH.warning} ${t.bySeverity.warning ?? 0}、${SEVERITY_ZH.info} ${t.bySeverity.info ?? 0}）。`;
  const letters = r.letters.length
    ? `<h3>审核意见书（每个部门一份 Word，可签字盖章后退回）</h3><div class="desk-dl">${
        has("letters.zip") ? `<a class="desk-btn" id="dl-letters-zip-${r.side}" href="${esc(fileUrl(job, r.side, "letters.zip"))}" download>下载全部审核意见书（zip）</a>` : ""
      }</div><ul class="desk-letters">${r.letters.map((l) => `<li><a class="dl-letter" href="${esc(fileUrl(job, r.side, l))}" download>${esc(letterName(l))}</a></li>`).join("")}</ul>`
    : `<p class="muted">没有识别出表，未生成审核意见书。</p>`;
  const research = RESEARCH.filter(has)
    .map((n) => `<a href="${esc(fileUrl(job, r.side, n))}" download>${esc(n)}</a>`)
    .join(" · ");
  const unreadable = r.unreadable.length
    ? noteTable(`unreadable-${r.side}`, "未能读取的文件", r.unreadable, "原因")
    : `<div id="unreadable-${r.side}"><h2>未能读取的文件（0）</h2><p class="ok">上传的文件都已读取。</p></div>`;
  const noForms = r.noForms.length ? noteTable(`noforms-${r.side}`, "已读取但未识别出表的文件", r.noForms, "说明") : "";
  const skipped = r.skipped.length
    ? `<div id="skipped-${r.side}"><h2>未审核的文件（${r.skipped.length}）</h2><p class="note">这些文件按名称判断不是报表（说明文档、图片、程序、隐藏文件等），没有读取：</p><ul>${r.skipped.map((s) => `<li>${esc(s)}</li>`).join("")}</ul></div>`
    : "";
  const nothing = t.documents === 0 ? `<p class="desk-bad">上传的文件中没有可以审核的报表文件（PDF、Excel .xlsx、Word .docx、网页或文本文件）。</p>` : "";
  return `<div class="desk-side" id="desk-${r.side}"><h2>${esc(heading)}</h2><p>${esc(summary)}</p>${nothing}
<div class="desk-dl">${has("findings.xlsx") ? `<a class="desk-btn" id="dl-xlsx-${r.side}" href="${esc(fileUrl(job, r.side, "findings.xlsx"))}" download>下载问题清单 findings.xlsx（Excel）</a>` : ""}</div>
${letters}
<details><summary>更多下载：供研究用的数据（CSV、JSONL）和本报告网页</summary><p>${research}</p></details>
${unreadable}${noForms}${skipped}</div>`;
}

/**
 * The panel put at the top of a job's pages. `compact` (the diff page) folds each side into a
 * <details>, left open when that side has files that could not be read.
 */
export function deskPanel(job: Job, show: Side[], links: { href: string; text: string }[] = [], compact = false): string {
  const nav = [`<a href="/">← 审核新的材料</a>`, ...links.map((l) => `<a href="${esc(l.href)}">${esc(l.text)}</a>`)].join("");
  const discard = `<form method="post" action="/jobs/${esc(job.id)}/discard"><button type="submit" id="discard">删除本次上传的文件</button></form>`;
  const sides = show
    .map((s) => {
      const r = job.results.get(s);
      if (!r) return "";
      const panel = sidePanel(job, r, show.length > 1 || job.mode === "diff" ? SIDE_ZH[s] : "下载");
      if (!compact) return panel;
      const bad = r.unreadable.length ? `，${r.unreadable.length} 个文件未能读取` : "";
      return `<details${bad ? " open" : ""}><summary>${esc(SIDE_ZH[s])}：下载问题清单和审核意见书${esc(bad)}</summary>${panel}</details>`;
    })
    .join("\n");
  return `<style>${DESK_STYLE}</style><section id="desk"><div class="desk-nav">${nav}${discard}</div>${sides}</section>`;
}

/** put `panel` at the top of a page rendered elsewhere (after its header, else after <body>) */
export function withPanel(html: string, panel: string): string {
  const h = html.indexOf("</header>");
  if (h >= 0) return html.slice(0, h + 9) + "\n" + panel + html.slice(h + 9);
  const m = /<body[^>]*>/i.exec(html);
  if (m) return html.slice(0, m.index + m[0].length) + "\n" + panel + html.slice(m.index + m[0].length);
  return panel + html;
}

/** a short page for a job that is not finished, failed, or gone */
export function messagePage(title: string, text: string, refresh = false): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>${refresh ? `<meta http-equiv="refresh" content="1">` : ""}<style>${STYLE}</style></head>
<body><header><h1>kpi-audit 审核台</h1></header><main><h2>${esc(title)}</h2><p>${esc(text)}</p><p><a href="/">← 回到首页</a></p></main></body></html>
`;
}
