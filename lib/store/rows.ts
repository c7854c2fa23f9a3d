import {
  claimDate,
  comparabilityGroup,
  effectivePeriod,
  isStockRate,
  metricFamily,
} from '../claims/compare';
import { describeMetric } from '../claims/describe';
import { daysInPeriod } from '../claims/normalise';
import type { Claim, Definition } from '../claims/schema';
import type { Rate, Side } from '../extract/types';

// A claim as stored: the Claim itself plus fields derived for the indexes.
// Derived fields are recomputed from the claim, never edited by hand.

export type SideKey = Side | 'none';

export interface ClaimRow extends Claim {
  family: string;
  /** `${comparabilityGroup}:${'rate' | 'stock'}` */
  groupKey: string;
  sideKey: SideKey;
  /** For rates the (possibly inferred) period; for totals and levels the date they stand at. '' when unknown. */
  periodStart: string;
  periodEnd: string;
  /** The date to sort by, newest first: statement date, else first source's date, else period end. */
  sortDate: string;
  /** Search words: lower case, no diacritics, digits without separators. */
  terms: string[];
}

export function groupKey(metric: Claim['metric'], rate: Rate): string {
  return `${comparabilityGroup(metric)}:${isStockRate(rate) ? 'stock' : 'rate'}`;
}

export function sideKey(side: Side | null): SideKey {
  return side ?? 'none';
}

/** Lower case, diacritics stripped, and "35,000" or "35 000" joined into "35000" so numbers match however written. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.\u00a0\u202f ](?=\d{3}\b)/g, '$1');
}

export function tokenize(s: string): string[] {
  return normaliseText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function searchTerms(claim: Claim, definition: Definition | undefined): string[] {
  const parts = [
    claim.claimant.name,
    claim.claimant.role ?? '',
    ...claim.sources.flatMap((s) => [s.outlet, s.title ?? '']),
    claim.quote,
    claim.metric.replace(/_/g, ' '),
    describeMetric(claim.metric),
    definition ? `${definition.term} ${definition.counts}` : '',
  ];
  const words = new Set<string>();
  for (const p of parts) for (const t of tokenize(p)) if (t.length >= 2 || /\d/.test(t)) words.add(t);
  return [...words];
}

export function toRow(claim: Claim, definition?: Definition): ClaimRow {
  const stock = isStockRate(claim.rate);
  const date = claimDate(claim);
  let periodStart = '';
  let periodEnd = '';
  if (stock) {
    periodEnd = claim.period?.end ?? date ?? '';
    periodStart = claim.period?.start ?? periodEnd;
  } else {
    const p = effectivePeriod(claim);
    if (p) ({ start: periodStart, end: periodEnd } = p);
  }
  return {
    ...claim,
    family: metricFamily(claim.metric),
    groupKey: groupKey(claim.metric, claim.rate),
    sideKey: sideKey(claim.side),
    periodStart,
    periodEnd,
    sortDate: date ?? claim.period?.end ?? '',
    terms: searchTerms(claim, definition),
  };
}

/** The longest stated period among rate claims, in days (bounds the comparison range query). */
export function rateSpanDays(claim: Claim): number {
  if (isStockRate(claim.rate) || !claim.period) return 0;
  return daysInPeriod(claim.period);
}
