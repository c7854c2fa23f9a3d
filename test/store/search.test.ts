import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CrosscountDB, SCHEMA_VERSIONS } from '../../lib/store/db';
import { searchClaims } from '../../lib/store/queries';
import { toRow } from '../../lib/store/rows';
import { queryTerms } from '../../lib/store/searchTerms';
import { buildSummary } from '../../lib/store/summary';
import { seededDb, testDataset } from './helpers';

// Rate and metric words are in the index: "killed per week" is answered by
// the store, not by filtering in the popup. Expected ids worked out by hand
// from test/store/fixtures.ts.

const idsFor = async (db: CrosscountDB, q: string, f = {}) => (await searchClaims(q, f, 50, { db })).map((c) => c.id);

describe('rate and metric words', () => {
  it('finds claims by the words of their rate, which their quotes do not use', async () => {
    const db = await seededDb();
    // Rubio's quote says "every week"; it is the only claim stated per week.
    expect(await idsFor(db, 'killed per week')).toEqual(['rubio-2026-02-weekly']);
    expect(await idsFor(db, 'weekly')).toEqual(['rubio-2026-02-weekly']);
    expect(await idsFor(db, 'Killed a week')).toEqual(['rubio-2026-02-weekly']);
    // Per day: the Western 1,130 (reported 14 Feb 2026) and the General Staff's 830 (18 Jan 2026), newest first.
    expect(await idsFor(db, 'a day')).toEqual(['west-2025-12-daily', 'genstaff-2026-01-17']);
    expect(await idsFor(db, 'daily casualties')).toEqual(['west-2025-12-daily']);
    // Fedorov's summer target is the only claim stated per month.
    expect(await idsFor(db, 'monthly')).toEqual(['fedorov-2026-summer-target']);
    expect(await idsFor(db, 'per year')).toEqual([]);
  });

  it('a rate phrase typed in full is not satisfied by a quote that merely says the word', async () => {
    const db = await seededDb();
    // "month" is in the Western December quote ("35,000 for the month"), stated as a period total.
    expect(await idsFor(db, 'month')).toContain('west-2025-12-month');
    expect(await idsFor(db, 'per month')).toEqual(['fedorov-2026-summer-target']);
  });

  it('finds claims by the words readers use for their metric', async () => {
    const db = await seededDb();
    // Havryliuk's quote says "recruited under contract".
    expect(await idsFor(db, 'recruits')).toEqual(['havryliuk-2024-recruits']);
    expect(await idsFor(db, 'contracts')).toEqual(['havryliuk-2024-recruits']);
    // "killed and wounded" is the casualties metric: the four Western claims, all reported 14 Feb 2026, ties by id.
    expect(await idsFor(db, 'killed and wounded')).toEqual([
      'west-2025-12-daily', 'west-2025-12-month', 'west-2025-year', 'west-cumulative-2025',
    ]);
    // The four "killed" claims, newest first (Rubio and Zelenskiy both 14 Feb 2026: id order).
    expect(await idsFor(db, 'deaths')).toEqual([
      'rubio-2026-02-weekly', 'zelensky-2026-01-kia', 'fedorov-2025-12-killed', 'zelenskyy-2024-12-ua-kia',
    ]);
    expect(await idsFor(db, 'since', { side: 'ukraine' })).toEqual(['zelenskyy-2024-12-ua-kia']);
  });
});

describe('relevance', () => {
  it('puts claims naming the word in claimant, role or outlet before those with it only in their quote', async () => {
    const db = await seededDb();
    // "Ukraine" is in six claimants or roles; Rubio's quote ("war against Ukraine") is newer than most but comes last.
    expect(await idsFor(db, 'ukraine')).toEqual([
      'fedorov-2026-summer-target', 'zelensky-2026-01-kia', 'fedorov-2025-12-killed', 'genstaff-2026-01-17',
      'havryliuk-2024-recruits', 'zelenskyy-2024-12-ua-kia', 'rubio-2026-02-weekly',
    ]);
    // One named word is enough: Rubio's outlet plus a quote word.
    expect(await idsFor(db, 'kyiv soldiers')).toEqual(['rubio-2026-02-weekly']);
    expect(await searchClaims('ukraine', {}, 2, { db })).toHaveLength(2);
  });
});

describe('queryTerms', () => {
  it('reads known phrases as one term and leaves other words alone', () => {
    expect(queryTerms('killed per week')).toEqual(['killed', 'per week']);
    expect(queryTerms('Killed and Wounded a month')).toEqual(['killed and wounded', 'a month']);
    expect(queryTerms('killed in 2025')).toEqual(['killed', 'in', '2025']);
    expect(queryTerms('weekend casualties')).toEqual(['weekend', 'casualties']);
    // A phrase still being typed matches as the phrase's prefix.
    expect(queryTerms('killed per we')).toEqual(['killed', 'per we']);
    expect(queryTerms('per wa')).toEqual(['per', 'wa']);
  });
});

describe('schema version 4', () => {
  it('rebuilds a version-3 summary, whose index has no rate words, on opening', async () => {
    const name = `crosscount-upgrade3-${Math.random().toString(36).slice(2)}`;
    const v3 = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= 3)) v3.version(v.version).stores(v.stores);
    await v3.open();
    const data = testDataset();
    await v3.table('claims').bulkPut(data.claims.claims.map(toRow));
    await v3.table('definitions').bulkPut(data.definitions.definitions);
    // Stand-in for the old index: current stamp, but it knows none of the claims' words.
    await v3.table('summaries').put(buildSummary([], new Map(), 'v3-stamp'));
    await v3.table('meta').put({ key: 'summaryStamp', value: 'v3-stamp' });
    v3.close();

    const db = new CrosscountDB(name);
    expect(await idsFor(db, 'killed per week')).toEqual(['rubio-2026-02-weekly']);
    expect(db.verno).toBe(4);
    db.close();
  });
});
