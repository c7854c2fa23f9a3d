import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/extract/types';
import { getLang } from '../../lib/extract/lang';
import { readNumber } from '../../lib/extract/numbers';

// Every number format the issue lists, in sentences written for this test.

const PUBLISHED = '2025-06-15';
const one = (text: string): Figure => {
  const figs = extractFigures(text, { published: PUBLISHED });
  expect(figs, `one figure in: ${text}`).toHaveLength(1);
  return figs[0]!;
};

describe('number formats', () => {
  it.each([
    ['The army lost 12,400 soldiers in May.', '12,400', 12400],
    ['The army lost 12.400 soldiers in May.', '12.400', 12400],
    ['The army lost 1.250.000 soldiers overall.', '1.250.000', 1250000],
    ['The army lost 12 400 soldiers in May.', '12 400', 12400],
    ['The army lost 12\u00a0400 soldiers in May.', '12\u00a0400', 12400],
    ['The army lost 12\u2009400 soldiers in May.', '12\u2009400', 12400],
    ['The army lost 12\u202f400 soldiers in May.', '12\u202f400', 12400],
    ['The army lost 980 soldiers in May.', '980', 980],
  ])('thousands separators: %s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ low: value, high: value });
  });

  it.each([
    ['Analysts put total casualties at 1.1 million.', '1.1 million', 1100000],
    ['Analysts put total casualties at 2.75 million.', '2.75 million', 2750000],
    ['The dashboard lists 415k casualties.', '415k', 415000],
    ['Headline: 1.2m casualties since the invasion', '1.2m', 1200000],
    ['Some 3 million troops were mobilised.', '3 million', 3000000],
  ])('decimals and scale words: %s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value.low).toBe(value);
  });

  it('reads a space-grouped number with a decimal comma as one number ("21 922,12 rubles" is money, not 21 and 922)', () => {
    expect(readNumber('18 450,75 rubles', 0, getLang('en'))).toMatchObject({ end: 9, low: 18450.75 });
    expect(extractFigures('Families of the dead receive monthly payments of 18 450,75 rubles.', { published: '2025-06-15' })).toEqual([]);
  });

  it('reads a decimal part before a full stop and after Indian grouping as part of the number', () => {
    expect(readNumber('about 49,324.60.', 6, getLang('en'))).toMatchObject({ end: 15, low: 49324.6 });
    expect(readNumber('₹49,89,324.60, during', 1, getLang('en'))).toMatchObject({ end: 13, low: 4989324.6 });
    // A dotted run is no decimal: "1.2.3".
    expect(readNumber('1.2.3', 0, getLang('en'))?.end).toBe(1);
  });

  it('reads "bn" as a billion, and a billion casualties as no figure at all', () => {
    expect(readNumber('1.2bn casualties', 0, getLang('en'))?.low).toBe(1_200_000_000);
    expect(extractFigures('Headline: 1.2bn casualties is not plausible', { published: '2025-06-15' })).toEqual([]);
  });

  it.each([
    ['Six soldiers were killed at the checkpoint.', 'Six', 6],
    ['Twenty-five soldiers deserted their unit.', 'Twenty-five', 25],
    ['The general said two hundred troops had surrendered.', 'two hundred', 200],
    ['Losses reached half a million soldiers.', 'half a million', 500000],
    ['Losses reached a quarter of a million soldiers.', 'a quarter of a million', 250000],
    ['Moscow has lost nearly half a million troops.', 'half a million', 500000],
    ['Three thousand reservists were called up.', 'Three thousand', 3000],
    ['One and a half million troops served.', 'One and a half million', 1500000],
    ['General Milley spoke of “a hundred thousand dead and wounded on each side” in Ukraine.', 'a hundred thousand', 100000],
    // KBS, 2025: thousands spelled, the rest in digits.
    ['North Korea has sent around four-thousand-100 soldiers to Russia.', 'four-thousand-100', 4100],
  ])('spelled-out numbers: %s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ low: value, high: value });
  });

  it('reads a scaled spelled-out number without a noun after it ("a quarter of a million had been killed")', () => {
    const f = one('Of those losses, up to a quarter of a million had been killed.');
    expect(f).toMatchObject({ text: 'a quarter of a million', value: { low: 250000, high: 250000 }, metric: 'killed', qualifier: 'up to' });
  });

  it.each([
    ['three-quarters of a million', 750000],
    ['three quarters of a million', 750000],
    ['two-thirds of a million', 666667],
  ])('reads "%s" as one number', (words, value) => {
    const f = one(`The army has suffered ${words} casualties since the invasion.`);
    expect(f.text).toBe(words);
    expect(f.value).toEqual({ low: value, high: value });
  });

  it.each([
    ['1,00,000', 100000],
    ['12,50,000', 1250000],
  ])('reads Indian grouping "%s" as one number', (digits, value) => {
    const f = one(`A general estimated that over ${digits} soldiers had been killed or wounded.`);
    expect(f.text).toBe(digits);
    expect(f.value).toEqual({ low: value, high: value });
  });

  it('reads "1 million 320 thousand" as one number', () => {
    const f = one('The army has lost 1 million 320 thousand soldiers since the invasion.');
    expect(f.text).toBe('1 million 320 thousand');
    expect(f.value).toEqual({ low: 1320000, high: 1320000 });
  });

  it('reads "servicepeople" as a personnel noun', () => {
    expect(one('The group eliminated more than 5,390 enemy servicepeople over the past week.').text).toBe('5,390');
  });

  it('reads "defenders", Kyiv\'s word for its soldiers, as a personnel noun', () => {
    expect(one('Kyiv brought home 84 more defenders on Thursday in the latest swap.')).toMatchObject({ text: '84', metric: 'captured', side: 'ukraine' });
  });

  it('reads a figure followed by a preposition ("11.2 thousand under the second")', () => {
    const figs = extractFigures('For desertion, prosecutors opened 18.6 thousand cases under one article and 11.2 thousand under the other.', {
      published: PUBLISHED,
    });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['18.6 thousand', 'deserted'], ['11.2 thousand', 'deserted']]);
  });

  it('reads "nearly half a million" with the qualifier outside the span', () => {
    const f = one('Moscow has lost nearly half a million troops.');
    expect(f.qualifier).toBe('nearly');
  });

  it.each([
    ['Thousands of conscripts were sent to the front.', 'Thousands', 2000],
    ['Hundreds of thousands of troops are deployed there.', 'Hundreds of thousands', 200000],
    ['Tens of thousands of soldiers have been killed.', 'Tens of thousands', 20000],
    ['Several thousand reservists were mobilised.', 'Several thousand', 3000],
    ['Dozens of soldiers deserted.', 'Dozens', 24],
  ])('vague magnitudes read as the least they can mean, "at least": %s', (text, span, value) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ low: value, high: value });
    expect(f.qualifier).toBe('at least');
  });
});

