/// <reference types="vite/client" />
import {
  ClaimsFileSchema,
  DefinitionsFileSchema,
  type ClaimsFile,
  type DefinitionsFile,
} from './schema';

// The one module that reads the dataset shipped with the extension
// (lib/claims/data/claims.json and definitions.json). A glob rather than a
// static import, so the build and the tests work before the curated files
// land; once they exist Vite inlines them into the bundle.

export interface BundledDataset {
  /** Changes whenever either file's version does; the store re-seeds on a change. */
  version: string;
  claims: ClaimsFile;
  definitions: DefinitionsFile;
}

const files = import.meta.glob<{ default: unknown }>('./data/{claims,definitions}.json', { eager: true });

/** Validates the two raw files and combines them; throws a ZodError naming the bad field. */
export function parseDataset(claimsJson: unknown, definitionsJson: unknown): BundledDataset {
  const claims = ClaimsFileSchema.parse(claimsJson);
  const definitions = DefinitionsFileSchema.parse(definitionsJson);
  for (const c of claims.claims) c.origin = 'bundled';
  return { version: `${claims.version}+${definitions.version}`, claims, definitions };
}

const EMPTY: BundledDataset = {
  version: 'none',
  claims: { version: 'none', updated: '1970-01-01', claims: [] },
  definitions: { version: 'none', definitions: [] },
};

let cached: BundledDataset | null = null;

/** The bundled dataset, parsed once per context; empty (version "none") until the data files exist. */
export function bundledDataset(): BundledDataset {
  if (cached) return cached;
  const claimsJson = files['./data/claims.json']?.default;
  const definitionsJson = files['./data/definitions.json']?.default;
  cached = claimsJson && definitionsJson ? parseDataset(claimsJson, definitionsJson) : EMPTY;
  return cached;
}

/** Whether the curated data files are present in this build. */
export function hasBundledData(): boolean {
  return Boolean(files['./data/claims.json'] && files['./data/definitions.json']);
}
