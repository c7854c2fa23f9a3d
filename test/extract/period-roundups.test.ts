import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Periods, statement dates and values in wordings from review rounds 53-58: a statement a sentence goes on with, a
// since-phrase a list shares, the Kursk incursion, quarters and month lists, a time a count is compared with, a
// statement per clause, Indian English numbers.

describe('statements and since-phrases, in wordings from review rounds 53-57 (session 13)', () => {
  it('gives "He also mentioned that ..." the date of the statement it goes on with (round 53)', () => {
    const text = 'President Volodymyr Zelensky of Ukraine claimed in February 2024 that 180,000 Russians had been killed in the war with Ukraine. He also mentioned that 31,000 Ukrainian soldiers had lost their lives as well.';
    expect(extractFigures(text, { published: '2024-04-20' }).map((f) => [f.text, f.period])).toEqual([
      ['180,000', { start: '2022-02-24', end: '2024-02-29' }],
      ['31,000', { start: '2022-02-24', end: '2024-02-29' }],
    ]);
    // A new statement, by a name, is not carried on: "Zelensky spoke on February 25. He ..." carries nothing either,
    // since that date dates no statement of a figure.
    expect(one('Zelensky spoke on February 25. He said 31,000 Ukrainian soldiers had been killed.', '2024-03-10').period).toEqual({ start: '2022-02-24', end: '2024-03-10' });
  });

  it('gives every item of a list the since-phrase that ends it ("6,662 ... killed, 10,446 wounded, and 711 captured since Aug. 8") (round 57)', () => {
    const text = 'According to the general, a total of 6,662 Russian troops have been killed, 10,446 wounded, and 711 captured since Aug. 8.';
    expect(extractFigures(text, { published: '2024-10-25' }).map((f) => f.period)).toEqual(Array(3).fill({ start: '2024-08-08', end: '2024-10-25' }));
    const tanks = 'Tarnavskyi said that Moscow had lost over 20,000 troops, 199 tanks, and 481 armored fighting vehicles since Jan. 1.';
    expect(one(tanks, '2024-02-18').period).toEqual({ start: '2024-01-01', end: '2024-02-18' });
    // A number with a since-phrase of its own before it keeps it.
    const own = 'Since the beginning of 2024, military courts have received nearly 2,300 AWOL cases, and almost 7,400 cases since the beginning of mobilisation.';
    expect(extractFigures(own, { published: '2024-04-12' })[0]!.period).toEqual({ start: '2024-01-01', end: '2024-04-12' });
  });

  it('starts a running total "during the Kursk operation" or "since start of Kursk incursion" on 6 August 2024 (rounds 53, 57)', () => {
    const kursk = { start: '2024-08-06', end: '2025-01-06' };
    expect(one('"During the Kursk operation, the enemy has already lost 38,000 of their soldiers in this direction alone," Zelenskiy said.', '2025-01-06').period).toEqual(kursk);
    expect(one('Russia has suffered 17,800 casualties since start of Kursk incursion, Syrskyi claims', '2025-01-06').period).toEqual(kursk);
    expect(one("Ukraine has captured 594 POWs so far during its incursion into Russia's Kursk region, Syrskyi said Tuesday.", '2024-08-27').period).toEqual({ start: '2024-08-06', end: '2024-08-27' });
    // A counteroffensive the text does not date stays undated.
    expect(one('Russia has lost 5,000 soldiers since the counteroffensive began.', '2025-01-06').period).toBeNull();
  });

  it('reads "when he put deaths at 31,000" as a statement, and a month "alone" against "any month since" as the month (round 56)', () => {
    const text = "The last time Zelensky gave an update on Ukraine's casualties was in February, when he put deaths at 31,000.";
    expect(one(text, '2024-12-08')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2024-02-29' } });
    expect(one("In February, Zelensky put Ukraine's death toll at 31,000.", '2024-12-08').rate).toBe('cumulative');
    const alone = "The UK's defence ministry says Russia suffered 45,680 casualties in November alone - more than during any month since its full-scale invasion began in February 2022.";
    expect(one(alone, '2024-12-08')).toMatchObject({ rate: 'period_total', period: { start: '2024-11-01', end: '2024-11-30' } });
    // "By the end of the year" is the total's end, whoever gives it.
    expect(one('By the end of the year, preliminary figures put deaths at about 300,000 Russian soldiers.', '2025-12-31')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2025-12-31' } });
  });
});

describe('periods and values, in wordings from review round 57 (session 13)', () => {
  it('reads "the first three quarters of 2025" as January to September', () => {
    const text = 'Only 262,700 Russians—fewer than 30,000 per month—received a sign-up bonus for enlisting during the first three quarters of 2025.';
    expect(extractFigures(text, { published: '2025-12-19' }).map((f) => f.period)).toEqual(Array(2).fill({ start: '2025-01-01', end: '2025-09-30' }));
  });

  it('leaves out a time a figure is compared with ("less than in the second quarter"), unless a clause says what happened then', () => {
    const quarter = 'According to Meduza, in the third quarter of 2024, the Russian army was enlisting about 600 contract soldiers daily—significantly less than in the second quarter.';
    expect(one(quarter, '2024-12-03').period).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    const when = 'The number of sign-ups is lower than in 2024, when about 450,000 people signed contracts to join the Russian army.';
    expect(one(when, '2025-06-01').period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('reads "1:1.7–2" as one ratio with a range, "younger than 40" as an age, and an "annual plan at 403,000" as a goal', () => {
    const ratio = 'Considering the ratio of killed to severely wounded (1:1.7–2), the total irreversible losses of Russian troops amounted to 600–750 per day.';
    expect(extractFigures(ratio, { published: '2024-12-03' }).map((f) => [f.text, f.metric])).toEqual([['1:1.7–2', 'ratio'], ['600–750', 'losses']]);
    expect(extractFigures('Belousov noted that two-thirds of this year’s recruits are younger than 40.', { published: '2025-12-19' })).toEqual([]);
    const plan = 'Belousov announced that the military recruited nearly 410,000 people in 2025. Infographics shown at the Ministry of Defense set the annual plan at 403,000.';
    expect(extractFigures(plan, { published: '2025-12-19' })[1]).toMatchObject({ text: '403,000', metric: 'target' });
  });
});

describe('round-ups, in wordings from review round 58 (session 13)', () => {
  it('gives each clause after a semicolon its own statement and claimant ("; earlier this month, Zelenskyy said 55,000 ...")', () => {
    const text = 'Russia has not released figures since September 2022, when the then Defense Minister Sergei Shoigu said that 5,937 Russian soldiers had been killed; earlier this month, Ukrainian President Volodymyr Zelenskyy said 55,000 Ukrainian soldiers have died.';
    expect(extractFigures(text, { published: '2026-02-24' })[1]).toMatchObject({
      text: '55,000',
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2026-02-24' },
      claimant: 'Ukrainian President Volodymyr Zelenskyy',
    });
  });

  it('reads "Just over a year ago, in late 2024, Zelensky placed the death toll at 43,000" as a statement of the war so far', () => {
    expect(one('Just over a year ago, in late 2024, Zelensky placed the Ukrainian death toll at 43,000.', '2026-02-05')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2024-12-31' } });
  });

  it('joins a list of months that shares its year ("in September, October, and November 2024")', () => {
    const text = 'Russian forces gained 2,356 square kilometers at the cost of approximately 125,800 losses in September, October, and November 2024.';
    expect(one(text, '2025-01-02').period).toEqual({ start: '2024-09-01', end: '2024-11-30' });
  });

  it('reads Indian English "2.8 lakh" and "1.8 lakh", "died or been wounded", "on all sides", a "statement about" a number, and prisoners who "would return home"', () => {
    expect(one('According to estimates from the west, 2.8 lakh soldiers were killed or wounded in Ukraine.', '2023-02-24').value).toEqual({ low: 280000, high: 280000 });
    expect(extractFigures('This consists of 15,000 Ukrainian soldiers and around 1.8 lakh Russian soldiers.', { published: '2023-02-24' })[1]!.value).toEqual({ low: 180000, high: 180000 });
    const died = 'Between 80,000 and 100,000 Ukrainians are estimated to have died or been wounded so far.';
    expect(one(died, '2023-02-26').metric).toBe('casualties');
    const sides = 'British military intelligence estimates 60,000 Russian soldiers have been killed and over 200,000 have been wounded or killed on all sides.';
    expect(extractFigures(sides, { published: '2023-02-24' })[1]).toMatchObject({ text: '200,000', side: null });
    expect(one("Analysts, referencing Medvedev's statement about 440,000 recruits who signed contracts in 2024, suggest more.", '2025-01-02').qualifier).toBe('exact');
    expect(one('Zelensky confirmed 157 Ukrainians would return home, vowing to press on until all are accounted for.', '2026-02-05').metric).toBe('captured');
  });
});
