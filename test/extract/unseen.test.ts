import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { SentenceCache } from '../../lib/extract/context';
import { getLang } from '../../lib/extract/lang';
import { resolvePeriod } from '../../lib/extract/resolve';

// Fragments of real articles nobody tuned on, where reviewers found the
// extractor wrong (test/fixtures/text/unseen-quotes.txt, one per paragraph).
// Only the first quote's publication date is known (2024-10-07); the
// expectations of the others do not depend on the date except the fifth,
// whose "In September" is the September before that date.

const PUBLISHED = '2024-10-07';
const quotes = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'text', 'unseen-quotes.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((q) => q.trim())
  .filter(Boolean);

describe('held-out fragments of unseen articles', () => {
  it('holds the five quotes', () => {
    expect(quotes).toHaveLength(5);
  });

  it('"in the summer of 2022" is summer 2022, not the summer of the publication year', () => {
    const text = quotes[0]!;
    const lang = getLang('en');
    const periods = new SentenceCache(text, lang).at(text.indexOf('172')).periods;
    expect(periods.map((p) => resolvePeriod(p.expr, { anchor: PUBLISHED }))).toEqual([{ start: '2022-06-01', end: '2022-08-31' }]);
  });

  it('"every single day" is a daily rate', () => {
    const [f] = extractFigures(quotes[1]!, { published: PUBLISHED });
    expect(f).toMatchObject({ text: '1,500', metric: 'casualties', rate: 'per_day', qualifier: 'more than' });
  });

  it('"lost 355,000 men killed and wounded" counts casualties, not losses', () => {
    const [f] = extractFigures(quotes[2]!, { published: PUBLISHED });
    expect(f).toMatchObject({ text: '355,000', metric: 'casualties', side: 'russia' });
  });

  it('reads the misspelling "causalities" as casualties', () => {
    const [f] = extractFigures(quotes[3]!, { published: PUBLISHED });
    expect(f).toMatchObject({ value: { low: 175000, high: 200000 }, metric: 'casualties', side: 'russia' });
  });

  it('takes side and month from the sentence before when the figure\'s own sentence names neither', () => {
    const [f] = extractFigures(quotes[4]!, { published: PUBLISHED });
    expect(f).toMatchObject({
      text: '1,271',
      metric: 'casualties',
      rate: 'per_day',
      side: 'russia',
      period: { start: '2024-09-01', end: '2024-09-30' },
    });
  });
});
