import type { Sentence } from './context';
import { bodiesCount } from './bodies';
import type { NumberToken } from './numbers';
import type { NounPhrase } from './noun-phrase';
import type { Figure } from './types';

// Prisoner swaps given as one number for each side: "a 160-for-160 swap", "put the swap at roughly 160 for 160";
// and soldiers a swap involves, who are its prisoners.

/**
 * Whether the number is the first or the second of an N-for-N pair in a sentence about a swap. The first counts the
 * prisoners each side handed over (captured, both sides); the second only repeats it.
 */
export function swapPairAt(text: string, tok: NumberToken, np: NounPhrase, s: Sentence): 'first' | 'second' | null {
  const lang = s.lang;
  // The pair's shape first, and only where "-" or " f" follows the number or "r" or "-" precedes it; the sentence's
  // swap word only then.
  let at: 'first' | 'second' | null = null;
  const next = text.charCodeAt(tok.end);
  if (next === 45 || (next === 32 && text.charCodeAt(tok.end + 1) === 102)) {
    lang.forPairAfter.lastIndex = tok.end;
    if (lang.forPairAfter.test(text)) at = 'first';
  }
  const prev = text.charCodeAt(tok.start - 1);
  if (!at && (prev === 45 || (prev === 32 && text.charCodeAt(tok.start - 2) === 114))) {
    lang.forPairBefore.lastIndex = tok.start;
    if (lang.forPairBefore.test(text)) at = 'second';
  }
  if (!at || !lang.swapWord.test(s.body)) return null;
  // "a 6,000-for-6,000 exchange of bodies": the dead handed over stay the killed (bodies.ts).
  return at === 'first' && (bodiesCount(text, tok, np, s) || lang.bodiesSwap.test(s.body)) ? null : at;
}

/**
 * "The swap on Saturday ... involved 206 military personnel from both countries", "Among the released Ukrainians are
 * 124 officers": soldiers a swap or a release involves are its prisoners, not a force. So are soldiers listed with prisoners right before them (`prev`, in the same sentence):
 * "the release of 150 Russian soldiers and 150 Ukrainian troops".
 */
export function prisonersOfSwap(tok: NumberToken, s: Sentence, prev: Figure | null): boolean {
  if (s.namesPrisonerRelease && !s.cues.some((c) => c.value === 'killed')) return true;
  if (prev !== null && prev.metric === 'captured' && prev.start >= s.start && s.lang.andNext.test(s.text.slice(prev.end, tok.start))) return true;
  // "230 defenders are returning home. ... There are 213 privates and sergeants": a swap's group broken down in the
  // next sentence, which names nothing else.
  // Not "a list of 339 names": names count no one freed.
  return (
    tok.high < SWAP_PART_MAX &&
    prev !== null &&
    prev.metric === 'captured' &&
    !!s.previous &&
    prev.start >= s.previous.start &&
    prev.start < s.start &&
    !s.cues.some((c) => c.value !== 'personnel') &&
    !s.lang.namesNoun.test(s.text.slice(tok.end, tok.end + NOUN_REACH).trim().split(/\s+/)[0] ?? '')
  );
}

/** The most prisoners one part of a swap holds: a larger number is no part of one. */
const SWAP_PART_MAX = 2000;
/** How far after the number its noun is looked for. */
const NOUN_REACH = 12;
