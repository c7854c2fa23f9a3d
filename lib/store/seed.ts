import type { BundledDataset } from '../claims/dataset';
import type { Claim } from '../claims/schema';
import { db as defaultDb, type CrosscountDB } from './db';
import { toRow } from './rows';
import { rebuildSummary } from './summaryStore';

// Seeding from the bundled dataset. Runs on install, and whenever the bundled
// dataset's version differs from the one seeded: bundled claims and
// definitions are replaced; imported claims, annotations and settings stay.

function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Writes `data` as the bundled dataset, in one transaction. With `force`
 * false it first re-checks the seeded version inside the transaction, so two
 * contexts waking together seed once.
 */
export async function seedFrom(data: BundledDataset, opts: { force?: boolean; db?: CrosscountDB } = {}): Promise<boolean> {
  const db = opts.db ?? defaultDb;
  return db.transaction('rw', db.claims, db.definitions, db.meta, db.summaries, async () => {
    const current = await db.meta.get('dataset');
    if (!opts.force && current?.key === 'dataset' && current.version === data.version) return false;

    await db.claims.where('origin').equals('bundled').delete();
    await db.definitions.clear();
    await db.definitions.bulkPut(data.definitions.definitions);

    // An imported claim the person added keeps its id; a bundled claim with the same id waits until it is removed.
    const importedIds = new Set(await db.claims.where('origin').equals('imported').primaryKeys());
    const rows = data.claims.claims
      .filter((c) => !importedIds.has(c.id))
      .map((c: Claim) => toRow({ ...c, origin: 'bundled' }));
    await db.claims.bulkPut(rows);

    await rebuildSummary(db);
    await db.meta.put({ key: 'dataset', version: data.version, updated: data.claims.updated, seededAt: nowIso() });
    return true;
  });
}

/** Seeds or re-seeds from `data` when its version is not the one in the database. */
export async function seedIfChanged(data: BundledDataset, opts: { db?: CrosscountDB } = {}): Promise<void> {
  const db = opts.db ?? defaultDb;
  const current = await db.meta.get('dataset');
  if (current?.key === 'dataset' && current.version === data.version) return;
  await seedFrom(data, { db });
}

/** Removes imported claims and rewrites `data` as the bundled dataset, keeping annotations and settings. */
export async function resetTo(data: BundledDataset, opts: { db?: CrosscountDB } = {}): Promise<void> {
  const db = opts.db ?? defaultDb;
  await db.transaction('rw', db.claims, db.definitions, db.meta, db.summaries, async () => {
    await db.claims.where('origin').equals('imported').delete();
    await seedFrom(data, { db, force: true });
  });
}

export interface DatasetInfo {
  version: string;
  updated: string;
  total: number;
  byMetric: Record<string, number>;
  /** Claims per outlet of their first source. */
  bySource: Record<string, number>;
  imported: number;
  seededAt: string;
}

export async function datasetInfo(opts: { db?: CrosscountDB } = {}): Promise<DatasetInfo> {
  const db = opts.db ?? defaultDb;
  return db.transaction('r', db.claims, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    const byMetric: Record<string, number> = {};
    const bySource: Record<string, number> = {};
    let total = 0;
    let imported = 0;
    await db.claims.each((c) => {
      total++;
      if (c.origin === 'imported') imported++;
      byMetric[c.metric] = (byMetric[c.metric] ?? 0) + 1;
      const outlet = c.sources[0]?.outlet ?? 'unknown';
      bySource[outlet] = (bySource[outlet] ?? 0) + 1;
    });
    return {
      version: meta?.key === 'dataset' ? meta.version : 'none',
      updated: meta?.key === 'dataset' ? meta.updated : '',
      total,
      byMetric,
      bySource,
      imported,
      seededAt: meta?.key === 'dataset' ? meta.seededAt : '',
    };
  });
}
