import type { LangModule } from './lang/types';
import type { NumberToken } from './numbers';
import { sticky } from './reject';

// Counts of soldiers that are no figure of this war's: another war's toll, and a toll per square kilometre taken.

/** Longer than otherWarAfter can reach (60 characters, a preposition and a war's name). */
const OTHER_WAR_WINDOW = 110;

/** "57,000 troops in the Korean War": another war's toll. Asked only of figures: the regex reads ahead. */
export function otherWar(text: string, tok: NumberToken, s: { namesOtherWar: boolean }, lang: LangModule): boolean {
  // "official Soviet troop losses in the 1979-89 Afghanistan war were 15,000": named in the clause before.
  if (s.namesOtherWar && lang.otherWarBefore.test(text.slice(Math.max(0, tok.start - OTHER_WAR_WINDOW), tok.start))) return true;
  // A cheap look for the regex's names in a window after the number first.
  const window = text.slice(tok.end, tok.end + OTHER_WAR_WINDOW);
  return lang.otherWarHints.some((h) => window.includes(h)) && sticky(lang.otherWarAfter, text, tok.end);
}

/** How far after a noun "square kilometre" may stand to make its number a density. */
const DENSITY_REACH = 70;

// A slice of a long text is a view, not a copy, and indexOf searches it natively: faster than a loop over its characters.
function densityHinted(text: string, at: number, hint: RegExp): boolean {
  return hint.test(text.slice(at, at + DENSITY_REACH));
}

/** "The casualty rate per square kilometer dropped from 133 in 2024": a density named before the number, in its clause. */
export function densityBefore(text: string, at: number, lang: LangModule): boolean {
  const lead = text.slice(Math.max(0, at - DENSITY_REACH), at);
  return lead.includes(lang.densityBeforeHint) && lang.densityBefore.test(lead);
}

/** "20 troops were killed for every square kilometre captured": a density, looked for only where one of its hints is near. */
export function densityAfter(text: string, at: number, lang: LangModule): boolean {
  if (!densityHinted(text, at, lang.densityAfterHint)) return false;
  lang.densityAfter.lastIndex = at;
  return lang.densityAfter.test(text);
}