describe('ranges are one figure', () => {
  it.each([
    ['The front swallows 4,000-5,000 soldiers a week.', '4,000-5,000', 4000, 5000],
    ['The front swallows 4,000–5,000 soldiers a week.', '4,000–5,000', 4000, 5000],
    ['The front swallows 4,000 – 5,000 soldiers a week.', '4,000 – 5,000', 4000, 5000],
    ['The front swallows between 4,000 and 5,000 soldiers a week.', 'between 4,000 and 5,000', 4000, 5000],
    ['The front swallows 2,100 to 2,300 soldiers a week.', '2,100 to 2,300', 2100, 2300],
    ['Each side lost three to four soldiers per hour of the assault.', 'three to four', 3, 4],
    ['It lost from about eight to as many as 40 troops for every metre.', 'eight to as many as 40', 8, 40],
    ['Estimates range from 1.2 to 1.5 million casualties.', '1.2 to 1.5 million', 1200000, 1500000],
    ['Officials count 7-8 thousand recruits a month.', '7-8 thousand', 7000, 8000],
  ])('%s', (text, span, low, high) => {
    const f = one(text);
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ low, high });
  });

  it('keeps the qualifier of the upper end of a range', () => {
    expect(one('Drone units killed from six to as many as 30 soldiers a day.').qualifier).toBe('as many as');
  });

  it('does not join a falling pair into a range', () => {
    const figs = extractFigures('Casualties fell from 40,000 to 35,000 a month.', { published: PUBLISHED });
    expect(figs.map((f) => f.text)).toEqual(['40,000', '35,000']);
  });
});

