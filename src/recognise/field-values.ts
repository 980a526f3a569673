/**
 * Header-field values: a department with its code ("027-兴县公安局") and an amount cell ("316 万元").
 * (Fields themselves are read by src/recognise/fields.ts.)
 */

/** "027-兴县公安局" → {code:"027", name:"兴县公安局"}; "平罗县公安局 019001" → {code:"019001", …} */
export function splitCodeName(s: string): { code: string | null; name: string } {
  const t = s.trim();
  let m = /^(\d{2,})\s*[-－—]\s*(.+)$/.exec(t);
  if (m) return { code: m[1], name: m[2].trim() };
  m = /^(.+?)\s*(\d{3,})$/.exec(t);
  if (m) return { code: m[2], name: m[1].trim() };
  return { code: null, name: t };
}

/** parse an amount cell: "50,000", "316 万元", "114.463", "" → null */
export function parseAmount(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = s
    .replace(/\s+/g, "")
    .replace(/，/g, ",")
    .replace(/(万元|元|万)$/, "");
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ""));
}
