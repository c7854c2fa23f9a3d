// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, SEEDS_DIR, SEED_PAGES } from '../../scripts/make-fixtures';
import { scanBlocks } from '../../lib/page/blocks';
import { publicationDate } from '../../lib/page/published';

// The seed fixtures must read back, block by block, as the seed text, so the
// gold offsets map onto the pages; and each must carry its assumed date.

const GOLD_DATES: Record<string, string> = {
  '000': '2026-02-14',
  '001': '2026-02-14',
  '002': '2025-02-03',
  '003': '2026-01-30',
  '004': '2023-09-03',
};

describe.each(SEED_PAGES)('$page', (p) => {
  const html = readFileSync(join(PAGES_DIR, p.page), 'utf8');
  const seed = readFileSync(join(SEEDS_DIR, p.seed), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('has every non-empty line of the seed as one block, text unchanged', () => {
    const texts = new Set(scanBlocks(doc.body).map((b) => b.text));
    const lines = seed.split('\n').filter((l) => l.trim() !== '');
    const missing = lines.filter((l) => !texts.has(l));
    expect(missing).toEqual([]);
  });

  it('is dated as the gold rules assume', () => {
    expect(publicationDate(doc)).toBe(GOLD_DATES[p.seed.slice(0, 3)]);
  });

  it('names the page its text comes from', () => {
    expect(html).toContain('Source page (seeds/SOURCES.md): https://');
  });
});
