import {
  ClaimsFileSchema,
  DefinitionsFileSchema,
  type ClaimsFile,
  type DefinitionsFile,
} from './schema';

// The dataset as the store seeds it: both files, validated, under one version.
// Kept apart from bundled.ts (which needs Vite to find the files) so Node
// scripts such as the bench can parse files they read themselves.

export interface BundledDataset {
  /** Changes whenever either file's version does; the store re-seeds on a change. */
  version: string;
  claims: ClaimsFile;
  definitions: DefinitionsFile;
}

/** Validates the two raw files and combines them; throws a ZodError naming the bad field. */
export function parseDataset(claimsJson: unknown, definitionsJson: unknown): BundledDataset {
  const claims = ClaimsFileSchema.parse(claimsJson);
  const definitions = DefinitionsFileSchema.parse(definitionsJson);
  for (const c of claims.claims) c.origin = 'bundled';
  return { version: `${claims.version}+${definitions.version}`, claims, definitions };
}

export const EMPTY_DATASET: BundledDataset = {
  version: 'none',
  claims: { version: 'none', updated: '1970-01-01', claims: [] },
  definitions: { version: 'none', definitions: [] },
};
