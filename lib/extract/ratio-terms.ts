import type { Sentence } from './context';
import type { NumberToken } from './numbers';

// A ratio said in words: "for one dead Ukrainian soldier there are 8 eliminated Russians", "one Ukrainian for eight
// Russians". Its terms count no one; "1 to 8 military casualties" beside them is the ratio itself.

/**
 * Whether the number is a term of a ratio said in words: 'term' counts no one; 'ratio' is the ratio itself, when the
 * sentence says it only in words ("for every soldier killed, there are about three to four wounded": 3-4 to 1).
 */
export function ratioTerm(text: string, tok: NumberToken, s: Sentence): 'term' | 'ratio' | null {
  const lang = s.lang;
  // The number's own surroundings first (sticky, at the number); the sentence-wide check only when they fit.
  lang.ratioTermBefore.lastIndex = tok.start;
  const before = lang.ratioTermBefore.test(text);
  let term = before;
  if (!term && tok.high === 1) {
    lang.ratioTermAfter.lastIndex = tok.end;
    term = lang.ratioTermAfter.test(text);
  }
  if (!term || !s.saysRatioInWords) return null;
  const ratio = before && tok.high > 1 && lang.ratioThereAre.test(text.slice(Math.max(s.start, tok.start - 40), tok.start)) && !lang.ratioInDigits.test(s.body);
  return ratio ? 'ratio' : 'term';
}

/**
 * "ended with 1 to 8 military casualties, one Ukrainian for eight Russians", "the average ratio had been 1 to 7": a
 * range from 1, beside a ratio in words or the word itself, is that ratio; the token is rewritten to it (8 to 1).
 * "a ratio of 1 to 6 or 7", "1 to 20–25": the second term given as a range takes in its upper end.
 */
export function readRatioRange(text: string, tok: NumberToken, s: Sentence): boolean {
  if (!(tok.isRange && tok.low === 1 && tok.high > 1 && (s.saysRatioInWords || s.cues.some((c) => c.value === 'ratio' && c.end <= tok.start)))) {
    return false;
  }
  tok.low = tok.high;
  const upper = s.lang.ratioUpperAfter;
  upper.lastIndex = tok.end;
  const m = upper.exec(text);
  if (m && Number(m[1]) > tok.high) {
    tok.high = Number(m[1]);
    tok.end += m[0].length;
  }
  return true;
}
