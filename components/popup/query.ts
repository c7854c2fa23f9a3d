import type { Rate } from '../../lib/extract/types';

// The store finds claims by their rate words ("killed per week" matches only
// claims stated per week: lib/store/searchTerms.ts). What is left here is
// telling the reader so: the status line says "stated a week" when the query
// names a rate and every result is stated at it.

const UNITS: [RegExp, Rate][] = [
  [/day|daily/, 'per_day'],
  [/week|weekly/, 'per_week'],
  [/month|monthly/, 'per_month'],
  [/year|yearly|annual|annually/, 'per_year'],
];

const PHRASE =
  /(?:^|\s)(?:(?:per|a|an|each|every)\s+(day|week|month|year)|(daily|weekly|monthly|yearly|annually)|\/\s*(day|week|month|year))(?=\s|$)/i;

/** The rate a query names ("killed per week", "monthly recruits"), if any. */
export function rateInQuery(input: string): Rate | null {
  const m = PHRASE.exec(input);
  if (!m) return null;
  const unit = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  return UNITS.find(([re]) => re.test(unit))?.[1] ?? null;
}

/** The rate to mention in the status: the one the query names, when no result is stated otherwise. */
export function statedRate(input: string, results: readonly { rate: Rate }[]): Rate | null {
  const rate = rateInQuery(input);
  return rate && results.every((c) => c.rate === rate) ? rate : null;
}
