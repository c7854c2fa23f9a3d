import 'fake-indexeddb/auto';
import { parseDataset, type BundledDataset } from '../../lib/claims/dataset';
import type { Annotation } from '../../lib/annotate/model';
import { CrosscountDB } from '../../lib/store/db';
import { seedFrom } from '../../lib/store/seed';
import { testClaimsFile, testDefinitionsFile } from './fixtures';

let n = 0;
/** A fresh, empty database per test. */
export function freshDb(): CrosscountDB {
  return new CrosscountDB(`crosscount-test-${++n}-${Math.random().toString(36).slice(2)}`);
}

export function testDataset(version = 'test-1'): BundledDataset {
  return parseDataset({ ...testClaimsFile, version }, { ...testDefinitionsFile, version });
}

export async function seededDb(): Promise<CrosscountDB> {
  const db = freshDb();
  await seedFrom(testDataset(), { db });
  return db;
}

export function annotation(id: string, created: string): Annotation {
  return {
    id,
    created,
    modified: created,
    page: { url: 'https://example.org/a', title: 'A page' },
    quote: { type: 'TextQuoteSelector', exact: '30,000', prefix: 'a figure of ', suffix: ' Russian personnel' },
    position: { type: 'TextPositionSelector', start: 10, end: 16 },
    figure: {
      start: 0, end: 6, text: '30,000', value: { low: 30000, high: 30000 }, qualifier: 'exact', metric: 'killed',
      rate: 'period_total', period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia', claimant: null, sentence: '',
    },
    note: '',
    compared: [],
  };
}
