import type { Table } from 'dexie';
import type { Definition } from '../claims/schema';
import type { CrosscountDB, MetaRow } from './db';
import { toClaim } from './db-claim';
import type { ClaimRow } from './rows';
import { buildSummary, type ClaimSummary } from './summary';

// Keeps the claim summary in step with the claims table, and caches the
// decoded copy per database. The cache is only ever a copy: each query checks
// the stamp in meta (one small read) and reloads when another context (the
// popup, the options page) has changed the claims.

function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Rebuilds the summary from every claim. Call inside the transaction that changed the claims. */
export async function rebuildSummaryIn(
  claims: Table<ClaimRow, string, ClaimRow> | CrosscountDB['claims'],
  definitions: Table<Definition, string, Definition> | CrosscountDB['definitions'],
  summaries: Table<ClaimSummary, 'claims'>,
  meta: Table<MetaRow, MetaRow['key']>,
): Promise<ClaimSummary> {
  const [rows, defs] = await Promise.all([claims.toArray(), definitions.toArray()]);
  const summary = buildSummary(rows.map(toClaim), new Map(defs.map((d) => [d.id, d])), newStamp());
  await summaries.put(summary);
  await meta.put({ key: 'summaryStamp', value: summary.stamp });
  return summary;
}

export function rebuildSummary(db: CrosscountDB): Promise<ClaimSummary> {
  return rebuildSummaryIn(db.claims, db.definitions, db.summaries, db.meta);
}

const cache = new WeakMap<CrosscountDB, ClaimSummary>();

export async function loadSummary(db: CrosscountDB): Promise<ClaimSummary> {
  const stampRow = await db.meta.get('summaryStamp');
  const stamp = stampRow?.key === 'summaryStamp' ? stampRow.value : null;
  const cached = cache.get(db);
  if (cached && stamp !== null && cached.stamp === stamp) return cached;
  let summary = stamp === null ? undefined : await db.summaries.get('claims');
  if (!summary || summary.stamp !== stamp) {
    summary = await db.transaction('rw', db.claims, db.definitions, db.summaries, db.meta, () => rebuildSummary(db));
  }
  cache.set(db, summary);
  return summary;
}
