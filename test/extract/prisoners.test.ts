import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Prisoners and swaps in sentences written for these tests: who was freed, by whom, and what a release counts.

describe('prisoners, in wordings from review round 38', () => {
  it('gives the prisoners one side releases to the other side, but not inmates it frees', () => {
    const figs = extractFigures('Russia released 215 prisoners of war, 205 Ukrainians and 10 foreigners, in a prisoner swap on Sept. 21.', { published: '2022-09-22' });
    expect(figs.map((f) => [f.text, f.metric, f.side])).toEqual([
      ['215', 'captured', 'ukraine'],
      ['205', 'captured', 'ukraine'],
      ['10', 'captured', 'ukraine'],
    ]);
    expect(one('The Kremlin freed 100,000 inmates to send to Ukraine to fight for Russia.', '2023-06-01').side).not.toBe('ukraine');
  });

  it('reads soldiers and foreigners freed or back home as prisoners, not a force or foreign troops', () => {
    expect(one('Among the released Ukrainians are 124 officers, including high-profile commanders.', '2022-09-22').metric).toBe('captured');
    expect(one('According to Yermak, 10 foreigners who fought for Ukraine were also released under the swap.', '2022-09-22').metric).toBe('captured');
    expect(one('Of those who returned, 182 had official prisoner of war status confirmed by the Red Cross.', '2024-01-03').metric).toBe('captured');
    // The total of one return is that return's, not the war's.
    expect(one('A total of 230 Ukrainian defenders returned home on Wednesday.', '2024-01-03').rate).not.toBe('cumulative');
  });

  it('does not give a swapped count the nation of the other term ("exchanged for 55 Russian prisoners")', () => {
    const figs = extractFigures('Separately, five top commanders of the Azovstal defense were exchanged for 55 Russian prisoners of war.', { published: '2022-09-22' });
    expect(figs.map((f) => [f.text, f.side])).toEqual([
      ['five', null],
      ['55', 'russia'],
    ]);
  });

  it('reads "Ukraine\'s Defense Forces" as an army, not an office', () => {
    expect(one('He claims that the military losses of Ukraine’s Defense Forces exceed 500,000.', '2024-10-01')).toMatchObject({ side: 'ukraine', rate: 'cumulative' });
  });

  it('reads a call-up a nation\'s minister announces as that nation\'s, and a force beside "bordering Ukraine" not as Ukraine\'s', () => {
    expect(one('Russian Defense Minister Sergei Shoigu announced that the planned number of reservists - 300,000 - was called up.', '2022-10-28').side).toBe('russia');
    expect(one('They are deployed in three regions directly bordering Ukraine (approximately 30,000 servicemen).', '2024-02-21').side).not.toBe('ukraine');
  });
});

describe('sides and prisoners, in wordings from review round 39', () => {
  it('does not give the dead to the nation that fired at them', () => {
    const text = 'The Russian Ministry of Defense said 63 servicemen had been killed in Makiivka when Ukraine used HIMARS rockets to attack a building where Russian soldiers were quartering.';
    expect(one(text, '2023-01-03').side).toBe('russia');
  });

  it('reads soldiers "got back" or brought home in a swap as prisoners', () => {
    expect(one('Another big POWs swap. We managed to get back 116 of our people.', '2023-02-04').metric).toBe('captured');
    expect(one('Ukraine managed to bring home more than 200 soldiers, sergeants and officers.', '2024-01-04').metric).toBe('captured');
  });
});

