import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// What a figure counts, in wordings that review rounds 27-30 found read wrongly: milestones, parts of a named whole,
// the size an army is to reach, foreign nationals' own verbs, small spelled-out counts, targets met, civilians, and
// tolls. Each sentence is written for this test, not copied from the articles.

describe('metric, in wordings from review rounds 27-30', () => {
  it('reads "approaching a grim milestone of" as nearly and "killed or so badly injured" as casualties', () => {
    expect(one('The army is approaching a grim milestone of 700,000 casualties, analysts said.', '2025-06-05').qualifier).toBe('nearly');
    expect(one('Losses have passed the symbolic mark of 400,000 soldiers.', '2025-06-05').qualifier).toBe('more than');
    expect(one('Some 300,000 soldiers were either killed or so badly wounded that they cannot fight.', '2025-06-05').metric).toBe('casualties');
  });

  it('counts "1,279 of the approximately 2,500 fighters" in the whole\'s noun, and reads a toll "announced by" someone', () => {
    const part = extractFigures('So far 1,150 of the roughly 2,000 marines held in captivity have been returned home.', { published: '2025-05-29' });
    expect(part[0]).toMatchObject({ text: '1,150', metric: 'captured' });
    // "just two of the 25,000 dead": people picked out of a count.
    expect(extractFigures('These are just two of the 25,000 dead soldiers identified so far.', { published: '2025-05-29' }).map((f) => f.text)).toEqual(['25,000']);
    expect(one('Data stays scarce, the last official toll of 6,100 soldiers killed having been announced by the defence minister in October 2022.', '2025-05-29')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-10-31' },
    });
    expect(one('Data stays scarce, with the last official death toll of 6,100 announced by the defence minister in October 2022.', '2025-05-29').metric).toBe('killed');
  });

  it('reads the size an army is to reach as a target, even in a sentence about losses', () => {
    expect(one('To replace these losses, the Kremlin intends to increase the total number of soldiers to 1.3 million.', '2024-09-01')).toMatchObject({ metric: 'target', rate: 'none' });
    expect(one('A decree orders the military to create 1.3 million combat-ready troops.', '2024-09-01').metric).toBe('target');
  });

  it('reads what happened to foreign nationals from their own verb, not as foreign troops', () => {
    expect(one('Of these, 31 Indians have reportedly lost their lives.', '2025-12-19').metric).toBe('killed');
    expect(one('Nine Nepalis are reported to be prisoners of war in Ukraine.', '2025-12-19').metric).toBe('captured');
    expect(one('Two more Nepalis serving in Russian army die', '2025-12-19').metric).toBe('killed');
    expect(one('14 Colombian mercenaries killed in eastern Ukraine', '2025-12-19').metric).toBe('killed');
    expect(one('At least 12 retired Sri Lankan military personnel have been killed in the war.', '2025-12-19').metric).toBe('killed');
    // German "die" is an article, not a death.
    expect(extractFigures('Die Beamten sagten, dass von den geschätzten 11.000 Truppen, die aus Nordkorea geschickt wurden, viele verwundet wurden.', { published: '2025-12-19' })).toEqual([]);
  });

  it('finds a small spelled-out count with no noun when a loss or a tally says what it counts', () => {
    expect(one('The ministry has been told that thirty more are still missing.', '2024-01-02')).toMatchObject({ text: 'thirty', metric: 'missing' });
    expect(one('This takes the official tally of Nepalis killed in the war to twelve.', '2024-01-02')).toMatchObject({ text: 'twelve', metric: 'killed', rate: 'cumulative' });
    expect(one('The death toll could cross one hundred sixty.', '2024-01-02').value).toEqual({ low: 160, high: 160 });
  });

  it('reads round 29a\'s recruitment wordings: a target achieved, and units abandoned without leave', () => {
    expect(one('The president\'s target was achieved: 410,000 individuals signed military contracts.', '2026-01-20').metric).toBe('recruited');
    expect(one('Military courts received 1,950 criminal cases against soldiers accused of abandoning their units without official leave.', '2023-07-19').metric).toBe('deserted');
  });

  it('carries a count of civilians to the numbers after it only within its paragraph', () => {
    const text = 'He said: "There are 380,000 wounded, and 19,000 children deported to Russia."\nIn December, he revealed 42,000 had been killed, rising to 44,000 by February 4.';
    expect(extractFigures(text, { published: '2025-02-17' }).map((f) => f.text)).toEqual(['380,000', '42,000', '44,000']);
  });

  it('reads a quoted "\'well over\'" as more than, and "deaths, injuries and missing personnel" as casualties', () => {
    expect(one("The general said 'well over' 90,000 enemy soldiers died.", '2023-01-10').qualifier).toBe('more than');
    expect(one('Combined military deaths, injuries and missing personnel could approach 1.9 million by spring.', '2026-01-28').metric).toBe('casualties');
    expect(one('The combined casualties of both sides—killed, wounded, and missing—have reached about 1.7 million.', '2026-01-28').metric).toBe('casualties');
  });

  it('reads "the toll peaked at" and "the toll among ... forces" as losses, not a force', () => {
    expect(one('The toll peaked at 1,290 on October 19, the staff said.', '2023-12-23')).toMatchObject({ metric: 'losses', rate: 'period_total' });
    expect(one('Officials said the toll among Ukrainian and Russian forces since the beginning of the war has surged close to 480,000.', '2023-08-18').metric).toBe('losses');
  });

  it('reads prisoners Wagner recruited as recruits, not prisoners of war, unless they were killed', () => {
    expect(one('Of the roughly 48,000 prisoners recruited by the Wagner group, few remain.', '2023-06-01').metric).toBe('recruited');
    expect(one('As of the end of last year, 38,000 Russian prisoners, who were promised amnesty, were recruited to Wagner.', '2023-06-01').metric).toBe('recruited');
    expect(one('Wagner said around 9,000 prisoners who had been recruited to fight had been killed on the battlefield.', '2023-06-01').metric).toBe('killed');
  });

  it('reads "40 out of 50 thousand" as 40,000 of 50,000', () => {
    const figs = extractFigures('The group has already lost about 35 out of 45 thousand recruited prisoners.', { published: '2023-06-01' });
    expect(figs.map((f) => [f.text, f.value.low])).toEqual([
      ['35', 35000],
      ['45 thousand', 45000],
    ]);
  });
});

