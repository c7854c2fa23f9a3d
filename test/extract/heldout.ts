import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/extract/types';
import { SHARED } from './gold-score';

// Real sentences from other articles (research/claims), never used to tune
// the extractor: does it find the figure each claim was taken from?

interface RawClaim {
  id: string;
  value: number | { low: number; high: number };
  quote: string;
  quote_language: string;
  statement_date?: string;
  statement_date_approx?: string;
}

export interface HeldOutResult {
  total: number;
  found: number;
  misses: { id: string; quote: string; value: RawClaim['value']; got: Figure[] }[];
}

function published(c: RawClaim): string {
  const d = c.statement_date ?? c.statement_date_approx ?? '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(d);
  if (m) return m[0];
  const y = /^(\d{4})(?:-(\d{2}))?/.exec(d);
  return y ? `${y[1]}-${y[2] ?? '12'}-28` : '2026-01-01';
}

export function heldOut(): HeldOutResult {
  const claims: RawClaim[] = ['claims_candidates.json', 'claims_additional.json'].flatMap(
    (f) => JSON.parse(readFileSync(join(SHARED, 'research', 'claims', f), 'utf8')) as RawClaim[],
  );
  const english = claims.filter((c) => c.quote_language === 'en' && c.quote && c.value !== null && c.value !== undefined);
  const misses: HeldOutResult['misses'] = [];
  for (const c of english) {
    const want = typeof c.value === 'number' ? { low: c.value, high: c.value } : c.value;
    const got = extractFigures(c.quote, { published: published(c), lang: 'en' });
    if (!got.some((f) => f.value.low === want.low && f.value.high === want.high)) {
      misses.push({ id: c.id, quote: c.quote, value: c.value, got });
    }
  }
  return { total: english.length, found: english.length - misses.length, misses };
}
