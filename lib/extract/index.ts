import type { ExtractOptions, Figure } from './types';

export type * from './types';

/** Finds the casualty and recruitment figures in one block of text. */
export function extractFigures(text: string, options: ExtractOptions): Figure[] {
  void text;
  void options;
  // Implemented in issue 2 (extractor helper): placeholder removed before commit.
  return [];
}
