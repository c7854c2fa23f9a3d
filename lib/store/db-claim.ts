import type { Claim } from '../claims/schema';
import type { ClaimRow } from './rows';

/** Strips the store's derived fields, giving back the Claim as the dataset states it. */
export function toClaim(row: ClaimRow): Claim {
  const { family: _f, sideKey: _s, periodStart: _ps, periodEnd: _pe, sortDate: _d, ...claim } = row;
  return claim;
}
