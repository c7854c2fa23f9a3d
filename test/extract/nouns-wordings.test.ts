import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// What a figure counts, in wordings that review rounds 50-55 found read wrongly (metrics, and the periods and values
// that came with them). Each sentence is written for this test, not copied from the articles.

describe('metric, in wordings from review rounds 50-55', () => {
  it('counts soldiers named by their trade: sappers, snipers, commandos', () => {
    expect(one('Pyongyang agreed to send 1,200 sappers to clear mines near Kursk, the minister said.', '2025-06-19')).toMatchObject({ metric: 'foreign_troops', side: 'russia' });
    expect(one('Ukraine says 35 Russian snipers were killed near Toretsk this week.', '2025-06-19')).toMatchObject({ metric: 'killed', side: 'russia' });
    expect(one('Moscow moved about 3,000 commandos to the Zaporizhzhia front.', '2025-06-19').metric).toBe('force_size');
    // Mine-clearing by civilians is no force.
    expect(extractFigures('The charity trained 40 deminers in Kharkiv region last year.', { published: '2025-06-19' })).toEqual([]);
  });

  it('counts the men of a call-up a civilian word follows ("the 2022 call-up of 300,000 men triggered an exodus")', () => {
    expect(one('The Kremlin has avoided a second mobilisation since the partial 2022 call-up of 300,000 men set off a mass exodus abroad.', '2026-01-28')).toMatchObject({
      metric: 'mobilized',
      rate: 'period_total',
      period: { start: '2022-01-01', end: '2022-12-31' },
    });
    // The people who left are no call-up.
    expect(extractFigures('The exodus of 700,000 men after the call-up alarmed officials.', { published: '2026-01-28' })).toEqual([]);
  });

  it('reads the parts of a death toll as dead, whatever group each part names', () => {
    const figs = extractFigures('The confirmed death toll now includes 21,000 volunteers, 15,300 recruited prisoners, and 10,200 mobilized soldiers.', { published: '2024-11-24' });
    expect(figs.map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['21,000', 'killed', 'cumulative'],
      ['15,300', 'killed', 'cumulative'],
      ['10,200', 'killed', 'cumulative'],
    ]);
    // Prisoners an army recruited are convicts, not captives.
    expect(one('About 12,000 recruited prisoners take part in assaults on the front line.', '2024-11-24').metric).toBe('recruited');
  });

  it('reads casualties who need medical treatment as wounded', () => {
    const text = 'Russia has suffered around 790,000 casualties since February 2022, with over 380,000 requiring off-frontline medical treatment.';
    expect(extractFigures(text, { published: '2025-02-02' })[1]).toMatchObject({ text: '380,000', metric: 'wounded', qualifier: 'more than', side: 'russia' });
    const part = 'Russia has sustained about 790,000 casualties, of which over 380,000 have required treatment in hospitals away from the front.';
    expect(extractFigures(part, { published: '2025-02-02' })[1]).toMatchObject({ text: '380,000', metric: 'wounded' });
  });

  it('reads a toll that "climbed toward" a number as nearly it', () => {
    expect(one('Total Russian casualties have climbed toward 1 million, the analysis says.', '2026-01-22')).toMatchObject({ qualifier: 'nearly', metric: 'casualties' });
  });

  it('reads a call-up still to be made as a target: "how to mobilize", "unable to", "trying to recruit", a list of targets', () => {
    expect(one('The General Staff said it did not know how to mobilize 450,000 more troops.', '2023-12-24').metric).toBe('target');
    expect(one('Army Unable to Mobilize Another 450,000 People', '2023-12-24').metric).toBe('target');
    expect(one('In 2026, Russia is trying to recruit nearly 70,000 contract soldiers for its southern units.', '2026-01-13')).toMatchObject({
      metric: 'target',
      period: { start: '2026-01-01', end: '2026-12-31' },
    });
    const list = 'They have set specific targets: about 520 contracts from Zaporizhzhia, around 310 from Kherson, more than 3,400 from Crimea, and about 760 from Sevastopol.';
    expect(extractFigures(list, { published: '2026-01-13' }).map((f) => f.metric)).toEqual(['target', 'target', 'target', 'target']);
    // Done, not aimed at.
    expect(one('Russia managed to recruit 30,000 people last month.', '2026-01-13').metric).toBe('recruited');
  });

  it('reads a "gap" between losses and recruits as a net deficit', () => {
    expect(one("Russia's losses outpaced its recruitment, resulting in a 9,100-troop gap in January.", '2026-02-19')).toMatchObject({
      metric: 'net_deficit',
      period: { start: '2026-01-01', end: '2026-01-31' },
    });
  });

  it('reads "lost 100,000 soldiers – dead – not injured" as dead, "since the turn of the year" from January', () => {
    expect(one('Rubio said Russia had “lost 90,000 soldiers – dead – not injured – dead” since the turn of the year.', '2025-08-01')).toMatchObject({
      metric: 'killed',
      rate: 'cumulative',
      period: { start: '2025-01-01', end: '2025-08-01' },
    });
  });

  it('reads "a 700,000-man army" as a force\'s size, and an army grown "to 470 thousand in a year" as no yearly flow', () => {
    const money = 'Death benefits take about 38 percent of the $70 billion Russians pay to maintain a 650,000-man army in Ukraine annually.';
    expect(one(money, '2026-02-17')).toMatchObject({ metric: 'force_size', rate: 'none' });
    const grown = 'The Russian forces in Ukraine are more organized, and the number has grown from 350 thousand people to 460 thousand in a year.';
    expect(extractFigures(grown, { published: '2024-02-23' }).map((f) => [f.text, f.rate])).toEqual([
      ['350 thousand', 'none'],
      ['460 thousand', 'none'],
    ]);
    // A yearly flow of troops stays one.
    expect(extractFigures('Russia is adding 8,000 troops monthly, or roughly 100,000 soldiers a year.', { published: '2025-02-23' }).map((f) => f.rate)).toEqual(['per_month', 'per_year']);
  });

  it('reads foreigners\' own verb past who recruited them: deserted, killed', () => {
    expect(one('Some 18 North Korean soldiers were reported to have deserted the Russian frontline.', '2024-10-17').metric).toBe('deserted');
    expect(one('Two Indians recruited by Russia killed in Ukraine', '2024-06-11')).toMatchObject({ metric: 'killed', side: 'russia' });
  });

  it('reads a colon ratio with a decimal term as one ratio, not as its terms', () => {
    const text = 'Enemy casualties outpace ours by a ratio of "roughly 2.5:1 or 2:1," the report said.';
    expect(extractFigures(text, { published: '2026-01-27' }).map((f) => [f.text, f.value.low, f.metric])).toEqual([
      ['2.5:1', 2.5, 'ratio'],
      ['2:1', 2, 'ratio'],
    ]);
    // Equipment lost at a ratio is no ratio of soldiers.
    expect(extractFigures('Russian tanks are being lost with 5:1 attrition ratios favouring Ukraine.', { published: '2026-01-27' })).toEqual([]);
  });

  it('reads "killed, wounded or gone missing" as casualties, and "∼500,000" as about', () => {
    expect(one('Close to 610,000 Ukrainian troops have been killed, wounded or gone missing.', '2026-01-27').metric).toBe('casualties');
    expect(one('That means ∼510,000 wounded Russian soldiers.', '2023-03-26').qualifier).toBe('about');
  });

  it('reads a count before a list of adjectives and its noun ("1,330,000 active-duty, reserve and paramilitary troops")', () => {
    expect(one('Russia has almost triple that, with 1,320,000 active-duty, reserve and paramilitary troops.', '2023-08-19')).toMatchObject({ metric: 'force_size', side: 'russia' });
  });

  it('reads troops "required" and a call-up being prepared as targets, and the whole a part was killed from as no toll', () => {
    expect(one('An audit showed that earlier estimates that 450,000 more troops were required were inaccurate.', '2024-04-03').metric).toBe('target');
    expect(one('Russia is preparing to mobilise an additional 310,000 troops on June 1st.', '2024-04-03').metric).toBe('target');
    expect(extractFigures('Reports claimed that four of the ten Moldovan troops were killed.', { published: '2025-07-24' }).map((f) => f.text)).toEqual(['four']);
    // A whole whose own noun is the toll stays: "60,000 of the 70,000 cases of disappearance ... were still missing".
    const cases = 'Officials said about 60,000 of the 70,000 cases of disappearance reported since May were still missing.';
    expect(extractFigures(cases, { published: '2025-07-24' }).map((f) => f.text)).toContain('70,000');
  });

  it('reads a quota a leader demands of regions as a target, with its deadline ahead', () => {
    expect(one('Putin is demanding that provinces provide him with 210 volunteer soldiers a week.', '2025-06-01')).toMatchObject({ metric: 'target', rate: 'per_week' });
    expect(one('Each region has a quota of 520 recruits a month.', '2025-06-01').metric).toBe('target');
    expect(one('The regions were told to recruit 21,000 men by December.', '2025-06-01')).toMatchObject({
      metric: 'target',
      period: { start: '2025-12-01', end: '2025-12-31' },
    });
  });

  it('reads what happened to foreign fighters from their own verb, however far it stands', () => {
    const nk = 'Hundreds of North Korean troops fighting alongside Russian soldiers against Ukrainian forces in the Kursk region have been killed or wounded, officials said.';
    expect(one(nk, '2024-12-18')).toMatchObject({ metric: 'casualties', side: 'russia' });
    expect(one('After 15 months of war, at least 17 US volunteers are known to have died defending Ukraine.', '2023-05-29')).toMatchObject({ metric: 'killed', side: 'ukraine' });
    const col = 'More than 650 mercenaries from Colombia fighting on Ukraine\'s side have been reportedly eliminated, Russian sources say.';
    expect(one(col, '2026-02-04')).toMatchObject({ metric: 'losses', side: 'ukraine' });
    // A verb of another reported clause is not theirs.
    const two = 'He said 20-odd Indians serving in the Russian military so far approached the embassy for help and that two Indians had been killed.';
    expect(extractFigures(two, { published: '2024-03-01' })[0]!.metric).not.toBe('killed');
  });

  it('reads nationals picked out of a toll ("including 34 Uzbeks") as part of it, not as a force', () => {
    const text = 'At least 95 people died among such recruits, including 35 Uzbeks.';
    expect(extractFigures(text, { published: '2023-06-16' }).map((f) => [f.text, f.metric])).toEqual([
      ['95', 'killed'],
      ['35', 'killed'],
    ]);
    // Out of a force, they are a force.
    expect(extractFigures('Russia has 12,000 troops in Kursk, including 3,100 North Korean soldiers.', { published: '2024-12-01' })[1]!.metric).toBe('foreign_troops');
  });

  it('reads no loss into list items that say where people are ("35 were in camps", after "28 ... were reported missing")', () => {
    const text = 'As of February, 27 recruits were reported missing, 36 were in camps or at military bases, and 88 were on the front line.';
    expect(extractFigures(text, { published: '2026-02-19' }).map((f) => [f.text, f.metric])).toEqual([['27', 'missing']]);
    // Recruits on the front line are still recruits.
    const wagner = 'Of the approximately 50,000 prisoners recruited by Wagner, about 11,000 are on the front line.';
    expect(extractFigures(wagner, { published: '2023-06-01' }).map((f) => f.text)).toContain('11,000');
  });

  it('reads "may" as the modal and "attackers" as soldiers, and the parts of a "confirmed toll" as dead', () => {
    const text = 'Sources estimate that at least 590,000 Russian soldiers have been lost, even as some 118,000 may have died since the war began.';
    expect(extractFigures(text, { published: '2024-09-11' })[1]).toMatchObject({ text: '118,000', metric: 'killed', qualifier: 'about' });
    expect(one('Earlier, Ukraine said more than 1,100 Russian attackers had been killed.', '2022-02-25').metric).toBe('killed');
    const toll = 'The confirmed toll includes 38,100 volunteers, 18,400 recruited prisoners, and 15,100 mobilized soldiers.';
    expect(extractFigures(toll, { published: '2025-10-26' }).map((f) => f.metric)).toEqual(['killed', 'killed', 'killed']);
  });

  it('reads women who serve in the armed forces as a force, but not its civilian workers, and an age named as "it" as none', () => {
    expect(one('Currently, more than 66,000 women serve in the armed forces of Ukraine.', '2024-06-10')).toMatchObject({ metric: 'force_size', side: 'ukraine' });
    const workers = 'We have more than 66,000 women in the armed forces, of which 18,000 are workers, and the rest are servicemen.';
    expect(extractFigures(workers, { published: '2024-06-10' }).map((f) => f.text)).toEqual(['66,000']);
    const age = 'Ukraine lowered its minimum mobilisation age from 27 to 25 but resisted pressure from partners to further reduce it to 18.';
    expect(extractFigures(age, { published: '2024-06-10' })).toEqual([]);
  });

  it('reads soldiers helped to "escape the frontlines" as deserters, and dates a toll estimated "In August, X and Y," to August', () => {
    expect(one('Since then, the project has helped more than 3,100 Russian soldiers escape the frontlines.', '2024-09-11').metric).toBe('deserted');
    const text = 'In August, Mediazona and fellow outlet Meduza, estimated that 221,000 Russians have been slain in the invasion.';
    expect(one(text, '2025-10-26')).toMatchObject({ rate: 'cumulative', period: { start: '2022-02-24', end: '2025-08-31' } });
  });

  it('reads "his unit of 120 fighters" as a unit\'s strength, and a draft set to "begin October 1 and run through the end of the year" as that span', () => {
    expect(one('He told Reuters that only 15 survived from his unit of 125 fighters.', '2023-06-01').metric).toBe('force_size');
    const draft = "Putin ordered the conscription of 134,000 new servicemen in the country's autumn draft, set to begin October 1 and run through the end of the year.";
    expect(one(draft, '2024-09-30')).toMatchObject({ metric: 'mobilized', period: { start: '2024-10-01', end: '2024-12-31' } });
    // A season without its year gives way to the dates the sentence names.
    const autumn = 'Putin ordered the conscription of 134,000 men in the autumn draft, set to begin October 1 and run through the end of the year.';
    expect(one(autumn, '2024-09-30').period).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(extractFigures('Russia lost 31,000 soldiers this summer, including 1,000 on July 4.', { published: '2024-09-30' })[0]!.period).toEqual({ start: '2024-06-01', end: '2024-08-31' });
  });

  it('leaves the word of a part named after a count ("including 51 seriously injured") to the part', () => {
    const text = 'In the past 24 hours, 260 militants, including 50 seriously injured, laid down their arms and took themselves into captivity.';
    expect(extractFigures(text, { published: '2022-05-17' }).map((f) => [f.text, f.metric])).toEqual([
      ['260', 'captured'],
      ['50', 'wounded'],
    ]);
    const losses = "This barely covers Russia's irreversible battlefield losses, estimated at 610-740 per day, including 210-240 fatalities.";
    expect(extractFigures(losses, { published: '2024-12-05' }).map((f) => f.metric)).toEqual(['losses', 'killed']);
  });

  it('reads losses that "have crossed 300,000" as a running total past a mark, not people crossing a border (round 56)', () => {
    const text = "Russia's military personnel losses in its invasion of Ukraine have crossed 300,000, showed estimates by the UK that also said thousands more have deserted the battlefield.";
    expect(extractFigures(text, { published: '2023-11-15' })[0]).toMatchObject({ text: '300,000', metric: 'losses', qualifier: 'more than', rate: 'cumulative', side: 'russia' });
    expect(extractFigures('Since September, 200,000 Russians have crossed the border.', { published: '2023-11-15' })).toEqual([]);
  });

  it('reads "tens of thousands more have already deserted" by its own verb, not the casualties before (round 56)', () => {
    const text = '"We estimate that approximately 302,000 Russian military personnel have been killed or wounded, and tens of thousands more have already deserted since the start of the conflict," he said on Tuesday.';
    expect(extractFigures(text, { published: '2023-11-15' }).map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['302,000', 'casualties', 'cumulative'],
      ['tens of thousands', 'deserted', 'cumulative'],
    ]);
  });

  it('reads "weekly fatalities of volunteers" as deaths, and "in some weeks ... more than 310" as weekly too (round 56)', () => {
    const text = 'Since October last year, weekly fatalities of volunteers have not dipped below 100 — and, in some weeks, we have recorded more than 310 volunteer deaths.';
    expect(extractFigures(text, { published: '2024-09-20' }).map((f) => [f.text, f.metric, f.rate])).toEqual([
      ['100', 'killed', 'per_week'],
      ['310', 'killed', 'per_week'],
    ]);
    expect(one('Russia recruited 10,000 volunteers.', '2024-09-20').metric).toBe('recruited');
  });

  it('reads "permanent combat losses (killed, missing and irrevocably wounded)" as losses, not the last word in the bracket (round 56)', () => {
    const text = '"Russia\'s permanent combat losses (killed, missing and irrevocably wounded) are likely currently between 400,000 and 500,000 personnel," the MoD reported.';
    expect(one(text, '2025-06-12')).toMatchObject({ metric: 'losses', value: { low: 400000, high: 500000 } });
    // A bracket after a word of no loss still says what is counted.
    expect(one('Ukraine says 5,000 of its soldiers (all wounded) were evacuated in May.', '2025-06-12').metric).toBe('wounded');
  });

  it('reads foreigners who "remain unaccounted for" as missing, and POWs "executed" as dead, not "two ... units" (round 56)', () => {
    expect(one('COLOMBO (News 1st); 121 Sri Lankans involved in the Ukraine - Russia War remain unaccounted for.', '2024-07-11').metric).toBe('missing');
    const executed = 'As Ukrinform previously reported, 16 Ukrainian POWs were executed by Russian forces in the Pokrovsk sector; they were servicemen from two Ukrainian Armed Forces units.';
    expect(extractFigures(executed, { published: '2024-10-04' }).map((f) => [f.text, f.metric])).toEqual([['16', 'killed']]);
    // Sides that "have executed" an exchange freed prisoners.
    expect(extractFigures('230 Ukrainians and 248 Russians released in deal\nUkraine and Russia have executed the most extensive prisoner exchange.', { published: '2024-01-03' }).map((f) => f.metric)).not.toContain('killed');
  });

  it('reads a death toll "risen to 17, with 71 individuals currently receiving medical treatment" as the dead, and "the actual toll is approaching" as the toll before (round 56)', () => {
    const toll = 'Valeboda disclosed that the death toll of Sri Lankans involved in the Ukraine - Russia War has tragically risen to 17, with 71 individuals currently receiving medical treatment.';
    expect(extractFigures(toll, { published: '2024-07-11' }).map((f) => [f.text, f.metric])).toEqual([['17', 'killed'], ['71', 'wounded']]);
    const actual = "Moscow last gave an update in March, claiming a death toll at 1,351. At the same time, according to the latest update released by the General Staff of Ukraine's Armed Forces, the actual toll is approaching 40,000.";
    expect(extractFigures(actual, { published: '2022-08-01' })[1]).toMatchObject({ text: '40,000', metric: 'killed', qualifier: 'nearly', side: 'russia' });
  });

  it('does not read "where Cervantes lives" as lives lost (round 56)', () => {
    expect(extractFigures('On the 100m dirt road where Cervantes lives, at least three men have left for Russia since June, she said.', { published: '2023-10-23' })).toEqual([]);
    expect(one('The war has claimed 5,000 lives.', '2023-10-23').metric).toBe('killed');
  });
});