describe('metric, in wordings from review rounds 31-37', () => {
  it('reads an army\'s active strength beside its reservists as a force, not a call-up', () => {
    const text = 'Russia has 1,100,000 active troops and 1.5 million in reserve, while Ukraine has 210,000 troops and 800,000 reservists.';
    expect(extractFigures(text, { published: '2022-03-01' }).slice(0, 3).map((f) => [f.text, f.metric])).toEqual([
      ['1,100,000', 'force_size'],
      ['1.5 million', 'force_size'],
      ['210,000', 'force_size'],
    ]);
    expect(one('The Kremlin called up 300,000 reservists last autumn.', '2022-03-01').metric).toBe('mobilized');
  });

  it('finds "the 450,000-strong army of occupation" as a force', () => {
    expect(one('Since taking Bakhmut, the 450,000-strong Russian army of occupation in the south has dug in.', '2024-06-01')).toMatchObject({ metric: 'force_size', side: 'russia' });
  });

  it('reads citizens or civilians whom their clause\'s verb mobilises as the mobilised', () => {
    expect(one('Officials said that some 80,000 citizens were mobilized in the first week.', '2022-03-04')).toMatchObject({ text: '80,000', metric: 'mobilized' });
    expect(one('Around 900 Georgian citizens have enlisted in the legion so far.', '2022-03-04').metric).toBe('recruited');
    expect(extractFigures('Some 2,000 children were deported, officials said.', { published: '2022-03-04' })).toEqual([]);
  });

  it('reads soldiers who absconded or fled their posts as deserters, and men wanted for evading service as no figure', () => {
    expect(one('Nearly 40,000 soldiers absconded in the first half of 2024.', '2024-09-01')).toMatchObject({ metric: 'deserted', rate: 'period_total' });
    expect(one('Some 25,000 people have faced charges for fleeing their posts since the invasion began.', '2024-09-01').metric).toBe('deserted');
    expect(one('About 400 soldiers were found to have left the unit without permission after their leave.', '2024-01-10').metric).toBe('deserted');
    expect(extractFigures('The minister said 1.5 million men are "wanted" for avoiding military service.', { published: '2026-01-14' })).toEqual([]);
  });

  it('reads people who "come to sign a contract" as recruits, and a sum "instead of" another as money', () => {
    expect(one('"About 1,200 people come to sign a contract with the army every day," the president said.', '2023-09-12')).toMatchObject({ metric: 'recruited', rate: 'per_day' });
    expect(extractFigures('Volunteers who sign a contract this month will be paid 900,000 rubles instead of 500.', { published: '2024-11-25' })).toEqual([]);
  });

  it('reads a headline\'s "N conscripts killed" as killed, not as the conscripted', () => {
    expect(one('Report: at least 87 conscripts killed since the call-up began', '2022-11-01').metric).toBe('killed');
  });

  it('reads a toll of soldiers "injured, captured or gone missing" as casualties, not the missing', () => {
    expect(one('Counting the troops who were wounded, captured or gone missing, the total may reach 25,000, he said.', '2022-03-24').metric).toBe('casualties');
  });

  it('reads an order "to increase the number of soldiers by another 100,000" as a target, not growth under way', () => {
    expect(one('He said he had ordered the army to increase the number of soldiers by another 80,000.', '2022-05-21').metric).toBe('target');
    expect(one('The enemy is increasing the number of its troops by 8,000 every month.', '2024-05-21').metric).not.toBe('target');
  });

  it('finds small spelled-out numbers that go on a list of figures ("nine from Volgograd")', () => {
    const figs = extractFigures('Deaths by region: 19 from Perm, 11 from Omsk, nine from Tver, and six from Kursk.', { published: '2022-11-01' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['19', 'killed'],
      ['11', 'killed'],
      ['nine', 'killed'],
      ['six', 'killed'],
    ]);
    expect(extractFigures('Russia lost 300 soldiers in one day, two in the next.', { published: '2022-11-01' }).map((f) => f.text)).toEqual(['300']);
  });

  it('reads "a shortfall of 100,000 soldiers" as a deficit, and "200,000 who are AWOL" as deserters beside a money shortfall', () => {
    expect(one('The army now has a shortfall of 90,000 soldiers, the general said.', '2025-05-21').metric).toBe('net_deficit');
    expect(one('"I inherit a $5 billion shortfall and 180,000 who are AWOL," the minister said.', '2026-01-14').metric).toBe('deserted');
    expect(extractFigures('The strike killed two soldiers and caused injuries to 15 others, amid a severe personnel shortfall.', { published: '2025-05-21' })[1]!.metric).toBe('wounded');
  });

  it('reads a call-up that only dates a count ("before the mobilization efforts began") as no call-up', () => {
    expect(one('Some 250,000 soldiers were fighting at the front before the mobilization drive began in spring.', '2024-11-30').metric).toBe('force_size');
    expect(one('Since the start of mobilization, 200,000 men have been sent to the front.', '2024-11-30').metric).toBe('mobilized');
  });

  it('reads the Russian ministry\'s lists of foreign fighters: "the elimination of" and "confirmed to have died" are deaths, Filipinos and Colombians are foreign fighters', () => {
    expect(one('So far, the elimination of 4,100 foreign mercenaries has been confirmed.', '2024-03-18').metric).toBe('losses');
    expect(one('By the end of May, 3,900 foreign mercenaries were confirmed to have died in battle, the minister said.', '2024-03-18').metric).toBe('killed');
    expect(one('The government is assisting six Filipinos allegedly deceived into serving as mercenaries for Russia.', '2025-01-15')).toMatchObject({ metric: 'foreign_troops', side: 'russia' });
    expect(extractFigures('Losses include 420 tanks and 410 armoured personnel carriers.', { published: '2022-06-20' })).toEqual([]);
  });

  it('reads "9 to 10 times higher" losses as a ratio range, and "dead and critically injured" as casualties', () => {
    expect(one('He said Russian losses are 7 to 8 times higher than Ukrainian losses.', '2022-09-10')).toMatchObject({ metric: 'ratio', value: { low: 7, high: 8 } });
    expect(one('Russia passes the milestone of 900,000 dead and critically injured men.', '2025-07-10').metric).toBe('casualties');
  });

  it('leaves a plan in the next clause to its own number ("recruited 30,000 in May and plans to sign up 20,000 more")', () => {
    const figs = extractFigures('The army recruited 28,000 soldiers in May and plans to sign up 20,000 more in June.', { published: '2025-06-02' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['28,000', 'recruited'],
      ['20,000', 'target'],
    ]);
  });

  it('reads a number\'s own verb past a loss word of the clause before ("a commander was wounded, and five soldiers were killed")', () => {
    expect(one('In the fighting a commander was wounded, and 12 soldiers were killed.', '2023-03-01').metric).toBe('killed');
    const part = extractFigures('The company recruited 40,000 prisoners, more than 15,000 of whom later died in action.', { published: '2023-03-01' });
    expect(part.map((f) => [f.text, f.metric])).toEqual([
      ['40,000', 'recruited'],
      ['15,000', 'killed'],
    ]);
  });

  it('reads what an army is "seeking" as a target', () => {
    expect(one('The Kremlin is now seeking 350,000 more contract recruits this year.', '2023-03-29')).toMatchObject({ metric: 'target', period: { start: '2023-01-01', end: '2023-12-31' } });
  });

  it('leaves a loss word that opens the next pair (", with the wounded toll ...") to the next number', () => {
    const figs = extractFigures('Russian deaths are estimated at between 60,000 and 180,000, with the wounded toll higher still, around 350,000.', { published: '2024-09-20' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['between 60,000 and 180,000', 'killed'],
      ['350,000', 'wounded'],
    ]);
  });

  it('leaves out workers a labour market lacks and men fleeing a call-up', () => {
    expect(extractFigures("Mobilisation has left a shortage of some 2 million people in Russia's labour market, an economist said.", { published: '2023-12-04' })).toEqual([]);
    expect(extractFigures('The latest mobilization wave ended with tens of thousands of men fleeing the country.', { published: '2023-12-04' })).toEqual([]);
    expect(one('The latest mobilization wave brought tens of thousands of men into the army.', '2023-12-04').metric).toBe('mobilized');
  });
});

