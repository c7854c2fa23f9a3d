import type { ClaimInput, Definition } from '../../lib/claims/schema';

// A small dataset for tests, taken from the seed articles and the research
// candidates (quotes verbatim from those files), so tests do not depend on
// the bundled dataset while it is being curated.

const PETERTHIEL = 'https://www.petertheil.com/121080';
const ISENEWS = 'https://isenews.com/?p=125033';
const B92 = 'https://www.b92.net/english/world/203449/tens-of-thousands-of-russian-soldiers-are-dying-every-month/vest';

export const testClaims: ClaimInput[] = [
  {
    id: 'zelensky-2026-01-kia',
    value: { low: 30000, high: 30000 }, qualifier: 'exact', metric: 'killed', rate: 'period_total',
    period: { start: '2026-01-01', end: '2026-01-31' }, side: 'russia',
    claimant: { name: 'Volodymyr Zelenskiy', role: 'President of Ukraine' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Ukrainian President Volodymyr Zelenskiy cited a figure of 30,000 Russian personnel killed in action in January.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-zelensky-kia',
  },
  {
    id: 'rubio-2026-02-weekly',
    value: { low: 7000, high: 8000 }, qualifier: 'exact', metric: 'killed', rate: 'per_week',
    period: null, side: 'russia',
    claimant: { name: 'Marco Rubio', role: 'US Secretary of State' },
    sources: [{ outlet: 'Kyiv Post', url: ISENEWS, date: '2026-02-14' }],
    quote: 'US Secretary of State Marco Rubio said Russia is losing between 7,000 and 8,000 soldiers every week in its war against Ukraine',
    quoteLanguage: 'en', statementDate: '2026-02-14', definitionId: 'def-rubio-dead',
  },
  {
    id: 'fedorov-2025-12-killed',
    value: { low: 35000, high: 35000 }, qualifier: 'exact', metric: 'killed', rate: 'period_total',
    period: { start: '2025-12-01', end: '2025-12-31' }, side: 'russia',
    claimant: { name: 'Mykhailo Fedorov', role: 'Minister of Defence of Ukraine' },
    sources: [{ outlet: 'B92', url: B92, date: '2026-01-30' }],
    quote: 'Ukrainian Defence Minister Mykhailo Fedorov said Kyiv’s forces killed 35,000 Russian troops in December.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-fedorov-killed',
  },
  {
    id: 'west-2025-12-month',
    value: { low: 35000, high: 35000 }, qualifier: 'as many as', metric: 'casualties', rate: 'period_total',
    period: { start: '2025-12-01', end: '2025-12-31' }, side: 'russia',
    claimant: { name: 'Western officials', role: 'assessments reported by Bloomberg' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Casualty rates in December amounted to 1,130 a day and climbed as high as 35,000 for the month, according to the assessments.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-west-casualties',
  },
  {
    id: 'west-2025-12-daily',
    value: { low: 1130, high: 1130 }, qualifier: 'exact', metric: 'casualties', rate: 'per_day',
    period: { start: '2025-12-01', end: '2025-12-31' }, side: 'russia',
    claimant: { name: 'Western officials', role: 'assessments reported by Bloomberg' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Casualty rates in December amounted to 1,130 a day and climbed as high as 35,000 for the month, according to the assessments.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-west-casualties',
  },
  {
    id: 'west-2025-year',
    value: { low: 415000, high: 415000 }, qualifier: 'exact', metric: 'casualties', rate: 'period_total',
    period: { start: '2025-01-01', end: '2025-12-31' }, side: 'russia',
    claimant: { name: 'Western officials' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Russia likely sustained 415,000 casualties — accounting for those killed and wounded — last year, a slight drop from 430,000 in 2024, according to assessments by Western officials, bringing its total to more than 1.2 million over the course of the war.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-west-casualties',
  },
  {
    id: 'west-cumulative-2025',
    value: { low: 1200000, high: 1200000 }, qualifier: 'more than', metric: 'casualties', rate: 'cumulative',
    period: { start: '2022-02-24', end: '2025-12-31' }, side: 'russia',
    claimant: { name: 'Western officials' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Russia likely sustained 415,000 casualties — accounting for those killed and wounded — last year, a slight drop from 430,000 in 2024, according to assessments by Western officials, bringing its total to more than 1.2 million over the course of the war.',
    quoteLanguage: 'en', statementDate: null, definitionId: 'def-west-casualties',
  },
  {
    id: 'havryliuk-2024-recruits',
    value: { low: 427000, high: 427000 }, qualifier: 'at least', metric: 'recruited', rate: 'period_total',
    period: { start: '2024-01-01', end: '2024-12-31' }, side: 'russia',
    claimant: { name: 'Ivan Havryliuk', role: 'Deputy Minister of Defence of Ukraine' },
    sources: [{ outlet: 'RBC-Ukraine', url: 'https://newsukraine.rbc.ua/news/russian-army-losing-troops-faster-than-it-1738921605.html', date: '2025-02-07' }],
    quote: 'According to Havryliuk, at least 427,000 troops were recruited under contract into the Russian army in 2024.',
    quoteLanguage: 'en', statementDate: '2025-02-07', definitionId: null,
  },
  {
    id: 'genstaff-2026-01-17',
    value: { low: 830, high: 830 }, qualifier: 'exact', metric: 'losses', rate: 'per_day',
    period: { start: '2026-01-16', end: '2026-01-17' }, side: 'russia',
    claimant: { name: 'General Staff of the Armed Forces of Ukraine' },
    sources: [{ outlet: '24 Kanal', url: 'https://24tv.ua/sirskiy-rozkriv-vtrati-osobovogo-skladu-ukrayini-rosiyi-2025_n2991496', date: '2026-01-18' }],
    quote: 'За даними Генштабу ЗСУ, за добу 17 січня росіяни втратили 830 військових.',
    quoteLanguage: 'uk', statementDate: '2026-01-18', definitionId: null,
  },
  {
    id: 'zelenskyy-2024-12-ua-kia',
    value: { low: 43000, high: 43000 }, qualifier: 'exact', metric: 'killed', rate: 'cumulative',
    period: { start: '2022-02-24', end: '2024-12-08' }, side: 'ukraine',
    claimant: { name: 'Volodymyr Zelenskyy', role: 'President of Ukraine' },
    sources: [{ outlet: 'International Business Times', url: 'https://www.btimesonline.com/articles/171472/20241209/ukraine-reports-43-000-soldiers-killed-370-000-wounded-in-russia-s-invasion.htm', date: '2024-12-09' }],
    quote: 'Ukrainian President Volodymyr Zelenskyy announced on Sunday that Ukraine has lost 43,000 soldiers killed in action and 370,000 wounded since Russia launched its full-scale invasion in February 2022.',
    quoteLanguage: 'en', statementDate: '2024-12-08', definitionId: null,
  },
  {
    id: 'fedorov-2026-summer-target',
    value: { low: 50000, high: 50000 }, qualifier: 'exact', metric: 'target', rate: 'per_month',
    period: { start: '2026-06-01', end: '2026-08-31' }, side: 'russia',
    claimant: { name: 'Mykhailo Fedorov', role: 'Minister of Defence of Ukraine' },
    sources: [{ outlet: 'Bloomberg', url: PETERTHIEL, date: '2026-02-14' }],
    quote: 'Fedorov has outlined an ambition to drive up Russian losses to 50,000 a month by the summer.',
    quoteLanguage: 'en', statementDate: null, definitionId: null,
  },
];

const src = { outlet: 'Bloomberg', url: PETERTHIEL };

export const testDefinitions: Definition[] = [
  { id: 'def-zelensky-kia', term: 'killed in action (Zelenskiy)', metric: 'killed', counts: 'Russian personnel killed in action', source: src, quote: '30,000 Russian personnel killed in action', quoteLanguage: 'en' },
  { id: 'def-rubio-dead', term: 'losing soldiers (Rubio)', metric: 'killed', counts: 'Soldiers dead, not wounded', source: { outlet: 'Kyiv Post', url: ISENEWS }, quote: 'losing between 7,000 and 8,000 soldiers every week', quoteLanguage: 'en' },
  { id: 'def-fedorov-killed', term: 'killed (Fedorov)', metric: 'killed', counts: 'Troops killed, verified on drone video', source: { outlet: 'B92', url: B92 }, quote: 'killed 35,000 Russian troops in December', quoteLanguage: 'en' },
  { id: 'def-west-casualties', term: 'casualties (Western officials)', metric: 'casualties', counts: 'Killed and wounded.', source: src, quote: 'Casualty rates in December amounted to 1,130 a day', quoteLanguage: 'en' },
];

export const testClaimsFile = { version: 'test-1', updated: '2026-02-20', claims: testClaims };
export const testDefinitionsFile = { version: 'test-1', definitions: testDefinitions };
