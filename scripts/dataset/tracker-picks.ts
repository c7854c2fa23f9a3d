// Rows of The Economist's public source-data CSV (economist_tracker_rows.json)
// kept as claims. The tracker is a secondary compilation: each claim's first
// source is the CSV (its quote is the CSV line) with `primaryUrl` set to the
// primary source the row cites, and the claimant is the original estimator.
// The UK MoD month-by-month daily averages are added by build.ts from the rows
// themselves; rows used as extra sources of research claims are named there.

import { C } from './claimants';
import type { ClaimSpec } from './spec';

function t(econ: number, id: string, claimant: ClaimSpec['claimant'], extra: Partial<ClaimSpec> = {}): ClaimSpec {
  return { id, claimant, sources: [{ econ }], definitionId: null, ...extra };
}


export const TRACKER_CLAIMS: ClaimSpec[] = [
  t(6, 'ukmod-2022-06-29-killed-25000', C.ukMod, { notes: 'Russian dead, upper end ("up to").' }),
  t(8, 'cia-2022-07-20-killed-15000', C.cia, { notes: 'CIA director William Burns: "some 15,000" Russians killed (the tracker lists it as a lower bound).' }),
  t(9, 'cia-2022-07-20-casualties-60000', C.cia, { notes: 'Killed and wounded.' }),
  t(10, 'us-officials-2022-07-24-killed-15000-20000', C.usOfficialsEconomist),
  t(12, 'us-officials-2022-08-11-killed-20000', C.usOfficialsNyt, { related: ['us-officials-2022-08-11-casualties-70000-80000'] }),
  t(13, 'us-officials-2022-08-11-casualties-70000-80000', C.usOfficialsNyt),
  t(20, 'ua-president-office-2022-12-ukraine-killed-10000-13000', C.uaPresidentOffice, { notes: 'Ukraine’s own dead, as Ukraine stated them.' }),
  t(22, 'pentagon-leak-2023-02-killed-43000', C.pentagonLeak, { notes: 'Leaked US assessment, reported by The New York Times in April 2023.' }),
  t(23, 'pentagon-leak-2023-02-casualties-189500-223000', C.pentagonLeak, { notes: 'Leaked US assessment, reported by The New York Times in April 2023.' }),
  t(24, 'pentagon-leak-2023-02-ukraine-killed-17500', C.pentagonLeak, { notes: 'Leaked US assessment, reported by The New York Times in April 2023.' }),
  t(25, 'pentagon-leak-2023-02-ukraine-casualties-124500-131000', C.pentagonLeak, { notes: 'Leaked US assessment, reported by The New York Times in April 2023.' }),
  t(26, 'csis-2023-02-killed-60000-70000', C.csis),
  t(27, 'csis-2023-02-casualties-200000-250000', C.csis),
  t(32, 'meduza-mediazona-2023-06-killed-40000-55000', C.meduzaMediazona, { definitionId: 'meduza-mediazona-2023-estimate-scope', notes: 'Excess-mortality estimate (95% interval) for men under 50, excluding the DPR/LPR formations.' }),
  t(36, 'us-officials-2023-08-18-casualties-290000-300000', C.usOfficialsNyt),
  t(38, 'us-officials-2023-08-18-ukraine-casualties-170000-190000', C.usOfficialsNyt),
  t(42, 'memory-book-2023-11-14-ukraine-killed-30000', C.memoryBook, { notes: 'Named Ukrainian dead: a floor.' }),
  t(43, 'ukmod-2023-11-30-casualties-290000-350000', C.ukMod, { notes: 'Range with a central estimate of 320,000.' }),
  t(47, 'kobak-2024-01-excess-deaths-64000', C.kobak, { notes: 'Excess deaths among Russian men from the start of the war to the end of 2023.' }),
  t(49, 'cia-2024-01-30-casualties-315000', C.cia),
  t(52, 'ualosses-2024-02-06-ukraine-killed-42152', C.ualosses, { definitionId: 'ualosses-dead-vs-missing', notes: 'Named Ukrainian dead: a floor.' }),
  t(57, 'french-fm-2024-05-03-casualties-500000', C.frenchFm),
  t(59, 'ukmod-2024-05-31-casualties-500000', C.ukMod, { definitionId: 'ukmod-casualties-killed-wounded' }),
  t(61, 'austin-2024-06-13-casualties-350000', C.austin),
  t(64, 'us-officials-2024-06-27-casualties-350000', C.usOfficialsNyt),
  t(69, 'wsj-2024-09-17-ukraine-casualties-480000', C.wsj),
  t(71, 'us-officials-2024-10-10-ukraine-killed-57500', C.usOfficialsNyt),
  t(72, 'us-officials-2024-10-10-ukraine-casualties-307500', C.usOfficialsNyt),
  t(73, 'us-officials-2024-10-10-casualties-615000', C.usOfficialsNyt),
  t(74, 'us-officials-2024-10-10-killed-115000', C.usOfficialsNyt),
  t(75, 'nato-2024-10-15-casualties-600000-700000', C.natoNyt),
  t(77, 'ukmod-2024-11-19-casualties-700000', C.ukMod, { definitionId: 'ukmod-casualties-killed-wounded' }),
  t(81, 'lostarmour-2024-12-ukraine-killed-100000', C.lostarmour, { notes: 'Lostarmour’s tally of Ukrainian dead, as cited by The New York Times.' }),
  t(83, 'butusov-2024-12-ukraine-killed-70000', C.butusov),
  t(86, 'iiss-2025-01-killed-172000', C.iiss, { related: ['iiss-2025-01-casualties-783000'] }),
  t(87, 'iiss-2025-01-casualties-783000', C.iiss),
  t(88, 'norway-2025-02-killed-115000', C.norway),
  t(89, 'norway-2025-02-casualties-600000', C.norway),
  t(90, 'bbc-russian-2025-02-21-killed-146194-211169', C.bbcRussian, { notes: 'BBC Russian’s estimated range of all Russian military deaths (beyond its named count).' }),
  t(92, 'ualosses-2025-02-25-ukraine-killed-65321-121319', C.ualosses, { definitionId: 'ualosses-dead-vs-missing', notes: 'Low end: named dead; high end: dead plus missing.' }),
  t(95, 'us-dod-2025-04-03-casualties-790000', C.usDod, { notes: 'Given in Gen. Christopher Cavoli’s statement to the US Senate Armed Services Committee.' }),
  t(96, 'bbc-russian-2025-05-30-killed-191000-269000', C.bbcRussian, { notes: 'BBC Russian’s estimated range of all Russian military deaths (beyond its named count).' }),
  t(98, 'us-intel-2025-03-18-casualties-750000', C.usIntel, { notes: 'From the US intelligence community’s Annual Threat Assessment 2025.' }),
  t(99, 'ualosses-2025-05-30-ukraine-killed-70935-135930', C.ualosses, { definitionId: 'ualosses-dead-vs-missing', notes: 'Low end: named dead (excluding pre-invasion deaths); high end: dead plus missing. The tracker’s source cell adds this note after the address.' }),
  t(101, 'nato-2022-03-casualties-30000-40000', C.nato, { statementDate: null, period: { start: '2022-02-24', end: '2022-03-24' }, notes: 'Killed, wounded, captured or missing in the first month. The tracker dates the row 23/04/2022, but the Washington Post article it cites is dated 24 March 2022; that date is used.' }),
  t(104, 'csis-2025-05-killed-200000-250000', C.csis),
  t(105, 'meduza-mediazona-2025-07-killed-200000-220000', C.meduzaMediazona, { notes: 'Estimate to 1 July 2025 from the Meduza/Mediazona analysis of November 2025.' }),
  t(110, 'ukmod-2026-01-26-casualties-1225000', C.ukMod, { definitionId: 'ukmod-casualties-killed-wounded' }),
  t(111, 'bbc-russian-2026-04-03-killed-319300-461200', C.bbcRussian, { notes: 'BBC Russian’s estimated range of all Russian military deaths (beyond its named count).' }),
  t(112, 'mivd-2025-12-killed-500000', C.mivd, { notes: 'Annual report 2025 of the Dutch military intelligence service; timing as clarified to The Economist by email.' }),
  t(113, 'mivd-2025-12-ukraine-casualties-500000', C.mivd),
  t(114, 'mivd-2025-12-casualties-1200000', C.mivd),
  t(115, 'ukmod-2026-04-30-casualties-1300000', C.ukMod, { definitionId: 'ukmod-casualties-killed-wounded' }),
  t(116, 'ukmod-2026-05-27-killed-500000', C.ukMod, { notes: 'Given in the GCHQ annual lecture 2026.' }),
  t(117, 'bbc-russian-2026-06-12-killed-369000-523000', C.bbcRussian, { notes: 'BBC Russian’s estimated range of all Russian military deaths (beyond its named count).' }),
  t(118, 'csis-2026-06-casualties-1490000', C.csis, { definitionId: 'csis-casualties' }),
  t(119, 'csis-2026-06-killed-400000-450000', C.csis),
  t(120, 'csis-2026-06-ukraine-casualties-525000-625000', C.csis, { definitionId: 'csis-casualties' }),
  t(121, 'csis-2026-06-ukraine-killed-125000-150000', C.csis),
  t(122, 'nato-2026-06-17-casualties-1300000-1400000', C.natoUnited24),
  t(123, 'nato-2026-06-17-killed-500000', C.natoUnited24),
];

/** Tracker rows used as extra sources of research claims (see research-picks*.ts). */
export const TRACKER_ROWS_MERGED = [
  1, 18, 35, 37, 44, 56, 58, 62, 68, 80, 84, 91, 93, 94, 97, 100, 102, 103, 106, 107, 108, 109, 148, 204,
];