describe('prisoners, in wordings from review round 43', () => {
  it('reads foreigners "held prisoners in Ukraine" as captives from Russia\'s side', () => {
    expect(one('The government says around a dozen Sri Lankans are being held prisoners in Ukraine.', '2025-05-18')).toMatchObject({
      metric: 'captured',
      side: 'russia',
    });
    expect(one('About 20 Nepalis are held as POWs by Ukraine.', '2025-05-18')).toMatchObject({ metric: 'captured', side: 'russia' });
  });

  it('reads servicemen a side "returned" as freed prisoners, but not soldiers returned to the front', () => {
    expect(one('The following day Ukraine returned 307 servicemen.', '2025-05-26')).toMatchObject({ metric: 'captured', side: 'ukraine' });
    expect(one('The army returned 1,000 soldiers to the front after rest.', '2025-05-26').metric).toBe('force_size');
  });

  it('reads soldiers each side "got back" as freed prisoners, and "back to the front" as no release', () => {
    expect(one('Russia’s military says each side got 195 soldiers back on Wednesday.', '2024-01-31')).toMatchObject({
      metric: 'captured',
      period: { start: '2024-01-31', end: '2024-01-31' },
    });
    expect(one('Ukraine brought 100 soldiers back to the front.', '2024-01-31').metric).toBe('force_size');
  });

  it('counts prisoners of war killed in a strike on their camp, but not the victims of a strike beside a swap', () => {
    const camp = 'A day after the attack on a camp with Ukrainian prisoners of war, the Russian Defense Ministry published a list with the names of 50 dead and 73 injured.';
    expect(extractFigures(camp, { published: '2022-07-30' }).map((f) => [f.text, f.metric, f.side])).toEqual([
      ['50', 'killed', 'ukraine'],
      ['73', 'wounded', 'ukraine'],
    ]);
    const headline = 'Ukraine concludes prisoner swap with Russia; Russian missile, drone attack kills 12, injures over 60';
    expect(extractFigures(headline, { published: '2025-05-25' })).toEqual([]);
  });

  it('reads people a side "sent back" in an exchange as freed prisoners of their own nation', () => {
    expect(one('In exchange, Ukraine sent back 55 Russians.', '2022-09-22')).toMatchObject({ metric: 'captured', side: 'russia' });
  });

  it('reads a headline\'s "Russia, Ukraine agree to swap 1,000 prisoners of war each" as both sides\' prisoners', () => {
    expect(one('Russia, Ukraine agree to swap 1,000 prisoners of war each in short peace talks', '2025-05-16')).toMatchObject({ metric: 'captured', side: null });
  });

  it('reads soldiers a nation "is holding" as its prisoners', () => {
    expect(one('According to Vladimir Putin, Russia is holding 6,465 Ukrainian soldiers.', '2024-04-10')).toMatchObject({ metric: 'captured', side: 'ukraine' });
  });

  it('reads foreigners "recently taken prisoner" as captives', () => {
    expect(one('Two Colombians recently taken prisoner by Russian forces were shown on video.', '2025-06-01')).toMatchObject({ metric: 'captured', side: 'ukraine' });
  });

  it('reads a group of prisoners broken down by rank, "all of whom had been held in Russian captivity", as captives', () => {
    const text = 'The group comprised 84 soldiers and 19 officers, all of whom had been held in Russian captivity.';
    expect(extractFigures(text, { published: '2024-09-15' }).map((f) => [f.text, f.metric])).toEqual([
      ['84', 'captured'],
      ['19', 'captured'],
    ]);
  });

  it('keeps prisoners named as such after a sentence about civilians swapped', () => {
    const text = 'The sides exchanged 390 soldiers along with 120 civilians, each. On Sunday, both sides swapped 301 prisoners.';
    expect(extractFigures(text, { published: '2025-05-25' }).map((f) => [f.text, f.metric])).toEqual([
      ['390', 'captured'],
      ['301', 'captured'],
    ]);
    // A number without a noun of its own still continues the civilians.
    expect(extractFigures('Russia returned 120 civilians. On Sunday, 40 more were handed over.', { published: '2025-05-25' })).toEqual([]);
  });

  it('reads the return of prisoners "from Russian captivity" as Ukraine\'s, and since the invasion as a running total', () => {
    expect(one('Zelensky celebrated the return of 95 prisoners of war from Russian captivity.', '2024-06-25').side).toBe('ukraine');
    const since = 'Kyiv has secured the return of 3,410 people from Russian captivity since the start of Russia\'s invasion in February 2022.';
    expect(one(since, '2024-08-15')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2024-08-15' } });
    // Held since then is how long, not a running total.
    expect(one('Some 8,100 Ukrainians have been held in Russian captivity since 2022.', '2024-08-15').rate).toBe('none');
  });

  it('reads defenders "coming back home" as freed prisoners', () => {
    expect(one('Some 220 defenders are coming back home.', '2024-01-03').metric).toBe('captured');
  });

  it('reads bodies after a sentence ending in "place." and gives them the nation they were returned to past a relative clause', () => {
    const text = 'On December 19, repatriation activities took place. 1,010 bodies, which the Russian side claims belong to Ukrainian servicemen, were returned to Ukraine.';
    expect(extractFigures(text, { published: '2025-12-19' }).map((f) => [f.text, f.metric, f.side])).toEqual([['1,010', 'killed', 'ukraine']]);
    // An abbreviation's full stop still labels: "No. 5".
    expect(extractFigures('Brigade No. 5 lost soldiers.', { published: '2025-12-19' })).toEqual([]);
  });

  it('reads the dead a handover is to return ("handing over as many as 6,000 deceased combatants each") as one handover', () => {
    const text = 'Both sides committed to handing over as many as 6,100 deceased combatants each, in addition to sick prisoners of war.';
    expect(one(text, '2025-06-12')).toMatchObject({ metric: 'killed', rate: 'none', period: null });
    // The dead counted so far are still a running total.
    expect(one('Russia says 6,100 dead soldiers were counted in the war so far.', '2025-06-12').rate).toBe('cumulative');
  });

  it('reads soldiers "surrendering" as prisoners, but not a hotline\'s callers or its "surrendering requests" (round 55)', () => {
    const text = 'Vitaliy Matvienko, who is part of the team behind the hotline has said that the number of soldiers surrendering has "doubled" from last month, to around 3,000.';
    expect(one(text, '2023-04-12').metric).toBe('captured');
    expect(one('Some 2,000 soldiers were surrendering every month.', '2023-04-12')).toMatchObject({ metric: 'captured', rate: 'per_month' });
    const callers = 'The last official figures claim that by March of this year, around 10,000 Russians had contacted the hotline, but it was not clarified as to how many of those had surrendered.';
    expect(extractFigures(callers, { published: '2023-04-12' })).toEqual([]);
    expect(extractFigures('More than 3,500 Russian soldiers have called the I Want to Live hotline since September.', { published: '2023-04-12' })).toEqual([]);
    expect(extractFigures('Its hotline receives up to 100 surrendering requests per day, writes BBC.', { published: '2023-04-12' })).toEqual([]);
    // Those who surrendered through it are prisoners.
    expect(one('More than 3,500 Russian soldiers have surrendered through the I Want to Live hotline since September.', '2023-04-12').metric).toBe('captured');
  });

  it('reads a freed group broken down in the sentence after the swap ("There are 213 privates and sergeants") as prisoners (round 59)', () => {
    const text = 'Ukraine held the largest of all exchanges. 230 defenders are returning home. There are 213 privates and sergeants among them.';
    expect(extractFigures(text, { published: '2024-01-03' }).map((f) => [f.text, f.metric])).toEqual([['230', 'captured'], ['213', 'captured']]);
    // Not an army named after a swap, nor a list of names.
    expect(extractFigures('Russia and Ukraine swapped 100 prisoners. Russia has 600,000 troops in Ukraine.', { published: '2024-01-03' })[1]!.metric).toBe('force_size');
    expect(extractFigures('The swap would involve at least 1,000 prisoners of war. Medinsky confirmed a list of 339 names of people Ukraine wanted.', { published: '2025-05-20' }).map((f) => f.text)).toEqual(['1,000']);
  });

  it('reads people a side managed "to liberate" as freed prisoners, not ground it liberated (round 59)', () => {
    expect(one('"We have managed to liberate 215 people," the Ukraine presidency\'s chief of staff Andriy Yermak announced on TV.', '2022-09-22').metric).toBe('captured');
    expect(extractFigures('Ukraine says it has managed to liberate 30 settlements in the Kharkiv region.', { published: '2022-09-22' })).toEqual([]);
  });
});
