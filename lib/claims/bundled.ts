/// <reference types="vite/client" />
import { EMPTY_DATASET, parseDataset, type BundledDataset } from './dataset';

export { parseDataset, type BundledDataset } from './dataset';

// The one module that reads the dataset shipped with the extension
// (lib/claims/data/claims.json and definitions.json). A glob rather than a
// static import, so the build and the tests work before the curated files
// land; Vite inlines whatever files exist into the bundle. Needs Vite (the
// build, Vitest): Node scripts read the files and call parseDataset.

const files = import.meta.glob<{ default: unknown }>('./data/{claims,definitions}.json', { eager: true });

let cached: BundledDataset | null = null;

/** The bundled dataset, parsed once per context; empty (version "none") until the data files exist. */
export function bundledDataset(): BundledDataset {
  if (cached) return cached;
  const claimsJson = files['./data/claims.json']?.default;
  const definitionsJson = files['./data/definitions.json']?.default;
  cached = claimsJson && definitionsJson ? parseDataset(claimsJson, definitionsJson) : EMPTY_DATASET;
  return cached;
}

/** Whether the curated data files are present in this build. */
export function hasBundledData(): boolean {
  return Boolean(files['./data/claims.json'] && files['./data/definitions.json']);
}
