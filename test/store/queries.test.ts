import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allDefinitions, comparableClaims, getDefinition, searchClaims } from '../../lib/store/queries';
import type { Figure } from '../../lib/extract/types';
import { seededDb } from './helpers';

const page: Figure = {
  start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact', metric: 'killed',
  rate: 'period_total', period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia', claimant: null, sentence: '',
};

describe('comparableClaims', () => {
  it('answers the seed-table figure with Rubio restated for January and both December figures with definitions', async () => {
    const db = await seededDb();
    const r = await comparableClaims(page, 8, { db });
    const ids = r.map((c) => c.claim.id);
    expect(ids[0]).toBe('zelensky-2026-01-kia');
    expect(ids).toContain('rubio-2026-02-weekly');
    expect(ids).toContain('fedorov-2025-12-killed');
    expect(ids).toContain('west-2025-12-month');
    expect(ids).not.toContain('havryliuk-2024-recruits');
    const rubio = r.find((c) => c.claim.id === 'rubio-2026-02-weekly')!;
    expect(rubio.inPageUnit!.low).toBeCloseTo(31000, 6);
    expect(rubio.inPageUnit!.high).toBeCloseTo((8000 / 7) * 31, 6);
    expect(r.find((c) => c.claim.id === 'west-2025-12-month')?.definition?.id).toBe('def-west-casualties');
    // Claims come back without the store's index fields.
    expect(Object.keys(rubio.claim)).not.toContain('terms');
  });
  it('respects the limit and returns the same ranking as the pure engine', async () => {
    const db = await seededDb();
    const r = await comparableClaims(page, 2, { db });
    expect(r.map((c) => c.claim.id)).toEqual(['zelensky-2026-01-kia', 'rubio-2026-02-weekly']);
  });
  it('finds Ukrainian totals for a Ukrainian total and nothing for a period far from any claim', async () => {
    const db = await seededDb();
    const ua = await comparableClaims({ ...page, side: 'ukraine', rate: 'cumulative', value: { low: 45000, high: 45000 }, period: { start: '2022-02-24', end: '2025-02-01' } }, 8, { db });
    expect(ua.map((c) => c.claim.id)).toEqual(['zelenskyy-2024-12-ua-kia']);
    expect(await comparableClaims({ ...page, period: { start: '2023-03-01', end: '2023-03-31' } }, 8, { db })).toEqual([]);
  });
  it('recognises the page figure\'s own statement through the summary and ranks it first', async () => {
    const db = await seededDb();
    const fedorov = { ...page, value: { low: 35000, high: 35000 }, period: { start: '2025-12-01', end: '2025-12-31' }, claimant: 'Mykhailo Fedorov' };
    const r = await comparableClaims(fedorov, 8, { db });
    expect(r[0]?.claim.id).toBe('fedorov-2025-12-killed');
    expect(r[0]?.relation).toBe('same_statement');
    expect(r.filter((c) => c.relation === 'same_statement')).toHaveLength(1);
    // Without a claimant it is a same-period comparison, as before.
    expect((await comparableClaims({ ...fedorov, claimant: null }, 8, { db }))[0]?.relation).toBe('same_period_same_metric');
  });
  it('places a figure without a period at the page\'s publication date', async () => {
    const db = await seededDb();
    const weekly = { ...page, rate: 'per_week' as const, period: null, value: { low: 7000, high: 8000 } };
    const ids = (await comparableClaims(weekly, 8, { db, published: '2026-02-14' })).map((c) => c.claim.id);
    expect(ids).toContain('rubio-2026-02-weekly');
    expect(await comparableClaims(weekly, 8, { db, published: '2024-06-01' })).toEqual([]);
  });
});

describe('searchClaims', () => {
  it('finds claims by claimant, outlet, quote words, metric and definition terms', async () => {
    const db = await seededDb();
    const ids = async (q: string, f = {}) => (await searchClaims(q, f, 50, { db })).map((c) => c.id);
    // Newest first: the summer target was reported on 14 February, the December count on 30 January.
    expect(await ids('Fedorov')).toEqual(['fedorov-2026-summer-target', 'fedorov-2025-12-killed']);
    expect(await ids('fedo')).toHaveLength(2); // while typing
    expect(await ids('kyiv post')).toEqual(['rubio-2026-02-weekly']);
    expect(await ids('drone video')).toEqual(['fedorov-2025-12-killed']); // definition words
    expect(await ids('recruited')).toEqual(['havryliuk-2024-recruits']);
    expect(await ids('35,000')).toEqual(expect.arrayContaining(['fedorov-2025-12-killed', 'west-2025-12-month']));
    expect(await ids('Генштабу')).toEqual(['genstaff-2026-01-17']);
    expect(await ids('nobody-said-this')).toEqual([]);
  });
  it('filters by metric, side and date range, newest first', async () => {
    const db = await seededDb();
    const ids = async (q: string, f = {}) => (await searchClaims(q, f, 50, { db })).map((c) => c.id);
    expect(await ids('fedorov', { metric: 'killed' })).toEqual(['fedorov-2025-12-killed']);
    expect(await ids('zelenskyy', { side: 'ukraine' })).toEqual(['zelenskyy-2024-12-ua-kia']);
    expect(await ids('', { side: 'ukraine' })).toEqual(['zelenskyy-2024-12-ua-kia']);
    expect(await ids('', { metric: 'casualties', from: '2025-12-15', to: '2025-12-20' })).toEqual([
      'west-2025-12-daily', 'west-2025-12-month', 'west-2025-year', 'west-cumulative-2025',
    ]); // all reported on 14 February 2026: ties in id order
    expect(await ids('western', { from: '2026-01-01' })).toEqual([]);
    const all = await searchClaims('', {}, 50, { db });
    expect(all).toHaveLength(11);
    const dates = all.map((c) => c.statementDate ?? c.sources[0]!.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await searchClaims('', {}, 3, { db })).toHaveLength(3);
  });
});

describe('definitions', () => {
  it('gets one by id and lists all', async () => {
    const db = await seededDb();
    expect((await getDefinition('def-fedorov-killed', { db }))?.term).toBe('killed (Fedorov)');
    expect(await getDefinition('nope', { db })).toBeUndefined();
    expect((await allDefinitions({ db })).map((d) => d.id).sort()).toEqual(['def-fedorov-killed', 'def-rubio-dead', 'def-west-casualties', 'def-zelensky-kia']);
  });
});
