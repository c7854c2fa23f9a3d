import type { Claim } from '../../lib/claims/schema';
import { describeMetric, describeRate, perDayRate, toUnit } from '../../lib/claims/compare';
import { formatDate as formatIsoDate, formatRange, formatStated } from '../../lib/claims/describe';

// How the popup composes the shared words (lib/claims/describe.ts) and rates
// (lib/claims/normalise.ts) into the lines of a result. No arithmetic here.

function join(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join(' ');
}

/** The figure as its source stated it: "about 7,000–8,000 killed a week". */
export function statedFigure(c: Pick<Claim, 'value' | 'qualifier' | 'metric' | 'rate' | 'period'>): string {
  return join(formatStated(c.value, c.qualifier), describeMetric(c.metric), describeRate(c.rate, c.period));
}

/** The figure restated per day and per month (mean month), leaving out the unit it was already stated in. */
export function normalisedFigure(c: Pick<Claim, 'value' | 'rate' | 'period'>): string | null {
  const perDay = perDayRate(c);
  if (!perDay) return null;
  const parts: string[] = [];
  if (c.rate !== 'per_day') parts.push(`${formatRange(perDay, { approx: true })} a day`);
  if (c.rate !== 'per_month') parts.push(`${formatRange(toUnit(perDay, 'per_month', null), { approx: true })} a month`);
  return parts.length ? `≈ ${parts.join(' · ')}` : null;
}

/** A date or ISO timestamp as "3 February 2025". */
export function formatDate(iso: string | null | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatIsoDate(iso.slice(0, 10)) : (iso ?? '');
}

export { formatRange };

export const SIDE_WORDS = { russia: 'Russian side', ukraine: 'Ukrainian side' } as const;
