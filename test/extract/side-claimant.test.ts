import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Whose personnel a figure counts and who says so, in sentences written for this test.

describe('side and claimant', () => {
  it.each([
    ['Kyiv says it killed 1,300 Russian soldiers.', 'russia'],
    ['Moscow claims 900 Ukrainian troops were killed.', 'ukraine'],
    ['Russia lost 1,300 soldiers on Monday.', 'russia'],
    ['Ukraine lost 700 troops in the battle.', 'ukraine'],
    ['The Ukrainian President said Russia lost 1,300 troops.', 'russia'],
    ['Ukrainian forces killed 1,300 soldiers in the assault.', 'russia'],
    ['Russia lost 1,300 soldiers in Ukraine last week.', 'russia'],
    ['Some 11,000 North Korean troops fight for Moscow.', 'russia'],
    // A side that kills is the agent only with an object after the verb; otherwise the participle names the dead.
    ['Ukrainian drones killed or wounded 1,300 soldiers in May.', 'russia'],
    ['The number of Russian soldiers killed each day was around 1,000.', 'russia'],
    ['Russian troops killed in action numbered 5,000 in May.', 'russia'],
    ['Estimates put the number of Russian troops killed or wounded at around 200,000.', 'russia'],
    // "Enemy" soldiers are the other side from the nation that speaks.
    ["Ukraine's General Staff said 43,000 enemy soldiers were eliminated in May.", 'russia'],
    ['The Russian military says it has killed 1,000 enemy troops in the past day.', 'ukraine'],
    ["The enemy lost 500 soldiers in the past day, Ukraine's military said.", 'russia'],
    // The nation of the people counted, not of whoever holds them or attacks.
    ['Ukraine captured 500 mercenaries in the battle.', 'russia'],
    ['Russia is holding thousands of Ukrainians in captivity.', 'ukraine'],
    ['Russian authorities called up 300,000 reservists to face a Ukrainian counteroffensive.', 'russia'],
  ])('%s -> %s', (text, side) => {
    expect(one(text).side).toBe(side);
  });

  it('reads "with Ukraine\'s toll at 70,000" as Ukraine\'s, after a Russian figure', () => {
    const figs = extractFigures('Officials say 120,000 Russian troops have been killed, with Ukraine\'s military toll at 70,000 killed.', {
      published: '2025-06-15',
    });
    expect(figs.map((f) => f.side)).toEqual(['russia', 'ukraine']);
  });

  it.each([
    'The number of Russian and Ukrainian soldiers killed or wounded has reached nearly 500,000.',
    'The general said each side had lost more than 100,000 troops.',
    'Battlefield casualties are nearing 500,000 Russian and Ukrainian soldiers.',
    'Within three days, both countries traded 1,000 prisoners each.',
    'That week each army released more than 250 enemy soldiers.',
    'The war has cost nearly 2 million military casualties across both nations since the invasion.',
    'On the first day, 270 soldiers and 120 civilians were released from each side.',
  ])('gives a count of both armies no side, and borrows none: "%s"', (text) => {
    const figs = extractFigures(`Russia lost 1,000 soldiers in May. ${text}`, { published: '2025-06-15' });
    expect(figs.map((f) => f.side)).toEqual(['russia', null]);
  });

  it.each([
    ['Russia has handed back some 7,000 bodies of fallen Ukrainian soldiers so far.', 'ukraine'],
    ['Kyiv says about 1,000 soldiers of the Russian army surrendered near the town.', 'russia'],
    ['Between 14,000 and 15,000 Nepalese are fighting on the front lines.', 'russia'],
    ['Kyiv says at least 35 Indian citizens were recruited to fight in the war.', 'russia'],
  ])('reads the nation of a noun\'s "of" phrase, and of the nations whose citizens Russia recruits: "%s"', (text, side) => {
    expect(one(text).side).toBe(side);
  });

  it('reads "According to the General Staff of the Armed Forces of Ukraine, Russia has lost ..." as Russia\'s', () => {
    expect(one('According to the General Staff of the Armed Forces of Ukraine, Russia has lost about 1,000,000 soldiers.').side).toBe('russia');
  });

  it('gives troops from North Korea to Russia, whoever counts them', () => {
    expect(one('Ukrainian and Western assessments say some 11,000 troops from Russia\'s ally North Korea have been deployed.')).toMatchObject({
      metric: 'foreign_troops',
      side: 'russia',
    });
  });

  it('reads "killed 300 and wounded 600 soldiers" as two counts', () => {
    const figs = extractFigures('The assault killed 300 and wounded 600 soldiers.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['300', 'killed'],
      ['600', 'wounded'],
    ]);
  });

  it('reads "according to Ukrainian general staff reporting" as the source, not the side', () => {
    expect(one('The daily rate of enemy losses was 1,523 soldiers, according to Ukrainian general staff reporting.').side).not.toBe('ukraine');
  });

  it.each([
    ['Moscow says 200 soldiers were captured by Ukrainian forces near the town.', 'russia'],
    ['About 1,000 soldiers were killed by Russian drones in the valley.', 'ukraine'],
    ['About 1,000 soldiers were recruited by the Russian army last month.', 'russia'],
    ['Last year, the Russian Armed Forces recruited about 440,000 contract soldiers.', 'russia'],
    ['Moscow handed over 757 bodies of fallen soldiers to Ukraine on Friday.', 'ukraine'],
    ['Kyiv returned 90 prisoners to Russia in the swap.', 'russia'],
    ['The army lost 1,000 soldiers to Ukraine\'s drones in a month.', 'russia'],
    // "by" names the agent only after the loss: a source verified "by" a nation's outlet is no agent.
    ['Some 120,000 soldiers were killed, a toll confirmed by Russia independent journalists.', 'russia'],
    ['Ukraine\'s General Staff says the adversary\'s losses reached 1,000 soldiers in the past day.', 'russia'],
  ])('reads whose soldiers: the agent after "by", a nation\'s armed forces recruiting, "the adversary": "%s"', (text, side) => {
    expect(one(text).side).toBe(side);
  });

  it('reads a nation\'s own missing from its authorities\' statement', () => {
    expect(one('Last month the Ukrainian authorities said that just over 7,000 servicemen are missing in action.').side).toBe('ukraine');
  });

  it('keeps the nation after a participle as the side ("6,000 killed Ukrainian troops")', () => {
    expect(one('Moscow will hand over the bodies of 6,000 killed Ukrainian troops.').side).toBe('ukraine');
  });

  it('reads "Russia\'s full-scale invasion" as the war, not whose soldiers deserted', () => {
    expect(one('Over 250,000 cases of soldiers\' desertion have been opened since the start of Russia\'s full-scale invasion.').side).toBeNull();
  });

  it('reads "the invasion of Ukraine" as a place, not whose soldiers', () => {
    expect(one('The total of casualties in its invasion of Ukraine passed 121,000.').side).toBeNull();
  });

  it('reads "and Kiev has lost" as Kiev losing, not as a place after "and"', () => {
    expect(one('One group repelled 35 counterattacks, and Kiev has lost over 3,620 soldiers, the ministry said.').side).toBe('ukraine');
  });

  it('reads "the Ukrainian Armed Forces lost" as Ukraine losing, not as a claimant', () => {
    expect(one('The Ukrainian Armed Forces lost about 1,520 soldiers over the past day, enemy spokesmen said.').side).toBe('ukraine');
  });

  it('counts "since February 24, 2022" from that day', () => {
    expect(one('Since February 24, 2022, the enemy has lost 506,260 soldiers.', '2024-02-14')).toMatchObject({
      rate: 'cumulative',
      period: { start: '2022-02-24', end: '2024-02-14' },
    });
  });

  it('reads a swap "between the Russian Federation and the Republic of Ukraine" as both armies\' prisoners', () => {
    expect(one('Turkey brokered an exchange of prisoners of war between the Russian Federation and the Republic of Ukraine, freeing 246 people.').side).toBeNull();
  });

  it('reads soldiers "held by the Russians" and "the bodies of ... fallen soldiers to Ukraine" as Ukraine\'s', () => {
    expect(one('About 240 servicemen, unlawfully held by the Russians, returned to Ukraine on Friday.').side).toBe('ukraine');
    expect(one('Moscow handed over the bodies of 1,212 fallen soldiers to Ukraine, its negotiator said.').side).toBe('ukraine');
  });

  it('reads "losses in the Russian Armed Forces" in the sentence before as whose dead a bare count is', () => {
    const figs = extractFigures('Losses in the Russian Armed Forces over the past year reached a new level. In some weeks, reported deaths exceeded 1,800.', {
      published: '2025-08-29',
    });
    expect(figs.map((f) => [f.text, f.side])).toEqual([['1,800', 'russia']]);
  });

  it('reads recruits taken "into the Russian army" as Russia\'s, whatever nation the sentence names first', () => {
    expect(one('A Ukrainian drone struck him after he was forcibly conscripted, like hundreds of young Kenyans, into the Russian army.', '2026-02-20').side).toBe('russia');
  });

  it('reads "the Russia-Ukraine war" as the war\'s name, not whose soldiers', () => {
    expect(one('At least 12 Sri Lankan soldiers have been killed in the ongoing Russia-Ukraine war.', '2025-12-19').side).toBeNull();
  });

  it('reads soldiers "released by Russia" as Ukraine\'s, and soldiers a swap involved as prisoners', () => {
    expect(one('Earlier 190 soldiers were released by Russia in the prisoner swap.', '2024-09-14')).toMatchObject({ metric: 'captured', side: 'ukraine' });
    expect(one('Statistics released by Moscow claimed just over 6,000 Russian casualties.', '2024-09-14').side).toBe('russia');
    expect(one('The swap on Saturday involved 180 military personnel from both countries.', '2024-09-14').metric).toBe('captured');
  });

  it('reads "the release of 150 Russian soldiers and 150 Ukrainian troops" as two counts of prisoners, not the soldiers\' remains', () => {
    const figs = extractFigures('The ministry confirmed the release of 140 Russian soldiers and 140 Ukrainian troops.', { published: '2024-09-14' });
    expect(figs.map((f) => [f.metric, f.side])).toEqual([['captured', 'russia'], ['captured', 'ukraine']]);
    expect(extractFigures('Kyiv negotiated the return of dozens of Ukrainian soldiers\' remains.', { published: '2024-09-14' }).map((f) => f.metric)).not.toContain('captured');
  });

  it('reads "and Ukraine 31,000" and "with Russia losing 30,000" as that nation\'s, not a place', () => {
    const figs = extractFigures('Since the invasion, Russia has lost more than 85,000 dead and Ukraine 30,000.', { published: '2024-03-15' });
    expect(figs.map((f) => f.side)).toEqual(['russia', 'ukraine']);
    expect(one('December shattered records, with Russia losing about 29,000 soldiers killed in one month.', '2026-01-22').side).toBe('russia');
    expect(one('The figure dropped on Tuesday, with Ukraine claiming to have inflicted 1,700 casualties on Russian forces.', '2026-01-22').side).toBe('russia');
  });

  it('reads "the General Staff of the Armed Forces of Ukraine" as a source, not whose losses, unless it speaks of its own recruits', () => {
    expect(one('That is up from roughly 300,000 deaths reported one week ago, tallies from the General Staff of the Armed Forces of Ukraine show.', '2024-01-14').side).not.toBe('ukraine');
    expect(one('Citing sources in the General Staff of the Armed Forces of Ukraine, the BBC reports that only about 380 people have signed the contract.', '2024-05-10').side).toBe('ukraine');
  });

  it('reads "according to Russian military estimates" at a sentence\'s end as the source, not whose dead', () => {
    expect(one('At least 470 American volunteers have been killed, according to Russian military estimates.', '2024-03-14').side).not.toBe('russia');
  });

  it('reads "Ukraine\'s current total figure of 707,540" as Ukraine\'s count of the enemy\'s losses, not Ukraine\'s', () => {
    expect(
      one('Russia has likely suffered huge losses since the invasion, in line with Ukraine’s current total figure of 690,000 reported on Nov. 9.', '2024-11-12').side,
    ).toBe('russia');
  });

  it('does not give a number the nation named past a comparison ("compared with Ukraine\'s 196,600")', () => {
    const figs = extractFigures('It has 850,000 active military personnel across its forces, compared with Ukraine\'s 190,000.', { published: '2024-02-24' });
    expect(figs.map((f) => [f.text, f.side])).toEqual([
      ['850,000', null],
      ['190,000', 'ukraine'],
    ]);
  });

  it('does not take the enemy a side fights for whose soldiers a figure counts', () => {
    const figs = extractFigures('Kyiv said 43,000 Ukrainian soldiers have been killed fighting Russia, and some 370,000 have been wounded.', {
      published: '2025-06-15',
    });
    expect(figs.map((f) => [f.text, f.side])).toEqual([['43,000', 'ukraine'], ['370,000', 'ukraine']]);
  });

  it('names the claimant of "X said" and "according to X"', () => {
    expect(one('Defence Minister Anna Kovalenko said 1,300 Russian soldiers were killed.').claimant).toBe('Defence Minister Anna Kovalenko');
    expect(one('According to Reuters, 1,300 Russian soldiers were killed.').claimant).toBe('Reuters');
  });

  it.each([
    ['MP Anna Kovalenko, citing intelligence data, has said that 1,300 soldiers were killed.', 'MP Anna Kovalenko'],
    ['Minister Anna Kovalenko also announced that 1,300 soldiers were killed.', 'Minister Anna Kovalenko'],
    ['Reuters and the BBC say that about 1,300 soldiers were killed.', 'Reuters and the BBC'],
    ['He said that 1,300 soldiers were killed.', null],
    ['Officials said that 1,300 soldiers were killed.', null],
    // Capitalised only because they open the sentence.
    ['Intelligence estimates that 1,300 soldiers were killed.', null],
    ['Analysts say that 1,300 soldiers were killed.', null],
    ['The estimated number of soldiers killed is 1,300.', null],
    ['Western estimates put the toll at 1,300 soldiers killed.', null],
    ['An estimated 1,300 soldiers were killed, officials said.', null],
    ['A report released Tuesday said 1,300 soldiers were killed.', null],
    ['New estimates from a think tank show 1,300 soldiers killed.', null],
    // "for" joins a name, and the sentence's full stop is not part of it (an initial's is).
    ['The Institute for the Study of War said 1,300 soldiers were killed.', 'The Institute for the Study of War'],
    ['About 1,300 soldiers were killed, according to the U.K. Defence Ministry.', 'U.K. Defence Ministry'],
    ['About 1,300 soldiers were killed, according to the U.S.', 'U.S.'],
    ['Robert F. Kennedy Jr. said about 1,300 soldiers were killed.', 'Robert F. Kennedy Jr.'],
  ])('reads the claimant of "%s"', (text, claimant) => {
    expect(one(text).claimant).toBe(claimant);
  });

  it('carries a claimant to the next sentence, and to the next paragraph only when it continues a quotation', () => {
    const claimants = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.claimant);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed. Another 900 soldiers were wounded.')).toEqual([
      'Minister Anna Kovalenko',
      'Minister Anna Kovalenko',
    ]);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed.\nAnother 900 soldiers were wounded in May.')).toEqual([
      'Minister Anna Kovalenko',
      null,
    ]);
    expect(claimants('Minister Anna Kovalenko said 1,300 soldiers were killed.\n“Another 900 soldiers were wounded in May.')).toEqual([
      'Minister Anna Kovalenko',
      'Minister Anna Kovalenko',
    ]);
  });

  it('keeps the claimant inside its own sentence ("Kursk.\\n\\nSeoul estimates", "Kursk. Seoul estimates")', () => {
    for (const text of ['Troops fought near Kursk.\n\nSeoul estimates that 11,000 North Korean troops are there.',
      'Troops fought near Kursk. Seoul estimates that 11,000 North Korean troops are there.']) {
      expect(one(text).claimant).toBe('Seoul');
    }
  });

  it('gives each number the nation it is given "for", and prisoners "from the Ukrainian side" to Ukraine', () => {
    const deaths = extractFigures('Deaths are put at 250,000–300,000 for Russia versus 90,000–120,000 for Ukraine.', { published: '2026-01-28' });
    expect(deaths.map((f) => f.side)).toEqual(['russia', 'ukraine']);
    const swap = extractFigures('The deal freed 150 Russian prisoners of war in exchange for 150 captives from the Ukrainian side.', { published: '2026-01-28' });
    expect(swap.map((f) => f.side)).toEqual(['russia', 'ukraine']);
    // "for Ukraine war" names the war, not whose reservists they are.
    expect(one('Moscow calls up 200,000 reservists for Ukraine war, the minister says.').side).toBe('russia');
  });

  it('gives a swap of two nations joined by a comma ("Russia, Ukraine swap") no side', () => {
    expect(one('Talks led to Russia, Ukraine swap of 180 prisoners').side).toBeNull();
  });

  it('gives prisoners held "in Russian custody" to Ukraine and those "in Ukrainian captivity" to Russia', () => {
    expect(one('Officials count over 1,900 POWs still in Russian custody.').side).toBe('ukraine');
    expect(one('Some 1,100 soldiers remain in Ukrainian captivity.').side).toBe('russia');
  });

  it('pairs "Russian and Ukrainian ... X and Y, respectively" in order', () => {
    const figs = extractFigures('By then, deaths of Russian and Ukrainian soldiers amounted to 150,000 and 90,000, respectively.', { published: '2023-06-01' });
    expect(figs.map((f) => f.side)).toEqual(['russia', 'ukraine']);
  });

  it('reads "combined" casualties as both armies\', unless a nation owns the sum', () => {
    const figs = extractFigures('Moscow lost 250,000 soldiers. Combined military casualties could approach 1.6 million by spring.', { published: '2025-01-29' });
    expect(figs.map((f) => f.side)).toEqual(['russia', null]);
    expect(one("Russia's combined losses reached 900,000.").side).toBe('russia');
  });

  it('gives "killed 70 and wounded 35 North Korean soldiers" the side of the noun both numbers share', () => {
    const figs = extractFigures('A Ukrainian drone crew said it killed 70 and wounded 35 North Korean soldiers in three days.', { published: '2024-12-23' });
    expect(figs.map((f) => f.side)).toEqual(['russia', 'russia']);
  });

  it('gives desertion cases opened in a country that country\'s side, and "occupiers" Russia\'s, whoever counts them', () => {
    const cases = one('In the first half of the year, about 21,000 criminal cases of desertion were opened in Ukraine.', '2025-08-07');
    expect([cases.metric, cases.side]).toEqual(['deserted', 'ukraine']);
    const f = one('The Commander-in-Chief of the Armed Forces of Ukraine reported that the Defense Forces neutralized 9,000 occupiers in January.', '2025-02-06');
    expect(f.side).toBe('russia');
  });

  it('does not take the side of a nation\'s adjective that qualifies a place ("the eastern Ukrainian city")', () => {
    const figs = extractFigures('Russia admitted the deaths of 89 troops in the strike. Another 16 soldiers who were in the barracks in the eastern Ukrainian city are missing.', {
      published: '2023-01-25',
    });
    expect(figs.map((f) => [f.text, f.side])).toEqual([['89', 'russia'], ['16', 'russia']]);
  });

  it('reads a claimant named after the figure: an appositive with abbreviations, and "said the New York Times"', () => {
    expect(one('Some 60,000 Russian soldiers have been killed or injured, Jane Doe, the U.S. undersecretary of defense, said on Monday.', '2022-08-09').claimant).toBe('Jane Doe');
    expect(one('About 150,000 Ukrainian soldiers have been killed or wounded since the invasion, said the New York Times.', '2023-08-19').claimant).toBe('New York Times');
    // The person told is no claimant.
    expect(one('"We do not need half a million soldiers now," the colonel told Al Jazeera Net.', '2024-01-10').claimant).not.toBe('Al Jazeera Net');
  });

  it('does not read a battle that "claimed the lives" of soldiers as a claimant, and reads refusals to fight as desertion', () => {
    expect(one('Analysts believe the fight for Bakhmut has claimed the lives of tens of thousands of soldiers.', '2023-05-24').claimant).toBeNull();
    expect(one('Since 2022, over 9,000 cases concerning refusal to fight have been submitted to Russian courts.', '2024-08-20').metric).toBe('deserted');
  });

  it('reads "of Moscow\'s soldiers" as Russia\'s, and a list of names with no loss as no figure', () => {
    expect(one("According to Kyiv's count, 610,000 of Moscow's soldiers have been killed or injured.", '2024-11-11').side).toBe('russia');
    expect(extractFigures('The Russian delegation confirmed it had received a list of 339 names of people Ukraine wanted returned from the war.', { published: '2025-06-03' })).toEqual([]);
  });

  it('does not give a swap the side of the delegation that agreed to it', () => {
    expect(one('Russian representatives agreed that the swap would involve at least 800 prisoners of war.', '2025-06-03').side).toBeNull();
  });

  it('gives Wagner\'s recruits and dead Russia\'s side', () => {
    expect(one('In one year, the Wagner mercenary group recruited 49,000 prisoners to fight in Ukraine.', '2024-01-10').side).toBe('russia');
    expect(one('The records indicate that 19,547 Wagner fighters died in the battle for Bakhmut.', '2024-01-10').side).toBe('russia');
  });

  it('reads a nation named as a source, as a place soldiers are sent to, or as the enemy fought as no side of the count', () => {
    const side = (text: string) => one(text, '2024-10-18').side;
    // A source: "according to the estimates of the Ukrainian army".
    expect(side('Russian army casualties now stand at – according to the estimates of the Ukrainian army – 412,000.')).toBe('russia');
    expect(side('About 25,000 men, according to the intelligence service of Ukraine, sign up with the Russian army every month.')).toBe('russia');
    expect(side('According to Ukrainian figures, 900 soldiers were killed near the town.')).toBeNull();
    // ... but a nation that is the subject after a bare source name still is one.
    expect(side('According to Reuters Russia recruited about 30,000 soldiers in May.')).toBe('russia');
    // A place: "sent to Ukraine", "across eastern Ukraine".
    expect(side('The number of new Russian soldiers sent to Ukraine each month is around 30,000, officials think.')).toBe('russia');
    expect(side('As Russia pressed its offensive across eastern Ukraine, its losses rose to over 900 per day.')).toBe('russia');
    // The enemy fought: the dead are the other side's.
    expect(side('Kyiv received the bodies of 640 soldiers killed fighting Russian forces near the border.')).toBe('ukraine');
  });

  it('reads "Ukrainians and Russians" as both armies, and recruits who sign with a nation\'s ministry as its soldiers', () => {
    expect(one('Some 800,000 Ukrainians and Russians have been killed or wounded so far.', '2024-10-18').side).toBeNull();
    expect(one('In the first quarter, 41,500 people signed contracts with the Russian Defense Ministry.', '2025-06-01').side).toBe('russia');
  });

  it('reads foreigners "fighting alongside Russian forces" as Russia\'s, and a nation that "invaded" as no side of the count', () => {
    expect(one('Kyiv last week estimated about 1,300 African nationals are fighting alongside Russian forces.', '2025-11-12').side).toBe('russia');
    expect(one('The ministry confirmed the deaths of 73 troops, the highest toll since Russia invaded Ukraine last year.', '2023-01-25').side).toBeNull();
  });

  it('reads "by Ukraine\'s count" as who counted, not whose soldiers', () => {
    expect(one("That puts the number of Russian casualties, by Ukraine's count, at 402,000.", '2024-03-01').side).toBe('russia');
    expect(one("By Russia's estimate, Ukraine has lost 450,000 soldiers.", '2024-03-01').side).toBe('ukraine');
  });

  it('reads "Ukraine\'s Defence Forces recruit" as Ukraine\'s recruits, not an office speaking', () => {
    expect(one('Ukraine’s Defence Forces recruit an average of 5,800 volunteers each month, a ministry official said.', '2024-09-20').side).toBe('ukraine');
  });

  it('reads "before the Russian military operation" as a time, not whose army', () => {
    expect(one('There was an army of some 240,000 troops in Ukraine before the start of the Russian military operation.', '2022-05-21').side).not.toBe('russia');
  });

  it('reads soldiers who "remained in Russian hands" as Ukraine\'s', () => {
    expect(one('Officials said last November that 2,100 soldiers and civilians remained in Russian hands, despite several prisoner swaps since.', '2024-07-17').side).toBe('ukraine');
  });

  it('reads "captive Ukrainian soldiers" and "warriors ... from Russian captivity" as Ukraine\'s prisoners', () => {
    expect(one('In the swap, 95 captive Ukrainian soldiers were handed over.', '2024-09-16')).toMatchObject({ metric: 'captured', side: 'ukraine' });
    expect(one('He spoke of bringing back "over 150 warriors from Russian captivity."', '2024-01-03')).toMatchObject({ metric: 'captured', side: 'ukraine' });
  });

  it('reads "Russia said that 63 of its troops were killed" as Russia\'s, not the striking side\'s', () => {
    expect(one('Russia said Monday that 59 of its troops were killed in Ukrainian missile strikes on their quarters.', '2023-01-02').side).toBe('russia');
    expect(one('May was deadly for the Russian military in Ukraine, with more than 900 of its soldiers wounded or killed each day.', '2023-06-01').side).toBe('russia');
  });

  it('reads soldiers a "Russian missile attack" killed as the other side\'s, and "the size of the Ukrainian Armed Forces" as Ukraine\'s', () => {
    expect(one('Kyiv is investigating the Russian missile attack that killed 17 soldiers.', '2025-11-03').side).toBe('ukraine');
    expect(one('The size of the Ukrainian Armed Forces would be capped at 800,000 personnel.', '2025-11-03').side).toBe('ukraine');
  });

  it('reads "said his country has lost" as the speaker\'s nation, and "people fighting in Russia\'s military" as Russia\'s', () => {
    expect(one('Ukrainian President Volodymyr Zelenskyy said his country has lost 29,000 soldiers since the invasion.', '2024-02-26').side).toBe('ukraine');
    expect(one('More than 60,000 people fighting in Russia\'s military have now died in Ukraine, the BBC found.', '2024-02-26').side).toBe('russia');
    expect(one('Over one million troops have been killed or injured, according to the latest data from Ukraine\'s military.', '2025-06-12').side).not.toBe('ukraine');
  });
});