describe('metric, in wordings left from earlier rounds (session 10)', () => {
  it('reads two adjectives joined by "and" before the noun ("tired and demoralized soldiers")', () => {
    expect(one('Since then, thousands of tired and demoralized soldiers have abandoned their positions.', '2025-10-10')).toMatchObject({
      text: 'thousands',
      metric: 'deserted',
    });
    expect(one('Some 2,000 trained and equipped soldiers arrived at the front.', '2025-10-10').metric).toBe('force_size');
    // Another count after the "and", or a noun right after it, is no adjective.
    const listed = extractFigures('He said 1,300 officials, 27,000 entrepreneurs and 13,000 volunteers were sent to the troops.', { published: '2025-10-10' });
    expect(listed.map((f) => f.text)).toEqual(['13,000']);
    expect(extractFigures('Over 2,800 fragments and bodies of defenders have been identified.', { published: '2025-10-10' })).toEqual([]);
  });

  it('reads "Russian losses" as an army\'s in a sentence that also names drone attacks', () => {
    expect(one('Drone attacks rose to about 600 a night, while Russian losses reached 1,000 a day.', '2025-10-10')).toMatchObject({
      text: '1,000',
      metric: 'losses',
      rate: 'per_day',
      side: 'russia',
    });
    // Unowned, the toll beside an attack stays a strike report's.
    expect(extractFigures('The attack killed five and injured 48 in residential buildings.', { published: '2025-10-10' })).toEqual([]);
  });

  it('reads a ratio whose second term is a range ("1 to 6 or 7", "1 to 20–25") as one figure', () => {
    expect(one('Previously, the average ratio had been 1 to 6 or 7.', '2025-11-13')).toMatchObject({ text: '1 to 6 or 7', metric: 'ratio', value: { low: 6, high: 7 } });
    expect(one('On some fronts the ratio has risen to 1 to 20–25.', '2025-11-13')).toMatchObject({ text: '1 to 20–25', metric: 'ratio', value: { low: 20, high: 25 } });
  });
});

