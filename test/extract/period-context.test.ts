import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Periods lent by the sentence before, and dates that belong to the other side of a comparison, in sentences
// written for these tests.

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

describe('a date in a comparison', () => {
  it('belongs to the figure compared with, not the one before it', () => {
    const figs = extractFigures('The ministry said 422,704 recruits had joined the army, compared with about 450,000 sign-ups in 2024.', {
      published: '2026-01-16',
    });
    expect(figs.map((f) => [f.text, f.period])).toEqual([
      ['422,704', null],
      ['450,000', { start: '2024-01-01', end: '2024-12-31' }],
    ]);
  });

  it('does not date a figure by a time it is only likened to, a relative clause about something else, or a bracket', () => {
    // "consistent with late 2024": the figure is today's rate.
    expect(one('Recruitment stays consistent with late 2024, with roughly 1,100 new soldiers joining the army each day.', '2025-05-01').period).toBeNull();
    // "which it annexed in 2014" dates the annexation, not the troops.
    expect(one('The army keeps some 450,000 troops in the south, which includes the peninsula, which it seized in 2014.', '2025-05-01').period).toBeNull();
    // A relative clause about the number's own noun does date it.
    expect(one('The figure broke the record of 1,700 casualties, which the army suffered on Nov 12.', '2025-12-01').period).toEqual({ start: '2025-11-12', end: '2025-11-12' });
    // "(including cases opened before January 1, 2025)" dates other cases; "(in the past day)" is the figure's own.
    expect(one('In March, courts handed down verdicts in 21 desertion cases (including cases opened before January 1, 2025).', '2025-05-30').period).toEqual({
      start: '2025-03-01',
      end: '2025-03-31',
    });
    expect(one('The army lost 1,100 soldiers (in the past day) near the city.', '2025-05-30').period).toEqual({ start: '2025-05-29', end: '2025-05-30' });
  });

  it('reads "had been killed by that point" as a running total up to the time the sentence names', () => {
    const f = one('A report in mid-March put it plainly: up to 6,000 soldiers had been killed by that point.', '2022-03-27');
    expect([f.rate, f.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2022-03-20' }]);
  });

  it('reads a time set off by commas before "he said" as the statement\'s date, not the figure\'s span', () => {
    const f = one('The last time he gave a figure, in early 2025, he said 41,000 soldiers had been killed.', '2026-02-05');
    expect([f.rate, f.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2025-04-30' }]);
  });

  it('does not date a present force by the year a "since" began', () => {
    expect(one('Since the conflict escalated in 2022, the army has expanded its presence to roughly 600,000 soldiers.', '2025-04-10').period).toBeNull();
  });

  it('does not date a figure by a time in a second reported clause ("... and that it will continue on May 24")', () => {
    expect(one('He said that 320 people from each side had been exchanged and that the exchange would continue on May 24.', '2025-05-23').period).toBeNull();
  });

  it.each([
    'The ministry last acknowledged military deaths in September 2022, claiming just 5,400 soldiers had been killed.',
    "The ministry's last statement on deaths was in September 2022, when it said that just under 5,500 soldiers had been killed.",
  ])('reads a statement\'s date followed by ", claiming" or ", when it said" as the end of a running total: %s', (text) => {
    const f = one(text, '2025-06-13');
    expect([f.rate, f.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2022-09-30' }]);
  });

  it('gives a part of a figure ("including more than 20,000 killed") the span of the whole, unless it has its own', () => {
    const figs = extractFigures('Officials estimate that since December, the army has suffered 90,000 casualties, including more than 18,000 killed.', {
      published: '2023-05-01',
    });
    expect(figs.map((f) => f.period?.start)).toEqual(['2022-12-01', '2022-12-01']);
    const own = extractFigures('Reporters have confirmed 50,000 deaths by name, including over 1,800 confirmed in the last two weeks.', { published: '2024-02-14' });
    expect(own[1]!.period).toEqual({ start: '2024-01-31', end: '2024-02-14' });
  });

  it('puts the months of a call-up a decree "has ordered" ahead of its date, and leaves a time after ", though" to that clause', () => {
    const f = one('Putin has ordered, through a decree published on the website, the recruitment of 160,000 Russians during the period of April to July.', '2025-03-31');
    expect(f.period).toEqual({ start: '2025-04-01', end: '2025-07-31' });
    const g = one('It would take about 1.5 years and 120,000 military lives to capture that territory, though factors could slow any Russian advance in 2026.', '2026-01-20');
    expect([g.rate, g.period]).toEqual(['none', null]);
  });

  it('reads "the last year" as the past twelve months, and "last February" as the latest February before this month', () => {
    expect(one('Analysts think the army suffered up to 210,000 casualties in the last year of fighting.', '2023-03-10').period).toEqual({ start: '2022-03-10', end: '2023-03-10' });
    expect(one('The army lost 210,000 soldiers last year.', '2023-03-10').period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(one('The army lost 4,000 soldiers last February.', '2023-02-20').period).toEqual({ start: '2022-02-01', end: '2022-02-28' });
    expect(one('The army lost 4,000 soldiers last February.', '2023-07-20').period).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(one('Analysts put the Russian soldiers killed since last February at 55,000.', '2023-02-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2023-02-20' },
    });
  });

  it('reads "since 21 September" as a running total from that day, and "by the beginning of August" as its end', () => {
    expect(one('Since 14 October, over 300 Russian conscripts have been killed, the outlet estimates.', '2022-12-01')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-10-14', end: '2022-12-01' },
    });
    expect(one('The company had recruited at least 4,000 convicts by the beginning of August.', '2022-09-15')).toMatchObject({ rate: 'cumulative' });
  });

  it('reads the total a plan will reach as no running total', () => {
    const figs = extractFigures('This year the army plans to expand its drone units by 40,000 troops, bringing the total to 120,000.', { published: '2026-03-01' });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([
      ['40,000', 'none'],
      ['120,000', 'none'],
    ]);
    expect(one('A total of 150,000 men are to be drafted.', '2025-09-30').rate).not.toBe('cumulative');
    expect(one('A total of 150,000 men have been drafted.', '2025-09-30').rate).toBe('cumulative');
  });

  it('ends a running total the day before a time after "before" ("deaths before June")', () => {
    expect(one('The outlet counted at least 98,000 soldiers killed before June.', '2024-07-07')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-05-31' },
    });
  });

  it('reads "preparing to mobilise ... by July" as a plan with its deadline month, not a running total', () => {
    // A call-up being prepared is a target, read as "aims to mobilize ... by June" is.
    expect(one('The enemy is preparing to mobilise another 250,000 reservists by July, the intelligence chief said.', '2025-03-20')).toMatchObject({
      metric: 'target',
      rate: 'none',
      period: { start: '2025-07-01', end: '2025-07-31' },
    });
  });

  it('reads a toll a report dated at the sentence\'s start gave as the running total up to that date', () => {
    const f = one('In March 2024, a classified assessment from the Pentagon\'s intelligence directorate said the enemy had suffered 210,000 casualties.', '2025-06-10');
    expect([f.rate, f.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2024-03-31' }]);
  });

  it('reads an ordered call-up "by the end of" a year as running from the order to then, and "every fall" as yearly', () => {
    expect(one('The president on Monday ordered the conscription of 140,000 men by the end of 2025.', '2025-09-29')).toMatchObject({
      rate: 'period_total',
      period: { start: '2025-09-29', end: '2025-12-31' },
    });
    expect(one('The army has drafted an average of 130,000 men every fall.', '2025-09-29').rate).toBe('per_year');
  });

  it('reads "killed last year in all" as last year\'s total, not a running total', () => {
    expect(one('About 80,000 enemy soldiers were killed last year in all, the registry shows.', '2025-08-29')).toMatchObject({
      rate: 'period_total',
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
  });

  it('gives a time after "rising to" another number to that number', () => {
    const figs = extractFigures('In May 2024, average daily enemy casualties were 1,210, rising to 1,150 in June 2024.', { published: '2024-08-05' });
    expect(figs.map((f) => [f.text, f.period?.start])).toEqual([
      ['1,210', '2024-05-01'],
      ['1,150', '2024-06-01'],
    ]);
  });

  it('gives a time after "down from" or "up from" another number to that number', () => {
    const figs = extractFigures('The ministry is now recruiting about 900 soldiers per day, down from around 1,400 daily in 2023.', { published: '2024-09-20' });
    expect(figs.map((f) => [f.text, f.period])).toEqual([
      ['900', null],
      ['1,400', { start: '2023-01-01', end: '2023-12-31' }],
    ]);
    // Past another thousands separator too.
    const draft = extractFigures('The spring draft will call up 150,000 men, up from 140,000 last year and 127,500 in 2022.', { published: '2024-04-01' });
    expect(draft.map((f) => [f.text, f.period?.start ?? null])).toEqual([
      ['150,000', null],
      ['140,000', '2023-01-01'],
      ['127,500', '2022-01-01'],
    ]);
  });

  it('does not end a running total at a time that belongs to another number before it', () => {
    const figs = extractFigures('Russia lost 1,100 tanks last year and has seen 700,000 soldiers killed or wounded since the invasion began.', { published: '2025-02-12' });
    expect(figs.map((f) => [f.text, f.rate, f.period])).toEqual([['700,000', 'cumulative', { start: '2022-02-24', end: '2025-02-12' }]]);
  });

  it('does not give the month a running total ran "as of" in the sentence before to the next sentence\'s figure', () => {
    const figs = extractFigures(
      'Mediazona has confirmed the deaths of about 51,000 Russian soldiers by name as of June 2024. Western intelligence suggests around 480,000 casualties, including wounded and prisoners of war.',
      { published: '2024-09-01' },
    );
    expect(figs[1]).toMatchObject({ text: '480,000' });
    expect(figs[1]!.rate).not.toBe('period_total');
  });

  it('reads "At the end of October, officials said ... totaled" as a running total up to then', () => {
    expect(one('At the end of October, British defence officials said Russian losses totaled up to 180,000 personnel.', '2023-12-23')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2023-10-31' },
    });
  });

  it('reads "the first four days of the fighting" as the war\'s first days, and a claim "to have" killed as dated by its month', () => {
    const first = extractFigures('The command claimed about 5,300 enemy troops within the first four days of the fighting, with another 11,000 in March.', { published: '2023-01-05' });
    expect(first.map((f) => [f.text, f.period])).toEqual([
      ['5,300', { start: '2022-02-24', end: '2022-02-27' }],
      ['11,000', { start: '2022-03-01', end: '2022-03-31' }],
    ]);
    expect(one('Officials estimated 90,000 enemy casualties across the first eight months of the invasion.', '2023-03-01').period).toEqual({ start: '2022-02-24', end: '2022-10-24' });
    // "the past 6 to 7 months": the longer span.
    expect(one('In the past 5 to 6 months, 250,000 people signed contracts with the army, he said.', '2023-09-12').period).toEqual({ start: '2023-03-12', end: '2023-09-12' });
    // "over two years of war": the war's first two years.
    expect(one('Earlier this year, the president said that over two years of war, the army had lost 29,000 soldiers.', '2024-12-08').period).toEqual({ start: '2022-02-24', end: '2024-02-24' });
    // "the first year of the war": no number, one year.
    expect(one('Some 60,000 soldiers were killed during the first year of the war, the study estimates.', '2023-08-15').period).toEqual({ start: '2022-02-24', end: '2023-02-24' });
    expect(one('In November, the army claimed to have liquidated 16,500 enemy troops.', '2023-01-05')).toMatchObject({
      rate: 'period_total',
      period: { start: '2022-11-01', end: '2022-11-30' },
    });
  });

  it('reads a statement dated "when a general told" or after a semicolon as the end of its own clause\'s running total', () => {
    const told = extractFigures('The last official figures came March 25, when a general told state media that 1,300 soldiers had been killed and 3,700 wounded.', { published: '2023-02-22' });
    expect(told.map((f) => [f.text, f.rate, f.period?.end])).toEqual([
      ['1,300', 'cumulative', '2022-03-25'],
      ['3,700', 'cumulative', '2022-03-25'],
    ]);
    const clauses = extractFigures('Kyiv said on Thursday that 31,000 enemy soldiers had died; in late April, the British government estimated enemy losses at 14,000.', { published: '2022-05-20' });
    expect(clauses.map((f) => [f.text, f.rate, f.period?.end])).toEqual([
      ['31,000', 'cumulative', '2022-05-19'],
      ['14,000', 'cumulative', '2022-04-30'],
    ]);
  });

  it('reads "A January 2026 study ... found" as the date of the study, not the span of its toll', () => {
    expect(one('A January 2026 study by a think tank found that Russian forces have suffered nearly 1.1 million casualties.', '2026-02-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2026-01-31' },
    });
  });

  it('reads "In January, the president put out a figure of" as the date of the statement', () => {
    expect(one('In January this year, the president put out an unsubstantiated figure of 650,000 Ukrainian troop deaths.', '2025-02-17')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-01-31' },
    });
  });

  it('reads "In November, the general had insisted" as the date of the statement', () => {
    expect(one('In November, the US general had insisted the Russian army suffered losses of more than 95,000 dead or wounded.', '2023-02-23')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-11-30' },
    });
  });

  it('reads "the same period last year" as the span of the figure before, a year earlier', () => {
    const figs = extractFigures('In the first half of 2024, 150,000 people signed army contracts, up from 24,000 in the same period last year.', { published: '2024-08-01' });
    expect(figs.map((f) => [f.text, f.period])).toEqual([
      ['150,000', { start: '2024-01-01', end: '2024-06-30' }],
      ['24,000', { start: '2023-01-01', end: '2023-06-30' }],
    ]);
  });

  it('reads "the invasion which began in February 2022" as the war\'s start, not the span of a toll', () => {
    expect(one('More than 44,000 Ukrainian soldiers have been killed defending against the invasion which began in February 2022.', '2025-02-17')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-02-17' },
    });
  });

  it('puts the months a plan set in the sentence before ahead of the date', () => {
    const f = one('The spring call-up will run from April to July. A total of 160,000 men are to be drafted.', '2025-03-31');
    expect([f.rate, f.period]).toEqual(['period_total', { start: '2025-04-01', end: '2025-07-31' }]);
  });

  it('reads "four years after Russia invaded" as the war so far, "a year into the war" up to that mark, and a statement set off by an appositive', () => {
    expect(one('Four years after Russia invaded Ukraine, nearly 1.9 million soldiers are dead or wounded.', '2026-02-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2026-02-20' },
    });
    expect(one('A year into the war, the army had lost 60,000 soldiers.', '2026-02-20').period).toEqual({ start: '2022-02-24', end: '2023-02-24' });
    expect(one('In March, its defence minister, Oleh Petrenko, said 29,000 soldiers had been killed.', '2024-05-01')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-03-31' },
    });
    expect(one('In 2025 alone, the army is estimated to have suffered more than 380,000 casualties.', '2026-01-10').period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('reads "Sixteen more ... have died" as an increment, not a running total, unless it counts another kind after a count', () => {
    expect(one('Eleven more Nepalis serving in the Russian army have reportedly died.', '2024-03-20').rate).toBe('none');
    const figs = extractFigures('Nine soldiers have been killed and three more have been captured by the enemy.', { published: '2024-03-20' });
    expect(figs.map((f) => f.rate)).toEqual(['cumulative', 'cumulative']);
  });

  it('ends a running total "up to" or "through" a date, and reads a dateline with a bracketed code as the report\'s', () => {
    expect(one('Ukrainian losses up to Oct. 3, 2023 were 62,000 killed.', '2023-11-20')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2023-10-03' } });
    expect(one('Russia lost 84,000 soldiers through September 2023.', '2023-11-20').period).toEqual({ start: '2022-02-24', end: '2023-09-30' });
    expect(one('Abu Dhabi [UAE], October 19: Russia and Ukraine exchanged 85 prisoners each.', '2023-10-19').period).toBeNull();
  });
});

describe('periods, in wordings from review rounds 33-37', () => {
  it('starts a running total at its own since-phrase, not at one about a part of it or another number\'s', () => {
    expect(one('Russian forces have lost over 900,000 soldiers since the invasion began, over half of which fell since January 2024.', '2025-06-12').period).toEqual({ start: '2022-02-24', end: '2025-06-12' });
    const two = extractFigures('Since the start of 2024, courts have handled about 2,100 AWOL cases, totaling around 7,100 cases since the invasion in February 2022.', { published: '2024-08-01' });
    expect(two.map((f) => [f.text, f.period?.start])).toEqual([['2,100', '2024-01-01'], ['7,100', '2022-02-24']]);
  });

  it('leaves a word in a clause about a part of the number ("of which 87 per cent died") to the part', () => {
    expect(one('The army went to war with 340,000 personnel, of which 80 per cent died or were wounded.', '2024-02-24').metric).toBe('force_size');
    // The part keeps the whole's time: "In January, ... 15,000 invaders, of which about 6,000 were killed".
    const part = extractFigures('In January alone, our soldiers neutralised more than 14,000 invaders, of which about 6,000 were killed.', { published: '2026-02-10' });
    expect(part.map((f) => [f.text, f.period?.start])).toEqual([['14,000', '2026-01-01'], ['6,000', '2026-01-01']]);
  });

  it('reads "In January, the minister told lawmakers that ..." as when the running total was stated', () => {
    expect(one('In January, the armed forces minister told lawmakers that about 340,000 Russian troops had been killed or wounded.', '2024-02-24')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-01-31' },
    });
  });

  it('reads "since December in the Ukraine war" from December, past an aside with a number of its own', () => {
    const figs = extractFigures('Officials say Russia has suffered more than 90,000 casualties, with over 18,000 killed, since December in the Ukraine war.', { published: '2023-05-02' });
    expect(figs.map((f) => [f.text, f.period?.start])).toEqual([['90,000', '2022-12-01'], ['18,000', '2022-12-01']]);
  });

  it('does not read the toll of one strike ("have been killed by a Ukrainian strike") as the war\'s running total', () => {
    expect(one('The ministry said that 58 soldiers have been killed by a missile strike on a barracks in the east.', '2023-01-02').rate).not.toBe('cumulative');
    expect(one('The guard has confirmed the fact of the strike, acknowledging 14 casualties among its servicemen.', '2025-05-21').rate).not.toBe('cumulative');
    expect(one('The ministry said that 58,000 soldiers have been killed in the war.', '2023-01-02').rate).toBe('cumulative');
  });

  it('reads "a further 350 ... have been killed" as an increment, not the running total it brings up', () => {
    const figs = extractFigures('The military said a further 320 Russian soldiers have been killed, bringing the total since the invasion to 51,100.', { published: '2022-09-10' });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['320', 'none'], ['51,100', 'cumulative']]);
    // Of another kind, a count after "a further" may well be a total: "198,000 killed and a further 550,000 wounded".
    expect(extractFigures('He said 190,000 Russian soldiers had been killed and a further 500,000 wounded.', { published: '2024-12-08' })[1]!.rate).toBe('cumulative');
  });

  it('reads "a claim by the ministry last week that" as when a running total was stated', () => {
    expect(one('He scoffs at a claim by the defence ministry last week that 140 volunteers have been killed in the war.', '2022-06-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-06-19' },
    });
  });

  it('reads "had been killed by last summer" as a running total up to that summer\'s end', () => {
    expect(one('She said that 90,000 soldiers had been killed by last summer.', '2023-11-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2023-08-31' },
    });
  });

  it('leaves another number\'s time to it in a stock\'s from-to ("from 8,000 last April to nearly 40,000 now")', () => {
    const figs = extractFigures('The group has been enlarged from 7,000 fighters last April to nearly 35,000 now.', { published: '2023-03-01' });
    expect(figs.map((f) => [f.text, f.period])).toEqual([
      ['7,000', { start: '2022-04-01', end: '2022-04-30' }],
      ['35,000', null],
    ]);
  });
});
