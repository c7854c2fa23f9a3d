import { claimDate, effectivePeriod, isStockRate, metricFamily } from '../claims/compare';
import type { Claim } from '../claims/schema';
import type { Side } from '../extract/types';

// A claim as stored: the Claim itself plus fields derived for the indexes.
// Derived fields are recomputed from the claim, never edited by hand.

export type SideKey = Side | 'none';

export interface ClaimRow extends Claim {
  family: string;
  sideKey: SideKey;
  /** For rates the (possibly inferred) period; for totals and levels the date they stand at. '' when unknown. */
  periodStart: string;
  periodEnd: string;
  /** The date to sort by, newest first: statement date, else first source's date, else period end. */
  sortDate: string;
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

export function toRow(claim: Claim): ClaimRow {
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
    sideKey: sideKey(claim.side),
    periodStart,
    periodEnd,
    sortDate: date ?? claim.period?.end ?? '',
  };
}
