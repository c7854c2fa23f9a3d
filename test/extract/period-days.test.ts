import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// A weekday or "yesterday" as the day of a toll, and as the day a statement was made, in sentences written for this
// test. Published on Thursday 12 June 2025: Monday is 9 June, Tuesday 10 June, yesterday 11 June.

const PUBLISHED = '2025-06-12';

describe('weekdays and "yesterday"', () => {
  it.each([
    ['The enemy lost 1,250 soldiers on Monday, the general staff said.', { start: '2025-06-09', end: '2025-06-09' }],
    ['Around 640 Russian soldiers were killed yesterday.', { start: '2025-06-11', end: '2025-06-11' }],
    ['Yesterday, 640 Russian soldiers were killed near the river.', { start: '2025-06-11', end: '2025-06-11' }],
    ['On Tuesday, 212 Ukrainian prisoners of war came home in an exchange.', { start: '2025-06-10', end: '2025-06-10' }],
    ['The two armies traded 212 prisoners of war on Tuesday.', { start: '2025-06-10', end: '2025-06-10' }],
  ])('dates a toll by the day its clause names: %s', (text, period) => {
    const f = one(text, PUBLISHED);
    expect(f.period).toEqual(period);
    expect(f.rate).toBe('period_total');
  });

  it('dates a toll by a day that stands right before its verb', () => {
    expect(one('The defenders yesterday killed 1,040 enemy soldiers, the staff said.', PUBLISHED)).toMatchObject({
      rate: 'period_total',
      period: { start: '2025-06-11', end: '2025-06-11' },
    });
  });

  it('reads "by Tuesday" and "as of Monday" as the end of a running total', () => {
    expect(one('Enemy combat losses reached 58,400 soldiers by Tuesday.', PUBLISHED)).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-06-10' },
    });
    expect(one('The staff counted 58,400 enemy soldiers killed (as of Monday).', PUBLISHED)).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-06-09' },
    });
  });

  it('ends a running total on the weekday its statement was made', () => {
    expect(one('Russia has lost 130,000 soldiers, the ministry said on Monday.', PUBLISHED)).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-06-09' },
    });
  });

  it('does not date a toll by the day of the statement that reports it', () => {
    expect(one('Three volunteers from Peru fighting for Russia were recently killed, said the foreign ministry on Tuesday.', PUBLISHED).period).toBeNull();
    expect(one('The ministry on Monday put the number of enemy troops killed at 11,500.', PUBLISHED).period).not.toEqual({ start: '2025-06-09', end: '2025-06-09' });
  });

  it('reads "today" as now, not as a one-day toll', () => {
    expect(one('As of today, about 41,000 soldiers are listed as missing.', PUBLISHED).period).toBeNull();
  });

  it('keeps a call-up or a force on the day it was announced undated by that day', () => {
    expect(one('On Monday, the president called up 150,000 conscripts for the autumn draft.', PUBLISHED).period).not.toEqual({
      start: '2025-06-09',
      end: '2025-06-09',
    });
  });

  it('reads "last Friday" said on a Friday as the Friday before', () => {
    expect(one('The enemy lost 1,100 soldiers last Thursday.', PUBLISHED).period).toEqual({ start: '2025-06-05', end: '2025-06-05' });
    expect(one('The enemy lost 1,100 soldiers last Monday.', PUBLISHED).period).toEqual({ start: '2025-06-09', end: '2025-06-09' });
  });

  it('counts a running total "since early on Sunday", "since yesterday" or "since the offensive began last month" from then', () => {
    expect(one('The enemy has lost 1,640 soldiers since early on Tuesday.', PUBLISHED).period).toEqual({ start: '2025-06-10', end: '2025-06-12' });
    expect(one('The enemy has lost 800 soldiers since yesterday.', PUBLISHED).period).toEqual({ start: '2025-06-11', end: '2025-06-12' });
    expect(one('The enemy has lost 21,000 soldiers since its offensive began last month.', PUBLISHED).period).toEqual({ start: '2025-05-01', end: '2025-06-12' });
  });

  it('gives a swap planned for a weekday no day in the past', () => {
    expect(one('The two sides will exchange 150 prisoners of war on Monday.', PUBLISHED).period).toBeNull();
    expect(one('The armies are expected to swap 220 prisoners on Saturday.', PUBLISHED).period).toBeNull();
  });
});

