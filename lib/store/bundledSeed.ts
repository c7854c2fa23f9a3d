import { bundledDataset } from '../claims/bundled';
import type { BundledDataset } from '../claims/dataset';
import type { CrosscountDB } from './db';
import { resetTo, seedIfChanged } from './seed';

// The STORE_API entry points, bound to the dataset shipped in the build.
// `data` replaces it in tests.

/** Seeds or re-seeds from the bundled files when their version is not the one in the database. */
export function ensureSeeded(opts: { db?: CrosscountDB; data?: BundledDataset } = {}): Promise<void> {
  return seedIfChanged(opts.data ?? bundledDataset(), opts);
}

/** Removes imported claims and rewrites the bundled dataset, keeping annotations and settings. */
export function resetToBundled(opts: { db?: CrosscountDB; data?: BundledDataset } = {}): Promise<void> {
  return resetTo(opts.data ?? bundledDataset(), opts);
}
