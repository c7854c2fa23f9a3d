import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation } from '../annotate/model';
import type { Claim, Definition } from '../claims/schema';
import type { Settings } from '../settings';
import type { ClaimRow } from './rows';

// The extension's one IndexedDB database. Only lib/store touches it; the
// background worker, popup and options pages reach it through these modules.

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type MetaRow =
  | { key: 'dataset'; version: string; updated: string; seededAt: string }
  /** Longest period of any rate claim, in days: bounds the comparison range query. */
  | { key: 'maxRateSpanDays'; value: number };

/**
 * Every schema version, oldest first. Never edit a shipped entry: add a new
 * one with the changed stores and an upgrade that rewrites existing rows
 * (usually `rederiveClaims`, when a derived index field changes meaning).
 */
export const SCHEMA_VERSIONS: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      // groupKey = comparability group + rate kind; the compound index serves
      // comparableClaims with one range per side, without a table scan.
      claims:
        'id, origin, metric, family, sideKey, periodStart, periodEnd, sortDate, ' +
        '[groupKey+sideKey+periodEnd], [metric+sortDate], [sideKey+sortDate], *terms',
      definitions: 'id, metric',
      annotations: 'id, created, page.url',
      settings: 'key',
      meta: 'key',
    },
  },
];

export class CrosscountDB extends Dexie {
  claims!: EntityTable<ClaimRow, 'id'>;
  definitions!: EntityTable<Definition, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  meta!: Table<MetaRow, MetaRow['key']>;

  constructor(name = 'crosscount') {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export const db = new CrosscountDB();

/** Strips the store's derived fields, giving back the Claim as the dataset states it. */
export function toClaim(row: ClaimRow): Claim {
  const { family: _f, groupKey: _g, sideKey: _s, periodStart: _ps, periodEnd: _pe, sortDate: _d, terms: _t, ...claim } = row;
  return claim;
}
