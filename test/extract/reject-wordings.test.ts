import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract';

// Numbers that are not personnel figures, in wordings met in review rounds 42-51, in sentences written for this
// test. Each sentence also talks about soldiers, so only the rejection keeps the number out.

const texts = (text: string) => extractFigures(text, { published: '2025-06-15' }).map((f) => f.text);

describe('non-figures, in wordings from review rounds 43-49', () => {
  it.each([
    ['rupees, in Indian grouping with paise', 'Recruits are offered ₹49,89,324.60 and the wounded Rs 4,76,329.82 to Rs. 9,53,496.77.'],
    ['money with cents at the end of a sentence', 'Recruits are offered 5.2 million rubles, approximately $49,324.60.'],
    ['a recent year after "the"', 'The majority of the 2023 desertion cases were opened after the call-up.'],
    ['the ages of the oldest and youngest', 'The oldest soldier freed on Thursday was 59, the youngest 22.'],
    ['a year after a month, before a name', 'The analyst says that in June 2022 Kubanychbek-uulu signed a contract with the armed forces.'],
    ['a day of the month in brackets after a weekday', 'Mercenaries have been killed, the deputy defence minister said last Wednesday (15).'],
    ['the denominator of a rate', 'Per 100 thousand men of fighting age, the region lost the most soldiers.'],
    ['a dotted dateline', '(Lanka-e-News -12.April.2025, 9.35 PM) Soldiers signed up to fight.'],
    ['deaths of civilians', 'Investigators documented 120 deaths of civilians and 40 killings of local residents, while soldiers fought on.'],
    ['a death rate per 10,000 men', 'Moscow has the lowest confirmed death rate of soldiers at five fatalities per 10,000 men.'],
    ['births and deaths of all causes', 'In 2024, 1.22 million people were born, while deaths increased to 1.82 million, according to Rosstat, as soldiers died at the front.'],
    ['another war, by its span', 'The US lost 2,456 military in the 20-year Afghan War, and soldiers died there.'],
    ['another war, by its leader', 'Stalin sacrificed the lives of 70,000 soldiers to reach Berlin first.'],
    ['one estimate against another', 'The BBC has verified many soldiers killed, while many consider the actual number 2-3 times higher.'],
    ['losses for every square kilometre taken', 'More than a hundred Russian troops were killed or injured for every square kilometre of Ukraine they seized.'],
    ['another war, in two countries', 'The U.S., by contrast, lost 7,000 troops in both Iraq and Afghanistan across two decades of combat.'],
    ['emigrants going abroad for work', 'Tens of thousands of Nepalis go abroad in search of work every year, and some join the army.'],
    ['two areas that share their unit', 'Russian forces captured 477 and 459 square kilometers in the two months, and lost soldiers.'],
    ['a table\'s number', 'It was 3.7 percentage points less than the 2023 deficit (see Table 1), while soldiers fought on.'],
    ['a year far off', 'At this rate, the Russians would capture the rest of Ukraine in the year 2256, with soldiers dying all the way.'],
    ['a part of equipment', 'Ukrainian forces destroyed 18 of 29 armoured vehicles sent to capture the village, and soldiers fled.'],
    ['a part of documents', 'Authorities withheld 449 of the 1,010 documents on recruitment of soldiers.'],
    ['people wanted for evading mobilisation', 'Front-line infantry units are struggling to replace heavy losses. Fedorov said beyond battlefield deaths, 2 million Ukrainians are wanted for evading mobilization.'],
    ['people evacuated', 'Russian troops attacked the city. Daily evacuations from a number of Ukrainian cities nearly doubled to some 13,000 people, the deputy prime minister said.'],
  ])('%s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('non-figures, in wordings from review round 42', () => {
  it('leaves out people hurt in a city district a mayor names', () => {
    expect(texts('At least two people were injured in Kyiv’s Solomianskyi district, according to Kyiv Mayor Vitalii Klitschko.')).toEqual([]);
    expect(texts('At least 40 soldiers were injured in a strike on a training ground in the Dnipro district.')).toEqual(['40']);
  });

  it('leaves out the age of the youngest of a count, and keeps the count', () => {
    expect(texts('The youngest of the 390 freed soldiers is 19.')).toEqual(['390']);
  });
});

describe('non-figures, in wordings from review rounds 50-55', () => {
  it('leaves out a number that opens a quoted slogan or campaign name, and keeps the count after it', () => {
    const text = 'In March, Kyiv launched a drive for contract service under the slogan "18-24," but only about 450 people signed contracts.';
    expect(texts(text)).toEqual(['450']);
    // A quoted count is still a count.
    expect(texts('Officials called "500,000 soldiers" a myth.')).toEqual(['500,000']);
  });

  it('leaves out the people who evade the draft after a count of deserters ("draft-dodging by around 2 million people")', () => {
    expect(texts('The army faced some 190,000 troop desertions and draft-dodging by around 1.5 million people.')).toEqual(['190,000']);
  });

  it('leaves out what "the Soviets" lost in another war, and keeps this war\'s toll beside it', () => {
    const text = 'Russia is losing 1,100 soldiers a day. In the 1980s in Afghanistan, the Soviets lost 15,000 in 10 years.';
    expect(texts(text)).toEqual(['1,100']);
  });

  it('leaves out a thread\'s part numbers ("... out of action 3/") and survivors\' pensions', () => {
    expect(texts('I estimate 240,000 Russian soldiers have returned to battle, and 110,000 are permanently out of action 3/')).toEqual(['240,000', '110,000']);
    expect(texts('Data show that almost a quarter of a million people in Russia had received compensation after losing a family breadwinner.')).toEqual([]);
  });

  it('reads no period from a year that names a budget, nor from the year a war began', () => {
    const text = "Russia's proposed 2024 budget funds the families of 102,000 military personnel killed in Ukraine, hinting at Moscow's likely death toll in Putin's war in Ukraine that began in February 2022.";
    expect(extractFigures(text, { published: '2023-10-13' })[0]!.period).toEqual({ start: '2022-02-24', end: '2023-10-13' });
  });

  it('leaves out the army of a nation outside the war, and keeps the two sides\' armies beside it', () => {
    expect(texts('Poland plans to increase the size of the army to 300,000 people and train all men.')).toEqual([]);
    const text = 'He said the Ukrainian army has 880,000 soldiers, the Russian army about 1.5 million, and he wants to grow the Polish army, including reservists, from 210,000 to 300,000.';
    expect(texts(text)).toEqual(['880,000', '1.5 million']);
    // Experts of another nation still count this war's soldiers.
    expect(texts('British military experts estimate that up to 21,000 fighters recruited by Wagner were killed.')).toEqual(['21,000']);
  });

  it('leaves out "2 million Ukrainians wanted" beside a count of soldiers gone AWOL', () => {
    expect(texts('I take over the ministry with a deficit of 300 billion hryvnias, 2 million Ukrainians wanted, and 210,000 personnel AWOL.')).toEqual(['210,000']);
  });

  it('leaves out the programme "Contract 18-24", quoted or not, and the outlet "7×7"', () => {
    expect(texts('The failure of ‘Contract 18-24’ comes amid a broader crisis in the army\'s recruitment of soldiers.')).toEqual([]);
    expect(texts('In February, the Contract 18–24 program was launched for young soldiers.')).toEqual([]);
    expect(texts('Five regions raised bonuses for contract soldiers, according to the exiled news outlet 7×7 on Wednesday.')).toEqual([]);
  });

  it('leaves out the people a ban or sanctions hit ("entry bans on 228 Australian government members") (round 56)', () => {
    expect(texts("Russia's Foreign Ministry said it had imposed entry bans on 228 Australian government members and MPs in response to sanctions imposed over Vladimir Putin's invasion of Ukraine.")).toEqual([]);
    expect(texts('The EU imposed sanctions on 300 members of the Russian Duma.')).toEqual([]);
    // Members a unit lost are still soldiers.
    expect(texts('The unit lost 228 members in the battle.')).toEqual(['228']);
  });

  it('leaves out how much larger one figure is than another ("announced a figure 214 thousand more") (round 57)', () => {
    const text = 'The Ministry of Defense announced a figure 214 thousand more - according to the department, 640 thousand people entered contract service on the same date in Russia.';
    expect(texts(text)).toEqual(['640 thousand']);
    expect(texts('Russia recruited 214 thousand more soldiers.')).toEqual(['214 thousand']);
  });

  it('leaves out a count the sentence denies ("48,000 applications, not 48,000 missing soldiers") (round 56)', () => {
    expect(texts("Tsivileva corrected Kartapolov, saying she'd referred to 48,000 applications, not 48,000 missing soldiers in Ukraine.")).toEqual(['48,000']);
    expect(texts('Russia has lost not 5,000 but 50,000 soldiers.')).toEqual(['50,000']);
    expect(texts('Russia has not lost 5,000 soldiers.')).toEqual(['5,000']);
  });
});
