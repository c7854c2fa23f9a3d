import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Rates a sentence gives by its words and clauses rather than by a rate word next to the number: swaps and
// handovers, averages named far before the number, running totals said in words, a series after a daily rate, a
// figure restated in brackets and a ratio said in words. Sentences written for these tests.

describe('rate, from the words and clauses around a figure', () => {
  it('reads "held in captivity since 2022" as how long they were held, not a running total', () => {
    const home = one('Ukraine brought home 95 soldiers held in Russian captivity since 2022.', '2025-06-15');
    expect([home.metric, home.rate, home.period]).toEqual(['captured', 'none', null]);
    // A running total is still one: "captured ... since 2022".
    expect(one('Russia has captured 6,000 Ukrainian soldiers since 2022.', '2025-06-15').rate).toBe('cumulative');
  });

  it('reads one battle\'s toll in the perfect tense as that battle\'s, not the war so far', () => {
    const f = one('Western estimates say he has lost more than 20,000 men in the battle for the city.', '2023-05-24');
    expect([f.rate, f.period]).toEqual(['none', null]);
    expect(one('Western estimates say Russia has lost more than 20,000 men fighting for Russia.', '2023-05-24').rate).toBe('cumulative');
  });

  it('reads "the daily rate of soldiers killed and wounded was on average 1,262" as per day, though the number is far from "daily"', () => {
    const f = one('In May the daily rate of Russian soldiers being killed and wounded was on the average of 1,262, the ministry wrote.', '2024-07-12');
    expect([f.rate, f.period]).toEqual(['per_day', { start: '2024-05-01', end: '2024-05-31' }]);
  });

  it('reads "a total of" one swap as that swap\'s, and "a total of" swaps so far as a running total', () => {
    expect(one('The two sides agreed a prisoner exchange deal that will involve a total of 800 people.', '2023-01-17').rate).toBe('none');
    expect(one('The POWs came home in a swap on Monday, a combined total of more than 300 soldiers.', '2023-01-17').rate).toBe('none');
    expect(one('In the swaps so far, a total of 4,000 prisoners came home.', '2023-01-17').rate).toBe('cumulative');
    expect(one('Russia has exchanged a total of 4,000 prisoners with Ukraine since the war began.', '2023-01-17').rate).toBe('cumulative');
  });

  it('reads a list of values after a daily rate as daily ("averaging over 1,000 a day, and were 1,262 in May, 1,163 in June")', () => {
    const figs = extractFigures('Russian casualties were averaging over 900 a day, and were 1,080 in May, 990 in June and 1,020 in July.', { published: '2024-10-18' });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([
      ['900', 'per_day'],
      ['1,080', 'per_day'],
      ['990', 'per_day'],
      ['1,020', 'per_day'],
    ]);
    // A value of another size is another measure: a month's total.
    const other = extractFigures('Russia lost 1,000 soldiers a day, and 30,000 in May.', { published: '2024-10-18' });
    expect(other.map((f) => f.rate)).toEqual(['per_day', 'period_total']);
  });

  it('carries a daily rate with its noun ("1,410 soldiers a day in May, 1,380 in June") and along a "from ..., to ..., to ..." chain', () => {
    const list = extractFigures('The enemy lost an average of 1,410 soldiers a day in May, 1,380 in June, and 1,450 in July.', { published: '2025-08-10' });
    expect(list.map((f) => [f.text, f.rate, f.period])).toEqual([
      ['1,410', 'per_day', { start: '2025-05-01', end: '2025-05-31' }],
      ['1,380', 'per_day', { start: '2025-06-01', end: '2025-06-30' }],
      ['1,450', 'per_day', { start: '2025-07-01', end: '2025-07-31' }],
    ]);
    const chain = extractFigures("The army's daily average losses rose from 350 in 2022, to 640 in 2023, to 870 through the first half of 2024.", { published: '2025-08-10' });
    expect(chain.map((f) => [f.text, f.rate, f.period])).toEqual([
      ['350', 'per_day', { start: '2022-01-01', end: '2022-12-31' }],
      ['640', 'per_day', { start: '2023-01-01', end: '2023-12-31' }],
      ['870', 'per_day', { start: '2024-01-01', end: '2024-06-30' }],
    ]);
  });

  it('reads the bodies of "approximately 6,000 soldiers killed in the conflict" as one handover', () => {
    const f = one('Both nations also agreed to repatriate the bodies of approximately 4,000 soldiers killed in the conflict.', '2025-06-03');
    expect([f.metric, f.rate, f.period]).toEqual(['killed', 'none', null]);
  });

  it('does not give a figure the time of a second reported clause joined by "and said"', () => {
    const f = one('Earlier the two sides each released 270 prisoners and said they would free more in the coming days.', '2025-05-23');
    expect([f.rate, f.period]).toEqual(['none', null]);
  });

  it('reads "the mean average for the last seven days was 824" as per day', () => {
    expect(one('The General Staff estimated that the mean average for the last seven days was 760 Russian casualties.', '2023-02-12').rate).toBe('per_day');
  });

  it('reads a report\'s month as the end of a death toll, "has admitted to" as a running total, and "In the last 24," as a day', () => {
    const toll = one('A New York Times report in August cited officials as putting the Ukrainian death toll at close to 60,000.', '2024-02-26');
    expect([toll.rate, toll.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2023-08-31' }]);
    expect(one('For its part, Russia has admitted to just 1,880 casualties.', '2022-03-11').rate).toBe('cumulative');
    expect(one('In the last 24, 950 Russian soldiers have been killed according to the bulletin.', '2023-02-07').rate).toBe('per_day');
    expect(one('The average daily number of Russian casualties in the war rose to 1,090 in August, the ministry reported.', '2024-09-05').rate).toBe('per_day');
  });

  it('gives the exact form of a figure in brackets the figure\'s own reading', () => {
    const figs = extractFigures('The losses of the Russian army since the beginning of the year have reached almost 200 thousand (199,210) people.', { published: '2025-09-09' });
    expect(figs.map((f) => f.period)).toEqual([
      { start: '2025-01-01', end: '2025-09-09' },
      { start: '2025-01-01', end: '2025-09-09' },
    ]);
  });

  it('reads "1 to 8 military casualties, one Ukrainian for eight Russians" as one ratio', () => {
    const figs = extractFigures('The offensive ended with 1 to 8 military casualties, one Ukrainian for eight Russians, Zelenskyy said.', { published: '2024-05-25' });
    expect(figs.map((f) => [f.metric, f.value.low])).toEqual([['ratio', 8]]);
    // A range from one with no ratio in words stays a range.
    expect(one('Between 1 to 3 soldiers were killed in each of the attacks.', '2024-05-25').value).toEqual({ low: 1, high: 3 });
  });

  it('reads "bringing ... deaths to 6,000" as a running total, and "the monthly losses ... have been above 50,000" as monthly', () => {
    expect(one("A strike killed soldiers, bringing Moscow's acknowledged military deaths to slightly above 5,900.", '2023-01-10').rate).toBe('cumulative');
    expect(one("This brings Moscow's casualty count for October to 41,000, the report said.", '2025-11-05').rate).toBe('period_total');
    // Nine words between "bringing" and "to"; the swap's own 190 is no running total.
    const swap = extractFigures('The swap freed 190 captives, bringing the total number of captives exchanged through its mediation efforts to 1,730.', { published: '2025-11-05' });
    expect(swap.map((f) => [f.text, f.rate])).toEqual([['190', 'none'], ['1,730', 'cumulative']]);
    expect(one('The monthly losses of Ukrainian forces in the past six months have consistently been above 45,000, the Russian military said.', '2025-02-10').rate).toBe('per_month');
  });

  it('gives "in the past 24 hours" after a list with a comma before "and" to the first count, and a daily phrase precedence over "in the war"', () => {
    expect(one('Kyiv said that Russia had lost 480 soldiers, 10 tanks, and 22 artillery systems in the past 24 hours.', '2025-02-16').rate).toBe('per_day');
    expect(one('The Russian army lost another 850 soldiers and dozens of pieces of equipment in the war against Ukraine over the past day.', '2026-03-01').rate).toBe('per_day');
  });

  it('reads "taking the total number of deaths to 19" as a running total, and a statement "when President X said" as the end of one', () => {
    const figs = extractFigures('Seven more Nepalese citizens serving the Russian Army have died, taking the total number of deaths to 19, the ministry said.', { published: '2024-03-14' });
    expect(figs.map((f) => [f.text, f.rate])).toContainEqual(['19', 'cumulative']);
    const f = one('Ukraine updated its statistics on February 4, 2026, when President Volodymyr Zelensky said 52 000 Ukrainian soldiers had died.', '2026-03-01');
    expect([f.rate, f.period]).toEqual(['cumulative', { start: '2022-02-24', end: '2026-02-04' }]);
  });

  it('does not make a toll stated in another month a part of the daily tally before it', () => {
    const figs = extractFigures('Russia lost 870 soldiers over the past day. The last time Russia officially reported its own toll was in September 2022, when it said 5 937 people had died.', {
      published: '2026-03-01',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([
      ['870', 'per_day'],
      ['5 937', 'cumulative'],
    ]);
  });

  it('does not read "a month in which" as a rate', () => {
    const f = one('Drones killed or wounded 31,000 Russian soldiers in March – a month in which the front barely moved.', '2025-04-05');
    expect([f.rate, f.period]).toEqual(['period_total', { start: '2025-03-01', end: '2025-03-31' }]);
  });

  it('does not read an outlet\'s name ("The Daily Beast") as a daily rate', () => {
    expect(one('The group has already sent more than 4,000 convicts to the front, a lawyer told The Daily Beast.', '2022-09-20').rate).not.toBe('per_day');
  });

  it('reads round 28b\'s live-blog wordings: a from-to pair past five words, a date before a new total, "its daily update", "the past fortnight"', () => {
    const pair = extractFigures('Average daily casualties have fallen from a conflict high of over 1,250 per day in May to 1,130 in July.', { published: '2024-08-05' });
    expect(pair.map((f) => [f.text, f.rate])).toEqual([['1,250', 'per_day'], ['1,130', 'per_day']]);
    const total = extractFigures('The army claimed 2,800 enemy troops lost, bringing the overall estimate since February 24 to 104,300.', { published: '2023-01-05' });
    expect(total.map((f) => [f.text, f.rate])).toEqual([['2,800', 'none'], ['104,300', 'cumulative']]);
    expect(one('The staff put the total of enemy forces eliminated since the invasion at 151,200, it said in its daily update.', '2023-03-07').rate).toBe('cumulative');
    expect(one('Mediazona documented nearly 2,500 new Russian military deaths over the past fortnight.', '2024-11-29').period).toEqual({ start: '2024-11-15', end: '2024-11-29' });
  });

  it('reads "has risen to" as a running total brought up to the number, unless a rate word or a month says otherwise', () => {
    expect(one('The number of Nepalis killed has risen to 14.', '2025-12-19')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2025-12-19' } });
    expect(one('The daily average of enemy losses has risen to 1,150.', '2025-12-19').rate).toBe('per_day');
    expect(one('Enemy losses in May have risen to 33,000.', '2025-12-19').rate).toBe('period_total');
  });

  it('gives "a daily average of 1,354" after a dash to its own number, not the month\'s total before (round 56)', () => {
    const text = 'Healey told The Telegraph on Nov. 8 that Russia suffered 41,980 killed and wounded during October- a daily average of 1,354.';
    expect(extractFigures(text, { published: '2024-11-10' }).map((f) => [f.text, f.rate])).toEqual([
      ['41,980', 'period_total'],
      ['1,354', 'per_day'],
    ]);
    expect(extractFigures('Russia lost 41,980 soldiers in October — a daily average of 1,354.', { published: '2024-11-10' })[0]!.rate).toBe('period_total');
  });
});

describe('rate and metric, in wordings from review round 58 (session 13)', () => {
  it('reads "the number of dead Ukrainian servicemen at 80 000 and wounded at 400 000", from "an estimate made earlier this year", as two running totals', () => {
    const text = 'WSJ, citing a confidential Ukrainian estimate made earlier this year, put the number of dead Ukrainian servicemen at 80 000 and wounded at 400 000.';
    expect(extractFigures(text, { published: '2024-09-18' }).map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['80 000', 'killed', 'cumulative'],
      ['400 000', 'wounded', 'cumulative'],
    ]);
  });

  it('does not read a trend ("increasing sharply every year") as the rate of a running total', () => {
    const text = 'The total number of registered AWOL cases filed via the court system in Ukraine since 2022 stands at 202,997, increasing sharply every year.';
    expect(one(text, '2025-08-26').rate).toBe('cumulative');
    expect(one('Ukraine registers 20,000 AWOL cases every year.', '2025-08-26').rate).toBe('per_year');
  });

  it('gives "up to 100 Ukrainian servicemen were killed and 500 wounded on the battlefield every day" one rate for both', () => {
    const text = 'On June 1, President Volodymyr Zelensky stated that up to 100 Ukrainian servicemen were killed and 500 wounded on the battlefield every day.';
    expect(extractFigures(text, { published: '2024-06-05' }).map((f) => [f.text, f.rate])).toEqual([['100', 'per_day'], ['500', 'per_day']]);
  });
});

describe('statements and counts, in wordings from review round 59 (session 13)', () => {
  it('dates a statement by "quoted" or "spoke of", and reads an estimate given then as the war so far', () => {
    const quoted = 'In August 2023, the New York Times quoted US officials as putting Ukraine’s military losses at 70,000 dead and between 100,000 and 120,000 injured.';
    expect(extractFigures(quoted, { published: '2023-09-01' }).map((f) => [f.rate, f.period?.end])).toEqual([
      ['cumulative', '2023-08-31'],
      ['cumulative', '2023-08-31'],
    ]);
    const spoke = 'At the end of 2024, then-US defence secretary Lloyd Austin spoke of 700,000 Russian soldiers who were killed or wounded.';
    expect(one(spoke, '2025-02-25')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2024-12-31' } });
  });

  it('gives the second count of a pair whose verb it leaves out the running total of the first ("1,351 soldiers had been killed and 3,825 injured")', () => {
    const text = 'The Kremlin came out with its own new tally, stating that 1,351 soldiers had been killed and 3,825 injured.';
    expect(extractFigures(text, { published: '2022-04-04' }).map((f) => f.rate)).toEqual(['cumulative', 'cumulative']);
  });

  it('reads obituaries as the dead and criminals sent to fight as soldiers', () => {
    expect(one('His findings indicate that 699,000 obituaries of Ukrainian soldiers have been published.', '2025-12-01').metric).toBe('killed');
    expect(one('The analysis continued that 20,000 Russian criminals released from prison alone were killed in the fighting in Ukraine.', '2024-02-24').metric).toBe('killed');
  });
});