describe('a date that ends a running total', () => {
  it('reads ", to <date>" closing a list of tolls as the end of a running total', () => {
    const figs = extractFigures('Estimates from the archive: 41,000 enemy soldiers killed, 12,500 missing, 2,900 captured, to March 3, 2025.', { published: PUBLISHED });
    expect(figs.map((f) => [f.text, f.rate, f.period])).toEqual([
      ['41,000', 'cumulative', { start: '2022-02-24', end: '2025-03-03' }],
      ['12,500', 'cumulative', { start: '2022-02-24', end: '2025-03-03' }],
      ['2,900', 'cumulative', { start: '2022-02-24', end: '2025-03-03' }],
    ]);
  });

  it('reads a toll too large for one day, dated to one day, as the running total up to it', () => {
    expect(one('Western estimate: 64,000 Russian soldiers killed, Jan 20, 2025.', PUBLISHED)).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-01-20' },
    });
    expect(one('On May 6, officials told lawmakers that about 90,000 Russians had been killed or wounded.', PUBLISHED)).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-05-06' },
    });
    // A day's toll of a size one day can bring stays that day's.
    expect(one('On May 6, about 1,400 Russian soldiers were killed or wounded.', PUBLISHED)).toMatchObject({
      rate: 'period_total',
      period: { start: '2025-05-06', end: '2025-05-06' },
    });
  });

  it('leaves a "from ... to" span a span', () => {
    expect(one('From January 5 to March 3, 2025, the enemy lost 41,000 soldiers.', PUBLISHED)).toMatchObject({
      rate: 'period_total',
      period: { start: '2025-01-05', end: '2025-03-03' },
    });
  });
});

describe('a span of days', () => {
  it.each([
    'Between June 3 and 5, the two armies exchanged 840 prisoners of war.',
    'On June 3-5, the two armies exchanged 840 prisoners of war.',
    'From June 3 to 5, the two armies exchanged 840 prisoners of war.',
    'On 3–5 June, the two armies exchanged 840 prisoners of war.',
  ])('reads the days as the span and not as a figure: %s', (text) => {
    expect(one(text, PUBLISHED)).toMatchObject({ text: '840', rate: 'period_total', period: { start: '2025-06-03', end: '2025-06-05' } });
  });
});

describe('"respectively"', () => {
  it('gives the k-th number of a list closed by "respectively" the k-th time named before or after it', () => {
    const days = extractFigures('On Sunday, Tuesday and Wednesday, there were 690, 810 and 870 enemy losses respectively.', { published: PUBLISHED });
    expect(days.map((f) => [f.text, f.period?.start])).toEqual([
      ['690', '2025-06-08'],
      ['810', '2025-06-10'],
      ['870', '2025-06-11'],
    ]);
    const after = extractFigures('The enemy lost 1,480, 1,310 and 1,390 troops on Saturday, Sunday and Monday respectively.', { published: PUBLISHED });
    expect(after.map((f) => [f.text, f.period?.start])).toEqual([
      ['1,480', '2025-06-07'],
      ['1,310', '2025-06-08'],
      ['1,390', '2025-06-09'],
    ]);
    expect(one('The enemy has lost 5,100 soldiers since the start of the week.', PUBLISHED).period).toEqual({ start: '2025-06-09', end: '2025-06-12' });
    const months = extractFigures('Enemy casualties throughout March and April 2025 reached highs of 1,240 and 1,180 soldiers respectively.', { published: PUBLISHED });
    expect(months.map((f) => [f.text, f.period])).toEqual([
      ['1,240', { start: '2025-03-01', end: '2025-03-31' }],
      ['1,180', { start: '2025-04-01', end: '2025-04-30' }],
    ]);
  });
});

describe("days named by a holiday, or a swap's day", () => {
  it('reads "on New Year\'s Eve" and "on Christmas Day" as those days, but not "in advance of New Year\'s Eve"', () => {
    expect(one('The ministry said 61 of its troops were killed on New Year\'s Eve in a missile strike.', '2023-01-02').period).toEqual({ start: '2022-12-31', end: '2022-12-31' });
    expect(one('More than 140 soldiers were killed on Christmas Day.', '2024-12-27').period).toEqual({ start: '2024-12-25', end: '2024-12-25' });
    expect(one('The sides swapped more than 250 prisoners of war in advance of New Year\'s Eve, officials said.', '2023-01-02').period).toBeNull();
  });

  it('reads "On Friday, each side released 270 soldiers" as that day\'s swap: "released" frees them, it reports nothing', () => {
    expect(one('On Friday, each side released 250 soldiers.', '2025-05-24').period).toEqual({ start: '2025-05-23', end: '2025-05-23' });
  });
});

describe('the weekend (session 10)', () => {
  it('reads "over the weekend" and "last weekend" as the latest Saturday and Sunday, not a weekday the sentence names', () => {
    // 2025-05-19 is a Monday.
    expect(one('Ukraine and Russia swapped 390 prisoners over the weekend under a deal agreed on Friday in Istanbul.', '2025-05-19').period).toEqual({
      start: '2025-05-17',
      end: '2025-05-18',
    });
    expect(one('Russia lost 2,000 soldiers last weekend.', '2025-05-19').period).toEqual({ start: '2025-05-17', end: '2025-05-18' });
    // Said on the Sunday itself: up to that day; "last weekend" then is the one before.
    expect(one('Over the weekend, 1,200 Russian soldiers were killed.', '2025-05-18').period).toEqual({ start: '2025-05-17', end: '2025-05-18' });
    expect(one('Russia lost 2,000 soldiers last weekend.', '2025-05-18').period).toEqual({ start: '2025-05-10', end: '2025-05-11' });
  });
});
