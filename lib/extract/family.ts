import { CUE_METRIC, inSentence, type MetricResult } from './classify';
import type { Sentence } from './context';
import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import type { Metric } from './types';

// Metrics that belong together (the killed and losses; recruits and the mobilised), so that one sentence may set
// the scene, or name the count, for a figure in the next.

/** The metric of the last word in a sentence that says what is counted ("the number of Russian soldiers killed"). */
export function lastMetricIn(s: Sentence): Metric | null {
  for (let i = s.cues.length - 1; i >= 0; i--) {
    const h = s.cues[i]!;
    const m = CUE_METRIC[h.value];
    if (m && inSentence(h, s)) return m;
  }
  return null;
}

/** Metrics close enough that a sentence about one sets the scene for a figure of another. */
const FAMILY: Partial<Record<Metric, number>> = {
  killed: 1, wounded: 1, casualties: 1, losses: 1, captured: 1, missing: 1, deserted: 1,
  recruited: 2, mobilized: 2,
  force_size: 3, foreign_troops: 3,
};

/** Whether two metrics are of one family (killed and losses are; losses and recruits are not). */
export function sameFamily(a: Metric, b: Metric): boolean {
  const f = FAMILY[a];
  return f !== undefined && f === FAMILY[b];
}

/** Whether sentence `s` speaks of a metric of the same family as `metric` (a cue word in it says so). */
export function aboutSameFamily(s: Sentence, metric: Metric): boolean {
  const family = FAMILY[metric];
  if (family === undefined) return false;
  for (const h of s.cues) {
    const m = CUE_METRIC[h.value];
    if (m && FAMILY[m] === family && inSentence(h, s)) return true;
  }
  return false;
}

/** "Some reports have put the number at more than 100": what the sentence before counted. */
export function anaphoricMetric(text: string, tok: NumberToken, s: Sentence, lang: LangModule): MetricResult | null {
  lang.numberAnaphorBefore.lastIndex = tok.start;
  if (!lang.numberAnaphorBefore.test(text)) return null;
  const metric = s.previous ? lastMetricIn(s.previous) : null;
  return metric ? { metric, specific: true } : null;
}
