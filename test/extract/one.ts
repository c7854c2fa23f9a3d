import { expect } from 'vitest';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/extract/types';

/** The single figure a test sentence holds (the test fails if there is not exactly one). */
export const one = (text: string, published = '2025-06-15'): Figure => {
  const figs = extractFigures(text, { published });
  expect(figs, `one figure in: ${text}`).toHaveLength(1);
  return figs[0]!;
};
