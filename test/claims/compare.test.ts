import { describe, expect, it } from 'vitest';
import {
  compareFigure,
  definitionNote,
  isComparable,
  metricFamily,
  perDayRate,
  toUnit,
  unitLabel,
} from '../../lib/claims/compare';
import { describeMetric, describeRate, formatRange } from '../../lib/claims/describe';
import { ClaimSchema, type Definition } from '../../lib/claims/schema';
import type { Figure } from '../../lib/extract/types';
import { testClaims, testDefinitions } from '../store/fixtures';

const claims = testClaims.map((c) => ClaimSchema.parse(c));
const defs = new Map<string, Definition>(testDefinitions.map((d) => [d.id, d]));
const JAN_2026 = { start: '2026-01-01', end: '2026-01-31' };

function figure(over: Partial<Figure>): Figure {
  return {
    start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact',
    metric: 'killed', rate: 'period_total', period: JAN_2026, side: 'russia', claimant: null, sentence: '',
    ...over,
  };
}

describe('perDayRate', () => {
  it('divides a weekly figure by 7', () => {
    expect(perDayRate({ value: { low: 7000, high: 8000 }, rate: 'per_week', period: null })).toEqual({ low: 1000, high: 8000 / 7 });
  });
  it('divides a monthly figure by the days in that month', () => {
    expect(perDayRate({ value: { low: 31000, high: 31000 }, rate: 'per_month', period: JAN_2026 })?.low).toBe(1000);
    // February 2024 had 29 days, February 2025 had 28.
    expect(perDayRate({ value: { low: 29000, high: 29000 }, rate: 'per_month', period: { start: '2024-02-01', end: '2024-02-29' } })?.low).toBe(1000);
    expect(perDayRate({ value: { low: 28000, high: 28000 }, rate: 'per_month', period: { start: '2025-02-01', end: '2025-02-28' } })?.low).toBe(1000);
  });
  it('averages month length over several whole months ("40,000 a month since October")', () => {
    // Oct 2024 - Jan 2025: 31 + 30 + 31 + 31 = 123 days over 4 months.
    const r = perDayRate({ value: { low: 40000, high: 40000 }, rate: 'per_month', period: { start: '2024-10-01', end: '2025-01-31' } });
    expect(r?.low).toBeCloseTo(40000 / (123 / 4), 9);
  });
  it('divides a yearly figure by the days in that year', () => {
    expect(perDayRate({ value: { low: 36600, high: 36600 }, rate: 'per_year', period: { start: '2024-01-01', end: '2024-12-31' } })?.low).toBe(100);
    expect(perDayRate({ value: { low: 36500, high: 36500 }, rate: 'per_year', period: { start: '2025-01-01', end: '2025-12-31' } })?.low).toBe(100);
  });
  it('divides a period total by the days in the period, both ends included', () => {
    expect(perDayRate({ value: { low: 35000, high: 35000 }, rate: 'period_total', period: { start: '2025-12-01', end: '2025-12-31' } })?.low).toBeCloseTo(35000 / 31, 9);
    expect(perDayRate({ value: { low: 50000, high: 50000 }, rate: 'period_total', period: { start: '2025-01-01', end: '2025-02-03' } })?.low).toBeCloseTo(50000 / 34, 9);
  });
  it('gives no rate for cumulative totals, levels, or a period total without its period', () => {
    expect(perDayRate({ value: { low: 1, high: 1 }, rate: 'cumulative', period: { start: '2022-02-24', end: '2025-12-31' } })).toBeNull();
    expect(perDayRate({ value: { low: 1, high: 1 }, rate: 'none', period: null })).toBeNull();
    expect(perDayRate({ value: { low: 1, high: 1 }, rate: 'period_total', period: null })).toBeNull();
  });
});

