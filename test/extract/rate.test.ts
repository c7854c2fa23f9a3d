import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// The rate of a figure (per day, week, month or year; a running total; a total for a period) and how a daily or
// weekly tally's items keep it, in sentences written for these tests.

describe('rate', () => {
  it.each([
    ['The army loses 1,100 soldiers a day.', 'per_day'],
    ['The army loses 1,100 soldiers per day.', 'per_day'],
    ['The army loses 1,100 soldiers daily.', 'per_day'],
    ['The army lost 1,100 soldiers in the past 24 hours.', 'per_day'],
    ['The army lost 1,040 soldiers over the previous 24 hours.', 'per_day'],
    ['The army suffered nearly 10,000 casualties within just one week.', 'per_week'],
    ['The army loses 7,000 soldiers per week.', 'per_week'],
    ['The army lost up to 4,800 soldiers over the week, the ministry said.', 'per_week'],
    ['The army lost 5,000 soldiers over the past week.', 'per_week'],
    ['Over 1,000 soldiers were killed or wounded in the space of a single week.', 'per_week'],
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

  it.each([
    'The army lost 610 soldiers in a day, bringing the total to 200,590.',
    'The army lost 600 soldiers in the past day, and its death toll rose to 50,000.',
  ])('reads a total brought up to a number as a running total: "%s"', (text) => {
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => f.rate)).toEqual(['per_day', 'cumulative']);
  });

  it('reads "N times more" of something else as no ratio', () => {
    expect(extractFigures('The army has 3 times more tanks than its enemy, and lost 300 soldiers.', { published: '2025-06-15' }).map((f) => [f.text, f.metric])).toEqual([
      ['300', 'losses'],
    ]);
  });

  it('keeps a list item\'s own word: "5,710 killed and 200 captured"', () => {
    expect(extractFigures('On the first day the count stood at 5,710 soldiers killed and 200 captured.', { published: '2025-06-15' }).map((f) => f.metric)).toEqual([
      'killed',
      'captured',
    ]);
  });

  it('keeps the span of a daily tally for its parts, whatever their tense, but not for a running total after it', () => {
    const text =
      'Over the past 24 hours, the enemy lost up to 620 soldiers in battles with the central group, the ministry said. ' +
      'The enemy has lost up to 610 soldiers in battles with the southern group. The enemy has lost 600,000 soldiers since the invasion.';
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => [f.text, f.rate])).toEqual([
      ['620', 'per_day'],
      ['610', 'per_day'],
      ['600,000', 'cumulative'],
    ]);
  });

  it('keeps the daily rate for every item of a tally listed in its sentence', () => {
    const text =
      'The ministry said enemy losses came to about 1,300 soldiers over the past day: up to 220 were eliminated by the northern group, ' +
      'over 180 were eliminated by the western group, and up to 45 by the eastern group.';
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => [f.text, f.rate])).toEqual([
      ['1,300', 'per_day'],
      ['220', 'per_day'],
      ['180', 'per_day'],
      ['45', 'per_day'],
    ]);
  });

  it.each([
    ['Officials have not said how many soldiers were killed. Some reports, however, have put the number at more than 100,000.', '100,000'],
    ['The true number of soldiers killed is unknown. Last month, two outlets estimated it at 120,000.', '120,000'],
  ])('reads "put the number at" and "estimated it at" as the count the sentence before named: "%s"', (text, figure) => {
    const figs = extractFigures(text, { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([[figure, 'killed']]);
  });

  it('does not read "put the price at 500" as anything', () => {
    expect(extractFigures('Soldiers were killed. The company put the price at 500.', { published: '2025-06-15' })).toEqual([]);
  });

  it('still reads soldiers after a count of equipment', () => {
    const figs = extractFigures('The army lost 1,200 soldiers and 50 tanks, while 300 more were wounded.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['1,200', 'losses'],
      ['300', 'wounded'],
    ]);
  });

  it.each([
    'The two sides each swapped 175 prisoners in one of the largest exchanges since the invasion began.',
    'Each side released 88 prisoners in the sixth swap brokered since the start of the year.',
    'The sides swapped hundreds of prisoners of war in one of the war\'s largest exchanges.',
  ])('reads one swap as no running total, whatever "since" or "the war\'s" compares it with: "%s"', (text) => {
    expect(extractFigures(text, { published: '2025-03-19' }).map((f) => f.rate)).toEqual(['none']);
  });

  it.each([
    'On 11 June, the bodies of 1,212 fallen soldiers were brought back.',
    'On 2 June the sides agreed on a 6,000-for-6,000 exchange of bodies of fallen soldiers.',
    'In June the army handed over 757 bodies to the other side.',
    // Neither "killed in the war" nor the size of a handover makes it the war's running total.
    'On Friday the army handed over another 900 bodies of soldiers killed in the war.',
    'The two capitals agreed to each hand over as many as 5,000 bodies.',
  ])('gives a handover of bodies no rate and no span, so it never reads as deaths per day: "%s"', (text) => {
    const figs = extractFigures(text, { published: '2025-06-12' });
    expect(figs.length).toBeGreaterThan(0);
    for (const f of figs) expect([f.metric, f.rate, f.period]).toEqual(['killed', 'none', null]);
  });

  it('keeps the daily rate for "down from a high of 1,262 in May"', () => {
    const figs = extractFigures('The army lost an average of 1,140 soldiers per day in July, down from a high of 1,262 in May.', {
      published: '2024-08-03',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([
      ['1,140', 'per_day'],
      ['1,262', 'per_day'],
    ]);
  });

  it('gives "daily" past a comma to the number after it, not to the one before', () => {
    const text = 'The army is nearing 700,000 casualties, with daily casualties creeping towards 2,000.';
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => [f.text, f.rate, f.qualifier])).toEqual([
      ['700,000', 'none', 'nearly'],
      ['2,000', 'per_day', 'nearly'],
    ]);
  });

  it('reads "572 others have been captured" after another count', () => {
    const figs = extractFigures('At least 100 soldiers were killed and 572 others have been captured.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['100', 'killed'],
      ['572', 'captured'],
    ]);
  });

  it('reads "four more have been captured" after another count, and "considered wounded"', () => {
    const figs = extractFigures('Ten soldiers have been killed and four more have been captured by the enemy.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['Ten', 'killed'],
      ['four', 'captured'],
    ]);
    const wounded = extractFigures('Of the enemy force, 35,000 are believed killed while 150,000 are considered wounded.', { published: '2025-06-15' });
    expect(wounded.map((f) => [f.text, f.metric])).toEqual([
      ['35,000', 'killed'],
      ['150,000', 'wounded'],
    ]);
  });

  it('does not make a vague magnitude after a daily figure part of its tally', () => {
    const text = 'Hundreds of troops were killed or wounded every day in the battle. Its first weeks saw thousands of troops killed or wounded.';
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => [f.text, f.rate])).toEqual([
      ['Hundreds', 'per_day'],
      ['thousands', 'none'],
    ]);
  });

  it('reads "the number of dead soldiers at 80,000 and the number of wounded at 400,000" as two counts', () => {
    const text = 'An estimate put the number of dead soldiers at 80,000 and the number of wounded at 400,000.';
    expect(extractFigures(text, { published: '2025-06-15' }).map((f) => [f.text, f.metric])).toEqual([
      ['80,000', 'killed'],
      ['400,000', 'wounded'],
    ]);
  });

  it('lets soldiers named after a civilian count be counted', () => {
    const text = 'The country has lost hundreds of people, including civilians, while the ministry said 498 of its troops have died and 1,597 more injured.';
    expect(extractFigures(text, { published: '2022-03-03' }).map((f) => [f.text, f.metric])).toEqual([
      ['498', 'killed'],
      ['1,597', 'wounded'],
    ]);
  });

  it('keeps the rate of a series carried on ("a daily average of 400 in 2022, jumping to 693 in 2023")', () => {
    const text = 'The daily average of enemy casualties stood at 400 in 2022, jumping to 693 in 2023, and reaching 913 in early 2024.';
    expect(extractFigures(text, { published: '2024-06-15' }).map((f) => f.rate)).toEqual(['per_day', 'per_day', 'per_day']);
  });

  it('does not read "in a year and a half" as a yearly rate', () => {
    expect(one('The army recruited 60,000 soldiers in a year and a half.').rate).toBe('none');
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

  it.each([
    'The ministry said the enemy lost up to 1,240 servicemen, a tank, three armored vehicles, 14 trucks and 9 field guns over the past 24 hours.',
    'The enemy lost 1,240 soldiers, 61 artillery systems and 80 drones in the space of 24 hours.',
    'The army counted 1,240 personnel casualties and 700 drones destroyed in just 24 hours.',
  ])('keeps a daily rate said after a list of equipment lost with the soldiers: %s', (text) => {
    expect(one(text, '2025-06-15').rate).toBe('per_day');
  });

  it('does not carry a rate past a list whose items are civilians or a clause of their own', () => {
    expect(one('The army lost 1,240 soldiers, 300 civilians over the past day.').rate).not.toBe('per_day');
    expect(one('The army lost 1,240 soldiers, 40 drones were shot down over the past day.').rate).not.toBe('per_day');
  });

  it.each([
    'Army Loses Over 2,100 Soldiers Near Kharkiv in Past Week',
    'The total of 17 enemy soldiers surrendered in the past week, the ministry said.',
  ])('reads a week\'s tally as weekly, with or without "the" and after "the total of": %s', (text) => {
    expect(one(text).rate).toBe('per_week');
  });

  it('keeps a running total of bodies handed over when the sentence says one ("so far"), not for a perfect alone', () => {
    expect(one('The country has received the bodies of 7,000 soldiers so far.', '2025-06-12').rate).toBe('cumulative');
    expect(one('The country has already received the bodies of 7,000 soldiers.', '2025-06-12').rate).toBe('cumulative');
    expect(one('On Friday the country has received the bodies of 700 soldiers.', '2025-06-12').rate).toBe('none');
  });

  it('reads a rate adverb right after a number ("recruiting at a rate of 1,600 daily"), not one before a noun', () => {
    expect(one('The ministry was recruiting at a rate of around 1,400 daily.').rate).toBe('per_day');
    expect(extractFigures('The army lost 1,000 daily wage workers.', { published: '2025-06-15' })).toEqual([]);
  });

  it('gives a rate after a list of counts joined by "and" to each count: "12,000 AWOL and 1,200-1,800 desertion cases a month"', () => {
    const figs = extractFigures('Prosecutors logged around 12,000 AWOL and 1,200-1,800 desertion cases a month.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['12,000', 'per_month'], ['1,200-1,800', 'per_month']]);
    // Two phrases, not a list: "Over a Million Lost, 30,000 Recruits a Month".
    const headline = extractFigures('Over 900,000 Lost, 25,000 Recruits a Month', { published: '2025-06-15' });
    expect(headline.map((f) => [f.text, f.rate === 'per_month'])).toEqual([['900,000', false], ['25,000', true]]);
  });

  it('reads "died in Russia\'s war on Ukraine" as the war so far, but not "the list of Russia\'s war dead"', () => {
    expect(one('At least 500 North Korean soldiers had died in Russia\'s war on Ukraine, according to the latest intelligence update.', '2025-04-30').rate).toBe('cumulative');
    expect(one('The outlet selected 600 names of soldiers from the list of Russia\'s war dead kept by Mediazona.', '2025-04-30').rate).not.toBe('cumulative');
  });

  it('reads "casualties and counting" as a running total, and "the ratio had been 1 to 6" as a ratio', () => {
    expect(one('Nearly two million casualties and counting, the analysts wrote.', '2025-11-13').rate).toBe('cumulative');
    expect(one('Previously, the average ratio had been 1 to 5.', '2025-11-13')).toMatchObject({ metric: 'ratio', value: { low: 5, high: 5 } });
  });

  it('reads "starting from 21 September" after a toll as a running total from that day', () => {
    expect(one('At least 250 mobilised soldiers were killed starting from 21 September.', '2022-12-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-09-21', end: '2022-12-20' },
    });
  });

  it('gives a rate after a list with qualified counts, or a headline\'s list of three without "and", to the first count', () => {
    expect(one('The army lost 5,070 soldiers, 88 tanks and more than 150 artillery systems in a week, the staff said.', '2024-02-04').rate).toBe('per_week');
    expect(one('Russia Lost 5,070 Soldiers, 88 Tanks, 150 Artillery Systems in a Week', '2024-02-04').rate).toBe('per_week');
    // Two counts of soldiers without "and": "up to 90 soldiers killed, up to 400 wounded daily".
    const pair = extractFigures('The army loses up to 90 soldiers killed, up to 400 wounded daily, the minister said.', { published: '2022-06-09' });
    expect(pair.map((f) => [f.text, f.rate])).toEqual([['90', 'per_day'], ['400', 'per_day']]);
    // A rate with a number of its own right before it stays that number's.
    const own = extractFigures('Russia has lost 280,000 soldiers, 19,000 a month.', { published: '2023-06-09' });
    expect(own.map((f) => [f.text, f.rate])).toEqual([['280,000', 'cumulative'], ['19,000', 'per_month']]);
  });

  it('leaves a distributive phrase that ends another number\'s clause to that number', () => {
    const figs = extractFigures(
      'About 15,000 soldiers desert their units every month, with nearly 90,000 official desertion cases opened since the start of the war.',
      { published: '2025-06-15' },
    );
    expect(figs.map((f) => [f.text, f.metric, f.rate])).toEqual([['15,000', 'deserted', 'per_month'], ['90,000', 'deserted', 'cumulative']]);
  });

  it('keeps a running total the war so far when its "since" stands after the next number', () => {
    const figs = extractFigures('Monitors counted 4,200 documented deaths and 7,100 injuries among soldiers since Feb. 24.', { published: '2022-08-01' });
    expect(figs.map((f) => [f.rate, f.period])).toEqual([
      ['cumulative', { start: '2022-02-24', end: '2022-08-01' }],
      ['cumulative', { start: '2022-02-24', end: '2022-08-01' }],
    ]);
  });

  it('leaves a "since" to the clause of the number before it ("..., and the ministry counts 1,900 still held")', () => {
    const figs = extractFigures(
      'Kyiv said more than 5,000 soldiers have been returned since the full-scale invasion, and the ministry counts over 1,900 POWs still in Russian custody.',
      { published: '2025-10-02' },
    );
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['5,000', 'cumulative'], ['1,900', 'none']]);
  });

  it('reads "In June, the number fell to 1,090" as the count of the sentence before, at its rate', () => {
    const figs = extractFigures('In May, casualties averaged 1,210 a day, according to the UK. In June, the number fell to 1,090, analysts said.', {
      published: '2024-07-15',
    });
    expect(figs.map((f) => [f.text, f.metric, f.rate, f.period?.start])).toEqual([
      ['1,210', 'casualties', 'per_day', '2024-05-01'],
      ['1,090', 'casualties', 'per_day', '2024-06-01'],
    ]);
    expect(figs[0]!.claimant).toBe('UK');
  });

  it('reads "a week after the crash" as no rate, "killed in war" and "during the full-scale war" as the war so far', () => {
    expect(one('The two sides exchanged hundreds of prisoners of war just a week after the crash.', '2024-01-31').rate).toBe('none');
    expect(one('Up to 2,500 soldiers killed in war, says the president', '2022-04-16').rate).toBe('cumulative');
    expect(one('During the full-scale war, about 200,000 cases of unauthorized absence were opened.', '2026-05-26').rate).toBe('cumulative');
    expect(one('Throughout the war, 900 prisoners of war were exchanged each month.', '2026-05-26').rate).toBe('per_month');
  });

  it('reads "over the past year" as a yearly tally and "in the four-year-old war" as the war so far', () => {
    expect(one('Over the past year, the army has recruited 400,000 contract soldiers.', '2025-06-12').rate).toBe('per_year');
    expect(one('The report cites 48,000 troops dying in the four-year-old war.', '2026-02-11').rate).toBe('cumulative');
  });

  it('reads "1,200 more ... killed in the war" as an increment, not the war\'s total', () => {
    expect(one('The ministry said 1,100 more soldiers were killed in the war.', '2024-12-24').rate).toBe('none');
    expect(one('The ministry said 1,100 soldiers were killed in the war.', '2024-12-24').rate).toBe('cumulative');
  });

  it('keeps bodies handed over "throughout the conflict" a running total', () => {
    expect(one('Thousands of bodies have been repatriated, with over 60 exchanges logged throughout the conflict.', '2025-06-11').rate).toBe('cumulative');
  });

  it('reads "killed in four weeks of war", said a month into the war, as the war so far; "in February 2022" stays that month', () => {
    expect(one('Officials estimate that 6,000 soldiers have been killed in four weeks of war.', '2022-03-23').rate).toBe('cumulative');
    expect(one('In February 2022, the army lost 4,000 soldiers.', '2022-03-23').rate).toBe('period_total');
  });

  it('dates "in just 24 hours" to the day before publication, unless the sentence names the day', () => {
    expect(one('The enemy lost 1,210 troops in just 24 hours.', '2025-06-15')).toMatchObject({ rate: 'per_day', period: { start: '2025-06-14', end: '2025-06-15' } });
    expect(one('On January 19, 2025, the enemy lost 1,210 troops in just 24 hours.', '2025-06-15').period).toEqual({ start: '2025-01-19', end: '2025-01-19' });
  });
});

describe('bodies, in wordings from review round 38', () => {
  it('reads "a total of 6,060 bodies ... have been delivered" as one exchange\'s handovers, not a running total', () => {
    const text = 'Russia has fulfilled what was promised in Istanbul: a total of 6,060 bodies of Ukrainian soldiers have been delivered to the Ukrainian side.';
    expect(one(text, '2025-06-16')).toMatchObject({ metric: 'killed', rate: 'none', period: null });
    // Said to be since the war began, it is.
    expect(one('A total of 10,000 bodies have been returned since the war began.', '2025-06-16').rate).toBe('cumulative');
  });
});
