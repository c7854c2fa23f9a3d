import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, mayContainFigures } from '../../lib/extract';
import { loadGold, PUBLISHED, SHARED } from './gold-score';

// Invariants on any input: extractFigures never throws, every figure slices
// back to its text, ranges are ordered; and the cheap page test never says
// "no figures" where the extractor finds one.

/** Fragments that look like the text around figures, so generated strings reach the deep paths. */
const FRAGMENTS = [
  '1', '12', '2,000', '7,000-8,000', '7,000–8,000', '1.2', ' million', 'k', 'm', 'bn', ' thousand', '415k',
  '2024', '2022-02-24', '1:1', '30 000', '30\u00a0000', '12\u2009400', '.', ',', '-', '–', ' ', '\n', '$', '%',
  'between ', ' and ', ' to ', ' as many as ', 'about ', 'more than ', 'at least ', 'nearly ', 'half a ',
  'a quarter of a ', 'thousands', 'hundreds of thousands', 'six', 'twenty-five', 'one', 'Six to 25',
  ' soldiers', ' troops', ' killed', ' wounded', ' casualties', ' losses', ' recruited', ' reservists',
  ' Russian', ' Ukrainian', ' North Korean', ' a day', ' per week', ' each month', ' daily', ' monthly average',
  ' in January', ' last year', ' since the full-scale invasion', ' in the past 24 hours', ' by the summer',
  ' the last quarter of 2024', ' km', ' days since', ' civilians', ' tanks', ' said', 'According to ', 'Healey',
  '“', '”', '’s', 'a. ', ' for each', ' more', ' than', ' fewer', ' ambition to', ' ratio', ' on Saturday',
  ' for every one', ' apples', ' people', ' cases', ' AWOL', ' If we reach ', ' That means', ' Not wounded, dead.',
];

const published = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const numberish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''));

function checkInvariants(text: string, date: string) {
  const figs = extractFigures(text, { published: date });
  let last = -1;
  for (const f of figs) {
    expect(f.start).toBeLessThan(f.end);
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.value.low).toBeLessThanOrEqual(f.value.high);
    expect(Number.isFinite(f.value.low) && Number.isFinite(f.value.high)).toBe(true);
    if (f.period) expect(f.period.start <= f.period.end).toBe(true);
    last = f.end;
  }
  return figs;
}

describe('extractFigures invariants', () => {
  it('holds on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), published, (text, date) => {
        checkInvariants(text, date);
      }),
      { numRuns: 500 },
    );
  });

  it('holds on strings built from number-ish fragments', () => {
    fc.assert(
      fc.property(numberish, published, (text, date) => {
        checkInvariants(text, date);
      }),
      { numRuns: 1500 },
    );
  });

  it('rejects a publication date that is not YYYY-MM-DD', () => {
    expect(() => extractFigures('1,000 soldiers', { published: '2025-02-30' })).toThrow(RangeError);
    expect(() => extractFigures('1,000 soldiers', { published: 'today' })).toThrow(RangeError);
    expect(() => extractFigures('1,000 soldiers', { published: '2025-01-01', lang: 'xx' })).toThrow(RangeError);
  });
});

describe('mayContainFigures', () => {
  it('never says false where the extractor finds a figure (generated text)', () => {
    fc.assert(
      fc.property(numberish, published, (text, date) => {
        if (extractFigures(text, { published: date }).length > 0) expect(mayContainFigures(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('never says false for a seed article or any of its paragraphs', () => {
    const { texts } = loadGold();
    for (const [file, text] of texts) {
      const date = PUBLISHED[file.slice(0, 3)]!;
      for (const block of [text, ...text.split('\n')]) {
        if (extractFigures(block, { published: date }).length > 0) expect(mayContainFigures(block)).toBe(true);
      }
    }
  });

  it('never says false for a held-out claim quote the extractor finds a figure in', () => {
    const claims = ['claims_candidates.json', 'claims_additional.json'].flatMap(
      (f) => JSON.parse(readFileSync(join(SHARED, 'research', 'claims', f), 'utf8')) as { quote: string }[],
    );
    for (const { quote } of claims) {
      if (quote && extractFigures(quote, { published: '2025-01-01' }).length > 0) expect(mayContainFigures(quote)).toBe(true);
    }
  });

  it('says false for text without personnel words or without numbers', () => {
    expect(mayContainFigures('The recipe needs 250 g of flour, 2 eggs and 100 ml of milk.')).toBe(false);
    expect(mayContainFigures('Casualties were heavy and many soldiers were killed.')).toBe(false);
  });

  it('says false on a whole megabyte of unrelated text full of numbers (its cost is in `npm run bench`, page section)', () => {
    const para = 'The recipe needs 250 g of flour, 2 eggs, a pinch of salt and 100 ml of milk; bake it for 25 minutes at 180 degrees. ';
    expect(mayContainFigures(para.repeat(Math.ceil(1_000_000 / para.length)))).toBe(false);
  });
});
