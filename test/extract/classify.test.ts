import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import type { Figure } from '../../lib/extract/types';

// What a figure counts, at what rate, over which period, whose personnel and
// who says so, read from sentences written for this test.

const one = (text: string, published = '2025-06-15'): Figure => {
  const figs = extractFigures(text, { published });
  expect(figs, `one figure in: ${text}`).toHaveLength(1);
  return figs[0]!;
};

describe('metric', () => {
  it.each([
    ['The assault killed 1,400 soldiers.', 'killed'],
    ['Some 900 soldiers died in the first week.', 'killed'],
    ['The battle left 3,000 troops wounded.', 'wounded'],
    ['The brigade suffered 2,300 casualties.', 'casualties'],
    ['The army reported 2,300 killed and wounded.', 'casualties'],
    ['The army lost 5,000 soldiers near the river.', 'losses'],
    ['Losses stood at 5,000 for the month.', 'losses'],
    ['The ministry recruited 31,000 volunteers.', 'recruited'],
    ['About 31,000 men signed contracts with the army.', 'recruited'],
    ['The decree mobilised 150,000 reservists.', 'mobilized'],
    ['Some 150,000 men were called up under the decree.', 'mobilized'],
    ['The grouping in the south numbered 480,000 troops.', 'force_size'],
    ['Combat losses among the enemy\'s troops numbered 77,170 by Tuesday.', 'losses'],
    ['About 11,000 North Korean troops are stationed in the region.', 'foreign_troops'],
    ['Around 2,000 mercenaries fight in the brigade.', 'foreign_troops'],
    ['The army recorded 2,700 deserters last year.', 'deserted'],
    ['The unit took 1,200 prisoners of war.', 'captured'],
    ['Some 640 servicemen are listed as missing.', 'missing'],
    ['Kyiv aims to raise enemy losses to 45,000 a month.', 'target'],
    ['Attackers lose up to seven soldiers for each defender.', 'ratio'],
    ['The ratio of killed to wounded was 1:3 in the assault.', 'ratio'],
    ['Commanders lost about 3,000 more soldiers than they could replace in May.', 'net_deficit'],
    ['After the battle, almost 100 more soldiers are missing.', 'missing'],
    ['Documents show 70,000 soldiers will desert this year.', 'deserted'],
    ['Since the invasion, at least 50,000 soldiers have fled the army.', 'deserted'],
    ['The minister said about 280,000 people have been accepted into the ranks of the army.', 'recruited'],
    // What the sentence says was counted wins over the loss verb.
    ['Analysts think the army has lost 420,000 soldiers killed or wounded so far.', 'casualties'],
    ['The regiment lost 2,000 men dead and injured in the assault.', 'casualties'],
    ['The brigade sustained 800 troops wounded or killed near the bridge.', 'casualties'],
    // A common misspelling in real reporting.
    ['The brigade suffered about 900 causalities in the offensive.', 'casualties'],
    ['More than 90,000 soldiers have died or been wounded since the spring.', 'casualties'],
    ['Since the spring the brigade has lost 4,000 soldiers killed in action.', 'killed'],

    // A foreign contingent's own verb says what its number counts; a later clause does not.
    ['Around 300 North Korean soldiers sent to the front have been killed, officials said.', 'killed'],
    ['Investigators named 900 mercenaries who died in the assault.', 'killed'],
    ['Some 11,000 North Korean troops were sent to the region, where many were killed.', 'foreign_troops'],
    ['In a prisoner exchange, Ukraine returned 390 people.', 'captured'],
    ['The enemy holds captive over 3,000 soldiers.', 'captured'],
    ['Over 200 POWs have died in custody since the war began.', 'killed'],
    ['The ministry retrieved the bodies of 82 fallen soldiers.', 'killed'],
    ['Prosecutors opened 2,400 desertion proceedings last year.', 'deserted'],
  ])('%s -> %s', (text, metric) => {
    expect(one(text).metric).toBe(metric);
  });

  it('reads "from 1,262 per day in May to 1,140 in July" as two casualty rates, not a ratio "to 1"', () => {
    const figs = extractFigures('Daily casualties fell from a high of over 1,262 per day in May to 1,140 in July.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric, f.rate])).toEqual([['1,262', 'casualties', 'per_day'], ['1,140', 'casualties', 'per_day']]);
  });

  it('keeps the rate for "from the ~40,000 per month seen in March to slightly below 30,000 in May"', () => {
    const figs = extractFigures('Recruitment slowed from the ~40,000 per month seen in March to slightly below 30,000 in May.', {
      published: '2025-07-20',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['40,000', 'per_month'], ['30,000', 'per_month']]);
  });

  it('reads both numbers of "N foreign soldiers were killed and M injured"', () => {
    const figs = extractFigures('In two days 40 North Korean troops were killed and 60 injured.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['40', 'killed'], ['60', 'wounded']]);
  });

  it('lets a short sentence after clarify only a vague word, not an exact one', () => {
    const metrics = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.metric);
    expect(metrics('About 7,200 soldiers are missing. Most are in captivity.')).toEqual(['missing']);
    expect(metrics('Officials said 1,300 soldiers were killed. Another 900 soldiers were wounded.')).toEqual(['killed', 'wounded']);
  });

  it('follows a short clarification after the sentence ("Not wounded, dead")', () => {
    const figs = extractFigures('They are losing 900 soldiers a day. A day. Not wounded, dead.', { published: '2025-06-15' });
    expect(figs.map((f) => f.metric)).toEqual(['killed']);
  });
});

describe('rate', () => {
  it.each([
    ['The army loses 1,100 soldiers a day.', 'per_day'],
    ['The army loses 1,100 soldiers per day.', 'per_day'],
    ['The army loses 1,100 soldiers daily.', 'per_day'],
    ['The army lost 1,100 soldiers in the past 24 hours.', 'per_day'],
    ['The army loses 7,000 soldiers per week.', 'per_week'],
    ['The army loses 7,000 soldiers every week.', 'per_week'],
    ['The army loses 30,000 soldiers each month.', 'per_month'],
    ['The army loses 30,000 soldiers monthly.', 'per_month'],
    ['Kyiv counted a daily average of 1,050 enemy casualties in May.', 'per_day'],
    ['It signs up 30,000 recruits, a monthly average the ministry keeps.', 'per_month'],
    ['The army recruits 400,000 soldiers a year.', 'per_year'],
    ['The army has lost 700,000 soldiers since the full-scale invasion.', 'cumulative'],
    ['The army has lost 700,000 soldiers so far.', 'cumulative'],
    ['The army lost 30,000 soldiers in January.', 'period_total'],
    ['The army lost 350,000 soldiers last year.', 'period_total'],
    ['The enemy force numbers 600,000 troops.', 'none'],
    ['Since the full-scale invasion began in February 2022, the army has lost 700,000 soldiers.', 'cumulative'],
    ['Over the past day, the army lost 1,100 soldiers.', 'per_day'],
    ['The army had 90,000 soldiers killed by March 10.', 'cumulative'],
    ['As of April, the army had lost 150,000 soldiers.', 'cumulative'],
    ['The army has lost 150,000 soldiers.', 'cumulative'],
    ['Some 150,000 soldiers have been killed.', 'cumulative'],
    ['This brings the total losses since the start of the conflict in February 2022 to 1,250,150 soldiers.', 'cumulative'],
    ['Losses since the invasion on February 24, 2022 reached a total of 1,073,530 soldiers.', 'cumulative'],
    ['The army lost 150,000 soldiers.', 'none'],
    ['Around 900 soldiers were wounded every single day of the assault.', 'per_day'],
    ['The garrison lost 600 men each and every day.', 'per_day'],
    ['The garrison lost 600 men every day.', 'per_day'],
    ['The garrison lost 600 men a day on average.', 'per_day'],
    ['Kyiv says 4,000 enemy soldiers die every single week.', 'per_week'],
    ['The ministry signs 25,000 recruits each and every month.', 'per_month'],
    // A single day's figure, after the number or opening the sentence.
    ['The army lost 770 soldiers in just one day.', 'per_day'],
    ['In a single day, the army lost 1,140 soldiers.', 'per_day'],
    ['The army lost 720 soldiers over the course of a single day.', 'per_day'],
    ['Its forces killed about 1,400 enemy soldiers within a 24-hour period.', 'per_day'],
    ['The army lost 1,770 soldiers killed or wounded in just 24 hours.', 'per_day'],
    ['The average daily toll in July reached 1,072 troops.', 'per_day'],
    ['The army suffered 1.2 million casualties between the start of the invasion in February 2022 and December 2025.', 'cumulative'],
    ['The army suffered its heaviest losses last year since the start of the war, with total losses reaching 434,000 soldiers.', 'period_total'],
    ['The army had lost at least 700,000 soldiers during the war, the minister said.', 'cumulative'],
    // A distributive rate may also come before the number.
    ['Enemy casualties per day reached 1,200 in December.', 'per_day'],
    ['Losses per week averaged 7,000 soldiers, the ministry said.', 'per_week'],
    ['Each week, the army loses about 7,000 soldiers.', 'per_week'],
    ['Every single day, the army loses 1,100 soldiers.', 'per_day'],
    ['The number of soldiers killed each day was around 1,000.', 'per_day'],
  ])('%s -> %s', (text, rate) => {
    expect(one(text).rate).toBe(rate);
  });

  it('does not read "a year ago" as a rate', () => {
    expect(one('The army lost 900 soldiers in the battle a year ago.').rate).not.toBe('per_year');
  });

  it('leaves a rate phrase with the number it follows ("30,000 per month ..., while 100,000 ...")', () => {
    const figs = extractFigures('Recruits barely reached 30,000 per month over the winter, while around 100,000 soldiers deserted.', {
      published: '2025-03-13',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['30,000', 'per_month'], ['100,000', 'period_total']]);
  });

  it('does not let a rate phrase that opens the next clause rate the number before it', () => {
    const figs = extractFigures('Over the past day the army lost 1,160 soldiers, and in general, since February 24, 2022, 506,260.', {
      published: '2024-02-14',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['1,160', 'per_day'], ['506,260', 'cumulative']]);
  });

  it('does not read "a day after" before the number as a rate', () => {
    expect(one('A day after the strike, officials said 50 soldiers had been killed.').rate).toBe('none');
  });

  it('does not let a rate before the number reach past another number', () => {
    const figs = extractFigures('The army lost 1,000 soldiers a day in May and 20,000 soldiers in June.', { published: '2025-06-15' });
    expect(figs.map((f) => f.rate)).toEqual(['per_day', 'period_total']);
  });
});

describe('period, resolved against the publication date', () => {
  const cases: [string, string, { start: string; end: string } | null][] = [
    ['The army lost 30,000 soldiers in January.', '2025-06-15', { start: '2025-01-01', end: '2025-01-31' }],
    ['The army lost 30,000 soldiers in December.', '2025-06-15', { start: '2024-12-01', end: '2024-12-31' }],
    ['The army lost 30,000 soldiers in June.', '2025-06-15', { start: '2025-06-01', end: '2025-06-15' }],
    ['The army lost 350,000 soldiers last year.', '2025-06-15', { start: '2024-01-01', end: '2024-12-31' }],
    ['The army lost 350,000 soldiers in 2023.', '2025-06-15', { start: '2023-01-01', end: '2023-12-31' }],
    ['The army lost 700,000 soldiers since the full-scale invasion.', '2025-06-15', { start: '2022-02-24', end: '2025-06-15' }],
    ['The army lost 1,100 soldiers in the past 24 hours.', '2025-06-15', { start: '2025-06-14', end: '2025-06-15' }],
    ['The army lost 120,000 soldiers in the last quarter of 2024.', '2025-06-15', { start: '2024-10-01', end: '2024-12-31' }],
    ['Kyiv wants enemy losses to reach 45,000 a month by the summer.', '2025-02-10', { start: '2025-06-01', end: '2025-08-31' }],
    ['Kyiv wants enemy losses to reach 45,000 a month by the summer.', '2025-10-10', { start: '2026-06-01', end: '2026-08-31' }],
    ['The army lost 9,000 soldiers in early March 2024.', '2025-06-15', { start: '2024-03-01', end: '2024-03-10' }],
    ['The army lost 9,000 soldiers in mid-March 2024.', '2025-06-15', { start: '2024-03-11', end: '2024-03-20' }],
    ['The army lost 40,000 soldiers over the past two months.', '2025-06-15', { start: '2025-04-15', end: '2025-06-15' }],
    ['The army loses 1,100 soldiers a day.', '2025-06-15', null],
    ['The army had 90,000 soldiers killed by March 10.', '2025-06-15', { start: '2022-02-24', end: '2025-03-10' }],
    ['The army lost 700 soldiers on March 10.', '2025-06-15', { start: '2025-03-10', end: '2025-03-10' }],
    ['The army lost 700 soldiers on August 10.', '2025-06-15', { start: '2024-08-10', end: '2024-08-10' }],
    // An explicit year after a season or month wins over the publication year.
    ['Kyiv counted 650 enemy casualties a day in the summer of 2023.', '2025-06-15', { start: '2023-06-01', end: '2023-08-31' }],
    ['The brigade lost 400 soldiers a week during the spring of 2024.', '2025-06-15', { start: '2024-03-01', end: '2024-05-31' }],
    ['The army lost 2,000 soldiers in the winter of 2023.', '2025-06-15', { start: '2023-12-01', end: '2024-02-29' }],
    ['The army lost 2,000 soldiers in autumn 2023.', '2025-06-15', { start: '2023-09-01', end: '2023-11-30' }],
    ['The army lost 31,000 soldiers in November 2023.', '2025-06-15', { start: '2023-11-01', end: '2023-11-30' }],
    ['The army lost 31,000 soldiers in January of 2024.', '2025-06-15', { start: '2024-01-01', end: '2024-01-31' }],
    ['Since the summer of 2023 the army has lost 200,000 soldiers.', '2025-06-15', { start: '2023-06-01', end: '2025-06-15' }],
    // Parts of a named year: halves, and thirds for "early", "mid" and "late".
    ['The army lost 60,000 soldiers in the first half of 2023.', '2025-06-15', { start: '2023-01-01', end: '2023-06-30' }],
    ['The army lost 60,000 soldiers in the second half of 2024.', '2025-06-15', { start: '2024-07-01', end: '2024-12-31' }],
    ['The army lost 60,000 soldiers in H2 2024.', '2025-06-15', { start: '2024-07-01', end: '2024-12-31' }],
    ['The army lost 90,000 soldiers in early 2024.', '2025-06-15', { start: '2024-01-01', end: '2024-04-30' }],
    ['The army lost 90,000 soldiers in late 2023.', '2025-06-15', { start: '2023-09-01', end: '2023-12-31' }],
    ['By mid-2024, the army had lost 350,000 soldiers.', '2025-06-15', { start: '2022-02-24', end: '2024-08-31' }],
  ];
  it.each(cases)('%s (published %s)', (text, published, period) => {
    expect(one(text, published).period).toEqual(period);
  });

  it('gives "in the same period" the period of the figure just before', () => {
    const figs = extractFigures(
      'In the past week, more than 4,600 enemy soldiers were killed or wounded. Our forces captured more than 80 enemy troops in the same time period.',
      { published: '2023-06-19' },
    );
    expect(figs.map((f) => [f.text, f.metric, f.period])).toEqual([
      ['4,600', 'casualties', { start: '2023-06-12', end: '2023-06-19' }],
      ['80', 'captured', { start: '2023-06-12', end: '2023-06-19' }],
    ]);
  });

  it('does not take a date across a semicolon ("In 2023, hundreds a month; by 2025, thousands")', () => {
    const figs = extractFigures('In 2023, the army was recruiting hundreds of soldiers per month; by 2025, thousands.', { published: '2025-11-25' });
    expect(figs[0]).toMatchObject({ text: 'hundreds', period: { start: '2023-01-01', end: '2023-12-31' } });
  });

  it('puts a month without a year in the year of the month it runs to ("from January to September 2023")', () => {
    expect(one('From January to September 2023, prosecutors registered 11,625 desertion cases.', '2024-10-16').period).toEqual({
      start: '2023-01-01',
      end: '2023-09-30',
    });
    expect(one('The army lost 40,000 soldiers from November to February 2024.', '2024-10-16').period).toEqual({
      start: '2023-11-01',
      end: '2024-02-29',
    });
  });

  it('counts "since [an event] in late June" or "on May 19" from that date', () => {
    expect(one('Since the brief uprising in late June, almost 10,000 men have signed up.', '2023-07-05')).toMatchObject({
      metric: 'recruited',
      rate: 'cumulative',
      period: { start: '2023-06-21', end: '2023-07-05' },
    });
    expect(one('Since the latest update on May 19, a total of 1,184 names of the dead have been added.', '2023-06-02')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2023-05-19', end: '2023-06-02' },
    });
  });

  it('reads "by mid-2025" as a running total even when that part of the year is not over', () => {
    expect(one('Analysts estimate that by mid-2025, the army will have sustained 950,000 casualties.', '2025-06-05')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-06-05' },
    });
  });

  it('still reads a figure next to a mention of an earlier war that is not its own', () => {
    expect(one('Losses not seen since World War II: about 1,200 soldiers are killed every day.').metric).toBe('killed');
  });

  it('counts "since the beginning of 2022" from that year\'s start, not the invasion', () => {
    expect(one('Since the beginning of 2022, more than 100,000 soldiers have committed AWOL.', '2024-10-16')).toMatchObject({
      metric: 'deserted',
      rate: 'cumulative',
      period: { start: '2022-01-01', end: '2024-10-16' },
    });
  });

  it('reads "a total of ... in 2023" as that year\'s total, and "in all of 2023" as no running total', () => {
    expect(one('A total of 7,883 desertion proceedings were registered in 2023.', '2024-10-16')).toMatchObject({
      rate: 'period_total',
      period: { start: '2023-01-01', end: '2023-12-31' },
    });
    const figs = extractFigures('Since the beginning of 2024, 5,204 AWOL cases were filed, against 5,096 such cases of desertion in all of 2023.', {
      published: '2024-10-16',
    });
    expect(figs.map((f) => [f.text, f.rate, f.period])).toEqual([
      ['5,204', 'cumulative', { start: '2024-01-01', end: '2024-10-16' }],
      ['5,096', 'period_total', { start: '2023-01-01', end: '2023-12-31' }],
    ]);
  });

  it('joins "the last quarter of 2024 and January 2025" into one span', () => {
    const f = one('In the last quarter of 2024 and in January 2025 the army lost 40,000 soldiers per month.');
    expect(f.period).toEqual({ start: '2024-10-01', end: '2025-01-31' });
  });

  it('reads a weekday as the date of the statement ("on Tuesday ... past day")', () => {
    const f = one('The ministry said on Tuesday that 700 soldiers were lost over the past day.', '2025-06-15');
    expect(f.period).toEqual({ start: '2025-06-09', end: '2025-06-10' });
  });
});

