import type { Metric, Rate } from '../extract/types';
import { tokenize } from './rows';

// The words a reader uses for a claim's rate and metric, indexed with each
// claim so "killed per week" or "monthly recruits" is answered by the index
// itself. A claim's own text rarely says "per week" in those words ("every
// week", "7,000-8,000 soldiers"), and the rate is in its fields, not its quote.
//
// Multi-word phrases ("per week", "killed and wounded") are indexed as one
// term with its space. Quote words never contain a space, so a phrase typed
// in full matches only claims stated at that rate or counting that metric:
// "killed per week" cannot be satisfied by a quote that merely says "week".

const RATE_TERMS: Record<Rate, string[]> = {
  per_day: ['per day', 'a day', 'each day', 'every day', 'daily', 'day'],
  per_week: ['per week', 'a week', 'each week', 'every week', 'weekly', 'week'],
  per_month: ['per month', 'a month', 'each month', 'every month', 'monthly', 'month'],
  per_year: ['per year', 'a year', 'each year', 'every year', 'per annum', 'annual', 'annually', 'yearly', 'year'],
  cumulative: ['cumulative', 'total', 'since', 'in total', 'so far'],
  period_total: ['period total', 'total'],
  none: [],
};

const METRIC_TERMS: Record<Metric, string[]> = {
  killed: ['killed', 'dead', 'deaths', 'fatalities', 'killed in action', 'kia'],
  wounded: ['wounded', 'injured'],
  casualties: ['casualties', 'killed and wounded', 'killed or wounded'],
  losses: ['losses', 'lost'],
  recruited: ['recruited', 'recruits', 'recruitment', 'contracts', 'contract soldiers', 'enlisted'],
  mobilized: ['mobilized', 'mobilised', 'mobilization', 'mobilisation', 'conscripts', 'draft'],
  force_size: ['troops', 'deployed', 'force size'],
  foreign_troops: ['foreign troops', 'foreign fighters', 'foreign'],
  net_deficit: ['deficit', 'net losses', 'not replaced'],
  ratio: ['ratio'],
  target: ['target', 'goal'],
  deserted: ['deserted', 'deserters', 'desertion'],
  captured: ['captured', 'prisoners', 'pows'],
  missing: ['missing', 'missing in action', 'mia'],
};

/** A term as the index holds it: its words normalised as search text is, joined by one space. */
const asTerm = (phrase: string) => tokenize(phrase).join(' ');

const rateTerms = Object.fromEntries(
  Object.entries(RATE_TERMS).map(([r, ts]) => [r, ts.map(asTerm)]),
) as Record<Rate, string[]>;
const metricTerms = Object.fromEntries(
  Object.entries(METRIC_TERMS).map(([m, ts]) => [m, ts.map(asTerm)]),
) as Record<Metric, string[]>;

/** The rate and metric terms a claim is found by, phrases included. */
export function vocabularyTerms(metric: Metric, rate: Rate): string[] {
  return [...rateTerms[rate], ...metricTerms[metric]];
}

/** Every multi-word term, for reading phrases out of a query. */
const PHRASES: ReadonlySet<string> = new Set(
  [...Object.values(rateTerms), ...Object.values(metricTerms)].flat().filter((t) => t.includes(' ')),
);
const LONGEST = Math.max(...[...PHRASES].map((p) => p.split(' ').length));

/**
 * The terms of a query, each to be matched as a prefix of an indexed term:
 * known phrases ("per week", "killed and wounded") become one term, so they
 * match only the claims indexed with them; the rest stay single words. The
 * query's last words may be a phrase still being typed ("per we"), read as
 * that phrase's prefix.
 */
export function queryTerms(text: string): string[] {
  const words = tokenize(text);
  const out: string[] = [];
  let i = 0;
  next: while (i < words.length) {
    for (let len = Math.min(LONGEST, words.length - i); len >= 2; len--) {
      const cand = words.slice(i, i + len).join(' ');
      const atEnd = i + len === words.length;
      if (PHRASES.has(cand) || (atEnd && [...PHRASES].some((p) => p.startsWith(cand)))) {
        out.push(cand);
        i += len;
        continue next;
      }
    }
    out.push(words[i]!);
    i++;
  }
  return [...new Set(out)];
}
