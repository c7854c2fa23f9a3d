import type { Sentence } from './context';
import type { NumberToken } from './numbers';
import { sticky } from './reject';
import { findQualifier } from './qualifier';
import type { Figure } from './types';

// The first figure of each value in a block, so that a number said again ("the 50,000 kill rate") can be read as
// the figure it repeats.

export interface SaidBefore {
  /** The first figure of each value: singles by value, ranges by "low-high". */
  // Made on the first figure: most blocks of a page have none.
  byValue: Map<number, Figure> | null;
  byRange: Map<string, Figure> | null;
}

// Numbers as keys: turning every number into a string key cost more than the look-up.
export function earlierWith(doc: SaidBefore, low: number, high: number): Figure | undefined {
  return low === high ? doc.byValue?.get(low) : doc.byRange?.get(`${low}-${high}`);
}
export function remember(doc: SaidBefore, fig: Figure): void {
  const { low, high } = fig.value;
  if (low === high) {
    const m = (doc.byValue ??= new Map());
    if (!m.has(low)) m.set(low, fig);
  } else {
    const key = `${low}-${high}`;
    const m = (doc.byRange ??= new Map());
    if (!m.has(key)) m.set(key, fig);
  }
}

/**
 * "so if the 75,000 figure is accurate, that's half the total deployed forces": a figure said before, named again by
 * a word for a figure right after it, is that figure again, whatever the words around it count.
 */
export function namedAgain(earlier: Figure, text: string, tok: NumberToken, s: Sentence): Figure | null {
  const re = s.lang.figureNounAfter;
  re.lastIndex = tok.end;
  // "these 18,000 individuals are those whose names are known": the count said before, pointed back to.
  if (!re.test(text) && !sticky(s.lang.thesePointerBefore, text, tok.start)) return null;
  return {
    ...earlier,
    start: tok.start,
    end: tok.end,
    text: text.slice(tok.start, tok.end),
    period: earlier.period && { ...earlier.period },
    sentence: s.body,
  };
}

/**
 * "“hundreds” of Russian soldiers had been captured ..., while a colonel has claimed that the number may be as high as
 * 2,000": the count its sentence named just before, at another value; it keeps that count's meaning, not the words
 * around the new value (the colonel's nation).
 */
export function sameCountAgain(prev: Figure, text: string, tok: NumberToken, s: Sentence): Figure | null {
  if (prev.start < s.start || !sticky(s.lang.numberAnaphorBefore, text, tok.start)) return null;
  // Not a count moved to a time of its own: "1,083 ... in 2021, while the number rose to 1,379 in 2022".
  if (s.periods.some((p) => p.start >= tok.end)) return null;
  return {
    ...prev,
    start: tok.start,
    end: tok.end,
    text: text.slice(tok.start, tok.end),
    value: { low: tok.low, high: tok.high },
    // Read only here: most numbers after a figure name no count again.
    qualifier: findQualifier(text, tok, s.lang).qualifier,
    period: prev.period && { ...prev.period },
    sentence: s.body,
  };
}