describe('metric, in wordings from review round 38', () => {
  it('reads offences of desertion as deserters and natives of a region killed as the killed', () => {
    expect(one('The office has registered almost 60,000 criminal offenses for unauthorized abandonment of a unit (AWOL).', '2024-10-22').metric).toBe('deserted');
    expect(one('At the same time, 29,521 offenses on the fact of desertion were registered.', '2024-10-22').metric).toBe('deserted');
    expect(one('The leader is Bashkortostan, with at least 3,932 natives of the region killed in the war.', '2025-01-24')).toMatchObject({ metric: 'killed', rate: 'cumulative' });
  });

  it('reads "the 75,000 figure" as the figure said before, not as the force the sentence also names', () => {
    const text =
      'U.S. officials believe 75,000 Russian soldiers have been killed or injured in Ukraine. Russia sent at least 150,000 troops at the start of the war, so if the 75,000 figure is accurate, that is half the deployed forces.';
    const figs = extractFigures(text, { published: '2022-07-28' });
    expect(figs.map((f) => [f.text, f.metric, f.side])).toEqual([
      ['75,000', 'casualties', 'russia'],
      ['150,000', 'force_size', 'russia'],
      ['75,000', 'casualties', 'russia'],
    ]);
  });

  it('leaves out growth over time said as "times as many ... as in the same period last year", not a ratio of losses', () => {
    const growth = 'The office reported that in January-September 2024 there were three times as many cases of AWOL and almost four times as many desertions as in the same period last year.';
    expect(extractFigures(growth, { published: '2024-10-22' })).toEqual([]);
    expect(one("Russia's casualty rate is 10 times higher than Ukraine's.", '2024-10-22').metric).toBe('ratio');
  });
});

