// Curated claims from ../shared/research/claims/claims_candidates.json and
// claims_additional.json (ids c000-c258). Each spec names its research entry;
// the build copies value, quote and address from there and applies the
// corrections written here. Entries left out are listed in exclusions.ts.

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

const GS = 'ua-general-staff-personnel-losses';
const UKMOD_AVG = 'ukmod-daily-average-from-general-staff';
const UKMOD_CAS = 'ukmod-casualties-killed-wounded';
const FROM_GS = 'Derived from Ukrainian General Staff data, so not independent of it.';
const CALLS_KILLED = (outlet: string) =>
  `MISLABELLED: ${outlet} calls these "killed"; the General Staff figure is personnel losses (killed and wounded).`;

export const RESEARCH_CLAIMS: ClaimSpec[] = [
  // UK Ministry of Defence / Defence Intelligence
  r('c000', 'ukmod-2023-10-22-permanent-casualties-150000-190000', C.ukMod, { definitionId: 'ukmod-2023-permanent-vs-total-casualties', related: ['ukmod-2023-10-22-casualties-240000-290000'] }),
  r('c001', 'ukmod-2023-10-22-casualties-240000-290000', C.ukMod, { definitionId: 'ukmod-2023-permanent-vs-total-casualties', notes: 'Total casualties, including temporarily wounded expected to return to duty; excludes Wagner and prisoner battalions per the same article.', related: ['ukmod-2023-10-22-permanent-casualties-150000-190000'] }),
  r('c004', 'ukdi-2023-02-casualties-per-day-824', C.ukDi, { definitionId: UKMOD_AVG, notes: `Mean daily Russian casualties over the seven days before the 12 February 2023 update (window dates approximate). ${FROM_GS}`, researchNotes: false }),
  r('c002', 'ukdi-2023-03-casualties-per-day-776', C.ukDi, { definitionId: UKMOD_AVG, notes: `Daily average of Russian casualties in March 2023. ${FROM_GS}`, also: [{ econ: 148 }], related: ['ukdi-2023-04-casualties-per-day-568'] }),
  r('c003', 'ukdi-2023-04-casualties-per-day-568', C.ukDi, { definitionId: UKMOD_AVG, notes: `Daily average "so far in April" 2023, to the 25 April update; the UK MoD's later monthly figure for all of April 2023 is also 568. ${FROM_GS}`, related: ['ukmod-2023-04-casualties-per-day-568'], researchNotes: false }),
  r('c059', 'ukmod-2023-11-30-killed-70000', C.ukMod, { statementDate: '2023-11-30', period: { start: '2022-02-24', end: '2023-11-30' }, also: [{ econ: 44 }], notes: 'Russian soldiers killed ("close to 70,000"). Firstpost (February 2024) cites the figure without a date; the date is that of the UK MoD update The Economist’s tracker lists.', researchNotes: false, related: ['ukmod-2023-11-30-casualties-290000-350000'] }),
  r('c165', 'ukmod-2025-06-12-casualties-1000000', C.ukMod, { definitionId: UKMOD_CAS, also: [{ econ: 102 }], related: ['ukmod-2025-06-12-permanent-losses-400000-500000', 'ukmod-2025-06-12-killed-or-missing-250000'] }),
  r('c166', 'ukmod-2025-06-12-permanent-losses-400000-500000', C.ukMod, { definitionId: 'ukmod-permanent-combat-losses', notes: 'Killed, missing and irrevocably wounded: a subset of total casualties.', related: ['ukmod-2025-06-12-casualties-1000000'] }),
  r('c162', 'ukmod-2025-06-12-killed-or-missing-250000', C.ukMod, { definitionId: 'ukmod-killed-or-missing', statementDate: '2025-06-12', period: { start: '2022-02-24', end: '2025-06-12' }, also: [{ econ: 103 }], notes: 'Killed or missing (presumed dead). From the UK MoD update of 12 June 2025 (date from The Economist’s tracker; Censor.NET does not date it).', researchNotes: false }),
  r('c163', 'ukmod-2025-06-casualties-2025-200000', C.ukMod, { definitionId: UKMOD_CAS, statementDate: null, notes: 'Total casualties in 2025 to the June 2025 update ("likely to exceed 200,000").', researchNotes: false }),
  r('c164', 'ua-general-staff-2025-06-losses-per-day-1250', C.uaGeneralStaff, { definitionId: GS, notes: 'Average daily losses in 2025 to June, as cited in the UK MoD update of June 2025.' }),
  r('c157', 'ukdi-2025-08-05-casualties-1050000', C.ukDi, { definitionId: UKMOD_CAS }),
  r('c154', 'ukdi-2025-07-11-casualties-h1-236000', C.ukDi, { definitionId: UKMOD_CAS }),
  r('c155', 'ukdi-2025-06-casualties-per-day-1080', C.ukDi, { definitionId: UKMOD_AVG, notes: FROM_GS, related: ['ukmod-2025-06-casualties-per-day-1081'] }),
  r('c156', 'ukdi-2025-06-casualties-32000', C.ukDi, { rate: 'period_total', definitionId: UKMOD_AVG, notes: `Killed and wounded in June 2025 ("around 32,000 for the month"). ${FROM_GS}` }),
  r('c159', 'ukmod-2025-07-casualties-per-day-1072', C.ukDi, { definitionId: UKMOD_AVG, also: [{ econ: 204 }], notes: FROM_GS }),
  r('c167', 'ukmod-2025-05-03-casualties-950000', C.ukMod, { definitionId: UKMOD_CAS, statementDate: '2025-05-03', period: { start: '2022-02-24', end: '2025-05-03' }, also: [{ econ: 97 }], notes: 'Killed and wounded since the full-scale invasion. Right Leading Future dates it "over the weekend" (early May 2025) and reads "Russian forces" as including Wagner, North Korean troops and separatists (its own interpretation); the date is from The Economist’s tracker.', researchNotes: false }),
  r('c040', 'ukmod-2025-03-20-killed-200000-250000', C.ukMod, { statementDate: '2025-03-20', period: { start: '2022-02-24', end: '2025-03-20' }, also: [{ econ: 93 }], notes: 'Fatalities among the roughly 900,000 losses. Wirtualna Polska’s page is undated; the date is from The Economist’s tracker.', researchNotes: false, related: ['ukmod-2025-03-20-casualties-900000'] }),
  r('c039', 'ukmod-2025-03-20-casualties-900000', C.ukMod, { metric: 'casualties', definitionId: UKMOD_CAS, statementDate: '2025-03-20', period: { start: '2022-02-24', end: '2025-03-20' }, also: [{ econ: 94 }, { research: 'c036' }], notes: 'Soldiers lost (killed and wounded) since February 2022. Wirtualna Polska and Vanguard Report (which says "In March") do not date it; the date is from The Economist’s tracker.', researchNotes: false }),
  r('c208', 'ukdi-2023-04-convicts-recruited-10000', C.ukDi, { rate: 'period_total', notes: 'Convicts recruited in April 2023 alone (a subgroup of recruits).' }),
  r('c129', 'ukgov-2024-05-29-casualties-465000', C.ukGov, { also: [{ econ: 58 }], notes: 'Killed or injured. MISLABELLED: the same UNN article’s lead says 465,000 Russian soldiers "have died".', researchNotes: false }),

  // Ukrainian General Staff running tallies
  r('c080', 'ua-general-staff-2024-11-27-losses-735410', C.uaGeneralStaff, { definitionId: GS }),
  r('c081', 'ua-general-staff-2024-11-27-losses-per-day-1580', C.uaGeneralStaff, { definitionId: GS }),
  r('c127', 'ua-general-staff-2024-05-30-losses-per-day-1160', C.uaGeneralStaff, { definitionId: GS }),
  r('c128', 'ua-general-staff-2024-05-30-losses-506260', C.uaGeneralStaff, { definitionId: GS }),
  r('c131', 'ua-general-staff-2024-11-29-losses-per-day-2030', C.uaGeneralStaff, { definitionId: 'ua-general-staff-losses-unspecified' }),
  r('c133', 'ua-general-staff-2024-11-29-casualties-738660', C.uaGeneralStaff, { definitionId: GS, notes: 'The Telegraph calls the General Staff’s running tally "casualties".' }),
  r('c134', 'ua-mod-2024-11-29-wounded-500000', C.uaMod, { notes: 'Wounded among the 738,660 Russian casualties in the General Staff tally.' }),
  r('c132', 'ua-general-staff-2024-11-12-casualties-per-day-1950', C.uaGeneralStaff, { definitionId: GS, also: [{ research: 'c135' }], notes: `Record one-day figure (12 November 2024). ${CALLS_KILLED('pescurt.ro')}`, researchNotes: false }),
  r('c136', 'ua-general-staff-2024-11-12-losses-712610', C.uaGeneralStaff, { definitionId: GS, statementDate: '2024-11-12', notes: 'Date from the record day the same article reports (12 November).', researchNotes: false }),
  r('c182', 'ua-general-staff-2026-01-17-losses-per-day-830', C.uaGeneralStaff, { definitionId: GS }),
  r('c237', 'ua-general-staff-2025-01-19-losses-818740', C.uaGeneralStaff, { definitionId: 'ua-general-staff-losses-kyiv-independent' }),
  r('c241', 'ua-general-staff-2024-12-28-losses-per-day-1690', C.uaGeneralStaff, { definitionId: GS, notes: CALLS_KILLED('Euromaidan Press'), researchNotes: false }),
  r('c241', 'ua-general-staff-2024-12-28-losses-784200', C.uaGeneralStaff, { value: { low: 784200, high: 784200 }, rate: 'cumulative', period: { start: '2022-02-24', end: '2024-12-28' }, definitionId: GS, notes: 'Running tally of Russian personnel losses (killed and wounded) on 28 December 2024.', researchNotes: false }),
  r('c116', 'ua-general-staff-2025-02-21-losses-864860', C.uaGeneralStaff, { definitionId: GS, statementDate: null, period: { start: '2022-02-24', end: '2025-02-21' }, notes: 'Reported "February 21"; the page does not state the year, 2025 follows from the size of the tally.', researchNotes: false }),
  r('c117', 'ua-general-staff-2025-02-21-losses-per-day-1280', C.uaGeneralStaff, { definitionId: GS, metric: 'losses', period: { start: '2025-02-20', end: '2025-02-21' }, notes: 'One day to the 21 February (2025) report; Millard Ayo calls them "majeruhi" (casualties).' }),
  r('c152', 'ua-military-2025-09-09-losses-1000000', C.uaMilitary, { definitionId: GS }),

  // Syrskyi
  r('c151', 'syrskyi-2025-09-09-losses-2025-299210', C.syrskyi, { definitionId: GS }),
  r('c150', 'syrskyi-2026-01-13-casualties-2025-418000', C.syrskyi, { also: [{ research: 'c185' }], notes: 'Russian killed and wounded in 2025. CONFLICT: in an interview reported on 18 January 2026 Syrskyi gave 419,000.', related: ['syrskyi-2026-01-18-losses-2025-419000', 'western-officials-2025-casualties-415000'], researchNotes: false }),
  r('c184', 'syrskyi-2026-01-18-losses-2025-419000', C.syrskyi, { notes: 'CONFLICT: 419,000 here against "more than 418,000" in Syrskyi’s statement of 13 January 2026; both kept.', related: ['syrskyi-2026-01-13-casualties-2025-418000'], researchNotes: false }),
  r('c183', 'syrskyi-2026-01-18-recruited-2025-406000', C.syrskyi, { related: ['medvedev-2026-01-16-recruited-422704'] }),
  r('c153', 'syrskyi-2026-01-casualties-2024-2025-850000', C.syrskyi, { notes: 'Killed and wounded over 2024 and 2025 together; page undated (interview of January 2026).' }),
  r('c235', 'syrskyi-2025-01-19-losses-2024-434000', C.syrskyi, { definitionId: GS, related: ['syrskyi-2025-01-19-killed-2024-150000', 'syrskyi-2024-12-28-casualties-2024-421000'] }),
  r('c236', 'syrskyi-2025-01-19-killed-2024-150000', C.syrskyi, { related: ['syrskyi-2025-01-19-losses-2024-434000'] }),
  r('c240', 'syrskyi-2024-12-28-casualties-2024-421000', C.syrskyi),

  // Zelensky and other Ukrainian officials
  r('c069', 'zelensky-2024-12-08-killed-198000', C.zelensky, { related: ['zelensky-2024-12-08-wounded-550000', 'zelensky-2024-12-08-losses-750000'] }),
  r('c070', 'zelensky-2024-12-08-wounded-550000', C.zelensky),
  r('c071', 'zelensky-2024-12-08-losses-750000', C.zelensky),
  r('c073', 'zelensky-2024-02-killed-180000', C.zelensky, { statementDate: null, period: { start: '2022-02-24', end: '2024-02-25' }, notes: 'RTP’s page is undated; it reports the press conference at which Zelensky first gave Ukraine’s own toll (31,000), on 25 February 2024.', researchNotes: false }),
  r('c074', 'zelensky-2024-02-wounded-500000', C.zelensky, { period: { start: '2022-02-24', end: '2024-02-25' }, notes: '"meio milhão" = half a million. RTP’s page is undated; same press conference as the 180,000 killed.', researchNotes: false }),
  r('c084', 'zelensky-2024-02-ukraine-killed-31000', C.zelensky, { statementDate: null }),
  r('c029', 'zelensky-2025-02-ukraine-killed-46000', C.zelensky, { notes: 'NBC interview of February 2025, day not given; period end set to the end of that month.', researchNotes: false }),
  r('c067', 'zelensky-2024-12-08-ukraine-killed-43000', C.zelensky, { related: ['zelensky-2024-12-08-ukraine-wounded-370000'] }),
  r('c068', 'zelensky-2024-12-08-ukraine-wounded-370000', C.zelensky, { definitionId: 'zelensky-wounded-medical-cases' }),
  r('c122', 'podolyak-2022-12-ukraine-killed-13000', C.podolyak, { notes: '"13వేల" = 13 thousand; date from the page’s address (2022-12-03).', researchNotes: false, related: ['ua-president-office-2022-12-ukraine-killed-10000-13000'] }),
  r('c214', 'fedorov-2026-01-ukraine-awol-200000', C.fedorov, { notes: 'Ukrainian soldiers absent without leave; the same sentence mentions two million men wanted for evading service.', researchNotes: false }),
  r('c197', 'budanov-2025-12-26-plan-2025-403000', C.budanov, { metric: 'target', notes: 'A plan (Russia’s 2025 recruitment plan), which Budanov says was met in early December.' }),
  r('c198', 'budanov-2025-12-26-plan-2026-409000', C.budanov, { metric: 'target' }),
  r('c199', 'szru-2025-07-recruited-h1-200000', C.szru),
  r('c203', 'skibitskyi-2025-09-07-recruited-280000', C.skibitskyi),
  r('c204', 'skibitskyi-2025-09-07-target-2025-343000', C.skibitskyi, { metric: 'target', notes: 'Russia’s 2025 recruitment target; compare Budanov’s 403,000 plan figure.', related: ['budanov-2025-12-26-plan-2025-403000'], researchNotes: false }),
  r('c205', 'skibitskyi-2025-09-07-recruited-per-month-35000', C.skibitskyi, { period: null }),
  r('c209', 'szru-2024-11-convicts-recruited-140000-180000', C.szru, { notes: 'Former prisoners recruited (a subgroup).' }),
  r('c200', 'kovalenko-2024-10-07-target-per-year-225000', C.kovalenko, { metric: 'target', notes: 'A budget-based projection. CONFLICT: iStories, from the same budget, described 225,000 as the total over three years, not per year.', related: ['istories-2024-10-04-target-2025-2027-225000'], researchNotes: false }),
  r('c210', 'hur-2025-08-deserted-central-md-25000', C.hur, { notes: 'From the Central Military District alone, November 2024 to July 2025.' }),
  r('c094', 'ua-sso-2024-12-17-north-korean-killed-50', C.uaSso, { notes: 'North Korean soldiers fighting for Russia, killed within three days in Kursk (window approximate).', researchNotes: false }),
];
