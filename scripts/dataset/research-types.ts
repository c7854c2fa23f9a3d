// The shape of the research files in ../shared/research/claims (see its README).

import type { Metric, Qualifier, Rate, Side } from '../../lib/extract/types';

export interface ResearchEntry {
  id?: string;
  value: number | { low: number; high: number; central?: number };
  qualifier: Qualifier;
  metric: Metric;
  definition_as_stated: string;
  rate: Rate;
  period_start: string | null;
  period_end: string | null;
  side: Side;
  claimant: string;
  reported_by: string;
  statement_date: string | null;
  statement_date_approx?: string;
  statement_date_basis?: string;
  url: string;
  quote: string;
  quote_language: string;
  notes?: string;
}

export interface TrackerRow extends ResearchEntry {
  original_source_url?: string;
}