describe('metric, in wordings from review round 39', () => {
  it('reads "killed, captured or wounded" as casualties, not the killed', () => {
    expect(one("Ukraine's General Staff reported that almost 819,000 Russian soldiers had been killed, captured or wounded since the start of the war.", '2025-01-20').metric).toBe('casualties');
  });
});

describe('foreign fighters named by nationality, from review round 39', () => {
  it('reads Central Asian, African and other nationals killed or recruited in the war as figures', () => {
    expect(one('At least 66 Uzbek citizens have been killed in Russia’s ongoing war in Ukraine.', '2025-07-14')).toMatchObject({ metric: 'killed', side: 'russia', rate: 'cumulative' });
    expect(one('A survey says at least 93 citizens of Central Asia’s countries have been killed in Ukraine fighting alongside Russian forces.', '2023-06-15')).toMatchObject({
      metric: 'killed',
      side: 'russia',
    });
    expect(one('Meanwhile, 63 Georgians, most from Abkhazia and South Ossetia, died in the war.', '2025-07-14').metric).toBe('killed');
    expect(one('More than 1,000 Kenyans have been recruited to fight in the Russia-Ukraine war, with 39 hospitalised.', '2026-02-08').metric).toBe('recruited');
    // Citizens of the war's own cities stay civilians; nationals who flee stay out.
    expect(extractFigures('At least 40 citizens of Kyiv were killed in the strike.', { published: '2025-07-14' })).toEqual([]);
    expect(extractFigures('Some 5,000 Kenyans fled the country.', { published: '2025-07-14' })).toEqual([]);
  });

  it('keeps each number\'s own verb in "Of the 72 Tajik citizens confirmed dead, 43 were recruited from prisons"', () => {
    expect(extractFigures('Of the 72 Tajik citizens confirmed dead, 43 were recruited from prisons.', { published: '2025-07-14' }).map((f) => [f.text, f.metric])).toEqual([
      ['72', 'killed'],
      ['43', 'recruited'],
    ]);
  });

  it('reads casualties "among North Korean troops" as casualties, Wagner\'s mercenaries as a force, and nationals held as prisoners', () => {
    expect(one('The intelligence service reports that casualties among North Korean troops have now reached about 3,000.', '2025-01-15').metric).toBe('casualties');
    expect(one('Russia’s Wagner mercenary group is thought to command up to 50,000 fighters in Ukraine.', '2023-06-15').metric).toBe('force_size');
    expect(one('The government says around a dozen Sri Lankans are being held prisoners of war in Ukraine.', '2026-02-08').metric).toBe('captured');
  });

  it('reads the verb past an aside with the whole ("Twelve Indian nationals, among a total of 126, who ... have died"), and leaves out a discharge', () => {
    const text = 'Twelve Indian nationals, among a total of 126, who were misled into settling in Russia have died fighting for the Russian Army.';
    expect(extractFigures(text, { published: '2025-01-17' })[0]).toMatchObject({ text: 'Twelve', metric: 'killed' });
    const discharge = 'Efforts by the government resulted in the early discharge of 119, while 26 are reported to have lost their lives.';
    expect(extractFigures(discharge, { published: '2025-01-17' }).map((f) => [f.text, f.metric])).toEqual([['26', 'killed']]);
  });

  it('leaves out "cargo 200", a town\'s population and one soldier in a story', () => {
    const texts = (t: string) => extractFigures(t, { published: '2025-01-15' }).map((f) => f.text);
    expect(texts('Regions began receiving an unusually high number of “cargo 200” shipments — military code for the bodies of fallen soldiers.')).toEqual([]);
    expect(texts('We have never had 13 deaths in a month, said an employee in a small Siberian town home to about 30,000 people.')).toEqual(['13']);
    expect(texts("One soldier, as he was about to be captured by Ukrainians, shouted Kim Jong-un's name.")).toEqual([]);
  });
});

