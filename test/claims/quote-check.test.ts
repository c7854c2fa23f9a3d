import { describe, expect, it } from 'vitest';
import { quoteContainsFigure } from '../../lib/claims/quote-check';

const one = (n: number) => ({ low: n, high: n });
const range = (low: number, high: number) => ({ low, high });

describe('quoteContainsFigure: thousands separators', () => {
  it.each([
    ['Russia likely sustained 415,000 casualties last year', 415000, 'en'],
    ['установили имена 77 143 российских военных', 77143, 'ru'],
    ['422\u00A0704 человека заключили контракт', 422704, 'ru'],
    ['имена 186\u2009102 руски военнослужещи', 186102, 'bg'],
    ['имена 186\u202F102 руски военнослужещи', 186102, 'bg'],
    ['Τα ονόματα 45.123 Ρώσων στρατιωτών', 45123, 'el'],
    ['cu 1.950 de militari uciși', 1950, 'ro'],
    ['average daily losses were approximately 1,080', 1080, 'en'],
    ['Russia lost 1,160 personnel, and in general, since February 24, 2022 - 506,260 people.', 506260, 'en'],
  ])('%s shows %d', (quote, n, lang) => {
    expect(quoteContainsFigure(quote, one(n), lang)).toBe(true);
  });

  it('does not confuse a figure with a different number', () => {
    expect(quoteContainsFigure('Russia likely sustained 415,000 casualties', one(41500), 'en')).toBe(false);
    expect(quoteContainsFigure('Russia likely sustained 415,000 casualties', one(415), 'en')).toBe(false);
    expect(quoteContainsFigure('the 1,200-kilometer front line', one(1300), 'en')).toBe(false);
  });
});

describe('quoteContainsFigure: scale words', () => {
  it.each([
    ['bringing its total to more than 1.2 million over the course of the war', 1_200_000, 'en'],
    ['Russian army recruited 415k contract soldiers', 415_000, 'en'],
    ['Russian Army Recruited 417K Contract Soldiers', 417_000, 'en'],
    ['75 тысяч погибших российских солдат', 75_000, 'ru'],
    ['на контрактную службу поступило почти 410 тыс. человек', 410_000, 'ru'],
    ['втрати противника склали понад 850 тис. особового складу', 850_000, 'uk'],
    ['потери превысили 1,2 млн человек', 1_200_000, 'ru'],
    ['mintegy 1,2 millió katonát veszíthetett el', 1_200_000, 'hu'],
    ['több mint 383 ezer ukrán katona', 383_000, 'hu'],
    ['Rosja straciła ok. 900 tys. żołnierzy', 900_000, 'pl'],
    ['bolo zabitých najmenej 83-tisíc ruských vojakov', 83_000, 'sk'],
    ['180 mil soldados russos morreram', 180_000, 'pt'],
    ['تم تجنيد أكثر من 452 ألف شخص', 452_000, 'ar'],
    ['దాదాపు 13వేల మంది ఉక్రెయిన్ సైనికులు', 13_000, 'te'],
    ['18 bin 600 Rus askerinin öldüğünü', 18_600, 'tr'],
  ])('%s shows %d', (quote, n, lang) => {
    expect(quoteContainsFigure(quote, one(n), lang)).toBe(true);
  });

  it('does not read the first letter of a following word as a scale', () => {
    expect(quoteContainsFigure('Ukraine says 415 killed overnight', one(415_000), 'en')).toBe(false);
    expect(quoteContainsFigure('300 military reservists', one(300_000), 'en')).toBe(false);
    expect(quoteContainsFigure('300 men were sent', one(300_000_000), 'en')).toBe(false);
  });
});

describe('quoteContainsFigure: ranges', () => {
  it('needs both ends of a range', () => {
    const q = 'Russia is losing between 7,000 and 8,000 soldiers every week';
    expect(quoteContainsFigure(q, range(7000, 8000), 'en')).toBe(true);
    expect(quoteContainsFigure(q, range(7000, 9000), 'en')).toBe(false);
    expect(quoteContainsFigure(q, one(7500), 'en')).toBe(false);
  });
  it.each([
    ['The Russians are losing 7,000-8,000 soldiers a week.', 7000, 8000, 'en'],
    ['between 150,000-190,000 permanent casualties so far', 150_000, 190_000, 'en'],
    ['an estimated 160,000–165,000 Russian soldiers', 160_000, 165_000, 'en'],
    ['на войне погибли около 160-165 тысяч российских военных', 160_000, 165_000, 'ru'],
    ['Z tej liczby od 200 do 250 tys. to ofiary śmiertelne.', 200_000, 250_000, 'pl'],
    ['the recruitment campaign currently brings 1000-1500 new soldiers', 1000, 1500, 'en'],
  ])('%s shows %d-%d', (quote, low, high, lang) => {
    expect(quoteContainsFigure(quote, range(low, high), lang)).toBe(true);
  });
});

describe('quoteContainsFigure: numbers in words', () => {
  it.each([
    ['“Three hundred thousand reservists will be called up,” Shoigu said', 300_000],
    ['approximately one million casualties since Vladimir Putin ordered the invasion', 1_000_000],
    ['nearly half a million Russian soldiers', 500_000],
    ['Russia has lost more than a million troops', 1_000_000],
    ['losses to fifty thousand a month', 50_000],
  ])('%s shows %d', (quote, n) => {
    expect(quoteContainsFigure(quote, one(n), 'en')).toBe(true);
  });
  it('reads a range written half in words', () => {
    const q = 'Casualty rates have also grown from around six to as many as 25 Russian losses for each Ukrainian casualty';
    expect(quoteContainsFigure(q, range(6, 25), 'en')).toBe(true);
    expect(quoteContainsFigure('Six to 25', range(6, 25), 'en')).toBe(true);
  });
  it('reads Portuguese "meio milhão" as half a million', () => {
    expect(quoteContainsFigure('e meio milhão foram feridos', one(500_000), 'pt')).toBe(true);
  });
  it('takes plural magnitude words at their smallest reading', () => {
    expect(quoteContainsFigure('depend more on thousands of foreign fighters', one(2000), 'en')).toBe(true);
    expect(quoteContainsFigure('hundreds of thousands left the country', one(200_000), 'en')).toBe(true);
    expect(quoteContainsFigure('depend more on thousands of foreign fighters', one(3000), 'en')).toBe(false);
  });
  it('reads a ratio as its quotient', () => {
    expect(quoteContainsFigure('The ratio of KIA to seriously injured was much closer to 1:1', one(1), 'en')).toBe(true);
  });
});

describe('quoteContainsFigure: CSV lines', () => {
  it('finds a bare cell value and does not glue neighbouring cells into one number', () => {
    const row = 'june,2022,172,30,5160,30077,01/07/2022,UK MoD,https://x.com/DefenceHQ/status/1876584633103507960/photo/2,';
    expect(quoteContainsFigure(row, one(172), 'csv')).toBe(true);
    expect(quoteContainsFigure(row, one(30077), 'csv')).toBe(true);
    expect(quoteContainsFigure(row, one(172_030), 'csv')).toBe(false);
  });
  it('finds a range across two cells and a quoted, comma-grouped cell', () => {
    expect(quoteContainsFigure('24/07/2022,15000,20000,,deaths,US officials (via The Economist),https://www.economist.com/x,russia,', range(15000, 20000), 'csv')).toBe(true);
    expect(quoteContainsFigure('1/12/2025,,,"1,200,000",casualties,CSIS,https://www.csis.org/analysis/x,russia,', one(1_200_000), 'csv')).toBe(true);
  });
});
