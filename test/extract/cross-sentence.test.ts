import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';

// Readings that lean on the sentence before: what it names decides what a number in the next one counts.

const read = (text: string, published = '2025-12-27') => extractFigures(text, { published });

describe('the sentence before', () => {
  it('leaves out the people a strike named just before killed', () => {
    const strike = 'On Tuesday morning, Russia bombarded Ukraine with a large-scale drone and missile attack. At least three people have been killed.';
    expect(read(strike)).toEqual([]);
    // Soldiers stay soldiers after a strike.
    expect(read('Russian drones attacked positions near Pokrovsk. At least 30 soldiers were killed.').map((f) => f.text)).toEqual(['30']);
    // And people killed after a sentence about the army are not a strike's.
    expect(read('Ukrainian troops held the line near Pokrovsk. At least 30 people have been killed there this month.').map((f) => f.text)).toEqual(['30']);
  });
});

describe('the same count, named again', () => {
  it('keeps the meaning of the count its sentence named, at a guessed value', () => {
    const [hundreds, guess] = read(
      'Zelensky noted that “hundreds” of Russian soldiers had been captured as of Aug. 13, while an undisclosed Ukrainian colonel has claimed that the number may be as high as 2,000.',
      '2024-08-20',
    );
    expect(hundreds!.side).toBe('russia');
    expect(guess).toMatchObject({ text: '2,000', metric: 'captured', side: 'russia', qualifier: 'as many as' });
    // "puts the total toll at": the toll of the soldiers just named.
    const civic = read(
      'A Ukrainian civic group said it has confirmed the deaths of nearly 25,000 Ukrainian soldiers since the invasion by using open sources, and puts the total toll at more than 30,000.',
    );
    expect(civic.map((f) => [f.text, f.side])).toEqual([
      ['25,000', 'ukraine'],
      ['30,000', 'ukraine'],
    ]);
  });

  it('lets a count moved to a time of its own keep that time', () => {
    const figs = read('The court convicted 1,083 soldiers of desertion in 2021, while the number rose to 1,379 in 2022.');
    expect(figs.map((f) => [f.text, f.period?.start])).toEqual([
      ['1,083', '2021-01-01'],
      ['1,379', '2022-01-01'],
    ]);
  });

  it('reads "in October this indicator was 41,980" as the count of the sentence before, for October', () => {
    const text = 'Russian losses in November amounted to 45,680 people, the General Staff said. For comparison, in October this indicator was 41,980.';
    const [, october] = read(text, '2024-12-09');
    expect(october).toMatchObject({ text: '41,980', metric: 'losses', rate: 'period_total', period: { start: '2024-10-01', end: '2024-10-31' } });
  });
});