it('reads a scale word after two spaces ("5  million")', () => {
  expect(one('More than 5  million soldiers were mobilised.').value).toEqual({ low: 5_000_000, high: 5_000_000 });
});

it('reads a change from one count to another as two counts, not a range', () => {
  const figs = extractFigures('The army grew from 261,000 to more than 800,000 soldiers.', { published: '2025-06-15' });
  expect(figs.map((f) => [f.text, f.value.low, f.value.high, f.qualifier])).toEqual([
    ['261,000', 261000, 261000, 'exact'],
    ['800,000', 800000, 800000, 'more than'],
  ]);
});

it('reads a change whose verb stands a few words before "from" as two counts ("boosted its frontline troop strength from")', () => {
  const boosted = 'Moscow has also boosted its frontline troop strength from 360,000 to 470,000 soldiers, he noted.';
  expect(extractFigures(boosted, { published: '2024-04-11' }).map((f) => f.text)).toEqual(['360,000', '470,000']);
  const size = 'Russia increased the size of its army from 1.15 million to 1.5 million troops.';
  expect(extractFigures(size, { published: '2024-04-11' }).map((f) => f.text)).toEqual(['1.15 million', '1.5 million']);
  // The first level takes the second's scale word: "from 1.9 to 2.04 million".
  const decree = 'Putin signed a decree to increase the size of Russia\'s armed forces from 1.9 to 2.04 million.';
  expect(extractFigures(decree, { published: '2022-08-26' }).map((f) => f.value.low)).toEqual([1_900_000, 2_040_000]);
  // A range after "from" with no change is still one figure.
  expect(extractFigures('Estimates of the dead range from 60,000 to 70,000 soldiers.', { published: '2024-04-11' }).map((f) => f.text)).toEqual([
    '60,000 to 70,000',
  ]);
});

it('reads "from 261,000 to more than 800,000" as two levels, not a range', () => {
  const text = 'The armed forces have more than tripled since 2022, from 261,000 to more than 800,000 soldiers.';
  expect(extractFigures(text, { published: '2025-06-15' }).map((f) => f.text)).toEqual(['261,000', '800,000']);
});

describe('ranges that share their thousands', () => {
  it.each([
    ['The army probably has 70 or 80,000 casualties.', 70000, 80000],
    ['Between 20 and 30,000 soldiers were killed.', 20000, 30000],
    ['Between 100 and 200 soldiers were killed.', 100, 200],
    ['From 50 to 10,000 soldiers were sent.', 50, 10000],
  ])('%s', (text, low, high) => {
    expect(one(text).value).toEqual({ low, high });
  });
});

