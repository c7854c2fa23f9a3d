import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { datasetInfo } from '../../lib/store/seed';
import { ensureSeeded, resetToBundled } from '../../lib/store/bundledSeed';
import { importClaims } from '../../lib/store/importClaims';
import { addAnnotation, listAnnotations } from '../../lib/store/annotations';
import { getSettings, updateSettings } from '../../lib/store/settings';
import Dexie from 'dexie';
import { CrosscountDB, SCHEMA_VERSIONS } from '../../lib/store/db';
import { toRow } from '../../lib/store/rows';
import { comparableClaims, searchClaims } from '../../lib/store/queries';
import { buildSummary } from '../../lib/store/summary';
import { annotation, freshDb, testDataset } from './helpers';
import { testClaims } from './fixtures';

const imported = {
  id: 'mine-1', value: { low: 1000, high: 1000 }, qualifier: 'about', metric: 'killed', rate: 'per_day',
  period: { start: '2026-01-10', end: '2026-01-10' }, side: 'russia', claimant: { name: 'A reader' },
  sources: [{ outlet: 'My notes', url: 'https://example.org/notes', date: '2026-01-11' }],
  quote: 'about 1,000 a day', quoteLanguage: 'en', statementDate: '2026-01-11', definitionId: null,
};

describe('seeding', () => {
  it('fills an empty database with the bundled claims and definitions, once', async () => {
    const db = freshDb();
    await ensureSeeded({ db, data: testDataset() });
    expect(await db.claims.count()).toBe(testClaims.length);
    expect(await db.definitions.count()).toBe(4);
    const info = await datasetInfo({ db });
    expect(info.version).toBe('test-1+test-1');
    expect(info.total).toBe(testClaims.length);
    expect(info.byMetric.killed).toBe(4);
    expect(info.bySource.Bloomberg).toBe(6);
    expect(info.imported).toBe(0);
    const seededAt = info.seededAt;
    expect(seededAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Same version again: nothing is rewritten.
    await new Promise((r) => setTimeout(r, 5));
    await ensureSeeded({ db, data: testDataset() });
    expect((await datasetInfo({ db })).seededAt).toBe(seededAt);
  });

  it('re-seeds on a new dataset version, keeping annotations, settings and imported claims', async () => {
    const db = freshDb();
    await ensureSeeded({ db, data: testDataset('v1') });
    expect(await importClaims([imported], { db })).toEqual({ ok: true, added: 1 });
    await addAnnotation(annotation('a1', '2026-02-01T10:00:00.000Z'), { db });
    await updateSettings({ popoverDelayMs: 400 }, { db });

    const v2 = testDataset('v2');
    v2.claims.claims = v2.claims.claims.filter((c) => c.id !== 'genstaff-2026-01-17');
    v2.claims.claims[0]!.notes = 'changed in v2';
    await ensureSeeded({ db, data: v2 });

    expect((await datasetInfo({ db })).version).toBe('v2+v2');
    expect(await db.claims.get('genstaff-2026-01-17')).toBeUndefined();
    expect((await db.claims.get(v2.claims.claims[0]!.id))?.notes).toBe('changed in v2');
    expect((await db.claims.get('mine-1'))?.origin).toBe('imported');
    expect((await listAnnotations({ db })).map((a) => a.id)).toEqual(['a1']);
    expect((await getSettings({ db })).popoverDelayMs).toBe(400);
    expect(await db.claims.count()).toBe(testClaims.length - 1 + 1);
  });

  it('resetToBundled drops imported claims but keeps annotations', async () => {
    const db = freshDb();
    await ensureSeeded({ db, data: testDataset() });
    await importClaims([imported], { db });
    await addAnnotation(annotation('a1', '2026-02-01T10:00:00.000Z'), { db });
    await resetToBundled({ db, data: testDataset() });
    expect(await db.claims.get('mine-1')).toBeUndefined();
    expect(await db.claims.count()).toBe(testClaims.length);
    expect(await listAnnotations({ db })).toHaveLength(1);
  });

  it('upgrades a version-1 database: claims kept, the summary built, queries answer', async () => {
    const name = `crosscount-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    const data = testDataset();
    await v1.table('claims').bulkPut(data.claims.claims.map(toRow));
    await v1.table('definitions').bulkPut(data.definitions.definitions);
    await v1.table('annotations').put(annotation('kept', '2026-02-01T00:00:00.000Z'));
    v1.close();

    const db = new CrosscountDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.claims.count()).toBe(testClaims.length);
    expect((await listAnnotations({ db })).map((a) => a.id)).toEqual(['kept']);
    expect(await db.summaries.get('claims')).toMatchObject({ n: testClaims.length });
    const found = await searchClaims('rubio', {}, 50, { db });
    expect(found.map((c) => c.id)).toEqual(['rubio-2026-02-weekly']);
  });

  it('upgrades a version-2 database whose summary predates value and claimant columns: rebuilt, so the page\'s own statement is found', async () => {
    const name = `crosscount-upgrade2-${Math.random().toString(36).slice(2)}`;
    const v2 = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.slice(0, 2)) v2.version(v.version).stores(v.stores);
    await v2.open();
    const data = testDataset();
    await v2.table('claims').bulkPut(data.claims.claims.map(toRow));
    await v2.table('definitions').bulkPut(data.definitions.definitions);
    // A version-2 summary: current stamp, but none of the columns added since.
    const { low: _l, high: _h, claimants: _c, claimantCode: _cc, ...old } = buildSummary(
      data.claims.claims, new Map(data.definitions.definitions.map((d) => [d.id, d])), 'old-stamp',
    );
    await v2.table('summaries').put(old);
    await v2.table('meta').put({ key: 'summaryStamp', value: 'old-stamp' });
    v2.close();

    const db = new CrosscountDB(name);
    const zelenskiy = {
      start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact' as const, metric: 'killed' as const,
      rate: 'period_total' as const, period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia' as const,
      claimant: 'Volodymyr Zelenskiy', sentence: '',
    };
    const r = await comparableClaims(zelenskiy, 8, { db });
    expect(r[0]?.claim.id).toBe('zelensky-2026-01-kia');
    expect(r[0]?.relation).toBe('same_statement');
    expect((await db.meta.get('summaryStamp'))).not.toEqual({ key: 'summaryStamp', value: 'old-stamp' });
  });
});
