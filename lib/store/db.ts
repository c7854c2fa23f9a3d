import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation } from '../annotate/model';
import type { Claim, Definition } from '../claims/schema';
import type { Settings } from '../settings';
import type { ClaimRow } from './rows';
import type { ClaimSummary } from './summary';
import { rebuildSummaryIn } from './summaryStore';

// The extension's one IndexedDB database. Only lib/store touches it; the
// background worker, popup and options pages reach it through these modules.

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type MetaRow =
  | { key: 'dataset'; version: string; updated: string; seededAt: string }
  /** The stamp of the current claim summary; a cached summary with another stamp is stale. */
  | { key: 'summaryStamp'; value: string };

function rebuildSummaryTx(tx: Transaction): Promise<unknown> {
  return rebuildSummaryIn(tx.table('claims'), tx.table('definitions'), tx.table('summaries'), tx.table('meta'));
}

/**
 * Every schema version, oldest first. Never edit a shipped entry: add a new
 * one with the changed stores and an upgrade that rewrites existing rows
 * (usually `rederiveClaims`, when a derived index field changes meaning).
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}[] = [
  {
    version: 1,
    stores: {
      claims: 'id, origin, metric, family, sideKey, periodStart, periodEnd, sortDate',
      definitions: 'id, metric',
      annotations: 'id, created, page.url',
      settings: 'key',
      meta: 'key',
    },
  },
  {
    // The columnar claim summary (summary.ts) that comparison and search read.
    version: 2,
    stores: { summaries: 'key' },
    upgrade: rebuildSummaryTx,
  },
  {
    // The summary gains each claim's value and claimant, so the page's own statement is recognised.
    version: 3,
    stores: {},
    upgrade: rebuildSummaryTx,
  },
  {
    // The search index gains rate and metric terms ("per week", "killed and
    // wounded") and marks claimant/outlet words in its postings.
    version: 4,
    stores: {},
    upgrade: rebuildSummaryTx,
  },
];

export class CrosscountDB extends Dexie {
  claims!: EntityTable<ClaimRow, 'id'>;
  definitions!: EntityTable<Definition, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  meta!: Table<MetaRow, MetaRow['key']>;
  summaries!: Table<ClaimSummary, 'claims'>;

  constructor(name = 'crosscount') {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export const db = new CrosscountDB();

export { toClaim } from './db-claim';
