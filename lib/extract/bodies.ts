import type { Sentence } from './context';
import type { NumberToken } from './numbers';
import type { NounPhrase } from './reject';

// Bodies and remains handed over: counted as the killed, but a handover on a day is no count of that day's deaths.

/** Whether a number counts bodies or remains: its noun ("757 bodies"), or "the bodies of" right before it. */
export function bodiesCount(text: string, tok: NumberToken, np: NounPhrase, s: Sentence): boolean {
  if (np.headStart >= 0 && s.lang.bodies.words.test(text.slice(np.headStart, np.end))) return true;
  for (const h of s.cues) {
    if (h.value === 'killed' && h.end <= tok.start && tok.start - h.end <= 12 && s.lang.bodies.phrase.test(text.slice(h.start, tok.start))) return true;
  }
  // "a 6,000-for-6,000 exchange of bodies".
  return s.lang.bodies.after.test(text.slice(tok.end, tok.end + BODIES_REACH));
}

/** How far after a number "exchange of bodies" may say that it counts bodies. */
const BODIES_REACH = 40;

/**
 * "has so far handed over the bodies of 5,000", "7,000 bodies returned to date": handovers summed up to now. The
 * perfect alone is no sum: news says "Russia has returned 1,000 bodies" of a single handover.
 */
export function handedOverSoFar(s: Sentence): boolean {
  return s.lang.bodies.soFar.test(s.body) && s.lang.bodies.handed.test(s.body);
}
