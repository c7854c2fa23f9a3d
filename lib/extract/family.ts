import type { MetricResult } from './classify';
import { CUE_METRIC, inSentence } from './cue-metrics';
import type { Sentence } from './context';
import type { LangModule } from './lang/types';
import { readNumber, type NumberToken } from './numbers';
import { nounAfter, type NounPhrase } from './noun-phrase';
import type { Figure, Metric, Side } from './types';

// Metrics that belong together (the killed and losses; recruits and the mobilised), so that one sentence may set
// the scene, or name the count, for a figure in the next; and a figure that is a part of the one before it, or of a
// whole it names ("1,279 of the approximately 2,500 Azov fighters").

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
  // "September was the second-deadliest month for Russian forces.": a toll's month, named without a toll word.
  return family === FAMILY.killed && s.lang.tollSuperlative.test(s.body);
}

/** "Some reports have put the number at more than 100": what the sentence before counted. */
export function anaphoricMetric(text: string, tok: NumberToken, s: Sentence, lang: LangModule): MetricResult | null {
  lang.numberAnaphorBefore.lastIndex = tok.start;
  if (!lang.numberAnaphorBefore.test(text)) return null;
  const metric = s.previous ? lastMetricIn(s.previous) : null;
  return metric ? { metric, specific: true } : null;
}

/**
 * "... 1,351 Russian soldiers had been killed. However, the Ukrainian army believes the true figure could be as high as
 * 18,900": the nation of the figure before, in the sentence before; the one named here only estimates.
 */
export function sideOfFigureBefore(prev: Figure | undefined, s: Sentence): Side | null {
  return prev && s.previous && prev.start >= s.previous.start ? prev.side : null;
}

/**
 * "Russia has suffered 100,000 casualties since December, including more than 20,000 killed": a part of the figure
 * just before in its sentence shares that figure's running total or period total; not a part with a time of its
 * own ("including over 2,000 confirmed in the last two weeks").
 */
export function partOfFigureBefore(prev: Figure, tok: NumberToken, s: Sentence): boolean {
  if (!prev.period || (prev.rate !== 'cumulative' && prev.rate !== 'period_total')) return false;
  // "... casualties are approaching 300,000. The number includes as many as 120,000 deaths and 170,000 to 180,000
  // injured troops": every number of that sentence is a part of the count before.
  if (prev.start < s.start) return !!s.previous && prev.start >= s.previous.start && s.lang.countIncludesStart.test(s.body);
  if (s.periods.some((p) => p.start >= tok.end)) return false;
  return s.lang.subsetBefore.test(s.text.slice(prev.end, tok.start)) || s.lang.countIncludesStart.test(s.body);
}

/** "a tally ... stating that 1,351 soldiers had been killed and 3,825 injured": the second count of a pair whose verb it leaves out. */
export function elidedPair(prev: Figure, tok: NumberToken, s: Sentence): boolean {
  return prev.rate === 'cumulative' && prev.start >= s.start && s.lang.elidedPairBetween.test(s.text.slice(prev.end, tok.start));
}

/** "almost 300 thousand (299,210) people": the exact form of the figure just before, in brackets right after it. */
export function bracketedRestatement(prev: Figure, tok: NumberToken, text: string): boolean {
  return text.charCodeAt(tok.end) === 41 && /^\s?\($/.test(text.slice(prev.end, tok.start));
}

/**
 * "1,279 of the approximately 2,500 Azov fighters": a part of a count is counted in its noun. Looked for only where
 * " of " or " out of " follows the number.
 */
export function partOfCount(text: string, tok: NumberToken, lang: LangModule): NounPhrase | null {
  // In digits: "just two of the 25,000 dead" picks out people from a count, which it does not count.
  if (tok.kind !== 'digits' || !lang.partOfHints.some((h) => text.startsWith(h, tok.end))) return null;
  lang.partOfAfter.lastIndex = tok.end;
  if (!lang.partOfAfter.test(text)) return null;
  const whole = readNumber(text, lang.partOfAfter.lastIndex, lang);
  if (!whole) return null;
  // "40 out of 50 thousand recruited prisoners": the whole's scale word is the part's too (the token is read again
  // with it).
  if (tok.high < 1000 && whole.low >= 1000) {
    const words = text.slice(whole.start, whole.end).toLowerCase();
    for (const [w, scale] of lang.wordScales) {
      if (scale >= 1000 && words.includes(w)) {
        tok.low *= scale;
        tok.high *= scale;
        break;
      }
    }
  }
  if (whole.low < tok.high) return null;
  const np = nounAfter(text, whole.end, lang);
  // "destroyed 18 of 29 armoured vehicles": a part of things that are no soldiers is none either.
  return np.info || np.reject ? np : null;
}

/** How far after the figure before it a number may go on its list. */
const LIST_ITEM_REACH = 60;
const WORD_AFTER = /\s+([a-z]+)\b/y;

function wordAfter(text: string, at: number): string | undefined {
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.exec(text)?.[1];
}

/**
 * "22 from Sverdlovsk, 13 from Chelyabinsk, nine from Volgograd": a number without a noun that goes on a list of
 * figures, in the shape of the item before it (the same word after both, a comma between, one sentence).
 */
export function listedLikeBefore(text: string, tok: NumberToken, prev: Figure | undefined): boolean {
  if (!prev || tok.start - prev.end > LIST_ITEM_REACH || tok.start <= prev.end) return false;
  const between = text.slice(prev.end, tok.start);
  if (!between.includes(',') || /[.;:!?\n]/.test(between)) return false;
  const word = wordAfter(text, tok.end);
  return word !== undefined && word === wordAfter(text, prev.end);
}
