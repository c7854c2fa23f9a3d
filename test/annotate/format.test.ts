import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../lib/annotate/format';

describe('exportFilename', () => {
  // Local noon, so the day is the same in every time zone the tests run in.
  const day = new Date(2026, 1, 14, 12, 0, 0);

  it('names the file by format and the local day', () => {
    expect(exportFilename('csv', day)).toBe('crosscount-annotations-2026-02-14.csv');
    expect(exportFilename('jsonld', day)).toBe('crosscount-annotations-2026-02-14.jsonld');
    expect(exportFilename('markdown', day)).toBe('crosscount-annotations-2026-02-14.md');
  });

  it('pads single-digit months and days', () => {
    expect(exportFilename('csv', new Date(2026, 0, 5, 12))).toBe('crosscount-annotations-2026-01-05.csv');
  });
});