describe('qualifiers', () => {
  it.each([
    ['about', 'about'],
    ['around', 'about'],
    ['roughly', 'about'],
    ['approximately', 'about'],
    ['an estimated', 'about'],
    ['more than', 'more than'],
    ['over', 'more than'],
    ['at least', 'at least'],
    ['up to', 'up to'],
    ['as many as', 'as many as'],
    ['as high as', 'as many as'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['under', 'under'],
    ['fewer than', 'under'],
    ['nearing', 'nearly'],
    ['beyond', 'more than'],
    ['approaching', 'nearly'],
    ['somewhere near', 'about'],
    ['closer to', 'about'],
  ])('"%s" -> %s, outside the span', (word, qualifier) => {
    const f = one(`The regiment lost ${word} 2,000 soldiers in April.`);
    expect(f.text).toBe('2,000');
    expect(f.qualifier).toBe(qualifier);
  });

  it.each(['exceeded', 'surpassed', 'topped', 'crossed', 'passed', 'surpassing', 'exceeding'])('reads "losses %s 2,000" as more than 2,000', (verb) => {
    const f = one(`The regiment's losses ${verb} 2,000 soldiers in April.`);
    expect(f.text).toBe('2,000');
    expect(f.qualifier).toBe('more than');
  });

  it.each([
    ['Russian troop losses in Ukraine surpass the 1 million mark, Kyiv says', 'more than'],
    ['Total Russian personnel losses have officially surged past the 1.22 million mark.', 'more than'],
    ['The UK Ministry of Defence noted that Russian losses had likely crossed the one-million threshold.', 'more than'],
    ['Russian losses are approaching the 1 million mark.', 'nearly'],
  ])('reads a mark passed or neared in "%s" as %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });

  it('reads "about" after "information" or "talking" as a preposition, not an estimate', () => {
    expect(one('Authorities confirm information about 600 soldiers perished in Ukraine.').qualifier).toBe('exact');
    expect(one('We are talking about 50,000 Russian losses per month.').qualifier).toBe('exact');
    expect(one('About 600 soldiers were killed.').qualifier).toBe('about');
  });

  it('reads a headline\'s "casualties top one million" as more than', () => {
    expect(one('Russian casualties top one million, the general staff says').qualifier).toBe('more than');
    expect(one('Analysts projected that the casualties would top 900,000 by the end of the year.').qualifier).toBe('more than');
    expect(one('The estimate was something in the vicinity of 14,000 killed.').qualifier).toBe('about');
  });

  it('gives the second of a pair the approximation of the first ("approximately 40,000 wounded and 20,000 killed")', () => {
    const figs = extractFigures('The group likely suffered approximately 30,000 wounded and 15,000 killed.', { published: '2023-12-04' });
    expect(figs.map((f) => [f.text, f.qualifier])).toEqual([['30,000', 'about'], ['15,000', 'about']]);
    // Not a duration's: "about 1.5 years and 120,000 lives".
    expect(one('It would take about 1.5 years and 120,000 military lives to capture it.').qualifier).toBe('exact');
  });

  it('reads "approaches 2,000" as nearly, and "~2,000" as about', () => {
    expect(one("The regiment's losses approaches 2,000 soldiers this spring.").qualifier).toBe('nearly');
    expect(one('The regiment lost ~2,000 soldiers in April.').qualifier).toBe('about');
  });

  it('reads "or more" after the number', () => {
    expect(one('The regiment lost 2,000 or more soldiers in April.').qualifier).toBe('at least');
  });

  it.each(['handed over', 'turned over'])('reads "%s 757" as exact: the "over" is the verb\'s', (verb) => {
    const f = one(`The ministry said Russia ${verb} 757 bodies of fallen soldiers on Friday.`);
    expect(f.text).toBe('757');
    expect(f.qualifier).toBe('exact');
  });

  it('is exact without a qualifier', () => {
    expect(one('The regiment lost 2,000 soldiers in April.').qualifier).toBe('exact');
  });

  it('reads "increase the armed forces by 180,000 to 1.5 million" as a change and a new level, not a range', () => {
    const figs = extractFigures('Putin signed a decree to increase the armed forces by 120,000 to 1.3 million servicemen.', { published: '2024-09-30' });
    expect(figs.map((f) => [f.value.low, f.value.high])).toEqual([
      [120000, 120000],
      [1300000, 1300000],
    ]);
    expect(extractFigures('The Russians are increasing their troops by 8-9 thousand people every month.', { published: '2024-09-30' })[0]!.value).toEqual({ low: 8000, high: 9000 });
  });

  it('reads "20-odd" as about 20, with the noun after it', () => {
    const f = extractFigures('He said that 20-odd Indian soldiers serving in the Russian military were killed.', { published: '2024-03-15' })[0]!;
    expect([f.value.low, f.qualifier, f.metric]).toEqual([20, 'about', 'killed']);
  });
});

describe('ranges inside a change (session 10)', () => {
  it('reads a dashed range that is the first end of a from-to ("from 150-200 to around 600") as a range', () => {
    const figs = extractFigures('The number of Russian soldiers killed each day is rising from 150-200 to around 600.', { published: '2025-10-10' });
    expect(figs.map((f) => [f.text, f.value, f.qualifier])).toEqual([
      ['150-200', { low: 150, high: 200 }, 'exact'],
      ['600', { low: 600, high: 600 }, 'about'],
    ]);
    // Without a "to" after it, the dash in a change stands for "to": its two ends are no range.
    const change = extractFigures('Russian losses rose from 150-600 a day over the summer.', { published: '2025-10-10' });
    expect(change.length).toBeGreaterThan(0);
    expect(change.map((f) => f.value)).not.toContainEqual({ low: 150, high: 600 });
  });
});
