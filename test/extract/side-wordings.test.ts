import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// Whose soldiers a figure counts, in wordings from review rounds 38-50, in sentences written for these tests.

describe('sides, in wordings from review round 38', () => {
  it('reads "combined" as both sides only before a count word, not in "all its wars combined" or "a combined group of troops"', () => {
    expect(one('A report put the number of Russian soldiers killed at 60,000 to 70,000, more than in all its wars combined since World War II.', '2023-03-09').side).toBe('russia');
    expect(one('Russia is using a combined group of troops totaling more than 715,000 people.', '2025-06-01').side).toBe('russia');
    expect(one('A combined total of 500,000 Russian and Ukrainian soldiers have been killed or wounded.', '2025-06-01').side).toBeNull();
    expect(one('The combined military casualties of Russia and Ukraine are 500,000.', '2025-06-01').side).toBeNull();
  });

  it('gives a force an invader came with to the invader', () => {
    expect(one('Russia invaded a year ago with an initial force of about 150,000 troops, facing an army of roughly the same size.', '2023-03-09')).toMatchObject({
      metric: 'force_size',
      side: 'russia',
    });
    // The invader is still no loser: "since Russia invaded" dates Ukraine's losses.
    expect(one('Since Russia invaded, Ukraine has lost 40,000 troops.', '2023-03-09').side).toBe('ukraine');
  });
});

describe('sides and periods, in wordings from review round 40', () => {
  it('reads "The Ukrainian Armed Forces currently number 880,000" as Ukraine\'s, and "killed fighting on Russia\'s side" as Russia\'s', () => {
    const figs = extractFigures("The Ukrainian Armed Forces currently number 880,000 personnel, while Russia's army in Ukraine is estimated at around 600,000.", { published: '2025-01-15' });
    expect(figs.map((f) => [f.text, f.side])).toEqual([
      ['880,000', 'ukraine'],
      ['600,000', 'russia'],
    ]);
    expect(one("The BBC has confirmed the names of almost 160,000 people killed fighting on Russia's side in Ukraine.", '2025-12-30').side).toBe('russia');
  });

  it('reads a weekday with its date in brackets after "said" as the statement\'s day, not the toll\'s', () => {
    const text = "Around 300 North Korean soldiers have been killed and 2,700 injured in Russia's war, a lawmaker said on Monday (Jan 13), citing the spy agency.";
    expect(extractFigures(text, { published: '2025-01-13' }).map((f) => f.rate)).toEqual(['cumulative', 'cumulative']);
  });

  it('reads troops "including conscripts" as a force, and a figure given at an annual press conference with no yearly rate', () => {
    expect(one('Russia is believed to have between 150,000 and 180,000 soldiers in Ukraine, including poorly trained conscripts.', '2022-08-25').metric).toBe('force_size');
    expect(one('Putin said at his annual press conference last month that 700,000 Russian soldiers are fighting in Ukraine.', '2026-01-27').rate).toBe('none');
    expect(one('Russia recruits 400,000 soldiers annually.', '2026-01-27').rate).toBe('per_year');
  });
});

describe('sides and metrics, in wordings from review round 41', () => {
  it('gives personnel a side handed over to the other side, and what a side brings home to itself, but not when each side does', () => {
    expect(one("Russia's Defence Ministry said Ukraine had handed over 248 military personnel.", '2024-01-03').side).toBe('russia');
    expect(one('Kiev said it had brought home 230 people, the largest swap so far.', '2024-01-03').side).toBe('ukraine');
    expect(one('Russia and Ukraine completed a prisoner swap on Friday, each bringing home 95 soldiers.', '2025-01-03').side).toBeNull();
  });

  it('reads "injured or dead" and "killed & wounded" as casualties, and a force "including 10,000 North Korean soldiers" as a force', () => {
    expect(one('The average daily number of troops injured or dead has risen by almost 300 per day over 2023.', '2024-01-03').metric).toBe('casualties');
    expect(one('Russia will have sustained over half a million personnel killed & wounded over 3 years of war.', '2024-01-03').metric).toBe('casualties');
    const figs = extractFigures('Moscow is amassing as many as 50,000 troops, including 10,000 North Korean soldiers, near Kursk.', { published: '2024-11-11' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['50,000', 'force_size'],
      ['10,000', 'foreign_troops'],
    ]);
  });
});