describe('toUnit and unitLabel', () => {
  it('restates a per-day rate in the page figure\'s own unit', () => {
    expect(toUnit({ low: 1000, high: 1000 }, 'period_total', JAN_2026)).toEqual({ low: 31000, high: 31000 });
    expect(toUnit({ low: 1000, high: 2000 }, 'per_week', null)).toEqual({ low: 7000, high: 14000 });
    expect(toUnit({ low: 100, high: 100 }, 'per_year', { start: '2024-01-01', end: '2024-12-31' })).toEqual({ low: 36600, high: 36600 });
    expect(unitLabel('period_total', JAN_2026)).toBe('in January 2026');
    expect(unitLabel('period_total', { start: '2025-01-01', end: '2025-12-31' })).toBe('in 2025');
    expect(unitLabel('per_month', null)).toBe('a month');
    expect(unitLabel('per_week', null)).toBe('a week');
  });
});

describe('metric families and comparability', () => {
  it('groups casualties, losses and wounded; recruited with mobilised; force size with foreign troops', () => {
    expect(metricFamily('losses')).toBe(metricFamily('casualties'));
    expect(metricFamily('wounded')).toBe(metricFamily('casualties'));
    expect(metricFamily('killed')).not.toBe(metricFamily('casualties'));
    expect(metricFamily('mobilized')).toBe(metricFamily('recruited'));
    expect(metricFamily('foreign_troops')).toBe(metricFamily('force_size'));
  });
  const byId = (id: string) => claims.find((c) => c.id === id)!;
  it('does not set recruits, the other side, or periods a year away beside a killed figure', () => {
    const page = figure({});
    expect(isComparable(page, byId('havryliuk-2024-recruits'))).toBe(false);
    expect(isComparable(page, byId('zelenskyy-2024-12-ua-kia'))).toBe(false);
    expect(isComparable(page, byId('fedorov-2026-summer-target'))).toBe(false);
    expect(isComparable(figure({ period: { start: '2024-01-01', end: '2024-01-31' } }), byId('fedorov-2025-12-killed'))).toBe(false);
  });
  it('accepts a claim whose side is unknown, and the adjacent month', () => {
    const noSide = { ...byId('fedorov-2025-12-killed'), side: null };
    expect(isComparable(figure({}), noSide)).toBe(true);
  });
  it('compares cumulative totals only with totals, at their end dates', () => {
    const total = figure({ value: { low: 1200000, high: 1200000 }, metric: 'casualties', rate: 'cumulative', period: { start: '2022-02-24', end: '2026-02-14' } });
    const r = compareFigure(total, claims, defs);
    expect(r.map((c) => c.claim.id)).toEqual(['west-cumulative-2025']);
    expect(r[0]).toMatchObject({ relation: 'cumulative_total', perDay: null, inPageUnit: { low: 1200000, high: 1200000 }, pageUnitLabel: 'in total by 31 December 2025' });
  });
});

