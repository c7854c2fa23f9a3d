import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Numbers that are not personnel figures, in sentences written for this test.
// Each sentence also talks about soldiers, so only the rejection keeps the
// number out.

const texts = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.text);

describe('non-figures are not reported', () => {
  it.each([
    ['years', 'Soldiers have been dying since 2014, and in 2023 the fighting spread.'],
    ['a year before its noun', 'The 2022 mobilisation of soldiers was unpopular.'],
    ['decades', 'Soldiers of the 1990s wars remember the shelling.'],
    ['dates', 'Soldiers were killed on March 3, and again on 14 April.'],
    ['ISO and numeric dates', 'Troops were killed on 2025-03-14 and on 14.03.2025 and 3/14/25.'],
    ['day counters', 'Soldiers have been fighting for 825 days since the assault began.'],
    ['a day label', 'On day 825 of the war, soldiers were killed near the river.'],
    ['distances', 'Troops were killed along a 1,100-kilometre front and 30 km from the city.'],
    ['distances in miles', 'Soldiers marched 40 miles before they were killed.'],
    ['areas', 'Troops killed in fighting over 500 square kilometres of fields.'],
    ['areas, abbreviated', 'Soldiers died defending 120 km² of forest.'],
    ['money', 'Recruits are paid $2,500 a month and soldiers who are killed €15,000.'],
    ['money in words after the number', 'The army paid 3 million rubles to families of killed soldiers.'],
    ['vague money', 'Soldiers were killed while billions of dollars were spent.'],
    ['percentages', 'Drones cause 70 to 80 per cent of soldiers killed and 60% of the wounded.'],
    ['spelled-out numbers in an address', 'Soldiers killed: see example.com/world/one-million-are-now-dead-or-injured for the story.'],
    ['dates in a capitalised caption', 'RUSSIAN SOLDIERS TRAIN NEAR THE FRONT ON JAN 19, AND RECRUITS ARRIVE ON 5 OCTOBER.'],
    ['ages', 'The law lowered the conscription age from 27 to 25; soldiers aged 18-24 may sign contracts, and the average age of soldiers is about 40.'],
    ['an age range', 'Men of conscription age, from 18 to 60, may not leave; soldiers were killed there.'],
    ['how many times', 'Russian fatalities surpass Soviet losses by a factor of 17, and soldiers keep dying.'],
    ['ratios in words', 'Battlefield casualties favour the defenders by a 2.5- or 2-to-1 ratio, and by 3 to 1 in the south.'],
    ['equipment after a participle', 'The army has lost more than 3,000 infantry fighting vehicles and its soldiers.'],
    ['other wars', 'The United States lost around 57,000 troops in the Korean War and 47,000 during the Vietnam War.'],
    ['another war, by its years', 'The Soviet Union lost 15,000 troops between 1979 and 1989.'],
    ['other wars, by place', 'Over 15,000 Soviet troops were killed in Afghanistan from 1979 until 1989.'],
    ['around-the-clock and fractions', 'Factories work 24/7 for the troops, and 1/3 of the soldiers were killed.'],
    ['tonnes', 'Soldiers unloaded 400 tonnes of shells before they were killed.'],
    ['equipment counts', 'The army lost 300 tanks and 1,200 armoured vehicles along with its soldiers.'],
    ['equipment, spelled out', 'Soldiers were killed when four helicopters were shot down.'],
    ['civilians', 'The strike killed 23 civilians and wounded dozens of children.'],
    ['people in a strike', 'A missile strike on the station killed 40 people.'],
    ['emigrants', 'The call-up of soldiers made hundreds of thousands leave the country.'],
    ['an exodus', 'The draft of soldiers prompted an exodus of 700,000 from the country.'],
    ['migrants', 'Soldiers are recruited among the 5 million migrants in the country.'],
    ['list labels', 'a. 825.\nSoldiers were killed there.'],
    ['a numbered line', '12. Soldiers were killed there.'],
    ['usernames', 'Soldiers were killed, wrote FrontlineWatcher2024 and user_77.'],
    ['model names', 'Soldiers were killed by an Su-34 and a T-72 and F-16 jets.'],
    ['ordinals', 'The 3rd brigade lost soldiers and the 47th too.'],
    ['durations in words', 'Soldiers were killed over two months in a four-year war.'],
    ['ages', 'A 19-year-old soldier was killed.'],
    ['formations', 'The general formed two new armies of soldiers.'],
    ['times', 'Soldiers were killed at 10:30 in the morning.'],
    ['a pronoun "one"', 'No one knows how many soldiers were killed.'],
    ['a day after a month and a comma', 'The minister said on Wednesday, Sep, 21, that soldiers would be called up.'],
    ['the second day of two', 'Soldiers escaped on July 26 and 27, and attacks followed on March 22 and 29.'],
    ['clock times', 'At 5 a.m. and again at 11 pm, soldiers crossed the border.'],
    ['durations with a half', 'Some 16-and-a-half months later, soldiers are still fighting, 2 and a half years on.'],
    ['ages after "from"', 'The law lowered the draft age to 25 from 27, and soldiers must serve longer.'],
    ['ages of a group', 'The law obliges men under 60 to register, and soldiers over 55 may retire.'],
    ['ages in a list of names', 'Among the soldiers killed were Ivan Petrov, 27; Oleg Sidorov, 43; and Pavel Orlov, 50.'],
    ['a bare "millions"', 'A year since the invasion, the war has visited death and destruction on millions.'],
    ['sums at the end of a from-to pair or a cut in payments', 'Regional payments to contract soldiers were cut from 3.5 million rubles to 450,000; Tver reduced its payment from 2.4 million to 350,000, and another region cut the bonus by 700,000.'],
    ['the first end of a from-to pair of rubles', 'In one region the sign-up payment for soldiers fell from 2.2 million to 600,000 rubles.'],
    ['tolls after civilians are named, with no soldiers', 'The number of civilian victims was highest in the first months, with 4,100 deaths (and more than 2,900 injured) in March 2022.'],
    ['an age range after men', 'By August 2025, many men between 18 and 55 had been killed in the war.'],
    ['dead civilians', 'The figure for the defenders is 28,000 dead civilians.'],
    ['a ward number', 'Thapa of Ward 3 of Tikapur Municipality, who joined the Russian army three months ago, died on November 26.'],
    ['ages of prisoners and fighters', 'The two armies swapped captives under 25, and young fighters under 20 were sent home.'],
    ['a long way to an age', 'The average age of a mobilized soldier remained unchanged at around 40.'],
    ['a rate per area', 'The army suffered almost 102 casualties per square kilometre of land taken.'],
    ['nationals who are not soldiers', 'Some 5,000 Cubans fled the island while soldiers fought on.'],
    ['people in need and displaced', 'As soldiers fight, 17.6 million people require humanitarian support, including more than 5  million people internally displaced.'],
    ['another war by its length', 'Losses on each side would be twice the nearly 60,000 Americans killed or wounded during the 20-year war in Iraq, soldiers say.'],
    ['soldiers of another war', 'Nearly 70,000 Afghan soldiers have been killed over two decades of fighting.'],
    ['the injured in the sentence after a civilian toll', 'The UN confirmed 136 civilians killed as soldiers fought. Of the 400 who have been injured, 26 are children.'],
    ['people in the sentence after a civilian toll', 'At least 1,028 civilians were killed near the troops. That is an average of six people who died and twenty people injured every day.'],
    ['a birth year', 'A man born in 1960 died in the hospital as soldiers stood by.'],
    ['a sum and its conversion', 'The region cut its bonus for soldiers from 800,000 ($8,000) to 500,000 rubles, and paid 865 billion ($8.65 billion) in salaries.'],
    ['named equipment', 'The package for the troops includes 22 radars and about 150 Humvees.'],
    ['people in hospital', 'Eight people are in serious condition in hospital, the soldiers said.'],
    ['a broadcaster', 'The general told Russia 24 that soldiers were killed.'],
    ['refugees by country', 'Hosts of those under temporary protection are Germany (1,105,000 people) and Poland (958,000 people), as soldiers fight.'],
    ['men arrested', 'Monitors documented 39 arbitrary arrests (35 men and 4 women) by law enforcement bodies, as soldiers fought.'],
    ['equipment losses', 'Soldiers fought on while tank losses reached 3,504 and armoured vehicle losses stood at 6,810.'],
    ['armoured personnel carriers', 'Soldiers lost armoured personnel carriers — 15,096 (+20) units in all.'],
    ['artillery systems destroyed', 'Soldiers watched artillery losses peak in July and August, with 1,520 and 1,517 systems destroyed.'],
    ['the injured after killed civilians', 'A strike killed 317 civilians and 795 were injured; soldiers were not hit.'],
    ['the parts of a civilian toll', 'Monitors confirmed 30,000 civilian casualties, including 10,000 dead and 20,000 injured, as soldiers fought on.'],
    ['civilian deaths', 'As soldiers fought on, the estimated number of civilian deaths is around 40,000.'],
    ['people in the capital', 'Soldiers were on alert; at least four people were killed and 16 were injured in the capital overnight.'],
    ['people in an attack', 'A drone attack near the soldiers\' base killed at least 12 people and injured dozens.'],
    ['a target audience', 'Recruiters say the target audience for soldiers is almost 800,000 people.'],
    ['a town\'s people', 'Soldiers hold the town, where about 60,000 people lived before the war.'],
    ['a population', 'The soldiers took a city with a pre-war population of 61,000 people.'],
    ['a census count', 'By the census, 68 million men lived in the country its soldiers defend.'],
    ['a suspended hyphen', 'Both armies agreed on 24- to 48-hour truces to evacuate wounded soldiers.'],
    ['a web address', 'The list of killed soldiers is at 300.example.media for readers.'],
    ['the points of a plan', 'A 28-point plan would cap the army at a size its soldiers reject.'],
    ['people risking their lives', 'Soldiers ask why they should risk their lives while millions of men stay home.'],
    ['people driven from their homes', 'The soldiers took 1,000 square kilometres, forcing tens of thousands of Russians from their homes.'],
    ['a few people in a story', 'The following three Russian men did not know each other, but all chose to enlist in the army.'],
    ['an age after a name', 'Soldiers enlist for many reasons. Nikita, 26, had wanted to go to college before his military service.'],
    ['a strike report that names no soldiers', 'In the city the onslaught killed five and injured 48, as missiles hit residential buildings.'],
    ['organisations', 'More than 10 NGOs asked the governor how many soldiers were killed.'],
    ['a density', 'The army took 430 square kilometres, which equates to 22 soldiers killed per square kilometre.'],
    ['one of a nation\'s people', 'One of Russia\'s top generals said the soldiers were killed.'],
    ['a law\'s article', 'Most soldiers were charged with AWOL, an offense under 337 of the Criminal Code.'],
    ['a pool of men who could serve', 'The army can potentially mobilize 3.7 million people, and 1.3 million people went abroad.'],
    ['men who have not updated their data', 'About 1.5 million Ukrainians are not updating their data, the army said.'],
    ['a proportion', 'Roughly 1 in 20 fighting-age men were killed or wounded as soldiers.'],
    ['an age after a name and an aside', 'Soldiers mourn. Petro Koval (pictured above), 36, was killed in the town.'],
    ['a density per square kilometre', 'The army lost soldiers: up to 20 troops were killed for every square kilometre captured.'],
    ['a count of equipment carried on', 'In July, the enemy lost 1,520 artillery systems, followed by 1,517 in August. Last month, 1,219 were reportedly destroyed.'],
    ['a whole population\'s dead', 'Records cover more than 11 million people who died between 2014 and 2023, soldiers among them.'],
    ['one person in a story', 'One of the soldiers in his unit was too badly injured to reach him.'],
    ['an age further from its word', 'The average age of these soldiers, like those on the other side of the line, is around 40.'],
  ])('%s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('does not carry a population to the next sentence as it carries a civilian toll', () => {
    const text = 'By the census, 68 million men lived in the country. Its army\'s losses, killed and wounded, range from 1 million to 1.3 million.';
    expect(texts(text)).toEqual(['1 million to 1.3 million']);
  });

  it('reads "X ... for every one" as the ratio, not "one" as a figure', () => {
    const figs = extractFigures('Three to four soldiers are wounded for every one killed.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['Three to four', 'ratio']]);
  });

  it('still finds the figure beside non-figures', () => {
    expect(texts('In 2024, along a 1,000km front, 1,250 soldiers were killed, costing $40 million.')).toEqual(['1,250']);
  });

  it('does not read a handful of volunteers helping a project as recruits, but does when they join an army', () => {
    expect(extractFigures('Run by a newsroom and about a dozen anonymous volunteers, the list draws on many sources.', { published: '2025-05-01' })).toEqual([]);
    expect(one('About 40 volunteers signed contracts with the brigade last week.', '2025-05-01').metric).toBe('recruited');
  });

  it('does not count prisoners swapped between the United States and Russia as this war\'s', () => {
    expect(extractFigures('The talks led to the exchange of two prisoners between the United States and the Russian Federation.', { published: '2024-02-09' })).toEqual([]);
  });

  it.each([
    // Emigrants and refugees, however many.
    'After the decree, hundreds of thousands of military-age men left Russia to avoid the front.',
    'Border guards say 2,415,000 people went to Poland and 800,000 to Romania.',
    // Draft evaders are not the mobilized.
    'Officials say about 600,000 men are trying to avoid mobilization by changing addresses.',
    // A vague count of "people" killed, in a sentence naming no soldiers.
    'The invasion began a war that has killed tens of thousands of people and ruined cities.',
    // No army counts in billions: money set against money.
    'Washington has paid almost twenty billion euros against the three billion of Europe.',
  ])('does not read people who left, evaded or died in general, or a billion, as a personnel figure: %s', (text) => {
    expect(extractFigures(text, { published: '2025-06-04' })).toEqual([]);
  });

  it('keeps the mobilized beside the ones who fled in a clause of their own, and soldiers killed beside people', () => {
    expect(one('Moscow mobilized 300,000 reservists, while hundreds of thousands fled to avoid the draft.', '2025-06-04').value.low).toBe(300000);
    expect(one('The ministry recruits tens of thousands of people every month.', '2025-06-04').metric).toBe('recruited');
  });

  it.each([
    'Four police officers were wounded when a shell hit their car.',
    'The minister said the ship was capable of carrying 40 armored personnel carriers and 350 people.',
    'The army staged 41 assaults near the town in the last 24 hours of a total 123 registered along the front.',
  ])('does not read police, what a ship can carry, or the total of other things counted as soldiers: %s', (text) => {
    expect(extractFigures(text, { published: '2025-06-04' })).toEqual([]);
  });

  it.each([
    'Officials say about 240,000 prisoners are held in penal colonies.',
    'More than 3,900 Russian soldiers and their relatives have called the hotline.',
    "He said the country's mobilization resource is about 20 million people.",
    'Some 15,000 Russians crossed the border into Georgia in two days.',
    'Almost one in 20 fighting-age men has been killed or injured.',
    'Speaking to France 2 TV, the minister gave no figure.',
    'In two months the number of male prisoners plummeted by 21,000.',
  ])('does not read convicts, soldiers with their relatives, a mobilization pool, emigrants, proportions, channels or a fall as figures: %s', (text) => {
    expect(extractFigures(text, { published: '2025-06-12' })).toEqual([]);
  });

  it('does not read a calibre or Soviet soldiers of another war as figures', () => {
    expect(extractFigures('The North is supplying 240-millimetre rocket launchers and troops to the front.', { published: '2025-01-15' })).toEqual([]);
    expect(extractFigures('By comparison, 14,000 Soviet soldiers died in the 1979-89 Afghanistan conflict.', { published: '2025-01-15' })).toEqual([]);
  });

  it.each([
    ['2,400,000', 'Officials counted 2,400,000 people entering Poland since the war began, as soldiers held the line.'],
    ['300,000', 'As troops advanced, about 300,000 Russians were left without power.'],
    ['2,800', 'Altogether around 2,800 troops or their relatives have written to the hotline.'],
    ['one', 'The sergeant was one of four soldiers killed when the helicopter crashed.'],
    ['15,000', "Official Soviet troop losses in the 1979-89 Afghanistan war were 15,000, far below this war's."],
    ['18-24', 'The “Brigade 18-24” programme, launched by the army in 2024, was meant to recruit soldiers.'],
  ])('does not read refugees, people without power, soldiers with their relatives, "one of four", another war\'s toll or a programme\'s name as figures: %s in %s', (number, text) => {
    expect(texts(text)).not.toContain(number);
  });

  it.each([
    'The missile attack on the city left four dead and nine injured, damaging apartment blocks.',
    'Authorities confirmed two deaths after a drone strike set a car on fire in the border region.',
  ])('does not read a strike\'s small toll, where no soldier is named, as a figure: %s', (text) => {
    expect(extractFigures(text, { published: '2025-06-06' })).toEqual([]);
  });

  it('still reads a strike\'s toll of soldiers, and a toll of people after soldiers were named', () => {
    expect(one('A drone strike on a training ground killed 12 Ukrainian soldiers.', '2025-06-06').metric).toBe('killed');
    const f = one('Russian troops have killed civilians, and Western estimates say he has lost more than 20,000 men in the battle for the city.', '2025-06-06');
    expect([f.value.low, f.metric, f.side]).toEqual([20000, 'losses', 'russia']);
  });

  it('does not read a part of a whole counted in other things ("15 of Russia\'s 85 regions") as a figure', () => {
    expect(extractFigures("Mobilisation was declared in 14 of Russia's 85 regions.", { published: '2025-06-01' })).toEqual([]);
  });

  it.each([
    ['7,000', 'The US suffered approximately 7,000 casualties during its two decades in the Middle East, unlike the Russian army.'],
    ['2', 'The Soviet Union had about 10 million military personnel dead during World War 2.'],
    ['one', 'If one signed a contract in March but received the bonus in April, the army counted him in the second quarter.'],
    ['24', 'In the last 24, 1,030 Russian soldiers have been killed according to the Kiev bulletin.'],
    ['one', 'The losses of Russian troops are 8 to 1: for one dead Ukrainian soldier there are 8 eliminated Russians.'],
  ])('does not read another war\'s toll, a war\'s name, a pronoun, dropped hours or a ratio\'s terms as figures: %s in %s', (number, text) => {
    expect(texts(text)).not.toContain(number);
  });

  it.each([
    ['406', 'UN claims 406 people have been killed in Ukraine ever since the invasion began, as soldiers fought on.'],
    ['three', 'Journalists found that one in three prisoners recruited by the army did not return from the war.'],
    ['341', 'The investigation identified 341 out of 501 camps where prisoners recruited to the front served their sentences.'],
    ['501', 'The authors identified 341 colonies out of 501 that were named on the badges of recruited soldiers.'],
    ['two hundred', 'The centre verified more than two hundred letters of condolence to the families of Wagner soldiers.'],
    ['14 million', 'The hotline for Russian soldiers has been visited by more than 14 million people since September.'],
  ])('does not read the UN\'s toll of people, a proportion in words, camps, letters or visitors as figures: %s in %s', (number, text) => {
    expect(texts(text)).not.toContain(number);
  });

  it.each([
    ['133', 'The casualty rate per square kilometer dropped from 133 in 2024 to just under 100 in 2025 as the war went on.'],
    ['0', 'Russia has lost an estimated 350,000 troops, potentially even up to roughly 600,0000, in the war.'],
  ])('does not read a density named before the number or a stray digit of a typo as a figure: %s in %s', (number, text) => {
    expect(texts(text)).not.toContain(number);
  });

  it('does not read the deaths and injuries the UN verifies as soldiers\' tolls', () => {
    const text = 'Ukrainian civilians have also suffered, with the United Nations verifying more than 14,000 deaths and over 40,000 injuries in the war.';
    expect(extractFigures(text, { published: '2026-02-24' })).toEqual([]);
  });

  it('does not read a footnote marker in square brackets as a figure', () => {
    const text = 'The ministry says 45,000 men sign contracts every month.[2] Officials hope to keep that pace.[4]';
    expect(texts(text)).toEqual(['45,000']);
  });

  it('does not read another war named after the number, past an abbreviation, as a figure, but keeps a comparison with it', () => {
    expect(texts('By comparison, 4,431 U.S. troops died during the long war in Iraq.')).toEqual([]);
    expect(texts('Russia lost 9,000 troops in Ukraine, more than U.S. losses in Afghanistan.')).toEqual(['9,000']);
  });

  it('does not read a nation\'s people who entered another country as a figure', () => {
    expect(texts('Officials said around 61,000 Russians had entered the country since the call-up was announced.')).toEqual([]);
    expect(texts('Tens of thousands of Russians have flooded into neighbouring countries since the mobilisation.')).toEqual([]);
  });

  it('does not read road-accident victims or family members as figures', () => {
    expect(texts('At least 19 people have died in a traffic accident in the west of the country, officials said.')).toEqual([]);
    expect(texts('Over 150 family members have lodged complaints, urging the rescue of their relatives serving in the Russian army.')).toEqual([]);
  });

  it('does not read a linear density ("for every kilometer it advances") as a figure', () => {
    expect(texts('Analysts say Russia loses 87 soldiers for every kilometer it advances.')).toEqual([]);
  });

  it('does not read a dateline whose year is glued to the day ("March 3,2022") as a number of thousands', () => {
    expect(texts('Kyiv – March 3,2022 – The general staff gave no new figures today.')).toEqual([]);
  });

  it('does not read a fraction of a person ("0.4 casualties for each soldier killed") as a count, but keeps a ratio', () => {
    expect(texts('For each soldier killed, the same sources reported only 0.4 casualties.')).toEqual([]);
    expect(one('Russia loses 2.5 soldiers for every Ukrainian soldier.', '2023-08-15').metric).toBe('ratio');
  });

  it('does not read the channel "Ukraine 24" as a count', () => {
    expect(texts('Before the war the army had 200,000 troops in Ukraine, the president told Ukraine 24 on Friday.')).toEqual(['200,000']);
  });

  it('does not read a unit\'s code with a leading zero or a count of Strykers as soldiers', () => {
    expect(texts('Dozens of soldiers from the brigade (military unit 04821) were killed in the strike.')).toEqual(['Dozens']);
    expect(texts('The package could include up to 90 Strykers, which are designed to transport troops.')).toEqual([]);
  });

  it('does not read the bracketed running totals after counts of equipment as soldiers', () => {
    expect(texts('The army lost 950 soldiers, 11 tanks (total 2,650), 1 military aircraft (270) and 5 drones (1,400).')).toEqual(['950']);
    expect(texts('A heavy blow for the Russian Army, which counts 11 tanks (2,650), 1 military aircraft (270) and 5 drones (1,400).')).toEqual([]);
  });

  it('does not read "3 ½ years" as a count', () => {
    expect(texts('In 2 ½ years of full-scale invasion, Russian recruits and mercenaries have taken another 5% of the territory.')).toEqual([]);
    expect(texts('Over 3 1/2 years since its start, the invasion has cost more than a million casualties.')).toEqual(['a million']);
  });

  it('does not read an age given as a bound ("as young as 20") or amputees ("missing parts of a leg") as figures', () => {
    expect(texts('Some of the recruits were as young as 19, others are simply missing.')).toEqual([]);
    expect(texts('Three are missing parts of a leg, the doctor said.')).toEqual([]);
  });

  it('does not read the people a sanctions list names as soldiers or a target', () => {
    expect(texts('The new sanctions target 48 individuals and 30 entities tied to the army, the council said.')).toEqual([]);
    expect(texts('Despite sanctions, the army recruited 30,000 soldiers in May.')).toEqual(['30,000']);
  });

  it('does not read a reserve pool ("Russia\'s 25 million reservists") as a call-up', () => {
    expect(texts('Putin called for a partial mobilization of Russia\'s 24 million reservists.')).toEqual([]);
  });

  it('does not read a toll of "the war in Afghanistan" as this war\'s', () => {
    expect(texts('Over two decades of war in Afghanistan, the United States lost 2,400 soldiers.')).toEqual([]);
    // "not seen since the Soviet era" names a time, not a war.
    expect(texts('Spending is at levels not seen since the Soviet era, to pay hundreds of thousands of frontline soldiers.')).toEqual(['hundreds of thousands']);
  });
});

