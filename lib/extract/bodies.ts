import type { Sentence } from './context';
import type { NumberToken } from './numbers';
import type { NounPhrase } from './reject';

// Bodies and remains handed over: counted as the killed, but a handover on a day is no count of that day's deaths.

/** Whether a number counts bodies or remains: its noun ("757 bodies"), or "the bodies of" right before it. */
export function bodiesCount(text: string, tok: NumberToken, np: NounPhrase, s: Sentence): boolean {
  if (np.headStart >= 0 && BODY_WORDS.test(text.slice(np.headStart, np.end))) return true;
  for (const h of s.cues) {
    if (h.value === 'killed' && h.end <= tok.start && tok.start - h.end <= 12 && BODY_PHRASE.test(text.slice(h.start, tok.start))) return true;
  }
  // "a 6,000-for-6,000 exchange of bodies".
  return BODIES_AFTER.test(text.slice(tok.end, tok.end + BODIES_REACH));
}

/** How far after a number "exchange of bodies" may say that it counts bodies. */
const BODIES_REACH = 40;
const BODIES_AFTER = /^[^.;:!?]*\b(?:exchange|return|handover|transfer|repatriation)\s+of\s+(?:the\s+)?(?:bodies|remains)\b/i;

const BODY_WORDS = /^(?:bodies|remains)$/i;
const BODY_PHRASE = /^the\s+(?:bodies|remains)\s+of\s+/i;

/**
 * "has so far handed over the bodies of 5,000", "7,000 bodies returned to date": handovers summed up to now. The
 * perfect alone is no sum: news says "Russia has returned 1,000 bodies" of a single handover.
 */
export function handedOverSoFar(s: Sentence): boolean {
  return SO_FAR.test(s.body) && HANDED.test(s.body);
}
const SO_FAR = /\b(?:so\s+far|to\s+date|in\s+total|altogether|already)\b/i;
const HANDED = /\b(?:received|handed|returned|repatriated|transferred|recovered|brought\s+back)\b/i;
