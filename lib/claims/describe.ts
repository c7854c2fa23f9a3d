import type { Metric, NumericValue, Period, Qualifier, Rate } from '../extract/types';
import { wholeMonths, wholeYears } from './normalise';

// Plain-English words for metrics, rates, periods and numbers, shared by the
// popover, the popup and the comparison notes so they read the same everywhere.

const METRIC_WORDS: Record<Metric, string> = {
  killed: 'killed',
  wounded: 'wounded',
  casualties: 'killed and wounded',
  // A source's unqualified "losses" may or may not include the wounded; say so rather than guess.
  losses: 'losses (the source does not say whether wounded are included)',
  recruited: 'recruited',
  mobilized: 'mobilised',
  force_size: 'troops deployed',
  foreign_troops: 'foreign troops',
  net_deficit: 'losses not replaced by recruits',
  ratio: 'a ratio of losses',
  target: 'a target',
  deserted: 'deserted',
  captured: 'captured',
  missing: 'missing',
};

export function describeMetric(metric: Metric): string {
  return METRIC_WORDS[metric];
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "3 February 2025". */
export function formatDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "January 2026", "2025", "1 January 2025 to 3 February 2025". */
export function describePeriod(p: Period): string {
  if (wholeYears(p) === 1) return p.start.slice(0, 4);
  if (wholeMonths(p) === 1) return `${MONTHS[Number(p.start.slice(5, 7)) - 1]} ${p.start.slice(0, 4)}`;
  if (p.start === p.end) return formatDate(p.start);
  return `${formatDate(p.start)} to ${formatDate(p.end)}`;
}

/** A rate in words, as a phrase that follows a number: "a week", "in January 2026", "since 24 February 2022". */
export function describeRate(rate: Rate, period: Period | null): string {
  switch (rate) {
    case 'per_day':
      return 'a day';
    case 'per_week':
      return 'a week';
    case 'per_month':
      return 'a month';
    case 'per_year':
      return 'a year';
    case 'period_total':
      return period ? `in ${describePeriod(period)}` : 'in the period';
    case 'cumulative':
      return period ? `from ${formatDate(period.start)} to ${formatDate(period.end)}` : 'in total';
    case 'none':
      return period ? `as of ${formatDate(period.end)}` : '';
  }
}

/**
 * The unit a per-day rate is restated in for a page figure: "a month",
 * "a week", "in January 2026". Figures that are not rates get "a month
 * (average)", matching `toUnit`'s stand-in.
 */
export function unitLabel(rate: Rate, period: Period | null): string {
  if (rate === 'cumulative' || rate === 'none') return 'a month (average)';
  return describeRate(rate, period);
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Rounds to three significant figures for display of normalised (hence approximate) numbers: 35,428.6 -> 35,400. */
export function roundForDisplay(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  if (Math.abs(n) < 100) return Math.round(n * 10) / 10;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 2);
  return Math.round(n / magnitude) * magnitude;
}

/** "35,000" or "7,000–8,000"; `approx` rounds to three significant figures. */
export function formatRange(v: NumericValue, opts: { approx?: boolean } = {}): string {
  const f = (n: number) =>
    opts.approx ? roundForDisplay(n).toLocaleString('en-GB', { maximumFractionDigits: 1 }) : grouped.format(n);
  const low = f(v.low);
  const high = f(v.high);
  return low === high ? low : `${low}–${high}`;
}

/** A stated figure as a reader would say it: "about 30,000", "7,000–8,000", "more than 1,000". */
export function formatStated(v: NumericValue, qualifier: Qualifier): string {
  const n = formatRange(v);
  return qualifier === 'exact' ? n : `${qualifier} ${n}`;
}
