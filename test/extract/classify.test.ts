import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';
import { one } from './one';

// What a figure counts (its metric), read from sentences written for this test; its rate is in rate.test.ts.

describe('metric', () => {
  it.each([
    ['The assault killed 1,400 soldiers.', 'killed'],
    ['Some 900 soldiers died in the first week.', 'killed'],
    ['The battle left 3,000 troops wounded.', 'wounded'],
    ['The brigade suffered 2,300 casualties.', 'casualties'],
    ['The army reported 2,300 killed and wounded.', 'casualties'],
    ['The army lost 5,000 soldiers near the river.', 'losses'],
    ['Losses stood at 5,000 for the month.', 'losses'],
    ['The ministry recruited 31,000 volunteers.', 'recruited'],
    ['About 31,000 men signed contracts with the army.', 'recruited'],
    ['The decree mobilised 150,000 reservists.', 'mobilized'],
    ['Some 150,000 men were called up under the decree.', 'mobilized'],
    ['The grouping in the south numbered 480,000 troops.', 'force_size'],
    ['Combat losses among the enemy\'s troops numbered 77,170 by Tuesday.', 'losses'],
    ['About 11,000 North Korean troops are stationed in the region.', 'foreign_troops'],
    ['Around 2,000 mercenaries fight in the brigade.', 'foreign_troops'],
    ['The army recorded 2,700 deserters last year.', 'deserted'],
    ['The unit took 1,200 prisoners of war.', 'captured'],
    ['Some 640 servicemen are listed as missing.', 'missing'],
    ['Kyiv aims to raise enemy losses to 45,000 a month.', 'target'],
    ['Attackers lose up to seven soldiers for each defender.', 'ratio'],
    ['The ratio of killed to wounded was 1:3 in the assault.', 'ratio'],
    ['Commanders lost about 3,000 more soldiers than they could replace in May.', 'net_deficit'],
    ['After the battle, almost 100 more soldiers are missing.', 'missing'],
    ['Documents show 70,000 soldiers will desert this year.', 'deserted'],
    ['Since the invasion, at least 50,000 soldiers have fled the army.', 'deserted'],
    ['The minister said about 280,000 people have been accepted into the ranks of the army.', 'recruited'],
    // What the sentence says was counted wins over the loss verb.
    ['Analysts think the army has lost 420,000 soldiers killed or wounded so far.', 'casualties'],
    ['The regiment lost 2,000 men dead and injured in the assault.', 'casualties'],
    ['The brigade sustained 800 troops wounded or killed near the bridge.', 'casualties'],
    // The daily reports' euphemisms count the killed and the wounded together, not the killed.
    ['The general staff said 1,230 enemy soldiers were eliminated over the past day.', 'losses'],
    ['The ministry said its units had liquidated up to 1,500 enemy servicemen this week.', 'losses'],
    ['Defenders neutralised about 640 enemy troops in the village.', 'losses'],
    ['Over the past day, the defence forces eliminated 1,150 occupiers.', 'losses'],
    ['Brigades killed 900 invaders near the town.', 'killed'],
    ['Between 100 and 200 soldiers were dying every day.', 'killed'],
    ['Up to 400,000 troops were out of action by the end of the year.', 'losses'],
    ['Over a million soldiers have died or suffered injuries in the war.', 'casualties'],
    ['Analysts put total casualties, including the wounded, at 500,000 soldiers.', 'casualties'],
    ['The minister said 370,000 injuries had been reported among soldiers.', 'wounded'],
    ['The ministry counted 420,000 sign-ups in 2025.', 'recruited'],
    ['The brigade destroyed 1,080 invaders during the day.', 'losses'],
    ['The country has lost 43,000 soldiers who died on the battlefield.', 'killed'],
    // Needs, plans and recommendations are targets, not soldiers raised.
    ['The country needs 500,000 more soldiers, the president said.', 'target'],
    ['Plans are set to mobilise an additional 160,000 men.', 'target'],
    ['The commander made a recommendation for 500,000 recruits.', 'target'],
    ['The authorities were planning to recruit 400,000 new contract soldiers.', 'target'],
    // Proposals and requests are targets too, also when "the mobilization of" stands between.
    ['The generals proposed to mobilise 450,000 more conscripts.', 'target'],
    ['The number of soldiers to be mobilised was cut from the initially proposed 500,000, the commander said.', 'target'],
    ['The draft law calls for the recruitment of 500,000 military personnel.', 'target'],
    ['The command sent a request for the mobilization of 500,000 servicemen.', 'target'],
    ['The general spoke of the need to mobilise half a million soldiers.', 'target'],
    ['The country needs to recruit 30,000 more troops a month.', 'target'],
    ['The army recruited 30,000 soldiers in May, and it needs more.', 'recruited'],
    // What happened to foreign fighters or convicts, said right before their number.
    ['The group held the line at the cost of the death of about 500 mercenaries.', 'killed'],
    ['The group recruited more than 48,000 prisoners from jails.', 'recruited'],
    ['Nine Indians have died while serving in the army.', 'killed'],
    ['The country has lost around 1,113,430 troops in Ukraine since the invasion began.', 'losses'],
    // How many times one side's losses are the other's.
    ["The president says the enemy's casualty rate is 10 times higher than his army's.", 'ratio'],
    ['The losses of the invading army were at least five times greater than those of the defenders.', 'ratio'],
    ['Estimates put enemy deaths at more than two times that of the defenders, among soldiers.', 'ratio'],
    ['In March alone, courts handed down nearly 700 sentences in cases of absence without leave.', 'deserted'],
    ['Thousands of foreign fighters are dying for the army.', 'killed'],
    ['Since the invasion, more than 3,000 Ukrainians have been freed and brought home.', 'captured'],
    ['The ministry received the bodies of 43 soldiers in the exchange.', 'killed'],
    ['The army handed over the remains of 49 troops.', 'killed'],
    ['The armed forces number 1.05 million troops.', 'force_size'],
    ['The government said six of its nationals, who had been serving in the army, were killed.', 'killed'],
    ['At least 40 Nepali nationals have been confirmed dead while fighting for the army.', 'killed'],
    ['Two Indians serving in the army were recently killed.', 'killed'],
    ['Two Indians who had been recruited by the army amid the war were recently killed.', 'killed'],
    ['The country handed over 303 soldiers in exchange for its own pilots.', 'captured'],
    // A common misspelling in real reporting.
    ['The brigade suffered about 900 causalities in the offensive.', 'casualties'],
    ['More than 90,000 soldiers have died or been wounded since the spring.', 'casualties'],
    ['Since the spring the brigade has lost 4,000 soldiers killed in action.', 'killed'],

    // A foreign contingent's own verb says what its number counts; a later clause does not.
    ['Around 300 North Korean soldiers sent to the front have been killed, officials said.', 'killed'],
    ['Investigators named 900 mercenaries who died in the assault.', 'killed'],
    ['Officials say 40,000 to 60,000 soldiers have lost their lives in the war.', 'killed'],
    // People's own verb, after a figure of the killed: "600,000 Russians have been injured".
    ['He said that in the war, after the killed, 600,000 Russians have been injured.', 'wounded'],
    ['Service pay for the estimated 600,000-strong Russian force cost billions.', 'force_size'],
    ['In 2025 the country managed to mobilise and conscript 406,000 people, fewer than it lost killed and wounded.', 'mobilized'],
    ['The army is losing some 1,000 men a day, either KIA or WIA.', 'casualties'],
    ['Some 30,000 soldiers have been killed or permanently injured.', 'casualties'],
    ['About 10,000 soldiers were killed, injured or missing in the offensive.', 'casualties'],
    ['Up to 100,000 soldiers are dead or too seriously wounded to fight.', 'casualties'],
    ['Those released include 70 defenders of the besieged city.', 'captured'],
    ['Among those released are sailors and border guards, including 70 defenders of the city.', 'captured'],
    ['By the end of the year the country was able to return 1,456 servicemen home.', 'captured'],
    ['Officials estimated 350,000 of the enemy\'s soldiers wounded or dead.', 'casualties'],
    ['An estimated 1,260 troops met their demise on the battlefield in a single day.', 'killed'],
    ['Overall, 127,500 people received signing bonuses in the first half of the year.', 'recruited'],
    ['At least three generals are among the dead, the data shows.', 'killed'],
    ['Dozens of colonels and commanders are among the dead.', 'killed'],
    ['Military courts assessed 684 unauthorized absences by soldiers in March.', 'deserted'],
    ['Up to 55,000 Russian men died fighting by May, according to the national probate registry.', 'killed'],
    ['Officials confirmed plans to exchange the remains of 6,000 soldiers lost in combat.', 'killed'],
    ['An 800k cap would still leave the country with a large standing army.', 'force_size'],
    ['The plan would trim the army from about one million currently under arms.', 'force_size'],
    ['Courts handed down a daily average of 34 convictions for fleeing without authorization.', 'deserted'],
    ['The country mobilizes approximately 30,000 soldiers every month.', 'mobilized'],
    ['About 42,000 soldiers are still unaccounted for, the commissioner said.', 'missing'],
    ['The sides completed the first round, with almost 800 soldiers released.', 'captured'],
    ['The president put the number of killed or wounded North Koreans at 4,000.', 'casualties'],
    ['The minister put the number to be called-up at around 300,000 reservists.', 'mobilized'],
    ['The army returned 1,000 soldiers to the front after rest.', 'force_size'],
    ['More than 3,000 North Korean troops killed or wounded in the region, Kyiv says', 'casualties'],
    ['At least 25 mobilised soldiers have died inside enlistment offices.', 'killed'],
    ['The government put the likely total casualty count among the troops at 920,000 back in April.', 'casualties'],
    ['The ministry said 20 foreign military instructors were killed at the camp.', 'killed'],
    // A verb and an adverb after a number without a noun are no clause of another subject.
    ['Tens of thousands of them remained either missing in action or held captive.', 'missing'],
    ['Kyiv says 4,000 enemy soldiers die every single week.', 'killed'],
    ['Volunteers let the army expand the size of its forces to around one million troops.', 'force_size'],
    ['Some 11,000 North Korean troops were sent to the region, where many were killed.', 'foreign_troops'],
    ['Officials believe 1,500 North Korean soldiers posted to the border region are thought to have been killed.', 'killed'],
    ['A drone attack on the base killed about 500 North Korean troops.', 'killed'],
    // Troops that North Korea sends are foreign troops, whatever the noun.
    ['Pyongyang is believed to have sent about 11,000 soldiers to the front.', 'foreign_troops'],
    ['Intelligence says North Korea has dispatched 3,000 more troops.', 'foreign_troops'],
    // "of them" leaves the number without a noun of its own: the sentence says what it counts.
    ['Of the troops sent, 300 of them are now believed to be dead.', 'killed'],
    ['In a prisoner exchange, Ukraine returned 390 people.', 'captured'],
    // Swaps, where no word for prisoners is in the sentence.
    ['Since the invasion began, 4,306 Ukrainians have been returned.', 'captured'],
    ['On the first day, 270 military personnel were released from each side.', 'captured'],
    ['Each army released more than 250 enemy soldiers that day.', 'captured'],
    ['The next day another 307 soldiers were swapped.', 'captured'],
    ['Another 175 of our heroes returned to Ukraine today.', 'captured'],
    // ... but releasing an estimate releases nobody.
    ['The alliance released an estimate that 7,000 soldiers have been killed.', 'killed'],
    ['The enemy holds captive over 3,000 soldiers.', 'captured'],
    ['Over 200 POWs have died in custody since the war began.', 'killed'],
    ['The ministry retrieved the bodies of 82 fallen soldiers.', 'killed'],
    // "fallen" as a verb counts nobody dead.
    ['Recruitment has fallen to 20,000 soldiers a month.', 'recruited'],
    ['Prosecutors opened 2,400 desertion proceedings last year.', 'deserted'],
  ])('%s -> %s', (text, metric) => {
    expect(one(text).metric).toBe(metric);
  });

  it('reads "from 1,262 per day in May to 1,140 in July" as two casualty rates, not a ratio "to 1"', () => {
    const figs = extractFigures('Daily casualties fell from a high of over 1,262 per day in May to 1,140 in July.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric, f.rate])).toEqual([['1,262', 'casualties', 'per_day'], ['1,140', 'casualties', 'per_day']]);
  });

  it('keeps the rate for "from the ~40,000 per month seen in March to slightly below 30,000 in May"', () => {
    const figs = extractFigures('Recruitment slowed from the ~40,000 per month seen in March to slightly below 30,000 in May.', {
      published: '2025-07-20',
    });
    expect(figs.map((f) => [f.text, f.rate])).toEqual([['40,000', 'per_month'], ['30,000', 'per_month']]);
  });

  it('reads both numbers of "N foreign soldiers were killed and M injured"', () => {
    const figs = extractFigures('In two days 40 North Korean troops were killed and 60 injured.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['40', 'killed'], ['60', 'wounded']]);
  });

  it('lets a short sentence after clarify only a vague word, not an exact one', () => {
    const metrics = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.metric);
    expect(metrics('About 7,200 soldiers are missing. Most are in captivity.')).toEqual(['missing']);
    expect(metrics('Officials said 1,300 soldiers were killed. Another 900 soldiers were wounded.')).toEqual(['killed', 'wounded']);
  });

  it('follows a short clarification after the sentence ("Not wounded, dead")', () => {
    const figs = extractFigures('They are losing 900 soldiers a day. A day. Not wounded, dead.', { published: '2025-06-15' });
    expect(figs.map((f) => f.metric)).toEqual(['killed']);
  });

  it('takes no clarification from a short sentence with a number of its own ("300 of them were killed")', () => {
    const figs = extractFigures('The country sent 11,000 soldiers. 300 of them were killed.', { published: '2025-06-15' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['11,000', 'force_size'],
      ['300', 'killed'],
    ]);
  });

  it.each([
    'The study puts Russian casualties (killed, wounded, missing) at about 900,000.',
    'By the summer, 1.5 million soldiers may have been killed, injured, or missing on both sides.',
    'The army has had 400,000 soldiers killed, wounded, captured or missing.',
  ])('reads a spelled-out definition of casualties as casualties, not its last or first word: %s', (text) => {
    expect(one(text).metric).toBe('casualties');
  });

  it('reads the numbers of a sentence opening "Among the dead" as the killed, whoever they were', () => {
    const figs = extractFigures('Among the dead, 7,900 are former convicts recruited in prisons, 4,800 are mobilized.', { published: '2024-02-03' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([['7,900', 'killed'], ['4,800', 'killed']]);
  });

  it('reads prisoners\' deaths and executions as the killed, and "militaries" as soldiers', () => {
    expect(one('Prosecutors documented at least 190 POW executions in the summer.').metric).toBe('killed');
    expect(one('The list now names 38,000 Russian militaries who died in the war.').metric).toBe('killed');
  });

  it('reads citizens an army takes in as its recruits or conscripts, by the verb before them', () => {
    expect(one('The president signed a decree to enlist 140,000 citizens for military service.').metric).toBe('recruited');
    expect(one('The decree calls up 140,000 citizens for military service.').metric).toBe('mobilized');
    expect(one('In his view it is necessary to mobilize 450,000 citizens.').metric).toBe('target');
  });

  it('reads the margin of a comparison as no count, unless it is losses over recruitment (a net deficit)', () => {
    expect(extractFigures("This year's draft surpasses last year's call-up by 8,000 and the autumn's by 21,000.", { published: '2025-04-01' })).toEqual([]);
    expect(one('The army\'s battlefield losses exceeded new recruitment by roughly 7,000 soldiers in January.').metric).toBe('net_deficit');
  });

  it('reads "killed or severely injured" as casualties and "eliminate ... soldiers" as losses', () => {
    expect(one('It is estimated that 650,000 soldiers have been killed or severely injured.').metric).toBe('casualties');
    expect(one('The forces managed to eliminate more than 900 enemy soldiers.').metric).toBe('losses');
  });

  it.each([
    ["The army's top general requests 25,000 recruits per month", 'target'],
    ['He cited the urgent need for a recruitment of at least 25,000 individuals each month.', 'target'],
    ['The military had proposed mobilising 400,000-450,000 more men.', 'target'],
    ['In January, officials estimated that 250 soldiers were killed and 2,100 others injured in combat.', 'wounded'],
    ['He agreed to send 5,000 North Korean engineering and military construction personnel to the region.', 'foreign_troops'],
  ])('reads requests, needs and proposals as targets, "others injured" as wounded, and engineering personnel as troops: %s', (text, metric) => {
    const figs = extractFigures(text, { published: '2025-04-10' });
    expect(figs[figs.length - 1]!.metric).toBe(metric);
  });

  it('reads "the enlistment of 120,000 citizens" as recruits, not citizens', () => {
    expect(one('The autumn decree provides for the enlistment of 120,000 citizens for compulsory service.').metric).toBe('recruited');
  });

  it('reads "deaths and injuries" as casualties, the buried as the killed, and prisoners taken "into Ukrainian captivity" as Russia\'s', () => {
    const figs = extractFigures('The army recorded 390,000 deaths and injuries in 2025, averaging nearly 32,000 per month.', { published: '2025-12-31' });
    expect(figs.map((f) => f.metric)).toEqual(['casualties', 'casualties']);
    expect(one('Officials said 11 servicemen had been buried in the town since the start of the war.').metric).toBe('killed');
    expect(one('Some 95 soldiers were taken into Ukrainian captivity.').side).toBe('russia');
  });

  it('reads an N-for-N swap once, as the prisoners each side handed over, and soldiers who surrendered as captured', () => {
    const swap = extractFigures('Soldiers came home from the war on Friday in a 250-for-250 prisoner swap.', { published: '2025-06-15' });
    expect(swap.map((f) => [f.text, f.metric, f.side])).toEqual([['250', 'captured', null]]);
    const spoken = extractFigures('Ukrainian soldiers returned from the war. Officials put the swap at roughly 84 for 84.', { published: '2025-06-15' });
    expect(spoken.map((f) => [f.text, f.metric, f.qualifier])).toEqual([['84', 'captured', 'about']]);
    expect(one('More than 310 Russian soldiers used the hotline to surrender to Ukraine last year.').metric).toBe('captured');
  });

  it('reads "calling 147,000 citizens up" as conscripts, and a force of a nation\'s and foreign troops as one force', () => {
    expect(one('The conscription campaign is calling 115,000 citizens up for statutory military service.', '2023-03-30').metric).toBe('mobilized');
    const force = one('A 40,000-strong group of Russian and North Korean troops is preparing a counteroffensive in Kursk.', '2024-12-19');
    expect([force.metric, force.side]).toEqual(['force_size', 'russia']);
    expect(one('Some 11,000 North Korean troops were sent to Russia.', '2024-12-19').metric).toBe('foreign_troops');
  });

  it('reads "were dead and wounded" as casualties, a bloodiest day\'s toll as casualties, and soldiers "handed over" in return as captured', () => {
    expect(one('U.S. officials said that more than 450,000 were dead and wounded.', '2024-11-04').metric).toBe('casualties');
    const days = extractFigures("Two of the ten bloodiest days for Moscow's forces came this month: 1,380 on Oct. 17 and 1,290 on Oct. 16.", { published: '2024-10-18' });
    expect(days.map((f) => f.metric)).toEqual(['casualties', 'casualties']);
    const swap = extractFigures('As a result of the talks, 25 Russian servicemen were returned to Russia in the war. In return, 25 Ukrainian servicemen were handed over.', { published: '2025-01-15' });
    expect(swap.map((f) => [f.metric, f.side])).toEqual([
      ['captured', 'russia'],
      ['captured', 'ukraine'],
    ]);
  });

  it('reads Nepalis, Cubans and Indians named near a number as foreign troops for Russia, but their death toll as the killed', () => {
    const f = one('Estimates of the number of Nepalis fighting in Ukraine range from 2,000 to 12,000.', '2024-07-05');
    expect([f.metric, f.side]).toEqual(['foreign_troops', 'russia']);
    expect(one('The embassy said the death toll of Nepalis in the Russia-Ukraine war has reached 38.', '2025-12-23').metric).toBe('killed');
  });

  it('reads "On average, this is 135-140 people per month" as the count of the sentence before, restated', () => {
    const figs = extractFigures('About 380 people have signed the army contract since February 11. On average, this is 125-130 people per month.', { published: '2025-05-05' });
    expect(figs.map((f) => [f.metric, f.rate])).toEqual([
      ['recruited', 'cumulative'],
      ['recruited', 'per_month'],
    ]);
  });

  it('reads a total by its own word, not by the parts it includes ("casualties, including wounded and missing, has reached")', () => {
    const f = one('The total number of Russian casualties, including wounded and missing, has reached 12,000.', '2025-02-06');
    expect(f.metric).toBe('casualties');
    // A part with its own number keeps its own word.
    expect(extractFigures('Russia recorded more killed in November, including the loss of 1,950 soldiers a day.', { published: '2025-12-05' })[0]!.metric).toBe('losses');
  });

  it('reads convicts an army takes in as recruits, soldiers who "went missing" as missing, and "lost ... to death or injury" as casualties', () => {
    expect(one('The Wagner group recruited at least 41,000 prisoners from Russian colonies for the war, a third of whom were killed.', '2024-06-10').metric).toBe('recruited');
    expect(one('At least 40,000 prisoners from Russian colonies have been recruited to fight in the war.', '2024-06-10').metric).toBe('recruited');
    expect(one('Ukraine holds 6,000 Russian prisoners of war.', '2024-06-10').metric).toBe('captured');
    expect(one('At least three North Korean servicemen went missing near the village, the GUR wrote.', '2024-12-18').metric).toBe('missing');
    expect(one('The Russian military has lost over 90,000 soldiers to death or injury in Bakhmut over the last four months.', '2023-05-01').metric).toBe('casualties');
    // A word after another number that "with" sets apart is that number's.
    const figs = extractFigures('US officials said the number of Russian casualties could be over 6,000 – with up to 12,000 wounded.', { published: '2022-03-18' });
    expect(figs.map((f) => f.metric)).toEqual(['casualties', 'wounded']);
  });

  it('reads "killed, injured" (or "..., or captured") as casualties, people who "join" an army as recruits, and troops "added to its ranks" as recruited', () => {
    expect(one('Some 90,000 Russian troops killed, injured in Kharkiv region', '2023-03-01').metric).toBe('casualties');
    expect(one('The leaked tables give 410,000 soldiers killed, wounded, or captured.', '2023-03-01').metric).toBe('casualties');
    expect(one('Officials say about 1,200 men join the Russian army each day.', '2024-03-01').metric).toBe('recruited');
    const figs = extractFigures('Drones killed or wounded 31,000 Russian soldiers in March, a month in which the army added 27,000 troops to its ranks.', { published: '2025-04-05' });
    expect(figs.map((f) => [f.text, f.metric])).toEqual([
      ['31,000', 'casualties'],
      ['27,000', 'recruited'],
    ]);
  });

  it('reads soldiers "hurt" as wounded, and "the plan is to recruit" as a target', () => {
    const figs = extractFigures('The president said in an interview earlier this year that 43,000 soldiers have died and some 370,000 were hurt.', { published: '2025-06-15' });
    expect(figs.map((f) => f.metric)).toEqual(['killed', 'wounded']);
    expect(one("The ministry's plan is to recruit at least 60,000 convicts.", '2022-09-20').metric).toBe('target');
  });

  it('reads soldiers "and civilians" who were returned as prisoners, and "for every soldier killed, there are about three" as a ratio', () => {
    expect(one('Kyiv says 188 Ukrainian soldiers and civilians were returned.', '2024-01-31').metric).toBe('captured');
    const f = one('The analysts reckon that for every soldier killed in action, there are about two to three wounded.', '2024-07-07');
    expect([f.metric, f.value]).toEqual(['ratio', { low: 2, high: 3 }]);
  });

  it('reads "200 freed by each side" as prisoners (but not "the two sides exchanged"), and "the bodies of some 12,000" as the dead', () => {
    expect(one('The two armies held their first swap in months, with more than 150 freed by each side.', '2024-01-04').metric).toBe('captured');
    expect(extractFigures('The two sides exchanged prisoners after the talks.', { published: '2024-01-04' })).toEqual([]);
    expect(one('The deal seeks to return the bodies of some 9,000 dead soldiers.', '2025-06-11').metric).toBe('killed');
  });

  it('reads "sustained injuries" as wounded, soldiers "leaving their posts" as deserters, and "the capture of 594 soldiers" as prisoners', () => {
    expect(one('Officials estimate that some 2,900 troops have sustained injuries so far.', '2025-03-05').metric).toBe('wounded');
    expect(one('By the summer, nearly 480 soldiers were leaving their posts every day.', '2025-09-01').metric).toBe('deserted');
    expect(one('The raid also resulted in the capture of 312 Russian soldiers.', '2024-08-27').metric).toBe('captured');
    expect(one('The capture of the town cost 9,000 Russian soldiers.', '2024-08-27').metric).not.toBe('captured');
    expect(one('Prosecutors have opened some 41,000 cases against servicemen who left their positions.', '2024-12-06').metric).toBe('deserted');
  });

  it('reads contract payments as recruits, "among them" after the dead as the dead, corpses as the dead, and youths who joined an army', () => {
    expect(one('In the first quarter, 42.1 thousand people received payments for signing a contract with the Russian Ministry of Defense.', '2025-08-18').metric).toBe('recruited');
    const figs = extractFigures('At least 61,200 Russian soldiers have died so far. Among them, 12,400 were volunteers.', { published: '2024-09-20' });
    expect(figs.map((f) => f.metric)).toEqual(['killed', 'killed']);
    expect(one('The footage shows the corpses of dozens of soldiers.', '2024-12-19').metric).toBe('killed');
    expect(one('About 150 Nepali youths who went to Russia to study have joined the army.', '2023-12-26').metric).toBe('foreign_troops');
  });

  it('reads "could approach" as nearly and "have not dipped below" as at least', () => {
    expect(one('Combined casualties could approach 1.7 million by spring.', '2026-01-27').qualifier).toBe('nearly');
    expect(one('Weekly deaths of volunteers have not dipped below 90 since October.', '2024-09-20').qualifier).toBe('at least');
  });

  it('reads "destroy ... hostile combatants" as enemy losses, "a request to" or "offered to" mobilise as a target, and "pass 1.2 million" as more than', () => {
    expect(one('Since March 6, Ukrainian forces have managed to destroy more than 900 hostile combatants.', '2023-03-14')).toMatchObject({ metric: 'losses', side: 'russia' });
    expect(one('The staff approached him with a request to mobilize an additional 300,000 people.', '2023-12-19').metric).toBe('target');
    expect(one('The army has offered to mobilize 250,000 to 300,000 people.', '2023-12-19').metric).toBe('target');
    expect(one('Kyiv says Russian losses pass 1.1 million.', '2025-06-01').qualifier).toBe('more than');
    expect(one('Medinsky said Russia had offered to return the remains of an additional 2,000 fallen servicemen.', '2025-06-20').metric).toBe('killed');
  });

  it('reads "4 thousand 396" as one number', () => {
    expect(one('So far 3 thousand 218 soldiers have been reinstated in service after leaving their units.', '2025-02-01').value).toEqual({ low: 3218, high: 3218 });
  });
});
