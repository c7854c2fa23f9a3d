import { describe, expect, it } from 'vitest';
import { ClaimSchema, isoDate } from '../../lib/claims/schema';

describe('claim schema', () => {
  it('rejects dates that are not on the calendar', () => {
    expect(isoDate.safeParse('2025-02-30').success).toBe(false);
    expect(isoDate.safeParse('2025-02-28').success).toBe(true);
  });
  it('rejects a claim whose range runs backwards, naming the field', () => {
    const r = ClaimSchema.safeParse({
      id: 'x', value: { low: 8000, high: 7000 }, qualifier: 'exact', metric: 'killed', rate: 'per_week',
      period: null, side: 'russia', claimant: { name: 'A' },
      sources: [{ outlet: 'O', url: 'https://example.org/a', date: '2026-02-14' }],
      quote: '7,000-8,000', quoteLanguage: 'en', statementDate: '2026-02-14', definitionId: null,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['value', 'high']);
  });
});
