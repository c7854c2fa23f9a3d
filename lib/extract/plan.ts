import type { FoundPeriod, LangModule } from './lang/types';

// What a plan or an order is for lies ahead of its date: "a decree calling for the enlistment of 135,000 ... from
// October through December", read in late September, is this year's October to December, not last year's.

/** A month, day or season without a year, from the publication's month on: only its reading as past or ahead differs. */
function yearlessAhead(p: FoundPeriod, publishedMonth: number): boolean {
  const e = p.expr;
  if (e.kind === 'month') return e.year === undefined && e.yearOffset === undefined && e.month >= publishedMonth;
  if (e.kind === 'date') return e.year === undefined && e.month >= publishedMonth;
  return e.kind === 'season' && e.year === undefined;
}

/**
 * "A decree calling for the enlistment of 135,000 ... from October through December", "will call up 160,000 men in
 * November": what a plan or order is for lies ahead. Looked for only where a month or day without a year could say when.
 */
export function plannedAhead(text: string, periods: FoundPeriod[], sentenceStart: number, numberStart: number, published: string, lang: LangModule): boolean {
  const month = (published.charCodeAt(5) - 48) * 10 + published.charCodeAt(6) - 48;
  if (!periods.some((p) => yearlessAhead(p, month))) return false;
  return lang.plannedAhead.test(text.slice(sentenceStart, numberStart));
}
