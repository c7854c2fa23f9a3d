import type { Hit, Sentence } from './context';
import { CUE_METRIC, inSentence, LOSS_METRICS } from './cue-metrics';
import type { Cue, LangModule } from './lang/types';
import { normKey } from './lang/normalize';
import type { NumberToken } from './numbers';
import type { NounPhrase } from './noun-phrase';
import { hasDigit, onlySpaces } from './spans';
import type { Metric } from './types';

// The verb or noun right beside a number that says what happened to those it counts: "the remains of", "killed or
// wounded North Koreans", "recruited 48,000", "... have been captured".

/** The metric of "the remains of" or "the bodies of" right before a number. */
export function lossOfBefore(text: string, hits: Hit<Cue>[], tok: NumberToken, lang: LangModule): Metric | null {
  for (const h of hits) {
    if (h.value !== 'killed' || h.end > tok.start || tok.start - h.end > 24) continue;
    if (lang.remainsOfBetween.test(text.slice(h.end, tok.start))) return 'killed';
  }
  return null;
}

/** A loss cue that ends right before `at`, with only spaces between ("killed or wounded North Koreans"). */
const OF_BETWEEN = /^\s+(?:of|among)\s+(?:the\s+)?$/;

export function lossRightBefore(text: string, hits: Hit<Cue>[], at: number): Hit<Cue> | null {
  for (const h of hits) {
    const m = CUE_METRIC[h.value];
    // "the number of killed ... North Koreans", "the death toll of Nepalis".
    if (m && LOSS_METRICS.has(m) && h.end < at && (onlySpaces(text, h.end, at) || OF_BETWEEN.test(text.slice(h.end, at)))) return h;
  }
  return null;
}

/** How close before a number a loss or recruitment word must end to say what happened to the people it counts. */
const VERB_BEFORE = 30;

/** The loss or recruitment metric of a cue that ends just before a number, with no other number between. */
export function verbRightBefore(text: string, hits: Hit<Cue>[], tok: NumberToken, s: Sentence, lang: LangModule): Metric | null {
  let best: Metric | null = null;
  let bestEnd = -1;
  for (const h of hits) {
    if (h.end > tok.start || tok.start - h.end > VERB_BEFORE || h.end <= bestEnd || !inSentence(h, s)) continue;
    const m = CUE_METRIC[h.value];
    if (!m || !(LOSS_METRICS.has(m) || m === 'recruited' || m === 'mobilized') || hasDigit(text, h.end, tok.start)) continue;
    best = m;
    bestEnd = h.end;
  }
  // "5,710 killed and 200 captured": a word that belongs to the list item before is not this number's verb.
  if (best && lang.listJoin.test(text.slice(bestEnd, tok.start))) return null;
  return best;
}

/** Past a " more" or " others" right after a number ("four more have been captured", "572 others have been captured"). */
export function pastMore(text: string, at: number): number {
  return text.startsWith(' more', at) ? at + 5 : text.startsWith(' others', at) ? at + 7 : at;
}

export function verbRightAfter(text: string, at: number, lang: LangModule): boolean {
  lang.auxiliaryAfter.lastIndex = at;
  return lang.auxiliaryAfter.test(text);
}

/** The loss metric of the first verb after a number's noun, if that verb is a loss ("were killed", "died"). */
export function lossPredicate(text: string, at: number, lang: LangModule): Metric | null {
  lang.lossPredicateAfter.lastIndex = at;
  const m = lang.lossPredicateAfter.exec(text);
  if (!m) return null;
  const key = normKey(m[1] ?? m[2] ?? '');
  const cue = lang.cues.get(key) ?? lang.predicateCues.get(key);
  const metric = cue ? CUE_METRIC[cue] : undefined;
  return metric && LOSS_METRICS.has(metric) ? metric : null;
}

/** "43 were recruited from prisons": a verb of recruitment or call-up right after a number's noun, if there is one. */
export function raisedPredicate(text: string, at: number, lang: LangModule): Metric | null {
  lang.raisedPredicateAfter.lastIndex = at;
  const m = lang.raisedPredicateAfter.exec(text);
  return m ? (m[1] ? 'mobilized' : 'recruited') : null;
}

/** A loss verb of the number's own right after it ("four more have been captured"). */
export function lossRightAfter(text: string, np: NounPhrase, lang: LangModule): boolean {
  if (!np.headless) return false;
  const at = pastMore(text, np.end);
  lang.auxiliaryAfter.lastIndex = at;
  if (!lang.auxiliaryAfter.test(text)) return false;
  lang.lossPredicateAfter.lastIndex = at;
  const m = lang.lossPredicateAfter.exec(text);
  // The verb must be the number's own, right after it: not one a clause away.
  return m !== null && m.index === at && m[0].length <= 40;
}

const RAISED_OF_BETWEEN = /^\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|up\s+to|more\s+than|over|at\s+least|as\s+many\s+as)\s+)?$/;

/** A call-up or recruitment word the number's "of" hangs from ("the 2022 call-up of 300,000 men"): it says what they are. */
export function raisedOfBefore(text: string, hits: Hit<Cue>[], at: number): boolean {
  for (const h of hits) {
    if (h.end >= at || at - h.end > 40) continue;
    const m = CUE_METRIC[h.value];
    if ((m === 'mobilized' || m === 'recruited') && RAISED_OF_BETWEEN.test(text.slice(h.end, at))) return true;
  }
  return false;
}
