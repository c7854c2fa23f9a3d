import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importClaims, removeImportedClaims } from '../../lib/store/importClaims';
import { comparableClaims, searchClaims } from '../../lib/store/queries';
import { datasetInfo } from '../../lib/store/seed';
import { seededDb } from './helpers';
import { CrosscountDB } from '../../lib/store/db';
import { testClaims } from './fixtures';

function claim(id: string, over: Record<string, unknown> = {}) {
  return {
    id, value: { low: 900, high: 900 }, qualifier: 'exact', metric: 'killed', rate: 'per_day',
    period: { start: '2026-01-05', end: '2026-01-05' }, side: 'russia', claimant: { name: 'Oryx-style count' },
    sources: [{ outlet: 'Reader archive', url: 'https://example.org/c', date: '2026-01-06' }],
    quote: '900 killed on 5 January', quoteLanguage: 'en', statementDate: '2026-01-06', definitionId: null,
    ...over,
  };
}

describe('importClaims', () => {
  it('adds valid claims as imported, searchable and comparable', async () => {
    const db = await seededDb();
    const r = await importClaims({ version: 'mine', updated: '2026-02-01', claims: [claim('m1'), claim('m2', { definitionId: 'def-fedorov-killed' })] }, { db });
    expect(r).toEqual({ ok: true, added: 2 });
    expect((await db.claims.get('m1'))?.origin).toBe('imported');
    expect((await searchClaims('archive', {}, 50, { db })).map((c) => c.id)).toEqual(['m1', 'm2']);
    expect((await searchClaims('drone', {}, 50, { db })).map((c) => c.id)).toContain('m2');
    const jan = { start: 0, end: 1, text: '3', value: { low: 30000, high: 30000 }, qualifier: 'exact' as const, metric: 'killed' as const, rate: 'period_total' as const, period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia' as const, claimant: null, sentence: '' };
    const m1 = (await comparableClaims(jan, 20, { db })).find((c) => c.claim.id === 'm1');
    expect(m1?.inPageUnit?.low).toBe(900 * 31);
    expect((await datasetInfo({ db })).imported).toBe(2);
  });

  it('changes nothing when any entry is malformed, naming the entry, its id and the field', async () => {
    const db = await seededDb();
    const before = await db.claims.count();
    const r = await importClaims({
      claims: [
        claim('ok-1'),
        claim('ok-2'),
        claim('ok-3'),
        claim('x', { value: { low: 8000, high: 7000 } }),
        claim('y', { sources: [{ outlet: 'O', url: 'javascript:alert(1)', date: '2026-01-01' }] }),
        { value: 3 },
        claim('ok-1'),
        claim('fedorov-2025-12-killed'),
        claim('z', { definitionId: 'no-such-def', period: { start: '2026-01-31', end: '2026-01-01' } }),
      ],
    }, { db });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toContain("claims[3] (id 'x'): value.high: low must not exceed high");
    expect(errors.some((e) => e.startsWith("claims[4] (id 'y'): sources[0].url:"))).toBe(true);
    expect(errors.some((e) => e.startsWith('claims[5]: id:'))).toBe(true);
    expect(errors).toContain("claims[6] (id 'ok-1'): id: repeats claims[0]");
    expect(errors).toContain("claims[7] (id 'fedorov-2025-12-killed'): id: already used by a bundled claim");
    expect(errors).toContain("claims[8] (id 'z'): period.end: period ends before it starts");
    expect(await db.claims.count()).toBe(before);
    expect(await db.claims.get('ok-2')).toBeUndefined();
  });

  it('rejects a file that is not a list of claims', async () => {
    const db = await seededDb();
    expect(await importClaims({ foo: 1 }, { db })).toEqual({ ok: false, errors: ['expected a JSON array of claims or an object with a "claims" array'] });
    expect(await importClaims([], { db })).toEqual({ ok: false, errors: ['the file has no claims'] });
  });

  it('removeImportedClaims removes only what the person imported', async () => {
    const db = await seededDb();
    await importClaims([claim('m1'), claim('m2')], { db });
    expect(await removeImportedClaims({ db })).toBe(2);
    expect(await db.claims.count()).toBe(testClaims.length);
  });
});

describe('two contexts on one database', () => {
  it('a query sees claims another context imported after this one cached the summary', async () => {
    const db = await seededDb();
    expect(await searchClaims('archive', {}, 50, { db })).toEqual([]);
    const other = new CrosscountDB(db.name); // the options page, say
    await importClaims([claim('m1')], { db: other });
    expect((await searchClaims('archive', {}, 50, { db })).map((c) => c.id)).toEqual(['m1']);
    other.close();
  });
});
