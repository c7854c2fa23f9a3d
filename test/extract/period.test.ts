import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Which period a figure covers, resolved against the publication date, in sentences written for this test.

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
    // Parts of a year named relative to the publication date, and whole months at one end of a year.
    ['The army lost 60,000 soldiers in the first half of the year.', '2025-09-15', { start: '2025-01-01', end: '2025-06-30' }],
    ['The army lost 60,000 soldiers in the second half of last year.', '2025-09-15', { start: '2024-07-01', end: '2024-12-31' }],
    ['The army lost 30,000 soldiers in the first quarter of this year.', '2025-09-15', { start: '2025-01-01', end: '2025-03-31' }],
    ['The army lost 30,000 soldiers in the first three months of the year.', '2025-09-15', { start: '2025-01-01', end: '2025-03-31' }],
    ['The army lost 40,000 soldiers in the last four months of 2024.', '2025-09-15', { start: '2024-09-01', end: '2024-12-31' }],
    // The date of a statement is not the figure's period: a running total up to that date, or no period.
    ['The president claimed in February that 180,000 soldiers had been killed in the war.', '2024-05-03', { start: '2022-02-24', end: '2024-02-29' }],
    ['In February, the president said 31,000 soldiers had been killed.', '2024-05-03', { start: '2022-02-24', end: '2024-02-29' }],
    ['The broadcaster reported in April that more than 50,000 soldiers have died.', '2024-05-03', { start: '2022-02-24', end: '2024-04-30' }],
    ['The spy chief late last month estimated that 15,000 soldiers have been killed.', '2022-08-09', { start: '2022-02-24', end: '2022-07-31' }],
    ['The minister said on December 18 that losses have already exceeded 200 troops.', '2024-12-19', { start: '2022-02-24', end: '2024-12-18' }],
    ['An assessment in May estimated there had been 100,000 casualties among the troops.', '2025-09-15', { start: '2022-02-24', end: '2025-05-31' }],
    ['The figure is above estimates of 350,000 deaths among soldiers, calculated earlier this month by a think tank.', '2026-05-28', null],
    ['Officials said on March 3 that 50 soldiers had been killed in a strike on the base.', '2024-05-03', null],
    ['The official told reporters last month that the army had suffered more than 600,000 casualties.', '2025-10-15', { start: '2022-02-24', end: '2025-09-30' }],
    ['A June 12 report said the army had lost one million soldiers.', '2025-10-15', { start: '2022-02-24', end: '2025-06-12' }],
    ['Tracking began on March 1, 2022, when the count stood at 5,710 soldiers killed.', '2025-10-15', { start: '2022-02-24', end: '2022-03-01' }],
    ['The former president said 700,000 soldiers have died during the conflict.', '2025-10-15', { start: '2022-02-24', end: '2025-10-15' }],
    ['The army took ground in May-August 2025, while data show 130,160 casualties among its troops for the same period.', '2025-10-15', { start: '2025-05-01', end: '2025-08-31' }],
    ['Since the start of the special military operation, 700,000 soldiers have been killed.', '2025-06-15', { start: '2022-02-24', end: '2025-06-15' }],
    ['The general staff said the army lost 784,200 soldiers during the full-scale invasion.', '2025-12-30', { start: '2022-02-24', end: '2025-12-30' }],
    ['The latest official figure from the Defense Ministry in September put the death toll among its soldiers at 5,937.', '2022-10-28', { start: '2022-02-24', end: '2022-09-30' }],
    ['Data from the General Staff in May showed 30,000 casualties among the troops that month.', '2022-10-28', { start: '2022-05-01', end: '2022-05-31' }],
    ['However, in February, Defence Minister Anna Kovalenko said some 31,000 soldiers had been killed.', '2024-05-03', { start: '2022-02-24', end: '2024-02-29' }],
    ['In March, the British Ministry of Defence reported that the army had reached 900,000 casualties.', '2025-06-04', { start: '2022-02-24', end: '2025-03-31' }],
    ['Since the full-scale invasion in 2022, nearly 950,000 soldiers have been killed or wounded.', '2025-06-04', { start: '2022-02-24', end: '2025-06-04' }],
    ['Leaked documents suggest up to 354,000 soldiers had been killed or injured since February last year.', '2023-07-10', { start: '2022-02-24', end: '2023-07-10' }],
    ['Leaked documents suggest up to 35,000 soldiers had been killed since May last year.', '2023-07-10', { start: '2022-05-01', end: '2023-07-10' }],
    ['The enemy\'s losses beginning from June 4 have reached over 26,000 soldiers, he said.', '2023-07-12', { start: '2023-06-04', end: '2023-07-12' }],
    // "estimate of those recruited ... in 2024" names no one: the year is the figure's.
    ['407,200 people is the highest estimate of those recruited into the army in 2024.', '2025-03-01', { start: '2024-01-01', end: '2024-12-31' }],
    ['The army has lost 300,000 soldiers since the end of 2024.', '2025-05-26', { start: '2025-01-01', end: '2025-05-26' }],
    ['Military courts tried 1,053 desertion cases in the year to May.', '2023-05-24', { start: '2023-01-01', end: '2023-05-24' }],
    ['The minister said 45,000 soldiers had been killed in a February interview with a broadcaster.', '2025-03-01', { start: '2022-02-24', end: '2025-02-28' }],
    ['Officials cited a secret Ukrainian estimate from earlier in 2024 that counted 80,000 dead troops.', '2024-09-18', { start: '2022-02-24', end: '2024-09-18' }],
    // A dateline dates the report.
    ['KATHMANDU, July 29: At least 40 soldiers from the country have been killed in the war.', '2024-07-30', { start: '2022-02-24', end: '2024-07-29' }],
    ['KYIV, March 3 (Reuters) - The enemy lost 1,200 soldiers in the past day.', '2024-03-05', { start: '2024-03-02', end: '2024-03-03' }],
    // An agency's name in brackets may end a dateline without a dash ("Kathmandu, Mar 14 (PTI) Seven ..."): its date is no span.
    ['Lisbon, Mar 14 (LUSA) Five more Portuguese volunteers serving with the Ukrainian army have died in the last week.', '2024-03-20', { start: '2024-03-07', end: '2024-03-14' }],
    ['The general staff said on March 3 that 1,200 soldiers were killed in the past 24 hours.', '2024-03-05', { start: '2024-03-02', end: '2024-03-03' }],
    // "over three days", "in just five months of fighting": that span, back from the date.
    ['The general said the enemy lost 3,700 soldiers over three days of the assault.', '2023-06-06', { start: '2023-06-03', end: '2023-06-06' }],
    ['Officials estimate 20,000 soldiers were killed in just five months of fighting.', '2023-05-02', { start: '2022-12-02', end: '2023-05-02' }],
    ['Officials estimate 2,000 soldiers were killed in less than three months of fighting.', '2025-02-01', { start: '2024-11-01', end: '2025-02-01' }],
    // A time after another number, in that number's own clause, is not this one's.
    ['The army has lost almost 1 million soldiers, the staff said, after 1,000 more fell in the past 24 hours.', '2025-05-26', { start: '2022-02-24', end: '2025-05-26' }],
    // "October last year": that month of the year before.
    ['From October last year until this month, 6,600 soldiers were confirmed dead.', '2024-02-24', { start: '2023-10-01', end: '2024-02-24' }],
    ['The ministry said the enemy lost up to 4,800 soldiers over the week.', '2023-08-27', { start: '2023-08-20', end: '2023-08-27' }],
    // A date after the statement's day, but not after the publication, is in the same year.
    ['On March 18, officials said that on March 19, 175 prisoners of war would be exchanged.', '2025-03-19', { start: '2025-03-19', end: '2025-03-19' }],
    // The day first, as British and European outlets write dates.
    ['On 11 June, the staff said 1,212 soldiers had been killed in the past week.', '2025-06-12', { start: '2025-06-04', end: '2025-06-11' }],
    ['The staff reported on 28 December 2025 that the army had lost 784,200 soldiers.', '2026-01-10', { start: '2022-02-24', end: '2025-12-28' }],
    ['On the 3rd of May, the army lost 1,200 soldiers.', '2025-06-12', { start: '2025-05-03', end: '2025-05-03' }],
    // A forecast's span runs forward from the date.
    ['Losses of about 1,000 soldiers are expected every day over the next two months.', '2024-07-12', { start: '2024-07-12', end: '2024-09-12' }],
    ['The army expects to sign up 30,000 recruits in the coming weeks.', '2024-07-12', { start: '2024-07-12', end: '2024-07-26' }],
    // "In the war" is the war so far, unless the sentence names a span.
    ['The country lost just over 6,000 troops in the war, officials said.', '2024-06-01', { start: '2022-02-24', end: '2024-06-01' }],
    ['The country lost 6,000 troops in the war in 2023.', '2024-06-01', { start: '2023-01-01', end: '2023-12-31' }],
    ['About 14,000 soldiers have been killed in the Donbas from 2014 to the end of 2021.', '2024-06-01', { start: '2014-01-01', end: '2021-12-31' }],
    // ... but a date that is not a statement's still is.
    ['Officials said in February that 2,000 soldiers were killed in January.', '2024-05-03', { start: '2024-01-01', end: '2024-01-31' }],
    ['In February, 2,000 soldiers were killed, officials said.', '2024-05-03', { start: '2024-02-01', end: '2024-02-29' }],
    ['The army recruited 417,000 soldiers in 2025, the former president said.', '2025-12-24', { start: '2025-01-01', end: '2025-12-24' }],
    ['In mid-September 2022, the government announced a mobilisation of 300,000 reservists.', '2024-05-03', { start: '2022-09-11', end: '2022-09-20' }],
    // A running total from the start of this year or month, not from the invasion.
    ['The army has lost 90,000 soldiers so far this year.', '2025-09-15', { start: '2025-01-01', end: '2025-09-15' }],
    ['The army has lost 90,000 soldiers since the start of the year.', '2025-09-15', { start: '2025-01-01', end: '2025-09-15' }],
    ['Since the beginning of last year, the army has lost 190,000 soldiers.', '2025-09-15', { start: '2024-01-01', end: '2025-09-15' }],
    ['The army has lost 9,000 soldiers since the start of the month.', '2025-09-15', { start: '2025-09-01', end: '2025-09-15' }],
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
    // The year follows the month it runs to even when the first month alone would fall in another year.
    expect(one('The army lost 40,000 soldiers from November to February 2024.', '2026-02-14').period).toEqual({
      start: '2023-11-01',
      end: '2024-02-29',
    });
  });

  it('reads two months without a year as one span that ends by the publication date ("between January and March")', () => {
    expect(one('Some 2,000 wounded soldiers were flown home between January and March.', '2026-02-14').period).toEqual({
      start: '2025-01-01',
      end: '2025-03-31',
    });
    expect(one('The army called up 160,000 men from October to December.', '2025-10-03').period).toEqual({
      start: '2024-10-01',
      end: '2024-12-31',
    });
    expect(one('The army lost 31,000 soldiers between May 1 and July 9.', '2023-06-01').period).toEqual({
      start: '2022-05-01',
      end: '2022-07-09',
    });
  });

  it('ends a running total at "as of" a month after the number, unless another number comes between', () => {
    expect(one('Moscow claims just over 6,000 of its troops were killed throughout the war as of January.', '2023-05-24').period).toEqual({
      start: '2022-02-24',
      end: '2023-01-31',
    });
    const [now] = extractFigures('Russia has lost 200,000 soldiers since the invasion, up from 150,000 by January.', { published: '2023-05-24' });
    expect(now!.period).toEqual({ start: '2022-02-24', end: '2023-05-24' });
  });

  it('does not date a call-up by the day its decree was signed, and reads a plan\'s season ahead', () => {
    const signed = one('Putin signed a decree on Sept. 30 authorizing routine autumn conscription, calling 120,000 people for military service.', '2023-10-02');
    expect([signed.rate, signed.period]).toEqual(['none', null]);
    expect(one('In September 2022, Putin had signed an order calling up 120,000 people for the autumn campaign.', '2023-10-02').period).toBeNull();
    expect(one('Putin has signed a decree to call up 160,000 conscripts in the spring.', '2025-03-31').period).toEqual({ start: '2025-03-01', end: '2025-05-31' });
    // Recruits who sign contracts in a month keep it.
    expect(one('In January, 20,000 recruits signed contracts with the army.', '2025-03-31').period).toEqual({ start: '2025-01-01', end: '2025-01-31' });
  });

  it('reads "in February of that year" in the year named before, and a time inside a "since" clause as the since\'s', () => {
    const figs = extractFigures('Russia launched a partial mobilisation in September 2022.\nThe approximately 190,000 troops who took part in the invasion in February of that year were not enough.', {
      published: '2024-01-04',
    });
    expect(figs.map((f) => f.period)).toEqual([{ start: '2022-02-01', end: '2022-02-28' }]);
    const worst = one('The ministry admitted the deaths of 89 troops, the highest loss since Russia invaded Ukraine last year.', '2023-01-25');
    expect([worst.rate, worst.period]).toEqual(['none', null]);
  });

  it('reads "this summer" said in December as that year\'s summer, and "by spring" as the next one', () => {
    expect(one('Pyongyang sent more than 10,000 soldiers to help Moscow after Russia and North Korea signed a defence pact this summer.', '2024-12-14').period).toEqual({
      start: '2024-06-01',
      end: '2024-08-31',
    });
    expect(one('Russian casualties could approach 900,000 by spring.', '2024-06-20').period!.end).toBe('2025-05-31');
  });

  it('puts the months a plan or order is for ahead of its date, not behind it', () => {
    const decree =
      'On Sept. 29, 2025, the government published a decree calling for the enlistment of 135,000 citizens for compulsory service from October through December.';
    expect(one(decree, '2025-10-03').period).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(one('Russia will call up 160,000 men from October to December, the decree says.', '2025-10-03').period).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(one('The army plans to recruit 20,000 soldiers in November.', '2025-10-03').period).toEqual({ start: '2025-11-01', end: '2025-11-30' });
    // Not a past count, and not the date a decree was signed.
    expect(one('The army lost 40,000 soldiers in November.', '2025-10-03').period).toEqual({ start: '2024-11-01', end: '2024-11-30' });
    expect(one('Putin signed a decree on Sept. 30 calling up 120,000 men.', '2026-02-14').period).not.toEqual({ start: '2026-09-30', end: '2026-09-30' });
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

  it.each([
    ['The president said Russia suffered 500,000 casualties, a figure that could not be verified.', '2024-02-26', { start: '2022-02-24', end: '2024-02-26' }],
    ['Kyiv put the number of Russian dead at 90,090.', '2022-12-02', { start: '2022-02-24', end: '2022-12-02' }],
    ['In May, officials said Ukraine lost 40,000 soldiers.', '2023-09-01', { start: '2022-02-24', end: '2023-05-31' }],
    ['Western officials estimate that between 35,000 and 42,500 Russian soldiers were killed.', '2023-04-10', { start: '2022-02-24', end: '2023-04-10' }],
  ])('reads a nation\'s undated toll in the tens of thousands as the war so far: "%s"', (text, published, period) => {
    expect(one(text, published)).toMatchObject({ rate: 'cumulative', period });
  });

  it.each([
    'Russia suffered 30,000 casualties in Bakhmut.',
    'The assault on the town cost Ukraine 8,000 soldiers killed.',
    'Analysts warn that Russia could suffer 200,000 more casualties.',
    'Ukraine lost 2,000 soldiers, the commander said.',
  ])('keeps a battle\'s, a forecast\'s or a small undated toll without a rate: "%s"', (text) => {
    expect(one(text, '2024-02-26')).toMatchObject({ rate: 'none', period: null });
  });

  it('does not read "have reached an agreement" as a running total', () => {
    const f = extractFigures('The two sides have reached an agreement on the return of thousands of fallen soldiers.', { published: '2025-06-03' });
    expect(f.map((x) => [x.text, x.rate])).toEqual([['thousands', 'none']]);
  });

  it('gives a time after a clause with its own number to that number, and a time after two joined numbers to both', () => {
    const periods = (text: string) => extractFigures(text, { published: '2026-02-24' }).map((f) => [f.text, f.period]);
    expect(periods('The list reached 200,000 soldiers killed, with 23,000 names added in just the last ten days.')).toEqual([
      ['200,000', null],
      ['23,000', { start: '2026-02-14', end: '2026-02-24' }],
    ]);
    expect(periods('Reporters confirmed 61,800 soldiers killed by name, including over 2,000 confirmed in the last two weeks.')).toEqual([
      ['61,800', null],
      ['2,000', { start: '2026-02-10', end: '2026-02-24' }],
    ]);
    // A comma closes the other number's clause: the time after it is the sentence's again.
    expect(periods('The army suffered 1,000,000 casualties, including 300,000 killed, between January 2025 and January 2026.')).toEqual([
      ['1,000,000', { start: '2025-01-01', end: '2026-01-31' }],
      ['300,000', { start: '2025-01-01', end: '2026-01-31' }],
    ]);
    expect(periods('In November 2024, the daily casualty rate among the troops reached 559, before rising to 952 in 2025.')).toEqual([
      ['559', { start: '2024-11-01', end: '2024-11-30' }],
      ['952', { start: '2025-01-01', end: '2025-12-31' }],
    ]);
    expect(periods('The army lost 1,000 soldiers killed and 2,000 wounded in January.')).toEqual([
      ['1,000', { start: '2026-01-01', end: '2026-01-31' }],
      ['2,000', { start: '2026-01-01', end: '2026-01-31' }],
    ]);
  });

  it('gives each of "N in 2022 and M in 2023" its own year, and joins "January 2022 — September 2024"', () => {
    const periods = (text: string) => extractFigures(text, { published: '2025-08-01' }).map((f) => [f.text, f.period]);
    expect(periods('Prosecutors registered 6,900 desertion cases in 2022 and 18,600 desertion cases in 2023.')).toEqual([
      ['6,900', { start: '2022-01-01', end: '2022-12-31' }],
      ['18,600', { start: '2023-01-01', end: '2023-12-31' }],
    ]);
    expect(periods('Prosecutors registered 18,600 desertion cases in 2023, while 110,500 more such cases were opened by prosecutors across the country in the first seven months of 2025.')).toEqual([
      ['18,600', { start: '2023-01-01', end: '2023-12-31' }],
      ['110,500', { start: '2025-01-01', end: '2025-07-31' }],
    ]);
    expect(periods('In May, the army lost 1,000 soldiers, and the enemy lost 500 soldiers.')).toEqual([
      ['1,000', { start: '2025-05-01', end: '2025-05-31' }],
      ['500', { start: '2025-05-01', end: '2025-05-31' }],
    ]);
    expect(periods('During January 2022 — September 2024, prosecutors registered about 30,000 desertion cases.')).toEqual([
      ['30,000', { start: '2022-01-01', end: '2024-09-30' }],
    ]);
  });

  it('keeps a time after ", and" for its own clause ("grown from 100,000 to 520,000 ..., and by the end of 2024 ... 690,000")', () => {
    const figs = extractFigures('The enemy army has grown from 100,000 to 520,000 troops, and by the end of 2024 its number should reach 690,000 troops.', {
      published: '2024-07-24',
    });
    expect(figs.map((f) => [f.text, f.period])).toEqual([
      ['100,000', null],
      ['520,000', null],
      ['690,000', { start: '2024-12-31', end: '2024-12-31' }],
    ]);
  });

  it('reads a weekday as the date of the statement ("on Tuesday ... past day")', () => {
    const f = one('The ministry said on Tuesday that 700 soldiers were lost over the past day.', '2025-06-15');
    expect(f.period).toEqual({ start: '2025-06-09', end: '2025-06-10' });
  });

  it('reads "in 2022-2025" as the four years and "the winter of 2024-2025" as that one winter', () => {
    expect(one('In 2022-2025, 51,300 desertion cases were registered.', '2025-09-10').period).toEqual({ start: '2022-01-01', end: '2025-09-10' });
    expect(one('During the winter of 2023-2024, the enemy lost 40,000 soldiers.', '2025-09-10').period).toEqual({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('reads "so far in 2023" as that year up to the date, within the year', () => {
    expect(one('Courts have convicted at least 90 deserters every week so far in 2023.', '2023-07-19').period).toEqual({ start: '2023-01-01', end: '2023-07-19' });
    expect(one('The enemy has lost 90,000 soldiers so far in 2023.', '2023-07-19')).toMatchObject({ rate: 'cumulative', period: { start: '2023-01-01', end: '2023-07-19' } });
    expect(one('Courts have convicted at least 90 deserters every week so far in 2023.', '2024-03-01').period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});