describe('sides and metrics, in wordings from review round 42', () => {
  it('reads mercenaries "in the ranks of the Ukrainian Armed Forces" as Ukraine\'s, and a toll compared with an army\'s size as a toll', () => {
    expect(one('There are about seven thousand Colombian mercenaries in the ranks of the Ukrainian Armed Forces', '2026-02-14')).toMatchObject({
      metric: 'foreign_troops',
      side: 'ukraine',
    });
    const toll = 'Defence intelligence put the number of Russian casualties throughout the war at 1,118,000, higher than the entire size of its army.';
    expect(one(toll, '2025-10-31')).toMatchObject({ metric: 'casualties', rate: 'cumulative' });
  });

  it('reads people "from Colombia" as foreign fighters, and keeps the recruitment verb of a clause they share', () => {
    expect(one('Approximately 1200 people from Colombia have arrived in Ukraine in the last four months alone.', '2026-02-14')).toMatchObject({
      metric: 'foreign_troops',
    });
    const cuba = 'Our intelligence tells us about at least 20,000 people from Cuba that have already filled the documents and have been recruited to fight for Russia.';
    expect(one(cuba, '2025-09-18')).toMatchObject({ metric: 'recruited', side: 'russia' });
    // The verb of a clause about who they were is not what happened to them.
    expect(one('Two Indians who had been recruited by the Russian Army were recently killed.', '2025-09-18')).toMatchObject({ metric: 'killed' });
  });
});

