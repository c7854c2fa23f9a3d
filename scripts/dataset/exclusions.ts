// Research entries deliberately left out of the dataset, with the reason.
// The build fails if a research entry is neither used nor listed here, so
// every candidate is accounted for.

import type { Exclusion } from './spec';

const UNDATED = 'undated page and no defensible date: a cumulative figure that cannot be placed in time';

export const EXCLUDED_RESEARCH: Exclusion[] = [
  { from: 'c005', why: `${UNDATED} (BBC Russian count, March 2022 context)` },
  { from: 'c006', why: `${UNDATED} (Ukrainian government claim, March 2022 context)` },
  { from: 'c007', why: 'loose restatement ("just under 500") of the Russian MoD’s 498 of 2 March 2022, kept from BBC Russian (c234)' },
  { from: 'c008', why: UNDATED },
  { from: 'c019', why: 'undated page; period ("previous six to seven months") cannot be placed' },
  { from: 'c020', why: 'undated page; per-day rate for an unknown period' },
  { from: 'c027', why: 'Russia’s acknowledged toll dates from 2022; AP’s 2026 wording ("just over 6,000") cannot be dated; Shoigu’s 5,937 (c105) kept' },
  { from: 'c032', why: 'undated page (CSIS mid-2025 report); CSIS 2025 figures kept from dated sources' },
  { from: 'c033', why: 'undated page; CSIS mid-2025 deaths kept from the tracker row with CSIS’s own address' },
  { from: 'c034', why: 'undated page (CSIS mid-2025 report)' },
  { from: 'c035', why: 'undated page (CSIS mid-2025 report)' },
  { from: 'c037', why: 'undated page; per-day rate for an unknown period' },
  { from: 'c038', why: UNDATED },
  { from: 'c057', why: 'second-hand Slovak summary, date only "February 2024"; appears to restate the Meduza/Mediazona central estimate as a floor' },
  { from: 'c064', why: 'undated; the French 500,000 figure is kept from the dated tracker row (France 24, 3 May 2024)' },
  { from: 'c072', why: 'undated page; Trump gave no source for the figure' },
  { from: 'c090', why: UNDATED },
  { from: 'c091', why: 'undated ("am Montag")' },
  { from: 'c101', why: 'no claimant: the excerpt does not say whose count it is' },
  { from: 'c108', why: 'statement undated on the page ("on Friday"); the 300,000 call-up is kept from Shoigu’s announcement (c104)' },
  { from: 'c109', why: 'undated stock figure (autumn 2022)' },
  { from: 'c110', why: 'undated stock figure (autumn 2022)' },
  { from: 'c115', why: 'low-quality aggregator page; year inferred from another site' },
  { from: 'c118', why: UNDATED },
  { from: 'c119', why: UNDATED },
  { from: 'c120', why: UNDATED },
  { from: 'c121', why: `${UNDATED}; the quote still defines Podolyak’s "irrecoverable losses"` },
  { from: 'c137', why: 'undated; per-day average for an unknown period' },
  { from: 'c138', why: 'undated page ("during Istanbul talks")' },
  { from: 'c139', why: 'undated, and the outlet mislabels the General Staff losses tally as "fatalities"' },
  { from: 'c141', why: UNDATED },
  { from: 'c142', why: `${UNDATED}; outlet also mislabels the General Staff losses tally as "killed"` },
  { from: 'c143', why: UNDATED },
  { from: 'c144', why: UNDATED },
  { from: 'c145', why: UNDATED },
  { from: 'c158', why: 'dubious: "260,000 killed" in January-July 2025 contradicts the same outlet’s 236,000 killed and wounded for the first half; very likely casualties mislabelled as killed' },
  { from: 'c168', why: 'vague claimant ("Ukrainian and British estimates") on an undated page' },
  { from: 'c169', why: 'vague claimant ("Ukrainian and British estimates") on an undated page' },
  { from: 'c170', why: 'address is a Bing News topic page, not a stable article; the UK MoD figure of 30 November 2023 is kept from the tracker (290,000-350,000)' },
  { from: 'c171', why: 'date only approximate; IISS figures kept from dated tracker rows with IISS’s own address' },
  { from: 'c175', why: 'machine-translated page, statement dated only to spring 2025' },
  { from: 'c176', why: 'machine-translated page, statement dated only to spring 2025' },
  { from: 'c211', why: 'third-hand projection (a tweet citing The Times)' },
  { from: 'c215', why: UNDATED },
  { from: 'c216', why: UNDATED },
  { from: 'c218', why: UNDATED },
  { from: 'c219', why: `${UNDATED} (early 2024)` },
  { from: 'c224', why: 'figure characterised and disputed by a pro-Kremlin aggregator; no Ukrainian source' },
  { from: 'c225', why: 'figure attributed to "Ukraine" only by a pro-Kremlin aggregator' },
  { from: 'c226', why: 'undated page (August 2022 decree); a target, not a headcount' },
  { from: 'c229', why: UNDATED },
  { from: 'c231', why: UNDATED },
];

export const EXCLUDED_TRACKER_RULES = [
  'UK MoD month totals (daily average x days): The Economist’s own calculation, duplicating the daily average',
  'UK MoD cumulative totals on the 1st of each month: running sums of those calculations, not UK MoD statements',
  'rows whose primary source is not an address ("via email")',
  'rows duplicating a claim kept from a better or dated source',
];

/** Tracker rows left out one by one (the rules above cover the rest). */
export const EXCLUDED_TRACKER: Exclusion[] = [
  { from: 'econ:0', why: 'row dated 16/01/2024 cites a General Staff page of 6 February 2024; General Staff tallies are kept from dated reports' },
  { from: 'econ:5', why: 'the tracker types an early General Staff tally as deaths; kept out rather than guess its composition' },
  { from: 'econ:46', why: 'primary source is an email, not an address' },
  { from: 'econ:51', why: 'primary source is an email, not an address' },
  { from: 'econ:63', why: 'primary source is an email; the figure is kept from the research claim (c062)' },
  { from: 'econ:78', why: 'dated 19/11/2024 though the WSJ article it cites is of September 2024; duplicates c083' },
  { from: 'econ:79', why: 'dated 19/11/2024 though the WSJ article it cites is of September 2024' },
];