describe('metric and side, more wordings from review round 39', () => {
  it('reads the loss word a number is put "at" as its own, not the noun of the next pair after "and"', () => {
    const figs = extractFigures('The think tank estimates Russian deaths at around 250,000 and total casualties, including the wounded, at nearly 950,000.', { published: '2025-06-23' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['250,000', 'killed'],
      ['950,000', 'casualties'],
    ]);
    expect(extractFigures('The Ukrainian death toll it puts at between 60,000 and 100,000 and total casualties up to 400,000.', { published: '2025-06-23' })[0]!.metric).toBe('killed');
  });

  it('reads losses a side aims to inflict as the other side\'s casualties, not a recruitment target', () => {
    expect(one('Ukraine seeks to inflict up to 50,000 monthly casualties on Russian forces, the defence minister said.', '2026-01-21')).toMatchObject({
      metric: 'casualties',
      rate: 'per_month',
      side: 'russia',
    });
  });

  it('reads "sixteen others are currently missing" as the missing', () => {
    const figs = extractFigures('Twelve Indian nationals have died fighting for the Russian Army, and sixteen others are currently missing.', { published: '2025-01-17' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['Twelve', 'killed'],
      ['sixteen', 'missing'],
    ]);
  });

  it('leaves out NATO troops sent to NATO soil', () => {
    expect(extractFigures('France sends hundreds more troops into Romania.', { published: '2022-03-01' })).toEqual([]);
    expect(one("Russia massed 100,000 troops near Ukraine's border.", '2022-02-01').metric).toBe('force_size');
  });
});

