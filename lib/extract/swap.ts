import type { Sentence } from './context';
import type { NumberToken } from './numbers';

// Prisoner swaps given as one number for each side: "a 160-for-160 swap", "put the swap at roughly 160 for 160".

/**
 * Whether the number is the first or the second of an N-for-N pair in a sentence about a swap. The first counts the
 * prisoners each side handed over (captured, both sides); the second only repeats it.
 */
export function swapPairAt(text: string, tok: NumberToken, s: Sentence): 'first' | 'second' | null {
  const lang = s.lang;
  // The pair's shape first (cheap, sticky at the number); the sentence's swap word only then.
  lang.forPairAfter.lastIndex = tok.end;
  let at: 'first' | 'second' | null = lang.forPairAfter.test(text) ? 'first' : null;
  if (!at) {
    lang.forPairBefore.lastIndex = tok.start;
    if (lang.forPairBefore.test(text)) at = 'second';
  }
  return at && lang.swapWord.test(s.body) ? at : null;
}