describe('side and month set by the previous sentence of the paragraph', () => {
  it('carries both over when the figure\'s sentence names neither and speaks of the same kind of figure', () => {
    const f = one('In March, Russian losses hit a record. The daily average was 1,400 soldiers killed or wounded, officials said.');
    expect(f).toMatchObject({ side: 'russia', rate: 'per_day', period: { start: '2025-03-01', end: '2025-03-31' } });
  });

  it('keeps the figure\'s own side and period over the previous sentence\'s', () => {
    const f = one('In March, Russian losses hit a record. Ukraine lost 300 soldiers killed or wounded in April.');
    expect(f).toMatchObject({ side: 'ukraine', period: { start: '2025-04-01', end: '2025-04-30' } });
  });

  it('carries nothing from a sentence about another kind of figure', () => {
    const f = one('In March, Russia changed its recruitment rules. The daily average was 1,400 soldiers killed or wounded.');
    expect(f).toMatchObject({ side: null, period: null, rate: 'per_day' });
  });

  it('carries nothing across a paragraph break', () => {
    const f = one('In March, Russian losses hit a record.\nThe daily average was 1,400 soldiers killed or wounded.');
    expect(f).toMatchObject({ side: null, period: null });
  });
});

describe('side and claimant', () => {
  it.each([
    ['Kyiv says it killed 1,300 Russian soldiers.', 'russia'],
    ['Moscow claims 900 Ukrainian troops were killed.', 'ukraine'],
    ['Russia lost 1,300 soldiers on Monday.', 'russia'],
    ['Ukraine lost 700 troops in the battle.', 'ukraine'],
    ['The Ukrainian President said Russia lost 1,300 troops.', 'russia'],
    ['Ukrainian forces killed 1,300 soldiers in the assault.', 'russia'],
    ['Russia lost 1,300 soldiers in Ukraine last week.', 'russia'],
    ['Some 11,000 North Korean troops fight for Moscow.', 'russia'],
    // A side that kills is the agent only with an object after the verb; otherwise the participle names the dead.
    ['Ukrainian drones killed or wounded 1,300 soldiers in May.', 'russia'],
    ['The number of Russian soldiers killed each day was around 1,000.', 'russia'],
    ['Russian troops killed in action numbered 5,000 in May.', 'russia'],
  ])('%s -> %s', (text, side) => {
    expect(one(text).side).toBe(side);
  });

  it('keeps the nation after a participle as the side ("6,000 killed Ukrainian troops")', () => {
    expect(one('Moscow will hand over the bodies of 6,000 killed Ukrainian troops.').side).toBe('ukraine');
  });

  it('reads "the invasion of Ukraine" as a place, not whose soldiers', () => {
    expect(one('The total of casualties in its invasion of Ukraine passed 121,000.').side).toBeNull();
  });

  it('reads "and Kiev has lost" as Kiev losing, not as a place after "and"', () => {
    expect(one('One group repelled 35 counterattacks, and Kiev has lost over 3,620 soldiers, the ministry said.').side).toBe('ukraine');
  });

  it('reads "the Ukrainian Armed Forces lost" as Ukraine losing, not as a claimant', () => {
    expect(one('The Ukrainian Armed Forces lost about 1,520 soldiers over the past day, enemy spokesmen said.').side).toBe('ukraine');
  });

  it('counts "since February 24, 2022" from that day', () => {
    expect(one('Since February 24, 2022, the enemy has lost 506,260 soldiers.', '2024-02-14')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-02-14' },
    });
  });

  it('does not take the enemy a side fights for whose soldiers a figure counts', () => {
    const figs = extractFigures('Kyiv said 43,000 Ukrainian soldiers have been killed fighting Russia, and some 370,000 have been wounded.', {
      published: '2025-06-15',
    });
    expect(figs.map((f) => [f.text, f.side])).toEqual([['43,000', 'ukraine'], ['370,000', 'ukraine']]);
  });

  it('names the claimant of "X said" and "according to X"', () => {
    expect(one('Defence Minister Anna Kovalenko said 1,300 Russian soldiers were killed.').claimant).toBe('Defence Minister Anna Kovalenko');
    expect(one('According to Reuters, 1,300 Russian soldiers were killed.').claimant).toBe('Reuters');
  });

  it.each([
    ['MP Anna Kovalenko, citing intelligence data, has said that 1,300 soldiers were killed.', 'MP Anna Kovalenko'],
    ['Minister Anna Kovalenko also announced that 1,300 soldiers were killed.', 'Minister Anna Kovalenko'],
    ['Reuters and the BBC say that about 1,300 soldiers were killed.', 'Reuters and the BBC'],
    ['He said that 1,300 soldiers were killed.', null],
    ['Officials said that 1,300 soldiers were killed.', null],
  ])('reads the claimant of "%s"', (text, claimant) => {
    expect(one(text).claimant).toBe(claimant);
  });

  it('carries a claimant to the next sentence, and to the next paragraph only when it continues a quotation', () => {
    const claimants = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.claimant);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed. Another 900 soldiers were wounded.')).toEqual([
      'Minister Anna Kovalenko',
      'Minister Anna Kovalenko',
    ]);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed.\nAnother 900 soldiers were wounded in May.')).toEqual([
      'Minister Anna Kovalenko',
      null,
    ]);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed.\n“Another 900 soldiers were wounded in May.')).toEqual([
      'Minister Anna Kovalenko',
      'Minister Anna Kovalenko',
    ]);
  });

  it('keeps the claimant inside its own sentence ("Kursk.\\n\\nSeoul estimates", "Kursk. Seoul estimates")', () => {
    for (const text of ['Troops fought near Kursk.\n\nSeoul estimates that 11,000 North Korean troops are there.',
      'Troops fought near Kursk. Seoul estimates that 11,000 North Korean troops are there.']) {
      expect(one(text).claimant).toBe('Seoul');
    }
  });
});