describe('sides and metrics, in wordings from review round 43', () => {
  it('reads "former prisoners" as convicts, not captives, who share the clause of the count after them', () => {
    const figs = extractFigures(
      'The journalists and volunteers now have also identified around 4,500 former prisoners and over 1,700 mercenaries who have been killed in Ukraine.',
      { published: '2023-06-02' },
    );
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['4,500', 'killed'],
      ['1,700', 'killed'],
    ]);
    // Former prisoners of war were captives.
    expect(one('Among those freed were 200 former prisoners of war.', '2023-06-02')).toMatchObject({ metric: 'captured' });
  });

  it('reads "deaths, injuries" and "wounded, killed or missing" as casualties, and armour abbreviations as equipment', () => {
    expect(one('Troop deaths, injuries in Ukraine war nearing 500,000', '2023-08-19')).toMatchObject({ metric: 'casualties' });
    const irretrievable = "Russia's total irretrievable losses, which include wounded, killed or missing, may amount to 203,000.";
    expect(one(irretrievable, '2023-06-02')).toMatchObject({ metric: 'casualties', side: 'russia' });
    expect(extractFigures('Since the invasion began, Moscow has lost an estimated 14,000 MBTs, IFVs, and APCs.', { published: '2025-02-12' })).toEqual([]);
  });

  it('reads a number "still serving" after a count of the dead as soldiers in service, foreign when the dead were', () => {
    const figs = extractFigures('Jaiswal also confirmed that 12 Indian nationals had died, while 18 are still serving in the Russian military.', {
      published: '2024-08-09',
    });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['12', 'killed'],
      ['18', 'foreign_troops'],
    ]);
    expect(extractFigures('About 300 were killed and 5,000 are still fighting near Pokrovsk.', { published: '2024-08-09' })[1]).toMatchObject({ metric: 'force_size' });
  });

  it('gives a call-up or a missing count the side of the nation that speaks of it, but not a force it speaks of', () => {
    const moscow = 'Moscow said last week that the “partial mobilization” campaign of some 300,000 reservists was over.';
    expect(one(moscow, '2022-11-07')).toMatchObject({ metric: 'mobilized', side: 'russia' });
    expect(one('Ukraine reports 55,000 missing amidst prolonged war with Russia', '2024-09-28')).toMatchObject({ metric: 'missing', side: 'ukraine' });
    const encircled = '"Another 15 battalions, around 3,500 personnel, are encircled on the left bank of the Oskol River," Putin said.';
    expect(one(encircled, '2025-12-01').side).not.toBe('russia');
  });

  it('reads nationals who "lost their lives" as dead, on the day named', () => {
    const text = 'The embassy confirmed that three young Nepali nationals employed with the Russian military lost their lives on November 15th.';
    expect(one(text, '2023-11-20')).toMatchObject({ metric: 'killed', rate: 'period_total', period: { start: '2023-11-15', end: '2023-11-15' } });
  });

  it('reads fighters and citizens "from 35 nations in Africa" or "from Bosnia and Herzegovina" as foreign fighters', () => {
    const africa = 'There are at least 1,417 fighters from 35 nations in Africa, on the side of Russia, on the war front against Ukraine.';
    expect(one(africa, '2025-08-20')).toMatchObject({ metric: 'foreign_troops', side: 'russia' });
    expect(one('Two citizens from Bosnia and Herzegovina are fighting in Ukraine.', '2025-08-20')).toMatchObject({ metric: 'foreign_troops' });
  });

  it('reads soldiers "who broke away from their duties" as deserters', () => {
    const text = 'Ukrainian prosecutors have charged about 60,000 soldiers who broke away from their duties in the January-October period this year.';
    expect(one(text, '2024-11-20')).toMatchObject({ metric: 'deserted', rate: 'period_total', period: { start: '2024-01-01', end: '2024-10-31' } });
  });

  it('reads a loss ratio in quotation marks ("three times" higher) as a ratio', () => {
    expect(one('Russia\'s casualties in Ukraine were "three times" higher than Kyiv\'s.', '2025-02-04')).toMatchObject({ metric: 'ratio', value: { low: 3, high: 3 } });
  });

  it('gives a figure set off by dashes the side of the losses it is given for', () => {
    expect(one('Ukraine gave a higher figure – 617,000 – for Russian losses.', '2025-06-01')).toMatchObject({ metric: 'losses', side: 'russia' });
  });

  it('reads nationals listed "as “missing”" as missing, and fighters "reported to be casualties" as casualties', () => {
    expect(one('Russia has categorised the 16 Indian nationals as “missing”.', '2025-09-01')).toMatchObject({ metric: 'missing', side: 'russia' });
    const colombians = 'Approximately 70-80 Colombian fighters who aligned themselves with the Armed Forces of Ukraine have been reported to be casualties.';
    expect(one(colombians, '2025-09-01')).toMatchObject({ metric: 'casualties', side: 'ukraine' });
  });

  it('reads "killed or maimed" as casualties, and troops sent to storm or infiltrate Ukrainian positions as no Ukrainian force', () => {
    expect(one('Ukraine believes it has killed or maimed 1.2 million Russians since the full-scale invasion.', '2026-01-26').metric).toBe('casualties');
    const pipeline = 'The operation involved around 800 soldiers walking through an empty gas pipeline to infiltrate Ukrainian positions.';
    expect(one(pipeline, '2025-03-13').side).not.toBe('ukraine');
    expect(one('Dozens of Nigerians were sent to storm Ukrainian positions.', '2025-03-13').side).not.toBe('ukraine');
  });

  it('reads women serving in an army or "in its ranks" as soldiers, and "in its ranks" as no recruitment', () => {
    expect(one('About 40,000 women are currently serving in Ukraine\'s armed forces.', '2025-03-08')).toMatchObject({ metric: 'force_size' });
    const ranks = extractFigures('Ukrainian army has 40,000 women in its ranks, including 5,000 on front line', { published: '2025-03-08' });
    expect(ranks.map((f) => [f.text, f.metric])).toEqual([
      ['40,000', 'force_size'],
      ['5,000', 'force_size'],
    ]);
    expect(extractFigures('The strike killed 20 women and children.', { published: '2025-03-08' })).toEqual([]);
    expect(one('Moscow added 22,000 troops to its ranks in January.', '2026-02-14').metric).toBe('recruited');
  });

  it('gives the second half of "Russia ... and Ukraine as many as 600,000 casualties" Ukraine\'s side', () => {
    const text = 'CSIS estimated that Russia had suffered 1.2 million casualties, including at least 325,000 deaths, and Ukraine as many as 600,000 casualties, with up to 140,000 deaths.';
    expect(extractFigures(text, { published: '2025-06-03' }).map((f) => f.side)).toEqual(['russia', 'russia', 'ukraine', 'ukraine']);
  });

  it('reads citizens who "had newly signed contracts" as recruits', () => {
    expect(one('Medvedev said on Thursday that 190,000 Russian citizens had newly signed contracts with the military.', '2024-06-20')).toMatchObject({ metric: 'recruited', side: 'russia' });
  });

  it('gives a toll a nation "said it had lost" that nation\'s side, and reads "getting back 95 of our people" as freed prisoners', () => {
    expect(one('Russian forces shelled Kharkiv. On Mar 2, Russia said it had lost nearly 500 soldiers.', '2022-03-05')).toMatchObject({ side: 'russia' });
    expect(one('We are getting back 95 of our people.', '2022-10-28').metric).toBe('captured');
  });

  it('reads "losses of the Ukrainian Armed Forces" as Ukraine\'s, and an army capped by a "U.S.-Russia-drafted" plan as a force', () => {
    const losses = 'The ministry stated that the total losses of the Ukrainian Armed Forces since the beginning of the year are estimated at 80 thousand people.';
    expect(one(losses, '2025-11-25')).toMatchObject({ metric: 'losses', side: 'ukraine' });
    expect(one('The U.S.-Russia-drafted peace plan would limit the Ukrainian army to 600,000 personnel.', '2025-11-25').metric).toBe('force_size');
  });

  it('reads troops who "were on the battlefields" as a force, whatever call-up the sentence also names', () => {
    const text = 'He said around 617,000 troops were on the battlefields in Ukraine and dismissed the need for another mobilization wave.';
    expect(one(text, '2023-12-14').metric).toBe('force_size');
  });

  it('reads Russians "had been killed" as soldiers whatever strikes the sentence names, and citizens who "signed up" as recruits', () => {
    const text = 'Zelenskiy said nearly 6,000 Russians had been killed in the first days of the invasion, and that the Kremlin would not take his country with bombs and airstrikes.';
    expect(one(text, '2022-03-02')).toMatchObject({ metric: 'killed', side: 'russia' });
    expect(one('In September alone, more than 50,000 citizens signed up, the minister said.', '2023-10-05')).toMatchObject({ metric: 'recruited', rate: 'period_total' });
  });

  it('reads "seven others remain missing" after a count of the dead as missing', () => {
    const figs = extractFigures('At least 26 Indian nationals have already been killed in the conflict, while seven others remain missing.', { published: '2024-10-20' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['26', 'killed'],
      ['seven', 'missing'],
    ]);
  });

  it('reads a decree\'s call-up for compulsory service as mobilized, a decree that grows the army as its size, and troops captured as captives', () => {
    const convene = 'Putin signed a decree to convene 135,000 men for compulsory military service on Monday.';
    expect(one(convene, '2025-10-01')).toMatchObject({ metric: 'mobilized', side: 'russia' });
    const mandatory = 'Putin has signed a decree to enlist 160,000 Russian citizens aged 18 to 30 for a mandatory 12-month military service.';
    expect(one(mandatory, '2025-10-01').metric).toBe('mobilized');
    expect(one('On Aug. 25, Putin signed a decree to expand Russia\'s military to 2 million.', '2025-10-01').metric).toBe('force_size');
    expect(one('Ukrainian forces pushed into Kursk, capturing more than 700 Russian troops.', '2025-10-01')).toMatchObject({ metric: 'captured', side: 'russia' });
  });
});

