import { describe, expect, it } from 'vitest';
import { compareFigure, nameWords, namesClaimant } from '../../lib/claims/compare';
import { ClaimSchema, type Definition } from '../../lib/claims/schema';
import type { Figure } from '../../lib/extract/types';
import { testClaims, testDefinitions } from '../store/fixtures';

// The page's figure found in the dataset as the very statement it reports:
// ranked first and labelled 'same_statement', never as a second source.

const claims = testClaims.map((c) => ClaimSchema.parse(c));
const defs = new Map<string, Definition>(testDefinitions.map((d) => [d.id, d]));
const JAN_2026 = { start: '2026-01-01', end: '2026-01-31' };
const DEC_2025 = { start: '2025-12-01', end: '2025-12-31' };

function figure(over: Partial<Figure>): Figure {
  return {
    start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact',
    metric: 'killed', rate: 'period_total', period: JAN_2026, side: 'russia', claimant: null, sentence: '',
    ...over,
  };
}

const relationOf = (f: Figure, id: string, published?: string) =>
  compareFigure(f, claims, defs, { published }).find((c) => c.claim.id === id)?.relation;

describe('same_statement', () => {
  it("recognises Zelenskiy's 30,000 killed in January as his own statement and ranks it first", () => {
    const f = figure({ claimant: 'Ukrainian President Volodymyr Zelenskiy' });
    const r = compareFigure(f, claims, defs);
    expect(r[0]?.claim.id).toBe('zelensky-2026-01-kia');
    expect(r[0]?.relation).toBe('same_statement');
    expect(r[0]?.inPageUnit?.low).toBeCloseTo(30000, 6); // 30,000 over January's 31 days, restated for January
    expect(r[0]?.definition?.id).toBe('def-zelensky-kia');
    // Everything else is still another source.
    expect(r.slice(1).map((c) => c.relation)).not.toContain('same_statement');
    expect(r.map((c) => c.claim.id)).toContain('rubio-2026-02-weekly');
  });

  it('ranks it above a claim that would otherwise come first', () => {
    // Fedorov's 35,000 in December, as the extractor reads seed 003; Western officials' 35,000 casualties is another source.
    const f = figure({ value: { low: 35000, high: 35000 }, period: DEC_2025, claimant: 'Ukrainian Defence Minister Mykhailo Fedorov' });
    const r = compareFigure(f, claims, defs);
    expect(r[0]?.claim.id).toBe('fedorov-2025-12-killed');
    expect(r[0]?.relation).toBe('same_statement');
    expect(r.find((c) => c.claim.id === 'west-2025-12-month')?.relation).toBe('same_period_same_family');
  });

  it('is not chosen without a claimant, for another claimant, another value or another period', () => {
    expect(relationOf(figure({}), 'zelensky-2026-01-kia')).toBe('same_period_same_metric');
    expect(relationOf(figure({ claimant: 'Marco Rubio' }), 'zelensky-2026-01-kia')).toBe('same_period_same_metric');
    expect(relationOf(figure({ claimant: 'Zelenskiy', value: { low: 30000, high: 31000 } }), 'zelensky-2026-01-kia')).toBe(
      'same_period_same_metric',
    );
    // February against his January figure: adjacent, so comparable, but not his statement.
    expect(relationOf(figure({ claimant: 'Zelenskiy', period: { start: '2026-02-01', end: '2026-02-28' } }), 'zelensky-2026-01-kia')).toBe(
      'nearby_period',
    );
  });

  it('needs the same metric family: killed is not casualties, losses is', () => {
    const dec = { value: { low: 35000, high: 35000 }, period: DEC_2025, claimant: 'Western officials' };
    expect(relationOf(figure({ ...dec, metric: 'casualties' }), 'west-2025-12-month')).toBe('same_statement');
    expect(relationOf(figure({ ...dec, metric: 'losses' }), 'west-2025-12-month')).toBe('same_statement');
    expect(relationOf(figure({ ...dec, metric: 'killed' }), 'west-2025-12-month')).toBe('same_period_same_family');
  });

  it('matches when neither the figure nor the claim states a period (Rubio: 7,000-8,000 a week)', () => {
    const f = figure({ value: { low: 7000, high: 8000 }, rate: 'per_week', period: null, claimant: 'Marco Rubio' });
    expect(relationOf(f, 'rubio-2026-02-weekly', '2026-02-14')).toBe('same_statement');
    expect(relationOf({ ...f, period: { start: '2026-02-08', end: '2026-02-14' } }, 'rubio-2026-02-weekly', '2026-02-14')).toBe('nearby_period');
  });

  it('reads a running total as a total, and folds -iy/-yy/-y spellings and case in surnames', () => {
    const f = figure({
      value: { low: 43000, high: 43000 }, rate: 'cumulative', side: 'ukraine',
      period: { start: '2022-02-24', end: '2024-12-08' }, claimant: 'ZELENSKY',
    });
    const [top] = compareFigure(f, claims, defs);
    expect(top?.claim.id).toBe('zelenskyy-2024-12-ua-kia');
    expect(top?.relation).toBe('same_statement');
    expect(top?.inPageUnit).toEqual({ low: 43000, high: 43000 });
    expect(top?.pageUnitLabel).toBe('in total by 8 December 2024');
  });
});

describe('namesClaimant', () => {
  const names = (figure: string, claim: string) => namesClaimant(nameWords(figure), nameWords(claim));
  it('compares surnames case-insensitively and across transliterations', () => {
    expect(names('fedorov', 'Mykhailo Fedorov')).toBe(true);
    expect(names("Ukraine's President Zelenskyy", 'Volodymyr Zelensky')).toBe(true);
    expect(names('Zelenskiy', 'Volodymyr Zelenskyi')).toBe(true);
    expect(names('Western', 'Western officials')).toBe(true);
    expect(names('Mykhailo Podolyak', 'Mykhailo Fedorov')).toBe(false);
    expect(names('Healey', 'Marco Rubio')).toBe(false);
    expect(names('', 'Marco Rubio')).toBe(false);
  });
});
