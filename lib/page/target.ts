import { describeQuote } from '../annotate/selectors';
import { textOffsetIn } from './ranges';

// The annotation target for a figure's range: a text quote and a position in
// document.body.textContent, which is how the page is read again to re-anchor.

export interface PageTarget {
  url: string;
  title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function targetFor(doc: Document, range: Range): PageTarget | null {
  const body = doc.body;
  if (!body || !body.contains(range.startContainer)) return null;
  const text = body.textContent ?? '';
  const start = textOffsetIn(body, range.startContainer, range.startOffset);
  const end = start + range.toString().length;
  if (end <= start || end > text.length) return null;
  const { quote, position } = describeQuote(text, start, end);
  return {
    url: doc.location.href,
    title: doc.title.slice(0, 1000),
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
  };
}