describe('sides, in wordings from review rounds 50-55 (session 12)', () => {
  it('gives a headline figure the nation whose losses it is about ("Rutte on Russia\'s December losses")', () => {
    expect(one("'1,200 people dead a day,' Rutte on Russia's December losses", '2026-01-22').side).toBe('russia');
    // A place is still a place.
    expect(one("Drones struck in Russia's Kursk region, killing 5 soldiers.", '2026-01-22').side).toBeNull();
  });

  it('gives troops who fought "in combat with Ukrainian forces" the other side', () => {
    const text = 'Seoul said North Korean troops, who have recently engaged in combat with Ukrainian forces, have suffered around 1,200 casualties.';
    expect(one(text, '2024-12-24').side).toBe('russia');
    // Fighting alongside is no enemy.
    expect(one('Officials said that three Sri Lankans fighting with Ukrainian forces had died in action.', '2024-12-24').side).toBe('ukraine');
  });

  it('gives volunteers from the Nordic and Baltic countries Ukraine\'s side', () => {
    expect(one('At least 21 Baltic and Nordic volunteer soldiers have died in Ukraine', '2024-08-28').side).toBe('ukraine');
    expect(one('The ministry says nine Swedes who fought in Ukraine have died since the invasion began.', '2024-08-28')).toMatchObject({ metric: 'killed', side: 'ukraine' });
  });

  it('gives prisoners the side they fought for, and Chinese fighters Russia\'s', () => {
    const captured = 'Ukrainian troops captured two Colombian citizens in Pokrovsk who were fighting on the side of Russian forces.';
    expect(one(captured, '2026-02-19')).toMatchObject({ metric: 'captured', side: 'russia' });
    expect(one('There are 150 Chinese citizens who are fighting against Ukrainians on Ukrainian territory.', '2025-04-10')).toMatchObject({ metric: 'foreign_troops', side: 'russia' });
  });
});


