/**
 * Level-1 / level-2 label recognition and normalisation, shared by every layout.
 * Labels in the corpus are abbreviated ("数量"), cut ("服务对象满意度指"), annotated
 * ("数量指标（必填硬性指标)"), spaced ("经济效益 指标") or split over rows ("产出指" / "标").
 */
import { detach } from "../model/strings.js";

export const LEVEL1 = ["产出指标", "效益指标", "满意度指标"] as const;

export const LEVEL2: Record<string, (typeof LEVEL1)[number]> = {
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  成本指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};

/** extra spellings seen in real forms → canonical level 2 */
const LEVEL2_ALIASES: Record<string, string> = {
  数量: "数量指标",
  质量: "质量指标",
  时效: "时效指标",
  成本: "成本指标",
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  环境效益指标: "生态效益指标",
  可持续影响: "可持续影响指标",
  可持续发展指标: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  满意度: "服务对象满意度指标",
  社会公众满意度指标: "服务对象满意度指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  群众满意度指标: "服务对象满意度指标",
};

const LEVEL1_ALIASES: Record<string, string> = {
  产出: "产出指标",
  效益: "效益指标",
  满意度: "满意度指标",
  效果指标: "效益指标",
};

/** strip spaces, bracketed annotations and trailing punctuation: "数量指标（必填硬性指标)" → "数量指标" */
export function cleanLabel(s: string): string {
  return s
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]?$/, "")
    .replace(/[:：、,，.。]+$/, "")
    .trim();
}

function byPrefix(t: string, candidates: string[], minLen: number): string | null {
  if (t.length < minLen) return null;
  const hits = candidates.filter((c) => c.startsWith(t));
  return hits.length === 1 ? hits[0] : null;
}

/** label lookups are memoised: recognisers ask about the same cell text many times while aligning */
const L1_CACHE = new Map<string, string | null>();
const L2_CACHE = new Map<string, string | null>();

function memo(cache: Map<string, string | null>, s: string, fn: (s: string) => string | null): string | null {
  let v = cache.get(s);
  if (v === undefined) {
    // key and value from a copy: a cell text is a slice of its file's text, which a memo entry must not keep
    const own = detach(s);
    v = fn(own);
    if (cache.size > 20_000) cache.clear();
    cache.set(own, v);
  }
  return v;
}

/** Normalise a level-1 label; null if the text is not one. Accepts cut prefixes of ≥ 2 chars ("产出指"). */
export function normalizeLevel1(s: string | null | undefined): string | null {
  return s ? memo(L1_CACHE, s, normalizeLevel1Uncached) : null;
}

function normalizeLevel1Uncached(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = cleanLabel(s);
  if (!t) return null;
  if ((LEVEL1 as readonly string[]).includes(t)) return t;
  if (LEVEL1_ALIASES[t]) return LEVEL1_ALIASES[t];
  return byPrefix(t, [...LEVEL1], 2);
}

/** Normalise a level-2 label; null if the text is not one. Accepts cut prefixes of ≥ 2 chars when unambiguous. */
export function normalizeLevel2(s: string | null | undefined): string | null {
  return s ? memo(L2_CACHE, s, normalizeLevel2Uncached) : null;
}

function normalizeLevel2Uncached(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = cleanLabel(s);
  if (!t) return null;
  if (LEVEL2[t]) return t;
  if (LEVEL2_ALIASES[t]) return LEVEL2_ALIASES[t];
  // a level 2 printed without the word 指标 ("社会公众或服务对象满意度")
  if (!t.endsWith("指标") && LEVEL2_ALIASES[t + "指标"]) return LEVEL2_ALIASES[t + "指标"];
  const p = byPrefix(t, Object.keys(LEVEL2), 2);
  if (p) return p;
  // a long spelling cut where its cell wrapped ("社会公众或服务对象满意" / "度")
  const a = byPrefix(t, Object.keys(LEVEL2_ALIASES), 6);
  if (a) return LEVEL2_ALIASES[a];
  // "服务对象满意度指" is a prefix of the canonical label; "满意度指标" alone is level 1, not here
  return null;
}

/** the level 1 a (normalised) level 2 belongs to, or null */
export function level1Of(level2: string | null | undefined): string | null {
  return level2 ? (LEVEL2[level2] ?? null) : null;
}

/**
 * Fragments of labels split over rows or cells: "产出指" + "标", "效" / "益" / "指" / "标".
 * Returns true if `s` is a short fragment that could be the continuation of a cut label.
 */
export function isLabelFragment(s: string): boolean {
  const t = s.replace(/\s+/g, "");
  return t.length > 0 && t.length <= 3 && /^[产出效益满意度指标]+$/.test(t);
}
