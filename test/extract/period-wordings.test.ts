import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Which span a figure covers, in wordings from review rounds 38-39 and ones left from earlier rounds, in sentences
// written for these tests: deadlines, since-phrases, times that rank an event, statement dates.

describe('periods, in wordings left from earlier rounds (session 10)', () => {
  it('reads a plan\'s deadline month that is already past this year as next year\'s ("by June", read in October)', () => {
    expect(one('Ukraine aims to mobilize 160,000 more men by June.', '2025-10-10')).toMatchObject({
      metric: 'target',
      period: { start: '2026-06-01', end: '2026-06-30' },
    });
    // What is counted by a past June stays this year's; so does an order given in June.
    expect(one('Russia had lost 100,000 soldiers by June.', '2025-10-10').period).toEqual({ start: '2022-02-24', end: '2025-06-30' });
    expect(one('In June, Putin ordered the conscription of 135,000 men.', '2025-10-10').period).toEqual({ start: '2025-06-01', end: '2025-06-30' });
  });

  it('starts a running total "since 2022" at the invasion, but "since the beginning of 2022" and "since 2014" at their own start', () => {
    expect(one('Since 2022, Russia has suffered more than 700,000 casualties in Ukraine.', '2025-04-15').period).toEqual({ start: '2022-02-24', end: '2025-04-15' });
    expect(one('Since the beginning of 2022, more than 100,000 soldiers have gone AWOL.', '2025-04-15').period).toEqual({ start: '2022-01-01', end: '2025-04-15' });
    expect(one('Since 2014, 15,000 Ukrainian soldiers have been killed.', '2025-04-15').period).toEqual({ start: '2014-01-01', end: '2025-04-15' });
  });
});

describe('periods, in wordings from review round 38', () => {
  it('reads "up to that point" as the end of a running total, and "since as recently as 4 June" as its start', () => {
    expect(one('In September the ministry claimed that 5,937 Russian soldiers had died in Ukraine up to that point.', '2023-01-05')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-09-30' },
    });
    expect(one('Since as recently as 4 June, Kiev has lost more than 90,000 servicemen killed and wounded.', '2023-10-30').period).toEqual({ start: '2023-06-04', end: '2023-10-30' });
  });

  it('reads "The latest numbers, in September 2022, put the death toll at 5,937" as a running total to that month', () => {
    expect(one('The latest numbers, in September 2022, put the death toll at 5,937, which analysts believe to be too low.', '2023-08-24')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-09-30' },
    });
  });

  it('reads a toll too large for the month or season it is dated to as the running total then ("one million ... sometime this summer")', () => {
    expect(one('Russia is expected to reach one million casualties sometime this summer.', '2025-05-20')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2025-08-31' },
    });
    // A month's own toll stays that month's.
    expect(one('Russia suffered 40,000 casualties in April.', '2025-05-20')).toMatchObject({ rate: 'period_total', period: { start: '2025-04-01', end: '2025-04-30' } });
  });

  it('does not date a running total since an event the sentence does not date (a counteroffensive, an incursion)', () => {
    expect(one('Ukraine has lost 90,000 soldiers since the beginning of the counteroffensive.', '2023-10-30')).toMatchObject({ rate: 'cumulative', period: null });
    expect(one('Since the start of its attack in Kursk Region, Ukraine has lost more than 5,550 troops.', '2024-09-14')).toMatchObject({ rate: 'cumulative', period: null });
    // Dated, or the invasion itself: placed as before.
    expect(one('Ukraine has suffered over 125,000 troop losses since the launch of its counteroffensive in June.', '2023-10-30').period).toEqual({ start: '2023-06-01', end: '2023-10-30' });
    expect(one('Russia acknowledged that nearly 6,000 soldiers have been killed since the start of their offensive in Ukraine.', '2022-03-30').period).toEqual({ start: '2022-02-24', end: '2022-03-30' });
  });
});

describe('periods, in wordings from review round 39', () => {
  it('drops a time that ranks an event ("its third Independence Day since", "the first such exchange in five months")', () => {
    expect(one("Russia and Ukraine have each exchanged more than 100 prisoners of war as Kyiv marked its third Independence Day since Moscow's full-scale invasion.", '2024-08-25').rate).toBe('none');
    expect(one('Delegations agreed to exchange 314 prisoners -- the first such exchange in five months, Witkoff said.', '2026-02-05')).toMatchObject({ rate: 'none', period: null });
    // A date after a ranking word still dates its number.
    expect(one('Russia lost 2,030 troops in a single day for the first time on November 28.', '2025-12-20').period).toEqual({ start: '2025-11-28', end: '2025-11-28' });
  });

  it('does not carry a daily tally\'s rate to a count of another kind two sentences on', () => {
    const text = [
      'Russian forces are suffering around 1,000 casualties a day, a western official has reported.',
      'Speaking in the Sumy region, Mr Zelensky hailed the resilience of his nation.',
      'Ukraine said the 115 Ukrainian servicemen who were freed were conscripts.',
    ].join('\n');
    expect(extractFigures(text, { published: '2024-08-25' }).map((f) => [f.text, f.rate])).toEqual([
      ['1,000', 'per_day'],
      ['115', 'none'],
    ]);
  });
});

