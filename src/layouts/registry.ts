/**
 * All layout recognisers, in priority order (ties in match() go to the earlier one).
 * New templates are data, not layouts: add rules/templates/<id>.yml (docs/writing-templates.md).
 * The Ningxia, Shanxi and Hebei target forms and the Shanxi self-assessment have moved there
 * (rules/templates/ningxia-target.yml, shanxi-target.yml, hebei-target.yml, shanxi-self-assessment.yml).
 */
import type { LayoutRecognizer } from "./types.js";
import { weightedSelfAssessment } from "./weighted-self-assessment.js";

export const LAYOUTS: LayoutRecognizer[] = [

];

/* Regions no layout claims are read by the header engine (src/recognise/engine.ts). */

export const MATCH_THRESHOLD = 0.5;

export function chooseLayout(scores: { layout: LayoutRecognizer; score: number }[]): LayoutRecognizer | null {
  let best: { layout: LayoutRecognizer; score: number } | null = null;
  for (const s of scores) if (s.score >= MATCH_THRESHOLD && (!best || s.score > best.score)) best = s;
  return best?.layout ?? null;
}