describe('non-figures, in wordings left from earlier rounds (session 10)', () => {
  it('leaves out cases of a crime, whoever its victims were ("93 cases of executions of POWs")', () => {
    expect(extractFigures('Prosecutors are investigating 93 cases of executions of Ukrainian POWs by Russian forces.', { published: '2024-11-19' })).toEqual([]);
    expect(extractFigures('Investigators opened 40 criminal cases of torture of prisoners of war.', { published: '2024-11-19' })).toEqual([]);
    // Cases of desertion still stand for deserters.
    expect(extractFigures('Over 25,000 cases of desertion have been opened since the invasion.', { published: '2024-11-19' }).map((f) => f.metric)).toEqual(['deserted']);
  });
});

describe('non-figures, in wordings from review round 38', () => {
  it('leaves out the toll of "the average war", a population gap, emigrants and the "one" of "three to one"', () => {
    expect(extractFigures('The average war since 1816 has seen around 50 battlefield deaths a day.', { published: '2022-07-24' })).toEqual([]);
    expect(extractFigures('The cold hard math is that there are about 100 million more Russians than Ukrainians.', { published: '2023-03-09' })).toEqual([]);
    expect(extractFigures('The war has caused as many as one million Russians to emigrate.', { published: '2026-01-28' })).toEqual([]);
    expect(extractFigures('It is a rule of thumb that the tally of wounded outnumbers death tolls by three to one.', { published: '2022-07-28' })).toEqual([]);
    // A lead of soldiers is still a deficit; a call-up beside people fleeing is still a call-up.
    expect(one('Russia has about 300,000 more soldiers than Ukraine at the front.', '2023-03-09').metric).toBe('net_deficit');
    expect(one('Russia announced a conscription of 300,000 last year and saw many thousands of Russians flee the country.', '2023-12-01')).toMatchObject({
      text: '300,000',
      metric: 'mobilized',
    });
  });
});

