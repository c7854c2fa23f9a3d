// The shapes the hand-written curation files use. A claim spec names where
// its figure and quote come from (a research entry, a seed sentence, a row of
// The Economist's tracker); the build script copies quotes and addresses from
// those files, so nothing verbatim is ever retyped by hand.

import type { Metric, Qualifier, Rate, Side } from '../../lib/extract/types';

export interface Claimant {
  name: string;
  role?: string;
}

export type SeedKey = '000' | '001' | '002' | '003' | '004';

/** A passage of a seed article: from the first occurrence of `from` to the end of the first `to` after it. */
export interface SeedSource {
  seed: SeedKey;
  from: string;
  to: string;
  /** Which of the seed's pages (SOURCES.md) carries the statement; defaults to the seed's main page. */
  page?: string;
  title?: string;
}

export interface ResearchSource {
  /** An id from claims_candidates.json or claims_additional.json. */
  research: string;
  outlet?: string;
  title?: string;
}

export interface TrackerSource {
  /** Index of a row in economist_tracker_rows.json. */
  econ: number;
}

export type SourceSpec = SeedSource | ResearchSource | TrackerSource;

export interface ClaimSpec {
  id: string;
  claimant: Claimant;
  /** The first source supplies the claim's quote; later ones are other outlets or passages. */
  sources: SourceSpec[];
  /** Defaults come from the first research or tracker source; seed-only claims give them all. */
  value?: { low: number; high: number };
  qualifier?: Qualifier;
  metric?: Metric;
  rate?: Rate;
  period?: { start: string; end: string } | null;
  side?: Side | null;
  statementDate?: string | null;
  definitionId: string | null;
  notes?: string;
  /** Keep the research entry's own notes after the curator's (default true). */
  researchNotes?: boolean;
  related?: string[];
}

export interface Exclusion {
  from: string;
  why: string;
}