describe('recruitment wordings from review round 57 (session 13)', () => {
  it('reads a quoted noun phrase after the number ("more than 40 “volunteer battalions”", "200 “volunteer” soldiers")', () => {
    expect(extractFigures('Local officials have formed more than 40 “volunteer battalions” to join the invasion of Ukraine.', { published: '2022-08-08' })).toEqual([]);
    expect(one('President Putin is demanding that provinces in the far east provide him with 200 “volunteer” soldiers a week.', '2022-08-08').rate).toBe('per_week');
  });

  it('reads recruits a nation lost as losses, and people who "entered military service by contract" as recruits', () => {
    expect(one('Russia lost 5,000 fresh recruits in May.', '2022-08-08').metric).toBe('losses');
    const shoigu = 'Russian Defence Minister Sergei Shoigu announced that 335,000 people entered military service by contract with the Russian armed forces or volunteer groups since the beginning of this year.';
    expect(one(shoigu, '2023-10-03')).toMatchObject({ metric: 'recruited', rate: 'cumulative', period: { start: '2023-01-01', end: '2023-10-03' } });
    expect(extractFigures('According to the department, 640 thousand people entered contract service on the same date.', { published: '2024-08-01' })[0]!.metric).toBe('recruited');
  });

  it('reads "640 thousand instead of the real 426 thousand" as two counts, and a quota a draft "required" as a target', () => {
    const instead = 'The Russian Defense Ministry overstated the number of contract soldiers by one and a half times: 640 thousand instead of the real 426 thousand.';
    expect(extractFigures(instead, { published: '2024-08-01' }).map((f) => [f.text, f.metric])).toEqual([['640 thousand', 'recruited'], ['426 thousand', 'recruited']]);
    const draft = "In 2024, Russia's spring campaign required 150,000 people, and the fall draft required 133,000.";
    expect(extractFigures(draft, { published: '2025-03-31' }).map((f) => [f.text, f.metric])).toEqual([['150,000', 'target'], ['133,000', 'target']]);
  });

  it('gives Russia the recruits its defence minister announces, and keeps him as the claimant', () => {
    const text = 'Defense Minister Andrey Belousov announced that the military recruited nearly 410,000 people for contract military service in 2025.';
    expect(one(text, '2025-12-19')).toMatchObject({ side: 'russia', metric: 'recruited' });
    expect(one('Shoigu said 300,000 reservists would be called up.', '2022-09-21')).toMatchObject({ side: 'russia', claimant: 'Shoigu' });
  });

  it('reads an ordered "expansion of the military to 1.5 million" as a goal, not one an army reached', () => {
    expect(one('In September 2024, Putin ordered the expansion of the military to 1.5 million active personnel.', '2025-01-10').metric).toBe('target');
    const reached = 'An unprecedented flood of volunteers made it possible to dramatically expand the size of the Ukrainian armed forces to around one million.';
    expect(one(reached, '2024-05-10').metric).toBe('force_size');
  });

  it('reads citizens who "had been killed while fighting" as soldiers (round 56)', () => {
    const text = 'In Sri Lanka, the defense ministry reported that at least 16 of its citizens had been killed while fighting in Ukraine.';
    expect(one(text, '2024-09-12')).toMatchObject({ metric: 'killed', qualifier: 'at least' });
    expect(extractFigures('Russian strikes killed 16 citizens in Kharkiv.', { published: '2024-09-12' })).toEqual([]);
  });
});
