import { CONTEXT_CHARS, type TextPositionSelector, type TextQuoteSelector } from './model';

// W3C Web Annotation selectors for a span of a block's text. The quote selector
// finds the span again after the page changes; the position selector is the
// fast path and the tie-breaker when the quote occurs more than once.

export interface QuoteDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function describeQuote(text: string, start: number, end: number): QuoteDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeQuote: [${start}, ${end}) is not a non-empty span of a ${text.length}-character text`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_CHARS);
  let suffixEnd = Math.min(text.length, end + CONTEXT_CHARS);
  // A context cut through the middle of an emoji or other astral character
  // would export a lone surrogate, which is not valid Unicode in JSON-LD or CSV.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
