/**
 * Render a workbook value the way a spreadsheet shows it, from the cell's number format:
 * "General" numbers without float noise (50000 → "50000", 0.1+0.2 → "0.3"), "#,##0" with
 * thousands separators ("50,000"), "0.00" with fixed decimals, "0%"/"0.0%" as percentages,
 * dates with their y/m/d tokens. Only the first section of a format is used (the second for
 * negative numbers when present); colours, locale tags, padding and fill characters are dropped.
 */

export function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const s = Number(v.toPrecision(15));
  return String(s);
}

function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') q = !q;
    if (ch === "\\" && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ";" && !q) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** split a format section into literal text and code, dropping [..] tags, _x padding and *x fill */
function tokens(section: string): { code: string; prefix: string; suffix: string } {
  let code = "";
  let prefix = "";
  let suffix = "";
  let seenCode = false;
  const lit = (s: string) => {
    if (seenCode) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, j < 0 ? undefined : j));
      i = j < 0 ? section.length : j;
    } else if (ch === "\\") {
      lit(section[++i] ?? "");
    } else if (ch === "[") {
      const j = section.indexOf("]", i);
      i = j < 0 ? section.length : j;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (/[0#?.,%Ee+\-]/.test(ch) && !(ch === "-" && !seenCode) && !(/[Ee+]/.test(ch) && !seenCode)) {
      seenCode = true;
      code += ch;
    } else if (ch === "@") {
      seenCode = true;
      code += ch;
    } else {
      lit(ch);
    }
  }
  return { code, prefix, suffix };
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const stripped = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[ymdhs]/i.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}

export function formatNumber(v: number, fmt: string | undefined): string {
  if (!fmt || /^general$/i.test(fmt.trim()) || fmt.trim() === "@") return formatGeneral(v);
  const secs = sections(fmt);
  let sec = secs[0];
  let value = v;
  if (v < 0 && secs.length > 1 && secs[1].trim() !== "") {
    sec = secs[1];
    value = -v;
  } else if (v === 0 && secs.length > 2 && secs[2].trim() !== "") {
    sec = secs[2];
  }
  const { code, prefix, suffix } = tokens(sec);
  if (code === "" || code === "@") return prefix + formatGeneral(value) + suffix;
  if (/E[+-]/i.test(code)) {
    const dec = (/\.([0#]+)/.exec(code)?.[1].length) ?? 0;
    return prefix + value.toExponential(dec).toUpperCase().replace(/E([+-])(\d)$/, "E$10$2") + suffix;
  }
  const percents = (code.match(/%/g) ?? []).length;
  let x = value * Math.pow(100, percents);
  // trailing commas scale by 1000 each ("#,##0," shows thousands)
  const scale = /,+(?=[^0#?]*$)/.exec(code.replace(/%/g, ""));
  if (scale && /[0#?]/.test(code)) x /= Math.pow(1000, scale[0].length);
  const m = /\.([0#?]+)/.exec(code);
  const decMin = m ? (m[1].match(/0/g) ?? []).length : 0;
  const decMax = m ? m[1].length : 0;
  let s = Math.abs(x).toFixed(decMax);
  if (decMax > decMin) {
    // optional decimals (#): drop trailing zeros down to the required ones
    const [i, d] = s.split(".");
    let dd = d ?? "";
    while (dd.length > decMin && dd.endsWith("0")) dd = dd.slice(0, -1);
    s = dd ? `${i}.${dd}` : i;
  }
  const intPart = code.split(".")[0];
  if (/[0#?],[0#?]/.test(intPart)) {
    const [i, d] = s.split(".");
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (d !== undefined ? `.${d}` : "");
  }
  const intZeros = (intPart.replace(/[^0]/g, "") || "").length;
  if (intZeros === 0 && s.startsWith("0.") ) s = s.slice(1);
  const sign = x < 0 && Number(s.replace(/,/g, "")) !== 0 ? "-" : "";
  return prefix + sign + s + "%".repeat(percents) + suffix;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** a Date (exceljs gives dates in UTC) rendered with the y/m/d/h/s tokens of `fmt` */
export function formatDate(d: Date, fmt: string | undefined): string {
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth() + 1;
  const D = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  let f = (fmt ?? "").trim();
  // builtin short date (id 14) as a Chinese Excel shows it
  if (!f || /^mm-dd-yy$/i.test(f) || /^m\/d\/yy(yy)?$/i.test(f)) {
    const base = `${Y}/${M}/${D}`;
    return h || mi || s ? `${base} ${h}:${pad(mi)}` : base;
  }
  f = sections(f)[0].replace(/\[[^\]]*\]/g, "");
  let out = "";
  let prevWasHour = false;
  for (let i = 0; i < f.length; ) {
    const ch = f[i];
    if (ch === '"') {
      const j = f.indexOf('"', i + 1);
      out += f.slice(i + 1, j < 0 ? undefined : j);
      i = j < 0 ? f.length : j + 1;
      continue;
    }
    if (ch === "\\") {
      out += f[i + 1] ?? "";
      i += 2;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+|AM\/PM|A\/P)/i.exec(f.slice(i));
    if (!run) {
      out += ch === "_" || ch === "*" ? "" : ch;
      if (ch === "_" || ch === "*") i++;
      i++;
      continue;
    }
    const tok = run[0];
    const t = tok[0].toLowerCase();
    const n = tok.length;
    if (t === "y") out += n <= 2 ? pad(Y % 100) : String(Y);
    else if (t === "m") {
      const nextIsSec = /^[^a-z]*s/i.test(f.slice(i + n));
      if (prevWasHour || (nextIsSec && n <= 2)) out += n === 1 ? String(mi) : pad(mi);
      else out += n === 1 ? String(M) : n === 2 ? pad(M) : String(M);
    } else if (t === "d") out += n === 1 ? String(D) : n === 2 ? pad(D) : String(D);
    else if (t === "h") out += n === 1 ? String(h) : pad(h);
    else if (t === "s") out += n === 1 ? String(s) : pad(s);
    else out += h < 12 ? "AM" : "PM";
    prevWasHour = t === "h";
    i += n;
  }
  return out;
}