describe('sides and metrics, in wordings from review round 57 (session 13)', () => {
  it('reads the enemy a speaker names as such ("1,100 enemy soldiers ..., Russia’s irreversible loss") as Russia, from "the 6th March"', () => {
    const text = '“In less than a week, starting from the 6th March, we managed to kill more than 1,100 enemy soldiers in the Bakhmut sector alone, Russia’s irreversible loss, right there, near Bakhmut,” Zelenskyy said in his nightly video address.';
    expect(one(text, '2023-03-13')).toMatchObject({ side: 'russia', rate: 'cumulative', period: { start: '2023-03-06', end: '2023-03-13' } });
    // The nation that speaks still gives the enemy's side by contrast.
    expect(one("43,000 enemy soldiers were eliminated, Ukraine's General Staff said.", '2023-03-13').side).toBe('russia');
  });

  it('reads the noun after a quote that closes on the number ("killed “more than 1,100” Russian fighters"), and the injured "out of action"', () => {
    const text = 'In his nightly address, Zelensky said Ukraine killed “more than 1,100” Russian fighters in Bakhmut in the past week, while another 1,500 were out of action because of the severity of their injuries.';
    expect(extractFigures(text, { published: '2023-03-13' }).map((f) => [f.text, f.metric, f.side])).toEqual([
      ['1,100', 'killed', 'russia'],
      ['1,500', 'wounded', 'russia'],
    ]);
    expect(one('On average, our soldiers neutralize 300 invaders every day in this direction.', '2024-01-10')).toMatchObject({ metric: 'losses', rate: 'per_day', side: 'russia' });
  });

  it('does not make a nation that captured ground the killer of its own losses ("Russia captured 2,949 square kilometres but lost 174,935 soldiers") (round 56)', () => {
    const text = 'In comparison, between September and December 2024, Russia captured 2,949 square kilometres but lost 174,935 soldiers, about 59 casualties per kilometre.';
    expect(one(text, '2025-05-03')).toMatchObject({ text: '174,935', side: 'russia' });
    expect(one('Ukraine captured 594 Russian soldiers.', '2025-05-03').side).toBe('russia');
  });
});

describe('battle tolls, in wordings from review round 57 (session 13)', () => {
  it('reads "221 enemies were killed" as the other side, and a toll "in its deadliest day of war" as a day\'s', () => {
    expect(extractFigures('“During the fighting, 221 enemies were killed and 314 wounded,” Ukraine\'s spokesman said.', { published: '2023-03-13' }).map((f) => [f.text, f.metric, f.side])).toEqual([
      ['221', 'killed', 'russia'],
      ['314', 'wounded', 'russia'],
    ]);
    const deadliest = 'Ukraine claims that over 1,000 Russian soldiers have died in the conflict, while Russia admitted to losing 1,090 soldiers in its deadliest day of war.';
    expect(extractFigures(deadliest, { published: '2023-03-13' })[1]).toMatchObject({ text: '1,090', rate: 'per_day', period: null });
  });

  it('does not date a deployment by the time of a clause about a place ("the Kursk border region where Ukraine mounted a shock border incursion in August")', () => {
    const text = 'Pyongyang has sent thousands of troops to reinforce the Russian military, including in the Kursk border region where Ukraine mounted a shock border incursion in August.';
    expect(one(text, '2024-12-23')).toMatchObject({ metric: 'foreign_troops', period: null });
  });
});

describe('sides in paired estimates, from review round 58 (session 13)', () => {
  it('gives each of "Russian casualties at almost 1.2 million and Ukraine\'s at close to 600,000" its own nation, and the combined toll none', () => {
    const text = "The think tank puts Russian casualties at almost 1.2 million and Ukraine's at close to 600,000, for a combined toll of roughly 1.8 million so far, the New York Times reports.";
    expect(extractFigures(text, { published: '2025-06-04' }).map((f) => [f.text, f.side])).toEqual([
      ['1.2 million', 'russia'],
      ['600,000', 'ukraine'],
      ['1.8 million', null],
    ]);
    expect(extractFigures('CSIS puts Russian casualties at 1.2 million and Ukrainian casualties at 600,000.', { published: '2025-06-04' }).map((f) => f.side)).toEqual(['russia', 'ukraine']);
    // A both-sides word set off after the number still covers it.
    const each = 'Medinsky said it would involve "at least 1,000" on each side — topping the 1,000-for-1,000 POW exchange agreed last month.';
    expect(extractFigures(each, { published: '2025-06-04' })[0]).toMatchObject({ text: '1,000', side: null });
  });

  it('leaves out men who "updated their registration data"', () => {
    expect(extractFigures('From May 18 to July 16, 4,690,496 military-aged men updated their registration data by the July 17 deadline in Ukraine.', { published: '2024-07-19' })).toEqual([]);
  });
});
