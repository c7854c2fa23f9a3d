// The UK MoD month-by-month daily averages, one claim per month, from the rows
// of The Economist's "uk mod month-by-month estimates" CSV. Only the daily
// average is the UK MoD's figure; the CSV's month total and running total are
// The Economist's arithmetic on it and are left out.

import type { Claim } from '../../lib/claims/schema';
import type { Claimant } from './spec';
import type { TrackerRow } from './research-types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const isMonthlyAverage = (r: TrackerRow) => r.rate === 'per_day' && /month-by-month/.test(r.url);

/** The running totals the monthly CSV carries (6th cell), to recognise rows that merely repeat them. */
export function trackerCumulativeValues(rows: TrackerRow[]): Set<string> {
  const totals = new Set(rows.filter(isMonthlyAverage).map((r) => r.quote.split(',')[5]));
  return new Set(rows.filter((r) => r.rate === 'cumulative' && r.claimant === 'UK MoD' && totals.has(String(r.value))).map((r) => r.quote));
}

export function monthlyAverageClaims(rows: TrackerRow[], used: Set<string>, claimant: Claimant): Claim[] {
  const out: Claim[] = [];
  rows.forEach((r, i) => {
    if (!isMonthlyAverage(r) || used.has(`econ:${i}`)) return;
    used.add(`econ:${i}`);
    const [month, year] = r.quote.split(',');
    const m = MONTHS.indexOf(month ?? '');
    const label = `${(month ?? '').charAt(0).toUpperCase()}${(month ?? '').slice(1)} ${year}`;
    const value = typeof r.value === 'number' ? r.value : r.value.low;
    const primary = /^https?:\/\/\S+/.exec(r.original_source_url ?? '')?.[0];
    if (m < 0 || !r.period_start || !r.period_end) throw new Error(`tracker row ${i}: not a month row`);
    out.push({
      id: `ukmod-${year}-${String(m + 1).padStart(2, '0')}-casualties-per-day-${value}`,
      value: { low: value, high: value },
      qualifier: r.qualifier,
      metric: 'casualties',
      rate: 'per_day',
      period: { start: r.period_start, end: r.period_end },
      side: r.side,
      claimant,
      sources: [
        {
          outlet: 'The Economist (tracker source data, a secondary compilation)',
          url: r.url,
          date: null,
          ...(primary ? { primaryUrl: primary } : {}),
        },
      ],
      quote: r.quote,
      quoteLanguage: 'csv',
      statementDate: null,
      definitionId: 'ukmod-daily-average-from-general-staff',
      notes: `Daily average of Russian casualties (killed and wounded) in ${label}, from the UK MoD's monthly infographic as compiled in The Economist's tracker (third cell of the CSV line). Derived from Ukrainian General Staff data, so not independent of it.`,
      origin: 'bundled',
    });
  });
  return out;
}
