/** "{{field}}“{{text}}”" + {field: "指标值", text: "=个"} → "指标值“=个”". Unknown keys stay visible. */
export function interpolate(template: string, data: Record<string, string | number | null>): string {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    if (COMPILED.size >= 5_000) COMPILED.clear();
    COMPILED.set(template, (parts = compile(template)));
  }
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const { key, m } = parts[k] as Slot;
    const v = data[key];
    out += (v === undefined ? m : v === null ? "" : typeof v === "number" ? formatNumber(v) : v) + (parts[k + 1] as string);
  }
  return out;
}

/** a placeholder of a message template: its key and its own text (kept when the key is unknown) */
type Slot = { key: string; m: string };

/** message templates split once into text and placeholders, alternately (text first and last): every
 *  finding fills one in each language, and the rules' templates are few */
const COMPILED = new Map<string, (string | Slot)[]>();

function compile(template: string): (string | Slot)[] {
  const parts: (string | Slot)[] = [];
  let at = 0;
  for (const x of template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
    parts.push(template.slice(at, x.index), { key: x[1], m: x[0] });
    at = x.index! + x[0].length;
  }
  parts.push(template.slice(at));
  return parts;
}

/** numbers in messages: no float noise (0.30000000000000004 → 0.3), at most 4 decimals */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 10000) / 10000);
}
