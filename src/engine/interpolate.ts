/** "{{field}}“{{text}}”" + {field: "指标值", text: "=个"} → "指标值“=个”". Unknown keys stay visible. */
export function interpolate(template: string, data: Record<string, string | number | null>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (m, key: string) => {
    const v = data[key];
    if (v === undefined) return m;
    if (v === null) return "";
    return typeof v === "number" ? formatNumber(v) : v;
  });
}

/** numbers in messages: no float noise (0.30000000000000004 → 0.3), at most 4 decimals */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 10000) / 10000);
}