describe('the time of the sentence before', () => {
  it('reads "At the time, ... reported 23,000 missing" as the count as it stood then, since the war began', () => {
    const text = 'A unified registry for missing persons was launched in Ukraine in May 2023. At the time, the Ministry of Internal Affairs reported 23,000 missing individuals.';
    expect(read(text, '2024-09-28')[0]).toMatchObject({ metric: 'missing', rate: 'cumulative', period: { start: '2022-02-24', end: '2023-05-31' } });
  });

  it('reads "a slightly lower figure – 617,000 –" as the count of the sentence before, for its own time', () => {
    const text = 'Putin said last month that 700,000 Russian soldiers are fighting in Ukraine. He gave a slightly lower figure – 617,000 – in December 2023.';
    expect(read(text, '2026-01-20')[1]).toMatchObject({ text: '617,000', metric: 'force_size', side: 'russia', period: { start: '2023-12-01', end: '2023-12-31' } });
  });

  it('reads the parts of "The number includes ..." as parts of the count before, with its time and, for nationals, its meaning', () => {
    const parts = read('Russia’s military casualties are approaching 300,000. The number includes as many as 120,000 deaths and 170,000 to 180,000 injured troops.', '2023-08-18');
    expect(parts.map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['300,000', 'casualties', 'cumulative'],
      ['120,000', 'killed', 'cumulative'],
      ['170,000 to 180,000', 'wounded', 'cumulative'],
    ]);
    const nationals = read('At least 93 citizens of Central Asia’s countries have been killed fighting on the side of Russia. The figure includes 19 citizens of Kyrgyzstan and 34 citizens of Uzbekistan.', '2024-06-01');
    expect(nationals.map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['93', 'killed', 'cumulative'],
      ['19', 'killed', 'cumulative'],
      ['34', 'killed', 'cumulative'],
    ]);
  });

  it('reads "Kyiv on Friday said its accounting puts that number in excess of 16,000" as the count before, not Kyiv\'s', () => {
    const text = 'NATO this week estimated that 7,000 to 15,000 Russians have died this month from fighting. Kyiv on Friday said its accounting puts that number in excess of 16,000.';
    expect(read(text, '2022-03-25')[1]).toMatchObject({ text: '16,000', qualifier: 'more than', metric: 'killed', side: 'russia', period: { start: '2022-03-01', end: '2022-03-25' } });
  });

  it('reads "Of that number, 5,000 are ... mercenaries" as a part of the dead counted before', () => {
    const text = 'About 20,000 Russian soldiers have been killed, officials said. Of that number, 5,000 are believed to be mercenaries from the Wagner Group.';
    expect(read(text, '2022-08-08')[1]).toMatchObject({ text: '5,000', metric: 'killed', rate: 'cumulative' });
  });

  it('reads "82,000 had already been sent to the combat zone" after a call-up as a force deployed', () => {
    const text = 'Russia mobilised 300,000 men. He said 82,000 had already been sent to the combat zone and the rest were training.';
    expect(read(text, '2022-10-28')[1]).toMatchObject({ text: '82,000', metric: 'force_size', side: 'russia' });
  });

  it('reads "Among them, 15,000 are military" after a count of the missing as missing soldiers', () => {
    const text = '26,000 people are officially considered missing. Among them, 15,000 are military and 11,000 are civilians.';
    expect(read(text, '2023-10-05')[1]).toMatchObject({ text: '15,000', metric: 'missing' });
  });

  it('reads "these 18,000 individuals" as the count said before, past an office named after prisoners of war', () => {
    const text =
      'Some 17,000 foreigners are fighting for Russia, Kyiv says. Dmytro Usov, Secretary of the Coordination Headquarters for the Treatment of Prisoners of War, said these 17,000 individuals are those whose names are known.';
    const figs = extractFigures(text, { published: '2025-11-19' });
    expect(figs.map((f) => [f.text, f.metric, f.side])).toEqual([
      ['17,000', 'foreign_troops', 'russia'],
      ['17,000', 'foreign_troops', 'russia'],
    ]);
  });

  it('reads "That\'s over 30,000 in the month of December" as the daily toll before it, restated for the month', () => {
    const text = 'The Russians have lost in December 1,100 people dead a day. That\'s over 33,000 in the month of December.';
    expect(extractFigures(text, { published: '2026-01-22' })[1]).toMatchObject({
      text: '33,000',
      metric: 'killed',
      rate: 'period_total',
      side: 'russia',
      period: { start: '2025-12-01', end: '2025-12-31' },
    });
    // A bare number after something else is no figure.
    expect(extractFigures('Kyiv has 1,100 schools. That\'s over 33,000 pupils.', { published: '2026-01-22' })).toEqual([]);
  });

  it('gives the parts of a count ("Of these, ...", "The quantity contains ...") the count\'s period', () => {
    const text = 'In the first eight months of 2025, Russia lost 281,000 soldiers. Of these, 86,000 were confirmed killed, while almost 33,000 were missing.';
    expect(extractFigures(text, { published: '2025-10-10' }).map((f) => f.period)).toEqual([
      { start: '2025-01-01', end: '2025-08-31' },
      { start: '2025-01-01', end: '2025-08-31' },
      { start: '2025-01-01', end: '2025-08-31' },
    ]);
    const parts = 'Russian army casualties are approaching 310,000. The quantity contains as many as 125,000 deaths.';
    expect(extractFigures(parts, { published: '2023-08-19' })[1]).toMatchObject({ rate: 'cumulative', metric: 'killed' });
  });

  it('takes the month a sentence ranks by its toll ("September was the second-deadliest month for Russian forces")', () => {
    const text = 'September was the second-deadliest month for Russian forces. NATO estimates average daily casualties reached 1,250, more than 37,000 for the month.';
    expect(extractFigures(text, { published: '2024-10-17' }).map((f) => [f.text, f.rate, f.period])).toEqual([
      ['1,250', 'per_day', { start: '2024-09-01', end: '2024-09-30' }],
      ['37,000', 'period_total', { start: '2024-09-01', end: '2024-09-30' }],
    ]);
  });

  it('reads "in the same period of 2024" as the span before, in 2024', () => {
    const text = 'In the first six months of 2025, 211,000 people signed contracts. In the same period of 2024, 165,000 people signed contracts.';
    expect(extractFigures(text, { published: '2025-08-18' })[1]!.period).toEqual({ start: '2024-01-01', end: '2024-06-30' });
  });

  it('reads "the true figure may exceed 100,000" as the count before, and a list of percentages as none', () => {
    const text = 'Mediazona has confirmed the names of 50,400 Russian soldiers who have been killed. They estimate that the true figure may exceed 110,000.';
    expect(extractFigures(text, { published: '2024-04-20' })[1]).toMatchObject({ text: '110,000', metric: 'killed', qualifier: 'more than', side: 'russia' });
    expect(extractFigures('Russia lost 5,000 soldiers. On balance, the true number may be 10, 20 maybe even 30% higher.', { published: '2024-04-20' }).map((f) => f.text)).toEqual(['5,000']);
  });

  it('reads "the Ukrainian army believes the true figure could be as high as 18,900" as the Russian dead before, not a Ukrainian force (round 56)', () => {
    const text = 'Its latest said that 1,351 Russian soldiers had been killed in action. However, the Ukrainian army believes the true figure could be as high as 18,900.';
    expect(read(text, '2022-04-08')[1]).toMatchObject({ text: '18,900', metric: 'killed', qualifier: 'as many as', side: 'russia' });
    expect(read("Moscow said 1,351 Russian soldiers had been killed. Ukraine's military puts the figure at 18,900.", '2022-04-08')[1]).toMatchObject({ metric: 'killed', side: 'russia' });
    // An army with a number of its own is still a force.
    expect(read('Moscow said 1,351 Russian soldiers had been killed. The Ukrainian army has 250,000 troops.', '2022-04-08')[1]).toMatchObject({ metric: 'force_size', side: 'ukraine' });
  });

  it('reads "such cases" and "such proceedings" as the cases the sentence before named, even past a line break (round 56)', () => {
    const text = [
      'From January to September 2024, 35 307 criminal proceedings were registered on AWOL.',
      'For the whole of 2023, the number of such cases was 17 658, and for 2022 — 6 641.',
      'Over the past year, the number of proceedings opened under the article on desertion has also increased. From January to September 2024, 18 196 such proceedings were opened, although there were only 4 691 of them in the same period last year.',
    ].join('\n');
    expect(read(text, '2024-10-16').map((f) => [f.text, f.metric, f.period?.start, f.period?.end])).toEqual([
      ['35 307', 'deserted', '2024-01-01', '2024-09-30'],
      ['17 658', 'deserted', '2023-01-01', '2023-12-31'],
      ['6 641', 'deserted', '2022-01-01', '2022-12-31'],
      ['18 196', 'deserted', '2024-01-01', '2024-09-30'],
      ['4 691', 'deserted', '2023-01-01', '2023-09-30'],
    ]);
    // With no case word before, "such cases" count nothing.
    expect(read('The court heard 500 appeals. In 2023, the number of such cases was 17 658.', '2024-10-16')).toEqual([]);
  });

  it('reads "This consists of 15,000 Ukrainian soldiers and around 1.8 lakh Russian soldiers" as parts of the toll before (round 58)', () => {
    const text = 'Since the invasion, 2.8 lakh soldiers have been killed or wounded, according to estimates from the West. This consists of 15,000 Ukrainian soldiers and around 1.8 lakh Russian soldiers.';
    expect(read(text, '2023-02-24').map((f) => [f.text, f.metric, f.rate, f.side])).toEqual([
      ['2.8 lakh', 'casualties', 'cumulative', null],
      ['15,000', 'casualties', 'cumulative', 'ukraine'],
      ['1.8 lakh', 'casualties', 'cumulative', 'russia'],
    ]);
  });

  it('reads a ratio of losses after a sentence about civilians ("... children have been deported. The ratio is one to five.") (round 59)', () => {
    expect(read('Tens of thousands of children have been deported, we know about this. The ratio is one to five.', '2024-02-24').map((f) => [f.text, f.metric])).toEqual([['one to five', 'ratio']]);
    // A count with no word of its own after civilians is still theirs.
    expect(read('Russian strikes killed 136 civilians. Of the 400 who have been injured, 26 are children.', '2024-02-24')).toEqual([]);
  });

  it('gives "The Ukrainian side currently puts the figure at over 12,000" the nation of the toll before, whatever the sentence names later (round 59)', () => {
    const text = 'U.S. intelligence officials said the Russian death toll was probably between 2,000 and 4,000. (The Ukrainian side currently puts the figure at over 12,000, while Russia has yet to provide a more recent update on its own death toll.)';
    expect(read(text, '2022-03-14')[1]).toMatchObject({ text: '12,000', metric: 'killed', side: 'russia' });
  });
});
