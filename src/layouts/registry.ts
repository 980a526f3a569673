/**
 * All layout recognisers, in priority order (ties in match() go to the earlier one).
 * Add a layout: write src/layouts/<id>.ts exporting a LayoutRecognizer and list it here.
 */
import type { LayoutRecognizer } from "./types.js";
import { shanxiSelfAssessment } from "./shanxi-self-assessment.js";
import { weightedSelfAssessment } from "./weighted-self-assessment.js";
import { shanxiTarget } from "./shanxi-target.js";
import { hebeiTarget } from "./hebei-target.js";
import { ningxiaTarget } from "./ningxia-target.js";

export const LAYOUTS: LayoutRecognizer[] = [
  shanxiSelfAssessment,
  weightedSelfAssessment,
  shanxiTarget,
  hebeiTarget,
  ningxiaTarget,
];

/* Regions no layout claims are read by the header engine (src/recognise/engine.ts). */

export const MATCH_THRESHOLD = 0.5;

export function chooseLayout(scores: { layout: LayoutRecognizer; score: number }[]): LayoutRecognizer | null {
  let best: { layout: LayoutRecognizer; score: number } | null = null;
  for (const s of scores) if (s.score >= MATCH_THRESHOLD && (!best || s.score > best.score)) best = s;
  return best?.layout ?? null;
}