describe('the seed table: "30,000 killed in January 2026" (Zelenskiy)', () => {
  const page = figure({});
  const results = compareFigure(page, claims, defs, { limit: 8 });
  const find = (id: string) => results.find((c) => c.claim.id === id);

  it('puts the same statement first, as the same period and metric', () => {
    expect(results[0]?.claim.id).toBe('zelensky-2026-01-kia');
    expect(results[0]?.relation).toBe('same_period_same_metric');
  });
  it('shows Rubio\'s 7,000-8,000 a week as 31,000-35,429 for the 31 days of January', () => {
    const rubio = find('rubio-2026-02-weekly');
    expect(rubio).toBeDefined();
    // 7000 / 7 * 31 = 31,000 and 8000 / 7 * 31 = 35,428.57...
    expect(rubio!.inPageUnit!.low).toBeCloseTo(31000, 6);
    expect(rubio!.inPageUnit!.high).toBeCloseTo(35428.5714, 3);
    expect(rubio!.pageUnitLabel).toBe('in January 2026');
    expect(formatRange(rubio!.inPageUnit!, { approx: true })).toBe('31,000–35,400');
    expect(rubio!.definition?.id).toBe('def-rubio-dead');
    expect(results.indexOf(rubio!)).toBeLessThan(4);
  });
  it('includes both December 2025 figures, each with its definition', () => {
    const fedorov = find('fedorov-2025-12-killed');
    const west = find('west-2025-12-month');
    expect(fedorov?.definition?.counts).toBe('Troops killed, verified on drone video');
    expect(west?.definition?.counts).toBe('Killed and wounded.');
    // 35,000 over December's 31 days, restated over January's 31 days.
    expect(fedorov?.inPageUnit?.low).toBeCloseTo(35000, 6);
    expect(fedorov?.relation).toBe('nearby_period');
  });
  it('says in words that the Western officials\' casualties count something else, and nothing for Fedorov', () => {
    expect(find('west-2025-12-month')?.definitionNote).toBe(
      "Definitions differ: the figure from Western officials counts killed and wounded; the page's figure counts killed.",
    );
    expect(find('fedorov-2025-12-killed')?.definitionNote).toBeNull();
  });
  it('ranks killed figures of the neighbouring month above casualty figures of the same month', () => {
    const pos = (id: string) => results.findIndex((c) => c.claim.id === id);
    expect(pos('fedorov-2025-12-killed')).toBeLessThan(pos('west-2025-12-month'));
    expect(pos('fedorov-2025-12-killed')).toBeGreaterThan(0);
  });
  it('leaves out recruits, Ukrainian losses, targets and totals', () => {
    const ids = compareFigure(page, claims, defs).map((c) => c.claim.id);
    for (const id of ['havryliuk-2024-recruits', 'zelenskyy-2024-12-ua-kia', 'fedorov-2026-summer-target', 'west-cumulative-2025']) {
      expect(ids).not.toContain(id);
    }
  });
});

describe('figures without a period', () => {
  it('places a page rate with no period at its publication date', () => {
    const weekly = figure({ value: { low: 7000, high: 8000 }, rate: 'per_week', period: null });
    const ids = compareFigure(weekly, claims, defs, { published: '2026-02-14' }).map((c) => c.claim.id);
    expect(ids).toContain('rubio-2026-02-weekly');
    expect(ids).toContain('zelensky-2026-01-kia');
    // Published in 2023, nothing from 2025-26 is nearby.
    expect(compareFigure(weekly, claims, defs, { published: '2023-09-03' })).toEqual([]);
  });
  it('shows a monthly total per week when the page speaks per week', () => {
    const weekly = figure({ value: { low: 7000, high: 8000 }, rate: 'per_week', period: null });
    const z = compareFigure(weekly, claims, defs, { published: '2026-02-14' }).find((c) => c.claim.id === 'zelensky-2026-01-kia');
    expect(z?.inPageUnit?.low).toBeCloseTo((30000 / 31) * 7, 6);
    expect(z?.pageUnitLabel).toBe('a week');
  });
});

describe('words', () => {
  it('describes metrics and rates plainly', () => {
    expect(describeMetric('casualties')).toBe('killed and wounded');
    expect(describeRate('per_week', null)).toBe('a week');
    expect(describeRate('period_total', { start: '2025-12-01', end: '2025-12-31' })).toBe('in December 2025');
    expect(describeRate('cumulative', { start: '2022-02-24', end: '2025-12-31' })).toBe('from 24 February 2022 to 31 December 2025');
  });
  it('writes no note when both count the same thing, and names metrics in plain words', () => {
    const claim = claims.find((c) => c.id === 'genstaff-2026-01-17')!;
    expect(definitionNote({ metric: 'losses' }, claim)).toBeNull();
    expect(definitionNote({ metric: 'killed' }, claim)).toBe(
      "Definitions differ: the figure from General Staff of the Armed Forces of Ukraine counts losses (the source does not say whether wounded are included); the page's figure counts killed.",
    );
  });
});
