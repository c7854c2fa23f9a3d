import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/annotate/anchor';
import { describeQuote } from '../../lib/annotate/selectors';

// Paragraphs from the seed articles (shared/seeds/001 and 000), edited the way
// live pages are: figures revised, words around them changed, text inserted.
const RUBIO =
  'US Secretary of State Marco Rubio said Russia is losing between 7,000 and 8,000 soldiers every week in its war against Ukraine, stressing that neither side can claim victory as casualties and destruction continue to mount.\n' +
  '“I think that’s a difficult war to say anyone is winning. The Russians are losing 7,000-8,000 soldiers a week. A week. Not wounded, dead,” he said.';
const ZELENSKIY =
  'Russia sustained around 9,000 more battlefield losses in Ukraine than it was able to replace in January, Bloomberg reported last week. ' +
  'Ukrainian President Volodymyr Zelenskiy cited a figure of 30,000 Russian personnel killed in action in January.';

function select(text: string, exact: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`fixture lacks ${exact}`);
  return describeQuote(text, at, at + exact.length);
}

describe('anchorQuote', () => {
  it('finds the quote where it was in unchanged text', () => {
    const { quote, position } = select(RUBIO, '7,000-8,000');
    expect(anchorQuote(RUBIO, quote, position)).toEqual({ start: position.start, end: position.end });
  });

  it('follows the quote when text is inserted before it', () => {
    const { quote, position } = select(ZELENSKIY, '30,000');
    const inserted = 'Updated 14:05 GMT: adds comment from the Kremlin. ';
    const edited = inserted + ZELENSKIY;
    const found = anchorQuote(edited, quote, position);
    expect(found).toEqual({ start: position.start + inserted.length, end: position.end + inserted.length });
    expect(edited.slice(found!.start, found!.end)).toBe('30,000');
  });

  it('finds the quote when the words around it changed', () => {
    const { quote, position } = select(ZELENSKIY, '30,000');
    const edited = ZELENSKIY.replace('cited a figure of', 'said last month that').replace(
      'personnel killed in action',
      'troops were killed on the battlefield',
    );
    const found = anchorQuote(edited, quote, position);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe('30,000');
    expect(edited.slice(found!.start - 20, found!.start)).toContain('last month that');
  });

  it('picks, of several exact matches, the one whose context matches', () => {
    // Annotate the second "7,000" (in the quotation), then shorten the first sentence
    // so the position hint points nearer the first occurrence.
    const text = RUBIO.replace('7,000-8,000 soldiers a week', '7,000 soldiers a week');
    const { quote, position } = select(text, '7,000', 1);
    const edited = text.replace('US Secretary of State Marco Rubio said ', 'Rubio: ');
    const found = anchorQuote(edited, quote, position)!;
    expect(edited.slice(found.start, found.end)).toBe('7,000');
    expect(edited.slice(found.start - 24, found.start)).toBe('The Russians are losing ');
  });

  it('uses the position when the same quote and context occur twice', () => {
    // Every occurrence has the same 32 characters either side.
    const filler = 'Casualty rates in December were reported. ';
    const para = 'Officials said 1,130 a day were lost. ';
    const text = filler + para + filler + para + filler;
    const second = text.lastIndexOf('1,130');
    const { quote, position } = describeQuote(text, second, second + 5);
    expect(anchorQuote(text, quote, position)).toEqual({ start: second, end: second + 5 });
    const first = text.indexOf('1,130');
    expect(anchorQuote(text, quote, first)).toEqual({ start: first, end: first + 5 });
  });

  it('finds a slightly revised figure at its place, not the old number elsewhere', () => {
    const { quote, position } = select(ZELENSKIY, '30,000');
    const edited =
      'Earlier reports put the toll at 30,000 in December. ' +
      ZELENSKIY.replace('30,000 Russian', '31,000 Russian');
    const found = anchorQuote(edited, quote, position)!;
    expect(edited.slice(found.start, found.end)).toBe('31,000');
  });

  it('finds a range revised beyond recognition when the sentence around it is the same', () => {
    const { quote, position } = select(RUBIO, '7,000-8,000');
    const edited = RUBIO.replace('losing 7,000-8,000 soldiers', 'losing 9,500 soldiers');
    const found = anchorQuote(edited, quote, position)!;
    expect(edited.slice(found.start, found.end)).toBe('9,500');
  });

  it('returns null when the paragraph with the figure is gone', () => {
    const { quote, position } = select(ZELENSKIY, '30,000');
    const edited = ZELENSKIY.slice(0, ZELENSKIY.indexOf('Ukrainian President')) + 'Estimates of 31,000 were disputed by analysts.';
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });

  it('survives any edit away from the quote and its context', () => {
    const text = ZELENSKIY + ' ' + RUBIO;
    const { quote, position } = select(text, '30,000');
    const guardFrom = position.start - 32;
    const guardTo = position.end + 32;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length }).filter((i) => i <= guardFrom || i >= guardTo),
        fc.integer({ min: 0, max: 40 }),
        fc.stringMatching(/^[a-z ,.]{0,60}$/),
        (at, cut, insert) => {
          // Replace `cut` characters at `at` with `insert`, staying clear of the quote's context.
          const end = at <= guardFrom ? Math.min(at + cut, guardFrom) : Math.min(at + cut, text.length);
          const edited = text.slice(0, at) + insert + text.slice(end);
          const shift = at <= guardFrom ? insert.length - (end - at) : 0;
          expect(anchorQuote(edited, quote, position)).toEqual({ start: position.start + shift, end: position.end + shift });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns null for an empty quote or empty text', () => {
    expect(anchorQuote('', { exact: '30,000', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(ZELENSKIY, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('describeQuote', () => {
  it('keeps 32 characters of context each side and both selectors', () => {
    const d = select(ZELENSKIY, '30,000');
    expect(d.quote.exact).toBe('30,000');
    expect(d.quote.prefix).toBe('r Volodymyr Zelenskiy cited a figure of '.slice(-32));
    expect(d.quote.prefix).toHaveLength(32);
    expect(d.quote.suffix).toBe(' Russian personnel killed in act');
    expect(d.position.end - d.position.start).toBe(6);
  });

  it('shortens context at the edges of the text and never splits an emoji', () => {
    const text = '🙂'.repeat(20) + ' 415,000 ' + '🙂'.repeat(20);
    const at = text.indexOf('415,000');
    const d = describeQuote(text, at, at + 7);
    expect(d.quote.prefix.length).toBeLessThanOrEqual(32);
    expect(d.quote.prefix.startsWith('🙂')).toBe(true);
    expect(d.quote.suffix.endsWith('🙂')).toBe(true);
    expect(describeQuote('415,000 in 2025', 0, 7).quote.prefix).toBe('');
  });

  it('rejects an empty or out-of-range span', () => {
    expect(() => describeQuote('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeQuote('abc', 1, 9)).toThrow(RangeError);
  });
});
