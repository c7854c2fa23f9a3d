// Curated research claims, continued: named-death counts, Russian officials,
// Western governments and think tanks, desertion, captivity.

import { C } from './claimants';
import type { ClaimSpec, SourceSpec } from './spec';

type Extra = Omit<ClaimSpec, 'id' | 'claimant' | 'sources' | 'definitionId'> & {
  definitionId?: string | null;
  also?: SourceSpec[];
};

function r(from: string, id: string, claimant: ClaimSpec['claimant'], extra: Extra = {}): ClaimSpec {
  const { also = [], definitionId = null, ...rest } = extra;
  return { id, claimant, sources: [{ research: from }, ...also], definitionId, ...rest };
}

const NAMED = 'mediazona-bbc-named-dead';
const FLOOR = 'Named, confirmed deaths: a floor, not an estimate of all deaths.';
const AWOL = 'awol-court-case-counts';

export const RESEARCH_CLAIMS_2: ClaimSpec[] = [
  // Named-death counts (Mediazona, BBC Russian) and statistical estimates (Meduza/Mediazona)
  r('c045', 'istories-2022-05-04-killed-1855', C.istories, { notes: `Deaths confirmed one by one from open sources. ${FLOOR}` }),
  r('c217', 'mediazona-bbc-2022-12-killed-10000', C.mediazonaBbc, { definitionId: 'mediazona-bbc-list-sources', notes: `${FLOOR} Includes more than 400 recently drafted men.` }),
  r('c009', 'mediazona-bbc-2023-06-16-killed-25000', C.mediazonaBbc, { definitionId: NAMED, notes: `${FLOOR} ("a bare minimum")` }),
  r('c046', 'mediazona-bbc-2023-07-07-killed-27423', C.mediazonaBbc, { definitionId: NAMED, statementDate: null, notes: `${FLOOR} Count as of 7 July (2023, from the article’s context).`, researchNotes: false }),
  r('c228', 'mediazona-bbc-2023-08-04-killed-29217', C.mediazonaBbc, { definitionId: NAMED, notes: FLOOR }),
  r('c220', 'mediazona-bbc-2023-killed-27906', C.mediazonaBbc, { definitionId: NAMED, notes: `Named dead for 2023 alone. ${FLOOR}`, researchNotes: false }),
  r('c232', 'mediazona-bbc-2024-11-08-killed-77143', C.mediazonaBbc, { definitionId: NAMED, statementDate: null, notes: `${FLOOR} Count as of 8 November 2024.`, researchNotes: false, related: ['mediazona-bbc-2024-11-08-convicts-killed-14204'] }),
  r('c233', 'mediazona-bbc-2024-11-08-convicts-killed-14204', C.mediazonaBbc, { definitionId: NAMED, statementDate: null, notes: `Former prisoners among the named dead (a subgroup; volunteers 15,741 and mobilised 9,465 in the same count). ${FLOOR}`, researchNotes: false }),
  r('c246', 'bbc-mediazona-2024-killed-45287', C.mediazonaBbc, { definitionId: NAMED, notes: `Named dead for 2024. ${FLOOR}` }),
  r('c239', 'mediazona-bbc-2025-01-20-killed-88726', C.mediazonaBbc, { definitionId: NAMED, notes: FLOOR }),
  r('c053', 'mediazona-bbc-2025-03-28-killed-100001', C.mediazonaBbc, { definitionId: NAMED, notes: FLOOR, researchNotes: false }),
  r('c187', 'mediazona-bbc-2025-07-10-officers-killed-4800', C.mediazonaBbc, { definitionId: NAMED, notes: `Officers among the named dead (a subgroup). ${FLOOR}` }),
  r('c028', 'mediazona-bbc-2026-01-28-killed-160000', C.mediazonaBbc, { definitionId: 'mediazona-bbc-list-sources', notes: FLOOR }),
  r('c227', 'mediazona-bbc-2026-02-21-killed-186102', C.mediazonaBbc, { definitionId: NAMED, notes: `${FLOOR} About 20,000 were added in a month as a backlog was processed.`, researchNotes: false }),
  r('c066', 'bbc-russian-2024-06-14-killed-113000', C.bbcRussian, { statementDate: '2024-06-14', period: { start: '2022-02-24', end: '2024-06-14' }, also: [{ econ: 62 }], notes: 'At least 113,000 deaths before June 2024 (BBC Russian estimate). Kyiv Post does not date it; the date is from The Economist’s tracker.', researchNotes: false }),
  r('c047', 'meduza-mediazona-2023-05-killed-50000', C.meduzaMediazona, { definitionId: 'meduza-mediazona-2023-estimate-scope', statementDate: null, notes: 'Excess-mortality estimate ("nearly 50,000") to late May 2023; men under 50, excluding the DPR/LPR formations.', researchNotes: false, related: ['meduza-mediazona-2023-06-killed-40000-55000'] }),
  r('c257', 'meduza-mediazona-2024-02-24-killed-75000', C.meduzaMediazona, { period: { start: '2022-02-24', end: '2024-02-24' }, related: ['meduza-mediazona-2024-02-24-killed-per-day-120'] }),
  r('c258', 'meduza-mediazona-2024-02-24-killed-per-day-120', C.meduzaMediazona, { period: null, notes: 'Deaths per day; the quote does not say over which period the rate holds.' }),
  r('c062', 'meduza-mediazona-2024-06-killed-106000-140000', C.meduzaMediazona, { statementDate: null, notes: 'Estimate to 21 June 2024, reported by The Economist (July 2024).', researchNotes: false }),
  r('c174', 'meduza-mediazona-2025-02-24-killed-160000-165000', C.meduzaMediazona, { qualifier: 'about', definitionId: 'meduza-mediazona-excess-mortality-2025', also: [{ research: 'c054' }, { econ: 91 }], notes: 'Fatalities only, excluding foreign nationals and residents of occupied Ukrainian regions fighting for Russia.' }),
  r('c172', 'meduza-mediazona-2024-killed-per-week-2000', C.meduzaMediazona, { notes: 'Reported deaths exceeded 2,000 a week "in some periods" of 2024, not a yearly average.' }),
  r('c173', 'meduza-mediazona-2025-08-killed-200000', C.meduzaMediazona, { statementDate: null, notes: 'Headline of the Meduza/Mediazona investigation; estimate to the end of summer 2025.' }),
  r('c055', 'kobak-2022-excess-deaths-24000', C.kobak, { also: [{ econ: 18 }], notes: 'Excess deaths among Russian men in 2022, a proxy for war deaths (Meduza analysis of Rosstat data).', researchNotes: false }),
  r('c056', 'kobak-2023-excess-deaths-40500', C.kobak, { notes: 'Excess deaths among Russian men in 2023 (Meduza analysis of Rosstat data).', related: ['kobak-2024-01-excess-deaths-64000'] }),

  // Russian officials
  r('c234', 'ru-mod-2022-03-02-killed-498', C.ruMod, { notes: 'The Russian Defence Ministry’s first loss report, a week after the invasion.' }),
  r('c230', 'ru-mod-2022-03-25-killed-1351', C.ruMod, { notes: 'The last official Russian loss report of spring 2022.' }),
  r('c105', 'shoigu-2022-09-21-killed-5937', C.shoigu, { notes: 'The Russian Defence Ministry’s official figure; Russia has not updated it since.' }),
  r('c106', 'shoigu-2022-09-21-ukraine-killed-61207', C.shoigu, { notes: 'A warring party’s claim about its enemy.' }),
  r('c107', 'shoigu-2022-09-21-ukraine-wounded-49368', C.shoigu, { notes: 'A warring party’s claim about its enemy.' }),
  {
    id: 'shoigu-2022-09-21-mobilized-300000',
    claimant: C.shoigu,
    sources: [
      { research: 'c104' },
      { seed: '000', from: 'That option has proved deeply unpopular', to: 'public discontent with the war.' },
      { seed: '004', from: 'In mid-September 2022, the Kremlin announced', to: 'another drive since.' },
    ],
    rate: 'none',
    period: null,
    definitionId: 'partial-mobilisation-2022',
    notes: 'Reservists to be called up in the partial mobilisation Putin ordered in September 2022: the announced size of the call-up (Bloomberg and Newsweek describe it as the 2022 call-up of about 300,000).',
  },
  r('c041', 'shoigu-2023-12-19-ukraine-casualties-383000', C.shoigu, { also: [{ econ: 1 }], notes: 'Ukrainian killed or wounded, a warring party’s claim about its enemy.' }),
  r('c042', 'ru-estimate-2023-ukraine-killed-215000', { name: 'Russian estimate', role: 'unnamed, cited by Magyar Nemzet beside Shoigu’s briefing' }, { statementDate: null, notes: 'Ukrainian soldiers who died in 2023 alone, "by a Russian estimate" the article does not name further; a warring party’s claim about its enemy.', researchNotes: false }),
  r('c140', 'ru-mod-2025-10-18-ukraine-losses-per-day-1520', C.ruMod, { notes: 'Sum of Russian battlegroup spokesmen’s claims about Ukrainian losses; a warring party’s claim about its enemy.' }),
  r('c238', 'ru-mod-official-2025-01-missing-requests-48000', C.ruModOfficial, { notes: 'Requests to identify missing soldiers, not confirmed missing persons.', researchNotes: false }),
  r('c111', 'putin-2024-06-14-force-size-700000', C.putin, { qualifier: 'nearly', rate: 'none', period: null, notes: 'People in the zone of the "special military operation" ("almost 700,000"); said on Friday 14 June 2024.', researchNotes: false }),
  r('c112', 'putin-2023-12-force-size-617000', C.putin, { rate: 'none', period: { start: '2023-12-01', end: '2023-12-31' }, statementDate: null, notes: 'People taking part in the war, given at the December 2023 end-of-year press conference (day not given on the page; period = that month).', researchNotes: false, related: ['putin-2023-12-mobilized-244000'] }),
  r('c113', 'putin-2023-12-mobilized-244000', C.putin, { rate: 'none', period: { start: '2023-12-01', end: '2023-12-31' }, statementDate: null, notes: 'Of those taking part in the war, the number who had been mobilised; December 2023 press conference (period = that month).', researchNotes: false }),
  r('c114', 'putin-2024-01-26-force-size-600000', C.putin, { rate: 'none', period: null }),
  r('c015', 'putin-2024-target-force-size-1500000', C.putin, { metric: 'target', rate: 'none', period: null, statementDate: null, notes: 'A target for the whole armed forces’ active personnel by 2026, ordered in 2024 ("last year" in a December 2025 article); not troops in Ukraine.', researchNotes: false }),
  r('c010', 'medvedev-2023-08-03-recruited-231000', C.medvedev),
  r('c016', 'medvedev-2023-07-04-recruited-185000', C.medvedev),
  r('c206', 'medvedev-2023-09-recruited-280000', C.medvedev, { statementDate: null, notes: 'Accepted into contract service since the start of 2023 (includes reservists and volunteers); said on a Sunday, date not given (period end approximate).', researchNotes: false }),
  r('c022', 'medvedev-2023-09-26-recruited-325000', C.medvedev, { statementDate: null }),
  r('c021', 'medvedev-2023-12-01-recruited-452000', C.medvedev),
  r('c017', 'medvedev-2024-recruited-450000', C.medvedev, { also: [{ research: 'c013' }], notes: 'People who signed contracts in 2024, given "on Friday" (date not on the page); The Moscow Times repeats it in December 2025.', researchNotes: false, related: ['medvedev-2024-volunteers-40000', 'havryliuk-2024-recruited-427000'] }),
  r('c018', 'medvedev-2024-volunteers-40000', C.medvedev, { definitionId: 'medvedev-volunteers', also: [{ research: 'c014' }], notes: 'Joined volunteer brigades in 2024, in addition to contract signings.', researchNotes: false }),
  r('c011', 'medvedev-2025-12-24-recruited-417000', C.medvedev, { notes: 'CONFLICT: three weeks later (16 January 2026) Medvedev gave 422,704 contracts for 2025 as the final figure; both kept. Not independently verified.', researchNotes: false, related: ['medvedev-2026-01-16-recruited-422704', 'medvedev-2025-12-24-volunteers-36000'] }),
  r('c251', 'medvedev-2026-01-16-recruited-422704', C.medvedev, { also: [{ research: 'c201' }], notes: 'CONFLICT: final 2025 figure; on 24 December 2025 Medvedev had said 417,000 for the same year; both kept.', related: ['medvedev-2025-12-24-recruited-417000', 'medvedev-2026-01-16-volunteers-32000', 'syrskyi-2026-01-18-recruited-2025-406000'] }),
  r('c012', 'medvedev-2025-12-24-volunteers-36000', C.medvedev, { definitionId: 'medvedev-volunteers', notes: 'CONFLICT: on 16 January 2026 Medvedev gave 32,000 volunteers for 2025; both kept.', related: ['medvedev-2026-01-16-volunteers-32000'] }),
  r('c202', 'medvedev-2026-01-16-volunteers-32000', C.medvedev, { definitionId: 'medvedev-volunteers', also: [{ research: 'c251' }], notes: 'CONFLICT: on 24 December 2025 Medvedev said about 36,000 volunteers for 2025; both kept.', researchNotes: false, related: ['medvedev-2025-12-24-volunteers-36000'] }),
  r('c252', 'belousov-2025-recruited-410000', C.belousov, { qualifier: 'nearly', statementDate: null, notes: '"почти 410 тыс." = almost 410 thousand entered contract service in 2025; said before NEWS.ru’s article of 24 December 2025 ("Ранее").', researchNotes: false }),
  r('c177', 'ru-source-2023-12-recruitment-plan-2024-400000', C.ruMoscowTimesSource, { metric: 'target', statementDate: null, notes: 'A quota: people the authorities expected to sign up in 2024. Repost of a Moscow Times article of 22 December 2023.', researchNotes: false }),
  r('c178', 'istories-2024-10-04-target-2025-2027-225000', C.istories, { metric: 'target', notes: 'A projection from sign-up bonus allocations in the 2025-2027 draft budget, over three years in total.', related: ['kovalenko-2024-10-07-target-per-year-225000'], researchNotes: false }),

  // Western governments, think tanks, press estimates
  r('c188', 'rubio-2025-07-killed-100000', C.rubio, { definitionId: 'rubio-dead-not-wounded', also: [{ research: 'c186' }], notes: 'Russian soldiers killed, "not wounded", since January 2025.', researchNotes: false }),
  r('c190', 'nato-2022-03-killed-7000-15000', C.nato, { statementDate: null, also: [{ econ: 100 }], notes: 'Killed in four weeks of war. The Economist’s tracker dates this row 23/04/2022, but the Washington Post article it cites is dated 24 March 2022.', researchNotes: false }),
  r('c247', 'milley-2022-11-09-casualties-100000', C.milley, { notes: 'Killed and wounded ("well over 100,000"); Milley added "same thing probably on the Ukrainian side".', researchNotes: false }),
  r('c207', 'white-house-2023-05-casualties-100000', C.whiteHouse, { statementDate: null, notes: 'Casualties since December 2022 (the period John Kirby gave; the quoted article does not state it). Assessment of May 2023.', researchNotes: false, related: ['white-house-2023-05-killed-20000'] }),
  r('c207', 'white-house-2023-05-killed-20000', C.whiteHouse, { value: { low: 20000, high: 20000 }, metric: 'killed', statementDate: null, notes: 'Killed among the 100,000 casualties since December 2022 (period from John Kirby’s statement; the quoted article does not state it).', researchNotes: false }),
  r('c242', 'austin-2024-12-07-losses-700000', C.austin, { also: [{ research: 'c189' }, { econ: 84 }], notes: 'Russian soldiers lost (killed and wounded) during the war.' }),
  r('c130', 'nato-2024-04-losses-350000', C.nato, { statementDate: null, notes: 'NATO estimate "as of April" 2024, cited in a UK statement of late May 2024.', researchNotes: false }),
  r('c023', 'csis-2026-01-casualties-1200000', C.csis, { definitionId: 'csis-casualties', also: [{ research: 'c043' }, { econ: 106 }], notes: 'Killed, wounded or missing, February 2022 to December 2025 (report released 27 January 2026; Der Spiegel via Mandiner calls CSIS "American experts").', researchNotes: false }),
  r('c030', 'csis-2026-01-killed-275000-325000', C.csis, { statementDate: '2026-01-27', also: [{ research: 'c024' }, { research: 'c044' }, { econ: 107 }], notes: 'Russian battlefield deaths to the end of 2025 (AP gives the upper end, "up to 325,000").', researchNotes: false }),
  r('c025', 'csis-2026-01-ukraine-casualties-500000-600000', C.csis, { definitionId: 'csis-casualties', also: [{ research: 'c031' }, { econ: 108 }] }),
  r('c031', 'csis-2026-01-ukraine-killed-100000-140000', C.csis, { statementDate: '2026-01-27', also: [{ research: 'c026' }, { econ: 109 }], notes: 'Ukrainian deaths to the end of 2025 (AP gives the upper end, "up to 140,000").', researchNotes: false }),
  r('c058', 'economist-2024-02-killed-66000-88000', C.economist, { statementDate: null, notes: 'MISLABELLED: Firstpost calls these "casualties", but the figure is The Economist’s estimate of Russian dead (from the Mediazona/Meduza study) as of 31 December 2023.', researchNotes: false }),
  r('c061', 'economist-2024-out-of-action-290000-460000', C.economist, { definitionId: 'economist-out-of-action', statementDate: null, period: { start: '2022-02-24', end: '2023-12-31' }, notes: 'Killed plus wounded, inferred from the death count at three to four wounded per death; quote is the excerpt up to the figure.', researchNotes: false }),
  r('c063', 'economist-2024-06-out-of-action-462000-728000', C.economist, { definitionId: 'economist-out-of-action', statementDate: null }),
  r('c077', 'economist-2024-11-ukraine-killed-60000-100000', C.economist, { statementDate: null }),
  r('c078', 'economist-2024-11-ukraine-wounded-400000', C.economist, { statementDate: null, notes: 'Seriously injured, unable to return to combat.' }),
  r('c079', 'ualosses-2024-11-22-ukraine-killed-60435', C.ualosses, { statementDate: '2024-11-22', period: { start: '2022-02-24', end: '2024-11-22' }, also: [{ econ: 80 }], definitionId: 'ualosses-dead-vs-missing', notes: 'Named Ukrainian military dead: a floor. Date from The Economist’s tracker.', researchNotes: false }),
  r('c082', 'wsj-2024-09-17-ukraine-killed-80000', C.wsj, { statementDate: '2024-09-17', period: { start: '2022-02-24', end: '2024-09-17' }, also: [{ econ: 68 }], notes: 'Ukrainian dead by a confidential Ukrainian estimate reported by The Wall Street Journal; date from The Economist’s tracker.', researchNotes: false }),
  r('c083', 'wsj-2024-09-killed-200000', C.wsjWestern, { statementDate: null, notes: 'Russian deaths ("up to 200,000") in The Wall Street Journal’s September 2024 estimate.', researchNotes: false }),
  r('c065', 'french-officials-2024-05-03-killed-150000', C.frenchFm, { statementDate: '2024-05-03', period: { start: '2022-02-24', end: '2024-05-03' }, also: [{ econ: 56 }], notes: '"Total loss" of 150,000 Russian soldiers, which The Economist and France 24 report as deaths. Kyiv Post does not date it; the date is from The Economist’s tracker.', researchNotes: false }),
  r('c221', 'us-officials-2023-08-18-ukraine-killed-70000', C.usOfficialsNyt, { statementDate: '2023-08-18', period: { start: '2022-02-24', end: '2023-08-18' }, also: [{ econ: 37 }], notes: 'Ukrainian dead; date from The Economist’s tracker (New York Times, 18 August 2023).', researchNotes: false, related: ['us-officials-2023-08-ukraine-wounded-120000'] }),
  r('c222', 'us-officials-2023-08-ukraine-wounded-120000', C.usOfficialsNyt, { statementDate: null, period: { start: '2022-02-24', end: '2023-08-18' }, notes: 'Ukrainian injured; same New York Times report as the 70,000 dead (18 August 2023).', researchNotes: false }),
  r('c060', 'us-officials-2023-08-18-killed-120000', C.usOfficialsNyt, { statementDate: '2023-08-18', period: { start: '2022-02-24', end: '2023-08-18' }, also: [{ econ: 35 }], notes: 'Russian dead ("somewhere near 120,000"). Firstpost (February 2024) cites it without a date; the date is that of the New York Times report The Economist’s tracker lists.', researchNotes: false }),
  r('c085', 'lee-2024-12-19-north-korean-killed-100', C.leeSeongkweun, { period: { start: '2022-02-24', end: '2024-12-19' }, notes: 'North Korean troops fighting for Russia (in Kursk).', related: ['lee-2024-12-19-north-korean-wounded-1000'], researchNotes: false }),
  r('c086', 'lee-2024-12-19-north-korean-wounded-1000', C.leeSeongkweun, { qualifier: 'nearly', period: { start: '2022-02-24', end: '2024-12-19' }, notes: 'North Korean troops wounded ("approaching 1,000").', researchNotes: false }),
  r('c092', 'sk-nis-2025-01-13-north-korean-killed-300', C.skLawmakerNis, { period: { start: '2022-02-24', end: '2025-01-13' }, notes: 'North Korean soldiers sent to support Russian troops in Kursk who have died. The page says "13 de enero"; the year (2025) follows from the deployment in late 2024.', researchNotes: false, related: ['sk-nis-2025-01-13-north-korean-wounded-2700'] }),
  r('c093', 'sk-nis-2025-01-13-north-korean-wounded-2700', C.skLawmakerNis, { period: { start: '2022-02-24', end: '2025-01-13' }, notes: 'North Korean soldiers wounded in Kursk. The page says "13 de enero"; the year (2025) follows from the deployment in late 2024.', researchNotes: false }),
  r('c087', 'sk-intelligence-2024-10-north-korean-troops-12000', C.skNis, { rate: 'none', statementDate: null, period: { start: '2024-10-01', end: '2024-10-31' }, notes: 'North Korean troops sent to the war, as South Korean intelligence said in October 2024 (Zelensky corroborated it).', researchNotes: false }),
  r('c089', 'sk-nis-2024-12-north-korean-troops-11000', C.skNis, { rate: 'none', statementDate: null, period: { start: '2024-12-01', end: '2024-12-31' }, notes: 'North Korean troops sent to fight for Russia; page dated December 2024 by its address.', researchNotes: false }),
  r('c088', 'nyt-2024-11-kursk-force-size-50000', C.nyt, { rate: 'none', statementDate: null, period: { start: '2024-11-01', end: '2024-11-10' }, notes: 'Russian and North Korean soldiers massed in the Kursk region, reported in early November 2024.', researchNotes: false }),

  // Desertion, AWOL, captivity
  r('c095', 'getlost-2024-03-04-deserted-520', C.getLost, { notes: 'Soldiers one group helped to desert, not all desertions.' }),
  r('c096', 'getlost-2024-01-desertion-requests-284', C.getLost, { rate: 'period_total', notes: 'Requests for help with desertion in January 2024 (a record month), not confirmed desertions.', researchNotes: false }),
  r('c097', 'mediazona-2024-08-12-awol-cases-5204', C.ruCourts, { definitionId: AWOL, researchNotes: false }),
  r('c098', 'mediazona-2023-awol-cases-5096', C.ruCourts, { definitionId: AWOL, researchNotes: false }),
  r('c099', 'ru-courts-2024-10-awol-sentences-per-month-800', C.ruCourts, { definitionId: AWOL, period: null, researchNotes: false }),
  r('c213', 'mediazona-2025-06-awol-cases-20538', C.ruCourts, { definitionId: AWOL, period: { start: '2022-02-24', end: '2025-06-30' }, notes: 'Court cases (desertion, refusing orders, AWOL), not people. Dagens dates the Mediazona count only to June 2025; period end set to 30 June 2025.', researchNotes: false }),
  r('c102', 'wsj-2024-08-desertion-cases-10000', C.ruAuthoritiesWsj, { definitionId: AWOL, period: { start: '2022-02-24', end: '2024-08-20' }, notes: 'Criminal cases on desertion charges, not individuals (WSJ, August 2024).', researchNotes: false }),
  r('c100', 'ru-mod-leak-2024-deserted-50000', C.ruModLeak, { definitionId: 'ru-desertion-vs-awol', related: ['frontelligence-2024-deserted-50554'] }),
  r('c212', 'frontelligence-2024-deserted-50554', C.frontelligence, { definitionId: 'ru-desertion-vs-awol', rate: 'cumulative' }),
  r('c223', 'putin-2024-06-captured-1348', C.putin, { statementDate: null, period: { start: '2022-02-24', end: '2024-06-30' }, notes: 'Russians in Ukrainian captivity, the last official figure Putin gave (June 2024), as reported by a pro-Kremlin aggregator.', researchNotes: false }),
];