describe('periods, in wordings from review round 41', () => {
  it('keeps a number\'s own month when an appositive sets it against a later one (", a figure beaten by ... November")', () => {
    const text = 'In October, the previous most costly month for Moscow, Russian casualties totaled 41,980, a figure resoundingly beaten by the Kremlin’s November casualties.';
    expect(one(text, '2024-12-02').period).toEqual({ start: '2024-10-01', end: '2024-10-31' });
  });
});

describe('periods and rates, in wordings from review round 43', () => {
  it('reads "16 more" and "sixteen additional" deaths as an increment, not the toll since the invasion', () => {
    expect(one('Death Toll Climbs as 16 More Nepalis in Russian Army Perish', '2024-03-20')).toMatchObject({ metric: 'killed', rate: 'none', period: null });
    const additional = 'Sixteen additional Nepali nationals, serving in the Russian army, have lost their lives in the ongoing conflict.';
    expect(one(additional, '2024-03-20')).toMatchObject({ metric: 'killed', rate: 'none' });
    // After a headline's count of another kind, too.
    const [, sixteen] = extractFigures(`Total Now 33 Nepalis in the Russian Army\n\n${additional}`, { published: '2024-03-20' });
    expect(sixteen).toMatchObject({ text: 'Sixteen', metric: 'killed', rate: 'none' });
  });

  it('reads "In August 2024, the minister informed parliament that a total of 91 ..." as a total up to the statement', () => {
    const text = 'In August 2024, external affairs minister S. Jaishankar informed parliament that a total of 91 Indian nationals had been recruited into the Russian army.';
    expect(one(text, '2024-10-09')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2024-08-31' } });
  });

  it('reads a toll that "reached" a number within a short span in its own clause as no running total', () => {
    const day = 'Russia had its deadliest day, as the toll reached 1,770 soldiers either killed or injured within just 24 hours.';
    expect(one(day, '2024-11-11').rate).not.toBe('cumulative');
    // A span that belongs to another number leaves the running total alone.
    const total = 'Russia has lost 220,450 soldiers to date, including 630 in the previous 24 hours, according to the General Staff.';
    expect(extractFigures(total, { published: '2024-11-11' })[0]).toMatchObject({ text: '220,450', rate: 'cumulative' });
  });

  it('reads soldiers who "perished in the special military operation" as the war so far, up to the statement', () => {
    const text = 'On March 2, the Russian Ministry of Defence reported that 498 Russian fighters perished in the special military operation.';
    expect(one(text, '2022-08-19')).toMatchObject({ metric: 'killed', rate: 'cumulative', period: { start: '2022-02-24', end: '2022-03-02' } });
  });

  it('reads a count a total is then brought up from as no running total itself', () => {
    const text = 'Kyiv said on Monday that Russia lost 1,240 troops, taking the total since the start of the full-scale invasion to 403,720.';
    const [day, total] = extractFigures(text, { published: '2024-02-20' });
    expect(day!.rate).not.toBe('cumulative');
    expect(total).toMatchObject({ text: '403,720', rate: 'cumulative' });
  });

  it('reads "confirmed killings" as deaths, and each month of a series "up from ... in November and ... in October" as its own', () => {
    const text = 'Video analysis, Zelenskyy said, showed 35,000 confirmed killings in December 2025, up from 30,000 in November and 26,000 in October.';
    expect(extractFigures(text, { published: '2026-01-26' }).map((f) => [f.text, f.metric, f.period?.start])).toEqual([
      ['35,000', 'killed', '2025-12-01'],
      ['30,000', 'killed', '2025-11-01'],
      ['26,000', 'killed', '2025-10-01'],
    ]);
  });

  it('reads no year into a number that looks like one ("reached - 2030 people") and keeps a rate word with the number before it', () => {
    const max = one('In addition, on November 28, a new maximum of losses in one day was reached - 2030 people.', '2024-12-10');
    expect(max.period).toEqual({ start: '2024-11-28', end: '2024-11-28' });
    const text = 'The ministry estimated that 1,271 Russian soldiers were killed daily in September, with a total of 648,000 Russian casualties over the course of the war.';
    expect(extractFigures(text, { published: '2024-10-10' }).map((f) => f.rate)).toEqual(['per_day', 'cumulative']);
  });

  it('reads "the largest ... in terms of total losses since the beginning of the war - 41,980" as the month\'s, not a running total', () => {
    const text = 'October 2024 was the largest for the Russian army in terms of total losses since the beginning of the full-scale war - 41,980 occupiers were eliminated.';
    expect(one(text, '2024-11-01')).toMatchObject({ rate: 'period_total', period: { start: '2024-10-01', end: '2024-10-31' } });
  });

  it('reads "Ukraine claiming on Monday that 19,500 ... had been killed" as a total up to that Monday', () => {
    expect(one('Ukraine claiming on Monday that 19,500 invading troops had been killed.', '2022-10-28')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-10-24' },
    });
  });

  it('reads "since the war in Ukraine began in Feb. 2022" as the war so far', () => {
    const text = 'The number of troops killed or wounded since the war in Ukraine began in Feb. 2022 is nearing 500,000, US officials said.';
    expect(one(text, '2023-08-19')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24' } });
  });

  it('reads the number a tally was "increased ... by" overnight as an increment, not the running total', () => {
    const text = 'The Ukrainian military increased its running tally of Russian military dead by 1,030 overnight to 133,190.';
    expect(extractFigures(text, { published: '2023-02-10' }).map((f) => [f.text, f.rate])).toEqual([
      ['1,030', 'none'],
      ['133,190', 'cumulative'],
    ]);
  });

  it('reads "expecting a total of 10,000 to be sent by December", said in October, as this December\'s plan', () => {
    const text = 'Seoul reported that about 3,000 North Korean troops have been deployed, expecting a total of 10,000 to be sent by December.';
    expect(extractFigures(text, { published: '2024-10-20' })[1]).toMatchObject({ text: '10,000', period: { start: '2024-12-01', end: '2024-12-31' } });
  });
});

describe('periods, in wordings from review rounds 50-55 (session 12)', () => {
  it('dates what a side "reported capturing" last year by that year: the deed, not only the statement', () => {
    expect(one('Last year, Ukrainian units reported capturing more than 900 Russian soldiers near Kursk.', '2025-02-06')).toMatchObject({
      metric: 'captured',
      rate: 'period_total',
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    expect(one('In March, the brigade reported killing 400 Russian soldiers.', '2025-06-06').period).toEqual({ start: '2025-03-01', end: '2025-03-31' });
  });

  it('reads a month right before a number in the thousands as the month, not a date ("in December 1,000 a day")', () => {
    expect(one('The Russians have lost in December 1,200 soldiers a day, he said.', '2026-01-22')).toMatchObject({
      rate: 'per_day',
      period: { start: '2025-12-01', end: '2025-12-31' },
    });
    expect(one('Russia has lost in September 12,000 soldiers.', '2026-01-22').period).toEqual({ start: '2025-09-01', end: '2025-09-30' });
    // A day of the month is still a day.
    expect(one('On December 1, 2025, Russia lost 1,200 soldiers.', '2026-01-22').period).toEqual({ start: '2025-12-01', end: '2025-12-01' });
  });

  it('reads a toll "killed in Russia-Ukraine war" as the war so far, but not its missing, one battle, or an increment', () => {
    const head = extractFigures("'14 Indians killed, 18 missing in Russia-Ukraine war': ministry", { published: '2025-01-17' });
    expect(head.map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['14', 'killed', 'cumulative'],
      ['18', 'missing', 'none'],
    ]);
    expect(one('At least 14 Indians have been killed in the ongoing Russia-Ukraine conflict.', '2025-01-17').period).toEqual({ start: '2022-02-24', end: '2025-01-17' });
    const battle = 'Seoul says another 1,100 North Korean soldiers were wounded in the Russo-Ukrainian War during the Battle of Kursk.';
    expect(one(battle, '2025-01-17').rate).toBe('none');
    // "10 more" after "10 other ... killed in the war": the same value, but an increment keeps no running total.
    const more = 'Ram, along with 11 other Nepalis, was killed in the Russia-Ukraine war.\nOn Monday, the ministry confirmed the deaths of 11 more Nepalis serving in the Russian army.';
    expect(extractFigures(more, { published: '2026-02-14' }).map((f) => f.rate)).toEqual(['cumulative', 'none']);
  });

  it('reads a toll "over the past month" as a month\'s rate, as "over the past week" is a week\'s', () => {
    expect(one('Russian losses amounted to around 33,000 over the past month, he said.', '2026-01-21')).toMatchObject({
      rate: 'per_month',
      period: { start: '2025-12-21', end: '2026-01-21' },
    });
  });

  it('reads "the first 10 days of 2026" as those days, and "the last five days of 2025" as the year\'s end', () => {
    expect(one('In the first 10 days of 2026 alone, Russia has already recruited 140 people from occupied areas.', '2026-01-13').period).toEqual({ start: '2026-01-01', end: '2026-01-10' });
    expect(one('In the last five days of 2025, Russia lost 6,100 soldiers.', '2026-01-13').period).toEqual({ start: '2025-12-27', end: '2025-12-31' });
  });

  it('counts "an increase of 100,000 in just 77 days" back from the day the total is given "as of"', () => {
    const text = 'Total Russian losses had exceeded 700,000 as of Nov. 4, marking an increase of 100,000 in just 77 days.';
    expect(extractFigures(text, { published: '2024-11-24' })[1]).toMatchObject({ text: '100,000', period: { start: '2024-08-19', end: '2024-11-04' } });
    // A deadline moves nothing: "by July 15" is when a call-up is to end.
    expect(one('Putin ordered the conscription of 160,000 men by July 15.', '2025-04-01').period).toEqual({ start: '2025-04-01', end: '2025-07-15' });
  });

  it('reads months counted in a year named before them as that year\'s first months ("in 2025 ... in ten months")', () => {
    const text = 'In 2025, the number of AWOL cases increased to 158,000 in ten months, almost 15,800 per month.';
    expect(extractFigures(text, { published: '2025-11-20' }).map((f) => f.period)).toEqual([
      { start: '2025-01-01', end: '2025-10-31' },
      { start: '2025-01-01', end: '2025-10-31' },
    ]);
    // Months back from now stay so.
    const back = 'In 2024, Russia lost 400,000 soldiers, and in the last three months another 100,000.';
    expect(extractFigures(back, { published: '2025-11-20' })[1]!.period).toEqual({ start: '2025-08-20', end: '2025-11-20' });
  });

  it('gives a month without a year, after a month of a named year, that year ("in September 2022, which ended in November")', () => {
    const text = 'The decision follows the partial mobilization ordered in September 2022, which ended in November, when 318,000 men had been called up.';
    expect(one(text, '2024-07-24').period).toEqual({ start: '2022-11-01', end: '2022-11-30' });
  });

  it('reads "to an average of 568 so far in April" after "from a daily average of 776 in March" as April\'s daily rate', () => {
    const text = 'Figures suggest a reduction from a daily average of 770 Russian casualties in March, to an average of 560 so far in April.';
    expect(extractFigures(text, { published: '2023-04-25' })[1]).toMatchObject({ text: '560', rate: 'per_day', period: { start: '2023-04-01', end: '2023-04-25' } });
    expect(one('Russia has lost 12,000 soldiers so far in April.', '2023-04-25').period).toEqual({ start: '2023-04-01', end: '2023-04-25' });
  });

  it('reads "in the third quarter" without a year as the latest third quarter begun', () => {
    expect(one('Russia may have signed up to 81,000 new contracts in the third quarter.', '2024-12-05').period).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(one('Russia may have signed up to 81,000 new contracts in the third quarter.', '2025-02-05').period).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    // A span the sentence dates in full outranks a quarter without its year.
    const both = 'Taking into account data for the first quarter, a total of 126,000 people received sign-up payments in the first six months of 2025.';
    expect(one(both, '2025-08-18').period).toEqual({ start: '2025-01-01', end: '2025-06-30' });
  });

  it('gives a rate the span its own since-phrase opens ("since May ... 30 thousand per month"), not another number\'s', () => {
    const text = 'Experts said that since May, when the new law came into force, Kyiv has been calling up to 31 thousand people per month.';
    expect(one(text, '2024-07-31')).toMatchObject({ rate: 'per_month', period: { start: '2024-05-01', end: '2024-07-31' } });
    const bracket = 'Syrsky said Russian forces had suffered around 176,000 casualties since January 1, 2025 (an average of 1,340 per day).';
    expect(extractFigures(bracket, { published: '2025-05-13' })[1]!.period).toEqual({ start: '2025-01-01', end: '2025-05-13' });
    const other = 'Ukraine reported 1,100 Russian soldiers were killed in a single day, raising the total since the invasion to more than 133,000.';
    expect(extractFigures(other, { published: '2025-05-13' })[0]!.period).toBeNull();
  });

  it('ends a running total "as of yesterday" on that day, and reads "have joined the army" as one', () => {
    expect(one('As of yesterday, 490,000 people have joined the army.', '2023-12-14')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2023-12-13' },
    });
    const pair = 'Moscow and St. Petersburg have reported five and 12 local servicemen killed in Ukraine respectively.';
    expect(extractFigures(pair, { published: '2022-05-31' }).map((f) => [f.text, f.metric])).toEqual([
      ['five', 'killed'],
      ['12', 'killed'],
    ]);
  });

  it('keeps a month for a daily rate "confirmed to be" lost in it, and leaves "5 working days" out', () => {
    const text = '"In December, the enemy is confirmed to be losing around 410 soldiers killed and wounded here on average per day," he stated.';
    expect(one(text, '2024-12-12').period).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(extractFigures('A volunteer receives the bonus after training, within 5 working days.', { published: '2025-02-17' })).toEqual([]);
  });
});