describe('non-figures, in wordings from review round 39', () => {
  it('leaves out the people a strike kills and the tolls the police give', () => {
    const texts = (t: string) => extractFigures(t, { published: '2025-06-12' }).map((f) => f.text);
    expect(texts('The estimates came as Russian forces pummeled Ukraine with drones, killing three people and injuring scores of others.')).toEqual([]);
    expect(texts('Ukrainian police said two people were killed and six were injured in the past 24 hours in the Donetsk region, the focus of the Russian offensive.')).toEqual([]);
    expect(texts('One person was killed and 14 others were injured in the Kherson region, which is partly occupied by Russian forces, police said.')).toEqual([]);
    // Recruits who went home are no force; prisoners returned to their country are prisoners.
    expect(texts('Of the Indian nationals who served in the Russian army, 96 people have already returned to India.')).toEqual([]);
    expect(extractFigures('In the swap, 96 people have returned to Ukraine.', { published: '2025-06-12' }).map((f) => f.metric)).toEqual(['captured']);
    // Soldiers stay soldiers, and foreign fighters' dead stay a figure when the police report them.
    expect(texts('The strike hit a training ground, killing 19 soldiers.')).toEqual(['19']);
    expect(texts('Over 100 Sri Lankans are fighting in the war between Russia and Ukraine and 6 have been confirmed killed so far, the Police said.')).toContain('6');
  });
});

describe('non-figures, in wordings from review round 41', () => {
  it('leaves out a live blog\'s timestamp, a year after a possessive, and men evading the draft', () => {
    const texts = (t: string) => extractFigures(t, { published: '2025-05-03' }).map((f) => f.text);
    expect(texts('1750 GMT – Ukraine and Russia announced their first exchange of prisoners of war, with more than 200 freed by each side.')).toEqual(['200']);
    expect(texts('UK intel: Russia’s 2025 casualty rate points to record year')).toEqual([]);
    expect(texts('Nearly 2 million Ukrainians are evading the military draft, said the new defense minister.')).toEqual([]);
    expect(texts('Around 2 million Ukrainians are dodging military drafts, while another 200,000 are absent without leave.')).toEqual(['200,000']);
  });
});