describe('metric, in wordings from review round 40', () => {
  it('reads soldiers who "had fallen" as the killed, but not "recruitment has fallen" or an invasion that "has fallen short"', () => {
    expect(one('About 22,000 soldiers had fallen by the end of 2022.', '2023-07-01')).toMatchObject({ metric: 'killed', rate: 'cumulative' });
    expect(one('Recruitment has fallen to 20,000 soldiers a month.', '2023-07-01').metric).toBe('recruited');
    expect(one('With more than 150,000 Russian troops now involved, the invasion appears to have fallen short.', '2022-03-15').metric).toBe('force_size');
  });

  it('reads citizens who signed a contract and people admitted to voluntary military service as recruits', () => {
    expect(one('Around 190,000 Russian citizens have signed a contract with the defense ministry in 2024.', '2024-07-05')).toMatchObject({
      metric: 'recruited',
      side: 'russia',
    });
    expect(one('Over 231,000 people were admitted to voluntary military service since January 1.', '2023-08-31').metric).toBe('recruited');
    expect(extractFigures('About 300 citizens signed a petition against the war.', { published: '2024-07-05' })).toEqual([]);
  });

  it('reads "In December, and for the first time, President Zelensky said 43,000 soldiers had died" as a running total', () => {
    expect(one('In December, and for the first time, President Zelensky said 43,000 soldiers had died.', '2025-01-15')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-12-31' },
    });
  });
});

describe('more wordings from review round 40', () => {
  it('reads ranks as soldiers, "the war\'s first 11 days" as the war\'s start, and the AFU as Ukraine', () => {
    expect(one('In three weeks of war, four Russian major-generals have been slain.', '2022-03-17')).toMatchObject({ metric: 'killed', side: 'russia' });
    expect(one('The Pentagon has put the number of Russian dead at between 2,000 and 4,000 in the war’s first 11 days.', '2022-03-17')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2022-03-06' },
    });
    expect(one('Zelenskyy to examine AFU’s request to mobilize 500,000 more people.', '2024-01-10').side).toBe('ukraine');
    expect(extractFigures('Some 300 police officers were injured in the protests.', { published: '2024-01-10' })).toEqual([]);
  });

  it('gives a list that shares its verb ("lost 66,000 troops and over 7,600 heavy weapons since ...") the since-phrase after it', () => {
    expect(one('Kiev’s forces have lost more than 66,000 troops and over 7,600 heavy weapons since launching their push in early June.', '2023-09-05').period).toEqual({
      start: '2023-06-01',
      end: '2023-09-05',
    });
  });

  it('keeps a count of names whose only call-up word is in its "including" clause', () => {
    expect(extractFigures('The list has surpassed 10,000 names, including more than 400 Russians drafted recently.', { published: '2022-10-28' }).map((f) => f.text)).toContain('10,000');
  });

  it('reads a proposed, requested or needed call-up as a target, quoted or "as many as"', () => {
    expect(one('The military leadership had proposed mobilising “450,000 to 500,000 people”, he said.', '2023-12-19').metric).toBe('target');
    expect(one('Zaluzhny had said that Ukraine needed to call up as many as 500,000 fresh troops.', '2024-04-11').metric).toBe('target');
    expect(one('He had received a request from his army to mobilise hundreds of thousands of Ukrainians.', '2023-12-19').metric).toBe('target');
    // Done, not asked for: a call-up.
    expect(one('Ukraine mobilised 450,000 people last year.', '2023-12-19').metric).toBe('mobilized');
  });

  it('leaves out a pool of men who could be called up, and losses per square kilometre gained', () => {
    expect(extractFigures('The legislation would increase the potential pool of recruits by about 400,000.', { published: '2024-04-11' })).toEqual([]);
    const dense = 'Losses will reach an average of 1,180 losses per day, or approximately 103 losses per increased square kilometer.';
    expect(extractFigures(dense, { published: '2024-12-31' }).map((f) => f.text)).toEqual(['1,180']);
  });
});
